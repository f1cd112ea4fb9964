"""Importing notes written elsewhere: a preview first (nothing written), then one
transaction that writes every note (and any new mentee) or none.

Each imported note gets an audit entry "imported" with the source's format and SHA-256:
the file is identified without its name, which often carries a person's name.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats import note_import
from peerdesk.core.formats.note_import import ImportedNote, RowError, check_mapping
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message
from peerdesk.core.models import (
    ImportMapping,
    Mentee,
    NoteParticipant,
    SessionNote,
)
from peerdesk.core.services import audit, documentation, notes
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import NOTE_SECTIONS, MenteeKind, MenteeStatus, NoteState, SupportStyle

FORMATS = ("csv", "text", "jrnl")
MAX_BYTES = 200 * 1024 * 1024
BATCH = 500  # notes written per multi-row INSERT (still one transaction for the whole file)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


@dataclass(repr=False)
class ImportPreview:
    """What an import would write. ``errors`` are rows that would be skipped."""

    format: str
    sha256: str
    notes: list[ImportedNote]
    errors: list[RowError]
    new_mentees: list[str]  # names not found in the vault: created on commit
    matched: dict[str, int] = field(default_factory=dict)  # lower-cased name -> mentee id

    def __repr__(self) -> str:
        return f"<ImportPreview notes={len(self.notes)} errors={len(self.errors)}>"


@dataclass(frozen=True)
class ImportResult:
    notes: int
    signed: int
    mentees_created: int


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix == ".json":
        return "jrnl"
    if suffix in (".md", ".markdown", ".txt", ".text"):
        return "text"
    raise ValidationError(
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                "peerdesk imports notes from .csv, .md or .txt (a date per entry) and jrnl's "
                ".json export; this file is none of those.",
            )
        )
    )


def _known_names(vault: Vault) -> dict[str, int]:
    with vault.session() as s:
        found: dict[str, int] = {}
        for m in s.scalars(select(Mentee).options(selectinload(Mentee.aliases))):
            for name in (m.display_name, *(a.alias for a in m.aliases)):
                found.setdefault(name.strip().lower(), m.id)
        return found


def preview(
    vault: Vault,
    *,
    path: Path,
    mapping: dict[str, Any] | None = None,
    mentee: str | None = None,
    format: str | None = None,
) -> ImportPreview:
    """Read and check a file; nothing is written."""
    fmt = format or detect_format(path)
    try:
        raw = path.read_bytes()
    except OSError:
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("core", "That file cannot be read."))
        ) from None
    if len(raw) > MAX_BYTES:
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("core", "That file is larger than 200 MB; split it first."))
        )
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "The file is not UTF-8 text; save it as UTF-8 and try again."
                )
            )
        ) from None
    known = _known_names(vault)
    if fmt == "csv":
        if mapping is None:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP("core", "A CSV import needs a column mapping (--mapping).")
                )
            )
        parsed = note_import.parse_csv(content, mapping)
    elif fmt == "text":
        if not mentee:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "Say who the notes in a text file are about (--mentee NAME)."
                    )
                )
            )
        parsed = note_import.parse_text(content, mentee=mentee)
    elif fmt == "jrnl":
        names = set(known)
        parsed = note_import.parse_jrnl(content, mentee=mentee, known_names=names)
    else:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("core", "The import format can be: {formats}."),
                formats=", ".join(FORMATS),
            )
        )
    wanted = {n.strip().lower(): n.strip() for note in parsed.notes for n in note.mentee_names}
    new = sorted({original for low, original in wanted.items() if low not in known}, key=str.lower)
    return ImportPreview(
        format=fmt,
        sha256=hashlib.sha256(raw).hexdigest(),
        notes=parsed.notes,
        errors=parsed.errors,
        new_mentees=new,
        matched={low: known[low] for low in wanted if low in known},
    )


def commit(vault: Vault, *, prepared: ImportPreview, sign: bool = False) -> ImportResult:
    """Write every note of the preview in one transaction (all or nothing)."""
    if not prepared.notes:
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("core", "There is nothing to import: no row could be read."))
        )
    now = _now()
    with vault.session() as s:
        ids = dict(prepared.matched)
        for name in prepared.new_mentees:
            row = Mentee(
                display_name=name[:200],
                support_style=SupportStyle.BOTH,
                kind=MenteeKind.INDIVIDUAL,
                status=MenteeStatus.ACTIVE,
                created_at=now,
                updated_at=now,
                archived_at=None,
            )
            s.add(row)
            s.flush()
            audit.record(s, kind="created", entity="mentee", entity_id=row.id)
            ids[name.lower()] = row.id
        names_of: dict[int, str] = {}
        for mentee_id, display, full in s.execute(
            select(Mentee.id, Mentee.display_name, Mentee.full_name).where(
                Mentee.id.in_(set(ids.values()))
            )
        ):
            names_of[mentee_id] = " ".join(p for p in (display, full) if p)
        signature = documentation.signature(s) if sign else ""
        tail = notes.chain_tail(s) if sign else None
        seq, prev = (tail[0], tail[1]) if tail else (0, notes.GENESIS)
        detail = {"format": prepared.format, "sha256": prepared.sha256}
        signed = 0
        ordered = sorted(prepared.notes, key=lambda n: (n.occurred_on, n.row))
        for offset in range(0, len(ordered), BATCH):
            batch = []
            for item in ordered[offset : offset + BATCH]:
                people = list(dict.fromkeys(ids[n.strip().lower()] for n in item.mentee_names))
                note = SessionNote(
                    occurred_on=item.occurred_on,
                    start_time=item.start_time,
                    end_time=item.end_time,
                    modality=item.modality,
                    setting="group" if len(people) > 1 else "one-to-one",
                    kind=item.kind,
                    location=item.location,
                    template="",
                    state=NoteState.DRAFT,
                    editing=False,
                    created_at=now,
                    updated_at=now,
                    **{name: item.sections.get(name, "") for name in NOTE_SECTIONS},
                )
                note.participants = [NoteParticipant(mentee_id=i) for i in people]
                note.follow_ups, note.addenda = [], []  # new: no lazy loads while indexing
                batch.append((note, people))
            s.add_all([note for note, _ in batch])
            s.flush()  # one multi-row INSERT per table for the whole batch
            if sign:
                for note, _ in batch:
                    seq += 1
                    note.state = NoteState.SIGNED
                    note.signed_at = now
                    note.signed_seq = seq
                    note.signed_by = signature
                    note.prev_hash = prev
                    note.content_hash = notes.note_hash(note, prev)
                    prev = note.content_hash
                    signed += 1
            notes.index_new_notes(
                s, [(note, " ".join(names_of[i] for i in people)) for note, people in batch]
            )
            audit.record_many(
                s,
                [
                    {"kind": "imported", "entity": "note", "entity_id": note.id, "detail": detail}
                    for note, _ in batch
                ],
            )
    return ImportResult(len(prepared.notes), signed, len(prepared.new_mentees))


# --- saved mappings ---------------------------------------------------------------------------


def save_mapping(vault: Vault, *, name: str, mapping: dict[str, Any]) -> None:
    name = name.strip()
    if not name or len(name) > 64:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("core", "A saved mapping needs a name of 1 to 64 characters.")
            )
        )
    clean = check_mapping(mapping)
    with vault.session() as s:
        row = s.get(ImportMapping, name)
        if row is None:
            s.add(ImportMapping(name=name, spec=clean, updated_at=_now()))
        else:
            row.spec, row.updated_at = clean, _now()


def get_mapping(vault: Vault, *, name: str) -> dict[str, Any]:
    with vault.session() as s:
        row = s.get(ImportMapping, name.strip())
        if row is None:
            raise ValidationError(
                Message(QT_TRANSLATE_NOOP("core", "There is no saved mapping with that name."))
            )
        return dict(row.spec)


def mapping_names(vault: Vault) -> list[str]:
    with vault.session() as s:
        return list(s.scalars(select(ImportMapping.name).order_by(func.lower(ImportMapping.name))))
