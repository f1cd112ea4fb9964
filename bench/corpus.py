"""A deterministic benchmark corpus: N signed notes (~450 characters) over M mentees.

``plan`` draws the corpus (the same for every tool a benchmark compares);
``build`` writes it into a vault in large bulk inserts (the services would take
~20 ms a note): real signed notes with a valid hash chain, FTS rows keyed as
notes.index_new_notes keys them, and the same bytes the services would hash.
``entry_text`` is a note's text as a journal entry (for jrnl, keepassxc-cli).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, text

from peerdesk.core.models import (
    Mentee,
    MenteeKind,
    MenteeStatus,
    NoteParticipant,
    NoteState,
    SessionNote,
    SupportStyle,
)
from peerdesk.core.services.notes import GENESIS, KINDS, MODALITIES, index_new_notes, note_hash
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


@dataclass(frozen=True)
class PlannedNote:
    occurred_on: date
    start_time: time
    modality: str
    kind: str
    wanted: str
    did: str
    how_it_went: str
    next_steps: str
    flagged: bool
    mentee: int  # index into the planned mentees


@dataclass
class Plan:
    mentees: list[tuple[str, str, SupportStyle]] = field(default_factory=list)
    notes: list[PlannedNote] = field(default_factory=list)


def plan(*, notes: int, mentees: int, seed: int = 7, years: int = 2) -> Plan:
    """The corpus as data: the same seed gives the same notes, in the same order,
    spread evenly over ``years`` years from 1 January 2024."""
    rng = random.Random(seed)
    out = Plan()
    for i in range(mentees):
        out.mentees.append(
            (
                f"{rng.choice(FIRST)} {i}",
                f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                rng.choice(list(SupportStyle)),
            )
        )
    start_day = date(2024, 1, 1)
    for made in range(notes):
        wanted, did, how, nxt = note_text(rng)
        at = time(9 + rng.randrange(9), rng.choice((0, 15, 30, 45)))
        out.notes.append(
            PlannedNote(
                occurred_on=start_day + timedelta(days=made * 365 * years // max(notes, 1)),
                start_time=at,
                modality=rng.choice(MODALITIES),
                kind=rng.choice(KINDS),
                wanted=wanted,
                did=did,
                how_it_went=how,
                next_steps=nxt,
                flagged=rng.random() < 0.05,
                mentee=rng.randrange(mentees),
            )
        )
    return out


def entry_text(note: PlannedNote) -> str:
    """What a journal entry holds for this note (the four sections)."""
    return f"{note.wanted}\n{note.did} {note.how_it_went} {note.next_steps}"


def build(
    vault: Vault, *, notes: int, mentees: int, seed: int = 7, years: int = 2, batch: int = 5000
) -> Plan:
    corpus = plan(notes=notes, mentees=mentees, seed=seed, years=years)
    now = datetime(2026, 1, 1)
    with vault.session() as s:
        people = [
            Mentee(
                display_name=display,
                full_name=full,
                support_style=style,
                kind=MenteeKind.INDIVIDUAL,
                status=MenteeStatus.ACTIVE,
                created_at=now,
                updated_at=now,
            )
            for display, full, style in corpus.mentees
        ]
        s.add_all(people)
        s.flush()
        ids = [m.id for m in people]
        names = {m.id: f"{m.display_name} {m.full_name}" for m in people}  # as _names_for
        first_id = (s.scalar(text("SELECT max(id) FROM session_note")) or 0) + 1
        seq = s.scalar(text("SELECT max(signed_seq) FROM session_note")) or 0
    prev = GENESIS
    for offset in range(0, notes, batch):
        rows, participants, indexed = [], [], []
        for i, planned in enumerate(corpus.notes[offset : offset + batch], start=offset):
            note = SessionNote(  # transient: hashed and indexed here, inserted in bulk below
                id=first_id + i,
                occurred_on=planned.occurred_on,
                start_time=planned.start_time,
                end_time=time(planned.start_time.hour + 1, planned.start_time.minute),
                modality=planned.modality,
                setting="one-to-one",
                kind=planned.kind,
                location="",
                template="",
                wanted=planned.wanted,
                did=planned.did,
                how_it_went=planned.how_it_went,
                next_steps=planned.next_steps,
                discuss_in_supervision=planned.flagged,
                safety_concern=False,
                state=NoteState.SIGNED,
                editing=False,
                created_at=now,
                updated_at=now,
                signed_at=now,
                signed_seq=seq + i + 1,
                participants=[NoteParticipant(mentee_id=ids[planned.mentee])],
            )
            note.prev_hash = prev
            note.content_hash = prev = note_hash(note, prev)
            row = {
                column.key: getattr(note, column.key)
                for column in SessionNote.__table__.columns
                if getattr(note, column.key) is not None
            }
            rows.append(row)
            participants.append({"note_id": note.id, "mentee_id": ids[planned.mentee]})
            indexed.append((note, names[ids[planned.mentee]]))
        with vault.session() as s:
            s.execute(insert(SessionNote), rows)
            s.execute(insert(NoteParticipant), participants)
            index_new_notes(s, indexed)
    return corpus
