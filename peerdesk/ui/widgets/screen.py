"""Sizing windows and dialogs to the screen they open on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.94  # leave the panel, the dock and a margin visible


def text_width(widget: QWidget, chars: int) -> int:
    """The width of ``chars`` average characters in ``widget``'s font: a size that grows
    with the text size (Settings > Appearance, Ctrl+plus) where pixels would not."""
    return widget.fontMetrics().averageCharWidth() * chars


def resize_within_screen(widget: QWidget, width: int, height: int, *, grow: bool = True) -> None:
    """``width`` x ``height`` at the normal text size, larger with larger text (so a
    200% text size does not squeeze the same pixels), and never more than a share of the
    screen (a 1366x768 laptop). ``grow=False`` for a size measured in the text already."""
    from peerdesk.ui import theme  # theme imports widgets; read the scale when called

    if grow:
        factor = max(theme.font_scale(), 100) / 100
        width, height = int(width * factor), int(height * factor)
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    room_w, room_h = int(room.width() * SCREEN_SHARE), int(room.height() * SCREEN_SHARE)
    width = max(min(width, room_w), widget.minimumSizeHint().width())
    layout = widget.layout()
    if layout is not None and layout.hasHeightForWidth():  # wrapped text: as tall as it needs
        height = max(height, layout.totalHeightForWidth(width))
    widget.resize(width, min(height, room_h))
