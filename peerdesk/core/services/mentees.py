"""Mentees: the people a mentor supports, described in their own words."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from peerdesk.core.errors import ValidationError
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message
from peerdesk.core.models import (
    ImportantPerson,
    Mentee,
    MenteeAlias,
    MenteeContact,
    MenteeKind,
    MenteeStatus,
    SharingConsent,
    SupportStyle,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import audit, changes, notes
from peerdesk.core.services.changes import Changes
from peerdesk.core.services.rows import MenteeSummary
from peerdesk.core.services.search import name_key
from peerdesk.core.vault import Vault

CHANNELS = ("in person", "phone", "video", "text", "email")
ENDING_REASONS = (
    "reached their goals",
    "asked for a different mentor",
    "moved away",
    "chose to stop",
    "programme ended",
    "lost contact",
    "other",
)
MAX_NAME = 200
MAX_TEXT = 20_000


@dataclass(repr=False)
class Contact(IdOnlyRepr):
    kind: str  # phone | email
    value: str
    label: str = ""


@dataclass(repr=False)
class Person(IdOnlyRepr):
    name: str
    relation: str = ""
    contact: str = ""


@dataclass(repr=False)
class Consent(IdOnlyRepr):
    with_whom: str
    scope: str = ""
    until: date | None = None


@dataclass(repr=False)
class MenteeRecord(IdOnlyRepr):
    """Everything on a mentee's profile, as plain data for forms and the CLI."""

    display_name: str
    id: int | None = None
    full_name: str = ""
    pronouns: str = ""
    birth_date: date | None = None
    address: str = ""
    preferred_channels: list[str] = field(default_factory=list)
    support_style: SupportStyle = SupportStyle.BOTH
    kind: MenteeKind = MenteeKind.INDIVIDUAL
    started_on: date | None = None
    status: MenteeStatus = MenteeStatus.ACTIVE
    status_reason: str = ""
    ended_on: date | None = None  # when the status became ended (today if not given)
    what_matters: str = ""
    strengths: str = ""
    aliases: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    important_people: list[Person] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    archived: bool = False


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _clean(text: str, *, limit: int = MAX_TEXT) -> str:
    text = (text or "").strip()
    if len(text) > limit:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "That text is longer than {limit:,} characters; please shorten it."
                ),
                limit=limit,
            )
        )
    return text


def validate(record: MenteeRecord, *, today: date | None = None) -> None:
    today = today or date.today()
    if not record.display_name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Please give the name the person likes to be called.")
        )
    if len(record.display_name.strip()) > MAX_NAME:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("core", "A name can have at most {limit} characters."),
                limit=MAX_NAME,
            )
        )
    texts = [
        record.full_name,
        record.address,
        record.status_reason,
        record.what_matters,
        record.strengths,
    ]
    texts += [c.value for c in record.contacts] + [p.name for p in record.important_people]
    if any(len(t or "") > MAX_TEXT for t in texts) or any(
        len(a) > MAX_NAME for a in record.aliases
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "One of the texts is too long to save; please shorten it.")
        )
    if record.birth_date and record.birth_date > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "The birth date is in the future; please check it.")
        )
    if record.started_on and record.started_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "The start date is in the future; please check it.")
        )
    for value, cls, label in (
        (record.support_style, SupportStyle, "Support style"),
        (record.kind, MenteeKind, "Kind of support"),
        (record.status, MenteeStatus, "Status"),
    ):
        if value not in {m.value for m in cls}:
            raise ValidationError(f"{label} can be: " + ", ".join(m.value for m in cls) + ".")
    unknown = [c for c in record.preferred_channels if c not in CHANNELS]
    if unknown:
        raise ValidationError("Contact channels can be: " + ", ".join(CHANNELS) + ".")
    for contact in record.contacts:
        if contact.kind not in ("phone", "email"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "A contact is either a phone number or an email address.")
            )
        if contact.kind == "email" and contact.value.strip() and "@" not in contact.value:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "An email address needs an @; please check it.")
            )
    for consent in record.consents:
        if not consent.with_whom.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Each information-sharing consent needs a 'with whom'.")
            )
    for person in record.important_people:
        if not person.name.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("core", "Each important person needs a name."))


def _apply(row: Mentee, record: MenteeRecord) -> None:
    row.display_name = _clean(record.display_name, limit=MAX_NAME)
    row.full_name = _clean(record.full_name, limit=MAX_NAME)
    row.pronouns = _clean(record.pronouns, limit=60)
    row.birth_date = record.birth_date
    row.address = _clean(record.address)
    row.preferred_channels = [c for c in CHANNELS if c in record.preferred_channels]
    row.support_style = SupportStyle(record.support_style)
    row.kind = MenteeKind(record.kind)
    row.started_on = record.started_on
    row.status = MenteeStatus(record.status)
    row.status_reason = _clean(record.status_reason) if row.status != MenteeStatus.ACTIVE else ""
    if row.status == MenteeStatus.ENDED:
        row.ended_on = record.ended_on or row.ended_on or _now().date()
    else:
        row.ended_on = None
    row.what_matters = _clean(record.what_matters)
    row.strengths = _clean(record.strengths)
    row.aliases = [
        MenteeAlias(alias=_clean(a, limit=MAX_NAME)) for a in record.aliases if a.strip()
    ]
    row.contacts = [
        MenteeContact(
            kind=c.kind,
            value=_clean(c.value, limit=MAX_NAME),
            label=_clean(c.label, limit=MAX_NAME),
        )
        for c in record.contacts
        if c.value.strip()
    ]
    row.important_people = [
        ImportantPerson(
            name=_clean(p.name, limit=MAX_NAME),
            relation=_clean(p.relation),
            contact=_clean(p.contact),
        )
        for p in record.important_people
    ]
    row.consents = [
        SharingConsent(
            with_whom=_clean(c.with_whom, limit=MAX_NAME), scope=_clean(c.scope), until=c.until
        )
        for c in record.consents
    ]
    row.updated_at = _now()


def _to_record(row: Mentee) -> MenteeRecord:
    return MenteeRecord(
        id=row.id,
        display_name=row.display_name,
        full_name=row.full_name,
        pronouns=row.pronouns,
        birth_date=row.birth_date,
        address=row.address,
        preferred_channels=list(row.preferred_channels or []),
        support_style=row.support_style,
        kind=row.kind,
        started_on=row.started_on,
        status=row.status,
        status_reason=row.status_reason,
        ended_on=row.ended_on,
        what_matters=row.what_matters,
        strengths=row.strengths,
        aliases=[a.alias for a in row.aliases],
        contacts=[Contact(c.kind, c.value, c.label) for c in row.contacts],
        important_people=[Person(p.name, p.relation, p.contact) for p in row.important_people],
        consents=[Consent(c.with_whom, c.scope, c.until) for c in row.consents],
        archived=row.archived_at is not None,
    )


def add_mentee(vault: Vault, *, record: MenteeRecord) -> int:
    validate(record)
    with vault.session() as s:
        row = Mentee(created_at=_now(), archived_at=None)
        _apply(row, record)
        s.add(row)
        s.flush()
        audit.record(s, kind="created", entity="mentee", entity_id=row.id)
        return row.id


def update_mentee(vault: Vault, *, mentee_id: int, record: MenteeRecord) -> Changes:
    validate(record)
    with vault.session() as s:
        row = _load(s, mentee_id)
        _apply(row, record)
        s.flush()
        notes.reindex_mentee(s, mentee_id)
        audit.record(s, kind="edited", entity="mentee", entity_id=mentee_id)
    return changes.MENTEES


def get_mentee(vault: Vault, *, mentee_id: int) -> MenteeRecord:
    with vault.session() as s:
        return _to_record(_load(s, mentee_id))


def set_archived(vault: Vault, *, mentee_id: int, archived: bool = True) -> Changes:
    """Archiving hides a mentee from everyday lists; nothing is deleted."""
    with vault.session() as s:
        row = _load(s, mentee_id)
        row.archived_at = _now() if archived else None
        audit.record(
            s, kind="archived" if archived else "unarchived", entity="mentee", entity_id=mentee_id
        )
    return changes.MENTEES


def list_mentees(
    vault: Vault, *, include_archived: bool = False, query: str = ""
) -> list[MenteeSummary]:
    """Mentees by name. Plain column rows, not mapped objects: every page's list and
    chooser calls this on unlock, and 500 mentees with their aliases loaded as objects
    cost ~130 ms a call where the rows cost a tenth of that."""
    with vault.session() as s:
        stmt = select(
            Mentee.id,
            Mentee.display_name,
            Mentee.support_style,
            Mentee.kind,
            Mentee.status,
            Mentee.started_on,
            Mentee.archived_at,
        ).order_by(func.lower(Mentee.display_name), Mentee.id)
        if not include_archived:
            stmt = stmt.where(Mentee.archived_at.is_(None))
        if query.strip():
            like = f"%{query.strip().lower()}%"
            alias_match = select(MenteeAlias.mentee_id).where(
                func.lower(MenteeAlias.alias).like(like)
            )
            stmt = stmt.where(
                or_(
                    func.lower(Mentee.display_name).like(like),
                    func.lower(Mentee.full_name).like(like),
                    Mentee.id.in_(alias_match),
                )
            )
        rows = s.execute(stmt).all()
        aliases: dict[int, list[str]] = {}
        for mentee_id, alias in s.execute(
            select(MenteeAlias.mentee_id, MenteeAlias.alias).order_by(MenteeAlias.id)
        ):
            aliases.setdefault(mentee_id, []).append(alias)
        return [
            MenteeSummary(
                id=r.id,
                display_name=r.display_name,
                aliases=tuple(aliases.get(r.id, ())),
                support_style=r.support_style,
                kind=r.kind,
                status=r.status,
                started_on=r.started_on,
                archived=r.archived_at is not None,
            )
            for r in rows
        ]


def find_mentee(vault: Vault, *, name: str) -> int:
    """The id of the one mentee called ``name`` (display name or alias, any case; compared
    after search.typed, so a full-width letter or a zero-width space changes nothing)."""
    wanted = name_key(name)
    matches = [
        m.id
        for m in list_mentees(vault, include_archived=True)
        if wanted in {name_key(m.display_name), *(name_key(a) for a in m.aliases)}
    ]
    if not matches:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "No mentee has that name or alias."))
    if len(matches) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "More than one mentee has that name; use a more specific one."
            )
        )
    return matches[0]


def _load(s: Session, mentee_id: int) -> Mentee:
    row = s.get(Mentee, mentee_id)
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "That mentee no longer exists."))
    return row
