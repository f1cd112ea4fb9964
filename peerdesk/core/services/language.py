"""The peer-language helper: finds clinical, diagnostic and deficit words in a note.

It never blocks and never rewrites: it points at a word and offers person-centred
alternatives from resources/language/peer-language.json, which a programme may edit.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from peerdesk.core.messages import content_language, resource_text


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


def terms() -> tuple[Term, ...]:
    """The word list in the content language (a Spanish list for notes written in Spanish)."""
    return _terms(content_language())


@lru_cache(maxsize=4)
def _terms(language: str) -> tuple[Term, ...]:
    doc = json.loads(resource_text("language/peer-language.json"))
    return tuple(Term(t["term"], tuple(t["alternatives"]), t.get("why", "")) for t in doc["terms"])


@lru_cache(maxsize=4)
def _pattern(language: str) -> re.Pattern[str]:
    # Longest first, so "refused treatment" wins over a shorter overlapping term.
    words = sorted((t.term for t in _terms(language)), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?") for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def find_terms(text: str) -> list[Finding]:
    by_key = {_key(t.term): t for t in terms()}
    found = []
    for m in _pattern(content_language()).finditer(text):
        term = by_key.get(_key(m.group(0)))
        if term is not None:
            found.append(Finding(m.start(), m.end(), term))
    return found


def _key(word: str) -> str:
    return re.sub(r"[\s-]+", "", word.lower())
