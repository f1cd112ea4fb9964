"""Status messages a screen reader says out loud (an error under a field, "Opening…").

A QLabel changing its text is silent to screen readers: nothing has focus there. So the
message also becomes the accessible description of the field the person is on (Orca and
NVDA speak a description change on the focused widget, and again whenever focus returns),
and an announcement event is sent for screen readers that support those."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget


def show_status(label: QLabel, text: str, *, field: QWidget | None = None) -> None:
    """Show ``text`` in ``label`` (empty clears it) and make screen readers say it."""
    label.setText(text)
    if field is not None:  # a field that describes more than this (SectionEdit) combines
        setter = getattr(field, "set_status_description", None)
        (setter or field.setAccessibleDescription)(text)
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(label, text))
