"""The supervision export dialog and page, driven with pytest-qt on the demo vault."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor

from peerdesk.core.demo import fill_demo
from peerdesk.core.formats.deid import KnownScanner
from peerdesk.core.services import supervision
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
    assert cursor.charFormat().toolTip() == supervision.explain(span)
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


@pytest.mark.parametrize("fmt", ["md", "pdf", "json", "csv"])
def test_people_called_june_may_and_will_export_from_the_dialog(
    qtbot, vault, wait_ops, tmp_path: Path, fmt: str, realistic
) -> None:
    realistic.fill(vault)
    dlg = ExportDialog(vault, today=realistic.day)
    qtbot.addWidget(dlg)
    start, end = realistic.day.replace(day=1), realistic.day.replace(day=30)
    dlg.date_from.setDate(QDate(start.year, start.month, start.day))
    dlg.date_to.setDate(QDate(end.year, end.month, end.day))
    dlg.format.setCurrentIndex(dlg.format.findData(fmt))
    out = tmp_path / f"supervision.{fmt}"
    dlg.destination.setText(str(out))
    previewed(dlg, wait_ops)
    assert dlg.prepared.blocked is None and dlg.fix_button.isHidden()
    assert dlg.export_button.isEnabled()
    assert all(
        not dlg.redactions.item(i).text().endswith(": ") for i in range(dlg.redactions.count())
    )
    dlg.export()
    wait_ops()
    assert dlg.result is not None, dlg.status.text()
    assert realistic.leaks(supervision.extract_text(out.read_bytes(), fmt)) == []


def test_a_blocked_preview_offers_only_a_fix_that_hides_more(
    qtbot, vault, wait_ops, realistic
) -> None:
    realistic.fill(vault)
    dlg = ExportDialog(vault, today=realistic.day)
    qtbot.addWidget(dlg)
    dlg.show()
    start = realistic.day.replace(day=1)
    dlg.date_from.setDate(QDate(start.year, start.month, start.day))
    previewed(dlg, wait_ops)
    prepared = dlg.prepared
    fix = supervision.ExportRequest(
        prepared.request.date_from, prepared.request.date_to, extra_terms=("library",)
    )
    dlg._show_block(supervision.Blocked("a name the vault knows", "note 2 (What we did)", fix))
    assert dlg.fix_button.isVisible() and not dlg.export_button.isEnabled()
    assert "note 2 (What we did)" in dlg.status.text()
    keep_before = set(dlg._keep)
    dlg.apply_fix()
    wait_ops()
    assert "library" not in dlg.preview.toPlainText()
    assert dlg._keep == keep_before and dlg.export_button.isEnabled()


def test_seal_for_a_trusted_supervisor_from_the_dialog(
    qtbot, demo, supervisor, trust, wait_ops, tmp_path: Path, answer_message_boxes
) -> None:
    """With a supervisor's key trusted, the dialog seals by default; the file opens in their
    vault, holds no demo name, and the page lists it among past exports."""
    from peerdesk.core.services import supervision_loop

    trust(demo, supervisor, "Sam (supervisor)")
    trust(supervisor, demo, "Alex")
    dlg = ExportDialog(demo, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    start = TODAY - timedelta(days=200)
    dlg.date_from.setDate(QDate(start.year, start.month, start.day))
    labels = [dlg.protect.itemText(i) for i in range(dlg.protect.count())]
    assert labels[dlg.protect.currentIndex()] == "Sealed for Sam (supervisor) (their key)"
    assert not dlg.format.isEnabled() and dlg.packet_passphrase.isHidden()
    out = tmp_path / "for-sam.md"
    dlg.destination.setText(str(out))
    dlg._protection_changed()
    assert dlg.destination.text().endswith("for-sam.pdsealed")
    previewed(dlg, wait_ops)
    dlg.export()
    wait_ops()
    written = Path(dlg.destination.text())
    assert dlg.sealed is not None and dlg.sealed.recipient == "Sam (supervisor)"
    filed = supervision_loop.file_packet(supervisor, raw=written.read_bytes())
    view = supervision_loop.get_packet(supervisor, packet_id=filed.packet_id)
    assert view.items and view.markdown == dlg.prepared.markdown
    assert KnownScanner(dlg.prepared.identifiers).first_hit(view.markdown) is None
    page = SupervisionPage(demo, AppSignals())
    qtbot.addWidget(page)
    page.refresh()
    assert "Sealed for your supervisor" in page.history.item(0).text()

    # The passphrase choice shows its field and a file suffix of its own.
    dlg.protect.setCurrentIndex(dlg.protect.count() - 1)
    assert not dlg.packet_passphrase.isHidden() and dlg.format.isEnabled()
    assert dlg.destination.text().endswith(".pdpacket")


def test_the_preview_counts_speak_in_singular_and_plural(qtbot, vault, wait_ops) -> None:
    """A first export of one session said "0 redactions in 0 flagged notes; 1 sessions
    counted."."""
    from ..notes_helpers import add_mentee, write_note

    write_note(vault, [add_mentee(vault, "Ana")], did="We took bus 12 together.")
    dlg = ExportDialog(vault, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.format.setCurrentIndex(dlg.format.findData("md"))
    dlg.show()
    previewed(dlg, wait_ops)
    assert dlg.status.text() == "0 redactions in 0 flagged notes; 1 session counted."
