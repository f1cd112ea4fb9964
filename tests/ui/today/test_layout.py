"""Today and the mentee timeline on a nearly empty vault, as a new mentor first sees them:
short sections stay together at the top, and a mouse click on a row is never lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault
from peerdesk.ui.compat import emit
from peerdesk.ui.mentees.dialog import MenteeDialog
from peerdesk.ui.window import MainWindow

from ..notes_helpers import add_mentee


def test_a_short_section_keeps_its_header_on_its_list(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1100, 720)
    today = window.desk.today
    emit(window.signals.vault_unlocked)
    start = today.section_by_name["start"]
    qtbot.waitUntil(lambda: start.isVisible())
    qtbot.wait(20)
    gap = start.list.geometry().top() - start.header.geometry().bottom()
    assert 0 <= gap <= 8, gap
    assert start.geometry().top() <= today.greeting.geometry().bottom() + 80
    assert start.height() <= start.sizeHint().height() + 4


def test_a_first_click_on_a_row_opens_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real hand: the page lays out again between press and release (choosing a row shows
    its actions), and the release lands where the pointer is on the screen."""
    asked: list[MenteeRecord | None] = []
    monkeypatch.setattr(
        MenteeDialog, "ask", classmethod(lambda cls, parent, record=None: asked.append(record))
    )
    window.resize(1100, 720)
    today = window.desk.today
    emit(window.signals.vault_unlocked)
    start = today.section_by_name["start"]
    qtbot.waitUntil(lambda: start.isVisible())
    viewport = start.list.viewport()
    on_screen = viewport.mapToGlobal(start.list.visualItemRect(start.list.item(0)).center())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=viewport.mapFromGlobal(on_screen))
    qtbot.wait(50)
    release = viewport.mapFromGlobal(on_screen)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=release)
    qtbot.waitUntil(lambda: asked == [None])  # the Add mentee form was asked for


def test_an_empty_timeline_keeps_its_title_by_its_hint(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    add_mentee(vault, "Maria Santos")
    window.resize(1100, 720)
    emit(window.signals.vault_unlocked)
    window.desk.open_page("Mentees", "")
    page = window.desk.mentees
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1)
    page.table.selectRow(0)
    timeline = page.timeline
    qtbot.waitUntil(lambda: timeline.empty.isVisible())
    qtbot.wait(20)
    for label in (timeline.title, timeline.empty):  # not stretched, text centred far apart
        assert label.height() <= label.sizeHint().height() + 4, label.text()
    assert timeline.empty.geometry().top() - timeline.title.geometry().bottom() <= 12
