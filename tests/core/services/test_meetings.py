"""Planned meetings: recurrence with an end, DST-safe wall clock, overlaps, notes, ICS."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import icalendar
import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import Recurrence
from peerdesk.core.services import calendar_export, meetings, notes
from peerdesk.core.services.meetings import MeetingRecord
from peerdesk.core.services.mentees import MenteeRecord, add_mentee
from peerdesk.core.vault import Vault

NOW = datetime(2026, 3, 2, 9, 0)


def mentee(vault: Vault, name: str = "Maria Santos") -> int:
    return add_mentee(vault, record=MenteeRecord(display_name=name.split()[0], full_name=name))


def plan(vault: Vault, mentee_id: int, starts_at: datetime, **kw) -> int:
    now = kw.pop("now", NOW)
    record = MeetingRecord(mentee_id=mentee_id, starts_at=starts_at, **kw)
    return meetings.save_meeting(vault, record=record, now=now)


@pytest.mark.parametrize(
    ("tz", "first", "switch"),
    [
        ("America/New_York", datetime(2026, 3, 2, 10, 0), date(2026, 3, 8)),
        ("America/New_York", datetime(2026, 10, 26, 10, 0), date(2026, 11, 1)),
        ("Europe/London", datetime(2026, 3, 23, 10, 0), date(2026, 3, 29)),
        ("Europe/London", datetime(2026, 10, 19, 10, 0), date(2026, 10, 25)),
    ],
)
def test_weekly_meeting_keeps_its_wall_clock_across_dst(
    vault: Vault, tz: str, first: datetime, switch: date
) -> None:
    m = mentee(vault)
    plan(vault, m, first, tz=tz, recurrence=Recurrence.WEEKLY, count=4)
    occ = meetings.occurrences(
        vault, start=first - timedelta(days=1), end=first + timedelta(days=40), here=tz
    )
    assert [o.starts_at for o in occ] == [first + timedelta(weeks=i) for i in range(4)]
    assert all(o.starts_at.time() == time(10, 0) for o in occ)
    # the UTC offset really changed between the first and the last meeting
    before = meetings.to_instant(occ[0].starts_at, tz)
    after = meetings.to_instant(occ[-1].starts_at, tz)
    assert occ[0].starts_at.date() < switch < occ[-1].starts_at.date()
    assert (after - before) != timedelta(weeks=3)
    # seen from another zone the wall clock moves, the instant does not
    utc = meetings.occurrences(
        vault, start=first - timedelta(days=1), end=first + timedelta(days=40), here="UTC"
    )
    assert {o.starts_at.hour for o in utc} != {10} and len({o.starts_at.hour for o in utc}) == 2


def test_monthly_on_the_31st_uses_the_last_day_of_short_months() -> None:
    starts = meetings.wall_starts(
        datetime(2026, 1, 31, 14, 0), Recurrence.MONTHLY, until=date(2026, 5, 31)
    )
    assert [s.date() for s in starts] == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]


def test_fortnightly_until_a_date(vault: Vault) -> None:
    m = mentee(vault)
    plan(
        vault,
        m,
        datetime(2026, 3, 3, 15, 0),
        tz="Europe/London",
        recurrence=Recurrence.FORTNIGHTLY,
        until=date(2026, 4, 14),
    )
    occ = meetings.occurrences(
        vault, start=datetime(2026, 3, 1), end=datetime(2026, 6, 1), here="Europe/London"
    )
    assert [o.starts_at.date() for o in occ] == [
        date(2026, 3, 3),
        date(2026, 3, 17),
        date(2026, 3, 31),
        date(2026, 4, 14),
    ]


def test_a_recurrence_with_no_end_or_beyond_a_year_is_refused(vault: Vault) -> None:
    m = mentee(vault)
    with pytest.raises(ValidationError, match="needs an end"):
        plan(vault, m, NOW + timedelta(days=1), recurrence=Recurrence.WEEKLY)
    with pytest.raises(ValidationError, match="up to a year"):
        plan(vault, m, NOW, recurrence=Recurrence.WEEKLY, until=date(2027, 6, 1))
    with pytest.raises(ValidationError, match="up to 12 times"):
        plan(vault, m, NOW, recurrence=Recurrence.MONTHLY, count=13)
    with pytest.raises(ValidationError, match="before the first"):
        plan(vault, m, NOW, recurrence=Recurrence.WEEKLY, until=date(2026, 1, 1))
    # and expansion never runs past a year, whatever is stored
    starts = meetings.wall_starts(NOW, Recurrence.WEEKLY)
    assert len(starts) == 53 and starts[-1] <= NOW + timedelta(days=366)


def test_bad_input_is_refused_with_a_plain_message(vault: Vault) -> None:
    m = mentee(vault)
    with pytest.raises(ValidationError, match="more than a year ago"):
        plan(vault, m, datetime(2019, 3, 2, 10, 0))
    with pytest.raises(ValidationError, match="two years ahead"):
        plan(vault, m, datetime(2036, 3, 2, 10, 0))
    with pytest.raises(ValidationError, match="time zone"):
        plan(vault, m, NOW, tz="Mars/Olympus_Mons")
    with pytest.raises(ValidationError, match="between 5 minutes"):
        plan(vault, m, NOW, duration_minutes=0)
    with pytest.raises(ValidationError, match="Choose who"):
        meetings.save_meeting(vault, record=MeetingRecord(mentee_id=None, starts_at=NOW), now=NOW)


def test_overlaps_are_warned_not_refused(vault: Vault) -> None:
    maria, jordan = mentee(vault), mentee(vault, "Jordan Lee")
    first = plan(vault, maria, datetime(2026, 3, 4, 10, 0), tz="Europe/London")
    record = MeetingRecord(
        mentee_id=jordan, starts_at=datetime(2026, 3, 4, 10, 30), tz="Europe/London"
    )
    found = meetings.overlaps(vault, record=record)
    assert [o.meeting_id for o in found] == [first]
    second = meetings.save_meeting(vault, record=record, now=NOW)  # still saved
    assert second != first
    # back to back is not an overlap; a weekly series that hits it later is
    later = MeetingRecord(
        mentee_id=jordan,
        starts_at=datetime(2026, 2, 25, 11, 30),
        tz="Europe/London",
        recurrence=Recurrence.WEEKLY,
        count=3,
    )
    assert [o.meeting_id for o in meetings.overlaps(vault, record=later)] == []
    later.starts_at = datetime(2026, 2, 25, 10, 15)
    hits = meetings.overlaps(vault, record=later)
    assert {o.meeting_id for o in hits} == {first, second}
    # its own earlier version does not count
    assert {o.meeting_id for o in meetings.overlaps(vault, record=record, meeting_id=second)} == {
        first
    }


def test_note_missing_then_written_from_the_meeting(vault: Vault) -> None:
    m = mentee(vault)
    plan(
        vault,
        m,
        datetime(2026, 3, 2, 10, 0),
        tz="",
        modality="phone",
        place="the café on Elm Street",
        duration_minutes=45,
    )
    now = datetime(2026, 3, 2, 12, 0)
    missing = meetings.missing_notes(vault, now=now, here="")
    assert len(missing) == 1
    key = missing[0].id
    note_id = meetings.start_note(vault, key=key, here="")
    note = notes.get_note(vault, note_id=note_id)
    assert note.participant_ids == [m]
    assert note.occurred_on == date(2026, 3, 2)
    assert (note.start_time, note.end_time) == (time(10, 0), time(10, 45))
    assert note.modality == "phone" and note.location == "the café on Elm Street"
    assert meetings.missing_notes(vault, now=now, here="") == []
    assert meetings.start_note(vault, key=key, here="") == note_id  # the same note again


def test_cancel_and_skip(vault: Vault) -> None:
    m = mentee(vault)
    mid = plan(vault, m, datetime(2026, 3, 2, 10, 0), recurrence=Recurrence.WEEKLY, count=3)
    window = {"start": datetime(2026, 3, 1), "end": datetime(2026, 4, 1), "here": ""}
    occ = meetings.occurrences(vault, **window)
    meetings.skip_occurrence(vault, key=occ[1].id)
    assert len(meetings.occurrences(vault, **window)) == 2
    meetings.cancel_meeting(vault, meeting_id=mid)
    assert meetings.occurrences(vault, **window) == []


def _events(path: Path) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return list(cal.walk("VEVENT"))


def test_ics_has_initials_by_default_and_full_names_only_when_ticked(
    vault: Vault, tmp_path: Path
) -> None:
    m = mentee(vault, "Maria Santos")
    g = mentee(vault, "Jordan Lee")
    start = datetime.now().replace(second=0, microsecond=0) + timedelta(days=1)
    plan(
        vault,
        m,
        start,
        tz="America/New_York",
        purpose="Practise the bus route to the clinic",
        place="Library, 2nd floor",
        recurrence=Recurrence.WEEKLY,
        count=3,
        now=datetime.now(),
    )
    plan(vault, g, start + timedelta(hours=3), tz="America/New_York", now=datetime.now())
    out = tmp_path / "meetings.ics"
    count = calendar_export.export_ics(vault, out=out, here="America/New_York")
    assert count == 4
    raw = out.read_text()
    for secret in ("Maria", "Santos", "Jordan", "Lee", "bus route", "Library"):
        assert secret not in raw
    events = _events(out)
    summaries = sorted(str(e["summary"]) for e in events)
    assert summaries == ["Meeting with J.L."] + ["Meeting with M.S."] * 3
    first = min(events, key=lambda e: e.decoded("dtstart"))
    assert first.decoded("dtstart").utcoffset() is not None  # an aware time with its zone
    assert "VTIMEZONE" in raw and "America/New_York" in raw
    assert out.stat().st_mode & 0o077 == 0

    full = tmp_path / "full.ics"
    calendar_export.export_ics(vault, out=full, full_names=True, here="America/New_York")
    text = full.read_text()
    assert "Maria Santos" in text and "bus route" in text
    dtstarts = sorted(e.decoded("dtstart") for e in _events(full))
    assert dtstarts[0].astimezone(timezone.utc) == meetings.to_instant(start, "America/New_York")


def test_ics_period_is_respected(vault: Vault, tmp_path: Path) -> None:
    m = mentee(vault)
    start = datetime.now().replace(second=0, microsecond=0) + timedelta(days=1)
    plan(vault, m, start, recurrence=Recurrence.WEEKLY, count=10, now=datetime.now())
    n = calendar_export.export_ics(
        vault,
        out=tmp_path / "a.ics",
        date_from=start.date(),
        date_to=start.date() + timedelta(days=14),
    )
    assert n == 3
