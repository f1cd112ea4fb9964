"""The Today page: click or Enter opens, snooze, done, the encouraging empty state."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.core.services import meetings, reminders
from peerdesk.core.services.meetings import MeetingRecord
from peerdesk.core.vault import Vault
from peerdesk.ui.compat import emit
from peerdesk.ui.window import MainWindow

from ..notes_helpers import add_mentee
from ..test_locking import leaks


def test_meeting_opens_a_prefilled_note_and_items_snooze_and_finish(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    today = window.desk.today
    emit(window.signals.vault_unlocked)
    assert today.empty.isVisibleTo(today) and "Take a breath" in today.empty.text()

    maria = add_mentee(vault, "Maria Santos")
    now = datetime.now().replace(second=0, microsecond=0)
    start = now - timedelta(hours=3) if now.hour >= 4 else now
    meetings.save_meeting(
        vault,
        record=MeetingRecord(mentee_id=maria, starts_at=start, modality="phone", place="Phone"),
    )
    reminders.add_reminder(vault, due_at=now - timedelta(days=3), text_="Renew first aid")
    emit(window.signals.meetings_changed)
    assert not today.empty.isVisibleTo(today)
    assert today.meetings_today.list.count() == 1
    assert "Maria" in today.meetings_today.list.item(0).text()

    # Enter on the meeting opens a note prefilled from it
    today.meetings_today.list.setCurrentRow(0)
    qtbot.keyClick(today.meetings_today.list, Qt.Key.Key_Return)
    assert len(window.editors) == 1
    editor = window.editors[0]
    assert editor.participant_ids() == [maria]
    assert editor.occurred_on.date().toPython() == start.date()
    editor.reject()
    qtbot.waitUntil(lambda: window.editors == [])

    # the reminder: snooze until tomorrow, then it is gone from today
    rows = [today.follow_ups.list.item(i).text() for i in range(today.follow_ups.list.count())]
    assert any("Renew first aid" in r for r in rows)
    today.follow_ups.list.setCurrentRow(0)
    today.follow_ups.list.setFocus()
    assert today.current_item() is not None and today.current_item().kind == "reminder"
    qtbot.mouseClick(today.tomorrow_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: today.follow_ups.list.count() == 0)

    # privacy mode shows initials
    from peerdesk.core.services import settings

    settings.set_setting(vault, "privacy_mode", True)
    emit(window.signals.settings_changed, "privacy_mode")
    assert "Maria" not in today.meetings_today.list.item(0).text()

    window.lock()
    assert today.meetings_today.list.count() == 0 and leaks(window) == []


def test_done_sets_an_item_aside(qtbot: QtBot, window: MainWindow, vault: Vault) -> None:
    today = window.desk.today
    reminders.add_reminder(vault, due_at=datetime.now() - timedelta(hours=1), text_="Tidy desk")
    emit(window.signals.vault_unlocked)
    assert today.follow_ups.list.count() == 1
    key = today.follow_ups.list.item(0).data(Qt.ItemDataRole.UserRole + 2)
    today.mark_done(key)
    qtbot.waitUntil(lambda: today.empty.isVisibleTo(today))
    assert date.today().strftime("%A") in today.greeting.text()


def test_plan_next_meeting_from_a_note_and_from_the_mentee_page(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    from peerdesk.ui.widgets import messages

    maria = add_mentee(vault, "Maria Santos")
    emit(window.signals.vault_unlocked)
    editor = window.new_note(maria)
    assert editor is not None
    editor.sections["next_steps"].setPlainText("Try the 10:15 bus on our own\nthen coffee")
    dialog = editor.plan_next_meeting()
    assert dialog.who.currentData() == maria
    assert dialog.purpose.toPlainText() == "Try the 10:15 bus on our own"
    messages.set_next_answer(True)  # plan it even if something overlaps
    dialog.save()
    assert [m.purpose for m in meetings.list_meetings(vault)] == ["Try the 10:15 bus on our own"]
    editor.reject()

    window.desk.show_page("Mentees")
    window.desk.mentees.select(maria)
    page_dialog = window.desk.mentees.plan_meeting()
    assert page_dialog.who.currentData() == maria
    page_dialog.reject()


def test_locking_closes_the_plan_dialog(qtbot: QtBot, window: MainWindow, vault: Vault) -> None:
    maria = add_mentee(vault, "Maria Santos")
    emit(window.signals.vault_unlocked)
    dialog = window.desk.today.plan_meeting(maria)
    dialog.purpose.setPlainText("Maria's bus practice")
    window.lock()
    assert not dialog.isVisible() and dialog.who.count() == 0 and leaks(window) == []
