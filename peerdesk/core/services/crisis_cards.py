"""Each mentee's crisis card: warning signs, what helps, people to call and the
services and crisis lines from the directory, printable on one page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select

from peerdesk.core.errors import QT_TRANSLATE_NOOP, PeerdeskError, ValidationError
from peerdesk.core.models import (
    CrisisCard,
    DirService,
    Mentee,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import audit
from peerdesk.core.services.agreements import MAX_ITEMS, MAX_TEXT, clean_list
from peerdesk.core.vault import Vault


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


@dataclass(repr=False)
class CrisisCardRecord(IdOnlyRepr):
    mentee_id: int
    warning_signs: str = ""  # in their own words
    what_helps: str = ""  # in their own words
    people: list[dict[str, str]] = field(default_factory=list)  # name, relation, phone
    service_ids: list[str] = field(default_factory=list)
    other_services: list[str] = field(default_factory=list)
    updated_at: datetime | None = None
    id: int | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.warning_signs.strip()
            or self.what_helps.strip()
            or self.people
            or self.service_ids
            or self.other_services
        )


@dataclass(frozen=True, repr=False)
class CardService(IdOnlyRepr):
    """A service on a crisis card, resolved from the directory."""

    id: str
    name: str
    organization_name: str
    phones: tuple[str, ...]


def get_crisis_card(vault: Vault, *, mentee_id: int) -> CrisisCardRecord:
    """The mentee's crisis card (an empty one if none has been written yet)."""
    with vault.session() as s:
        row = s.scalars(select(CrisisCard).where(CrisisCard.mentee_id == mentee_id)).first()
        if row is None:
            return CrisisCardRecord(mentee_id=mentee_id)
        return CrisisCardRecord(
            mentee_id=row.mentee_id,
            warning_signs=row.warning_signs,
            what_helps=row.what_helps,
            people=[dict(p) for p in row.people],
            service_ids=list(row.service_ids),
            other_services=list(row.other_services),
            updated_at=row.updated_at,
            id=row.id,
        )


def save_crisis_card(vault: Vault, *, card: CrisisCardRecord) -> int:
    people = [
        {k: str(p.get(k, "")).strip() for k in ("name", "relation", "phone")}
        for p in card.people
        if str(p.get("name", "")).strip() or str(p.get("phone", "")).strip()
    ]
    texts = [card.warning_signs, card.what_helps, *card.other_services]
    texts += [v for p in people for v in p.values()]
    if any(len(t) > MAX_TEXT for t in texts):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That text is too long to save; please shorten it.")
        )
    if len(people) > MAX_ITEMS or len(card.other_services) > MAX_ITEMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That list is very long; a crisis card fits on one page.")
        )
    with vault.session() as s:
        if s.get(Mentee, card.mentee_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That mentee no longer exists."))
        known = set(
            s.scalars(select(DirService.id).where(DirService.id.in_(card.service_ids))).all()
        )
        row = s.scalars(select(CrisisCard).where(CrisisCard.mentee_id == card.mentee_id)).first()
        created = row is None
        if row is None:
            row = CrisisCard(mentee_id=card.mentee_id)
            s.add(row)
        row.warning_signs = card.warning_signs.strip()
        row.what_helps = card.what_helps.strip()
        row.people = people
        row.service_ids = [sid for sid in dict.fromkeys(card.service_ids) if sid in known]
        row.other_services = clean_list(card.other_services)
        row.updated_at = _now()
        s.flush()
        audit.record(
            s,
            kind="created" if created else "edited",
            entity="crisis_card",
            entity_id=row.id,
            detail={"people": len(people), "services": len(row.service_ids)},
        )
        return row.id


def card_services(vault: Vault, *, card: CrisisCardRecord) -> list[CardService]:
    """The directory services on a card, with their phone numbers, in the card's order;
    a seeded line's phone notes in the mentor's language."""
    from peerdesk.core.services import directory, seed_text

    out = []
    for sid in card.service_ids:
        try:
            svc = seed_text.localise(directory.get_service(vault, service_id=sid))
        except PeerdeskError:  # removed from the directory since: leave it off the card
            continue
        out.append(
            CardService(
                sid,
                svc.name,
                svc.organization_name,
                tuple(
                    p.number + (f" ({p.description})" if p.description else "") for p in svc.phones
                ),
            )
        )
    return out
