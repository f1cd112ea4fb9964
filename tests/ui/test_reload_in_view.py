"""A change reloads the page in view at once and a page behind it when it is next shown
(once, however many changes came meanwhile): saving a note does not make every page the
mentor opened earlier read the vault again."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget
from pytestqt.qtbot import QtBot

from peerdesk.core.services import changes, selfcare
from peerdesk.ui.widgets.page import reload_when_shown
from peerdesk.ui.window import MainWindow


class Two(QObject):
    one = Signal()
    other = Signal()


def test_a_page_behind_reloads_once_when_next_shown(qtbot: QtBot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    front, behind = QLabel("front"), QLabel("behind")
    stack.addWidget(front)
    stack.addWidget(behind)
    stack.show()
    qtbot.waitExposed(stack)
    signals = Two()
    reloads: list[str] = []
    reload_when_shown(behind, (signals.one, signals.other), lambda: reloads.append("behind"))
    reload_when_shown(front, signals.one, lambda: reloads.append("front"))

    signals.one.emit()
    signals.other.emit()
    signals.one.emit()
    assert reloads == ["front", "front"]  # the page behind waits
    stack.setCurrentWidget(behind)
    assert reloads == ["front", "front", "behind"]  # once, for three changes
    signals.other.emit()  # in view now: at once
    assert reloads[-1] == "behind" and len(reloads) == 4


def topic_texts(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.topics.item(i).text() for i in range(page.topics.count())]


def test_self_care_reads_a_change_when_shown(qtbot: QtBot, window: MainWindow) -> None:
    window.desk.show_page("Self-care")
    care = window.desk.page("Self-care")
    qtbot.waitUntil(care.isVisible)
    selfcare.add_topic(window.vault, text="Shared rides and saying no kindly")
    window.signals.apply(changes.Changes(selfcare=True))  # in view: at once
    assert "Shared rides and saying no kindly" in topic_texts(care)

    window.desk.show_page("Notes")
    qtbot.waitUntil(lambda: not care.isVisible())
    selfcare.add_topic(window.vault, text="Pacing my week")
    window.signals.apply(changes.Changes(selfcare=True, notes=True))
    assert "Pacing my week" not in topic_texts(care)  # behind the Notes page: not read yet

    window.desk.show_page("Self-care")
    qtbot.waitUntil(lambda: "Pacing my week" in topic_texts(care))
