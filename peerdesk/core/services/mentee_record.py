"""A mentee's own record (their right to see what is written about them): gathered
from the services, shaped by formats/mentee_record.py, written and logged here."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats.document import Document
from peerdesk.core.formats.mentee_record import (
    PersonRecord,
    RecordAgreement,
    RecordGoal,
    RecordNote,
    RecordReferral,
    record_document,
)
from peerdesk.core.messages import QT_TRANSLATE_NOOP
from peerdesk.core.services import agreements, audit, goals, mentees, notes, profile, referrals
from peerdesk.core.vault import Vault
from peerdesk.core.vault.files import atomic_write
from peerdesk.core.vocab import NOTE_SECTION_LABELS, NoteState, domain_label

FORMATS = ("pdf", "md")


def gather(vault: Vault, *, mentee_id: int, today: date | None = None) -> PersonRecord:
    person = mentees.get_mentee(vault, mentee_id=mentee_id)
    mentor = profile.get_profile(vault)
    record = PersonRecord(
        name=person.display_name,
        prepared_on=today or date.today(),
        mentor=mentor.name,
        what_matters=person.what_matters,
        strengths=person.strengths,
        important_people=[
            p.name + (f" ({p.relation})" if p.relation else "") for p in person.important_people
        ],
    )
    facts = [("Likes to be called", person.display_name)]
    if person.full_name:
        facts.append(("Full name", person.full_name))
    if person.pronouns:
        facts.append(("Pronouns", person.pronouns))
    if person.started_on:
        facts.append(("Peer support since", person.started_on.isoformat()))
    if person.preferred_channels:
        facts.append(("Prefers to keep in touch by", ", ".join(person.preferred_channels)))
    facts += [(c.label or c.kind, c.value) for c in person.contacts]
    if person.address:
        facts.append(("Address", person.address))
    record.facts = facts

    for summary in goals.list_goals(vault, mentee_id=mentee_id):
        goal = goals.get_goal(vault, goal_id=summary.id)
        record.goals.append(
            RecordGoal(
                statement=goal.statement,
                domain=domain_label(goal.domain),
                status=goal.status.value,
                why=goal.why,
                target_on=goal.target_on,
                steps=tuple((s.text, s.done_on is not None) for s in goal.steps),
                progress=tuple((p.on, p.score, p.sentence) for p in goal.progress),
            )
        )

    where = notes.NoteFilter(mentee_id=mentee_id, state=NoteState.SIGNED)
    total = notes.count_notes(vault, where=where)
    rows = notes.list_notes(vault, where=where, limit=max(total, 1))
    for row in sorted(rows, key=lambda r: (r.occurred_on, r.id)):
        note = notes.get_note(vault, note_id=row.id)
        group = note.setting == "group" or len(note.participant_ids) > 1
        record.notes.append(
            RecordNote(
                occurred_on=note.occurred_on,
                kind=note.kind,
                modality=note.modality,
                minutes=note.minutes,
                group=group,
                sections=()
                if group
                else tuple(
                    (NOTE_SECTION_LABELS[name], getattr(note, name)) for name in NOTE_SECTION_LABELS
                ),
                addenda=() if group else tuple((a.created_at.date(), a.text) for a in note.addenda),
                signed_by=note.signed_by,
            )
        )

    for version in reversed(agreements.history(vault, mentee_id=mentee_id)):
        full = agreements.get_agreement(vault, agreement_id=version.id)
        record.agreements.append(
            RecordAgreement(
                version=version.version,
                status=version.status.value,
                effective_on=version.effective_on,
                sections=tuple((t, tuple(lines)) for t, lines in agreements.sections(full)),
            )
        )
    for ref in reversed(referrals.referrals_for_mentee(vault, mentee_id=mentee_id)):
        record.referrals.append(
            RecordReferral(
                service=ref.service_name,
                organisation=ref.organization_name,
                referred_on=ref.referred_on,
                status=ref.status_label,
                reason=ref.reason,
                outcome=ref.outcome,
            )
        )
    return record


def build_record(vault: Vault, *, mentee_id: int, today: date | None = None) -> Document:
    return record_document(gather(vault, mentee_id=mentee_id, today=today))


def write_record(
    vault: Vault,
    *,
    mentee_id: int,
    out: Path,
    format: str,
    pdf_writer: Callable[[Document], bytes] | None = None,
    today: date | None = None,
) -> str:
    """Write the record to a file the mentor chose and log it (format and SHA-256 only).
    Returns the file's SHA-256."""
    if format not in FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "A mentee's record is written as pdf or md.")
        )
    doc = build_record(vault, mentee_id=mentee_id, today=today)
    if format == "pdf":
        if pdf_writer is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "Writing a PDF needs the PDF writer."))
        data = pdf_writer(doc)
    else:
        data = doc.to_text().encode("utf-8")
    atomic_write(out, data)
    digest = hashlib.sha256(data).hexdigest()
    with vault.session() as s:
        audit.record(
            s,
            kind="exported",
            entity="mentee_record",
            entity_id=mentee_id,
            detail={"format": format, "sha256": digest},
        )
    return digest
