"""The supervision export dialog and page, driven with pytest-qt on the demo vault."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor

from peerdesk.core.demo import fill_demo
from peerdesk.core.formats import supervision
from peerdesk.core.formats.deid import KnownScanner
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.supervision.export_dialog import ExportDialog
from peerdesk.ui.supervision.page import SupervisionPage

TODAY = date.today()


@pytest.fixture
def demo(vault):
    fill_demo(vault, today=TODAY)
    return vault


@pytest.fixture
def dialog(qtbot, demo) -> ExportDialog:
    dlg = ExportDialog(demo, today=TODAY)
    qtbot.addWidget(dlg)
    start = TODAY - timedelta(days=200)
    dlg.date_from.setDate(QDate(start.year, start.month, start.day))
    dlg.format.setCurrentIndex(dlg.format.findData("md"))
    dlg.show()
    return dlg


def previewed(dlg: ExportDialog, wait_ops) -> None:
    dlg.refresh_preview()
    wait_ops()
    assert dlg.prepared is not None


def test_preview_highlights_every_redaction(dialog, wait_ops) -> None:
    previewed(dialog, wait_ops)
    text = dialog.preview.toPlainText()
    assert text == dialog.prepared.text
    assert dialog.redactions.count() == len(dialog.prepared.spans) > 0
    span = dialog.prepared.spans[0]
    cursor = QTextCursor(dialog.preview.document())
    cursor.setPosition(span.start + 1)
    assert cursor.charFormat().background().color().name() == "#ffe08a"
    assert cursor.charFormat().toolTip() == span.reason
    assert "Maria" not in text and "Aisha" not in text


def test_redact_selection_then_undo(dialog, wait_ops) -> None:
    previewed(dialog, wait_ops)
    text = dialog.preview.toPlainText()
    start = text.index("crisis line")
    cursor = dialog.preview.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("crisis line"), QTextCursor.MoveMode.KeepAnchor)
    dialog.preview.setTextCursor(cursor)
    dialog.redact_selection()
    wait_ops()
    assert "crisis line" not in dialog.preview.toPlainText().split("## Notes flagged")[1]
    manual = [
        i
        for i in range(dialog.redactions.count())
        if dialog.redactions.item(i).data(Qt.ItemDataRole.UserRole).label == "MANUAL"
    ]
    assert manual
    dialog.redactions.setCurrentRow(manual[0])
    dialog.undo_redaction()
    wait_ops()
    assert "crisis line" in dialog.preview.toPlainText()


def test_known_names_cannot_be_undone(dialog, wait_ops, answer_message_boxes) -> None:
    previewed(dialog, wait_ops)
    known = next(
        i
        for i in range(dialog.redactions.count())
        if dialog.redactions.item(i).data(Qt.ItemDataRole.UserRole).label == "KNOWN_NAME"
    )
    dialog.redactions.setCurrentRow(known)
    dialog.undo_redaction()
    assert "always stays hidden" in answer_message_boxes[-1]


def test_export_writes_only_after_confirmation(dialog, wait_ops, tmp_path: Path, demo) -> None:
    out = tmp_path / "out" / "supervision.md"
    out.parent.mkdir()
    dialog.destination.setText(str(out))
    assert not dialog.export_button.isEnabled()
    previewed(dialog, wait_ops)
    assert not out.exists()
    with_ = dialog.prepared
    dialog.export()
    wait_ops()
    assert dialog.result is not None and out.exists()
    text = out.read_text(encoding="utf-8")
    assert text == with_.markdown
    assert KnownScanner(with_.identifiers).first_hit(text) is None
    assert list(out.parent.iterdir()) == [out]


def test_changing_a_choice_needs_a_new_preview(dialog, wait_ops) -> None:
    previewed(dialog, wait_ops)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.prepared is None and not dialog.export_button.isEnabled()


def test_clear_drops_all_text(dialog, wait_ops) -> None:
    previewed(dialog, wait_ops)
    dialog.packet_passphrase.setText("secret secret")
    dialog.clear()
    assert dialog.preview.toPlainText() == "" and dialog.redactions.count() == 0
    assert dialog.packet_passphrase.text() == ""


def test_page_lists_past_exports_and_clears(qtbot, demo, tmp_path, monkeypatch) -> None:
    signals = AppSignals()
    page = SupervisionPage(demo, signals)
    qtbot.addWidget(page)
    page.show()
    assert page.history.item(0).text() == "No exports yet."
    request = supervision.ExportRequest(TODAY - timedelta(days=200), TODAY, format="csv")
    prepared = supervision.prepare(demo, request=request)

    def fake_ask(parent, vault):
        return supervision.write_export(vault, prepared=prepared, out=tmp_path / "s.csv")

    monkeypatch.setattr(ExportDialog, "ask", staticmethod(fake_ask))
    page.export_button.click()
    assert "CSV" in page.history.item(0).text()
    signals.vault_locked.emit()
    assert page.history.count() == 0
