"""Full-text search over notes and addenda (FTS5 inside the encrypted database).

Every word the mentor types must appear (prefix match: "bus" finds "buses");
case and accents are ignored ("jose" finds "José"). Snippets mark hits with
MARK_START / MARK_END so each front end can render them its own way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import literal_column, select, text

from peerdesk.core.models import NoteState, SessionNote
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services.notes import NoteFilter, _filtered, summaries
from peerdesk.core.vault import Vault

MARK_START = "\x02"
MARK_END = "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, repr=False)
class SearchHit(IdOnlyRepr):
    id: int  # the note's id
    occurred_on: date
    kind: str
    state: NoteState
    participant_names: tuple[str, ...]
    snippet: str  # with MARK_START/MARK_END around each hit

    @property
    def plain_snippet(self) -> str:
        return " ".join(self.snippet.replace(MARK_START, "").replace(MARK_END, "").split())


def fts_query(query: str) -> str | None:
    """Turn what the mentor typed into a safe FTS5 query: every word, as a prefix."""
    words = _WORD.findall(query)
    if not words:
        return None
    return " ".join('"' + w.replace('"', "") + '"*' for w in words[:32])


def search_notes(
    vault: Vault, *, query: str, where: NoteFilter | None = None, limit: int = 100
) -> list[SearchHit]:
    """Matching notes, newest first ("what did we agree last time?")."""
    match = fts_query(query)
    if match is None:
        return []
    matching = (
        select(literal_column("rowid"))
        .select_from(text("note_fts"))
        .where(text("note_fts MATCH :q"))
    )
    with vault.session() as s:
        # Ids first: sorting whole rows would decrypt every matching note's pages.
        stmt = (
            _filtered(select(SessionNote.id), where or NoteFilter())
            .where(SessionNote.id.in_(matching))
            .order_by(SessionNote.occurred_on.desc(), SessionNote.id.desc())
            .limit(limit)
        )
        ids_in_order = list(s.scalars(stmt, {"q": match}))
        by_id = {
            n.id: n for n in s.scalars(select(SessionNote).where(SessionNote.id.in_(ids_in_order)))
        }
        notes = [by_id[i] for i in ids_in_order]
        if not notes:
            return []
        # Snippets only for the notes shown: computing one is the costly part.
        ids = ",".join(str(n.id) for n in notes)
        snippets = dict(
            s.execute(
                text(
                    "SELECT rowid, snippet(note_fts, 0, :a, :b, '…', 14) FROM note_fts "
                    f"WHERE note_fts MATCH :q AND rowid IN ({ids})"
                ),
                {"a": MARK_START, "b": MARK_END, "q": match},
            ).all()
        )
        return [
            SearchHit(
                r.id,
                r.occurred_on,
                r.kind,
                r.state,
                r.participant_names,
                snippets.get(r.id) or r.preview,
            )
            for r in summaries(s, notes)
        ]
