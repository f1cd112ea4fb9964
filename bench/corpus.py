"""A deterministic benchmark corpus: N signed notes (~450 characters) over M mentees.

Built straight through the ORM in large transactions (the services would take
minutes for 100,000 notes); the notes are real signed notes with a valid hash
chain and full-text index, exactly as the services write them.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from peerdesk.core.models import (
    Mentee,
    MenteeKind,
    MenteeStatus,
    NoteParticipant,
    NoteState,
    SessionNote,
    SupportStyle,
)
from peerdesk.core.services.notes import GENESIS, KINDS, MODALITIES, index_note, note_hash
from peerdesk.core.vault import Vault

FIRST = [
    "Maria",
    "Jordan",
    "Priya",
    "Tom",
    "Aisha",
    "Kai",
    "Ellen",
    "Sam",
    "Robin",
    "Alex",
    "Noor",
    "Lena",
    "Omar",
    "Zoe",
    "Ivan",
    "Mei",
]
LAST = [
    "Santos",
    "Lee",
    "Natarajan",
    "Becker",
    "Okafor",
    "Moana",
    "Fraser",
    "Rivera",
    "Kim",
    "Novak",
    "Haddad",
    "Silva",
]
WORDS = [
    "bus",
    "library",
    "transit",
    "card",
    "bank",
    "account",
    "benefits",
    "letter",
    "form",
    "housing",
    "application",
    "walk",
    "coffee",
    "college",
    "class",
    "exam",
    "music",
    "song",
    "friend",
    "sister",
    "brother",
    "group",
    "kitchen",
    "budget",
    "shopping",
    "market",
    "appointment",
    "doctor",
    "pharmacy",
    "phone",
    "call",
    "text",
    "message",
    "park",
    "garden",
    "running",
    "club",
    "volunteer",
    "job",
    "interview",
    "CV",
    "landlord",
    "rent",
    "energy",
    "sleep",
    "routine",
    "proud",
    "calm",
    "hopeful",
    "tired",
    "nervous",
    "brave",
    "steady",
    "laughed",
    "planned",
    "practised",
    "finished",
]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def note_text(rng: random.Random) -> tuple[str, str, str, str]:
    return (
        '"' + sentence(rng, 12) + '"',
        " ".join(sentence(rng, 10) for _ in range(3)),
        sentence(rng, 12),
        sentence(rng, 8),
    )


def build(vault: Vault, *, notes: int, mentees: int, seed: int = 7, batch: int = 2000) -> None:
    rng = random.Random(seed)
    now = datetime(2026, 1, 1)
    with vault.session() as s:
        people = [
            Mentee(
                display_name=f"{rng.choice(FIRST)} {i}",
                full_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                support_style=rng.choice(list(SupportStyle)),
                kind=MenteeKind.INDIVIDUAL,
                status=MenteeStatus.ACTIVE,
                created_at=now,
                updated_at=now,
            )
            for i in range(mentees)
        ]
        s.add_all(people)
        s.flush()
        ids = [m.id for m in people]
    prev = GENESIS
    start_day = date(2024, 1, 1)
    made = 0
    while made < notes:
        with vault.session() as s:
            for _ in range(min(batch, notes - made)):
                wanted, did, how, nxt = note_text(rng)
                at = time(9 + rng.randrange(9), rng.choice((0, 15, 30, 45)))
                note = SessionNote(
                    occurred_on=start_day + timedelta(days=made * 730 // max(notes, 1)),
                    start_time=at,
                    end_time=time(at.hour + 1, at.minute),
                    modality=rng.choice(MODALITIES),
                    setting="one-to-one",
                    kind=rng.choice(KINDS),
                    location="",
                    template="",
                    wanted=wanted,
                    did=did,
                    how_it_went=how,
                    next_steps=nxt,
                    discuss_in_supervision=rng.random() < 0.05,
                    safety_concern=False,
                    state=NoteState.SIGNED,
                    editing=False,
                    created_at=now,
                    updated_at=now,
                    signed_at=now,
                    signed_seq=made + 1,
                    participants=[NoteParticipant(mentee_id=rng.choice(ids))],
                )
                s.add(note)
                s.flush()
                note.prev_hash = prev
                note.content_hash = prev = note_hash(note, prev)
                index_note(s, note)
                made += 1
