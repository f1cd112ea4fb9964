"""The Today aggregation, with a fake clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from peerdesk.core.models import Recurrence
from peerdesk.core.services import meetings, notes, reminders, today
from peerdesk.core.services.meetings import MeetingRecord
from peerdesk.core.services.mentees import MenteeRecord, add_mentee
from peerdesk.core.services.notes import FollowUpItem, NoteDraft
from peerdesk.core.vault import Vault

NOW = datetime(2026, 3, 4, 9, 0)  # a Wednesday


def setup(vault: Vault) -> int:
    m = add_mentee(vault, record=MenteeRecord(display_name="Maria", full_name="Maria Santos"))
    meetings.save_meeting(
        vault,
        record=MeetingRecord(mentee_id=m, starts_at=datetime(2026, 3, 4, 14, 0), tz=""),
        now=NOW,
    )
    meetings.save_meeting(
        vault,
        record=MeetingRecord(
            mentee_id=m,
            starts_at=datetime(2026, 3, 2, 10, 0),
            tz="",
            recurrence=Recurrence.WEEKLY,
            count=4,
        ),
        now=NOW,
    )
    notes.save_draft(
        vault,
        draft=NoteDraft(
            participant_ids=[m],
            occurred_on=date(2026, 3, 1),
            follow_ups=[
                FollowUpItem("Call the housing office", date(2026, 3, 3)),
                FollowUpItem("Later", date(2026, 3, 20)),
            ],
        ),
    )
    reminders.add_reminder(vault, due_at=datetime(2026, 3, 4, 16, 0), text_="Renew DBS", now=NOW)
    reminders.add_reminder(vault, due_at=datetime(2026, 3, 9, 16, 0), text_="Not yet", now=NOW)
    return m


def kinds(items: list[today.TodayItem]) -> list[tuple[str, str]]:
    return [(i.section, i.kind) for i in items]


def test_today_items_with_a_fake_clock(vault: Vault) -> None:
    setup(vault)
    items = today.today_items(vault, NOW, here="")
    assert kinds(items) == [
        ("today", "meeting"),
        ("week", "meeting"),  # Monday's series: next Monday
        ("notes", "draft"),
        ("notes", "note_missing"),  # Monday 2 March passed with no note
        ("follow_ups", "follow_up"),
        ("follow_ups", "reminder"),
    ]
    follow_up = next(i for i in items if i.kind == "follow_up")
    assert follow_up.overdue and follow_up.who == ("Maria",)
    assert "Maria" not in follow_up.title  # names are the page's job (privacy mode)
    meeting = items[0]
    assert meeting.open_kind == today.OPEN_MEETING and "14:00" in meeting.title

    # a week later: other meetings, the draft still waits, the follow-up is overdue
    later = today.today_items(vault, NOW + timedelta(days=7), here="")
    assert ("today", "meeting") not in kinds(later)
    assert sum(1 for i in later if i.kind == "note_missing") == 3


def test_snooze_and_done(vault: Vault) -> None:
    setup(vault)
    items = {i.kind: i for i in today.today_items(vault, NOW, here="")}
    today.snooze(vault, items["draft"], until=reminders.tomorrow_morning(NOW), now=NOW)
    today.mark_done(vault, items["follow_up"], now=NOW)
    today.mark_done(vault, items["note_missing"], now=NOW)
    today.snooze(vault, items["reminder"], until=reminders.next_week(NOW), now=NOW)
    left = today.today_items(vault, NOW, here="")
    assert {i.kind for i in left} == {"meeting"}
    assert notes.open_follow_ups(vault)[0].task == "Later"  # the tick is real
    # the snoozed draft is back the next morning
    tomorrow = today.today_items(vault, datetime(2026, 3, 5, 8, 30), here="")
    assert "draft" in {i.kind for i in tomorrow}
    assert "reminder" not in {i.kind for i in tomorrow}  # until Monday
    monday = today.today_items(vault, datetime(2026, 3, 9, 17, 0), here="")
    assert sum(1 for i in monday if i.kind == "reminder") == 2


def test_a_due_date_far_in_the_past_shows_as_overdue_once(vault: Vault) -> None:
    m = add_mentee(vault, record=MenteeRecord(display_name="Jordan"))
    notes.save_draft(
        vault,
        draft=NoteDraft(
            participant_ids=[m],
            occurred_on=date(2026, 3, 1),
            follow_ups=[FollowUpItem("Old task", date(2016, 1, 1))],
        ),
    )
    items = [i for i in today.today_items(vault, NOW, here="") if i.kind == "follow_up"]
    assert len(items) == 1 and items[0].overdue


def test_a_new_vault_points_to_the_first_steps_and_claims_nothing_done(vault: Vault) -> None:
    items = today.today_items(vault, NOW, here="")
    assert [(i.section, i.title, i.open_kind) for i in items] == [
        (today.START, "Add your first mentee", today.OPEN_NEW_MENTEE)
    ]
    assert "signed" not in today.all_clear_text(vault)
    assert "first mentee" in today.all_clear_text(vault)

    m = add_mentee(vault, record=MenteeRecord(display_name="Kai"))
    items = today.today_items(vault, NOW, here="")
    assert [(i.title, i.open_kind, i.mentee_id) for i in items] == [
        ("Write a note", today.OPEN_NEW_NOTE, m)
    ]
    assert "signed" not in today.all_clear_text(vault)

    notes.save_draft(vault, draft=NoteDraft(participant_ids=[m], occurred_on=NOW.date()))
    assert all(i.section != today.START for i in today.today_items(vault, NOW, here=""))
    note_id = notes.list_notes(vault)[0].id
    notes.save_draft(
        vault,
        note_id=note_id,
        draft=NoteDraft(participant_ids=[m], occurred_on=NOW.date(), did="Bus practice"),
    )
    notes.sign_note(vault, note_id=note_id)
    assert today.today_items(vault, NOW, here="") == []
    assert today.all_clear_text(vault) == today.ALL_CLEAR


def test_a_meeting_without_a_place_says_how_in_the_mentors_language(vault: Vault) -> None:
    """ "14:00–15:00 · phone": the way they meet is a word of core's catalogue, so the
    Spanish Today says "teléfono" (a place is shown as written)."""
    from peerdesk.core.messages import catalogue

    m = add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    for hour, place in ((14, ""), (16, "Riverside library")):
        meetings.save_meeting(
            vault,
            record=MeetingRecord(
                mentee_id=m,
                starts_at=datetime(2026, 3, 4, hour, 0),
                tz="",
                modality="phone",
                place=place,
            ),
            now=NOW,
        )
    titles = [i.title for i in today.today_items(vault, NOW, here="") if i.kind == "meeting"]
    spanish = [catalogue("es")(t) for t in titles]
    assert spanish[0].endswith(" · teléfono") and titles[0].endswith(" · phone")
    assert spanish[1].endswith(" · Riverside library")
