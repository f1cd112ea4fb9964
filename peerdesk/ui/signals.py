"""The one signal bus of the GUI: pages connect to it, never to each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """Domain events, named in the past tense."""

    vault_unlocked = Signal()
    vault_about_to_lock = Signal()  # still open: editors save their drafts now
    vault_locked = Signal()
    mentees_changed = Signal()
    settings_changed = Signal(str)  # the setting's name
    notes_changed = Signal()
    referrals_changed = Signal()  # a referral was made or its status changed
    goals_changed = Signal()  # a goal, step, progress entry or check-in changed
    agreements_changed = Signal()  # an agreement, boundary event or crisis card changed
    note_signed = Signal(
        int
    )  # the note's id, after signing (self-care offers a check-in)  # a note was saved, signed, deleted, or a follow-up ticked
    note_open_requested = Signal(int)  # the note's id: the window opens it in an editor
    new_note_requested = Signal(int)  # a mentee's id, or 0: the window opens a new note
    meetings_changed = Signal()  # a meeting was planned, changed, cancelled or set aside
    meeting_open_requested = Signal(str)  # an occurrence key: the window opens its note
    page_open_requested = Signal(str, str)  # a page name and what to show there (an id)
