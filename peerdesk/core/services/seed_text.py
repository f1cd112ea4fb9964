"""The seeded crisis and help lines in the mentor's language, translated when shown.

The vault keeps what the seed files say (English: the national lines' own wording, and
what search and the import's comparison read). What a person reads is translated at
display time from ``resources/directory/<lang>/seed-text.json``, keyed by the seeded
service's id and the English text it replaces: a vault made in English reads in Spanish
once the mentor switches, and a description the mentor has rewritten is shown as they
wrote it (its text no longer matches the key).
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache

from peerdesk.core.messages import content_language
from peerdesk.core.services.directory import ServiceRecord, ServiceSummary


@cache
def _texts(code: str) -> dict[str, dict[str, str]]:
    from importlib import resources

    path = (
        resources.files("peerdesk.resources")
        .joinpath("directory")
        .joinpath(code)
        .joinpath("seed-text.json")
    )
    if not path.is_file():
        return {}
    services = json.loads(path.read_text("utf-8")).get("services", {})
    return {str(k): dict(v) for k, v in services.items()}


def translations(code: str) -> dict[str, dict[str, str]]:
    """Service id -> {English seed text: its translation} for ``code`` (a copy)."""
    return {k: dict(v) for k, v in _texts(code).items()}


def seed_text(service_id: str | None, text: str, code: str | None = None) -> str:
    """``text`` of a seeded service in ``code`` (default: the content language), when it
    is still the seed's own wording; anything else unchanged."""
    code = code or content_language()
    if code == "en" or not service_id or not text:
        return text
    return _texts(code).get(service_id, {}).get(text, text)


def localise(record: ServiceRecord, code: str | None = None) -> ServiceRecord:
    """A copy of ``record`` to show: its seeded descriptions, fees, eligibility, phone
    notes and hours notes in ``code``. The record itself (what is saved) is untouched."""
    code = code or content_language()
    sid = record.id
    if code == "en" or not sid or sid not in _texts(code):
        return record

    def t(text: str) -> str:
        return seed_text(sid, text, code)

    return replace(
        record,
        description=t(record.description),
        fees_description=t(record.fees_description),
        eligibility_description=t(record.eligibility_description),
        application_process=t(record.application_process),
        phones=[replace(p, description=t(p.description)) for p in record.phones],
        hours=[replace(h, description=t(h.description)) for h in record.hours],
    )


def localise_summary(row: ServiceSummary, code: str | None = None) -> ServiceSummary:
    """A list row with its phone labels ("Text SHOUT to 85258") in ``code``."""
    code = code or content_language()
    if code == "en" or row.id not in _texts(code):
        return row
    return replace(row, phones=tuple(seed_text(row.id, p, code) for p in row.phones))
