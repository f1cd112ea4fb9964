"""Boundary agreements: templates, versions, acknowledgements, reviews and their text.

Boundary events live in boundary_events.py, crisis cards in crisis_cards.py and the
contact-hour arithmetic in contact_hours.py. Contact hours are local wall-clock times ("HH:MM") per weekday, the way mentor and
mentee agreed them out loud. A window that ends before it starts is a *night
window* running past midnight (e.g. 22:00-02:00); it is accepted only when it
starts in the evening (18:00 or later) and ends in the early morning (06:00 at the
latest), so a slip such as 18:00-09:00 is refused instead of silently meaning
"all night". Because times are wall-clock, a change of clocks (DST) never moves
an agreed window; an aware datetime is first converted to local time.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select

from peerdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from peerdesk.core.messages import resource_text
from peerdesk.core.models import (
    AgreementStatus,
    BoundaryAgreement,
    Mentee,
    MenteeStatus,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import audit, changes
from peerdesk.core.services.changes import Changes
from peerdesk.core.services.contact_hours import DAYS, hours_text, parse_hours
from peerdesk.core.vault import Vault

CHANNELS = ("in person", "phone", "video", "text", "email")
MAX_TEXT = 20_000
MAX_ITEMS = 40


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


# --- records ---------------------------------------------------------------------------------


@dataclass(repr=False)
class AgreementRecord(IdOnlyRepr):
    """One version of an agreement as the editor shows it."""

    mentee_id: int
    template: str = ""
    effective_on: date | None = None
    review_on: date | None = None
    contact_hours: dict[str, list[list[str]]] = field(default_factory=dict)
    channels: list[str] = field(default_factory=list)
    response_time: str = ""
    meeting_places: list[str] = field(default_factory=list)
    mentor_will: list[str] = field(default_factory=list)
    mentor_will_not: list[str] = field(default_factory=list)
    confidentiality: str = ""
    confidentiality_limits: str = ""
    crisis_plan: str = ""
    ending: str = ""
    change_of_mentor: str = ""
    acknowledged_by_mentee_on: date | None = None
    acknowledged_by_mentor_on: date | None = None
    status: AgreementStatus = AgreementStatus.DRAFT
    version: int = 0
    id: int | None = None


_EDITABLE = tuple(
    f.name
    for f in fields(AgreementRecord)
    if f.name not in ("id", "status", "version", "mentee_id")
)


@dataclass(frozen=True, repr=False)
class AgreementSummary(IdOnlyRepr):
    """One row of an agreement's history."""

    id: int
    version: int
    status: AgreementStatus
    effective_on: date | None
    review_on: date | None
    acknowledged_by_mentee_on: date | None
    acknowledged_by_mentor_on: date | None

    @property
    def label(self) -> str:
        when = f", from {self.effective_on:%d %b %Y}" if self.effective_on else ""
        return f"Version {self.version} ({self.status.value}{when})"


@dataclass(frozen=True)
class Template:
    key: str
    name: str
    about: str


@dataclass(frozen=True, repr=False)
class ReviewDue(IdOnlyRepr):
    id: int  # the agreement
    mentee_id: int
    display_name: str
    version: int
    review_on: date


@dataclass(frozen=True)
class ReflectionTopic:
    key: str
    title: str
    prompts: tuple[str, ...]


# --- templates and reflections ---------------------------------------------------------------


def _resource(name: str) -> dict:
    return json.loads(resource_text(f"agreements/{name}"))


TEMPLATE_KEYS = ("practical-support", "emotional-support", "group", "family-peer-support")


@lru_cache(maxsize=1)
def templates() -> tuple[Template, ...]:
    out = []
    for key in TEMPLATE_KEYS:
        raw = _resource(f"{key}.json")
        out.append(Template(key, raw["name"], raw["about"]))
    return tuple(out)


def from_template(key: str, *, mentee_id: int) -> AgreementRecord:
    """A fresh draft filled in from a template; the mentor then makes it theirs."""
    if key not in TEMPLATE_KEYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That agreement template is not available.")
        )
    raw = _resource(f"{key}.json")
    return AgreementRecord(
        mentee_id=mentee_id,
        template=key,
        **{
            name: raw[name]
            for name in _EDITABLE
            if name in raw and name not in ("template", "effective_on", "review_on")
        },
    )


@lru_cache(maxsize=1)
def reflections() -> tuple[ReflectionTopic, ...]:
    raw = _resource("reflections.json")
    return tuple(ReflectionTopic(t["key"], t["title"], tuple(t["prompts"])) for t in raw["topics"])


# --- validation --------------------------------------------------------------------------


def clean_list(items: list[str]) -> list[str]:
    return [i.strip() for i in items if i and i.strip()]


def validate(record: AgreementRecord) -> None:
    parse_hours(record.contact_hours)
    if not record.channels:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "Please choose at least one way of keeping in touch (for example phone or in person).",
            )
        )
    unknown = [c for c in record.channels if c not in CHANNELS]
    if unknown:
        raise ValidationError("Ways of keeping in touch can be: " + ", ".join(CHANNELS) + ".")
    if record.effective_on and record.review_on and record.review_on < record.effective_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "The review date comes before the agreement starts.")
        )
    for items in (record.meeting_places, record.mentor_will, record.mentor_will_not):
        if len(items) > MAX_ITEMS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core", "That list is very long; please keep it to the main points."
                )
            )
    texts = [getattr(record, n) for n in _EDITABLE if isinstance(getattr(record, n), str)]
    texts += record.meeting_places + record.mentor_will + record.mentor_will_not
    if any(len(t) > MAX_TEXT for t in texts):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That text is too long to save; please shorten it.")
        )


# --- agreements ------------------------------------------------------------------------------


def _to_record(row: BoundaryAgreement) -> AgreementRecord:
    values: dict[str, Any] = {
        name: (list(v) if isinstance(v := getattr(row, name), list) else v) for name in _EDITABLE
    }
    return AgreementRecord(
        mentee_id=row.mentee_id, status=row.status, version=row.version, id=row.id, **values
    )


def _apply(row: BoundaryAgreement, record: AgreementRecord) -> None:
    for name in _EDITABLE:
        value = getattr(record, name)
        if isinstance(value, list):
            value = clean_list(value) if name != "channels" else list(value)
        elif isinstance(value, str):
            value = value.strip()
        setattr(row, name, value)
    row.contact_hours = {
        d: [list(w) for w in record.contact_hours.get(d) or []]
        for d in DAYS
        if record.contact_hours.get(d)
    }


def save_agreement(vault: Vault, *, record: AgreementRecord) -> int:
    """Create a draft (new version) or update a draft. Active and superseded versions are
    kept as agreed: change them by making a new version."""
    validate(record)
    now = _now()
    with vault.session() as s:
        if record.id:
            row = s.get(BoundaryAgreement, record.id)
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("core", "That agreement no longer exists."))
            if row.status != AgreementStatus.DRAFT:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "core", "This version has been agreed. To change it, start a new version."
                    )
                )
            _apply(row, record)
            row.updated_at = now
            audit.record(s, kind="edited", entity="boundary_agreement", entity_id=row.id)
            return row.id
        if s.get(Mentee, record.mentee_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That mentee no longer exists."))
        if s.scalar(
            select(BoundaryAgreement.id).where(
                BoundaryAgreement.mentee_id == record.mentee_id,
                BoundaryAgreement.status == AgreementStatus.DRAFT,
            )
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "There is already a draft agreement for this mentee; please finish that one first.",
                )
            )
        last = s.scalar(
            select(func.max(BoundaryAgreement.version)).where(
                BoundaryAgreement.mentee_id == record.mentee_id
            )
        )
        row = BoundaryAgreement(
            mentee_id=record.mentee_id,
            version=(last or 0) + 1,
            status=AgreementStatus.DRAFT,
            created_at=now,
            updated_at=now,
        )
        _apply(row, record)
        s.add(row)
        s.flush()
        audit.record(
            s,
            kind="created",
            entity="boundary_agreement",
            entity_id=row.id,
            detail={"version": row.version},
        )
        return row.id


def new_version(vault: Vault, *, mentee_id: int) -> AgreementRecord:
    """An unsaved draft copying the newest version, ready to change."""
    with vault.session() as s:
        row = s.scalars(
            select(BoundaryAgreement)
            .where(BoundaryAgreement.mentee_id == mentee_id)
            .order_by(BoundaryAgreement.version.desc())
            .limit(1)
        ).first()
        if row is None:
            return from_template(TEMPLATE_KEYS[0], mentee_id=mentee_id)
        record = _to_record(row)
    record.id = None
    record.status = AgreementStatus.DRAFT
    record.version = 0
    record.effective_on = None
    record.acknowledged_by_mentee_on = None
    record.acknowledged_by_mentor_on = None
    return record


def activate(vault: Vault, *, agreement_id: int, today: date | None = None) -> Changes:
    """Make a draft the agreed version; the one before it becomes superseded."""
    today = today or date.today()
    with vault.session() as s:
        row = s.get(BoundaryAgreement, agreement_id)
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That agreement no longer exists."))
        if row.status != AgreementStatus.DRAFT:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Only a draft can be made the agreed version.")
            )
        validate(_to_record(row))
        superseded = 0
        for old in s.scalars(
            select(BoundaryAgreement).where(
                BoundaryAgreement.mentee_id == row.mentee_id,
                BoundaryAgreement.status == AgreementStatus.ACTIVE,
            )
        ):
            old.status = AgreementStatus.SUPERSEDED
            old.updated_at = _now()
            superseded += 1
        row.status = AgreementStatus.ACTIVE
        row.effective_on = row.effective_on or today
        row.updated_at = _now()
        audit.record(
            s,
            kind="edited",
            entity="boundary_agreement",
            entity_id=row.id,
            detail={"activated": True, "superseded": superseded},
        )
    return changes.AGREEMENTS


def acknowledge(
    vault: Vault,
    *,
    agreement_id: int,
    mentee_on: date | None,
    mentor_on: date | None,
    today: date | None = None,
) -> Changes:
    """Record when each of you read and agreed to this version."""
    today = today or date.today()
    if (mentee_on and mentee_on > today) or (mentor_on and mentor_on > today):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "An acknowledgement date cannot be in the future.")
        )
    with vault.session() as s:
        row = s.get(BoundaryAgreement, agreement_id)
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That agreement no longer exists."))
        row.acknowledged_by_mentee_on = mentee_on
        row.acknowledged_by_mentor_on = mentor_on
        row.updated_at = _now()
        audit.record(s, kind="edited", entity="boundary_agreement", entity_id=row.id)
    return changes.AGREEMENTS


def delete_draft(vault: Vault, *, agreement_id: int) -> Changes:
    with vault.session() as s:
        row = s.get(BoundaryAgreement, agreement_id)
        if row is None:
            return changes.AGREEMENTS
        if row.status != AgreementStatus.DRAFT:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core", "Agreed versions are kept as history and cannot be deleted."
                )
            )
        s.delete(row)
        audit.record(
            s,
            kind="edited",
            entity="boundary_agreement",
            entity_id=agreement_id,
            detail={"deleted": True},
        )
    return changes.AGREEMENTS


def get_agreement(vault: Vault, *, agreement_id: int) -> AgreementRecord:
    with vault.session() as s:
        row = s.get(BoundaryAgreement, agreement_id)
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That agreement no longer exists."))
        return _to_record(row)


def active_agreement(vault: Vault, *, mentee_id: int) -> AgreementRecord | None:
    with vault.session() as s:
        row = s.scalars(
            select(BoundaryAgreement).where(
                BoundaryAgreement.mentee_id == mentee_id,
                BoundaryAgreement.status == AgreementStatus.ACTIVE,
            )
        ).first()
        return _to_record(row) if row else None


def history(vault: Vault, *, mentee_id: int) -> list[AgreementSummary]:
    """Every version, newest first."""
    with vault.session() as s:
        rows = s.scalars(
            select(BoundaryAgreement)
            .where(BoundaryAgreement.mentee_id == mentee_id)
            .order_by(BoundaryAgreement.version.desc())
        ).all()
        return [
            AgreementSummary(
                r.id,
                r.version,
                r.status,
                r.effective_on,
                r.review_on,
                r.acknowledged_by_mentee_on,
                r.acknowledged_by_mentor_on,
            )
            for r in rows
        ]


def agreements_due_for_review(
    vault: Vault, today: date | None = None, *, within_days: int = 14
) -> list[ReviewDue]:
    """Active agreements whose review date has come or is close, soonest first."""
    today = today or date.today()
    with vault.session() as s:
        rows = s.execute(
            select(BoundaryAgreement, Mentee.display_name)
            .join(Mentee, Mentee.id == BoundaryAgreement.mentee_id)
            .where(
                BoundaryAgreement.status == AgreementStatus.ACTIVE,
                BoundaryAgreement.review_on.is_not(None),
                BoundaryAgreement.review_on <= today + timedelta(days=within_days),
                Mentee.archived_at.is_(None),
                Mentee.status != MenteeStatus.ENDED,
            )
            .order_by(BoundaryAgreement.review_on)
        ).all()
        return [
            ReviewDue(a.id, a.mentee_id, name, a.version, a.review_on or today) for a, name in rows
        ]


# --- the readable text, and the difference between versions ---------------------------------


def _bullets(items: list[str]) -> list[str]:
    return [f"  - {i}" for i in items] or ["  (nothing written yet)"]


def sections(record: AgreementRecord) -> list[tuple[str, list[str]]]:
    """The agreement as headed sections of plain lines: one source for the editor's preview,
    the difference view and the printed copies."""
    return [
        ("When we can be in touch", hours_text(record.contact_hours) or ["(no hours agreed yet)"]),
        ("How we keep in touch", [", ".join(record.channels) or "(none chosen yet)"]),
        ("How soon I reply", [record.response_time or "(not written yet)"]),
        ("Where we meet", _bullets(record.meeting_places)),
        ("What I will do", _bullets(record.mentor_will)),
        ("What I will not do", _bullets(record.mentor_will_not)),
        ("What stays between us", [record.confidentiality or "(not written yet)"]),
        (
            "When I would have to share something",
            [record.confidentiality_limits or "(not written yet)"],
        ),
        ("If there is a crisis", [record.crisis_plan or "(not written yet)"]),
        ("How mentoring ends", [record.ending or "(not written yet)"]),
        ("Asking for a different mentor", [record.change_of_mentor or "(not written yet)"]),
    ]


def render_text(record: AgreementRecord) -> str:
    lines = []
    for heading, body in sections(record):
        lines.append(heading.upper())
        lines.extend(body)
        lines.append("")
    if record.review_on:
        lines.append(f"We will look at this again on {record.review_on:%d %B %Y}.")
    return "\n".join(lines).rstrip() + "\n"


@dataclass(frozen=True)
class DiffRow:
    """One row of the side-by-side difference: tag is equal, replace, delete or insert."""

    tag: str
    left: str
    right: str


def difference(old: AgreementRecord, new: AgreementRecord) -> list[DiffRow]:
    a = render_text(old).splitlines()
    b = render_text(new).splitlines()
    rows: list[DiffRow] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        left, right = a[i1:i2], b[j1:j2]
        for k in range(max(len(left), len(right))):
            rows.append(
                DiffRow(
                    tag,
                    left[k] if k < len(left) else "",
                    right[k] if k < len(right) else "",
                )
            )
    return rows
