"""A mentee's own record, built from a real vault: their words, goals, signed notes with
addenda and signature lines; a group note by date only."""

from __future__ import annotations

from datetime import date, time

from peerdesk.core.services import mentee_record, mentees, notes, profile
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.vault import Vault


def test_record_reads_aloud_their_content_and_leaves_group_text_out(vault: Vault) -> None:
    profile.save_profile(vault, profile.Profile(name="Alex Rivera", credentials="CPS"))
    maria = mentees.add_mentee(
        vault,
        record=MenteeRecord(display_name="Maria", strengths="I keep going", pronouns="she/her"),
    )
    tom = mentees.add_mentee(vault, record=MenteeRecord(display_name="Tom"))
    own = notes.save_draft(
        vault, draft=NoteDraft([maria], date(2026, 11, 2), time(10), time(10, 45), did="Bus trip.")
    )
    notes.sign_note(vault, note_id=own)
    draft_only = notes.save_draft(
        vault, draft=NoteDraft([maria], date(2026, 11, 5), did="Unsigned thoughts.")
    )
    group = notes.save_draft(
        vault,
        draft=NoteDraft(
            [maria, tom], date(2026, 11, 3), setting="group", kind="group", did="Tom's news."
        ),
    )
    notes.sign_note(vault, note_id=group)
    text = mentee_record.build_record(vault, mentee_id=maria, today=date(2026, 11, 20)).to_text()
    assert text.startswith("# My peer support record: Maria")
    assert "Prepared 20 November 2026 by Alex Rivera" in text
    assert "> I keep going" in text and "Pronouns: she/her" in text
    assert "2 November 2026: practical support (in person, 45 minutes)" in text
    assert "What we did: Bus trip." in text and "Signed: Alex Rivera, CPS" in text
    assert "3 November 2026: group" in text and "Tom" not in text
    assert "Unsigned thoughts." not in text and draft_only
