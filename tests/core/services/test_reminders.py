"""The one reminder model, and notifications without names unless opted in."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import ReminderLink
from peerdesk.core.services import meetings, reminders, settings
from peerdesk.core.services.meetings import MeetingRecord
from peerdesk.core.services.mentees import MenteeRecord, add_mentee
from peerdesk.core.vault import Vault

NOW = datetime(2026, 3, 4, 9, 0)


def test_add_snooze_done(vault: Vault) -> None:
    rid = reminders.add_reminder(
        vault,
        due_at=NOW - timedelta(hours=1),
        text_="Ask about the bus pass",
        link_kind=ReminderLink.GOAL,
        link_id=7,
        now=NOW,
    )
    r = reminders.get_reminder(vault, reminder_id=rid)
    assert r.link_kind == ReminderLink.GOAL and r.link_id == "7" and r.waiting(NOW)
    assert "bus" not in repr(r)
    reminders.snooze(vault, reminder_id=rid, until=NOW + timedelta(days=1))
    assert reminders.due_reminders(vault, now=NOW) == []
    assert [x.id for x in reminders.due_reminders(vault, now=NOW + timedelta(days=2))] == [rid]
    reminders.set_done(vault, reminder_id=rid, now=NOW)
    assert reminders.due_reminders(vault, now=NOW + timedelta(days=2)) == []
    assert reminders.list_reminders(vault) == []
    assert len(reminders.list_reminders(vault, include_done=True)) == 1


def test_bad_reminders(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="few words"):
        reminders.add_reminder(vault, due_at=NOW, text_="  ", now=NOW)
    with pytest.raises(ValidationError, match="more than a year ago"):
        reminders.add_reminder(vault, due_at=datetime(2001, 1, 1), text_="x", now=NOW)
    with pytest.raises(ValidationError, match="still to come"):
        reminders.snooze_item(vault, key="draft:1", until=NOW - timedelta(minutes=1), now=NOW)


def test_snooze_helpers() -> None:
    assert reminders.tomorrow_morning(NOW) == datetime(2026, 3, 5, 8, 0)
    assert reminders.next_week(NOW) == datetime(2026, 3, 9, 8, 0)  # Monday


def test_notifications_carry_no_names_unless_opted_in(vault: Vault) -> None:
    m = add_mentee(vault, record=MenteeRecord(display_name="Maria", full_name="Maria Santos"))
    meetings.save_meeting(
        vault,
        record=MeetingRecord(mentee_id=m, starts_at=NOW + timedelta(minutes=15), tz=""),
        now=NOW,
    )
    rid = reminders.add_reminder(vault, due_at=NOW, text_="Call Maria's sister", now=NOW)
    notices = reminders.pending_notices(vault, now=NOW)
    assert [n.text for n in notices] == ["A meeting in 15 minutes", "A reminder is due"]
    assert all("Maria" not in n.text + n.title + repr(n) for n in notices)

    settings.set_setting(vault, "notification_names", True)
    notices = reminders.pending_notices(vault, now=NOW)
    assert [n.text for n in notices] == ["Meeting with Maria in 15 minutes", "Call Maria's sister"]

    reminders.mark_notified(vault, reminder_id=rid, now=NOW)
    assert len(reminders.pending_notices(vault, now=NOW)) == 1  # a reminder notifies once
    assert reminders.pending_notices(vault, now=NOW + timedelta(hours=2)) == []
