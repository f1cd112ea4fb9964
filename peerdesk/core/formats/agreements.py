"""Printed boundary agreements (a copy for both to sign, a plain copy for the mentee), the
one-page crisis card, and the boundary-events section of the supervision export."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.core.formats.document import Bullets, Document, Facts, Heading, Paragraph
from peerdesk.core.models import BoundaryEvent, BoundaryEventKind, Setting
from peerdesk.core.services import agreements, crisis_cards, mentees, profile
from peerdesk.core.services.agreements import AgreementRecord
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import EVENT_KINDS, EVENT_LABELS

SIGN_LINE = "Signature ______________________________   Date ______________"


def _day(d: date | None) -> str:
    return f"{d:%d %B %Y}".lstrip("0") if d else "not yet"


def _blocks(record: AgreementRecord) -> list:
    blocks: list = []
    for heading, lines in agreements.sections(record):
        blocks.append(Heading(heading))
        items = [line[4:] for line in lines if line.startswith("  - ")]
        if items:
            blocks.append(Bullets(tuple(items)))
        else:
            for line in lines:
                blocks.append(Paragraph(line.strip()))
    return blocks


def agreement_document(
    vault: Vault, *, agreement_id: int, for_mentee: bool = False, today: date | None = None
) -> Document:
    """The agreement as a document. ``for_mentee``: the plain copy they keep (no signature
    lines, written to them); otherwise the copy both sign."""
    today = today or date.today()
    record = agreements.get_agreement(vault, agreement_id=agreement_id)
    person = mentees.get_mentee(vault, mentee_id=record.mentee_id)
    mentor = profile.get_profile(vault)
    mentor_name = mentor.name or "your mentor"
    if for_mentee:
        doc = Document(
            title=f"What we agreed, {person.display_name}",
            subtitle=f"Your copy, version {record.version}, from {mentor_name}"
            + (f" ({mentor.organisation})" if mentor.organisation else ""),
            footer=(
                "This is your copy to keep. If something here does not feel right, or you "
                "would like to change it, tell me: we can change it together at any time."
            ),
        )
        doc.blocks.append(
            Paragraph(
                "This is how we will work together. It is here to keep us both safe and to "
                "make the most of our time. 'I' is me, your mentor; 'you' is you."
            )
        )
    else:
        doc = Document(
            title=f"Our mentoring agreement: {person.display_name} and {mentor_name}",
            subtitle=f"Version {record.version}, printed {_day(today)}",
            footer="Each of us keeps a signed copy. We can change this agreement together.",
        )
    facts = [("Starts", _day(record.effective_on))]
    if record.review_on:
        facts.append(("We look at it again on", _day(record.review_on)))
    doc.blocks.append(Facts(tuple(facts)))
    doc.blocks.extend(_blocks(record))
    if not for_mentee:
        doc.blocks.append(Heading("Signed"))
        doc.blocks.append(
            Paragraph(
                "We have read this together and agree to it. Either of us can ask to change it."
            )
        )
        doc.blocks.append(Facts(((person.display_name, SIGN_LINE), (mentor_name, SIGN_LINE))))
        acks = []
        if record.acknowledged_by_mentee_on:
            acks.append(("Agreed by mentee on", _day(record.acknowledged_by_mentee_on)))
        if record.acknowledged_by_mentor_on:
            acks.append(("Agreed by mentor on", _day(record.acknowledged_by_mentor_on)))
        if acks:
            doc.blocks.append(Facts(tuple(acks)))
    return doc


def crisis_card_document(vault: Vault, *, mentee_id: int, today: date | None = None) -> Document:
    """One page: warning signs and what helps in their words, people, services."""
    today = today or date.today()
    person = mentees.get_mentee(vault, mentee_id=mentee_id)
    card = crisis_cards.get_crisis_card(vault, mentee_id=mentee_id)
    doc = Document(
        title=f"{person.display_name}'s crisis card",
        subtitle=f"Updated {_day((card.updated_at or datetime.combine(today, time())).date())}",
        footer=(
            "If you are in danger right now, call your local emergency number. "
            "Keep this card somewhere you can find it."
        ),
    )
    doc.blocks.append(Heading("Signs that things are getting hard for me"))
    doc.blocks.append(
        Paragraph(card.warning_signs or "(to write together)", quote=bool(card.warning_signs))
    )
    doc.blocks.append(Heading("What helps me"))
    doc.blocks.append(
        Paragraph(card.what_helps or "(to write together)", quote=bool(card.what_helps))
    )
    doc.blocks.append(Heading("People I can call"))
    if card.people:
        doc.blocks.append(
            Facts(
                tuple(
                    (
                        p["name"] + (f" ({p['relation']})" if p.get("relation") else ""),
                        p.get("phone") or "",
                    )
                    for p in card.people
                )
            )
        )
    else:
        doc.blocks.append(Paragraph("(to write together)"))
    services = crisis_cards.card_services(vault, card=card)
    if services or card.other_services:
        doc.blocks.append(Heading("Services and crisis lines"))
        pairs = [
            (
                s.name + (f" · {s.organization_name}" if s.organization_name else ""),
                ", ".join(s.phones) or "",
            )
            for s in services
        ]
        if pairs:
            doc.blocks.append(Facts(tuple(pairs)))
        if card.other_services:
            doc.blocks.append(Bullets(tuple(card.other_services)))
    return doc


# --- supervision export: boundary events by kind (aggregated, de-identified) -----------------


def _threshold(s: Session) -> int:
    row = s.get(Setting, "suppression_threshold")
    try:
        return int(row.value) if row is not None else 10
    except (TypeError, ValueError):
        return 10


def boundary_section(s: Session, request, redact) -> tuple[list, list[tuple[str, str, str, str]]]:
    """Counts of boundary events by kind for the period and the chosen mentees, small
    counts suppressed. No text from the events is ever included."""
    from peerdesk.core.formats.suppression import suppress

    stmt = (
        select(BoundaryEvent.kind, func.count())
        .where(
            BoundaryEvent.occurred_at >= datetime.combine(request.date_from, time()),
            BoundaryEvent.occurred_at
            < datetime.combine(request.date_to + timedelta(days=1), time()),
        )
        .group_by(BoundaryEvent.kind)
    )
    if request.mentee_ids:
        stmt = stmt.where(BoundaryEvent.mentee_id.in_(request.mentee_ids))
    found = {BoundaryEventKind(k): n for k, n in s.execute(stmt).all()}
    labels = [EVENT_LABELS[k] for k in EVENT_KINDS]
    table = [[found.get(k, 0)] for k in EVENT_KINDS]
    result = suppress(labels, ["events"], table, threshold=_threshold(s))
    blocks: list = [Heading("Boundary events by kind")]
    if not found:
        blocks.append(Paragraph("No boundary events were logged in this period."))
    else:
        blocks.append(
            Paragraph(
                "How often something touched an agreed boundary, by kind, across the mentees "
                "in this summary. Small counts are hidden."
            )
        )
        blocks.append(
            Facts(
                (
                    *tuple(
                        (label, result.cells[i][0])
                        for i, label in enumerate(labels)
                        if table[i][0] or result.suppressed[i][0]
                    ),
                    ("All kinds", result.total),
                )
            )
        )
    rows = [
        ("boundary_events", label, "events", result.cells[i][0]) for i, label in enumerate(labels)
    ]
    rows.append(("boundary_events", "total", "events", result.total))
    return blocks, rows
