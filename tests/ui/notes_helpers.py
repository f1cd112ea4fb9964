"""Small builders shared by the session-note GUI tests (real vaults, real services)."""

from __future__ import annotations

from datetime import date, time, timedelta

from peerdesk.core.services import mentees, notes
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import FollowUpItem, NoteDraft
from peerdesk.core.vault import Vault


def add_mentee(vault: Vault, name: str) -> int:
    return mentees.add_mentee(vault, record=MenteeRecord(display_name=name))


def write_note(
    vault: Vault,
    people: list[int],
    *,
    did: str = "We took the bus to the library together.",
    days_ago: int = 1,
    sign: bool = True,
    follow_ups: list[FollowUpItem] | None = None,
    flagged: bool = False,
) -> int:
    draft = NoteDraft(
        participant_ids=people,
        occurred_on=date.today() - timedelta(days=days_ago),
        start_time=time(10, 0),
        end_time=time(11, 0),
        setting="group" if len(people) > 1 else "one-to-one",
        kind="group" if len(people) > 1 else "practical support",
        did=did,
        follow_ups=follow_ups or [],
        discuss_in_supervision=flagged,
    )
    note_id = notes.save_draft(vault, draft=draft)
    if sign:
        notes.sign_note(vault, note_id=note_id)
    return note_id
