"""The one signal bus of the GUI: pages connect to it, never to each other.

Pages never emit a domain signal by hand after a mutation: they pass what the service
returned (a ``Changes``) to ``AppSignals.apply``, the one place that maps changes to signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from peerdesk.core.services.changes import Changes
from peerdesk.ui.compat import emit


class AppSignals(QObject):
    """Domain events, named in the past tense."""

    vault_unlocked = Signal()
    vault_about_to_lock = Signal()  # still open: editors save their drafts now
    vault_locked = Signal()
    mentees_changed = Signal()
    settings_changed = Signal(str)  # the setting's name
    notes_changed = Signal()  # a note was saved, signed, deleted, or a follow-up ticked
    referrals_changed = Signal()  # a referral was made or its status changed
    goals_changed = Signal()  # a goal, step, progress entry or check-in changed
    agreements_changed = Signal()  # an agreement, boundary event or crisis card changed
    directory_changed = Signal()  # a service was added, edited, verified or imported
    reminders_changed = Signal()  # a reminder was added, done, snoozed or set aside
    selfcare_changed = Signal()  # a check-in or a supervision topic changed
    note_signed = Signal(int)  # the note's id, after signing (self-care offers a check-in)
    note_open_requested = Signal(int)  # the note's id: the window opens it in an editor
    new_note_requested = Signal(int)  # a mentee's id, or 0: the window opens a new note
    meetings_changed = Signal()  # a meeting was planned, changed, cancelled or set aside
    meeting_open_requested = Signal(str)  # an occurrence key: the window opens its note
    page_open_requested = Signal(str, str)  # a page name and what to show there (an id)

    def apply(self, changes: Changes) -> None:
        """Tell every page what one user action changed (each signal at most once)."""
        for changed, signal in (
            (changes.mentees, self.mentees_changed),
            (changes.notes, self.notes_changed),
            (changes.goals, self.goals_changed),
            (changes.agreements, self.agreements_changed),
            (changes.directory, self.directory_changed),
            (changes.referrals, self.referrals_changed),
            (changes.reminders, self.reminders_changed),
            (changes.meetings, self.meetings_changed),
            (changes.selfcare, self.selfcare_changed),
        ):
            if changed:
                emit(signal)
        for name in changes.settings:
            emit(self.settings_changed, name)
