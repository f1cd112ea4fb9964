"""A mentee's own record: everything written about one person, as a Document that can
be read aloud to them. Pure: plain data in (gathered by services/mentee_record.py),
a Document out; render/pdf.py or Document.to_text() writes it.

Group notes appear with their date and kind only: their text is about other people too,
so it is left out of one person's record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from peerdesk.core.formats.document import Block, Bullets, Document, Facts, Heading, Paragraph


@dataclass(frozen=True, repr=False)
class RecordNote:
    occurred_on: date
    kind: str
    modality: str
    minutes: int | None
    group: bool
    sections: tuple[tuple[str, str], ...] = ()  # (label, text); empty for a group note
    addenda: tuple[tuple[date, str], ...] = ()
    signed_by: str = ""

    def __repr__(self) -> str:
        return "<RecordNote>"


@dataclass(frozen=True, repr=False)
class RecordGoal:
    statement: str
    domain: str
    status: str
    why: str = ""
    target_on: date | None = None
    steps: tuple[tuple[str, bool], ...] = ()  # (text, done)
    progress: tuple[tuple[date, int, str], ...] = ()  # (on, 0-10, sentence)

    def __repr__(self) -> str:
        return "<RecordGoal>"


@dataclass(frozen=True, repr=False)
class RecordAgreement:
    version: int
    status: str
    effective_on: date | None
    sections: tuple[tuple[str, tuple[str, ...]], ...]

    def __repr__(self) -> str:
        return "<RecordAgreement>"


@dataclass(frozen=True, repr=False)
class RecordReferral:
    service: str
    organisation: str
    referred_on: date
    status: str
    reason: str = ""
    outcome: str = ""

    def __repr__(self) -> str:
        return "<RecordReferral>"


@dataclass(repr=False)
class PersonRecord:
    name: str
    prepared_on: date
    mentor: str = ""
    facts: list[tuple[str, str]] = field(default_factory=list)
    what_matters: str = ""
    strengths: str = ""
    important_people: list[str] = field(default_factory=list)
    goals: list[RecordGoal] = field(default_factory=list)
    notes: list[RecordNote] = field(default_factory=list)
    agreements: list[RecordAgreement] = field(default_factory=list)
    referrals: list[RecordReferral] = field(default_factory=list)

    def __repr__(self) -> str:
        return "<PersonRecord>"


def _day(d: date) -> str:
    return d.strftime("%d %B %Y").lstrip("0")


def record_document(record: PersonRecord) -> Document:
    blocks: list[Block] = []
    doc = Document(
        title=f"My peer support record: {record.name}",
        subtitle=f"Prepared {_day(record.prepared_on)}"
        + (f" by {record.mentor}" if record.mentor else ""),
        blocks=blocks,
        footer=(
            "This is everything written about you in peerdesk. Group sessions are listed by "
            "date only, because their notes are about other people too. If something here is "
            "wrong or missing, tell your mentor: a dated addendum corrects a signed note."
        ),
    )
    if record.facts:
        blocks.append(Facts(tuple(record.facts)))
    blocks.append(Heading("What matters to me"))
    blocks.append(
        Paragraph(record.what_matters or "(not written down yet)", quote=bool(record.what_matters))
    )
    blocks.append(Heading("My strengths"))
    blocks.append(
        Paragraph(record.strengths or "(not written down yet)", quote=bool(record.strengths))
    )
    if record.important_people:
        blocks.append(Heading("People who matter to me"))
        blocks.append(Bullets(tuple(record.important_people)))

    blocks.append(Heading("My goals"))
    if not record.goals:
        blocks.append(Paragraph("No goals written down yet."))
    for goal in record.goals:
        blocks.append(Paragraph(goal.statement, quote=True))
        facts = [("Area of life", goal.domain), ("Status", goal.status)]
        if goal.why:
            facts.append(("Why it matters", goal.why))
        if goal.target_on:
            facts.append(("Hoping for", _day(goal.target_on)))
        blocks.append(Facts(tuple(facts)))
        if goal.steps:
            blocks.append(
                Bullets(tuple(("done: " if done else "next: ") + text for text, done in goal.steps))
            )
        if goal.progress:
            blocks.append(
                Bullets(
                    tuple(
                        f"{_day(on)}: {score} out of 10" + (f", {sentence}" if sentence else "")
                        for on, score, sentence in goal.progress
                    )
                )
            )

    blocks.append(Heading("Our sessions"))
    if not record.notes:
        blocks.append(Paragraph("No signed session notes yet."))
    for note in record.notes:
        length = f", {note.minutes} minutes" if note.minutes else ""
        blocks.append(Heading(f"{_day(note.occurred_on)}: {note.kind} ({note.modality}{length})"))
        if note.group:
            blocks.append(
                Paragraph(
                    "A group session. Its notes are about other people too, so they are left out here."
                )
            )
            continue
        for label, text in note.sections:
            if text.strip():
                blocks.append(Facts(((label, text.strip()),)))
        for on, text in note.addenda:
            blocks.append(Facts(((f"Added {_day(on)}", text),)))
        if note.signed_by:
            blocks.append(Paragraph(f"Signed: {note.signed_by}"))

    if record.agreements:
        blocks.append(Heading("What we agreed"))
        for agreement in record.agreements:
            since = f", from {_day(agreement.effective_on)}" if agreement.effective_on else ""
            blocks.append(Paragraph(f"Version {agreement.version} ({agreement.status}{since})"))
            for title, lines in agreement.sections:
                blocks.append(Facts(((title, " ".join(line.strip(" -") for line in lines)),)))

    if record.referrals:
        blocks.append(Heading("Services we looked at together"))
        blocks.append(
            Bullets(
                tuple(
                    f"{_day(r.referred_on)}: {r.service}"
                    + (f" ({r.organisation})" if r.organisation else "")
                    + f", {r.status}"
                    + (f". Why: {r.reason}" if r.reason else "")
                    + (f". What happened: {r.outcome}" if r.outcome else "")
                    for r in record.referrals
                )
            )
        )
    return doc
