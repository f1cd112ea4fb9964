"""Referrals: a mentee connected to a directory service, with status changes, outcome and a
follow-up date that shows on Today."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from peerdesk.core.errors import ValidationError
from peerdesk.core.messages import QT_TRANSLATE_NOOP
from peerdesk.core.models import (
    DirOrganization,
    DirService,
    Mentee,
    Referral,
    ReferralStatus,
    ReferralStatusChange,
    SessionNote,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import audit, changes
from peerdesk.core.services.changes import Changes
from peerdesk.core.vault import Vault

STATUS_LABELS = {  # shown through the core catalogue (peerdesk.i18n.core_label)
    ReferralStatus.SUGGESTED: QT_TRANSLATE_NOOP("core", "Suggested"),
    ReferralStatus.CONTACTED: QT_TRANSLATE_NOOP("core", "Contacted"),
    ReferralStatus.APPOINTMENT: QT_TRANSLATE_NOOP("core", "Appointment made"),
    ReferralStatus.CONNECTED: QT_TRANSLATE_NOOP("core", "Connected"),
    ReferralStatus.DID_NOT_CONNECT: QT_TRANSLATE_NOOP("core", "Did not connect"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("core", "Declined"),
}
CLOSED = (ReferralStatus.CONNECTED, ReferralStatus.DID_NOT_CONNECT, ReferralStatus.DECLINED)
MAX_TEXT = 20_000


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True, repr=False)
class StatusChange(IdOnlyRepr):
    id: int
    changed_on: date
    status: ReferralStatus

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(repr=False)
class ReferralRecord(IdOnlyRepr):
    mentee_id: int
    service_id: str
    referred_on: date
    reason: str = ""  # the need or goal, in the mentee's words
    status: ReferralStatus = ReferralStatus.SUGGESTED
    outcome: str = ""
    follow_up_on: date | None = None
    note_id: int | None = None
    id: int | None = None
    # filled in when read back
    service_name: str = ""
    organization_name: str = ""
    mentee_name: str = ""
    history: list[StatusChange] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[ReferralStatus(self.status)]

    @property
    def open(self) -> bool:
        return ReferralStatus(self.status) not in CLOSED


def validate(record: ReferralRecord, *, today: date | None = None) -> None:
    today = today or date.today()
    if record.status not in {s.value for s in ReferralStatus}:
        raise ValidationError(
            "A referral's status can be: " + ", ".join(STATUS_LABELS.values()).lower() + "."
        )
    if len(record.reason) > MAX_TEXT or len(record.outcome) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "One of the texts is too long to save; please shorten it.")
        )
    if record.referred_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "The referral date is in the future; please check it.")
        )
    if record.follow_up_on and record.follow_up_on < record.referred_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "The follow-up date is before the referral; please check it.")
        )


def _record(r: Referral, service: str, org: str, mentee: str) -> ReferralRecord:
    return ReferralRecord(
        id=r.id,
        mentee_id=r.mentee_id,
        service_id=r.service_id,
        referred_on=r.referred_on,
        reason=r.reason,
        status=ReferralStatus(r.status),
        outcome=r.outcome,
        follow_up_on=r.follow_up_on,
        note_id=r.note_id,
        service_name=service,
        organization_name=org,
        mentee_name=mentee,
        history=[StatusChange(h.id, h.changed_on, ReferralStatus(h.status)) for h in r.history],
    )


def add_referral(vault: Vault, *, record: ReferralRecord, today: date | None = None) -> int:
    validate(record, today=today)
    now = _now()
    with vault.session() as s:
        if s.get(Mentee, record.mentee_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That mentee is not in the vault."))
        if s.get(DirService, record.service_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "That service is no longer in the directory.")
            )
        if record.note_id is not None and s.get(SessionNote, record.note_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "That session note is not in the vault.")
            )
        referral = Referral(
            mentee_id=record.mentee_id,
            service_id=record.service_id,
            note_id=record.note_id,
            referred_on=record.referred_on,
            reason=record.reason.strip(),
            status=ReferralStatus(record.status),
            outcome=record.outcome.strip(),
            follow_up_on=record.follow_up_on,
            created_at=now,
            updated_at=now,
        )
        referral.history.append(
            ReferralStatusChange(
                changed_on=record.referred_on, status=ReferralStatus(record.status)
            )
        )
        s.add(referral)
        s.flush()
        audit.record(s, kind="created", entity="referral", entity_id=referral.id)
        return referral.id


def update_referral(
    vault: Vault, *, referral_id: int, record: ReferralRecord, today: date | None = None
) -> Changes:
    """Save reason, outcome, follow-up; a new status is added to the history (dated today)."""
    today = today or date.today()
    validate(record, today=today)
    with vault.session() as s:
        referral = s.get(Referral, referral_id)
        if referral is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "That referral is no longer in the vault.")
            )
        referral.reason = record.reason.strip()
        referral.outcome = record.outcome.strip()
        referral.follow_up_on = record.follow_up_on
        referral.referred_on = record.referred_on
        if ReferralStatus(record.status) != referral.status:
            referral.status = ReferralStatus(record.status)
            referral.history.append(
                ReferralStatusChange(changed_on=today, status=ReferralStatus(record.status))
            )
        referral.updated_at = _now()
        audit.record(s, kind="edited", entity="referral", entity_id=referral_id)
    return changes.REFERRALS


def set_status(
    vault: Vault,
    *,
    referral_id: int,
    status: ReferralStatus | str,
    outcome: str | None = None,
    follow_up_on: date | None = None,
    today: date | None = None,
) -> Changes:
    """A status change from the referral panel, added to the history."""
    current = get_referral(vault, referral_id=referral_id)
    current.status = ReferralStatus(status)
    if outcome is not None:
        current.outcome = outcome
    if follow_up_on is not None:
        current.follow_up_on = follow_up_on
    elif ReferralStatus(status) in CLOSED:
        current.follow_up_on = None  # nothing left to follow up
    update_referral(vault, referral_id=referral_id, record=current, today=today)
    return changes.REFERRALS


def _query() -> Any:
    return (
        select(Referral, DirService.name, DirOrganization.name, Mentee.display_name)
        .join(DirService, DirService.id == Referral.service_id)
        .join(DirOrganization, DirOrganization.id == DirService.organization_id)
        .join(Mentee, Mentee.id == Referral.mentee_id)
        .options(selectinload(Referral.history))
    )


def get_referral(vault: Vault, *, referral_id: int) -> ReferralRecord:
    with vault.session() as s:
        row = s.execute(_query().where(Referral.id == referral_id)).first()
        if row is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "That referral is no longer in the vault.")
            )
        return _record(*row)


def referrals_for_mentee(vault: Vault, *, mentee_id: int) -> list[ReferralRecord]:
    """A mentee's referral history, newest first."""
    with vault.session() as s:
        rows = s.execute(
            _query()
            .where(Referral.mentee_id == mentee_id)
            .order_by(Referral.referred_on.desc(), Referral.id.desc())
        ).all()
        return [_record(*row) for row in rows]


def referrals_for_note(vault: Vault, *, note_id: int) -> list[ReferralRecord]:
    """'Referrals made' in a session note."""
    with vault.session() as s:
        rows = s.execute(_query().where(Referral.note_id == note_id).order_by(Referral.id)).all()
        return [_record(*row) for row in rows]


def due_referral_follow_ups(vault: Vault, *, today: date | None = None) -> list[ReferralRecord]:
    """Open referrals whose follow-up date is today or past (the Today page's reminders)."""
    today = today or date.today()
    with vault.session() as s:
        rows = s.execute(
            _query()
            .where(Referral.follow_up_on.is_not(None), Referral.follow_up_on <= today)
            .where(Referral.status.not_in([c.value for c in CLOSED]))
            .where(Mentee.archived_at.is_(None))
            .order_by(Referral.follow_up_on, Referral.id)
        ).all()
        return [_record(*row) for row in rows]


def delete_referral(vault: Vault, *, referral_id: int) -> Changes:
    with vault.session() as s:
        referral = s.get(Referral, referral_id)
        if referral is not None:
            s.delete(referral)
            audit.record(
                s, kind="edited", entity="referral", entity_id=referral_id, detail={"deleted": True}
            )
    return changes.REFERRALS
