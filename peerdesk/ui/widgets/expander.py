"""A button that shows or hides something (a Today section's list), with the state a
screen reader reads: expandable, and expanded or collapsed.

Qt's own accessible button has no expanded state, so ExpanderButton gets an accessible
interface of its own (installed through QAccessible's factory the first time one is made):
a push button that is expandable and expanded or collapsed, whose press action clicks it.
A change of state is sent as an accessibility event, so Orca says "collapsed" at once."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAccessibleWidget, QToolButton, QWidget

_installed = [False]


class _ExpanderInterface(QAccessibleWidget):
    def __init__(self, button: ExpanderButton) -> None:
        super().__init__(button, QAccessible.Role.Button)
        self._button = button

    def state(self) -> QAccessible.State:
        state = super().state()
        state.expandable = True
        state.expanded = self._button.expanded
        state.collapsed = not self._button.expanded
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self._button.click()


def _factory(_key: str, obj: QObject) -> QAccessibleWidget | None:
    if isinstance(obj, ExpanderButton):
        return _ExpanderInterface(obj)
    return None


class ExpanderButton(QToolButton):
    """A tool button with an expanded state; ``set_expanded`` changes it (the owner shows
    or hides what it controls)."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        if not _installed[0]:
            QAccessible.installFactory(_factory)
            _installed[0] = True
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.expanded = True

    def set_expanded(self, on: bool) -> None:
        if on == self.expanded:
            return
        self.expanded = on
        if QAccessible.isActive():
            changed = QAccessible.State()
            changed.expanded = True
            changed.collapsed = True
            QAccessible.updateAccessibility(QAccessibleStateChangeEvent(self, changed))
