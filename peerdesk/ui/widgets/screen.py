"""Sizing windows and dialogs to the screen they open on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.94  # leave the panel, the dock and a margin visible


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """``width`` x ``height``, or less on a small screen (a 1366x768 laptop)."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(
        min(width, int(room.width() * SCREEN_SHARE)), min(height, int(room.height() * SCREEN_SHARE))
    )
