"""The Agreements page: versions and what changed, the editor, boundary events with their
chart, the crisis card, PDFs, and nothing left on screen after a lock."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.core.models import AgreementStatus
from peerdesk.core.services import agreements, boundary_events, crisis_cards, directory, mentees
from peerdesk.core.services.boundary_events import EventRecord
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.ui.agreements.dialogs import AgreementEditor, EventDialog
from peerdesk.ui.agreements.page import AgreementsPage
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import files

TODAY = date(2026, 11, 26)
CANARY = "Zq9CanaryXylophone"


@pytest.fixture
def maria(vault) -> int:
    who = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    record = agreements.from_template("practical-support", mentee_id=who)
    aid = agreements.save_agreement(vault, record=record)
    agreements.activate(vault, agreement_id=aid, today=TODAY - timedelta(days=60))
    draft = agreements.new_version(vault, mentee_id=who)
    draft.contact_hours = {**draft.contact_hours, "sat": [["10:00", "12:00"]]}
    draft.review_on = TODAY + timedelta(days=5)
    v2 = agreements.save_agreement(vault, record=draft)
    agreements.activate(vault, agreement_id=v2, today=TODAY)
    return who


@pytest.fixture
def page(qtbot, vault, maria) -> AgreementsPage:
    p = AgreementsPage(vault, AppSignals(), today=TODAY)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    p.reload()
    return p


def test_shows_current_version_history_and_difference(page: AgreementsPage) -> None:
    assert page.versions.count() == 2
    assert "Version 2" in page.status.text() and "current" in page.status.text()
    assert "Saturday: 10:00-12:00" in page.text.toPlainText()
    rights = [page.diff.item(r, 1).text() for r in range(page.diff.rowCount())]
    assert any("Saturday: 10:00-12:00" in t for t in rights)
    assert "changed" in page.diff_summary.text()
    assert not page.edit_button.isEnabled()  # agreed versions are kept as agreed


def test_editor_refuses_no_channels_and_bad_hours(qtbot, vault, maria) -> None:
    draft = agreements.new_version(vault, mentee_id=maria)
    dialog = AgreementEditor(None, draft)
    qtbot.addWidget(dialog)
    for box in dialog.channels.values():
        box.setChecked(False)
    dialog._accept()
    assert "at least one way" in dialog.error.text()
    dialog.channels["phone"].setChecked(True)
    dialog.hours["mon"].setText("18:00-09:00")
    dialog._accept()
    assert "ends before it starts" in dialog.error.text()
    dialog.hours["mon"].setText("22:00-02:00")
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.value().contact_hours["mon"] == [["22:00", "02:00"]]


def test_new_version_through_the_editor_then_make_current(
    page: AgreementsPage, vault, maria, monkeypatch
) -> None:
    def fill(_parent, record):
        record.mentor_will_not = [*record.mentor_will_not, "Lend my phone"]
        return record

    monkeypatch.setattr(AgreementEditor, "ask", classmethod(lambda cls, p, r: fill(p, r)))
    page.new_version()
    assert page.current.status == AgreementStatus.DRAFT and page.current.version == 3
    assert page.edit_button.isEnabled()
    page.ack_mentee.setDate(TODAY)
    page.save_acknowledgements()
    page.activate()
    rows = agreements.history(vault, mentee_id=maria)
    assert [r.status for r in rows][:2] == [AgreementStatus.ACTIVE, AgreementStatus.SUPERSEDED]
    assert rows[0].acknowledged_by_mentee_on == TODAY


def test_log_event_shows_in_list_chart_and_gentle_signal(
    page: AgreementsPage, maria, monkeypatch
) -> None:
    for d in (1, 3):
        boundary_events.save_event(
            page.vault,
            event=EventRecord(maria, datetime(2026, 11, 26 - d, 23, 10), "out of hours"),
            now=datetime(2026, 11, 26, 12),
        )
    monkeypatch.setattr(
        EventDialog,
        "ask",
        classmethod(
            lambda cls, p, r: EventRecord(
                maria, datetime(2026, 11, 26, 0, 5), "out of hours", "Texted late", "Replied at 9"
            )
        ),
    )
    page.log_event()
    assert page.events.count() == 3
    assert "Texted late" in page.events.item(0).text()
    assert page.chart.months[-1][1].total() == 3
    assert "3 contacts outside your agreed hours" in page.signal.text()
    assert "Dependency" in page.reflections.toPlainText()
    page.chart.grab()  # paints without error


def test_crisis_card_with_directory_pick_and_pdf(
    page: AgreementsPage, vault, maria, monkeypatch, tmp_path: Path
) -> None:
    sid = directory.save_service(
        vault,
        record=directory.ServiceRecord(
            name="Night line",
            organization_name="Harbour Trust",
            needs=["crisis"],
            phones=[directory.PhoneItem("0800 000 111")],
        ),
        today=TODAY,
    )
    page.show_crisis_card(maria)
    assert page.tabs.currentWidget() is page.card_tab
    page.signs.setPlainText("I stop answering my sister")
    page.people.setPlainText("Ana, sister, 07700 900123")
    page.other_services.setPlainText("GP surgery 01632 960000")
    items = [page.services.item(i) for i in range(page.services.count())]
    (night,) = [i for i in items if "Night line" in i.text()]
    from PySide6.QtCore import Qt

    night.setCheckState(Qt.CheckState.Checked)
    out = tmp_path / "card.pdf"
    monkeypatch.setattr(files, "ask_save_path", lambda *a: out)
    page.save_card_pdf()
    card = crisis_cards.get_crisis_card(vault, mentee_id=maria)
    assert card.service_ids == [sid]
    assert card.people == [{"name": "Ana", "relation": "sister", "phone": "07700 900123"}]
    assert len(PdfReader(out).pages) == 1
    assert "Night line" in " ".join(PdfReader(out).pages[0].extract_text().split())


def test_agreement_pdfs_without_a_printer(page: AgreementsPage, monkeypatch, tmp_path) -> None:
    out = tmp_path / "sign"
    monkeypatch.setattr(files, "ask_save_path", lambda *a: out)
    page.save_pdf(for_mentee=False)
    assert (tmp_path / "sign.pdf").exists()


def test_clear_leaves_nothing_on_screen(page: AgreementsPage, maria) -> None:
    crisis_cards.save_crisis_card(
        page.vault, card=crisis_cards.CrisisCardRecord(maria, warning_signs=CANARY)
    )
    page.reload()
    page.show_crisis_card(maria)
    assert CANARY in page.signs.toPlainText()
    page.clear()
    texts = [page.text.toPlainText(), page.signs.toPlainText(), page.status.text()]
    assert not any(texts)
    assert page.mentee.count() == page.versions.count() == page.events.count() == 0
    assert page.diff.rowCount() == 0 and page.chart.months == []


def test_today_shows_review_due_and_cluster_gently(qtbot, vault, maria) -> None:
    from peerdesk.ui.today.page import TodayPage

    for d in (1, 4, 9):
        boundary_events.save_event(
            vault,
            event=EventRecord(maria, datetime(2026, 11, 26 - d, 23, 10), "out of hours"),
            now=datetime(2026, 11, 26, 12),
        )
    today = TodayPage(vault, AppSignals(), today=TODAY)
    qtbot.addWidget(today)
    today.reload()
    texts = [today.agreements.list.item(i).text() for i in range(today.agreements.list.count())]
    assert any("review is on" in t and "Maria" in t for t in texts)
    assert any("3 contacts outside your agreed hours" in t for t in texts)


def test_note_editor_offers_without_blocking_to_log_a_late_text(
    qtbot, vault, maria, monkeypatch
) -> None:
    from PySide6.QtCore import QTime

    from peerdesk.ui.notes.editor import NoteEditor

    signals = AppSignals()
    editor = NoteEditor.for_new(vault, signals, mentee_id=maria, now=datetime(2026, 11, 26, 10, 0))
    qtbot.addWidget(editor)
    assert editor.boundary_banner.isHidden()
    editor.modality.setCurrentIndex(editor.modality.findData("text"))
    editor.start.setTime(QTime(23, 40))
    assert not editor.boundary_banner.isHidden()
    assert "23:40" in editor.boundary_banner.text.text()
    monkeypatch.setattr(EventDialog, "ask", classmethod(lambda cls, p, r: r))
    with qtbot.waitSignal(signals.agreements_changed):
        eid = editor.boundary_banner.log_event()
    (ev,) = boundary_events.list_events(vault, mentee_id=maria)
    assert ev.id == eid and ev.kind.value == "out of hours"
    assert ev.occurred_at == datetime(2026, 11, 26, 23, 40)
    editor.start.setTime(QTime(10, 0))
    assert editor.boundary_banner.isHidden()
    editor.reject()


def test_ctrl_shift_c_opens_the_crisis_card_from_the_mentee_page(qtbot, window, maria) -> None:
    from PySide6.QtCore import Qt

    window.desk.show_page("Mentees")
    window.desk.mentees.reload()
    window.desk.mentees.select(maria)
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = window.desk.findChild(AgreementsPage)
    assert window.desk.pages.currentWidget() is page
    assert page.tabs.currentWidget() is page.card_tab and page.mentee_id() == maria


def test_the_reply_time_shows_from_its_first_word(qtbot, vault, maria) -> None:
    """The template's "I reply to texts and messages within one working day…" showed as
    "eply to texts and messages … at weekends.": the line was scrolled to its end."""
    draft = agreements.new_version(vault, mentee_id=maria)
    draft.response_time = "I reply to texts and messages within one working day. " * 3
    dialog = AgreementEditor(None, draft)
    qtbot.addWidget(dialog)
    dialog.resize(700, 600)
    dialog.show()
    edit = dialog.response
    assert edit.fontMetrics().horizontalAdvance(edit.text()) > edit.width()  # it is cut
    assert edit.cursorPosition() == 0  # and the part shown is the start


def test_making_a_draft_current_keeps_the_focus_on_the_page(qtbot, vault, maria) -> None:
    """The button disables itself once the draft is current; the focus jumped from it to
    the window's menu button, far from the versions."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    holder = QWidget()
    column = QVBoxLayout(holder)
    column.addWidget(QPushButton("Menu"))  # the window's first control, where focus fell
    page = AgreementsPage(vault, AppSignals(), today=TODAY)
    column.addWidget(page)
    qtbot.addWidget(holder)
    holder.resize(1000, 700)
    holder.show()
    agreements.save_agreement(vault, record=agreements.new_version(vault, mentee_id=maria))
    page.reload()
    page.versions.setCurrentRow(0)  # the new draft
    assert page.activate_button.isEnabled()
    page.activate_button.setFocus()
    qtbot.waitUntil(page.activate_button.hasFocus)
    page.activate_button.click()
    assert not page.activate_button.isEnabled()
    qtbot.waitUntil(page.versions.hasFocus)


def test_delete_a_boundary_event_waits_for_one_to_be_chosen(page: AgreementsPage, maria) -> None:
    """Delete was offered beside an empty list, and did nothing when pressed."""
    assert page.events.count() == 0 and not page.delete_event_button.isEnabled()
    boundary_events.save_event(
        page.vault,
        event=EventRecord(maria, datetime(2026, 11, 25, 23, 10), "out of hours"),
        now=datetime(2026, 11, 26, 12),
    )
    page.reload()
    assert page.events.count() == 1 and not page.delete_event_button.isEnabled()
    page.events.setCurrentRow(0)
    assert page.delete_event_button.isEnabled()
