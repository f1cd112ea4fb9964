"""The one signal bus of the GUI: pages connect to it, never to each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """Domain events, named in the past tense."""

    vault_unlocked = Signal()
    vault_locked = Signal()
    mentees_changed = Signal()
    settings_changed = Signal(str)  # the setting's name
