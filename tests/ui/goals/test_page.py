"""The Goals page: goals by domain, the goal detail with its chart, steps, progress,
the check-in, the plan PDF, and nothing left on screen after a lock."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import GoalDomain, GoalStatus
from peerdesk.core.services import audit, goals, mentees
from peerdesk.core.services.goals import GoalRecord, Touched
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.ui.goals.dialogs import GoalDialog
from peerdesk.ui.goals.page import GoalsPage
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import files, messages

from ..notes_helpers import write_note

TODAY = date(2026, 11, 26)
CANARY = "Zq9CanaryXylophone"


@pytest.fixture
def maria(vault) -> int:
    return mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))


@pytest.fixture
def flat(vault, maria) -> int:
    gid = goals.save_goal(
        vault,
        goal=GoalRecord(
            mentee_id=maria,
            statement="Get my own flat by spring",
            domain=GoalDomain.HOUSING,
            why="So Ella can stay over",
        ),
        today=TODAY,
    )
    goals.add_progress(vault, goal_id=gid, score=3, on=TODAY - timedelta(days=40), today=TODAY)
    return gid


def make_page(qtbot, vault) -> GoalsPage:
    signals = AppSignals()
    page = GoalsPage(vault, signals, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    signals.vault_unlocked.emit()
    return page


def goal_rows(page: GoalsPage) -> list[str]:
    return [page.goal_list.item(i).text().strip() for i in range(page.goal_list.count())]


def test_goals_show_by_domain_with_detail_and_chart(qtbot, vault, maria, flat) -> None:
    goals.save_goal(
        vault,
        goal=GoalRecord(
            mentee_id=maria, statement="Ride the 14 bus", domain=GoalDomain.GETTING_AROUND
        ),
        today=TODAY,
    )
    page = make_page(qtbot, vault)
    assert goal_rows(page) == [
        "Housing",
        "Get my own flat by spring  (3/10)",
        "Getting around",
        "Ride the 14 bus",
    ]
    assert page.goal_id() == flat
    assert page.statement.text() == "“Get my own flat by spring”"
    assert "So Ella can stay over" in page.why.text()
    assert page.chart.points == [(TODAY - timedelta(days=40), 3)]
    assert not page.chart.grab().isNull()
    assert [d.domain for d in page.domains_chart.domains] == [
        GoalDomain.HOUSING,
        GoalDomain.GETTING_AROUND,
    ]


def test_charts_paint_in_a_dark_palette(qtbot, vault, maria, flat) -> None:
    page = make_page(qtbot, vault)
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#121212"))
    for chart in (page.chart, page.domains_chart, page.checkin_chart):
        chart.setPalette(dark)
        image = chart.grab().toImage()
        assert not image.isNull() and image.width() > 100


def test_new_goal_from_the_dialog(qtbot, vault, maria, monkeypatch) -> None:
    page = make_page(qtbot, vault)
    assert "No goals yet" in page.empty.text()
    monkeypatch.setattr(
        GoalDialog,
        "ask",
        classmethod(
            lambda cls, parent, record: GoalRecord(
                mentee_id=record.mentee_id,
                statement="Cook a meal for my brother",
                domain=GoalDomain.RELATIONSHIPS,
            )
        ),
    )
    page.new_goal_button.click()
    (g,) = goals.list_goals(vault, mentee_id=maria)
    assert g.statement == "Cook a meal for my brother" and page.goal_id() == g.id


def test_goal_dialog_fills_and_returns_their_words(qtbot, vault, maria) -> None:
    dialog = GoalDialog(None, GoalRecord(mentee_id=maria, statement="Old words"))
    qtbot.addWidget(dialog)
    dialog.statement.setPlainText("Walk to the shop on my own")
    dialog.domain.setCurrentIndex(goals.DOMAINS.index(GoalDomain.DAILY_LIVING))
    value = dialog.value()
    assert (value.statement, value.domain, value.target_on) == (
        "Walk to the shop on my own",
        GoalDomain.DAILY_LIVING,
        None,
    )


def test_past_target_on_a_new_goal_asks_once(qtbot, vault, maria, monkeypatch) -> None:
    page = make_page(qtbot, vault)
    record = GoalRecord(
        mentee_id=maria, statement="Open a bank account", target_on=TODAY - timedelta(days=3)
    )
    monkeypatch.setattr(GoalDialog, "ask", classmethod(lambda cls, parent, r: record))
    messages.set_next_answer(False)
    page.new_goal_button.click()
    assert goals.list_goals(vault, mentee_id=maria) == []
    messages.set_next_answer(True)
    page.new_goal_button.click()
    assert [g.target_on for g in goals.list_goals(vault, mentee_id=maria)] == [record.target_on]
    assert "passed" in page.facts.text()


def test_the_progress_slider_starts_unset_so_one_click_records_nothing(
    qtbot, vault, maria, flat
) -> None:
    page = make_page(qtbot, vault)
    before = [p.score for p in goals.get_goal(vault, goal_id=flat).progress]
    assert page.score_label.text() == "– / 10" and not page.add_progress_button.isEnabled()
    page.add_progress()  # even called directly, an untouched slider records nothing
    assert [p.score for p in goals.get_goal(vault, goal_id=flat).progress] == before
    assert "slider" in page.error.text()
    page.score.setFocus()
    qtbot.keyClick(page.score, Qt.Key.Key_Right)
    assert page.score_label.text() == "6 / 10" and page.add_progress_button.isEnabled()
    page.add_progress_button.click()
    assert [p.score for p in goals.get_goal(vault, goal_id=flat).progress] == [*before, 6]
    assert page.score_label.text() == "– / 10" and not page.add_progress_button.isEnabled()


def test_add_progress_with_the_slider(qtbot, vault, maria, flat) -> None:
    page = make_page(qtbot, vault)
    page.score.setValue(7)
    assert page.score_label.text() == "7 / 10"
    page.sentence.setText("Viewed two flats")
    page.add_progress_button.click()
    assert [(p.score, p.sentence) for p in goals.get_goal(vault, goal_id=flat).progress] == [
        (3, ""),
        (7, "Viewed two flats"),
    ]
    assert page.sentence.text() == ""
    assert "Viewed two flats" in page.progress_list.item(0).text()
    assert page.chart.points[-1] == (TODAY, 7)


def test_progress_from_a_session_opens_the_note(qtbot, vault, maria, flat) -> None:
    note_id = write_note(vault, [maria])
    goals.save_note_progress(vault, note_id=note_id, touched=[Touched(flat, 5, "Form sent")])
    page = make_page(qtbot, vault)
    item = page.progress_list.item(0)
    assert "Form sent" in item.text() and "session note" in item.text()
    with qtbot.waitSignal(page.signals.note_open_requested) as blocker:
        page.progress_list.itemActivated.emit(item)
    assert blocker.args == [note_id]
    assert page.chart.from_sessions == {1}


def test_a_mistaken_progress_entry_can_be_removed_but_not_one_a_signed_note_made(
    qtbot, vault, maria, flat, answer_message_boxes
) -> None:
    page = make_page(qtbot, vault)
    page.score.setValue(9)
    page.sentence.setText("Wrong goal")
    page.add_progress_button.click()
    page.progress_list.setCurrentRow(0)
    assert page.remove_progress_button.isEnabled()
    messages.set_next_answer(False)  # asked first: "no" keeps it
    page.remove_progress_button.click()
    assert len(goals.get_goal(vault, goal_id=flat).progress) == 2
    messages.set_next_answer(True)
    page.progress_list.setCurrentRow(0)
    page.remove_progress_button.click()
    assert [(p.score, p.sentence) for p in goals.get_goal(vault, goal_id=flat).progress] == [
        (3, "")
    ]
    assert page.chart.points[-1][1] == 3
    assert any(e.kind == "deleted" and e.entity == "goal_progress" for e in audit.activity(vault))

    note_id = write_note(vault, [maria])  # signed
    goals.save_note_progress(vault, note_id=note_id, touched=[Touched(flat, 5, "Form sent")])
    page.show_mentee(keep_goal=flat)
    page.progress_list.setCurrentRow(0)
    assert "session note" in page.progress_list.currentItem().text()
    assert not page.remove_progress_button.isEnabled()  # changed in the note, not here
    from_note = [p.id for p in goals.get_goal(vault, goal_id=flat).progress if p.note_id]
    with pytest.raises(ValidationError, match="signed session note"):
        goals.delete_progress(vault, progress_id=from_note[0])


def test_steps_add_refuse_empty_tick_and_reorder(qtbot, vault, maria, flat) -> None:
    page = make_page(qtbot, vault)
    page.add_step_button.click()
    assert "few words" in page.error.text()
    for text in ("Ask for the form", "Fill it in", "Post it"):
        page.step_text.setText(text)
        page.add_step_button.click()
    assert page.steps.count() == 3
    page.steps.setCurrentRow(2)
    page.up_button.click()
    assert [s.text for s in goals.get_goal(vault, goal_id=flat).steps] == [
        "Ask for the form",
        "Post it",
        "Fill it in",
    ]
    assert page.steps.currentRow() == 1
    page.steps.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "done" in page.steps.item(0).text())
    assert goals.get_goal(vault, goal_id=flat).steps[0].done_on == TODAY
    page.tabs.setCurrentIndex(1)
    assert "Post it" in page.next_steps.item(0).text()
    page.steps.setCurrentRow(2)
    page.remove_step_button.click()
    assert page.steps.count() == 2


def test_deleting_a_goal_sessions_link_to_offers_let_go(qtbot, vault, maria, flat) -> None:
    note_id = write_note(vault, [maria])
    goals.save_note_progress(vault, note_id=note_id, touched=[Touched(flat, 5)])
    page = make_page(qtbot, vault)
    messages.set_next_answer(True)
    page.delete_button.click()
    assert goals.get_goal(vault, goal_id=flat).status == GoalStatus.LET_GO
    assert "let go" in page.facts.text()


def test_deleting_an_unlinked_goal_asks_first(qtbot, vault, maria, flat) -> None:
    page = make_page(qtbot, vault)
    messages.set_next_answer(False)
    page.delete_button.click()
    assert len(goals.list_goals(vault, mentee_id=maria)) == 1
    messages.set_next_answer(True)
    page.delete_button.click()
    assert goals.list_goals(vault, mentee_id=maria) == []
    assert page.detail is None


def test_status_change(qtbot, vault, maria, flat) -> None:
    page = make_page(qtbot, vault)
    page.status_box.setCurrentIndex(goals.STATUSES.index(GoalStatus.ACHIEVED))
    page.status_box.activated.emit(page.status_box.currentIndex())
    assert goals.get_goal(vault, goal_id=flat).status == GoalStatus.ACHIEVED
    assert "achieved" in goal_rows(page)[1]


def test_checkin_saves_and_shows_the_trend(qtbot, vault, maria) -> None:
    page = make_page(qtbot, vault)
    page.tabs.setCurrentIndex(2)
    for n, spin in page.checkin_items.items():
        spin.setValue(4 if n % 2 else 5)
    page.checkin_note.setText("Good week")
    page.save_checkin_button.click()
    (c,) = goals.list_checkins(vault, mentee_id=maria)
    assert c.total == 45 and c.note == "Good week"
    assert page.checkin_chart.totals == [(TODAY, 45)]
    assert "45 of 60" in page.checkin_history.item(0).text()


def test_plan_pdf_from_the_page(qtbot, vault, maria, flat, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "plan.pdf"
    monkeypatch.setattr(files, "ask_save_path", lambda *a: out)
    page = make_page(qtbot, vault)
    page.plan_button.click()
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "My plan: Maria" in text
    assert any("Read it through together" in shown for shown in messages.history)


def test_clear_leaves_nothing_on_screen(qtbot, vault, maria, flat) -> None:
    goals.add_step(vault, goal_id=flat, text_="Step " + CANARY)
    goals.save_checkin(
        vault, mentee_id=maria, on=TODAY, scores=dict.fromkeys(range(1, 11), 3), note=CANARY
    )
    page = make_page(qtbot, vault)
    assert page.steps.count() == 1 and page.checkin_history.count() == 1
    page.signals.vault_locked.emit()
    assert page.mentee.count() == 0 and page.goal_list.count() == 0
    assert page.steps.count() == 0 and page.progress_list.count() == 0
    assert page.checkin_history.count() == 0 and page.next_steps.count() == 0
    assert page.statement.text() == "" and page.chart.points == []
    assert page.domains_chart.domains == [] and page.checkin_chart.totals == []


def test_today_shows_goals_gently(qtbot, vault, maria, flat) -> None:
    from peerdesk.ui.today.page import TodayPage

    goals.add_step(vault, goal_id=flat, text_="Ring the housing office", due_on=TODAY)
    signals = AppSignals()
    today = TodayPage(vault, signals, today=TODAY)
    qtbot.addWidget(today)
    today.show()
    signals.vault_unlocked.emit()
    texts = [today.goals.list.item(i).text() for i in range(today.goals.list.count())]
    assert texts == [
        "Maria · “Get my own flat by spring”\nNext step: Ring the housing office",
        "Maria · “Get my own flat by spring”\nNothing noted for 5 weeks. Worth a gentle "
        "check-in: does this goal still fit?",
    ]
    assert today.goals.isVisibleTo(today)
    goals.add_progress(vault, goal_id=flat, score=5, today=TODAY)
    signals.goals_changed.emit()
    assert today.goals.list.count() == 1
    signals.vault_locked.emit()
    assert today.goals.list.count() == 0


def test_note_editor_goals_touched_links_both_ways(qtbot, vault, maria, flat) -> None:
    from peerdesk.core.services import notes
    from peerdesk.ui.notes.editor import NoteEditor

    signals = AppSignals()
    editor = NoteEditor.for_new(vault, signals, mentee_id=maria)
    qtbot.addWidget(editor)
    editor.show()
    box = editor.goals_box
    assert box.isVisible() and len(box.rows) == 1
    row = box.rows[0]
    assert "Get my own flat by spring" in row.check.text()
    assert not row.sentence.isEnabled()
    row.score.setValue(6)  # moving the slider ticks the goal
    assert row.check.isChecked()
    row.sentence.setText("Viewing booked")
    editor.sections["did"].setPlainText("Looked at listings together.")
    editor.save_now()
    note_id = editor.note_id
    linked = goals.progress_for_note(vault, note_id=note_id)
    assert [(p.goal_id, p.score, p.sentence) for p in linked] == [(flat, 6, "Viewing booked")]
    editor.close()

    # Reopened: ticked as saved; unticking removes the entry; signing keeps it read-only.
    again = NoteEditor.for_note(vault, signals, note_id=note_id)
    qtbot.addWidget(again)
    (row,) = again.goals_box.rows
    assert row.check.isChecked() and row.score.value() == 6
    assert row.sentence.text() == "Viewing booked"
    notes.sign_note(vault, note_id=note_id)
    again.close()
    signed = NoteEditor.for_note(vault, signals, note_id=note_id)
    qtbot.addWidget(signed)
    (row,) = signed.goals_box.rows
    assert not row.check.isEnabled() and row.sentence.isReadOnly()
    signed.close()
    assert signed.goals_box.rows == []

    page = make_page(qtbot, vault)
    assert "session note" in page.progress_list.item(0).text()


def test_note_editor_without_goals_hides_the_box(qtbot, vault, maria) -> None:
    from peerdesk.ui.notes.editor import NoteEditor

    editor = NoteEditor.for_new(vault, AppSignals(), mentee_id=maria)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.goals_box.isVisible()
    editor.close()


def test_mentee_overview_shows_each_active_goals_next_step(qtbot, window, vault) -> None:
    from datetime import date, timedelta

    from peerdesk.core.services import goals as goal_service
    from peerdesk.core.services import mentees as mentee_service
    from peerdesk.core.services.goals import GoalRecord, GoalStatus
    from peerdesk.core.services.mentees import MenteeRecord
    from peerdesk.ui.compat import emit

    maria = mentee_service.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    bus = goal_service.save_goal(
        vault, goal=GoalRecord(mentee_id=maria, statement="Ride the bus alone")
    )
    goal_service.add_step(
        vault,
        goal_id=bus,
        text_="Practise route 7 with Sam",
        due_on=date.today() + timedelta(days=3),
    )
    paused = goal_service.save_goal(
        vault,
        goal=GoalRecord(mentee_id=maria, statement="Cook on Sundays", status=GoalStatus.PAUSED),
    )
    goal_service.add_step(vault, goal_id=paused, text_="Buy a wok")
    emit(window.signals.vault_unlocked)
    window.desk.show_page("Mentees")
    window.desk.mentees.select(maria)
    steps = window.desk.mentees.detail.steps
    assert "Practise route 7 with Sam" in steps.text()
    assert "Buy a wok" not in steps.text()  # only active goals
    window.lock()
    assert steps.text() == ""


def test_a_new_goal_starts_in_their_own_words(qtbot) -> None:
    """The form opened on the life domain ("Other"), not on what they would like."""
    from peerdesk.core.services.goals import GoalRecord
    from peerdesk.ui.goals.dialogs import GoalDialog

    dialog = GoalDialog(None, GoalRecord(mentee_id=1, statement=""))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.statement.hasFocus)
