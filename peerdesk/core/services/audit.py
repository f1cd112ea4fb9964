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


def recent(session: Session, *, limit: int = 500) -> list[AuditRow]:
    rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit))
    return [AuditRow(e.id, e.at, e.kind, e.entity, e.entity_id, dict(e.detail or {})) for e in rows]


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
