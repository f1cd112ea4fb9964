"""Contact-hour arithmetic for boundary agreements: pure, no storage.

Contact hours are local wall-clock times ("HH:MM") per weekday, the way mentor and
mentee agreed them out loud. A window that ends before it starts is a *night window*
running past midnight (e.g. 22:00-02:00); it is accepted only when it starts in the
evening (18:00 or later) and ends in the early morning (06:00 at the latest). Because
times are wall-clock, a change of clocks (DST) never moves an agreed window.
"""

from __future__ import annotations

import re
from datetime import datetime, time, tzinfo
from itertools import pairwise

from peerdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


DAY_NAMES = dict(
    zip(
        DAYS,
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        strict=True,
    )
)


NIGHT_STARTS_FROM = time(18, 0)


NIGHT_ENDS_BY = time(6, 0)


_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$|^24:00$")


def _parse_time(value: object, day: str) -> time:
    if not isinstance(value, str) or not _HHMM.match(value.strip()):
        raise ValidationError(
            f"{DAY_NAMES[day]}: times are written like 09:00 or 17:30 (24-hour clock)."
        )
    value = value.strip()
    if value == "24:00":
        return time(0, 0)
    return time(int(value[:2]), int(value[3:]))


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def parse_hours(hours: dict) -> dict[str, list[tuple[time, time]]]:
    """Check and parse contact hours. Refuses overlaps, empty windows, windows that end
    before they start (unless a night window, 18:00 or later until 06:00 at the latest)."""
    if not isinstance(hours, dict):
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Contact hours could not be read."))
    out: dict[str, list[tuple[time, time]]] = {}
    for day, windows in hours.items():
        if day not in DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core", "Contact hours can only be given for the days of the week."
                )
            )
        parsed: list[tuple[time, time]] = []
        for window in windows or []:
            if not isinstance(window, (list, tuple)) or len(window) != 2:
                raise ValidationError(f"{DAY_NAMES[day]}: each time needs a start and an end.")
            start, end = _parse_time(window[0], day), _parse_time(window[1], day)
            if start == end:
                raise ValidationError(
                    f"{DAY_NAMES[day]}: {window[0]}-{window[1]} starts and ends at the same time."
                )
            if _crosses_midnight(start, end) and not (
                start >= NIGHT_STARTS_FROM and end <= NIGHT_ENDS_BY
            ):
                raise ValidationError(
                    f"{DAY_NAMES[day]}: {window[0]}-{window[1]} ends before it starts. "
                    "A window past midnight (a night window) must start at 18:00 or later "
                    "and end by 06:00; otherwise, please check the times."
                )
            parsed.append((start, end))
        spans = sorted(_span(s, e) for s, e in parsed)
        for (_, first_end), (second_start, _) in pairwise(spans):
            if second_start < first_end:
                raise ValidationError(f"{DAY_NAMES[day]}: two of the contact times overlap.")
        if parsed:
            out[day] = sorted(parsed, key=lambda w: _span(*w))
    # A night window spills into the next morning: it must not overlap that day's first hours.
    for i, day in enumerate(DAYS):
        nxt = DAYS[(i + 1) % 7]
        for start, end in out.get(day, []):
            if _crosses_midnight(start, end):
                for s2, _ in out.get(nxt, []):
                    if _minutes(s2) < _minutes(end):
                        raise ValidationError(
                            f"{DAY_NAMES[day]}'s night window runs into {DAY_NAMES[nxt]}'s "
                            "contact times; please let one end before the other starts."
                        )
    return out


def _crosses_midnight(start: time, end: time) -> bool:
    return end != time(0, 0) and end < start


def _span(start: time, end: time) -> tuple[int, int]:
    """Minutes from the day's midnight; a window ending at or past midnight ends at 1440+."""
    s = _minutes(start)
    e = _minutes(end)
    if e == 0 or e < s:
        e += 24 * 60
    return s, e


def hours_text(hours: dict) -> list[str]:
    """'Monday: 09:00-18:00' lines, Monday first; days without hours are left out."""
    lines = []
    for day in DAYS:
        windows = hours.get(day) or []
        if windows:
            parts = []
            for start, end in windows:
                night = (
                    " (into the night)"
                    if _crosses_midnight(_parse_time(start, day), _parse_time(end, day))
                    else ""
                )
                parts.append(f"{start}-{end}{night}")
            lines.append(f"{DAY_NAMES[day]}: " + ", ".join(parts))
    return lines


def within_hours(hours: dict, when: datetime, *, tz: tzinfo | None = None) -> bool:
    """Whether ``when`` falls inside the agreed contact hours.

    A naive ``when`` is already local wall-clock time. An aware one is converted to
    ``tz`` (default: this computer's zone) first. Windows are half-open [start, end).
    """
    if when.tzinfo is not None:
        when = (
            when.astimezone(tz).replace(tzinfo=None)
            if tz
            else when.astimezone().replace(tzinfo=None)
        )
    parsed = parse_hours(hours)
    day = DAYS[when.weekday()]
    previous = DAYS[(when.weekday() - 1) % 7]
    minute = when.hour * 60 + when.minute
    for start, end in parsed.get(day, []):
        s, e = _span(start, end)
        if s <= minute < e:
            return True
    for start, end in parsed.get(previous, []):
        if _crosses_midnight(start, end) and minute < _minutes(end):
            return True
    return False
