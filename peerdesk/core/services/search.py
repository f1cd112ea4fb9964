"""Full-text search over notes and addenda (FTS5 inside the encrypted database).

Every word the mentor types must appear (prefix match: "bus" finds "buses");
case and accents are ignored ("jose" finds "José"). Snippets mark hits with
MARK_START / MARK_END so each front end can render them its own way.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.core.records import IdOnlyRepr, Record
from peerdesk.core.services.rows import NoteFilter
from peerdesk.core.vocab import NoteState

if TYPE_CHECKING:
    from peerdesk.core.vault import Vault

_ID_BITS = 32  # the FTS rowid: (LAST_DAY - day number) << 32 | (_ID_MASK - note id)
_ID_MASK = (1 << _ID_BITS) - 1
_LAST_DAY = date.max.toordinal()
MARK_START = "\x02"
MARK_END = "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


class SearchHit(IdOnlyRepr, Record):
    id: int  # the note's id
    occurred_on: date
    kind: str
    state: NoteState
    participant_names: tuple[str, ...]
    snippet: str  # with MARK_START/MARK_END around each hit

    @property
    def plain_snippet(self) -> str:
        return " ".join(self.snippet.replace(MARK_START, "").replace(MARK_END, "").split())


def typed(text: str) -> str:
    """What was typed, as it is compared: NFKC (full-width letters, ligatures and other
    compatibility forms become plain ones) without zero-width and other invisible format
    characters, which would otherwise split or hide a word."""
    normal = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in normal if unicodedata.category(ch) != "Cf")


def name_key(name: str) -> str:
    """A mentee's name or alias as find_mentee compares it (both paths)."""
    return " ".join(typed(name).split()).lower()


def query_words(query: str) -> list[str]:
    """The words of a query as the index compares them (folded), for marking hits."""
    return [_fold(w) for w in _WORD.findall(typed(query))]


def _fold(word: str) -> str:
    """Case- and accent-insensitive form, as FTS5's unicode61 remove_diacritics sees it."""
    if word.isascii():  # most words: nothing to decompose, and casefold is lower
        return word.lower()
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
    words = _WORD.findall(typed(query))
    if not words:
        return None
    return " ".join('"' + w.replace('"', "") + '"*' for w in words[:32])


def index_key(occurred_on: date, note_id: int) -> int:
    """A note's rowid in the FTS5 index: ascending rowid order is (date, id)
    descending, so newest first is the index's own forward order and a search stops
    after the page it shows. Forwards, not backwards: FTS5 walks a prefix query
    ("plan"*) forwards lazily, but backwards only after merging the whole doclist of
    every matching term (migration 0013)."""
    return ((_LAST_DAY - occurred_on.toordinal()) << _ID_BITS) | (_ID_MASK - note_id)


def _day_start(day: date) -> int:
    """The smallest key of a note on ``day`` (its highest possible id)."""
    return (_LAST_DAY - day.toordinal()) << _ID_BITS


def page_query(match: str, *, where: NoteFilter, limit: int) -> tuple[str, dict[str, object]]:
    """SQL and parameters for the ids of the newest ``limit`` notes matching ``match``.

    The FTS table drives (CROSS JOIN keeps SQLite from reordering) in ascending
    rowid order (index_key: newest first), each candidate's note is looked up by primary key for the filters,
    and reading stops at ``limit``: the cost follows the page, not the match count.
    A date range becomes a rowid range, which FTS5 seeks to directly.
    """
    sql = [
        "SELECT n.id FROM note_fts f CROSS JOIN session_note n"
        f" ON n.id = ({_ID_MASK} - (f.rowid & {_ID_MASK}))",
        "WHERE note_fts MATCH :q",
    ]
    params: dict[str, object] = {"q": match, "limit": limit}
    if where.date_to:  # later days have smaller keys
        sql.append("AND f.rowid >= :key_from")
        params["key_from"] = _day_start(where.date_to)
    if where.date_from:
        sql.append("AND f.rowid < :key_to")
        params["key_to"] = (_LAST_DAY - where.date_from.toordinal() + 1) << _ID_BITS
    if where.mentee_id is not None:
        sql.append("AND n.id IN (SELECT note_id FROM note_participant WHERE mentee_id = :mentee)")
        params["mentee"] = where.mentee_id
    if where.state is not None:
        sql.append("AND n.state = :state")
        params["state"] = where.state.value
    if where.kind:
        sql.append("AND n.kind = :kind")
        params["kind"] = where.kind
    if where.flagged:
        sql.append("AND (n.discuss_in_supervision OR n.safety_concern)")
    sql.append("ORDER BY f.rowid LIMIT :limit")
    return " ".join(sql), params


def search_notes(
    vault: Vault, *, query: str, where: NoteFilter | None = None, limit: int = 100
) -> list[SearchHit]:
    """Matching notes, newest first ("what did we agree last time?")."""
    from sqlalchemy import select, text
    from sqlalchemy.orm import selectinload

    from peerdesk.core.models import SessionNote
    from peerdesk.core.services.notes import note_body, summaries

    match = fts_query(query)
    if match is None:
        return []
    sql, params = page_query(match, where=where or NoteFilter(), limit=limit)
    with vault.session() as s:
        # Ids first (see page_query); whole rows are read only for the hits shown.
        ids_in_order = [row[0] for row in s.execute(text(sql), params)]
        loaded = s.scalars(
            select(SessionNote)
            .where(SessionNote.id.in_(ids_in_order))
            .options(selectinload(SessionNote.follow_ups), selectinload(SessionNote.addenda))
        )
        by_id = {n.id: n for n in loaded}
        notes = [by_id[i] for i in ids_in_order]
        if not notes:
            return []
        words = query_words(query)
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
