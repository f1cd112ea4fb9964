"""Session notes: drafts that autosave, signing into a hash chain, dated addenda, timelines."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session, selectinload

from peerdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from peerdesk.core.messages import Message
from peerdesk.core.models import (
    Addendum,
    ErasedNote,
    FollowUp,
    Mentee,
    NoteParticipant,
    NoteState,
    SessionNote,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import audit, changes, documentation, goals, search, signing, templates
from peerdesk.core.services.changes import Changes
from peerdesk.core.services.drafts import MAX_SECTION as MAX_SECTION
from peerdesk.core.services.drafts import FollowUpItem as FollowUpItem
from peerdesk.core.services.drafts import NoteDraft as NoteDraft
from peerdesk.core.services.drafts import duration_minutes as duration_minutes
from peerdesk.core.services.drafts import ends_next_day as ends_next_day
from peerdesk.core.services.drafts import validate as validate
from peerdesk.core.services.rows import NoteFilter
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import MODALITIES as MODALITIES
from peerdesk.core.vocab import NOTE_KINDS, NOTE_SECTIONS
from peerdesk.core.vocab import SETTINGS as SETTINGS

KINDS = NOTE_KINDS
SECTIONS = NOTE_SECTIONS


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True, repr=False)
class AddendumItem(IdOnlyRepr):
    id: int
    created_at: datetime
    text: str


@dataclass(repr=False)
class NoteRecord(NoteDraft):
    id: int = 0
    state: NoteState = NoteState.DRAFT
    created_at: datetime | None = None
    updated_at: datetime | None = None
    signed_at: datetime | None = None
    content_hash: str | None = None
    signed_by: str = ""  # the signature line: the mentor's name and credentials
    addenda: list[AddendumItem] = field(default_factory=list)
    participant_names: list[str] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return self.state == NoteState.SIGNED


@dataclass(frozen=True, repr=False)
class NoteSummary(IdOnlyRepr):
    """One row of a notes list or timeline."""

    id: int
    occurred_on: date
    start_time: time | None
    kind: str
    modality: str
    state: NoteState
    participant_names: tuple[str, ...]
    preview: str
    discuss_in_supervision: bool
    safety_concern: bool
    addenda: int
    open_follow_ups: int


# --- validation -----------------------------------------------------------------------------


# --- hashing ----------------------------------------------------------------------------------


def _content(note: SessionNote) -> dict:
    return signing.note_content(
        note_id=note.id,
        occurred_on=note.occurred_on,
        start_time=note.start_time,
        end_time=note.end_time,
        modality=note.modality,
        setting=note.setting,
        kind=note.kind,
        location=note.location,
        sections=[note.wanted, note.did, note.how_it_went, note.next_steps],
        flags=(note.discuss_in_supervision, note.safety_concern),
        participants=[p.mentee_id for p in note.participants],
        follow_ups=[(f.task, f.due_on) for f in note.follow_ups],
        signed_at=note.signed_at,
        signed_by=note.signed_by,
    )


def note_hash(note: SessionNote, prev_hash: str) -> str:
    return hashlib.sha256(signing.sealed_body(prev_hash, _content(note))).hexdigest()


def addendum_hash(note_hash_: str, created_at: datetime, text_: str) -> str:
    body = json.dumps([note_hash_, created_at.isoformat(), text_], ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def reseal_hash(note: SessionNote) -> str:
    """After an erasure removed someone from a signed group note: the original hash
    (which keeps the chain) sealed together with the content as it is now."""
    return hashlib.sha256(signing.sealed_body(note.content_hash, _content(note))).hexdigest()


GENESIS = "0" * 64


def chain_tail(session: Session) -> tuple[int, str] | None:
    """The last link of the signed-note chain (sequence, hash), erased tombstones included."""
    last = session.execute(
        select(SessionNote.signed_seq, SessionNote.content_hash)
        .where(SessionNote.signed_seq.is_not(None))
        .order_by(SessionNote.signed_seq.desc())
        .limit(1)
    ).first()
    tomb = session.execute(
        select(ErasedNote.signed_seq, ErasedNote.content_hash)
        .order_by(ErasedNote.signed_seq.desc())
        .limit(1)
    ).first()
    links = [(int(r[0]), str(r[1])) for r in (last, tomb) if r is not None and r[0] is not None]
    return max(links, default=None)


def verify_chain(session: Session) -> int | None:
    """The id of the first signed note (or note of an addendum) that does not verify.

    An erased note's tombstone keeps its link (no content to check); a note resealed by
    an erasure checks its current content against the reseal hash. A broken tombstone
    is reported as -seq (it has no note id left)."""
    prev = GENESIS
    stmt = (
        select(SessionNote)
        .where(SessionNote.state == NoteState.SIGNED)
        .order_by(SessionNote.signed_seq)
        .options(selectinload(SessionNote.participants), selectinload(SessionNote.follow_ups))
        .options(selectinload(SessionNote.addenda))
    )
    tombs = {t.signed_seq: t for t in session.scalars(select(ErasedNote))}
    pending = sorted(tombs)

    def walk_tombs(up_to: int | None) -> int | None:
        nonlocal prev
        while pending and (up_to is None or pending[0] < up_to):
            tomb = tombs[pending.pop(0)]
            if tomb.prev_hash != prev:
                return -tomb.signed_seq
            prev = tomb.content_hash
        return None

    for note in session.scalars(stmt):
        broken_tomb = walk_tombs(note.signed_seq)
        if broken_tomb is not None:
            return broken_tomb
        if note.prev_hash != prev:
            return note.id
        if note.resealed_hash is not None:
            if note.resealed_hash != reseal_hash(note):
                return note.id
        elif note.content_hash != note_hash(note, prev):
            return note.id
        signed_hash = note.content_hash or ""  # every signed note has one
        for add in note.addenda:
            if add.hash != addendum_hash(signed_hash, add.created_at, add.text):
                return note.id
        prev = signed_hash
    broken_tomb = walk_tombs(None)
    if broken_tomb is not None:
        return broken_tomb
    unsigned_with_hash = session.scalars(
        select(SessionNote.id).where(
            SessionNote.state == NoteState.DRAFT, SessionNote.signed_seq.is_not(None)
        )
    ).first()
    return unsigned_with_hash


# --- full-text index ---------------------------------------------------------------------------


def _names_for(session: Session, mentee_ids: list[int]) -> str:
    if not mentee_ids:
        return ""
    rows = session.scalars(
        select(Mentee).where(Mentee.id.in_(mentee_ids)).options(selectinload(Mentee.aliases))
    )
    parts: list[str] = []
    for m in rows:
        parts += [m.display_name, m.full_name, *(a.alias for a in m.aliases)]
    return " ".join(p for p in parts if p)


def note_body(note: SessionNote) -> str:
    """The searchable text of a note: sections, location, follow-ups, addenda."""
    return "\n".join(
        [
            note.wanted,
            note.did,
            note.how_it_went,
            note.next_steps,
            note.location,
            *(f.task for f in note.follow_ups),
            *(a.text for a in note.addenda),
        ]
    )


def index_note(session: Session, note: SessionNote) -> None:
    """(Re)write one note's row in the FTS5 index, keyed by date (search.index_key)."""
    body = note_body(note)
    names = _names_for(session, [p.mentee_id for p in note.participants])
    unindex_note(session, note.id)
    key = search.index_key(note.occurred_on, note.id)
    session.execute(
        text("INSERT INTO note_fts (rowid, body, names) VALUES (:key, :body, :names)"),
        {"key": key, "body": body, "names": names},
    )
    session.execute(
        text("INSERT INTO note_fts_key (note_id, key) VALUES (:id, :key)"),
        {"id": note.id, "key": key},
    )


def index_new_notes(session: Session, entries: list[tuple[SessionNote, str]]) -> None:
    """Index many new notes at once (an import): each note with its participants' names."""
    if not entries:
        return
    keys = [search.index_key(note.occurred_on, note.id) for note, _ in entries]
    session.execute(
        text("INSERT INTO note_fts (rowid, body, names) VALUES (:key, :body, :names)"),
        [
            {"key": key, "body": note_body(note), "names": names}
            for key, (note, names) in zip(keys, entries, strict=True)
        ],
    )
    session.execute(
        text("INSERT INTO note_fts_key (note_id, key) VALUES (:id, :key)"),
        [{"id": note.id, "key": key} for key, (note, _) in zip(keys, entries, strict=True)],
    )


def unindex_note(session: Session, note_id: int) -> None:
    """Remove one note from the FTS5 index (its key may predate a change of date)."""
    session.execute(
        text(
            "DELETE FROM note_fts WHERE rowid = (SELECT key FROM note_fts_key WHERE note_id = :id)"
        ),
        {"id": note_id},
    )
    session.execute(text("DELETE FROM note_fts_key WHERE note_id = :id"), {"id": note_id})


def reindex_mentee(session: Session, mentee_id: int) -> None:
    """After a mentee's names change, their notes must still be found by the new names."""
    notes = session.scalars(
        select(SessionNote)
        .join(NoteParticipant)
        .where(NoteParticipant.mentee_id == mentee_id)
        .options(selectinload(SessionNote.follow_ups), selectinload(SessionNote.addenda))
    )
    for note in notes:
        index_note(session, note)


# --- use cases ----------------------------------------------------------------------------------


def _apply(session: Session, note: SessionNote, draft: NoteDraft) -> None:
    wanted_ids = list(dict.fromkeys(draft.participant_ids))
    existing = session.scalars(select(Mentee.id).where(Mentee.id.in_(wanted_ids))).all()
    if len(existing) != len(wanted_ids):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "One of the chosen mentees no longer exists.")
        )
    note.occurred_on = draft.occurred_on
    note.start_time = draft.start_time
    note.end_time = draft.end_time
    note.modality = draft.modality
    note.setting = draft.setting
    note.kind = draft.kind
    note.location = draft.location.strip()
    note.template = draft.template
    for name in SECTIONS:
        setattr(note, name, getattr(draft, name))
    note.discuss_in_supervision = draft.discuss_in_supervision
    note.safety_concern = draft.safety_concern
    note.participants = [NoteParticipant(mentee_id=i) for i in wanted_ids]
    note.follow_ups = [
        FollowUp(task=f.task.strip(), due_on=f.due_on, done_on=f.done_on)
        for f in draft.follow_ups
        if f.task.strip()
    ]
    note.updated_at = _now()


def save_draft(
    vault: Vault,
    *,
    draft: NoteDraft,
    note_id: int | None = None,
    editing: bool = False,
    touched: list[goals.Touched] | None = None,
) -> int:
    """Create or update a draft, with the goals it touched when ``touched`` is given, in
    one unit of work. ``editing`` marks it as open in an editor (crash recovery)."""
    validate(draft)
    with vault.session() as s:
        if note_id is None:
            note = SessionNote(state=NoteState.DRAFT, created_at=_now())
        else:
            note = _load(s, note_id)
            if note.state == NoteState.SIGNED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "This note is signed and can no longer change; add an addendum instead.",
                    )
                )
        _apply(s, note, draft)
        note.editing = editing
        s.add(note)
        s.flush()
        index_note(s, note)
        if touched is not None:
            goals.apply_note_progress(s, note_id=note.id, touched=touched)
        if note_id is None:
            audit.record(s, kind="created", entity="note", entity_id=note.id)
        return note.id


def close_editor(vault: Vault, *, note_id: int) -> Changes:
    """The editor closed normally: the draft is no longer 'being typed'."""
    with vault.session() as s:
        note = s.get(SessionNote, note_id)
        if note is not None:
            note.editing = False
    return changes.NOTES


def interrupted_drafts(vault: Vault) -> list[int]:
    """Drafts that were open in an editor when peerdesk stopped (crash, kill, power cut)."""
    with vault.session() as s:
        return list(
            s.scalars(
                select(SessionNote.id)
                .where(SessionNote.state == NoteState.DRAFT, SessionNote.editing.is_(True))
                .order_by(SessionNote.updated_at.desc())
            )
        )


def sign_note(
    vault: Vault,
    *,
    note_id: int,
    draft: NoteDraft | None = None,
    touched: list[goals.Touched] | None = None,
) -> Changes:
    """Save (optionally, with the goals touched) and sign, in one unit of work: the note
    becomes read-only and joins the hash chain."""
    with vault.session() as s:
        note = _load(s, note_id)
        if note.state == NoteState.SIGNED:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "This note is already signed."))
        if draft is not None:
            validate(draft, for_signing=True)
            _apply(s, note, draft)
        else:
            validate(_to_record(note), for_signing=True)
        if touched is not None:
            goals.apply_note_progress(s, note_id=note.id, touched=touched)
        note.signed_by = documentation.ensure_signable(s, note)
        last = chain_tail(s)
        prev = last[1] if last else GENESIS
        note.state = NoteState.SIGNED
        note.editing = False
        note.signed_at = _now()
        note.signed_seq = (last[0] + 1) if last else 1
        s.flush()
        s.refresh(note, ["participants", "follow_ups"])
        note.prev_hash = prev
        note.content_hash = note_hash(note, prev)
        index_note(s, note)
        audit.record(s, kind="signed", entity="note", entity_id=note.id)
    return changes.NOTES | (changes.GOALS if touched is not None else changes.NOTHING)


def add_addendum(vault: Vault, *, note_id: int, text_: str) -> int:
    body = text_.strip()
    if not body:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "An addendum needs some text."))
    if len(body) > MAX_SECTION:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("core", "An addendum can have at most {limit:,} characters."),
                limit=MAX_SECTION,
            )
        )
    with vault.session() as s:
        note = _load(s, note_id)
        if note.state != NoteState.SIGNED or note.content_hash is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core", "Drafts can still be edited; addenda are for signed notes."
                )
            )
        created = _now()
        row = Addendum(
            created_at=created, text=body, hash=addendum_hash(note.content_hash, created, body)
        )
        note.addenda.append(row)
        s.flush()
        index_note(s, note)
        audit.record(s, kind="addendum", entity="note", entity_id=note.id)
        return row.id


def delete_draft(vault: Vault, *, note_id: int) -> Changes:
    with vault.session() as s:
        note = _load(s, note_id)
        if note.state == NoteState.SIGNED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Signed notes are kept; add an addendum to correct one.")
            )
        unindex_note(s, note_id)
        s.delete(note)
    return changes.NOTES


def set_follow_up_done(
    vault: Vault, *, follow_up_id: int, done: bool = True, today: date | None = None
) -> Changes:
    """Ticking a follow-up is allowed on signed notes too: it is a task, not note content."""
    with vault.session() as s:
        row = s.get(FollowUp, follow_up_id)
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That follow-up no longer exists."))
        row.done_on = (today or date.today()) if done else None
    return changes.NOTES


def get_note(vault: Vault, *, note_id: int) -> NoteRecord:
    with vault.session() as s:
        record = _to_record(_load(s, note_id))
        record.participant_names = list(
            s.scalars(
                select(Mentee.display_name)
                .where(Mentee.id.in_(record.participant_ids))
                .order_by(Mentee.display_name)
            )
        )
        return record


def _to_record(note: SessionNote) -> NoteRecord:
    return NoteRecord(
        id=note.id,
        participant_ids=sorted(p.mentee_id for p in note.participants),
        occurred_on=note.occurred_on,
        start_time=note.start_time,
        end_time=note.end_time,
        modality=note.modality,
        setting=note.setting,
        kind=note.kind,
        location=note.location,
        template=note.template,
        wanted=note.wanted,
        did=note.did,
        how_it_went=note.how_it_went,
        next_steps=note.next_steps,
        discuss_in_supervision=note.discuss_in_supervision,
        safety_concern=note.safety_concern,
        follow_ups=[FollowUpItem(f.task, f.due_on, f.done_on, f.id) for f in note.follow_ups],
        state=note.state,
        created_at=note.created_at,
        updated_at=note.updated_at,
        signed_at=note.signed_at,
        content_hash=note.content_hash,
        signed_by=note.signed_by,
        addenda=[AddendumItem(a.id, a.created_at, a.text) for a in note.addenda],
        participant_names=[],
    )


def _load(s: Session, note_id: int) -> SessionNote:
    note = s.get(SessionNote, note_id)
    if note is None:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "That note no longer exists."))
    return note


# --- lists ---------------------------------------------------------------------------------------


def filtered(stmt: Select[Any], f: NoteFilter) -> Select[Any]:
    """``stmt`` narrowed to the notes ``f`` asks for (shared by lists, counts and search)."""
    if f.mentee_id is not None:
        stmt = stmt.where(
            SessionNote.id.in_(
                select(NoteParticipant.note_id).where(NoteParticipant.mentee_id == f.mentee_id)
            )
        )
    if f.state is not None:
        stmt = stmt.where(SessionNote.state == f.state)
    if f.kind:
        stmt = stmt.where(SessionNote.kind == f.kind)
    if f.date_from:
        stmt = stmt.where(SessionNote.occurred_on >= f.date_from)
    if f.date_to:
        stmt = stmt.where(SessionNote.occurred_on <= f.date_to)
    if f.flagged:
        stmt = stmt.where(SessionNote.discuss_in_supervision | SessionNote.safety_concern)
    return stmt


def count_notes(vault: Vault, *, where: NoteFilter | None = None) -> int:
    with vault.session() as s:
        return s.scalar(filtered(select(func.count(SessionNote.id)), where or NoteFilter())) or 0


def has_notes(vault: Vault) -> bool:
    """Whether any session note exists: one row read, where counting read them all
    (2 ms of every Today at 100,000 notes)."""
    with vault.session() as s:
        return s.scalar(select(SessionNote.id).limit(1)) is not None


def list_notes(
    vault: Vault, *, where: NoteFilter | None = None, offset: int = 0, limit: int = 200
) -> list[NoteSummary]:
    """One window of notes, newest first. Lists fetch windows as they scroll."""
    f = where or NoteFilter()
    with vault.session() as s:
        # Ids first, in index order: whole rows are read only for the window shown.
        stmt = (
            filtered(select(SessionNote.id), f)
            .order_by(SessionNote.occurred_on.desc(), SessionNote.id.desc())
            .offset(offset)
            .limit(limit)
        )
        ids = list(s.scalars(stmt))
        by_id = {n.id: n for n in s.scalars(select(SessionNote).where(SessionNote.id.in_(ids)))}
        return summaries(s, [by_id[i] for i in ids])


def summaries(s: Session, notes: list[SessionNote]) -> list[NoteSummary]:
    if not notes:
        return []
    ids = [n.id for n in notes]
    people: dict[int, list[str]] = {i: [] for i in ids}
    for note_id, name in s.execute(
        select(NoteParticipant.note_id, Mentee.display_name)
        .join(Mentee, Mentee.id == NoteParticipant.mentee_id)
        .where(NoteParticipant.note_id.in_(ids))
        .order_by(Mentee.display_name)
    ):
        people[note_id].append(name)
    addenda = dict(
        s.execute(
            select(Addendum.note_id, func.count())
            .where(Addendum.note_id.in_(ids))
            .group_by(Addendum.note_id)
        ).all()
    )
    open_fu = dict(
        s.execute(
            select(FollowUp.note_id, func.count())
            .where(FollowUp.note_id.in_(ids), FollowUp.done_on.is_(None))
            .group_by(FollowUp.note_id)
        ).all()
    )
    out = []
    for n in notes:
        first = next((getattr(n, name) for name in SECTIONS if getattr(n, name).strip()), "")
        out.append(
            NoteSummary(
                id=n.id,
                occurred_on=n.occurred_on,
                start_time=n.start_time,
                kind=n.kind,
                modality=n.modality,
                state=n.state,
                participant_names=tuple(people[n.id]),
                preview=" ".join(first.split())[:160],
                discuss_in_supervision=n.discuss_in_supervision,
                safety_concern=n.safety_concern,
                addenda=addenda.get(n.id, 0),
                open_follow_ups=open_fu.get(n.id, 0),
            )
        )
    return out


@dataclass(frozen=True, repr=False)
class OpenFollowUp(IdOnlyRepr):
    id: int
    note_id: int
    task: str
    due_on: date | None
    mentee_names: tuple[str, ...]

    def overdue(self, today: date) -> bool:
        return self.due_on is not None and self.due_on < today


def open_follow_ups(vault: Vault, *, mentee_id: int | None = None) -> list[OpenFollowUp]:
    """Follow-ups not yet done, soonest due first (no due date last)."""
    with vault.session() as s:
        stmt = select(FollowUp).where(FollowUp.done_on.is_(None))
        if mentee_id is not None:
            stmt = stmt.where(
                FollowUp.note_id.in_(
                    select(NoteParticipant.note_id).where(NoteParticipant.mentee_id == mentee_id)
                )
            )
        stmt = stmt.order_by(FollowUp.due_on.is_(None), FollowUp.due_on, FollowUp.id)
        rows = list(s.scalars(stmt))
        names: dict[int, list[str]] = {}
        for note_id, name in s.execute(
            select(NoteParticipant.note_id, Mentee.display_name)
            .join(Mentee, Mentee.id == NoteParticipant.mentee_id)
            .where(NoteParticipant.note_id.in_({r.note_id for r in rows}))
        ):
            names.setdefault(note_id, []).append(name)
        return [
            OpenFollowUp(r.id, r.note_id, r.task, r.due_on, tuple(names.get(r.note_id, [])))
            for r in rows
        ]


def last_mentee_id(vault: Vault) -> int | None:
    """The mentee of the most recently written note (quick capture prefills it)."""
    with vault.session() as s:
        return s.scalar(
            select(NoteParticipant.mentee_id)
            .join(SessionNote)
            .order_by(SessionNote.updated_at.desc(), SessionNote.id.desc())
            .limit(1)
        )


# --- defaults for a new note ------------------------------------------------------------------

CRISIS_TEMPLATE = "crisis-support"  # never a default: a crisis session is always chosen
STYLE_TEMPLATES = {"practical": "practical-support", "emotional": "emotional-checkin"}
FAMILY_TEMPLATE = "family-peer-support"
FALLBACK_TEMPLATE = "practical-support"
USUAL_MINUTES = 60  # when nobody has a session with times yet
RECENT_SESSIONS = 10  # how many of the latest sessions make "the usual length"


@dataclass(frozen=True, repr=False)
class NoteDefaults(IdOnlyRepr):
    """Where a new note starts, so that accepting every default files a plausible session."""

    template: str
    kind: str
    modality: str
    setting: str
    occurred_on: date
    start_time: time
    end_time: time
    why_template: str  # "support style" | "last used" | "most used" | "default"

    @property
    def id(self) -> str:
        return self.template

    @property
    def minutes(self) -> int:
        return duration_minutes(self.start_time, self.end_time) or 0


def _template_usage(s: Session, mentee_id: int | None) -> list[str]:
    """Templates of the latest notes (of this mentee, or of everyone), newest first."""
    stmt = select(SessionNote.template).where(
        SessionNote.template != "", SessionNote.template != CRISIS_TEMPLATE
    )
    if mentee_id is not None:
        stmt = stmt.join(NoteParticipant).where(NoteParticipant.mentee_id == mentee_id)
    stmt = stmt.order_by(
        SessionNote.occurred_on.desc(), SessionNote.updated_at.desc(), SessionNote.id.desc()
    )
    return list(s.scalars(stmt.limit(200 if mentee_id is None else 1)))


def _usual_minutes(s: Session, mentee_id: int | None) -> int:
    """The median length of the latest sessions with times (this mentee's, else anyone's)."""
    for who in (mentee_id, None) if mentee_id is not None else (None,):
        stmt = select(SessionNote.start_time, SessionNote.end_time).where(
            SessionNote.start_time.is_not(None), SessionNote.end_time.is_not(None)
        )
        if who is not None:
            stmt = stmt.join(NoteParticipant).where(NoteParticipant.mentee_id == who)
        rows = s.execute(
            stmt.order_by(SessionNote.occurred_on.desc(), SessionNote.id.desc()).limit(
                RECENT_SESSIONS
            )
        ).all()
        lengths = sorted(m for a, b in rows if (m := duration_minutes(a, b)))
        if lengths:
            return lengths[len(lengths) // 2]
    return USUAL_MINUTES


def defaults_for(vault: Vault, *, mentee_id: int | None, now: datetime) -> NoteDefaults:
    """The template follows the mentee (their support style, else the template last used
    with them, else the mentor's most used), never crisis; kind, how and setting follow the
    template; the session is the last quarter hour ending now, as long as their usual one."""
    known = {t.id for t in templates.load_templates()}
    chosen, why = "", "default"
    with vault.session() as s:
        mentee = s.get(Mentee, mentee_id) if mentee_id is not None else None
        if mentee is not None:
            style = STYLE_TEMPLATES.get(getattr(mentee.support_style, "value", ""), "")
            if getattr(mentee.kind, "value", "") == "family":
                style = FAMILY_TEMPLATE
            if style in known:
                chosen, why = style, "support style"
            else:
                last = [t for t in _template_usage(s, mentee.id) if t in known]
                if last:
                    chosen, why = last[0], "last used"
        if not chosen:
            used = [t for t in _template_usage(s, None) if t in known]
            if used:
                chosen = max(dict.fromkeys(used), key=used.count)  # ties: the latest
                why = "most used"
        minutes = _usual_minutes(s, mentee.id if mentee is not None else None)
    if not chosen:
        fallback = [t.id for t in templates.load_templates() if t.id != CRISIS_TEMPLATE]
        chosen = FALLBACK_TEMPLATE if FALLBACK_TEMPLATE in known else fallback[0]
    template = templates.template_by_id(chosen)
    end = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
    start = end - timedelta(minutes=minutes)
    return NoteDefaults(
        template=template.id,
        kind=template.kind,
        modality=template.modality,
        setting=template.setting,
        occurred_on=start.date(),
        start_time=start.time(),
        end_time=end.time(),
        why_template=why,
    )
