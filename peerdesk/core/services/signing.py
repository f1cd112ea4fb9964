"""The signing rules as plain data, without SQLAlchemy: the documentation profiles, the
refusal while a blocking element is missing, and a signed note's content as it is hashed.

services/documentation.py and services/notes.py (the ORM path) and services/quick.py
(the raw connection) all sign through these, so both paths refuse the same notes with
the same words and seal the same content into the chain.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from functools import lru_cache
from importlib import resources
from pathlib import Path

from peerdesk.core import paths
from peerdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from peerdesk.core.formats.profiles import Gap, NoteFacts, Profile, check_note, parse_profile
from peerdesk.core.messages import content_language, resource_text

DEFAULT_PROFILE = "general"


# --- profiles ----------------------------------------------------------------------------------


def _read(text: str, source: str) -> Profile:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        raise ValidationError(f"The documentation profile {source} is not valid JSON.") from None
    return parse_profile(doc, source=source)


@lru_cache(maxsize=4)
def _load(user_dir: str, language: str) -> tuple[Profile, ...]:
    found: dict[str, Profile] = {}
    folder = resources.files("peerdesk.resources").joinpath("profiles")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            profile = _read(resource_text(f"profiles/{entry.name}"), entry.name)
            found[profile.id] = profile
    own = Path(user_dir)
    if own.is_dir():
        for path in sorted(own.glob("*.json")):
            profile = _read(path.read_text("utf-8"), path.name)
            found[profile.id] = profile  # a programme's own file replaces a shipped one
    return tuple(found.values())


def load_profiles() -> tuple[Profile, ...]:
    """The shipped profiles and the programme's own, by id (own files win)."""
    return _load(str(paths.user_profiles_dir()), content_language())


def profile_by_id(profile_id: str) -> Profile:
    for profile in load_profiles():
        if profile.id == profile_id:
            return profile
    raise ValidationError(
        QT_TRANSLATE_NOOP("core", "There is no documentation profile with that id.")
    )


def chosen_profile(profile_id: str) -> Profile:
    """The profile the setting names; the default when its file was removed (calmly)."""
    for profile in load_profiles():
        if profile.id == profile_id:
            return profile
    return profile_by_id(DEFAULT_PROFILE)


# --- the refusal -------------------------------------------------------------------------------


def check_signable(profile: Profile, facts: NoteFacts) -> None:
    """Refuse, in one sentence, while an element the profile requires is missing."""
    blocking: list[Gap] = [g for g in check_note(profile, facts) if g.blocks]
    if blocking:
        more = f" ({len(blocking) - 1} more on the checklist)" if len(blocking) > 1 else ""
        raise ValidationError(f"Before signing: {blocking[0].message}{more}")


# --- the sealed content --------------------------------------------------------------------------


def note_content(
    *,
    note_id: int,
    occurred_on: date,
    start_time: time | None,
    end_time: time | None,
    modality: str,
    setting: str,
    kind: str,
    location: str,
    sections: list[str],
    flags: tuple[bool, bool],
    participants: list[int],
    follow_ups: list[tuple[str, date | None]],
    signed_at: datetime | None,
    signed_by: str,
) -> dict:
    """What a signed note's hash covers (``flags``: discuss in supervision, safety)."""
    content = {
        "id": note_id,
        "occurred_on": occurred_on.isoformat(),
        "start": start_time.isoformat() if start_time else None,
        "end": end_time.isoformat() if end_time else None,
        "modality": modality,
        "setting": setting,
        "kind": kind,
        "location": location,
        "sections": sections,
        "flags": [bool(flags[0]), bool(flags[1])],
        "participants": sorted(participants),
        "follow_ups": [[task, due.isoformat() if due else None] for task, due in follow_ups],
        "signed_at": signed_at.isoformat() if signed_at else None,
    }
    if signed_by:  # notes signed before signature lines existed hash as they did
        content["signed_by"] = signed_by
    return content


def sealed_body(prev_hash: str | None, content: dict) -> bytes:
    """The bytes a signed note's SHA-256 is taken over: the previous link and its content."""
    return json.dumps(
        [prev_hash, content], sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
