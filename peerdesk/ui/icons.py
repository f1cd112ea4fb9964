"""Icons, declared once: what each thing in peerdesk is drawn with, from the Material
Design Icons font that qtawesome bundles (nothing is fetched at run time). Icons take
the theme's colour tokens, so they follow light, dark and high contrast."""

from __future__ import annotations

import os

from PySide6.QtGui import QIcon, QPixmap

from peerdesk.ui import theme

# name used in ui/ -> Material Design Icons (mdi6) glyph
GLYPHS = {
    "Today": "mdi6.calendar-today-outline",
    "Mentees": "mdi6.account-group-outline",
    "Notes": "mdi6.notebook-outline",
    "Session notes": "mdi6.notebook-outline",
    "Goals": "mdi6.flag-outline",
    "Agreements": "mdi6.handshake-outline",
    "Directory": "mdi6.map-marker-radius-outline",
    "Supervision": "mdi6.account-supervisor-outline",
    "Self-care": "mdi6.heart-outline",
    "Settings": "mdi6.cog-outline",
    "Inbox": "mdi6.inbox-outline",
    "Programme view": "mdi6.chart-box-outline",
    "Welcome back": "mdi6.shield-lock-outline",
    "new-note": "mdi6.note-plus-outline",
    "lock": "mdi6.lock-outline",
    "search": "mdi6.magnify",
    "crisis": "mdi6.lifebuoy",
    "shortcuts": "mdi6.keyboard-outline",
    "menu": "mdi6.menu",
    "bigger": "mdi6.format-font-size-increase",
    "smaller": "mdi6.format-font-size-decrease",
}


def _qta():  # type: ignore[no-untyped-def]
    """qtawesome, told to use PySide6 (it speaks to Qt through qtpy); loaded on first use
    so the unlock screen does not wait for the icon font."""
    os.environ.setdefault("QT_API", "pyside6")
    import qtawesome

    return qtawesome


def icon(name: str, *, role: str = "text") -> QIcon:
    """The icon for ``name`` in the colour token ``role`` (text, muted, accent...)."""
    glyph = GLYPHS.get(name)
    if glyph is None:
        return QIcon()
    c = theme.colours()
    return _qta().icon(
        glyph,
        color=getattr(c, role),
        color_disabled=c.disabled,
        color_active=getattr(c, role),
        color_selected=c.on_accent,
    )


def pixmap(name: str, size: int, *, role: str = "accent") -> QPixmap:
    return icon(name, role=role).pixmap(size, size)
