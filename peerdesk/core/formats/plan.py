"""'My plan on a page': the mentee's goals in their own words and the next steps.

Made for the mentee to keep. It leaves out progress scores per session, check-ins and
anything from session notes: only what they said they want, why, and what comes next.
"""

from __future__ import annotations

from datetime import date

from peerdesk.core.formats.document import Bullets, Document, Figure, Heading, Paragraph
from peerdesk.core.models import GoalStatus
from peerdesk.core.services import goals, mentees, profile
from peerdesk.core.services.goals import domain_label
from peerdesk.core.vault import Vault

OVERVIEW = "domains"


def _when(d: date) -> str:
    return d.strftime("%d %b %Y").lstrip("0")


def plan_document(vault: Vault, *, mentee_id: int, today: date | None = None) -> Document:
    today = today or date.today()
    person = mentees.get_mentee(vault, mentee_id=mentee_id)
    mentor = profile.get_profile(vault)
    mine = goals.list_goals(vault, mentee_id=mentee_id)
    doc = Document(
        title=f"My plan: {person.display_name}",
        subtitle=f"{_when(today)}" + (f", made with {mentor.name}" if mentor.name else ""),
        footer=(
            "This plan is yours. It is in your own words, and you can change it whenever you like."
        ),
    )
    if person.what_matters:
        doc.blocks.append(Heading("What matters to me"))
        doc.blocks.append(Paragraph(person.what_matters, quote=True))

    active = [g for g in mine if g.status == GoalStatus.ACTIVE]
    doc.blocks.append(Heading("My goals"))
    if not active:
        doc.blocks.append(Paragraph("No goals written down yet. What would you like to work on?"))
    for g in active:
        detail = goals.get_goal(vault, goal_id=g.id)
        doc.blocks.append(Paragraph(f"{domain_label(g.domain)}: {g.statement}", quote=False))
        lines = []
        if detail.why:
            lines.append(f"Why it matters: {detail.why}")
        if detail.strengths:
            lines.append(f"What I bring: {detail.strengths}")
        nxt = g.next_step
        if nxt is not None:
            by = f" (by {_when(nxt.due_on)})" if nxt.due_on else ""
            lines.append(f"Next step: {nxt.text}{by}")
        if g.target_on:
            lines.append(f"Hoping for: {_when(g.target_on)}")
        if lines:
            doc.blocks.append(Bullets(tuple(lines)))

    overview = goals.domain_overview(vault, mentee_id=mentee_id)
    scored = [d for d in overview if d.latest is not None]
    if scored:
        doc.blocks.append(Heading("Where I am now (0 to 10)"))
        doc.blocks.append(
            Figure(
                OVERVIEW,
                alt="; ".join(
                    f"{domain_label(d.domain)}: from {d.first:.0f} to {d.latest:.0f}"
                    for d in scored
                ),
            )
        )

    paused = [g for g in mine if g.status == GoalStatus.PAUSED]
    done = [g for g in mine if g.status == GoalStatus.ACHIEVED]
    if done:
        doc.blocks.append(Heading("Already done"))
        doc.blocks.append(Bullets(tuple(g.statement for g in done)))
    if paused:
        doc.blocks.append(Heading("On hold for now"))
        doc.blocks.append(Bullets(tuple(g.statement for g in paused)))
    if person.strengths:
        doc.blocks.append(Heading("My strengths"))
        doc.blocks.append(Paragraph(person.strengths, quote=True))
    return doc
