"""Dates and times between Python and Qt, and the date field that may be left empty."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit

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
