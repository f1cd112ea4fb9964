"""Boundary events: what happened outside an agreement, logged without blame, their
monthly pattern and clusters, and the check a note makes against the active agreement."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, select

from peerdesk.core.errors import ValidationError
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message
from peerdesk.core.models import (
    BoundaryEvent,
    BoundaryEventKind,
    Mentee,
    NoteParticipant,
    SessionNote,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import audit, changes
from peerdesk.core.services.agreements import MAX_TEXT, AgreementRecord, active_agreement
from peerdesk.core.services.changes import Changes
from peerdesk.core.services.contact_hours import within_hours
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import EVENT_KINDS, EVENT_LABELS

CLUSTER_DAYS = 14


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


CLUSTER_COUNT = 3


_HOME = re.compile(r"\b(home|house|flat|apartment|their place|my place)\b", re.I)


def event_label(kind: BoundaryEventKind | str) -> str:
    return EVENT_LABELS[BoundaryEventKind(kind)]


@dataclass(repr=False)
class EventRecord(IdOnlyRepr):
    mentee_id: int
    occurred_at: datetime
    kind: BoundaryEventKind = BoundaryEventKind.OTHER
    what_happened: str = ""
    what_i_did: str = ""
    discussed_in_supervision: bool = False
    note_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class OutsideAgreement:
    """Why a contact falls outside the active agreement, in plain sentences."""

    agreement_id: int
    reasons: tuple[str, ...]
    out_of_hours: bool = False
    channel: bool = False
    place: bool = False

    @property
    def suggested_kind(self) -> BoundaryEventKind:
        if self.out_of_hours:
            return BoundaryEventKind.OUT_OF_HOURS
        if self.place:
            return BoundaryEventKind.DUAL_RELATIONSHIP
        return BoundaryEventKind.OTHER

    @property
    def text(self) -> str:
        return " ".join(self.reasons)


@dataclass(frozen=True, repr=False)
class Cluster(IdOnlyRepr):
    """Several boundary events of one kind close together, for a gentle word on Today."""

    mentee_id: int
    display_name: str
    kind: BoundaryEventKind
    count: int
    days: int

    @property
    def text(self) -> str:
        what = (
            "contacts outside your agreed hours"
            if self.kind == BoundaryEventKind.OUT_OF_HOURS
            else f"moments logged as '{event_label(self.kind).lower()}'"
        )
        return (
            f"{self.display_name}: {self.count} {what} in the last {self.days} days. "
            "It might be worth looking at the agreement together, or bringing it to supervision."
        )


def check_contact(
    record: AgreementRecord, *, when: datetime | None, modality: str, place: str = ""
) -> OutsideAgreement | None:
    reasons: list[str] = []
    out_of_hours = channel = where = False
    if when is not None and record.contact_hours and not within_hours(record.contact_hours, when):
        out_of_hours = True
        reasons.append(
            Message(
                QT_TRANSLATE_NOOP("core", "{when:%A %H:%M} is outside the hours you agreed."),
                when=when,
            )
        )
    if modality and record.channels and modality not in record.channels:
        channel = True
        reasons.append(
            f"You agreed to keep in touch by {', '.join(record.channels)}, not {modality}."
        )
    if (
        modality == "in person"
        and place
        and _HOME.search(place)
        and not any(_HOME.search(p) for p in record.meeting_places)
    ):
        where = True
        reasons.append(
            Message(QT_TRANSLATE_NOOP("core", "You agreed to meet elsewhere than at home."))
        )
    if not reasons:
        return None
    return OutsideAgreement(record.id or 0, tuple(reasons), out_of_hours, channel, where)


def outside_agreement(
    vault: Vault,
    mentee_id: int,
    when: datetime | None,
    modality: str,
    place: str = "",
) -> OutsideAgreement | None:
    """Whether a contact falls outside the mentee's active agreement (None if inside, or if
    there is no agreement yet). Never blocks anything: the editor only offers to log it."""
    record = active_agreement(vault, mentee_id=mentee_id)
    if record is None:
        return None
    return check_contact(record, when=when, modality=modality, place=place)


def note_outside_agreement(vault: Vault, *, note_id: int) -> OutsideAgreement | None:
    """The same check for a saved one-to-one note (its date, start time, how and where)."""

    with vault.session() as s:
        note = s.get(SessionNote, note_id)
        if note is None:
            return None
        people = s.scalars(
            select(NoteParticipant.mentee_id).where(NoteParticipant.note_id == note_id)
        ).all()
        when = datetime.combine(note.occurred_on, note.start_time) if note.start_time else None
        modality, place = note.modality, note.location
    if len(people) != 1:
        return None
    return outside_agreement(vault, people[0], when, modality, place)


def _validate_event(event: EventRecord, now: datetime) -> None:
    try:
        BoundaryEventKind(event.kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Please choose what kind of moment this was.")
        ) from None
    if event.occurred_at > now + timedelta(days=1):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "That date is in the future; a boundary event is something that happened."
            )
        )
    if max(len(event.what_happened), len(event.what_i_did)) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That text is too long to save; please shorten it.")
        )


def save_event(vault: Vault, *, event: EventRecord, now: datetime | None = None) -> int:
    _validate_event(event, now or datetime.now())
    with vault.session() as s:
        if event.id:
            row = s.get(BoundaryEvent, event.id)
            if row is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("core", "That boundary event no longer exists.")
                )
        else:
            if s.get(Mentee, event.mentee_id) is None:
                raise ValidationError(QT_TRANSLATE_NOOP("core", "That mentee no longer exists."))
            row = BoundaryEvent(mentee_id=event.mentee_id, created_at=_now())
            s.add(row)
        row.occurred_at = event.occurred_at.replace(tzinfo=None, microsecond=0)
        row.kind = BoundaryEventKind(event.kind)
        row.what_happened = event.what_happened.strip()
        row.what_i_did = event.what_i_did.strip()
        row.discussed_in_supervision = bool(event.discussed_in_supervision)
        row.note_id = event.note_id if event.note_id and s.get(SessionNote, event.note_id) else None
        s.flush()
        audit.record(
            s,
            kind="edited" if event.id else "created",
            entity="boundary_event",
            entity_id=row.id,
        )
        return row.id


def delete_event(vault: Vault, *, event_id: int) -> Changes:
    with vault.session() as s:
        row = s.get(BoundaryEvent, event_id)
        if row is not None:
            s.delete(row)
            audit.record(
                s,
                kind="edited",
                entity="boundary_event",
                entity_id=event_id,
                detail={"deleted": True},
            )
    return changes.AGREEMENTS


def _event(row: BoundaryEvent) -> EventRecord:
    return EventRecord(
        mentee_id=row.mentee_id,
        occurred_at=row.occurred_at,
        kind=row.kind,
        what_happened=row.what_happened,
        what_i_did=row.what_i_did,
        discussed_in_supervision=row.discussed_in_supervision,
        note_id=row.note_id,
        id=row.id,
    )


def list_events(vault: Vault, *, mentee_id: int) -> list[EventRecord]:
    """A mentee's boundary events, newest first."""
    with vault.session() as s:
        rows = s.scalars(
            select(BoundaryEvent)
            .where(BoundaryEvent.mentee_id == mentee_id)
            .order_by(BoundaryEvent.occurred_at.desc(), BoundaryEvent.id.desc())
        ).all()
        return [_event(r) for r in rows]


def monthly_pattern(
    vault: Vault, *, mentee_id: int, today: date | None = None, months: int = 6
) -> list[tuple[date, Counter]]:
    """Events per kind for each of the last ``months`` months (first of month, counts)."""
    today = today or date.today()
    firsts: list[date] = []
    y, m = today.year, today.month
    for _ in range(months):
        firsts.append(date(y, m, 1))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    firsts.reverse()
    buckets: dict[date, Counter[str]] = {f: Counter() for f in firsts}
    with vault.session() as s:
        rows = s.execute(
            select(BoundaryEvent.occurred_at, BoundaryEvent.kind).where(
                BoundaryEvent.mentee_id == mentee_id,
                BoundaryEvent.occurred_at >= datetime.combine(firsts[0], time()),
            )
        ).all()
    for at, kind in rows:
        key = date(at.year, at.month, 1)
        if key in buckets:
            buckets[key][BoundaryEventKind(kind)] += 1
    return [(f, buckets[f]) for f in firsts]


def clusters(
    vault: Vault,
    *,
    today: date | None = None,
    days: int = CLUSTER_DAYS,
    threshold: int = CLUSTER_COUNT,
) -> list[Cluster]:
    """Mentees with ``threshold`` or more events of one kind in the last ``days`` days."""
    today = today or date.today()
    since = datetime.combine(today - timedelta(days=days - 1), time())
    until = datetime.combine(today + timedelta(days=1), time())
    with vault.session() as s:
        rows = s.execute(
            select(BoundaryEvent.mentee_id, Mentee.display_name, BoundaryEvent.kind, func.count())
            .join(Mentee, Mentee.id == BoundaryEvent.mentee_id)
            .where(
                BoundaryEvent.occurred_at >= since,
                BoundaryEvent.occurred_at < until,
                Mentee.archived_at.is_(None),
            )
            .group_by(BoundaryEvent.mentee_id, Mentee.display_name, BoundaryEvent.kind)
            .having(func.count() >= threshold)
            .order_by(func.count().desc())
        ).all()
    return [Cluster(mid, name, BoundaryEventKind(kind), n, days) for mid, name, kind, n in rows]


def counts_by_kind(vault: Vault, *, date_from: date, date_to: date) -> dict[str, int]:
    """Aggregated, de-identified counts for the supervision export: kind label -> count."""
    with vault.session() as s:
        rows = s.execute(
            select(BoundaryEvent.kind, func.count())
            .where(
                BoundaryEvent.occurred_at >= datetime.combine(date_from, time()),
                BoundaryEvent.occurred_at < datetime.combine(date_to + timedelta(days=1), time()),
            )
            .group_by(BoundaryEvent.kind)
        ).all()
    found = {BoundaryEventKind(k): n for k, n in rows}
    return {EVENT_LABELS[k]: found[k] for k in EVENT_KINDS if found.get(k)}
