"""The append-only, hash-chained activity log (ids and counts, never personal text)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message
from peerdesk.core.models import AuditEvent
from peerdesk.core.services.chain import GENESIS, check_detail, digest, stamp

if TYPE_CHECKING:
    from peerdesk.core.vault import Vault


# What each event kind means, in the words the Activity view shows.
KINDS = {
    "vault_created": QT_TRANSLATE_NOOP("core", "Vault created"),
    "unlocked": QT_TRANSLATE_NOOP("core", "Vault unlocked"),
    "unlock_failed": QT_TRANSLATE_NOOP("core", "Unlock attempts that failed"),
    "passphrase_changed": QT_TRANSLATE_NOOP("core", "Passphrase changed"),
    "recovery_key_replaced": QT_TRANSLATE_NOOP("core", "New recovery key made"),
    "data_key_rotated": QT_TRANSLATE_NOOP("core", "Encryption key rotated"),
    "device_remembered": QT_TRANSLATE_NOOP("core", "This device remembered"),
    "device_forgotten": QT_TRANSLATE_NOOP("core", "This device forgotten"),
    "backup_made": QT_TRANSLATE_NOOP("core", "Backup made"),
    "restored": QT_TRANSLATE_NOOP("core", "Vault restored from a backup"),
    "migrated": QT_TRANSLATE_NOOP("core", "Vault upgraded to a new version"),
    "created": QT_TRANSLATE_NOOP("core", "Created"),
    "edited": QT_TRANSLATE_NOOP("core", "Edited"),
    "archived": QT_TRANSLATE_NOOP("core", "Archived"),
    "unarchived": QT_TRANSLATE_NOOP("core", "Brought back from the archive"),
    "signed": QT_TRANSLATE_NOOP("core", "Signed"),
    "addendum": QT_TRANSLATE_NOOP("core", "Addendum added"),
    "exported": QT_TRANSLATE_NOOP("core", "Exported"),
    "imported": QT_TRANSLATE_NOOP("core", "Imported"),
    "erased": QT_TRANSLATE_NOOP("core", "A person's whole record erased"),
}


# What each kind of record is called in the Activity view (never a table name).
ENTITIES = {
    "note": QT_TRANSLATE_NOOP("core", "a session note"),
    "mentee": QT_TRANSLATE_NOOP("core", "a mentee"),
    "mentee_record": QT_TRANSLATE_NOOP("core", "a mentee's own record"),
    "goal": QT_TRANSLATE_NOOP("core", "a goal"),
    "goal_progress": QT_TRANSLATE_NOOP("core", "a goal"),
    "boundary_agreement": QT_TRANSLATE_NOOP("core", "a boundary agreement"),
    "boundary_event": QT_TRANSLATE_NOOP("core", "a boundary event"),
    "crisis_card": QT_TRANSLATE_NOOP("core", "a crisis card"),
    "referral": QT_TRANSLATE_NOOP("core", "a referral"),
    "meeting": QT_TRANSLATE_NOOP("core", "a planned meeting"),
    "recovery_checkin": QT_TRANSLATE_NOOP("core", "a self-care check-in"),
    "directory": QT_TRANSLATE_NOOP("core", "the resource directory"),
    "directory_service": QT_TRANSLATE_NOOP("core", "a directory service"),
    "supervision": QT_TRANSLATE_NOOP("core", "a supervision export"),
    "supervision_session": QT_TRANSLATE_NOOP("core", "a supervision session"),
    "supervision_comment": QT_TRANSLATE_NOOP("core", "a supervision comment"),
    "supervision_reply": QT_TRANSLATE_NOOP("core", "a reply to your supervisor"),
    "received_packet": QT_TRANSLATE_NOOP("core", "a packet from your supervisor"),
    "sealed_packet": QT_TRANSLATE_NOOP("core", "a sealed packet"),
    "trusted_key": QT_TRANSLATE_NOOP("core", "a trusted person's key"),
    "vault_identity": QT_TRANSLATE_NOOP("core", "this vault's own key"),
    "mentor_profile": QT_TRANSLATE_NOOP("core", "your profile"),
    "vault": QT_TRANSLATE_NOOP("core", "the whole vault"),
    "usual_hours": QT_TRANSLATE_NOOP("core", "your usual hours"),
}

# Events whose plain sentence is not "<Kind> <thing>".
PHRASES = {
    ("created", "goal_progress"): QT_TRANSLATE_NOOP("core", "Progress added to a goal"),
    ("deleted", "goal_progress"): QT_TRANSLATE_NOOP("core", "Progress entry removed from a goal"),
    ("created", "note"): QT_TRANSLATE_NOOP("core", "Session note started"),
    ("signed", "note"): QT_TRANSLATE_NOOP("core", "Session note signed"),
    ("addendum", "note"): QT_TRANSLATE_NOOP("core", "Addendum added to a signed note"),
    ("created", "mentee"): QT_TRANSLATE_NOOP("core", "Mentee added"),
    ("created", "recovery_checkin"): QT_TRANSLATE_NOOP("core", "Self-care check-in saved"),
    ("exported", "supervision"): QT_TRANSLATE_NOOP("core", "Supervision export written"),
    ("imported", "directory"): QT_TRANSLATE_NOOP(
        "core", "Services imported into the resource directory"
    ),
    ("exported", "directory"): QT_TRANSLATE_NOOP("core", "Resource directory exported"),
    ("calendar_exported", ""): QT_TRANSLATE_NOOP("core", "Meetings exported to a calendar file"),
    ("archived", "trusted_key"): QT_TRANSLATE_NOOP("core", "A trusted person's key retired"),
    ("edited", "mentor_profile"): QT_TRANSLATE_NOOP("core", "Your profile changed"),
    ("exported", "vault"): QT_TRANSLATE_NOOP("core", "The whole vault exported as an archive"),
    ("imported", "vault"): QT_TRANSLATE_NOOP("core", "A vault archive imported"),
    ("edited", "usual_hours"): QT_TRANSLATE_NOOP("core", "Your usual hours changed"),
    ("imported", "note"): QT_TRANSLATE_NOOP("core", "Session note imported from a file"),
    ("erased", "mentee"): QT_TRANSLATE_NOOP("core", "A mentee's whole record erased"),
}

# Verbs for the other event kinds, followed by the thing they happened to.
VERBS = {
    "created": QT_TRANSLATE_NOOP("core", "Added"),
    "edited": QT_TRANSLATE_NOOP("core", "Changed"),
    "updated": QT_TRANSLATE_NOOP("core", "Changed"),
    "deleted": QT_TRANSLATE_NOOP("core", "Deleted"),
    "cancelled": QT_TRANSLATE_NOOP("core", "Cancelled"),
    "archived": QT_TRANSLATE_NOOP("core", "Archived"),
    "unarchived": QT_TRANSLATE_NOOP("core", "Brought back from the archive"),
    "signed": QT_TRANSLATE_NOOP("core", "Signed"),
    "exported": QT_TRANSLATE_NOOP("core", "Exported"),
    "imported": QT_TRANSLATE_NOOP("core", "Imported"),
    "erased": QT_TRANSLATE_NOOP("core", "Erased"),
}


def describe(kind: str, entity: str, detail: dict[str, Any] | None = None) -> str:
    """One plain sentence for an event: "Progress added to a goal", never a table name; a
    core Message, so the Activity view shows it in the mentor's language."""
    detail = detail or {}
    phrase = PHRASES.get((kind, entity))
    if phrase is not None:
        sentence = Message(phrase)
    elif entity:
        thing = Message(ENTITIES.get(entity, QT_TRANSLATE_NOOP("core", "a record")))
        verb = VERBS.get(kind)
        if kind == "edited" and detail.get("deleted"):
            verb = VERBS["deleted"]
        if verb:
            sentence = Message(
                QT_TRANSLATE_NOOP("core", "{verb} {thing}"), verb=Message(verb), thing=thing
            )
        else:
            what = KINDS.get(kind, QT_TRANSLATE_NOOP("core", "Something changed"))
            sentence = Message(
                QT_TRANSLATE_NOOP("core", "{what}: {thing}"), what=Message(what), thing=thing
            )
    elif kind in KINDS:
        sentence = Message(KINDS[kind])
    else:
        sentence = Message(kind.replace("_", " ").capitalize())
    if kind == "unlock_failed" and "count" in detail:
        sentence = Message(
            QT_TRANSLATE_NOOP("core", "{what}: {count}"), what=sentence, count=detail["count"]
        )
    return sentence


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
