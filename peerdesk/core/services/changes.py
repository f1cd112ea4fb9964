"""What a mutation changed, so the GUI refreshes what shows it (modelled on Anki's OpChanges).

A mutating service returns a ``Changes`` naming what it changed; one that creates or
saves a record returns that record's id instead, and what it changes is the constant of
its domain below (``NOTES`` for ``notes.save_draft``). ``peerdesk.ui.signals.AppSignals.apply``
is the one place that turns a ``Changes`` into the app's signals. Nothing here knows Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Which parts of the vault one user action changed."""

    notes: bool = False
    mentees: bool = False
    goals: bool = False
    agreements: bool = False  # agreements, boundary events, crisis cards
    directory: bool = False
    referrals: bool = False
    reminders: bool = False
    meetings: bool = False
    selfcare: bool = False
    settings: tuple[str, ...] = ()  # the names of the settings that changed

    def __or__(self, other: Changes) -> Changes:
        merged = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in fields(self)
            if f.name != "settings"
        }
        names = self.settings + tuple(n for n in other.settings if n not in self.settings)
        return Changes(**merged, settings=names)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()
NOTES = Changes(notes=True)
MENTEES = Changes(mentees=True)
GOALS = Changes(goals=True)
AGREEMENTS = Changes(agreements=True)
DIRECTORY = Changes(directory=True)
REFERRALS = Changes(referrals=True)
REMINDERS = Changes(reminders=True)
MEETINGS = Changes(meetings=True)
SELFCARE = Changes(selfcare=True)


def setting(name: str) -> Changes:
    return Changes(settings=(name,))
