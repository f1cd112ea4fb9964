"""'My plan on a page': the mentee's goals in their own words and the next steps.

Made for the mentee to keep. It leaves out progress scores per session, check-ins and
anything from session notes: only what they said they want, why, and what comes next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.core.formats.document import Bullets, Document, Figure, Heading, Paragraph
from peerdesk.core.records import DomainPoint
from peerdesk.core.vocab import GoalDomain, GoalStatus, domain_label

OVERVIEW = "domains"


@dataclass(frozen=True, repr=False)
class PlanGoal:
    domain: GoalDomain
    statement: str
    status: GoalStatus = GoalStatus.ACTIVE
    why: str = ""
    strengths: str = ""
    next_step: str = ""
    next_step_due: date | None = None
    target_on: date | None = None

    def __repr__(self) -> str:
        return f"<PlanGoal {self.status.value}>"


@dataclass(frozen=True, repr=False)
class PlanFacts:
    display_name: str
    mentor_name: str = ""
    what_matters: str = ""
    strengths: str = ""
    goals: tuple[PlanGoal, ...] = ()
    overview: tuple[DomainPoint, ...] = ()  # the domains with a score, for the chart

    def __repr__(self) -> str:
        return "<PlanFacts>"


def _when(d: date) -> str:
    return d.strftime("%d %b %Y").lstrip("0")


def plan_document(plan: PlanFacts, *, today: date) -> Document:
    doc = Document(
        title=f"My plan: {plan.display_name}",
        subtitle=f"{_when(today)}"
        + (f", made with {plan.mentor_name}" if plan.mentor_name else ""),
        footer=(
            "This plan is yours. It is in your own words, and you can change it whenever you like."
        ),
    )
    if plan.what_matters:
        doc.blocks.append(Heading("What matters to me"))
        doc.blocks.append(Paragraph(plan.what_matters, quote=True))

    active = [g for g in plan.goals if g.status == GoalStatus.ACTIVE]
    doc.blocks.append(Heading("My goals"))
    if not active:
        doc.blocks.append(Paragraph("No goals written down yet. What would you like to work on?"))
    for g in active:
        doc.blocks.append(Paragraph(f"{domain_label(g.domain)}: {g.statement}", quote=False))
        lines = []
        if g.why:
            lines.append(f"Why it matters: {g.why}")
        if g.strengths:
            lines.append(f"What I bring: {g.strengths}")
        if g.next_step:
            by = f" (by {_when(g.next_step_due)})" if g.next_step_due else ""
            lines.append(f"Next step: {g.next_step}{by}")
        if g.target_on:
            lines.append(f"Hoping for: {_when(g.target_on)}")
        if lines:
            doc.blocks.append(Bullets(tuple(lines)))

    scored = [d for d in plan.overview if d.latest is not None]
    if scored:
        doc.blocks.append(Heading("Where I am now (0 to 10)"))
        doc.blocks.append(
            Figure(
                OVERVIEW,
                alt="; ".join(
                    f"{domain_label(d.domain)}: from {d.first or 0:.0f} to {d.latest or 0:.0f}"
                    for d in scored
                ),
            )
        )

    paused = [g for g in plan.goals if g.status == GoalStatus.PAUSED]
    done = [g for g in plan.goals if g.status == GoalStatus.ACHIEVED]
    if done:
        doc.blocks.append(Heading("Already done"))
        doc.blocks.append(Bullets(tuple(g.statement for g in done)))
    if paused:
        doc.blocks.append(Heading("On hold for now"))
        doc.blocks.append(Bullets(tuple(g.statement for g in paused)))
    if plan.strengths:
        doc.blocks.append(Heading("My strengths"))
        doc.blocks.append(Paragraph(plan.strengths, quote=True))
    return doc
