"""The note editor: keyboard writing, autosave, signing, addenda, messages, the
peer-language helper, and locking with an editor open."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from peerdesk.core.models import NoteState
from peerdesk.core.services import goals, notes, settings
from peerdesk.core.services.goals import GoalRecord
from peerdesk.core.services.notes import FollowUpItem
from peerdesk.core.vault import Vault
from peerdesk.ui.compat import emit
from peerdesk.ui.notes.editor import AddendumDialog, NoteEditor, an_hour_later, rounded_now
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.window import MainWindow

from ...transactions import counting_transactions
from ..notes_helpers import add_mentee, write_note
from ..test_locking import leaks

CANARY = "Zq9CanaryXylophone"


def open_new(qtbot: QtBot, window: MainWindow) -> NoteEditor:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.desk.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(window.editors) == 1
    editor = window.editors[0]
    qtbot.waitUntil(editor.isActiveWindow)
    editor.set_autosave_ms(50, 200)
    return editor


def test_prefill_times() -> None:
    assert rounded_now(datetime(2026, 3, 1, 10, 42)) == time(10, 40)
    assert rounded_now(datetime(2026, 3, 1, 10, 43)) == time(10, 45)
    assert rounded_now(datetime(2026, 3, 1, 23, 59)) == time(23, 55)
    assert an_hour_later(time(23, 30)) == time(23, 59)


def test_write_a_note_with_the_keyboard_autosave_and_sign(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    maria = add_mentee(vault, "Maria Santos")
    add_mentee(vault, "Jordan Lee")
    write_note(vault, [maria], follow_ups=[FollowUpItem("Bring the bank's ID list", date.today())])
    emit(window.signals.vault_unlocked)
    window.desk.show_page("Mentees")
    window.desk.mentees.select(maria)
    editor = open_new(qtbot, window)

    # Prefilled: today (yesterday just after midnight, when the session began before it),
    # the mentee chosen on the Mentees page, her open follow-up.
    started = datetime.now() - timedelta(hours=3)
    assert editor.occurred_on.date() in (QDate.currentDate(), QDate(started.date()))
    assert editor.participant_ids() == [maria]
    start, end = editor.start.time().toPython(), editor.end.time().toPython()
    assert notes.duration_minutes(start, end) == 60  # may cross midnight ("+1 day")
    assert [b.text().split("  (")[0] for b in editor.earlier_checks] == ["Bring the bank's ID list"]
    assert editor.sections["wanted"].hasFocus()

    # The template sets kind and prompts (placeholders, never saved).
    editor.template.setCurrentIndex(editor.template.findData("emotional-checkin"))
    assert editor.kind.currentData() == "emotional support"
    prompt = editor.sections["wanted"].placeholderText()
    assert prompt
    editor.sections["wanted"].setFocus()
    qtbot.keyClicks(editor.sections["wanted"], "I want to feel steadier this week.")
    qtbot.keyClick(editor.sections["wanted"], Qt.Key.Key_Tab)
    assert editor.sections["did"].hasFocus()
    qtbot.keyClicks(editor.sections["did"], "We walked and talked.")

    # Autosave (short timers in tests): a draft, marked as open in an editor.
    qtbot.waitUntil(lambda: notes.interrupted_drafts(vault) != [], timeout=5000)
    note_id = editor.note_id
    assert note_id is not None
    qtbot.waitUntil(lambda: "Saved" in editor.saved_status.text())
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    saved = notes.get_note(vault, note_id=note_id)
    assert saved.wanted == "I want to feel steadier this week."
    assert saved.did == "We walked and talked."
    assert prompt not in (saved.wanted + saved.did + saved.how_it_went + saved.next_steps)

    # A follow-up row, typed; tick the earlier follow-up done.
    editor.add_follow_up_button.click()
    row = editor.follow_up_rows[0]
    assert row.task.hasFocus()
    qtbot.keyClicks(row.task, "Call the housing office together")
    row.due.setDate(QDate.currentDate().addDays(7))
    editor.earlier_checks[0].setChecked(True)
    assert "Bring the bank's ID list" not in [
        f.task for f in notes.open_follow_ups(vault, mentee_id=maria)
    ]

    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty
    saved = notes.get_note(vault, note_id=note_id)
    assert [f.task for f in saved.follow_ups] == ["Call the housing office together"]

    # Ctrl+Enter signs (the confirmation is answered yes): read-only afterwards.
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    record = notes.get_note(vault, note_id=note_id)
    assert record.state == NoteState.SIGNED
    assert editor.read_only and editor.sections["did"].isReadOnly()
    assert not editor.sign_button.isVisible()
    assert editor.signed_label.text().startswith("Signed ")
    assert f"fingerprint {record.content_hash[:4]}…" in editor.signed_label.text()
    assert notes.interrupted_drafts(vault) == []
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.editors == []


def test_addendum_on_a_signed_note(
    qtbot: QtBot, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    maria = add_mentee(vault, "Maria Santos")
    note_id = write_note(vault, [maria])
    editor = window.open_note(note_id)
    assert editor is not None and editor.read_only
    assert editor.addenda_box.isVisible()
    monkeypatch.setattr(
        AddendumDialog, "ask", classmethod(lambda cls, parent, title: "She called back: all ok.")
    )
    editor.add_addendum_button.click()
    record = notes.get_note(vault, note_id=note_id)
    assert [a.text for a in record.addenda] == ["She called back: all ok."]
    assert "She called back" in editor.addenda_list.text()
    today = date.today()
    assert f"{today.day} {today:%b %Y}" in editor.addenda_list.text()  # no leading zero


def test_addendum_dialog_itself(qtbot: QtBot) -> None:
    dialog = AddendumDialog(None, "Add")
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Later detail")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()


def test_after_midnight_and_a_huge_paste_keep_everything(
    qtbot: QtBot, window: MainWindow, vault: Vault, answer_message_boxes: list[str]
) -> None:
    add_mentee(vault, "Maria Santos")
    editor = open_new(qtbot, window)
    editor.sections["did"].setPlainText("We met at the café ☕ — مرحبا بك")
    editor.start.setTime(QTime(23, 30))
    editor.end.setTime(QTime(0, 15))  # after midnight: a draft saves, the duration is right
    assert editor.duration.text() == "+1 day · 45 min"
    editor.save_now()
    assert editor.error.text() == "" and editor.note_id is not None and not editor.dirty
    assert notes.get_note(vault, note_id=editor.note_id).minutes == 45
    editor.end.setTime(QTime(23, 59))
    editor.save_now()
    assert editor.error.text() == ""
    record = notes.get_note(vault, note_id=editor.note_id)
    assert record.did == "We met at the café ☕ — مرحبا بك"  # emoji and right-to-left text

    huge = ("A long pasted line of text about the week. " * 24 + "\n") * 1000  # ~1 MB
    editor.sections["how_it_went"].setFocus()
    QApplication.clipboard().setText(huge)
    editor.sections["how_it_went"].paste()
    editor.save_now()
    assert "still in the editor" in editor.error.text()
    assert editor.sections["how_it_went"].toPlainText() == huge.rstrip("\n") or (
        editor.sections["how_it_went"].toPlainText() == huge
    )
    # Closing asks first (answered "no" here): the editor stays open, nothing is lost.
    editor.reject()
    assert editor.isVisible() and window.editors == [editor]
    assert any("Close anyway" in text for text in answer_message_boxes)
    QApplication.clipboard().clear()
    editor.sections["how_it_went"].setPlainText("Shorter now.")
    editor.reject()
    assert window.editors == []
    assert notes.get_note(vault, note_id=record.id).how_it_went == "Shorter now."
    assert notes.interrupted_drafts(vault) == []  # closed normally


def test_language_helper_marks_and_replaces(qtbot: QtBot, window: MainWindow, vault: Vault) -> None:
    add_mentee(vault, "Maria Santos")
    editor = open_new(qtbot, window)
    edit = editor.sections["how_it_went"]
    edit.setPlainText("He was non-compliant with the plan.")
    block = edit.document().firstBlock()
    formats = block.layout().formats()
    assert any(
        f.format.underlineStyle().name == "WaveUnderline" and f.start == 7 and f.length == 13
        for f in formats
    )
    pos = edit.cursorRect(edit.document().find("compliant")).center()
    hit = edit.finding_at(pos)
    assert hit is not None and hit[1].term.term == "non-compliant"
    menu = edit.suggestion_menu(pos)
    choices = [a for a in menu.actions() if a.text().startswith("Use “")]
    assert choices and choices[0].text() == f"Use “{hit[1].term.alternatives[0]}”"
    choices[0].trigger()
    assert edit.toPlainText() == f"He was {hit[1].term.alternatives[0]} with the plan."
    assert editor.dirty  # a replacement is a change like any other (and never blocks saving)

    # The setting turns it off.
    edit.setPlainText("The patient was non-compliant.")
    window.desk.settings.language_helper.setChecked(False)
    assert settings.get_setting(vault, "peer_language_helper") is False
    assert edit.document().firstBlock().layout().formats() == []
    assert edit.finding_at(QPoint(5, 5)) is None
    window.desk.settings.language_helper.setChecked(True)
    assert edit.document().firstBlock().layout().formats() != []


def test_lock_saves_closes_and_offers_the_draft_after_unlock(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    maria = add_mentee(vault, "Maria Santos")
    emit(window.signals.vault_unlocked)
    window.desk.mentees.select(maria)
    editor = open_new(qtbot, window)
    editor.set_autosave_ms(60_000, 60_000)  # no autosave: locking itself must save
    editor.sections["did"].setPlainText("We practised the route. " + CANARY)
    editor.location.setText("Library " + CANARY)
    window.lock_action.trigger()
    assert window.is_locked and not vault.is_open
    assert window.editors == []
    assert leaks(window) == []
    assert not any(CANARY in w.windowTitle() for w in QApplication.topLevelWidgets())

    screen = window.unlock_screen
    screen.secret.setText("orange kettle meadow 42")
    with qtbot.waitSignal(screen.unlocked):
        screen.try_unlock()
    (note_id,) = notes.interrupted_drafts(vault)
    assert CANARY in notes.get_note(vault, note_id=note_id).did
    assert window.recovery_banner.isVisible()
    assert "were writing" in window.recovery_banner.text.text()
    window.recovery_banner.open_button.click()
    assert not window.recovery_banner.isVisible()
    (reopened,) = window.editors
    assert reopened.note_id == note_id
    assert CANARY in reopened.sections["did"].toPlainText()
    reopened.reject()
    assert notes.interrupted_drafts(vault) == []


def test_an_interrupted_draft_is_offered_on_unlock(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    maria = add_mentee(vault, "Maria Santos")
    note_id = write_note(vault, [maria], sign=False)
    draft = notes.get_note(vault, note_id=note_id)
    notes.save_draft(vault, draft=draft, note_id=note_id, editing=True)  # as if killed
    window.lock()
    assert not window.recovery_banner.isVisible()
    window.unlock_screen.secret.setText("orange kettle meadow 42")
    with qtbot.waitSignal(window.unlock_screen.unlocked):
        window.unlock_screen.try_unlock()
    assert window.recovery_banner.isVisible()
    window.recovery_banner.dismiss_button.click()
    assert not window.recovery_banner.isVisible()
    assert window.editors == []


def test_signing_a_crisis_note_offers_a_private_check_in(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    from PySide6.QtWidgets import QDialog

    from peerdesk.ui.selfcare.page import CheckInDialog

    maria = add_mentee(vault, "Maria Santos")
    emit(window.signals.vault_unlocked)
    window.desk.show_page("Mentees")
    window.desk.mentees.select(maria)
    editor = open_new(qtbot, window)
    editor.kind.setCurrentIndex(editor.kind.findData("crisis support"))
    qtbot.keyClicks(
        editor.sections["did"], "Stayed on the phone while they called the crisis line."
    )
    editor.sign()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(CheckInDialog)), timeout=3000
    )
    dialog = next(d for d in window.findChildren(CheckInDialog) if d.isVisible())
    dialog.reject()  # "Not now" is always fine
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_one_click_on_sign_is_one_transaction_with_its_goals_touched(
    qtbot: QtBot, vault: Vault
) -> None:
    maria = add_mentee(vault, "Maria")
    goal = goals.save_goal(
        vault, goal=GoalRecord(mentee_id=maria, statement="Take the bus on my own")
    )
    signals = AppSignals()
    told: list[str] = []
    signals.notes_changed.connect(lambda: told.append("notes"))
    signals.goals_changed.connect(lambda: told.append("goals"))
    signals.note_signed.connect(lambda nid: told.append(f"signed {nid}"))
    editor = NoteEditor.for_new(vault, signals, mentee_id=maria)
    qtbot.addWidget(editor)
    editor.show()
    editor.sections["did"].setPlainText("We rode the 7 bus to the library together.")
    editor.save_now()
    (row,) = editor.goals_box.rows
    row.score.setValue(7)  # ticks the goal
    editor.sections["next_steps"].setPlainText("Try two stops alone next week.")
    told.clear()
    with counting_transactions() as seen:
        with qtbot.waitSignal(signals.note_signed):
            qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
        writes = seen.writing
    assert writes == 1
    note = notes.get_note(vault, note_id=editor.note_id)
    assert note.state == NoteState.SIGNED and "two stops" in note.next_steps
    progress = goals.progress_for_note(vault, note_id=note.id)
    assert [(p.goal_id, p.score) for p in progress] == [(goal, 7)]
    assert told == ["notes", "goals", f"signed {note.id}"]


NON_TEXT_KEYS_FOR_A_NOTE = 15  # the README's keyboard path stays within this


def test_a_whole_note_from_the_keyboard_in_at_most_15_non_text_keys(
    qtbot: QtBot, window: MainWindow, vault: Vault, answer_message_boxes: list[str]
) -> None:
    """The README's path: Ctrl+N, Alt+T and a letter for the template, Tab to the date
    (one stop), Tab to the start ("1400"), Tab to the end ("2:45pm"), Alt+1 to the first
    section, Tab between sections, Ctrl+Enter to sign, Enter to confirm."""
    maria = add_mentee(vault, "Maria Santos")
    emit(window.signals.vault_unlocked)
    window.desk.show_page("Mentees")
    window.desk.mentees.select(maria)
    keys = 0

    def key(widget, k, mod=Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keys
        keys += 1
        qtbot.keyClick(widget, k, mod)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(window.desk.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editors[0]
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.kind.currentData() != "crisis support"
    key(editor, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert editor.template.hasFocus()
    qtbot.keyClicks(editor.template, "e")
    assert editor.template.currentData() == "emotional-checkin"
    key(editor.template, Qt.Key.Key_Tab)
    assert editor.occurred_on.hasFocus()
    key(editor.occurred_on, Qt.Key.Key_Tab)  # the whole date is one stop
    assert editor.start.hasFocus()
    qtbot.keyClicks(editor.start, "1400")
    key(editor.start, Qt.Key.Key_Tab)
    assert editor.end.hasFocus() and editor.start.text() == "14:00"
    qtbot.keyClicks(editor.end, "2:45pm")
    key(editor.end, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert editor.sections["wanted"].hasFocus() and editor.end.text() == "14:45"
    for name, words in (
        ("wanted", "To feel steadier this week."),
        ("did", "We walked to the park and talked."),
        ("how_it_went", "Calmer by the end."),
        ("next_steps", "Same time next week."),
    ):
        assert editor.sections[name].hasFocus()
        qtbot.keyClicks(editor.sections[name], words)
        if name != "next_steps":
            key(editor.sections[name], Qt.Key.Key_Tab)
    key(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    keys += 1  # Enter on "Sign this note?" (answered by the fixture)
    assert any("Signed notes become read-only" in t for t in answer_message_boxes)
    record = notes.get_note(vault, note_id=editor.note_id)
    assert record.state == NoteState.SIGNED and record.template == "emotional-checkin"
    assert (record.start_time, record.end_time, record.minutes) == (time(14), time(14, 45), 45)
    assert record.next_steps == "Same time next week."
    assert keys <= NON_TEXT_KEYS_FOR_A_NOTE


def test_typed_times_and_what_is_not_a_time() -> None:
    from peerdesk.ui.widgets.dates import parse_time

    for typed, expected in (
        ("1400", time(14)),
        ("14:00", time(14)),
        ("2pm", time(14)),
        ("2:30 pm", time(14, 30)),
        ("930", time(9, 30)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("14.15", time(14, 15)),
    ):
        assert parse_time(typed) == expected, typed
    for wrong in ("25:00", "13pm", "abc", "", "14:75"):
        assert parse_time(wrong) is None, wrong


def test_signing_an_empty_note_refuses_first_and_leaves_no_draft(
    qtbot: QtBot, window: MainWindow, vault: Vault, answer_message_boxes: list[str]
) -> None:
    add_mentee(vault, "Maria Santos")
    editor = open_new(qtbot, window)
    assert not editor.addenda_box.isVisibleTo(editor)  # addenda only on signed notes
    editor.sign()
    assert "before signing" in editor.error.text()
    assert not any("read-only" in t for t in answer_message_boxes)  # never asked
    editor.close()
    qtbot.waitUntil(lambda: window.editors == [])
    assert notes.count_notes(vault) == 0


def test_tab_order_reaches_goals_touched_and_the_bottom_buttons_in_reading_order(
    qtbot: QtBot, vault: Vault
) -> None:
    """Found with Orca: the goals' rows load after the Tab chain was built, so Tab went
    Save, Sign, Close, (the scroll area, silent), Plan next meeting, then the goals."""
    maria = add_mentee(vault, "Maria")
    goals.save_goal(vault, goal=GoalRecord(mentee_id=maria, statement="Take the bus on my own"))
    editor = NoteEditor.for_new(vault, AppSignals(), mentee_id=maria)
    qtbot.addWidget(editor)
    editor.show()
    (row,) = editor.goals_box.rows
    stops = []
    widget = editor.sections["next_steps"].nextInFocusChain()
    while widget is not editor.sections["next_steps"]:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(editor):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    wanted = [
        editor.add_follow_up_button,
        row.check,
        editor.plan_button,
        editor.save_button,
        editor.sign_button,
        editor.close_button,
    ]
    assert [w for w in stops if w in wanted] == wanted
    assert not [w for w in stops if isinstance(w, QScrollArea)]  # no silent stop


def test_enter_in_a_one_line_field_presses_no_button(qtbot: QtBot, window: MainWindow) -> None:
    """Enter in Where (or a follow-up's task) adds nothing and signs nothing; Enter on a
    focused button still presses it; no button is drawn as the default."""
    from PySide6.QtWidgets import QPushButton

    editor = open_new(qtbot, window)
    assert not [b.text() for b in editor.findChildren(QPushButton) if b.isDefault()]
    editor.location.setFocus()
    qtbot.keyClicks(editor.location, "the library")
    qtbot.keyClick(editor.location, Qt.Key.Key_Return)
    qtbot.keyClick(editor.location, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert editor.follow_up_rows == [] and editor.isVisible()
    editor.add_follow_up_button.setFocus()
    qtbot.keyClick(editor.add_follow_up_button, Qt.Key.Key_Return)
    assert len(editor.follow_up_rows) == 1
    task = editor.follow_up_rows[0].task
    task.setFocus()
    qtbot.keyClicks(task, "Send the timetable")
    qtbot.keyClick(task, Qt.Key.Key_Return)
    assert len(editor.follow_up_rows) == 1 and editor.isVisible()
    assert not [b.text() for b in editor.findChildren(QPushButton) if b.isDefault()]
    editor.reject()
