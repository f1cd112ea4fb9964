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
    start = today.section_by_name["start"]
    assert start.list.item(0).text().startswith("Add your first mentee")
    assert not today.empty.isVisibleTo(today)

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
    qtbot.waitUntil(lambda: today.follow_ups.list.count() == 0)
    assert not today.empty.isVisibleTo(today)  # a new vault: its first step still shows
    assert today.section_by_name["start"].list.count() == 1
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


def test_first_run_helps_start_and_the_page_has_one_scroll(
    qtbot: QtBot, window: MainWindow, vault: Vault, monkeypatch
) -> None:
    from PySide6.QtWidgets import QAbstractScrollArea

    from peerdesk.core.services import mentees, notes
    from peerdesk.core.services.mentees import MenteeRecord
    from peerdesk.core.services.notes import FollowUpItem, NoteDraft
    from peerdesk.ui.mentees.dialog import MenteeDialog

    today = window.desk.today
    emit(window.signals.vault_unlocked)
    start = today.section_by_name["start"]
    assert start.isVisibleTo(today) and "signed" not in today.empty.text()
    monkeypatch.setattr(
        MenteeDialog,
        "ask",
        classmethod(lambda cls, parent, record=None: MenteeRecord(display_name="Kai")),
    )
    start.list.setCurrentRow(0)
    qtbot.keyClick(start.list, Qt.Key.Key_Return)  # "Add your first mentee" opens the form
    qtbot.waitUntil(lambda: len(mentees.list_mentees(vault)) == 1)
    emit(window.signals.mentees_changed)
    window.desk.show_page("Today")  # back from the Mentees page: Today reads the change now
    assert start.list.item(0).text().startswith("Kai · Write a note")
    start.list.setCurrentRow(0)
    qtbot.keyClick(start.list, Qt.Key.Key_Return)
    assert len(window.editors) == 1 and window.editors[0].participant_ids() == [
        mentees.list_mentees(vault)[0].id
    ]
    window.editors[0].reject()
    qtbot.waitUntil(lambda: window.editors == [])

    # Many overdue follow-ups: every row is in the page's one scroll, none in a list's own.
    kai = mentees.list_mentees(vault)[0].id
    old = date.today() - timedelta(days=3)
    notes.save_draft(
        vault,
        draft=NoteDraft(
            participant_ids=[kai],
            occurred_on=old,
            did="Bank visit",
            follow_ups=[FollowUpItem(f"Call about form {i}", old) for i in range(14)],
        ),
    )
    emit(window.signals.notes_changed)
    window.resize(1100, 720)
    window.desk.show_page("Today")
    qtbot.waitUntil(lambda: today.follow_ups.list.count() == 14)
    assert not start.isVisibleTo(today)
    scrolls = [w for w in today.findChildren(QAbstractScrollArea) if w.isVisibleTo(today)]
    lists = [s.list for s in today.sections if s.list.isVisibleTo(today)]
    assert lists and all(w.verticalScrollBar().maximum() == 0 for w in lists)
    assert len([w for w in scrolls if w not in lists]) == 1  # the page's own scroll
    row = today.follow_ups.list.item(0)
    assert not row.font().bold() and not row.icon().isNull() and "Overdue" in row.toolTip()
    # A section folds away from its header and comes back.
    today.follow_ups.header.click()
    assert not today.follow_ups.list.isVisibleTo(today)
    today.follow_ups.header.click()
    assert today.follow_ups.list.isVisibleTo(today)


def test_the_menu_key_and_shift_f10_open_a_named_actions_menu_on_the_chosen_row(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    """Without a mouse, a row's actions are the Menu key or Shift+F10 away: a menu named
    after the row, at the row, that the arrows and Enter work."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication, QMenu

    today = window.desk.today
    reminders.add_reminder(vault, due_at=datetime.now() - timedelta(hours=1), text_="Call back")
    reminders.add_reminder(vault, due_at=datetime.now() - timedelta(hours=2), text_="Renew card")
    emit(window.signals.vault_unlocked)
    rows = today.follow_ups.list
    assert rows.count() == 2
    rows.setFocus()
    rows.setCurrentRow(1)
    chosen = rows.item(1).text().split("\n")[0]

    def popup() -> QMenu:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        return menu

    for key, modifier in (
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ):
        qtbot.keyClick(rows, key, modifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = popup()
        texts = [a.text() for a in menu.actions()]
        assert texts == ["Open", "Done", "Snooze until tomorrow", "Snooze until next week"]
        iface = QAccessible.queryAccessibleInterface(menu)
        assert iface is not None
        assert iface.text(QAccessible.Text.Name) == f"Actions for {chosen}"
        # at the chosen row, not wherever the pointer was
        row_rect = rows.visualItemRect(rows.item(1))
        assert menu.geometry().contains(rows.viewport().mapToGlobal(row_rect.center()))
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)

    # Down to "Done", Enter: the chosen row is set aside, the other stays
    qtbot.keyClick(rows, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = popup()
    # the first action is chosen already, so a screen reader says it at once
    assert menu.activeAction() is not None and menu.activeAction().text() == "Open"
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is not None and menu.activeAction().text() == "Done"
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows.count() == 1)
    assert rows.item(0).text().split("\n")[0] != chosen


def test_a_section_resized_then_closed_fits_nothing_later(
    qtbot: QtBot, vault: Vault, monkeypatch
) -> None:
    """A resize asks the section to fit its rows once the resizing settles; a page closed
    before then (a window closed, the app quitting) must not be fitted afterwards (it
    raised 'Internal C++ object already deleted' from the timer) — and a burst of resizes
    fits once."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from peerdesk.ui.signals import AppSignals
    from peerdesk.ui.today.page import TodayPage, TodaySection

    reminders.add_reminder(
        vault, due_at=datetime.now() - timedelta(days=1), text_="Renew first aid"
    )
    fits: list[int] = []
    real = TodaySection.fit
    monkeypatch.setattr(TodaySection, "fit", lambda self: (fits.append(1), real(self))[-1])
    page = TodayPage(vault, AppSignals(QApplication.instance()))
    page.resize(900, 600)
    page.show()
    page.reload()
    section = next(s for s in page.sections if s.list.count())
    qtbot.wait(20)
    fits.clear()  # the reload's own fits, and any the first show asked for
    for width in (500, 520, 540):
        section.resize(width, section.height())
    qtbot.waitUntil(lambda: fits == [1])
    qtbot.wait(20)
    assert fits == [1]  # once for the three resizes

    section.resize(600, section.height())  # a fit is now due...
    page.close()
    page.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # ...and it is gone
    qtbot.wait(50)  # the timer would fire here; pytest-qt fails on an exception in it


def test_a_new_meeting_starts_in_the_future(qtbot: QtBot, window: MainWindow, vault: Vault) -> None:
    """Planned in the afternoon, a meeting started at 10:00 that morning: Plan it made a
    meeting already over, and at once a "note missing" on Today."""
    from peerdesk.ui.widgets.meeting_dialog import PlanMeetingDialog

    maria = add_mentee(vault, "Maria Santos")
    for now, expected in (
        (datetime(2026, 12, 2, 16, 40), datetime(2026, 12, 3, 10, 0)),
        (datetime(2026, 12, 2, 8, 5), datetime(2026, 12, 2, 10, 0)),
    ):
        dialog = PlanMeetingDialog(vault, window.signals, window, mentee_id=maria, now=now)
        qtbot.addWidget(dialog)
        assert dialog.when.dateTime().toPython() == expected
        dialog.reject()


def test_notes_to_finish_are_one_list_oldest_first(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    """Drafts came newest first and then the missing notes oldest first: Tue, Mon, then
    Wed of the week before, Mon, Wed. Now every note to finish is in the order it was due."""
    from ..notes_helpers import write_note

    maria = add_mentee(vault, "Maria Santos")
    write_note(vault, [maria], did="Five days ago", days_ago=5, sign=False)
    write_note(vault, [maria], did="Yesterday", days_ago=1, sign=False)
    three_days_ago = datetime.combine(date.today() - timedelta(days=3), datetime.min.time())
    meetings.save_meeting(
        vault,
        record=MeetingRecord(mentee_id=maria, starts_at=three_days_ago.replace(hour=10)),
    )
    emit(window.signals.vault_unlocked)
    rows = window.desk.today.drafts.list
    texts = [rows.item(i).text() for i in range(rows.count())]
    assert len(texts) == 3, texts
    assert "Five days ago" in texts[0]
    assert "note missing" in texts[1]
    assert "Yesterday" in texts[2]


def test_follow_ups_due_read_alike_and_come_oldest_first(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    """Follow-ups said "what · who · was due 10 Nov", a reminder "what · 1 Dec 09:00" and a
    referral "who · what" with no date, and each kind came in its own block after the other."""
    from peerdesk.core.services.notes import FollowUpItem
    from peerdesk.i18n import date_text

    from ..notes_helpers import write_note

    maria = add_mentee(vault, "Maria Santos")
    two_days_ago = date.today() - timedelta(days=2)
    three_days_ago = datetime.combine(date.today() - timedelta(days=3), datetime.min.time())
    write_note(vault, [maria], follow_ups=[FollowUpItem("Check the card works", two_days_ago)])
    reminders.add_reminder(vault, due_at=three_days_ago.replace(hour=9), text_="Renew first aid")
    emit(window.signals.vault_unlocked)
    rows = window.desk.today.follow_ups.list
    texts = [rows.item(i).text() for i in range(rows.count())]
    day = date_text(three_days_ago, "%-d %b")
    assert texts == [
        f"Renew first aid  ·  was due {day} 09:00",
        f"Check the card works  ·  Maria Santos  ·  was due {date_text(two_days_ago, '%-d %b')}",
    ]
