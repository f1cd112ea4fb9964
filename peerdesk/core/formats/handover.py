"""The hand-over summary, for when a mentee moves to a different mentor.

Written in the mentee's own words and strengths-based. It leaves out contact
details, birth date, address and the notes themselves: the programme passes
those on, with the mentee's consent, through its own channels.
"""

from __future__ import annotations

from datetime import date

from peerdesk.core.formats.document import Bullets, Document, Facts, Heading, Paragraph
from peerdesk.core.models import MenteeKind, NoteState
from peerdesk.core.services import mentees, notes, profile
from peerdesk.core.vault import Vault

STYLE_WORDS = {
    "practical": "practical support",
    "emotional": "emotional support",
    "both": "practical and emotional support",
}


def handover_summary(vault: Vault, *, mentee_id: int, today: date | None = None) -> Document:
    today = today or date.today()
    person = mentees.get_mentee(vault, mentee_id=mentee_id)
    mentor = profile.get_profile(vault)
    recent = notes.list_notes(
        vault, where=notes.NoteFilter(mentee_id=mentee_id, state=NoteState.SIGNED), limit=3
    )
    follow_ups = notes.open_follow_ups(vault, mentee_id=mentee_id)

    doc = Document(
        title=f"Hand-over summary: {person.display_name}",
        subtitle=f"Prepared {today.strftime('%d %B %Y')}"
        + (f" by {mentor.name}" if mentor.name else ""),
        footer=(
            "Please share this summary only with the person it is about and their new mentor, "
            "and read it through with them. Contact details are passed on by the programme, "
            "with their consent."
        ),
    )
    facts = [("Likes to be called", person.display_name)]
    if person.pronouns:
        facts.append(("Pronouns", person.pronouns))
    facts.append(
        ("Support", STYLE_WORDS.get(person.support_style.value, person.support_style.value))
    )
    if person.kind == MenteeKind.FAMILY:
        facts.append(("Kind", "family peer support (supporting someone close to them)"))
    if person.preferred_channels:
        facts.append(("Prefers to keep in touch by", ", ".join(person.preferred_channels)))
    if person.started_on:
        facts.append(("Peer support since", person.started_on.strftime("%B %Y")))
    doc.blocks.append(Facts(tuple(facts)))

    doc.blocks.append(Heading("What matters to me"))
    doc.blocks.append(
        Paragraph(
            person.what_matters or "(not written down yet: ask them)",
            quote=bool(person.what_matters),
        )
    )
    doc.blocks.append(Heading("My strengths"))
    doc.blocks.append(
        Paragraph(
            person.strengths or "(not written down yet: ask them)", quote=bool(person.strengths)
        )
    )
    if person.important_people:
        doc.blocks.append(Heading("People who matter to me"))
        doc.blocks.append(
            Bullets(
                tuple(
                    f"{p.name}" + (f" ({p.relation})" if p.relation else "")
                    for p in person.important_people
                )
            )
        )
    if person.status_reason:
        doc.blocks.append(Heading("Why the change"))
        doc.blocks.append(Paragraph(person.status_reason))
    # One-to-one notes only: a group note's next steps may be about other people.
    one_to_one = (notes.get_note(vault, note_id=r.id) for r in recent)
    next_steps = [
        n.next_steps for n in one_to_one if n.setting == "one-to-one" and n.next_steps.strip()
    ][:3]
    if next_steps:
        doc.blocks.append(Heading("What we were working on"))
        doc.blocks.append(Bullets(tuple(next_steps)))
    follow_ups = [f for f in follow_ups if len(f.mentee_names) == 1]
    if follow_ups:
        doc.blocks.append(Heading("Still open"))
        doc.blocks.append(
            Bullets(
                tuple(
                    f.task + (f" (by {f.due_on.strftime('%d %B')})" if f.due_on else "")
                    for f in follow_ups
                )
            )
        )
    return doc
