"""Dates and times between Python and Qt, and the date field that may be left empty."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from peerdesk.i18n import QT_TR_NOOP, tr
from peerdesk.ui.compat import emit

NO_DATE = QDate(2000, 1, 1)  # shown as the field's empty text, read back as None


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def pytime(q: QTime) -> time:
    return time(q.hour(), q.minute())


def optional_date_edit(empty_text: str) -> QDateEdit:
    """A calendar date field that starts empty and shows ``empty_text`` while it is."""
    edit = QDateEdit(calendarPopup=True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(empty_text)
    edit.setDate(NO_DATE)
    return edit


def set_optional_date(edit: QDateEdit, d: date | None) -> None:
    edit.setDate(qdate(d) if d else NO_DATE)


def optional_date(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else pydate(edit.date())


_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h ]?(\d{2}))?\s*(am|pm|a|p)?\s*$", re.I)


def parse_time(text: str) -> time | None:
    """A time as a mentor types it: "1400", "14:00", "14.30", "930", "9", "2pm", "2:30 pm"."""
    match = _TIME.match(text)
    if match is None:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


class TimeField(QLineEdit):
    """One Tab stop for a time, typed freely ("1400", "14:00", "2pm"); shown as HH:mm.
    Text that is not a time keeps the last good one and says how to type it."""

    timeChanged = Signal(QTime)
    HINT = QT_TR_NOOP("Type a time like 1400, 14:00 or 2pm.")

    def __init__(self, value: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = value or QTime(0, 0)
        self.setText(self._time.toString("HH:mm"))
        self.setMaxLength(8)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00 pm") + 24)
        self.setToolTip(tr(self.HINT))
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._tidy)

    def time(self) -> QTime:
        return QTime(self._time)

    def setTime(self, value: QTime) -> None:
        changed = value != self._time
        self._time = QTime(value.hour(), value.minute())
        self.setText(self._time.toString("HH:mm"))
        self.setProperty("invalid", False)
        if changed:
            emit(self.timeChanged, QTime(self._time))

    def is_valid(self) -> bool:
        return parse_time(self.text()) is not None

    def _typed(self, text: str) -> None:
        parsed = parse_time(text) if len(text.strip()) >= 3 or ":" in text else None
        if parsed is not None:
            value = QTime(parsed.hour, parsed.minute)
            if value != self._time:
                self._time = value
                emit(self.timeChanged, QTime(value))

    def _tidy(self) -> None:
        parsed = parse_time(self.text())
        if parsed is None:
            self.setToolTip(
                tr("“{v0}” is not a time. {HINT}").format(v0=self.text(), HINT=tr(self.HINT))
            )
            self.setText(self._time.toString("HH:mm"))
            return
        self.setToolTip(tr(self.HINT))
        self.setTime(QTime(parsed.hour, parsed.minute))


class OneStopDateEdit(QDateEdit):
    """A date that is one Tab stop (not one per day, month and year), with a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, calendarPopup=True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
