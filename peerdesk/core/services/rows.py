"""Plain rows that both the ORM services and the quick path (services/quick.py) return.

Kept free of SQLAlchemy so a command that only lists or searches need not import it.
"""

from __future__ import annotations

from datetime import date

from peerdesk.core.records import IdOnlyRepr, Record
from peerdesk.core.vocab import MenteeKind, MenteeStatus, NoteState, SupportStyle


class MenteeSummary(IdOnlyRepr, Record):
    """One row of the mentee list."""

    id: int
    display_name: str
    aliases: tuple[str, ...]
    support_style: SupportStyle
    kind: MenteeKind
    status: MenteeStatus
    started_on: date | None
    archived: bool


class NoteFilter(Record):
    """Which notes a list, count or search covers."""

    mentee_id: int | None = None
    state: NoteState | None = None
    kind: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    flagged: bool = False  # discuss in supervision or safety concern
