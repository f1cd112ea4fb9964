"""A form that scrolls: the mouse wheel scrolls it, never the drop-down, date, time or
number that happens to pass under the pointer (a wheel turned over a long form changed
a phone's "Call" to "Fax" without a word)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


class _WheelScrollsForm(QObject):
    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        if isinstance(watched, QWidget) and watched.hasFocus():
            return False  # chosen with a click or Tab: the wheel changes it, as usual
        QCoreApplication.sendEvent(self.area.verticalScrollBar(), event)
        return True


def wheel_scrolls_form(area: QAbstractScrollArea, root: QWidget) -> None:
    """Every drop-down and spin field under ``root`` (the form inside ``area``) leaves an
    unfocused wheel to the scroll area, and is not focused by the wheel either. Call it
    again after adding fields: a field is guarded once."""
    guard = area.findChild(_WheelScrollsForm) or _WheelScrollsForm(area)
    fields: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    for field in fields:
        if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.removeEventFilter(guard)
        field.installEventFilter(guard)
