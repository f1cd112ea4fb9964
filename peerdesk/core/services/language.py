"""The peer-language helper: finds clinical, diagnostic and deficit words in a note.

It never blocks and never rewrites: it points at a word and offers person-centred
alternatives from resources/language/peer-language.json, which a programme may edit.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Term:
    term: str
    alternatives: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    term: Term


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    raw = (
        resources.files("peerdesk.resources")
        .joinpath("language/peer-language.json")
        .read_text("utf-8")
    )
    doc = json.loads(raw)
    return tuple(Term(t["term"], tuple(t["alternatives"]), t.get("why", "")) for t in doc["terms"])


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    # Longest first, so "refused treatment" wins over a shorter overlapping term.
    words = sorted((t.term for t in terms()), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?") for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def find_terms(text: str) -> list[Finding]:
    by_key = {_key(t.term): t for t in terms()}
    found = []
    for m in _pattern().finditer(text):
        term = by_key.get(_key(m.group(0)))
        if term is not None:
            found.append(Finding(m.start(), m.end(), term))
    return found


def _key(word: str) -> str:
    return re.sub(r"[\s-]+", "", word.lower())
