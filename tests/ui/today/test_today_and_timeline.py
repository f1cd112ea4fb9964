"""The Today page (drafts to finish, follow-ups due) and a mentee's timeline."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.core.services import notes
from peerdesk.core.services.notes import FollowUpItem
from peerdesk.core.vault import Vault
from peerdesk.ui.compat import emit
from peerdesk.ui.today.page import FOLLOW_UP_ROLE
from peerdesk.ui.window import MainWindow

from ..notes_helpers import add_mentee, write_note
from ..test_locking import leaks


def test_today_lists_drafts_and_due_follow_ups(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    today = window.desk.today
    emit(window.signals.vault_unlocked)
    assert not today.empty.isVisibleTo(today)  # a new vault shows its first steps instead

    maria = add_mentee(vault, "Maria Santos")
    draft_id = write_note(vault, [maria], did="Half-written note", sign=False)
    yesterday = date.today() - timedelta(days=1)
    write_note(
        vault,
        [maria],
        follow_ups=[
            FollowUpItem("Check the transit card works", yesterday),
            FollowUpItem("Later task", date.today() + timedelta(days=20)),
        ],
    )
    emit(window.signals.notes_changed)
    assert not today.empty.isVisibleTo(today)
    assert today.drafts.list.count() == 1
    assert "Half-written" in today.drafts.list.item(0).text()
    assert today.follow_ups.list.count() == 1  # not the one due in 20 days
    item = today.follow_ups.list.item(0)
    assert "Check the transit card works" in item.text() and "was due" in item.text()

    # Enter on the draft opens it in the editor.
    today.drafts.list.setCurrentRow(0)
    qtbot.keyClick(today.drafts.list, Qt.Key.Key_Return)
    assert [e.note_id for e in window.editors] == [draft_id]
    window.editors[0].reject()

    # Ticking the follow-up marks it done.
    item = today.follow_ups.list.item(0)
    follow_up_id = item.data(FOLLOW_UP_ROLE)
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: today.follow_ups.list.count() == 0)
    assert follow_up_id not in [f.id for f in notes.open_follow_ups(vault)]

    window.lock()
    assert today.drafts.list.count() == 0 and leaks(window) == []


def test_timeline_shows_a_group_note_for_each_participant(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    maria = add_mentee(vault, "Maria Santos")
    jordan = add_mentee(vault, "Jordan Lee")
    group_id = write_note(vault, [maria, jordan], did="Cooking group: pasta night")
    write_note(vault, [maria], did="Bus practice", days_ago=5)
    write_note(
        vault,
        [jordan],
        did="Unfinished",
        sign=False,
        follow_ups=[FollowUpItem("Phone the bank", date.today() - timedelta(days=3))],
    )
    emit(window.signals.vault_unlocked)
    window.desk.show_page("Mentees")
    page = window.desk.mentees
    timeline = page.timeline

    page.select(maria)
    texts = [timeline.list.item(i).text() for i in range(timeline.list.count())]
    assert len(texts) == 2
    assert "pasta night" in texts[0] and "group of 2" in texts[0]  # newest first
    assert "Bus practice" in texts[1]

    page.select(jordan)
    texts = [timeline.list.item(i).text() for i in range(timeline.list.count())]
    assert texts[0].startswith("To do: Phone the bank") and "overdue" in texts[0]
    assert timeline.list.item(0).font().bold()
    assert any("pasta night" in t for t in texts)
    draft_row = next(i for i, t in enumerate(texts) if "Unfinished" in t)
    assert timeline.list.item(draft_row).font().bold()  # drafts stand out

    group_row = next(i for i, t in enumerate(texts) if "pasta night" in t)
    emit(timeline.list.itemClicked, timeline.list.item(group_row))
    assert [e.note_id for e in window.editors] == [group_id]

    window.lock()
    assert timeline.list.count() == 0 and window.editors == []


def test_unlock_reads_only_the_page_in_view_and_the_others_when_shown(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    """Unlock to Today must not wait for the eight pages behind it: each reads the vault
    the first time it is shown (a page in view reloads at once)."""
    add_mentee(vault, "Maria Santos")
    add_mentee(vault, "Ade Okafor")
    desk = window.desk
    desk.show_page("Today")
    emit(window.signals.vault_unlocked)
    assert desk.mentees.model.rowCount() == 0  # behind Today: not read yet
    desk.show_page("Mentees")
    assert desk.mentees.model.rowCount() == 2  # read as it is shown
    add_mentee(vault, "Lin Wei")
    emit(window.signals.vault_unlocked)  # in view now: reloads at once
    assert desk.mentees.model.rowCount() == 3
    desk.show_page("Today")
    emit(window.signals.vault_unlocked)
    emit(window.signals.vault_unlocked)  # twice behind the page: one reload on show
    calls: list[int] = []
    desk.mentees.model.modelReset.connect(lambda: calls.append(1))
    desk.show_page("Mentees")
    assert desk.mentees.model.rowCount() == 3 and len(calls) == 1


def test_pages_are_built_when_first_shown_and_read_the_open_vault(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    """Unlock builds Today alone; a page built later (shown, or asked for by name) reads
    the vault when it is first shown, after a language change too, and not while locked."""
    from peerdesk.ui.mentees.page import MenteesPage
    from peerdesk.ui.notes.page import NotesPage

    add_mentee(vault, "Maria Santos")
    desk = window.desk
    emit(window.signals.vault_unlocked)
    assert [n for n in ("Today", "Mentees", "Goals", "Settings") if desk.is_built(n)] == ["Today"]
    assert window.findChild(MenteesPage) is None and window.findChild(NotesPage) is None
    mentees = desk.mentees  # asked for by name: built, read when shown
    assert desk.is_built("Mentees") and mentees.model.rowCount() == 0
    desk.show_page("Mentees")
    assert desk.pages.currentWidget() is mentees and mentees.model.rowCount() == 1

    window.retranslate()  # the desk is built again, the new one also page by page
    desk = window.desk
    assert desk.pages.currentWidget() is desk.mentees and desk.mentees.model.rowCount() == 1
    assert not desk.is_built("Goals")
    add_mentee(vault, "Ade Okafor")
    desk.show_page("Goals")
    assert desk.goals.mentee.count() == 2

    window.lock()  # clears the pages built; one built while locked has nothing to read
    desk.show_page("Self-care")
    assert desk.is_built("Self-care") and desk.goals.mentee.count() == 0
