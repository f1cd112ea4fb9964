"""Erasing a mentee: everything written about one person leaves the vault, for good.

One call, one transaction: their profile, notes, addenda, goals, agreements, boundary
events, crisis card, referrals, meetings, reminders and full-text entries go. A signed
note of theirs leaves a tombstone (its place and hash in the chain, no content), so
`peerdesk check` still verifies. A group note others were in stays, with this person
taken out of it: their participation and their names in its text are removed, and a
signed one is resealed. The audit entry carries counts only. Then VACUUM and a WAL
checkpoint rewrite the files, so no page of vault.db or vault.db-wal keeps the text.

The mentor's own writing that names them without being linked to them (a reminder, a
self-care entry, a topic for supervision, a note on a directory entry) is kept, with
their names replaced by "[removed]".

Backups made while the person was in the vault still hold them; the plan names them
and the mentor may remove them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_, select, text
from sqlalchemy.orm import Session, selectinload

from peerdesk.core.errors import ValidationError
from peerdesk.core.messages import QT_TRANSLATE_NOOP
from peerdesk.core.models import (
    Addendum,
    BoundaryAgreement,
    BoundaryEvent,
    CrisisCard,
    DirService,
    ErasedNote,
    FollowUp,
    Goal,
    GoalStep,
    Mentee,
    NoteParticipant,
    PlannedMeeting,
    RecoveryCheckin,
    Referral,
    Reminder,
    SelfCareEntry,
    SessionNote,
    SupervisionComment,
    SupervisionTopic,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import audit, directory_index, notes
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import NOTE_SECTIONS, NoteState, ReminderLink

REMOVED = "[removed]"  # what a group note says where the erased person's name was


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True, repr=False)
class ErasurePlan(IdOnlyRepr):
    """What erasing one person would remove, shown before the mentor confirms."""

    id: int
    display_name: str
    own_notes: int  # notes only about them (signed ones leave a tombstone)
    group_notes: int  # notes others were in: kept, with this person taken out
    goals: int
    agreements: int
    referrals: int
    reminders: int
    open_drafts: tuple[int, ...]  # drafts of theirs open in an editor right now
    backups: tuple[Path, ...]  # backups made while they were in the vault
    mentions: int = 0  # the mentor's other writing naming them (names taken out, kept)


@dataclass(frozen=True)
class ErasureResult:
    notes_erased: int
    tombstones: int
    group_notes_kept: int
    backups_removed: int
    mentions_removed: int = 0


def _note_ids(s: Session, mentee_id: int) -> tuple[list[int], list[int]]:
    """(notes only about them, notes shared with others)."""
    ids = list(
        s.scalars(select(NoteParticipant.note_id).where(NoteParticipant.mentee_id == mentee_id))
    )
    shared = set(
        s.scalars(
            select(NoteParticipant.note_id).where(
                NoteParticipant.note_id.in_(ids), NoteParticipant.mentee_id != mentee_id
            )
        )
    )
    return sorted(set(ids) - shared), sorted(shared)


def _backups(vault: Vault, since: datetime) -> tuple[Path, ...]:
    folder = vault.backups_dir
    if not folder.is_dir():
        return ()
    cutoff = since.replace(tzinfo=timezone.utc).timestamp()
    return tuple(
        sorted(p for p in folder.iterdir() if p.is_file() and p.stat().st_mtime >= cutoff - 1)
    )


def _linked_reminders(
    s: Session, mentee_id: int, note_ids: list[int], goal_ids: list[int]
) -> list[int]:
    follow_ups = list(s.scalars(select(FollowUp.id).where(FollowUp.note_id.in_(note_ids))))
    referrals = list(s.scalars(select(Referral.id).where(Referral.mentee_id == mentee_id)))
    steps = list(s.scalars(select(GoalStep.id).where(GoalStep.goal_id.in_(goal_ids))))
    agreements = list(
        s.scalars(select(BoundaryAgreement.id).where(BoundaryAgreement.mentee_id == mentee_id))
    )
    meetings = list(
        s.scalars(select(PlannedMeeting.id).where(PlannedMeeting.mentee_id == mentee_id))
    )
    links = {
        ReminderLink.MENTEE: [mentee_id],
        ReminderLink.NOTE: note_ids,
        ReminderLink.FOLLOW_UP: follow_ups,
        ReminderLink.REFERRAL: referrals,
        ReminderLink.GOAL: goal_ids,
        ReminderLink.GOAL_STEP: steps,
        ReminderLink.AGREEMENT: agreements,
        ReminderLink.MEETING: meetings,
    }
    found: list[int] = []
    for kind, ids in links.items():
        if ids:
            found += s.scalars(
                select(Reminder.id).where(
                    Reminder.link_kind == kind, Reminder.link_id.in_([str(i) for i in ids])
                )
            )
    return sorted(set(found))


def plan_erasure(vault: Vault, *, mentee_id: int) -> ErasurePlan:
    with vault.session() as s:
        person = s.get(Mentee, mentee_id)
        if person is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That mentee no longer exists."))
        own, shared = _note_ids(s, mentee_id)
        goal_ids = list(s.scalars(select(Goal.id).where(Goal.mentee_id == mentee_id)))
        open_drafts = tuple(
            s.scalars(
                select(SessionNote.id).where(
                    SessionNote.id.in_(own + shared),
                    SessionNote.state == NoteState.DRAFT,
                    SessionNote.editing.is_(True),
                )
            )
        )
        agreements = len(
            s.scalars(
                select(BoundaryAgreement.id).where(BoundaryAgreement.mentee_id == mentee_id)
            ).all()
        )
        referrals = len(s.scalars(select(Referral.id).where(Referral.mentee_id == mentee_id)).all())
        linked = _linked_reminders(s, mentee_id, own, goal_ids)
        reminders = len(linked)
        mentions = _mentions(s, _name_pattern(person), linked, scrub=False)
        return ErasurePlan(
            id=mentee_id,
            display_name=person.display_name,
            own_notes=len(own),
            group_notes=len(shared),
            goals=len(goal_ids),
            agreements=agreements,
            referrals=referrals,
            reminders=reminders,
            open_drafts=open_drafts,
            backups=_backups(vault, person.created_at),
            mentions=mentions,
        )


def _name_pattern(person: Mentee) -> re.Pattern[str] | None:
    names = {person.display_name, person.full_name, *(a.alias for a in person.aliases)}
    names |= {part for part in person.full_name.split() if len(part) >= 3}
    names = {n.strip() for n in names if n and n.strip()}
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


# The mentor's own free text that is not linked to a mentee: (model, its text columns).
_OWN_WRITING: tuple[tuple[type[Any], tuple[str, ...]], ...] = (
    (Reminder, ("text",)),
    (SelfCareEntry, ("helped", "need", "note")),
    (SupervisionTopic, ("text", "agreed")),
    (DirService, ("notes",)),
)


def _mentions(
    s: Session, names: re.Pattern[str] | None, skip_reminders: list[int], *, scrub: bool
) -> int:
    """Rows of the mentor's own writing that name the person; with ``scrub``, the names
    are replaced by REMOVED (the rest of the text is the mentor's and stays)."""
    if names is None:
        return 0
    found = 0
    for model, columns in _OWN_WRITING:
        # Only rows with some text of their own can name anyone (a directory holds
        # thousands of services, few with notes).
        with_text = or_(*(getattr(model, c) != "" for c in columns))
        for row in s.scalars(select(model).where(with_text)):
            if model is Reminder and row.id in skip_reminders:
                continue  # linked to them: deleted with the rest
            values = {c: getattr(row, c) or "" for c in columns}
            if not any(names.search(v) for v in values.values()):
                continue
            found += 1
            if scrub:
                for column, value in values.items():
                    setattr(row, column, names.sub(REMOVED, value))
    return found


def _take_out(s: Session, note: SessionNote, mentee_id: int, names: re.Pattern[str] | None) -> None:
    """Remove one person from a note others were in; reseal it if it was signed."""
    note.participants = [p for p in note.participants if p.mentee_id != mentee_id]

    def scrub(value: str) -> str:
        return names.sub(REMOVED, value) if names is not None else value

    for name in NOTE_SECTIONS:
        setattr(note, name, scrub(getattr(note, name)))
    note.location = scrub(note.location)
    for item in note.follow_ups:
        item.task = scrub(item.task)
    s.flush()
    if note.state == NoteState.SIGNED and note.content_hash is not None:
        for add in note.addenda:
            add.text = scrub(add.text)
            add.hash = notes.addendum_hash(note.content_hash, add.created_at, add.text)
        note.resealed_hash = notes.reseal_hash(note)
    else:
        for add in note.addenda:
            add.text = scrub(add.text)
    notes.index_note(s, note)


def erase_mentee(
    vault: Vault,
    *,
    mentee_id: int,
    confirm_name: str,
    discard_open_drafts: bool = False,
    remove_backups: bool = False,
) -> ErasureResult:
    """Erase one person after the mentor typed their name back. Cannot be undone."""
    plan = plan_erasure(vault, mentee_id=mentee_id)
    if confirm_name.strip().casefold() != plan.display_name.strip().casefold():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "The name typed back does not match; nothing was erased. Type the name exactly "
                "as it is shown.",
            )
        )
    if plan.open_drafts and not discard_open_drafts:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "A draft note about this person is open in the editor. Close it (or choose to "
                "discard it) before erasing; nothing was erased.",
            )
        )
    with vault.session() as s:
        person = s.get(Mentee, mentee_id)
        if person is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That mentee no longer exists."))
        names = _name_pattern(person)
        own, shared = _note_ids(s, mentee_id)
        goal_ids = list(s.scalars(select(Goal.id).where(Goal.mentee_id == mentee_id)))
        reminder_ids = _linked_reminders(s, mentee_id, own, goal_ids)

        tombstones = 0
        erased_at = _now()
        for offset in range(0, len(own), 500):
            window = own[offset : offset + 500]
            for note in s.scalars(select(SessionNote).where(SessionNote.id.in_(window))):
                if note.signed_seq is not None and note.content_hash and note.prev_hash:
                    s.add(
                        ErasedNote(
                            signed_seq=note.signed_seq,
                            prev_hash=note.prev_hash,
                            content_hash=note.content_hash,
                            erased_at=erased_at,
                        )
                    )
                    tombstones += 1
            s.execute(
                delete(SupervisionComment).where(
                    SupervisionComment.target_kind == "note",
                    SupervisionComment.target_id.in_(window),
                )
            )
            for note_id in window:
                notes.unindex_note(s, note_id)
            # Children first: a bulk delete does not run the ORM's cascades.
            for child in (Addendum, FollowUp, NoteParticipant):
                s.execute(delete(child).where(child.note_id.in_(window)))
            s.execute(delete(SessionNote).where(SessionNote.id.in_(window)))
        s.flush()

        for note in s.scalars(
            select(SessionNote)
            .where(SessionNote.id.in_(shared))
            .options(
                selectinload(SessionNote.participants),
                selectinload(SessionNote.follow_ups),
                selectinload(SessionNote.addenda),
            )
        ):
            _take_out(s, note, mentee_id, names)

        for goal in s.scalars(select(Goal).where(Goal.mentee_id == mentee_id)):
            s.delete(goal)
        for checkin in s.scalars(
            select(RecoveryCheckin).where(RecoveryCheckin.mentee_id == mentee_id)
        ):
            s.delete(checkin)
        for referral in s.scalars(select(Referral).where(Referral.mentee_id == mentee_id)):
            s.delete(referral)
        for model in (BoundaryAgreement, BoundaryEvent, CrisisCard, PlannedMeeting):
            s.execute(delete(model).where(model.mentee_id == mentee_id))
        s.execute(
            delete(SupervisionComment).where(
                SupervisionComment.target_kind == "mentee",
                SupervisionComment.target_id == mentee_id,
            )
        )
        mentions = _mentions(s, names, reminder_ids, scrub=True)
        if reminder_ids:
            s.execute(delete(Reminder).where(Reminder.id.in_(reminder_ids)))
        s.delete(person)
        s.flush()
        # Re-index directory entries whose notes were scrubbed, then merge both full-text
        # indexes so no segment keeps the erased words; then log counts.
        directory_index.refresh(s)
        s.execute(text("INSERT INTO note_fts(note_fts) VALUES ('optimize')"))
        s.execute(text("INSERT INTO dir_fts(dir_fts) VALUES ('optimize')"))
        audit.record(
            s,
            kind="erased",
            entity="mentee",
            entity_id=mentee_id,
            detail={
                "notes": len(own),
                "tombstones": tombstones,
                "group_notes": len(shared),
                "goals": len(goal_ids),
                "mentions": mentions,
            },
        )
    compact(vault)
    removed = 0
    if remove_backups:
        for path in plan.backups:
            try:
                path.unlink()
                removed += 1
            except FileNotFoundError:
                pass
    return ErasureResult(len(own), tombstones, len(shared), removed, mentions)


def compact(vault: Vault) -> None:
    """Rewrite the database file and empty the WAL: freed pages keep no old text."""
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
