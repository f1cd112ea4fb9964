"""The export preview shows the chosen format as it will look: PDF pages, rendered
Markdown, the CSV as a table; and it forgets everything when cleared."""

from __future__ import annotations

import csv
import io

import pytest

from peerdesk.core.demo import fill_demo
from peerdesk.ui.supervision.export_dialog import ExportDialog


@pytest.fixture
def dialog(qtbot, vault) -> ExportDialog:
    fill_demo(vault)
    dlg = ExportDialog(vault)
    qtbot.addWidget(dlg)
    dlg.resize(1100, 720)
    dlg.show()
    return dlg


def choose(dlg: ExportDialog, fmt: str, wait_ops) -> None:
    dlg.format.setCurrentIndex(dlg.format.findData(fmt))
    dlg.refresh_preview()
    wait_ops()
    assert dlg.prepared is not None


def test_each_format_is_previewed_as_it_will_look(dialog, wait_ops) -> None:
    looks = dialog.looks
    assert dialog.preview_tabs.currentWidget() is looks

    choose(dialog, "pdf", wait_ops)
    assert looks.currentWidget() is looks.pages_scroll and looks.page_labels
    page = looks.page_labels[0].pixmap()
    assert page.height() > page.width() > 500  # an A4 page, portrait
    image = page.toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, 300, 7)
    }
    assert "#ffffff" in colours and len(colours) > 2  # a white page with text drawn on it
    assert (
        min(
            image.pixelColor(x, y).lightness()
            for x in range(0, image.width(), 2)
            for y in range(100, 200, 2)
        )
        < 90
    )  # dark ink, whatever the screen's colour scheme

    choose(dialog, "md", wait_ops)
    assert looks.currentWidget() is looks.markdown
    shown = looks.markdown.toPlainText()
    assert "# " not in shown and "Supervision summary" in shown  # headings rendered, not raw

    choose(dialog, "csv", wait_ops)
    assert looks.currentWidget() is looks.table
    rows = list(csv.reader(io.StringIO(dialog.prepared.csv_text)))
    assert looks.table.rowCount() == len(rows) - 1
    assert [
        looks.table.horizontalHeaderItem(c).text() for c in range(looks.table.columnCount())
    ] == rows[0]

    dialog.clear()
    assert looks.table.rowCount() == 0 and looks.page_labels == []
    assert looks.markdown.toPlainText() == ""
