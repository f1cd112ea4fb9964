"""Goals and the recovery plan: goals in the person's own words by life domain, small
steps, progress entries (0-10 and a sentence, linked to session notes both ways),
goal reviews, gentle prompts for quiet goals, and the optional recovery check-in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from peerdesk.core.messages import Message, resource_text
from peerdesk.core.models import (
    Goal,
    GoalDomain,
    GoalProgress,
    GoalStatus,
    GoalStep,
    Mentee,
    NoteParticipant,
    RecoveryCheckin,
    RecoveryCheckinItem,
    SessionNote,
)
from peerdesk.core.records import DomainPoint, IdOnlyRepr
from peerdesk.core.services import audit, changes, settings
from peerdesk.core.services.changes import Changes
from peerdesk.core.vault import Vault

DOMAINS: tuple[GoalDomain, ...] = tuple(GoalDomain)
STATUSES: tuple[GoalStatus, ...] = tuple(GoalStatus)
OPEN = (GoalStatus.ACTIVE, GoalStatus.PAUSED)
SCORES = range(0, 11)
CHECKIN_SCORES = range(1, 7)
MAX_TEXT = 20_000
MAX_LINE = 2_000


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


# --- records ---------------------------------------------------------------------------------


@dataclass(repr=False)
class GoalRecord(IdOnlyRepr):
    """A goal as the mentor edits it; ``statement`` is in the person's own words."""

    mentee_id: int
    statement: str
    domain: GoalDomain = GoalDomain.OTHER
    why: str = ""
    strengths: str = ""
    target_on: date | None = None
    review_on: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    id: int | None = None


@dataclass(repr=False)
class StepRecord(IdOnlyRepr):
    text: str
    due_on: date | None = None
    done_on: date | None = None
    position: int = 0
    id: int | None = None

    def due(self, today: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on <= today


@dataclass(repr=False)
class ProgressRecord(IdOnlyRepr):
    on: date
    score: int
    sentence: str = ""
    note_id: int | None = None
    goal_id: int | None = None
    id: int | None = None


@dataclass(repr=False)
class GoalSummary(IdOnlyRepr):
    id: int
    mentee_id: int
    domain: GoalDomain
    statement: str
    status: GoalStatus
    target_on: date | None
    review_on: date | None
    latest_score: int | None
    latest_on: date | None
    first_score: int | None
    next_step: StepRecord | None
    steps_done: int
    steps_total: int
    linked_notes: int


@dataclass(repr=False)
class GoalDetail(GoalRecord):
    steps: list[StepRecord] = field(default_factory=list)
    progress: list[ProgressRecord] = field(default_factory=list)
    created_on: date | None = None
    status_changed_on: date | None = None


# --- goals -----------------------------------------------------------------------------------


def target_in_past(goal: GoalRecord, today: date) -> bool:
    """A past target date is fine on an existing goal (goals often take longer); on a new
    goal it is probably a slip, so the UI asks once before saving."""
    return goal.id is None and goal.target_on is not None and goal.target_on < today


def _validate_goal(goal: GoalRecord, *, today: date, past_target_ok: bool) -> None:
    if not goal.statement.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "Write the goal in their own words: what would they like to happen?"
            )
        )
    if max(len(goal.statement), len(goal.why), len(goal.strengths)) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That text is too long to save; please shorten it.")
        )
    try:
        GoalDomain(goal.domain)
        GoalStatus(goal.status)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Choose a life domain and a status from the lists.")
        ) from None
    if target_in_past(goal, today) and not past_target_ok:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "That target date has already passed. Choose a date ahead, leave it empty, "
                "or confirm that you mean it.",
            )
        )


def save_goal(
    vault: Vault, *, goal: GoalRecord, today: date | None = None, past_target_ok: bool = False
) -> int:
    today = today or date.today()
    _validate_goal(goal, today=today, past_target_ok=past_target_ok)
    with vault.session() as s:
        if goal.id is None:
            if s.get(Mentee, goal.mentee_id) is None:
                raise ValidationError(QT_TRANSLATE_NOOP("core", "Choose who this goal belongs to."))
            row = Goal(mentee_id=goal.mentee_id, created_at=_now(), status_changed_on=today)
            s.add(row)
        else:
            row = _goal(s, goal.id)
            if row.status != GoalStatus(goal.status):
                row.status_changed_on = today
        row.domain = GoalDomain(goal.domain)
        row.statement = goal.statement.strip()
        row.why = goal.why.strip()
        row.strengths = goal.strengths.strip()
        row.target_on = goal.target_on
        row.review_on = goal.review_on
        row.status = GoalStatus(goal.status)
        row.updated_at = _now()
        s.flush()
        audit.record(
            s, kind="created" if goal.id is None else "edited", entity="goal", entity_id=row.id
        )
        return row.id


def set_status(
    vault: Vault, *, goal_id: int, status: GoalStatus, today: date | None = None
) -> Changes:
    with vault.session() as s:
        row = _goal(s, goal_id)
        if row.status != GoalStatus(status):
            row.status = GoalStatus(status)
            row.status_changed_on = today or date.today()
            row.updated_at = _now()
            audit.record(s, kind="edited", entity="goal", entity_id=goal_id)
    return changes.GOALS


def linked_note_count(vault: Vault, *, goal_id: int) -> int:
    with vault.session() as s:
        return _linked_notes(s, goal_id)


def _linked_notes(s: Session, goal_id: int) -> int:
    return (
        s.scalar(
            select(func.count(func.distinct(GoalProgress.note_id))).where(
                GoalProgress.goal_id == goal_id, GoalProgress.note_id.is_not(None)
            )
        )
        or 0
    )


def delete_goal(vault: Vault, *, goal_id: int) -> Changes:
    """Only a goal no session note mentions can be deleted; the others are kept for the
    record and can be marked 'let go' instead. The UI asks before calling this."""
    with vault.session() as s:
        row = _goal(s, goal_id)
        linked = _linked_notes(s, goal_id)
        if linked:
            raise ValidationError(
                f"This goal is part of {linked} session note{'s' if linked != 1 else ''}, so it "
                "is kept with its history. You can mark it 'let go' instead."
            )
        s.delete(row)
        audit.record(s, kind="deleted", entity="goal", entity_id=goal_id)
    return changes.GOALS


def _goal(s: Session, goal_id: int) -> Goal:
    row = s.get(Goal, goal_id)
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "That goal no longer exists."))
    return row


def _step_record(step: GoalStep) -> StepRecord:
    return StepRecord(step.text, step.due_on, step.done_on, step.position, step.id)


def _progress_record(p: GoalProgress) -> ProgressRecord:
    return ProgressRecord(p.on, p.score, p.sentence, p.note_id, p.goal_id, p.id)


def _next_step(steps: list[GoalStep]) -> GoalStep | None:
    return next((st for st in steps if st.done_on is None), None)


def get_goal(vault: Vault, *, goal_id: int) -> GoalDetail:
    with vault.session() as s:
        g = _goal(s, goal_id)
        return GoalDetail(
            mentee_id=g.mentee_id,
            statement=g.statement,
            domain=g.domain,
            why=g.why,
            strengths=g.strengths,
            target_on=g.target_on,
            review_on=g.review_on,
            status=g.status,
            id=g.id,
            steps=[_step_record(st) for st in g.steps],
            progress=[_progress_record(p) for p in g.progress],
            created_on=g.created_at.date(),
            status_changed_on=g.status_changed_on,
        )


def _summary(s: Session, g: Goal) -> GoalSummary:
    progress = list(g.progress)
    nxt = _next_step(g.steps)
    return GoalSummary(
        id=g.id,
        mentee_id=g.mentee_id,
        domain=g.domain,
        statement=g.statement,
        status=g.status,
        target_on=g.target_on,
        review_on=g.review_on,
        latest_score=progress[-1].score if progress else None,
        latest_on=progress[-1].on if progress else None,
        first_score=progress[0].score if progress else None,
        next_step=_step_record(nxt) if nxt else None,
        steps_done=sum(1 for st in g.steps if st.done_on),
        steps_total=len(g.steps),
        linked_notes=len({p.note_id for p in progress if p.note_id}),
    )


def list_goals(
    vault: Vault, *, mentee_id: int, statuses: tuple[GoalStatus, ...] | None = None
) -> list[GoalSummary]:
    """A mentee's goals in domain order (housing first), open goals before closed ones."""
    with vault.session() as s:
        stmt = select(Goal).where(Goal.mentee_id == mentee_id)
        if statuses:
            stmt = stmt.where(Goal.status.in_([st.value for st in statuses]))
        rows = list(s.scalars(stmt))
        rows.sort(key=lambda g: (DOMAINS.index(g.domain), STATUSES.index(g.status), g.id))
        return [_summary(s, g) for g in rows]


def active_goals_for(vault: Vault, *, mentee_ids: list[int]) -> list[GoalSummary]:
    """Open goals of the people in a session: what the note editor offers as 'touched'."""
    out: list[GoalSummary] = []
    for mentee_id in mentee_ids:
        out += list_goals(vault, mentee_id=mentee_id, statuses=OPEN)
    return out


# --- steps -----------------------------------------------------------------------------------


def _validate_step(text_: str, due_on: date | None) -> str:
    body = text_.strip()
    if not body:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "A step needs a few words: what is the next small thing to do?"
            )
        )
    if len(body) > MAX_LINE:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("core", "A step can have at most {limit:,} characters."),
                limit=MAX_LINE,
            )
        )
    return body


def add_step(vault: Vault, *, goal_id: int, text_: str, due_on: date | None = None) -> int:
    body = _validate_step(text_, due_on)
    with vault.session() as s:
        g = _goal(s, goal_id)
        position = max((st.position for st in g.steps), default=-1) + 1
        row = GoalStep(
            goal_id=goal_id, text=body, due_on=due_on, position=position, created_at=_now()
        )
        s.add(row)
        s.flush()
        return row.id


def edit_step(vault: Vault, *, step_id: int, text_: str, due_on: date | None) -> Changes:
    body = _validate_step(text_, due_on)
    with vault.session() as s:
        row = _step(s, step_id)
        row.text, row.due_on = body, due_on
    return changes.GOALS


def set_step_done(
    vault: Vault, *, step_id: int, done: bool = True, today: date | None = None
) -> Changes:
    with vault.session() as s:
        row = _step(s, step_id)
        row.done_on = (today or date.today()) if done else None
    return changes.GOALS


def delete_step(vault: Vault, *, step_id: int) -> Changes:
    with vault.session() as s:
        s.delete(_step(s, step_id))
    return changes.GOALS


def move_step(vault: Vault, *, step_id: int, offset: int) -> Changes:
    """Move a step up (offset -1) or down (+1) in its goal's order."""
    with vault.session() as s:
        row = _step(s, step_id)
        steps = list(
            s.scalars(
                select(GoalStep)
                .where(GoalStep.goal_id == row.goal_id)
                .order_by(GoalStep.position, GoalStep.id)
            )
        )
        i = steps.index(row)
        j = max(0, min(len(steps) - 1, i + offset))
        steps.insert(j, steps.pop(i))
        for position, st in enumerate(steps):
            st.position = position
    return changes.GOALS


def reorder_steps(vault: Vault, *, goal_id: int, step_ids: list[int]) -> Changes:
    with vault.session() as s:
        steps = {st.id: st for st in _goal(s, goal_id).steps}
        if sorted(step_ids) != sorted(steps):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "The steps changed meanwhile; please try again.")
            )
        for position, step_id in enumerate(step_ids):
            steps[step_id].position = position
    return changes.GOALS


def _step(s: Session, step_id: int) -> GoalStep:
    row = s.get(GoalStep, step_id)
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "That step no longer exists."))
    return row


# --- progress --------------------------------------------------------------------------------


def _validate_progress(score: int, sentence: str, on: date, today: date) -> None:
    if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Progress is a whole number from 0 to 10."))
    if len(sentence) > MAX_LINE:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "Keep it to a sentence or two (at most {limit:,} characters)."
                ),
                limit=MAX_LINE,
            )
        )
    if on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "That date is in the future; progress is about what has happened."
            )
        )


def add_progress(
    vault: Vault,
    *,
    goal_id: int,
    score: int,
    sentence: str = "",
    on: date | None = None,
    note_id: int | None = None,
    today: date | None = None,
) -> int:
    today = today or date.today()
    on = on or today
    _validate_progress(score, sentence, on, today)
    with vault.session() as s:
        _goal(s, goal_id)
        row = GoalProgress(
            goal_id=goal_id,
            on=on,
            score=score,
            sentence=sentence.strip(),
            note_id=note_id,
            created_at=_now(),
        )
        s.add(row)
        s.flush()
        audit.record(s, kind="created", entity="goal_progress", entity_id=row.id)
        return row.id


def delete_progress(vault: Vault, *, progress_id: int) -> Changes:
    """Remove a progress entry made by mistake (a wrong score, the wrong goal). An entry
    that a signed session note recorded stays as recorded: the note is the record."""
    with vault.session() as s:
        row = s.get(GoalProgress, progress_id)
        if row is None:
            return changes.NOTHING
        if row.note_id is not None:
            note = s.get(SessionNote, row.note_id)
            if note is not None and note.signed_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "This entry came from a signed session note, so it stays as recorded. "
                        "Add a new entry with how it is going now.",
                    )
                )
        goal_id = row.goal_id
        s.delete(row)
        audit.record(s, kind="deleted", entity="goal_progress", entity_id=goal_id)
    return changes.GOALS


def progress_for_note(vault: Vault, *, note_id: int) -> list[ProgressRecord]:
    """The goals a session note touched (the other direction of the link)."""
    with vault.session() as s:
        rows = s.scalars(
            select(GoalProgress).where(GoalProgress.note_id == note_id).order_by(GoalProgress.id)
        )
        return [_progress_record(p) for p in rows]


@dataclass(frozen=True, repr=False)
class Touched(IdOnlyRepr):
    goal_id: int
    score: int
    sentence: str = ""

    @property
    def id(self) -> int:
        return self.goal_id


def save_note_progress(
    vault: Vault, *, note_id: int, touched: list[Touched], today: date | None = None
) -> Changes:
    """Make the note's progress entries match ``touched`` (see ``apply_note_progress``)."""
    with vault.session() as s:
        apply_note_progress(s, note_id=note_id, touched=touched, today=today)
    return changes.GOALS


def apply_note_progress(
    s: Session, *, note_id: int, touched: list[Touched], today: date | None = None
) -> None:
    """Inside the caller's unit of work (saving or signing the note): one progress entry
    per goal touched, dated the day of the session; goals no longer ticked lose theirs."""
    today = today or date.today()
    s.flush()
    note = s.get(SessionNote, note_id)
    if note is None:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "That session note no longer exists."))
    for t in touched:
        _validate_progress(t.score, t.sentence, note.occurred_on, max(today, note.occurred_on))
    people = set(
        s.scalars(select(NoteParticipant.mentee_id).where(NoteParticipant.note_id == note_id))
    )
    existing = {
        p.goal_id: p for p in s.scalars(select(GoalProgress).where(GoalProgress.note_id == note_id))
    }
    wanted = {t.goal_id: t for t in touched}
    for goal_id, old in existing.items():
        if goal_id not in wanted:
            s.delete(old)
    for goal_id, t in wanted.items():
        goal = _goal(s, goal_id)
        if goal.mentee_id not in people:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core", "That goal belongs to someone who was not in this session."
                )
            )
        row = existing.get(goal_id)
        if row is None:
            row = GoalProgress(goal_id=goal_id, note_id=note_id, created_at=_now())
            s.add(row)
        row.on, row.score, row.sentence = note.occurred_on, t.score, t.sentence.strip()


def note_dates(vault: Vault, *, note_ids: list[int]) -> dict[int, date]:
    with vault.session() as s:
        rows = s.execute(
            select(SessionNote.id, SessionNote.occurred_on).where(SessionNote.id.in_(note_ids))
        )
        return {r.id: r.occurred_on for r in rows}


# --- the overview and Today ---------------------------------------------------------------


def domain_overview(vault: Vault, *, mentee_id: int) -> list[DomainPoint]:
    goals = list_goals(vault, mentee_id=mentee_id)
    out = []
    for domain in DOMAINS:
        mine = [g for g in goals if g.domain == domain and g.status != GoalStatus.LET_GO]
        if not mine:
            continue
        scored = [g for g in mine if g.latest_score is not None]
        first = sum(g.first_score or 0 for g in scored) / len(scored) if scored else None
        latest = sum(g.latest_score or 0 for g in scored) / len(scored) if scored else None
        out.append(DomainPoint(domain, len(mine), first, latest))
    return out


@dataclass(frozen=True, repr=False)
class Attention(IdOnlyRepr):
    """A goal to mention on Today: a step due, a review due, or a quiet spell."""

    goal_id: int
    mentee_id: int
    mentee_name: str
    statement: str
    reason: str  # step | review | quiet
    text: str
    due_on: date | None = None

    @property
    def id(self) -> int:
        return self.goal_id


def goals_needing_attention(vault: Vault, today: date | None = None) -> list[Attention]:
    """Active goals of people still in the caseload with a next step due, a review due,
    or no progress for ``goal_stalled_weeks``; worded gently, never as a failure."""
    today = today or date.today()
    weeks = int(settings.get_setting(vault, "goal_stalled_weeks"))
    quiet_since = today - timedelta(weeks=weeks)
    out: list[Attention] = []
    with vault.session() as s:
        rows = s.execute(
            select(Goal, Mentee.display_name)
            .join(Mentee, Mentee.id == Goal.mentee_id)
            .where(Goal.status == GoalStatus.ACTIVE.value, Mentee.archived_at.is_(None))
            .order_by(Goal.id)
        ).all()
        for g, name in rows:
            nxt = _next_step(g.steps)
            if nxt is not None and nxt.due_on is not None and nxt.due_on <= today:
                out.append(
                    Attention(
                        g.id,
                        g.mentee_id,
                        name,
                        g.statement,
                        "step",
                        f"Next step: {nxt.text}",
                        nxt.due_on,
                    )
                )
            if g.review_on is not None and g.review_on <= today:
                out.append(
                    Attention(
                        g.id,
                        g.mentee_id,
                        name,
                        g.statement,
                        "review",
                        "Time to look at this goal together: how is it going?",
                        g.review_on,
                    )
                )
            progress = list(g.progress)
            last = progress[-1].on if progress else g.created_at.date()
            if last <= quiet_since:
                out.append(
                    Attention(
                        g.id,
                        g.mentee_id,
                        name,
                        g.statement,
                        "quiet",
                        f"Nothing noted for {(today - last).days // 7} weeks. Worth a gentle "
                        "check-in: does this goal still fit?",
                        last,
                    )
                )
    order = {"step": 0, "review": 1, "quiet": 2}
    out.sort(key=lambda a: (order[a.reason], a.due_on or today, a.goal_id))
    return out


def next_steps(vault: Vault, *, mentee_id: int) -> list[tuple[GoalSummary, StepRecord]]:
    """The next step of each active goal, for the mentee overview and the plan."""
    return [
        (g, g.next_step)
        for g in list_goals(vault, mentee_id=mentee_id, statuses=(GoalStatus.ACTIVE,))
        if g.next_step is not None
    ]


# --- the recovery check-in ---------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinItem:
    n: int
    area: str
    text: str


@dataclass(frozen=True)
class CheckinForm:
    intro: str
    labels: tuple[str, ...]  # for scores 1..6
    items: tuple[CheckinItem, ...]


def checkin_form() -> CheckinForm:
    raw = json.loads(resource_text("recovery-checkin/items.json"))
    return CheckinForm(
        raw["intro"],
        tuple(raw["scale"]["labels"]),
        tuple(CheckinItem(i["n"], i["area"], i["text"]) for i in raw["items"]),
    )


@dataclass(repr=False)
class CheckinRecord(IdOnlyRepr):
    on: date
    scores: dict[int, int]  # item number -> 1..6
    note: str = ""
    id: int | None = None

    @property
    def total(self) -> int:
        return sum(self.scores.values())


def save_checkin(
    vault: Vault,
    *,
    mentee_id: int,
    on: date,
    scores: dict[int, int],
    note: str = "",
    today: date | None = None,
) -> int:
    numbers = {item.n for item in checkin_form().items}
    if set(scores) != numbers:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Give each of the ten statements a number from 1 to 6.")
        )
    for value in scores.values():
        if isinstance(value, bool) or not isinstance(value, int) or value not in CHECKIN_SCORES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Each statement is scored from 1 to 6.")
            )
    if on > (today or date.today()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "That date is in the future; a check-in is about now or earlier."
            )
        )
    if len(note) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That text is too long to save; please shorten it.")
        )
    with vault.session() as s:
        if s.get(Mentee, mentee_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "Choose who this check-in is with."))
        row = RecoveryCheckin(mentee_id=mentee_id, on=on, note=note.strip(), created_at=_now())
        row.items = [RecoveryCheckinItem(item=n, score=v) for n, v in sorted(scores.items())]
        s.add(row)
        s.flush()
        audit.record(s, kind="created", entity="recovery_checkin", entity_id=row.id)
        return row.id


def list_checkins(vault: Vault, *, mentee_id: int) -> list[CheckinRecord]:
    """Oldest first, for the trend."""
    with vault.session() as s:
        rows = s.scalars(
            select(RecoveryCheckin)
            .where(RecoveryCheckin.mentee_id == mentee_id)
            .order_by(RecoveryCheckin.on, RecoveryCheckin.id)
        )
        return [CheckinRecord(c.on, {i.item: i.score for i in c.items}, c.note, c.id) for c in rows]


def delete_checkin(vault: Vault, *, checkin_id: int) -> Changes:
    with vault.session() as s:
        row = s.get(RecoveryCheckin, checkin_id)
        if row is not None:
            s.delete(row)
    return changes.GOALS
