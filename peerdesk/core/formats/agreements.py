"""Printed boundary agreements (a copy for both to sign, a plain copy for the mentee), the
one-page crisis card, and the boundary-events section of the supervision export.

Plain records in (gathered by peerdesk.core.services.documents), Documents out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.core.formats.document import Block, Bullets, Document, Facts, Heading, Paragraph
from peerdesk.core.formats.suppression import suppress
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message, Translate, english

SIGN_LINE = "Signature ______________________________   Date ______________"


@dataclass(frozen=True, repr=False)
class AgreementText:
    """One version of an agreement, as it is printed."""

    mentee_name: str
    mentor_name: str
    mentor_organisation: str
    version: int
    effective_on: date | None
    review_on: date | None
    sections: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, plain lines)
    acknowledged_by_mentee_on: date | None = None
    acknowledged_by_mentor_on: date | None = None

    def __repr__(self) -> str:
        return f"<AgreementText version={self.version}>"


@dataclass(frozen=True, repr=False)
class CardPerson:
    name: str
    relation: str = ""
    phone: str = ""


@dataclass(frozen=True, repr=False)
class CardLine:
    """A service on the card: its name, organisation and phone numbers."""

    name: str
    organisation: str = ""
    phones: tuple[str, ...] = ()


@dataclass(frozen=True, repr=False)
class CrisisCardText:
    mentee_name: str
    updated_on: date | None
    warning_signs: str = ""
    what_helps: str = ""
    people: tuple[CardPerson, ...] = ()
    services: tuple[CardLine, ...] = ()
    other_services: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return "<CrisisCardText>"


def _day(d: date | None) -> str:
    return f"{d:%d %B %Y}".lstrip("0") if d else "not yet"


def _blocks(sections: tuple[tuple[str, tuple[str, ...]], ...]) -> list[Block]:
    blocks: list[Block] = []
    for heading, lines in sections:
        blocks.append(Heading(heading))
        items = [line[4:] for line in lines if line.startswith("  - ")]
        if items:
            blocks.append(Bullets(tuple(items)))
        else:
            for line in lines:
                blocks.append(Paragraph(line.strip()))
    return blocks


def agreement_document(
    agreement: AgreementText, *, for_mentee: bool = False, today: date
) -> Document:
    """The agreement as a document. ``for_mentee``: the plain copy they keep (no signature
    lines, written to them); otherwise the copy both sign."""
    mentor_name = agreement.mentor_name or "your mentor"
    person = agreement.mentee_name
    if for_mentee:
        org = agreement.mentor_organisation
        doc = Document(
            title=f"What we agreed, {person}",
            subtitle=f"Your copy, version {agreement.version}, from {mentor_name}"
            + (f" ({org})" if org else ""),
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
            title=f"Our mentoring agreement: {person} and {mentor_name}",
            subtitle=f"Version {agreement.version}, printed {_day(today)}",
            footer="Each of us keeps a signed copy. We can change this agreement together.",
        )
    facts = [("Starts", _day(agreement.effective_on))]
    if agreement.review_on:
        facts.append(("We look at it again on", _day(agreement.review_on)))
    doc.blocks.append(Facts(tuple(facts)))
    doc.blocks.extend(_blocks(agreement.sections))
    if not for_mentee:
        doc.blocks.append(Heading("Signed"))
        doc.blocks.append(
            Paragraph(
                "We have read this together and agree to it. Either of us can ask to change it."
            )
        )
        doc.blocks.append(Facts(((person, SIGN_LINE), (mentor_name, SIGN_LINE))))
        acks = []
        if agreement.acknowledged_by_mentee_on:
            acks.append(("Agreed by mentee on", _day(agreement.acknowledged_by_mentee_on)))
        if agreement.acknowledged_by_mentor_on:
            acks.append(("Agreed by mentor on", _day(agreement.acknowledged_by_mentor_on)))
        if acks:
            doc.blocks.append(Facts(tuple(acks)))
    return doc


def crisis_card_document(card: CrisisCardText, *, today: date) -> Document:
    """One page: warning signs and what helps in their words, people, services."""
    doc = Document(
        title=f"{card.mentee_name}'s crisis card",
        subtitle=f"Updated {_day(card.updated_on or today)}",
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
                    (p.name + (f" ({p.relation})" if p.relation else ""), p.phone)
                    for p in card.people
                )
            )
        )
    else:
        doc.blocks.append(Paragraph("(to write together)"))
    if card.services or card.other_services:
        doc.blocks.append(Heading("Services and crisis lines"))
        pairs = [
            (s.name + (f" · {s.organisation}" if s.organisation else ""), ", ".join(s.phones))
            for s in card.services
        ]
        if pairs:
            doc.blocks.append(Facts(tuple(pairs)))
        if card.other_services:
            doc.blocks.append(Bullets(card.other_services))
    return doc


# --- supervision export: boundary events by kind (aggregated, de-identified) -----------------


def boundary_section(
    counts: tuple[tuple[str, int], ...], *, threshold: int, translate: Translate = english
) -> tuple[list[Block], list[tuple[str, str, str, str]]]:
    """Counts of boundary events by kind (every kind, in order, zeros included), small
    counts suppressed. No text from the events is ever included. The blocks are in the
    language of ``translate``; the rows keep the English labels (the JSON's values)."""
    t = translate
    labels = [label for label, _n in counts]
    table = [[n] for _label, n in counts]
    result = suppress(labels, ["events"], table, threshold=threshold)
    blocks: list[Block] = [
        Heading(t(Message(QT_TRANSLATE_NOOP("core", "Boundary events by kind"))))
    ]
    if not any(n for _label, n in counts):
        blocks.append(
            Paragraph(
                t(
                    Message(
                        QT_TRANSLATE_NOOP("core", "No boundary events were logged in this period.")
                    )
                )
            )
        )
    else:
        blocks.append(
            Paragraph(
                t(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "How often something touched an agreed boundary, by kind, across "
                            "the mentees in this summary. Small counts are hidden.",
                        )
                    )
                )
            )
        )
        blocks.append(
            Facts(
                (
                    *tuple(
                        (t(Message(label)), result.cells[i][0])
                        for i, label in enumerate(labels)
                        if table[i][0] or result.suppressed[i][0]
                    ),
                    (t(Message(QT_TRANSLATE_NOOP("core", "All kinds"))), result.total),
                )
            )
        )
    rows = [
        ("boundary_events", label, "events", result.cells[i][0]) for i, label in enumerate(labels)
    ]
    rows.append(("boundary_events", "total", "events", result.total))
    return blocks, rows
