"""Printed documents: the hand-over summary, the boundary agreement, the crisis card and
'my plan on a page'. Each gathers its records from the vault and hands them to the pure
format (peerdesk.core.formats.*); write_document saves any of them atomically.

    doc = handover_summary(vault, mentee_id=3)
    write_document(doc, out=Path("handover.md"))            # or .pdf with pdf=pdf_bytes
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats import agreements as printed
from peerdesk.core.formats import handover, plan
from peerdesk.core.formats.document import Document
from peerdesk.core.messages import QT_TRANSLATE_NOOP
from peerdesk.core.services import agreements, crisis_cards, goals, mentees, notes, profile
from peerdesk.core.vault import Vault
from peerdesk.core.vault.files import atomic_write
from peerdesk.core.vocab import GoalStatus, NoteState

PdfWriter = Callable[[Document], bytes]
TEXT_SUFFIXES = (".md", ".txt")


def handover_summary(vault: Vault, *, mentee_id: int, today: date | None = None) -> Document:
    """For a mentee moving to another mentor: their words, strengths, what is open."""
    person = mentees.get_mentee(vault, mentee_id=mentee_id)
    mentor = profile.get_profile(vault)
    recent = notes.list_notes(
        vault, where=notes.NoteFilter(mentee_id=mentee_id, state=NoteState.SIGNED), limit=3
    )
    # One-to-one notes only: a group note's next steps may be about other people.
    full = [notes.get_note(vault, note_id=r.id) for r in recent]
    steps = tuple(n.next_steps for n in full if n.setting == "one-to-one" and n.next_steps.strip())
    open_items = [
        f for f in notes.open_follow_ups(vault, mentee_id=mentee_id) if len(f.mentee_names) == 1
    ]
    facts = handover.HandoverFacts(
        display_name=person.display_name,
        mentor_name=mentor.name,
        pronouns=person.pronouns,
        support_style=person.support_style.value,
        kind=person.kind,
        preferred_channels=tuple(person.preferred_channels),
        started_on=person.started_on,
        what_matters=person.what_matters,
        strengths=person.strengths,
        important_people=tuple((p.name, p.relation) for p in person.important_people),
        status_reason=person.status_reason,
        next_steps=steps,
        open_follow_ups=tuple((f.task, f.due_on) for f in open_items),
    )
    return handover.handover_summary(facts, today=today or date.today())


def agreement_document(
    vault: Vault, *, agreement_id: int, for_mentee: bool = False, today: date | None = None
) -> Document:
    """The agreement to print: the copy both sign, or (``for_mentee``) the one they keep."""
    record = agreements.get_agreement(vault, agreement_id=agreement_id)
    person = mentees.get_mentee(vault, mentee_id=record.mentee_id)
    mentor = profile.get_profile(vault)
    text = printed.AgreementText(
        mentee_name=person.display_name,
        mentor_name=mentor.name,
        mentor_organisation=mentor.organisation,
        version=record.version,
        effective_on=record.effective_on,
        review_on=record.review_on,
        sections=tuple((h, tuple(lines)) for h, lines in agreements.sections(record)),
        acknowledged_by_mentee_on=record.acknowledged_by_mentee_on,
        acknowledged_by_mentor_on=record.acknowledged_by_mentor_on,
    )
    return printed.agreement_document(text, for_mentee=for_mentee, today=today or date.today())


def crisis_card_document(vault: Vault, *, mentee_id: int, today: date | None = None) -> Document:
    """One page: warning signs and what helps in their words, people, services."""
    person = mentees.get_mentee(vault, mentee_id=mentee_id)
    card = crisis_cards.get_crisis_card(vault, mentee_id=mentee_id)
    services = crisis_cards.card_services(vault, card=card)
    text = printed.CrisisCardText(
        mentee_name=person.display_name,
        updated_on=card.updated_at.date() if card.updated_at else None,
        warning_signs=card.warning_signs,
        what_helps=card.what_helps,
        people=tuple(
            printed.CardPerson(p["name"], p.get("relation") or "", p.get("phone") or "")
            for p in card.people
        ),
        services=tuple(
            printed.CardLine(s.name, s.organization_name, tuple(s.phones)) for s in services
        ),
        other_services=tuple(card.other_services),
    )
    return printed.crisis_card_document(text, today=today or date.today())


def plan_document(vault: Vault, *, mentee_id: int, today: date | None = None) -> Document:
    """'My plan on a page' (its chart, if drawn, comes from goals.domain_overview)."""
    person = mentees.get_mentee(vault, mentee_id=mentee_id)
    mentor = profile.get_profile(vault)
    mine = goals.list_goals(vault, mentee_id=mentee_id)
    items = []
    for g in mine:
        why = strengths = ""
        if g.status == GoalStatus.ACTIVE:
            detail = goals.get_goal(vault, goal_id=g.id)
            why, strengths = detail.why, detail.strengths
        nxt = g.next_step
        items.append(
            plan.PlanGoal(
                domain=g.domain,
                statement=g.statement,
                status=g.status,
                why=why,
                strengths=strengths,
                next_step=nxt.text if nxt is not None else "",
                next_step_due=nxt.due_on if nxt is not None else None,
                target_on=g.target_on,
            )
        )
    facts = plan.PlanFacts(
        display_name=person.display_name,
        mentor_name=mentor.name,
        what_matters=person.what_matters,
        strengths=person.strengths,
        goals=tuple(items),
        overview=tuple(goals.domain_overview(vault, mentee_id=mentee_id)),
    )
    return plan.plan_document(facts, today=today or date.today())


def write_document(doc: Document, *, out: Path, pdf: PdfWriter | None = None) -> Path:
    """Save ``doc`` where the mentor chose: PDF when ``out`` ends in .pdf (made by ``pdf``,
    e.g. peerdesk.render.pdf.pdf_bytes), else Markdown-flavoured text. Atomic, 0600."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        if pdf is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "PDF needs the app's PDF renderer; save as .md instead.")
            )
        data = pdf(doc)
    elif suffix in TEXT_SUFFIXES:
        data = doc.to_text().encode("utf-8")
    else:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Save it as .pdf, .md or .txt."))
    if not out.parent.is_dir():
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The destination folder does not exist."))
    atomic_write(out, data)
    return out
