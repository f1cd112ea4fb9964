"""Erasing a mentee: nothing of theirs left in any decrypted page of vault.db or its WAL,
nor in the full-text index; the chain still verifies; others' group notes stay."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import AuditEvent, SessionNote
from peerdesk.core.services import (
    agreements,
    directory,
    erasure,
    goals,
    integrity,
    mentees,
    notes,
    referrals,
    reminders,
    selfcare,
    session,
)
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import FollowUpItem, NoteDraft
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import ReminderLink

CANARY = "Zq9CanaryXylophone"
PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: 16-byte IV + 64-byte HMAC per page


def _decrypt(key: bytes, number: int, page: bytes) -> bytes:
    start = 16 if number == 1 else 0  # page 1 starts with the file's salt
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(page[start : PAGE - RESERVE]) + dec.finalize()


def decrypted_pages(vault: Vault) -> list[bytes]:
    """Every page of vault.db and every frame of vault.db-wal, decrypted with the data key
    (free pages and old WAL frames included: what a thief with the key could read)."""
    key = vault._key()
    out = []
    raw = vault.db_path.read_bytes()
    for offset in range(0, len(raw) - PAGE + 1, PAGE):
        out.append(_decrypt(key, offset // PAGE + 1, raw[offset : offset + PAGE]))
    wal = Path(str(vault.db_path) + "-wal")
    frames = wal.read_bytes()[32:] if wal.exists() else b""
    size = 24 + PAGE
    for offset in range(0, len(frames) - size + 1, size):
        number = int.from_bytes(frames[offset : offset + 4], "big")
        out.append(_decrypt(key, number, frames[offset + 24 : offset + size]))
    return out


def needles() -> list[bytes]:
    # The FTS index stores terms lower-cased and prefix-compressed: its tail is enough.
    variants = {CANARY, CANARY.lower(), CANARY.upper(), CANARY.lower()[2:]}
    return [v.encode(enc) for v in variants for enc in ("utf-8", "utf-16-le")]


def pages_with_canary(vault: Vault) -> int:
    return sum(1 for page in decrypted_pages(vault) if any(n in page for n in needles()))


def fts_hits(vault: Vault) -> int:
    with vault.session() as s:
        s.execute(
            text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, note_fts, 'row')")
        )
        terms = list(
            s.scalars(text("SELECT term FROM temp.v WHERE term LIKE :c"), {"c": "%canary%"})
        )
        content = s.scalar(
            text("SELECT count(*) FROM note_fts_content WHERE c0 LIKE :c OR c1 LIKE :c"),
            {"c": f"%{CANARY}%"},
        )
        s.execute(text("DROP TABLE temp.v"))
    return len(terms) + (content or 0)


def draft(who: list[int], **kw) -> NoteDraft:
    base = dict(
        participant_ids=who,
        occurred_on=date(2026, 11, 2),
        start_time=time(10, 0),
        end_time=time(11, 0),
        did="We took the bus together.",
    )
    base.update(kw)
    return NoteDraft(**base)


@pytest.fixture
def caseload(vault: Vault) -> dict[str, int]:
    maria = mentees.add_mentee(
        vault,
        record=MenteeRecord(
            display_name=CANARY,
            full_name=f"{CANARY} Quillfeather",
            aliases=["Mari"],
            what_matters=f"the library, says {CANARY}",
        ),
    )
    tom = mentees.add_mentee(vault, record=MenteeRecord(display_name="Tom"))
    ids = {"maria": maria, "tom": tom}
    ids["tom_own"] = notes.save_draft(vault, draft=draft([tom], did="Tom practised the route."))
    notes.sign_note(vault, note_id=ids["tom_own"])
    ids["maria_signed"] = notes.save_draft(
        vault,
        draft=draft(
            [maria],
            did=f"{CANARY} rode the bus alone.",
            follow_ups=[FollowUpItem(f"Call {CANARY}", date(2026, 11, 9))],
        ),
    )
    notes.sign_note(vault, note_id=ids["maria_signed"])
    notes.add_addendum(vault, note_id=ids["maria_signed"], text_=f"{CANARY} added a detail.")
    ids["group"] = notes.save_draft(
        vault,
        draft=draft(
            [maria, tom],
            setting="group",
            kind="group",
            did=f"Group walk. {CANARY} and Tom led; Mari laughed.",
            how_it_went="Tom felt confident.",
        ),
    )
    notes.sign_note(vault, note_id=ids["group"])
    notes.add_addendum(vault, note_id=ids["group"], text_=f"Tom and {CANARY} asked for more.")
    ids["maria_draft"] = notes.save_draft(vault, draft=draft([maria], did=f"Draft {CANARY}."))
    goal = goals.save_goal(
        vault, goal=goals.GoalRecord(mentee_id=maria, statement=f"{CANARY} wants to cook")
    )
    goals.add_progress(
        vault, goal_id=goal, score=4, sentence=CANARY, on=date(2026, 11, 2), note_id=ids["group"]
    )
    tom_goal = goals.save_goal(vault, goal=goals.GoalRecord(mentee_id=tom, statement="Walk more"))
    goals.add_progress(vault, goal_id=tom_goal, score=6, on=date(2026, 11, 2), note_id=ids["group"])
    agreements.save_agreement(
        vault,
        record=agreements.AgreementRecord(
            mentee_id=maria, channels=["phone"], crisis_plan=f"Call {CANARY}'s sister"
        ),
    )
    service = directory.save_service(
        vault,
        record=directory.ServiceRecord(
            name="Food bank", organization_name="Elm Trust", notes=f"{CANARY} liked the staff"
        ),
    )
    referrals.add_referral(
        vault,
        record=referrals.ReferralRecord(
            mentee_id=maria, service_id=service, referred_on=date(2026, 11, 2), reason=CANARY
        ),
    )
    reminders.add_reminder(
        vault,
        due_at=datetime(2026, 12, 5, 9),
        text_=f"Ring {CANARY}",
        link_kind=ReminderLink.MENTEE,
        link_id=maria,
    )
    # The mentor's own writing that names her without being linked to her.
    ids["own_reminder"] = reminders.add_reminder(
        vault, due_at=datetime(2026, 12, 6, 9), text_=f"Ask the pantry about {CANARY}'s card"
    )
    ids["selfcare"] = selfcare.save_entry(
        vault,
        entry=selfcare.SelfCareRecord(
            on=date(2026, 11, 3), energy=3, mood=4, strain=2, note="Hard day with mari's news"
        ),
        today=date(2026, 11, 4),
    )
    ids["topic"] = selfcare.add_topic(vault, text=f"How far to go with {CANARY} Quillfeather")
    ids["tom_goal"] = tom_goal
    return ids


def test_erasure_leaves_no_canary_in_pages_wal_or_fts_and_the_chain_verifies(
    vault: Vault, caseload: dict[str, int]
) -> None:
    session.backup(vault, out=vault.backups_dir / "before.pdbackup")
    assert pages_with_canary(vault) > 0 and fts_hits(vault) > 0  # the probes can see it
    plan = erasure.plan_erasure(vault, mentee_id=caseload["maria"])
    assert (plan.own_notes, plan.group_notes, plan.goals, plan.agreements, plan.referrals) == (
        2,
        1,
        1,
        1,
        1,
    )
    assert plan.reminders == 1 and len(plan.backups) == 1
    assert plan.mentions == 4  # a reminder, a self-care entry, a topic, a directory note

    result = erasure.erase_mentee(vault, mentee_id=caseload["maria"], confirm_name=CANARY.lower())
    assert (result.notes_erased, result.tombstones, result.group_notes_kept) == (2, 1, 1)
    assert result.mentions_removed == 4
    # The mentor's own writing stays, without her name.
    assert [r.text for r in reminders.list_reminders(vault)] == [
        "Ask the pantry about [removed]'s card"
    ]
    assert [e.note for e in selfcare.list_entries(vault)] == ["Hard day with [removed]'s news"]
    assert [t.text for t in selfcare.list_topics(vault)] == ["How far to go with [removed]"]

    assert pages_with_canary(vault) == 0
    assert fts_hits(vault) == 0
    assert integrity.check(vault) == []
    # Others' records stay: Tom's own note, the group note without Maria, Tom's goal link.
    assert notes.get_note(vault, note_id=caseload["tom_own"]).signed
    group = notes.get_note(vault, note_id=caseload["group"])
    assert group.participant_names == ["Tom"] and group.signed
    assert group.did == "Group walk. [removed] and Tom led; [removed] laughed."
    assert group.addenda[0].text == "Tom and [removed] asked for more."
    assert (
        goals.progress_for_note(vault, note_id=caseload["group"])[0].goal_id == caseload["tom_goal"]
    )
    assert [m.display_name for m in mentees.list_mentees(vault, include_archived=True)] == ["Tom"]
    with vault.session() as s:
        event = s.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
        assert event.kind == "erased" and CANARY not in repr(event.detail)
        assert s.get(SessionNote, caseload["maria_signed"]) is None
    # The chain goes on after a tombstone: a new signature links to the erased note's hash.
    later = notes.save_draft(vault, draft=draft([caseload["tom"]]))
    notes.sign_note(vault, note_id=later)
    assert integrity.check(vault) == []
    with vault.session() as s:  # tampering with a resealed group note is still caught
        s.get(SessionNote, caseload["group"]).did = "changed"
    assert integrity.check(vault) != []


def test_erasure_refuses_a_wrong_name_or_an_open_draft_and_changes_nothing(
    vault: Vault, caseload: dict[str, int]
) -> None:
    with pytest.raises(ValidationError, match="does not match"):
        erasure.erase_mentee(vault, mentee_id=caseload["maria"], confirm_name="Tom")
    notes.save_draft(
        vault, draft=draft([caseload["maria"]]), note_id=caseload["maria_draft"], editing=True
    )
    with pytest.raises(ValidationError, match="open in the editor"):
        erasure.erase_mentee(vault, mentee_id=caseload["maria"], confirm_name=CANARY)
    assert len(mentees.list_mentees(vault)) == 2
    erasure.erase_mentee(
        vault, mentee_id=caseload["maria"], confirm_name=CANARY, discard_open_drafts=True
    )
    assert len(mentees.list_mentees(vault)) == 1 and integrity.check(vault) == []
