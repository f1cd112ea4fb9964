"""The append-only, hash-chained activity log (ids and counts, never personal text)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.core.models import AuditEvent
from peerdesk.core.services.chain import GENESIS, check_detail, digest, stamp

if TYPE_CHECKING:
    from peerdesk.core.vault import Vault


# What each event kind means, in the words the Activity view shows.
KINDS = {
    "vault_created": "Vault created",
    "unlocked": "Vault unlocked",
    "unlock_failed": "Unlock attempts that failed",
    "passphrase_changed": "Passphrase changed",
    "recovery_key_replaced": "New recovery key made",
    "data_key_rotated": "Encryption key rotated",
    "device_remembered": "This device remembered",
    "device_forgotten": "This device forgotten",
    "backup_made": "Backup made",
    "restored": "Vault restored from a backup",
    "migrated": "Vault upgraded to a new version",
    "created": "Created",
    "edited": "Edited",
    "archived": "Archived",
    "unarchived": "Brought back from the archive",
    "signed": "Signed",
    "addendum": "Addendum added",
    "exported": "Exported",
    "imported": "Imported",
    "erased": "A person's whole record erased",
}


# What each kind of record is called in the Activity view (never a table name).
ENTITIES = {
    "note": "a session note",
    "mentee": "a mentee",
    "mentee_record": "a mentee's own record",
    "goal": "a goal",
    "goal_progress": "a goal",
    "boundary_agreement": "a boundary agreement",
    "boundary_event": "a boundary event",
    "crisis_card": "a crisis card",
    "referral": "a referral",
    "meeting": "a planned meeting",
    "recovery_checkin": "a self-care check-in",
    "directory": "the resource directory",
    "directory_service": "a directory service",
    "supervision": "a supervision export",
    "supervision_session": "a supervision session",
    "supervision_comment": "a supervision comment",
    "supervision_reply": "a reply to your supervisor",
    "received_packet": "a packet from your supervisor",
    "sealed_packet": "a sealed packet",
    "trusted_key": "a trusted person's key",
    "vault_identity": "this vault's own key",
    "mentor_profile": "your profile",
    "vault": "the whole vault",
    "usual_hours": "your usual hours",
}

# Events whose plain sentence is not "<Kind> <thing>".
PHRASES = {
    ("created", "goal_progress"): "Progress added to a goal",
    ("deleted", "goal_progress"): "Progress entry removed from a goal",
    ("created", "note"): "Session note started",
    ("signed", "note"): "Session note signed",
    ("addendum", "note"): "Addendum added to a signed note",
    ("created", "mentee"): "Mentee added",
    ("created", "recovery_checkin"): "Self-care check-in saved",
    ("exported", "supervision"): "Supervision export written",
    ("imported", "directory"): "Services imported into the resource directory",
    ("exported", "directory"): "Resource directory exported",
    ("calendar_exported", ""): "Meetings exported to a calendar file",
    ("archived", "trusted_key"): "A trusted person's key retired",
    ("edited", "mentor_profile"): "Your profile changed",
    ("exported", "vault"): "The whole vault exported as an archive",
    ("imported", "vault"): "A vault archive imported",
    ("edited", "usual_hours"): "Your usual hours changed",
    ("imported", "note"): "Session note imported from a file",
    ("erased", "mentee"): "A mentee's whole record erased",
}

# Verbs for the other event kinds, followed by the thing they happened to.
VERBS = {
    "created": "Added",
    "edited": "Changed",
    "updated": "Changed",
    "deleted": "Deleted",
    "cancelled": "Cancelled",
    "archived": "Archived",
    "unarchived": "Brought back from the archive",
    "signed": "Signed",
    "exported": "Exported",
    "imported": "Imported",
    "erased": "Erased",
}


def describe(kind: str, entity: str, detail: dict[str, Any] | None = None) -> str:
    """One plain sentence for an event: "Progress added to a goal", never a table name."""
    detail = detail or {}
    phrase = PHRASES.get((kind, entity))
    if phrase is None and entity:
        thing = ENTITIES.get(entity, "a record")
        verb = VERBS.get(kind)
        if kind == "edited" and detail.get("deleted"):
            verb = "Deleted"
        phrase = f"{verb} {thing}" if verb else f"{KINDS.get(kind, 'Something changed')}: {thing}"
    if phrase is None:
        phrase = KINDS.get(kind) or kind.replace("_", " ").capitalize()
    if kind == "unlock_failed" and "count" in detail:
        phrase += f": {detail['count']}"
    return phrase


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    kind: str
    entity: str
    entity_id: int | None
    detail: dict[str, Any]

    @property
    def label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def sentence(self) -> str:
        return describe(self.kind, self.entity, self.detail)


def record(
    session: Session,
    *,
    kind: str,
    entity: str = "",
    entity_id: int | None = None,
    detail: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> None:
    """Append one event inside the caller's unit of work."""
    detail = dict(detail or {})
    check_detail(detail)
    at = stamp(now)
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    session.add(
        AuditEvent(
            at=at,
            kind=kind,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
            prev_hash=prev,
            hash=digest(prev, at, kind, entity, entity_id, detail),
        )
    )


def record_event(vault: Vault, *, kind: str) -> None:
    """Append one vault-level event (e.g. ``restored``) in a transaction of its own."""
    with vault.session() as s:
        record(s, kind=kind)


def record_many(
    session: Session, events: list[dict[str, Any]], *, now: datetime | None = None
) -> None:
    """Append many events at once (an import), chained exactly as ``record`` would chain
    them one by one; each dict holds ``kind`` and optionally ``entity``, ``entity_id``,
    ``detail``."""
    if not events:
        return
    at = stamp(now)
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    rows = []
    for event in events:
        detail = dict(event.get("detail") or {})
        check_detail(detail)
        kind, entity, entity_id = event["kind"], event.get("entity", ""), event.get("entity_id")
        hashed = digest(prev, at, kind, entity, entity_id, detail)
        rows.append(
            AuditEvent(
                at=at,
                kind=kind,
                entity=entity,
                entity_id=entity_id,
                detail=detail,
                prev_hash=prev,
                hash=hashed,
            )
        )
        prev = hashed
    session.add_all(rows)
    session.flush()


def recent(session: Session, *, limit: int = 500) -> list[AuditRow]:
    rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit))
    return [AuditRow(e.id, e.at, e.kind, e.entity, e.entity_id, dict(e.detail or {})) for e in rows]


def activity(vault: Vault, *, limit: int = 200) -> list[AuditRow]:
    """The Activity view's rows, newest first, in a unit of work of their own."""
    with vault.session() as s:
        return recent(s, limit=limit)


def verify_chain(session: Session) -> int | None:
    """Return the id of the first event whose hash does not follow, or None if intact."""
    prev = GENESIS
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        expected = digest(
            prev, event.at, event.kind, event.entity, event.entity_id, dict(event.detail or {})
        )
        if event.prev_hash != prev or event.hash != expected:
            return event.id
        prev = event.hash
    return None
