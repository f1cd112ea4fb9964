"""Opening hours with the HSDS 3.0 (RFC 5545) rules: "open now" follows every other week,
the first or last weekday of a month, days of the month, dated rules and overnight hours;
and the hours read as a mentor would say them. Pure functions, no vault."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from peerdesk.core.services.directory import HoursItem, hours_text, is_open, occurs_on

# December 2026: Tuesday 1st, Monday 7th (first Monday), Friday 25th (last Friday)
EVERY_OTHER_TUESDAY = HoursItem(
    ["TU"], time(9), time(12), freq="WEEKLY", interval=2, dtstart=date(2026, 12, 1)
)
FIRST_MONDAY = HoursItem(["1MO"], time(10), time(14), freq="MONTHLY")
LAST_FRIDAY = HoursItem(["-1FR"], time(18), time(21), freq="MONTHLY")
LAST_DAY = HoursItem([], time(9), time(17), freq="MONTHLY", bymonthday="-1")
UNTIL_CHRISTMAS = HoursItem(
    ["MO", "TU", "WE", "TH", "FR"], time(9), time(17), until=date(2026, 12, 24)
)
EVERY_OTHER_MONTH = HoursItem(
    ["2WE"], time(13), time(15), freq="MONTHLY", interval=2, dtstart=date(2026, 11, 1)
)


@pytest.mark.parametrize(
    ("hours", "day", "expected"),
    [
        (EVERY_OTHER_TUESDAY, date(2026, 12, 1), True),
        (EVERY_OTHER_TUESDAY, date(2026, 12, 8), False),
        (EVERY_OTHER_TUESDAY, date(2026, 12, 15), True),
        (EVERY_OTHER_TUESDAY, date(2026, 11, 24), False),  # before dtstart
        (EVERY_OTHER_TUESDAY, date(2026, 12, 16), False),  # a Wednesday
        (FIRST_MONDAY, date(2026, 12, 7), True),
        (FIRST_MONDAY, date(2026, 12, 14), False),
        (FIRST_MONDAY, date(2027, 1, 4), True),
        (LAST_FRIDAY, date(2026, 12, 25), True),
        (LAST_FRIDAY, date(2026, 12, 18), False),
        (LAST_FRIDAY, date(2027, 2, 26), True),
        (LAST_DAY, date(2026, 12, 31), True),
        (LAST_DAY, date(2027, 2, 28), True),
        (LAST_DAY, date(2026, 12, 30), False),
        (UNTIL_CHRISTMAS, date(2026, 12, 24), True),
        (UNTIL_CHRISTMAS, date(2026, 12, 28), False),
        (EVERY_OTHER_MONTH, date(2026, 11, 11), True),
        (EVERY_OTHER_MONTH, date(2026, 12, 9), False),
        (EVERY_OTHER_MONTH, date(2027, 1, 13), True),
    ],
)
def test_rules_decide_the_days(hours: HoursItem, day: date, expected: bool) -> None:
    assert occurs_on(hours, day) is expected


def test_open_now_follows_the_rule_and_runs_past_midnight() -> None:
    assert is_open([EVERY_OTHER_TUESDAY], datetime(2026, 12, 15, 10, 0)) is True
    assert is_open([EVERY_OTHER_TUESDAY], datetime(2026, 12, 8, 10, 0)) is False
    late = HoursItem(["-1FR"], time(22), time(2), freq="MONTHLY")
    assert is_open([late], datetime(2026, 12, 26, 1, 30)) is True  # the night after
    assert is_open([late], datetime(2026, 12, 19, 1, 30)) is False
    assert is_open([HoursItem([], None, None, description="Call first")], datetime.now()) is None


@pytest.mark.parametrize(
    ("hours", "text"),
    [
        (EVERY_OTHER_TUESDAY, "Every other Tue 09:00–12:00"),
        (FIRST_MONDAY, "First Mon of the month 10:00–14:00"),
        (LAST_FRIDAY, "Last Fri of the month 18:00–21:00"),
        (LAST_DAY, "Last day of the month 09:00–17:00"),
        (EVERY_OTHER_MONTH, "Second Wed of the month, every other month 13:00–15:00"),
        (UNTIL_CHRISTMAS, "Mon–Fri 09:00–17:00 (–2026-12-24)"),
        (HoursItem(["SA"], time(0), time(23, 59)), "Sat 24 hours"),
    ],
)
def test_hours_read_as_a_mentor_says_them(hours: HoursItem, text: str) -> None:
    assert hours_text(hours) == text


def test_the_form_edits_plain_weekly_hours_only() -> None:
    assert HoursItem(["MO", "WE"], time(9), time(12)).plain_weekly
    for h in (EVERY_OTHER_TUESDAY, FIRST_MONDAY, LAST_DAY, UNTIL_CHRISTMAS):
        assert not h.plain_weekly
