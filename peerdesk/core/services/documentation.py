"""Documentation requirements: the programme's profile, the checklist before signing,
the signature line, the documentation review and the retention rule.

Profiles are data (resources/profiles/*.json, plus a programme's own files in
paths.user_profiles_dir()); formats/profiles.py parses and checks them, and
services/signing.py loads them and words the refusal (free of SQLAlchemy, so the quick
path signs by the same rules). This module never imports services/notes.py, which
calls it while signing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats.profiles import (
    Gap,
    NoteFacts,
    Profile,
    check_note,
    signature_line,
)
from peerdesk.core.messages import QT_TRANSLATE_NOOP
from peerdesk.core.models import (
    GoalProgress,
    Mentee,
    MentorProfile,
    NoteParticipant,
    NoteState,
    SessionNote,
    Setting,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services.signing import check_signable, chosen_profile, profile_by_id
from peerdesk.core.services.signing import load_profiles as load_profiles  # re-exported
from peerdesk.core.settings import BY_NAME, coerce
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import MenteeStatus

# --- profiles ----------------------------------------------------------------------------------


def _setting(s: Session, name: str) -> object:
    row = s.get(Setting, name)
    return BY_NAME[name].default if row is None else coerce(name, row.value)


def _put_setting(s: Session, name: str, value: object) -> None:
    row = s.get(Setting, name)
    if row is None:
        s.add(Setting(name=name, value=value))
    else:
        row.value = value


def _profile(s: Session) -> Profile:
    return chosen_profile(str(_setting(s, "documentation_profile")))


def current_profile(vault: Vault) -> Profile:
    with vault.session() as s:
        return _profile(s)


def choose_profile(vault: Vault, *, profile_id: str) -> Profile:
    """Choose the programme's profile; its retention minimum must fit the current setting."""
    profile = profile_by_id(profile_id)
    with vault.session() as s:
        months = int(str(_setting(s, "retention_months")))
        _check_retention(profile, months)
        _put_setting(s, "documentation_profile", profile.id)
    return profile


def _check_retention(profile: Profile, months: int) -> None:
    if months and profile.min_retention_months and months < profile.min_retention_months:
        raise ValidationError(
            f"The profile '{profile.name}' keeps records at least "
            f"{profile.min_retention_months} months after someone ends; "
            f"{months} months is shorter. Nothing was changed."
        )


def set_retention(vault: Vault, *, months: int) -> int:
    """The programme's retention period in months (0 = no limit)."""
    months = coerce("retention_months", months)
    with vault.session() as s:
        _check_retention(_profile(s), months)
        _put_setting(s, "retention_months", months)
    return months


# --- the checklist -------------------------------------------------------------------------------


class DraftLike(Protocol):
    """What the checklist reads from a note (a SessionNote, or a notes.NoteDraft)."""

    occurred_on: date
    start_time: time | None
    end_time: time | None
    location: str
    modality: str
    kind: str
    template: str
    wanted: str
    did: str
    how_it_went: str
    next_steps: str


class EditorDraft(DraftLike, Protocol):
    """A note still in the editor also says who it is with."""

    participant_ids: list[int]


def _mentor(s: Session) -> dict[str, str]:
    row = s.scalars(select(MentorProfile).limit(1)).first()
    if row is None:
        return {"name": "", "credentials": "", "role": "", "organisation": ""}
    return {
        "name": row.name,
        "credentials": row.credentials,
        "role": row.role,
        "organisation": row.organisation,
    }


def _facts(s: Session, note: DraftLike, participant_ids: list[int], goal_linked: bool) -> NoteFacts:
    person = ""
    if len(participant_ids) == 1:
        person = s.scalar(select(Mentee.display_name).where(Mentee.id == participant_ids[0])) or ""
    return NoteFacts.of(note, goal_linked=goal_linked, person_name=person, mentor=_mentor(s))


def _goal_linked(s: Session, note_id: int | None) -> bool:
    if note_id is None:
        return False
    return (
        s.scalar(select(GoalProgress.id).where(GoalProgress.note_id == note_id).limit(1))
        is not None
    )


def gaps_in(s: Session, note: SessionNote) -> list[Gap]:
    """The checklist for a stored note, inside the caller's unit of work."""
    ids = sorted(p.mentee_id for p in note.participants)
    return _check(s, _facts(s, note, ids, _goal_linked(s, note.id)))


def _check(s: Session, facts: NoteFacts) -> list[Gap]:
    return check_note(_profile(s), facts)


def checklist(
    vault: Vault,
    *,
    draft: EditorDraft | None = None,
    note_id: int | None = None,
    goal_linked: bool | None = None,
) -> list[Gap]:
    """What a note (saved, or still in the editor) lacks for the chosen profile.

    ``goal_linked`` is the editor's own view of the goals it touched; without it the
    saved links count."""
    with vault.session() as s:
        if draft is None:
            note = s.get(SessionNote, note_id) if note_id is not None else None
            if note is None:
                raise ValidationError(QT_TRANSLATE_NOOP("core", "That note no longer exists."))
            if goal_linked is None:
                return gaps_in(s, note)
            ids = sorted(p.mentee_id for p in note.participants)
            return _check(s, _facts(s, note, ids, goal_linked))
        linked = _goal_linked(s, note_id) if goal_linked is None else goal_linked
        return _check(s, _facts(s, draft, list(draft.participant_ids), linked))


def ensure_signable(s: Session, note: SessionNote) -> str:
    """Called by notes.sign_note: refuses while a blocking element is missing, and
    returns the signature line the note will carry."""
    ids = sorted(p.mentee_id for p in note.participants)
    check_signable(_profile(s), _facts(s, note, ids, _goal_linked(s, note.id)))
    return signature(s)


def signature(s: Session) -> str:
    mentor = _mentor(s)
    return signature_line(
        _profile(s), name=mentor["name"], credentials=mentor["credentials"], role=mentor["role"]
    )


# --- the documentation review ----------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class ReviewItem(IdOnlyRepr):
    id: int  # the note's id: one click opens it
    occurred_on: date
    participant_names: tuple[str, ...]
    state: NoteState
    gaps: tuple[Gap, ...] = ()
    draft_age_days: int | None = None


@dataclass(frozen=True, repr=False)
class Review:
    start: date
    end: date
    profile_id: str
    missing_elements: tuple[ReviewItem, ...]
    old_drafts: tuple[ReviewItem, ...]
    no_goal: tuple[ReviewItem, ...]
    notes_checked: int

    def __repr__(self) -> str:
        return f"<Review notes={self.notes_checked}>"

    @property
    def clear(self) -> bool:
        return not (self.missing_elements or self.old_drafts or self.no_goal)


def review(
    vault: Vault, *, start: date, end: date, today: date | None = None, batch: int = 500
) -> Review:
    """Notes in a period that lack required elements, drafts left unsigned too long, and
    notes linked to no goal. Reads in batches so a year of notes stays light."""
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "The review period ends before it starts; please check the dates."
            )
        )
    today = today or date.today()
    missing: list[ReviewItem] = []
    old: list[ReviewItem] = []
    unlinked: list[ReviewItem] = []
    with vault.session() as s:
        profile = _profile(s)
        days = int(str(_setting(s, "draft_review_days")))
        mentor = _mentor(s)
        ids = list(
            s.scalars(
                select(SessionNote.id)
                .where(SessionNote.occurred_on >= start, SessionNote.occurred_on <= end)
                .order_by(SessionNote.occurred_on, SessionNote.id)
            )
        )
        for offset in range(0, len(ids), batch):
            window = ids[offset : offset + batch]
            rows = list(s.scalars(select(SessionNote).where(SessionNote.id.in_(window))))
            people: dict[int, list[tuple[int, str]]] = {i: [] for i in window}
            for note_id, mentee_id, name in s.execute(
                select(NoteParticipant.note_id, Mentee.id, Mentee.display_name)
                .join(Mentee, Mentee.id == NoteParticipant.mentee_id)
                .where(NoteParticipant.note_id.in_(window))
                .order_by(Mentee.display_name)
            ):
                people[note_id].append((mentee_id, name))
            linked = set(
                s.scalars(select(GoalProgress.note_id).where(GoalProgress.note_id.in_(window)))
            )
            for note in sorted(rows, key=lambda n: (n.occurred_on, n.id)):
                who = people[note.id]
                names = tuple(name for _, name in who)
                facts = NoteFacts.of(
                    note,
                    goal_linked=note.id in linked,
                    person_name=names[0] if len(names) == 1 else "",
                    mentor=mentor,
                )
                gaps = tuple(g for g in check_note(profile, facts) if g.element != "goal")
                item = ReviewItem(note.id, note.occurred_on, names, note.state, gaps)
                if gaps:
                    missing.append(item)
                if note.id not in linked:
                    unlinked.append(ReviewItem(note.id, note.occurred_on, names, note.state))
                if note.state == NoteState.DRAFT:
                    age = (today - note.created_at.date()).days
                    if age > days:
                        old.append(
                            ReviewItem(note.id, note.occurred_on, names, note.state, (), age)
                        )
    return Review(start, end, profile.id, tuple(missing), tuple(old), tuple(unlinked), len(ids))


def review_as_json(result: Review) -> dict:
    """The review as plain JSON data (the CLI's --json)."""

    def item(i: ReviewItem) -> dict:
        out: dict = {
            "note_id": i.id,
            "date": i.occurred_on.isoformat(),
            "with": list(i.participant_names),
            "state": i.state.value,
        }
        if i.gaps:
            out["missing"] = [
                {"element": g.element, "label": g.label, "message": g.message, "blocks": g.blocks}
                for g in i.gaps
            ]
        if i.draft_age_days is not None:
            out["draft_age_days"] = i.draft_age_days
        return out

    return {
        "from": result.start.isoformat(),
        "to": result.end.isoformat(),
        "profile": result.profile_id,
        "notes_checked": result.notes_checked,
        "missing_elements": [item(i) for i in result.missing_elements],
        "old_drafts": [item(i) for i in result.old_drafts],
        "no_goal": [item(i) for i in result.no_goal],
    }


# --- retention ---------------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class RetentionDue(IdOnlyRepr):
    id: int
    display_name: str
    ended_on: date
    months_since: int


def retention_due(vault: Vault, *, today: date | None = None) -> list[RetentionDue]:
    """Mentees who ended longer ago than the retention period: listed for review, never
    deleted here. Empty while the period is 0 (no limit)."""
    today = today or date.today()
    with vault.session() as s:
        months = int(str(_setting(s, "retention_months")))
        if months <= 0:
            return []
        cutoff = _months_before(today, months)
        rows = s.execute(
            select(Mentee.id, Mentee.display_name, Mentee.ended_on)
            .where(
                Mentee.status == MenteeStatus.ENDED,
                Mentee.ended_on.is_not(None),
                Mentee.ended_on <= cutoff,
            )
            .order_by(Mentee.ended_on, func.lower(Mentee.display_name))
        ).all()
    return [
        RetentionDue(i, name, ended, _months_between(ended, today))
        for i, name, ended in rows
        if ended is not None
    ]


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def _months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (1 if end.day < start.day else 0)
