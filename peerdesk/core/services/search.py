"""Full-text search over notes and addenda (FTS5 inside the encrypted database).

Every word the mentor types must appear (prefix match: "bus" finds "buses");
case and accents are ignored ("jose" finds "José"). Snippets mark hits with
MARK_START / MARK_END so each front end can render them its own way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from peerdesk.core.models import NoteState, SessionNote
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services.notes import NoteFilter, filtered, note_body, summaries
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


def _fold(word: str) -> str:
    """Case- and accent-insensitive form, as FTS5's unicode61 remove_diacritics sees it."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def snippet(body: str, words: list[str], *, width: int = 14) -> str:
    """About ``width`` words around the first hit, each hit wrapped in MARK_START/END.

    Done here on the rows already loaded: FTS5's snippet() with ``rowid IN (...)``
    re-runs the prefix match once per row, which cost ~1 ms a note.
    """
    tokens = list(_WORD.finditer(body))

    def hit(i: int) -> bool:
        folded = _fold(tokens[i].group())
        return any(folded.startswith(w) for w in words)

    first_hit = next((i for i in range(len(tokens)) if hit(i)), None)
    if first_hit is None:
        return ""
    first = max(0, min(first_hit - 3, len(tokens) - width))
    last = min(len(tokens), first + width)
    hits = {i for i in range(first, last) if hit(i)}
    out: list[str] = []
    pos = tokens[first].start()
    for i in range(first, last):
        token = tokens[i]
        out.append(body[pos : token.start()])
        out.append(f"{MARK_START}{token.group()}{MARK_END}" if i in hits else token.group())
        pos = token.end()
    text = "".join(out)
    prefix = "…" if first > 0 else ""
    suffix = "…" if last < len(tokens) else ""
    return prefix + text + suffix


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
    with vault.session() as s:
        # Ids first, newest first, stopping at ``limit`` hits. The unary + keeps SQLite
        # from driving the query by the (often thousands of) matches and sorting them all:
        # it walks the date index instead. Whole rows are read only for the hits shown.
        stmt = (
            filtered(select(SessionNote.id), where or NoteFilter())
            .where(text("+session_note.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH :q)"))
            .order_by(SessionNote.occurred_on.desc(), SessionNote.id.desc())
            .limit(limit)
        )
        ids_in_order = list(s.scalars(stmt, {"q": match}))
        loaded = s.scalars(
            select(SessionNote)
            .where(SessionNote.id.in_(ids_in_order))
            .options(selectinload(SessionNote.follow_ups), selectinload(SessionNote.addenda))
        )
        by_id = {n.id: n for n in loaded}
        notes = [by_id[i] for i in ids_in_order]
        if not notes:
            return []
        words = [_fold(w) for w in _WORD.findall(query)]
        return [
            SearchHit(
                r.id,
                r.occurred_on,
                r.kind,
                r.state,
                r.participant_names,
                snippet(note_body(by_id[r.id]), words) or r.preview,
            )
            for r in summaries(s, notes)
        ]
