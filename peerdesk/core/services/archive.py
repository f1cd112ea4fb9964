"""The full export of a vault (the mentor's own archive, or a move to another tool) and
its import into a fresh vault. NOT de-identified: it holds every name and every note.

JSON, format "peerdesk-export" version 1, documented in docs/export-format.md. Records
refer to each other by keys ("mentee:3" is the third mentee in the file), never by
database ids, so an export imported into a fresh vault exports again the same. Hashes
are not exported: the importing vault signs its copies into its own chain, keeping
each note's signing time and signature line.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Time, func, select
from sqlalchemy.orm import Session

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats.archive import markdown_files
from peerdesk.core.messages import QT_TRANSLATE_NOOP
from peerdesk.core.models import (
    Addendum,
    Base,
    BoundaryAgreement,
    BoundaryEvent,
    CrisisCard,
    DirOrganization,
    DirService,
    FollowUp,
    Goal,
    GoalProgress,
    GoalStep,
    ImportantPerson,
    Mentee,
    MenteeAlias,
    MenteeContact,
    MentorProfile,
    NoteParticipant,
    RecoveryCheckin,
    RecoveryCheckinItem,
    Referral,
    ReferralStatusChange,
    SelfCareEntry,
    SessionNote,
    SharingConsent,
)
from peerdesk.core.services import audit, notes
from peerdesk.core.vault import Vault
from peerdesk.core.vault.files import atomic_write, make_private_dir
from peerdesk.core.vocab import NoteState

FORMAT, VERSION = "peerdesk-export", 1
WARNING = (
    "NOT de-identified: this export holds every name, contact detail and note in the vault. "
    "Keep it encrypted and delete it when it is no longer needed."
)
# Columns that are the vault's own bookkeeping, not content.
INTERNAL = {"id", "signed_seq", "content_hash", "prev_hash", "resealed_hash", "editing", "hash"}


@dataclass(frozen=True)
class Child:
    name: str
    model: type[Base]
    parent_fk: str
    refs: tuple[tuple[str, str], ...] = ()  # (column, table the key points into)


@dataclass(frozen=True)
class Table:
    name: str
    model: type[Base]
    refs: tuple[tuple[str, str], ...] = ()
    children: tuple[Child, ...] = ()


TABLES = (
    Table("mentor", MentorProfile),
    Table(
        "mentees",
        Mentee,
        children=(
            Child("aliases", MenteeAlias, "mentee_id"),
            Child("contacts", MenteeContact, "mentee_id"),
            Child("important_people", ImportantPerson, "mentee_id"),
            Child("consents", SharingConsent, "mentee_id"),
        ),
    ),
    Table(
        "notes",
        SessionNote,
        children=(
            Child("participants", NoteParticipant, "note_id", (("mentee_id", "mentees"),)),
            Child("follow_ups", FollowUp, "note_id"),
            Child("addenda", Addendum, "note_id"),
        ),
    ),
    Table(
        "goals",
        Goal,
        (("mentee_id", "mentees"),),
        (
            Child("steps", GoalStep, "goal_id"),
            Child("progress", GoalProgress, "goal_id", (("note_id", "notes"),)),
        ),
    ),
    Table(
        "recovery_checkins",
        RecoveryCheckin,
        (("mentee_id", "mentees"),),
        (Child("items", RecoveryCheckinItem, "checkin_id"),),
    ),
    Table("agreements", BoundaryAgreement, (("mentee_id", "mentees"),)),
    Table("boundary_events", BoundaryEvent, (("mentee_id", "mentees"), ("note_id", "notes"))),
    Table("crisis_cards", CrisisCard, (("mentee_id", "mentees"),)),
    Table(
        "referrals",
        Referral,
        (("mentee_id", "mentees"), ("note_id", "notes"), ("service_id", "services")),
        (Child("history", ReferralStatusChange, "referral_id"),),
    ),
    Table("selfcare", SelfCareEntry),
)


def _id(obj: Base) -> Any:
    """Every exported table has an integer id; Base itself does not declare one."""
    return getattr(obj, "id", None)


def _value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, time, datetime)):
        return value.isoformat()
    return value


def _order(model: type[Base]) -> Any:
    table = model.__table__  # type: ignore[attr-defined]
    return list(table.primary_key)


def _columns(model: type[Base], skip: set[str]) -> list[Any]:
    table = model.__table__  # type: ignore[attr-defined]
    return [c for c in table.columns if c.name not in INTERNAL and c.name not in skip]


def _row(
    obj: Base, columns: list[Any], refs: dict[str, str], keys: dict[str, dict[Any, str]]
) -> dict:
    out: dict[str, Any] = {}
    for column in columns:
        value = getattr(obj, column.key)
        if column.name in refs:
            out[column.name] = None if value is None else keys[refs[column.name]].get(value)
        else:
            out[column.name] = _value(value)
    return out


def build_archive(vault: Vault, *, now: datetime | None = None) -> dict[str, Any]:
    """Every record of the vault that is the mentor's work, as one JSON-ready dict."""
    with vault.session() as s:
        return _build(s, now or datetime.now(timezone.utc))


def _build(s: Session, now: datetime) -> dict[str, Any]:
    keys: dict[str, dict[Any, str]] = {}
    out: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "warning": WARNING,
    }
    service_ids = sorted(set(s.scalars(select(Referral.service_id))))
    services = []
    for i, service in enumerate(
        s.scalars(select(DirService).where(DirService.id.in_(service_ids)).order_by(DirService.id)),
        start=1,
    ):
        keys.setdefault("services", {})[service.id] = f"service:{i}"
        org = s.get(DirOrganization, service.organization_id)
        services.append(
            {
                "key": f"service:{i}",
                "hsds_id": service.id,
                "name": service.name,
                "organization": org.name if org else "",
                "organization_hsds_id": service.organization_id,
            }
        )
    out["services"] = services
    for table in TABLES:
        refs = dict(table.refs)
        columns = _columns(table.model, set())
        child_rows: dict[str, dict[Any, list[dict]]] = {}
        for child in table.children:
            child_refs = dict(child.refs)
            skip = {child.parent_fk}
            cols = _columns(child.model, skip)
            grouped: dict[Any, list[dict]] = {}
            child_rows[child.name] = grouped
            # Every key a child refers to is made already: TABLES lists referred tables first.
            for row in s.scalars(select(child.model).order_by(*_order(child.model))):
                grouped.setdefault(getattr(row, child.parent_fk), []).append(
                    _row(row, cols, child_refs, keys)
                )
        records = []
        stmt = select(table.model).order_by(*_order(table.model))
        if table.model is SessionNote:
            stmt = select(SessionNote).order_by(
                SessionNote.signed_seq.is_(None), SessionNote.signed_seq, SessionNote.id
            )
        for i, obj in enumerate(s.scalars(stmt), start=1):
            key = f"{table.name.rstrip('s')}:{i}"
            keys.setdefault(table.name, {})[_id(obj)] = key
            record = {"key": key, **_row(obj, columns, refs, keys)}
            for child in table.children:
                record[child.name] = child_rows[child.name].get(_id(obj), [])
            records.append(record)
        out[table.name] = records
    return out


def write_export(vault: Vault, *, out_dir: Path, format: str) -> Path:
    """Write the export into ``out_dir`` (JSON: one file; Markdown: a folder of files)."""
    if format not in ("json", "markdown"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "The full export is written as json or markdown.")
        )
    archive = build_archive(vault)
    make_private_dir(out_dir)
    if format == "json":
        target = out_dir / "peerdesk-export.json"
        data = json.dumps(archive, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
        atomic_write(target, data)
        written = [data]
    else:
        written = []
        for relative, body in markdown_files(archive).items():
            path = out_dir / relative
            make_private_dir(path.parent)
            data = body.encode("utf-8")
            atomic_write(path, data)
            written.append(data)
        target = out_dir
    digest = hashlib.sha256(b"".join(written)).hexdigest()
    with vault.session() as s:
        audit.record(
            s,
            kind="exported",
            entity="vault",
            detail={"format": format, "sha256": digest, "notes": len(archive["notes"])},
        )
    return target


# --- import into a fresh vault -----------------------------------------------------------------


def _parse_value(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    if isinstance(column.type, Time):
        return time.fromisoformat(value)
    return value


MAX_IMPORT_BYTES = 512 * 1024 * 1024  # larger than any real vault's export; read whole
DAMAGED = "That export is damaged or was changed by hand; nothing was imported."


def import_archive(vault: Vault, *, path: Path) -> dict[str, int]:
    """Bring a peerdesk export into this vault, which must hold no mentees or notes yet.
    One transaction; signed notes are signed again into this vault's chain. Any shape
    of file is refused in one sentence, with nothing written."""
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core", "That file is larger than any peerdesk export (over 512 MB)."
                )
            )
        archive = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That file is not a readable peerdesk export (JSON).")
        ) from None
    if not isinstance(archive, dict) or archive.get("format") != FORMAT:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "That file is not a peerdesk export."))
    if archive.get("version") != VERSION:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That export was made by another version of peerdesk.")
        )
    from sqlalchemy.exc import SQLAlchemyError

    from peerdesk.core.errors import PeerdeskError

    try:
        return _import(vault, archive)
    except PeerdeskError:
        raise
    # The sentence names no exception: "(KeyError)" tells a mentor nothing (the log has it).
    except (KeyError, IndexError, TypeError, ValueError, AttributeError, OverflowError):
        raise ValidationError(DAMAGED) from None
    except SQLAlchemyError:  # a record breaking a rule of the database
        raise ValidationError(DAMAGED) from None


def _import(vault: Vault, archive: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    with vault.session() as s:
        if s.scalar(select(func.count(Mentee.id))) or s.scalar(select(func.count(SessionNote.id))):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This vault already holds mentees or notes; import a full export into a new vault.",
                )
            )
        ids: dict[str, dict[str, Any]] = {"services": {}}
        for service in archive.get("services", []):
            sid = service["hsds_id"]
            if s.get(DirService, sid) is None:
                org_id = service["organization_hsds_id"]
                if s.get(DirOrganization, org_id) is None:
                    s.add(
                        DirOrganization(id=org_id, name=service["organization"] or service["name"])
                    )
                s.add(
                    DirService(
                        id=sid,
                        organization_id=org_id,
                        name=service["name"],
                        updated_at=datetime.now(timezone.utc).replace(tzinfo=None),
                    )
                )
            ids["services"][service["key"]] = sid
        s.flush()
        signed_notes: list[SessionNote] = []
        for table in TABLES:
            refs = dict(table.refs)
            columns = {c.name: c for c in _columns(table.model, set())}
            ids[table.name] = {}
            for record in archive.get(table.name, []):
                obj = table.model()
                for name, column in columns.items():
                    if name not in record:
                        continue
                    value = record[name]
                    if name in refs:
                        value = None if value is None else ids[refs[name]][value]
                    setattr(obj, column.key, _parse_value(column, value))
                if table.model is SessionNote:
                    obj.editing = False  # type: ignore[attr-defined]
                    obj.follow_ups, obj.addenda, obj.participants = [], [], []  # type: ignore[attr-defined]
                s.add(obj)
                s.flush()
                ids[table.name][record["key"]] = _id(obj)
                for child in table.children:
                    child_refs = dict(child.refs)
                    child_cols = {c.name: c for c in _columns(child.model, {child.parent_fk})}
                    for item in record.get(child.name, []):
                        row = child.model()
                        setattr(row, child.parent_fk, _id(obj))
                        for name, column in child_cols.items():
                            if name in item:
                                value = item[name]
                                if name in child_refs:
                                    value = None if value is None else ids[child_refs[name]][value]
                                setattr(row, column.key, _parse_value(column, value))
                        if child.model is Addendum:
                            row.hash = ""  # type: ignore[attr-defined]
                        s.add(row)
                if table.model is SessionNote and obj.state == NoteState.SIGNED:  # type: ignore[attr-defined]
                    signed_notes.append(obj)  # type: ignore[arg-type]
            counts[table.name] = len(archive.get(table.name, []))
        s.flush()
        s.expire_all()  # relationship lists were built row by row: read them back whole
        _sign_again(s, signed_notes)
        for note in s.scalars(select(SessionNote)):
            notes.index_note(s, note)
        audit.record(
            s, kind="imported", entity="vault", detail={"format": "json", "notes": counts["notes"]}
        )
    return counts


def _sign_again(s: Session, signed: list[SessionNote]) -> None:
    """Chain the imported signed notes in their original order (the file's order)."""
    prev = notes.GENESIS
    for seq, note in enumerate(signed, start=1):
        s.refresh(note, ["participants", "follow_ups", "addenda"])
        note.signed_seq = seq
        note.prev_hash = prev
        note.content_hash = notes.note_hash(note, prev)
        for add in note.addenda:
            add.hash = notes.addendum_hash(note.content_hash, add.created_at, add.text)
        prev = note.content_hash
    s.flush()
