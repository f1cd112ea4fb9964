"""Dates and times between Python and Qt, and the date field that may be left empty."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QLineEdit, QWidget

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


def open_calendar_by_key(edit: QDateEdit, event: QKeyEvent) -> bool:
    """Alt+Down or F4 opens a date field's calendar, as they open a drop-down list: Qt's
    date field opens it only for a mouse press on its arrow, so press there for the key."""
    alt_down = (
        event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
    )
    if not edit.calendarPopup() or not (alt_down or event.key() == Qt.Key.Key_F4):
        return False
    x = 4 if edit.layoutDirection() == Qt.LayoutDirection.RightToLeft else edit.width() - 4
    where = QPointF(x, edit.height() / 2)
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        where,
        edit.mapToGlobal(where),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QDateEdit.mousePressEvent(edit, press)
    return True


class OptionalDateEdit(QDateEdit):
    """While empty, an arrow key gives today and the calendar opens at this month: the
    empty value is stored as 1 Jan 2000, which arrows and the calendar started from."""

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.date() == NO_DATE:
            both = QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
            return both | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return super().stepEnabled()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        shown = watched is calendar and event.type() == QEvent.Type.Show
        if shown and self.date() == NO_DATE:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not open_calendar_by_key(self, event):
            super().keyPressEvent(event)

    def setCalendarPopup(self, enable: bool) -> None:
        super().setCalendarPopup(enable)
        if enable:
            self.calendarWidget().installEventFilter(self)


def optional_date_edit(empty_text: str) -> QDateEdit:
    """A calendar date field that starts empty and shows ``empty_text`` while it is."""
    edit = OptionalDateEdit()
    edit.setCalendarPopup(True)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not open_calendar_by_key(self, event):
            super().keyPressEvent(event)
