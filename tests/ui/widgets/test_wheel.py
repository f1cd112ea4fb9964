"""The mouse wheel over a long form scrolls the form, never the drop-down under it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core.vault import Vault
from peerdesk.ui.directory.dialogs import ServiceDialog
from peerdesk.ui.settings.page import SettingsPage
from peerdesk.ui.signals import AppSignals


def _turn_wheel_down(widget: QWidget) -> None:
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        middle,
        widget.mapToGlobal(middle),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _scrolled_past(qtbot: QtBot, root: QWidget) -> None:
    area = root.findChild(QScrollArea)
    assert area is not None
    combos = [
        c for c in area.widget().findChildren(QComboBox) if c.isVisibleTo(root) and c.count() > 1
    ]
    assert combos
    combo = combos[-1]  # a phone's "Call", an appearance choice: low in the form
    before = combo.currentIndex()
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0  # the form really scrolls at this size
    bar.setValue(0)
    _turn_wheel_down(combo)
    assert combo.currentIndex() == before
    assert bar.value() > 0  # the form scrolled instead

    combo.setFocus()  # chosen on purpose: then the wheel changes it, as anywhere
    qtbot.waitUntil(combo.hasFocus)
    combo.setCurrentIndex(0)
    _turn_wheel_down(combo)
    assert combo.currentIndex() == 1


def test_the_wheel_scrolls_the_service_form_not_its_drop_downs(qtbot: QtBot) -> None:
    dialog = ServiceDialog(None)
    qtbot.addWidget(dialog)
    dialog.resize(700, 420)
    dialog.show()
    _scrolled_past(qtbot, dialog)


def test_the_wheel_scrolls_settings_not_its_drop_downs(qtbot: QtBot, vault: Vault) -> None:
    page = SettingsPage(vault, AppSignals())
    qtbot.addWidget(page)
    page.resize(800, 400)
    page.show()
    _scrolled_past(qtbot, page)
