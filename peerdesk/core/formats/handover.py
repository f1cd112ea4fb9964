"""The hand-over summary, for when a mentee moves to a different mentor.

Written in the mentee's own words and strengths-based. It leaves out contact
details, birth date, address and the notes themselves: the programme passes
those on, with the mentee's consent, through its own channels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.core.formats.document import Bullets, Document, Facts, Heading, Paragraph
from peerdesk.core.vocab import MenteeKind

STYLE_WORDS = {
    "practical": "practical support",
    "emotional": "emotional support",
    "both": "practical and emotional support",
}


@dataclass(frozen=True, repr=False)
class HandoverFacts:
    """What the summary is made of (services gather it; nothing here is looked up)."""

    display_name: str
    mentor_name: str = ""
    pronouns: str = ""
    support_style: str = "both"
    kind: MenteeKind = MenteeKind.INDIVIDUAL
    preferred_channels: tuple[str, ...] = ()
    started_on: date | None = None
    what_matters: str = ""
    strengths: str = ""
    important_people: tuple[tuple[str, str], ...] = ()  # (name, relation)
    status_reason: str = ""
    next_steps: tuple[str, ...] = ()  # from their latest one-to-one notes, newest first
    open_follow_ups: tuple[tuple[str, date | None], ...] = ()  # (task, due on)

    def __repr__(self) -> str:
        return "<HandoverFacts>"


def handover_summary(facts: HandoverFacts, *, today: date) -> Document:
    doc = Document(
        title=f"Hand-over summary: {facts.display_name}",
        subtitle=f"Prepared {today.strftime('%d %B %Y')}"
        + (f" by {facts.mentor_name}" if facts.mentor_name else ""),
        footer=(
            "Please share this summary only with the person it is about and their new mentor, "
            "and read it through with them. Contact details are passed on by the programme, "
            "with their consent."
        ),
    )
    pairs = [("Likes to be called", facts.display_name)]
    if facts.pronouns:
        pairs.append(("Pronouns", facts.pronouns))
    pairs.append(("Support", STYLE_WORDS.get(facts.support_style, facts.support_style)))
    if facts.kind == MenteeKind.FAMILY:
        pairs.append(("Kind", "family peer support (supporting someone close to them)"))
    if facts.preferred_channels:
        pairs.append(("Prefers to keep in touch by", ", ".join(facts.preferred_channels)))
    if facts.started_on:
        pairs.append(("Peer support since", facts.started_on.strftime("%B %Y")))
    doc.blocks.append(Facts(tuple(pairs)))

    doc.blocks.append(Heading("What matters to me"))
    doc.blocks.append(
        Paragraph(
            facts.what_matters or "(not written down yet: ask them)",
            quote=bool(facts.what_matters),
        )
    )
    doc.blocks.append(Heading("My strengths"))
    doc.blocks.append(
        Paragraph(
            facts.strengths or "(not written down yet: ask them)", quote=bool(facts.strengths)
        )
    )
    if facts.important_people:
        doc.blocks.append(Heading("People who matter to me"))
        doc.blocks.append(
            Bullets(
                tuple(
                    name + (f" ({relation})" if relation else "")
                    for name, relation in facts.important_people
                )
            )
        )
    if facts.status_reason:
        doc.blocks.append(Heading("Why the change"))
        doc.blocks.append(Paragraph(facts.status_reason))
    steps = [s for s in facts.next_steps if s.strip()][:3]
    if steps:
        doc.blocks.append(Heading("What we were working on"))
        doc.blocks.append(Bullets(tuple(steps)))
    if facts.open_follow_ups:
        doc.blocks.append(Heading("Still open"))
        doc.blocks.append(
            Bullets(
                tuple(
                    task + (f" (by {due.strftime('%d %B')})" if due else "")
                    for task, due in facts.open_follow_ups
                )
            )
        )
    return doc
