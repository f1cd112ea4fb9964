"""services/integrity.py: what `peerdesk check` reports, on a real vault on disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from peerdesk.core.services import integrity, mentees, notes, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"


def test_a_fresh_vault_is_intact(vault: Vault) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Kai"))
    assert integrity.check(vault) == []


def test_an_edited_activity_log_is_reported(vault: Vault) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Kai"))
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET kind = 'signed' WHERE id = 1"))
    assert integrity.check(vault) == ["The activity log was altered at event 1."]


def test_an_edited_signed_note_is_reported(vault: Vault) -> None:
    kai = mentees.add_mentee(vault, record=MenteeRecord(display_name="Kai"))
    note_id = notes.save_draft(
        vault,
        draft=notes.NoteDraft(participant_ids=[kai], occurred_on=date(2026, 3, 2), did="Bus trip"),
    )
    notes.sign_note(vault, note_id=note_id)
    with vault.engine.begin() as conn:
        conn.execute(
            text("UPDATE session_note SET did = 'rewritten' WHERE id = :i"), {"i": note_id}
        )
    problems = integrity.check(vault)
    assert problems == [f"Signed note {note_id} was changed after signing (first broken link)."]


def test_damaged_pages_stop_the_check_before_the_chains(vault: Vault) -> None:
    for name in ("Kai", "Tom", "Ellen"):
        mentees.add_mentee(vault, record=MenteeRecord(display_name=name))
    path = vault.path
    vault.close()
    db = Path(path) / "vault.db"
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) >= 3 * page
    raw[2 * page + 100] ^= 0x01  # a byte inside the third page
    db.write_bytes(bytes(raw))
    with session.open_vault(path, passphrase=PASSPHRASE) as damaged:
        storage = damaged.check_storage()
        problems = integrity.check(damaged)
    assert not storage.readable
    assert problems and all(p.startswith("Encrypted page check") for p in problems)
