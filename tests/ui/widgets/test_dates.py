"""The date field that may be left empty ("no date", "not yet")."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from peerdesk.ui.widgets.dates import optional_date, optional_date_edit


def test_an_empty_date_starts_from_today_by_arrow_and_by_calendar(qtbot: QtBot) -> None:
    """An empty target date is stored as 1 Jan 2000: Up gave 2 Jan 2000 and the calendar
    opened in January 2000, a quarter of a century of clicks from any date a goal needs."""
    edit = optional_date_edit("no date")
    qtbot.addWidget(edit)
    edit.show()
    assert optional_date(edit) is None
    today = QDate.currentDate()

    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the calendar
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().hide()
    assert optional_date(edit) is None  # opening the calendar chose nothing

    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == today
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() != today  # from there on, arrows step as usual


def test_alt_down_and_f4_open_the_note_date_calendar(qtbot: QtBot) -> None:
    """The keyboard path of the README: Alt+Down opens the calendar of a note's date (Qt's
    date field opened it only for the mouse)."""
    from peerdesk.ui.widgets.dates import OneStopDateEdit

    edit = OneStopDateEdit()
    edit.setDate(QDate(2026, 5, 15))
    qtbot.addWidget(edit)
    edit.show()
    for key, modifier in (
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(edit, key, modifier)
        qtbot.waitUntil(edit.calendarWidget().isVisible)
        edit.calendarWidget().window().hide()
    before = edit.date()
    qtbot.keyClick(edit, Qt.Key.Key_Down)  # Down alone still steps the date
    assert edit.date() != before and not edit.calendarWidget().isVisible()
