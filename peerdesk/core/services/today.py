"""What needs the mentor today, gathered in one place so it can be tested with a fake clock.

``today_items(vault, now)`` returns plain items (kind, title, due, link) from every
feature: meetings today and this week, notes to finish or missing, follow-ups, reminders,
referral follow-ups, goal steps and reviews, agreement reviews, boundary-event clusters
and directory entries to re-check. Items the mentor snoozed or set aside are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message
from peerdesk.core.models import (
    CrisisCard,
    DirService,
    NoteState,
    Referral,
    ReminderLink,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import (
    agreements,
    boundary_events,
    directory,
    goals,
    meetings,
    mentees,
    notes,
    referrals,
    reminders,
    settings,
    supervision_loop,
)
from peerdesk.core.services.changes import Changes
from peerdesk.core.services.notes import NoteFilter
from peerdesk.core.vault import Vault

# sections, in the order the Today page shows them
START = "start"  # a new vault: the first steps, until they are done
MEETINGS_TODAY = "today"
THIS_WEEK = "week"
NOTES = "notes"
FOLLOW_UPS = "follow_ups"
GOALS = "goals"
AGREEMENTS = "agreements"
DIRECTORY = "directory"
SECTIONS = (START, MEETINGS_TODAY, THIS_WEEK, NOTES, FOLLOW_UPS, GOALS, AGREEMENTS, DIRECTORY)
MAX_DRAFTS = 50
MAX_SERVICES = 20

# where an item opens
OPEN_NOTE = "note"  # link_id: the note
OPEN_MEETING = "meeting"  # link_id: the occurrence key: the note for it, prefilled
OPEN_GOALS = "goals"  # the Goals page, at the mentee
OPEN_AGREEMENTS = "agreements"
OPEN_MENTEE = "mentee"
OPEN_SERVICE = "service"  # link_id: the directory service
OPEN_REMINDER = "reminder"  # its own link, or nothing
OPEN_NEW_MENTEE = "new_mentee"  # the Add mentee form
OPEN_NEW_NOTE = "new_note"  # a new session note (mentee_id: who it is for)

ALL_CLEAR = Message(
    QT_TRANSLATE_NOOP(
        "core",
        "Nothing is waiting for you today: every note is signed and no follow-up is due. "
        "Take a breath: this is a good moment for a cup of tea, or for yourself.",
    )
)
OPEN_SUPERVISION = "supervision"  # the Supervision page, where replies are read


@dataclass(frozen=True, repr=False)
class TodayItem(IdOnlyRepr):
    key: str  # stable: snoozing and setting aside use it
    kind: str  # meeting | note_missing | draft | follow_up | reminder | referral | goal_step |
    #            goal_review | goal_quiet | agreement_review | cluster | service
    section: str
    title: str  # no names: the page adds them (as initials in privacy mode)
    who: tuple[str, ...]
    due: datetime | date | None
    open_kind: str
    open_id: str
    mentee_id: int | None = None
    overdue: bool = False
    detail: str = ""
    can_done: bool = True
    can_snooze: bool = True

    @property
    def id(self) -> str:
        return self.key


def first_steps(vault: Vault) -> list[TodayItem]:
    """On a new vault, what to do first: add a mentee, then write a note. Empty after."""
    if notes.has_notes(vault):
        return []
    people = mentees.list_mentees(vault)
    if not people:
        return [
            TodayItem(
                key="start:mentee",
                kind="start",
                section=START,
                title=Message(QT_TRANSLATE_NOOP("core", "Add your first mentee")),
                who=(),
                due=None,
                open_kind=OPEN_NEW_MENTEE,
                open_id="",
                detail=Message(
                    QT_TRANSLATE_NOOP("core", "The name they like to be called is enough to begin.")
                ),
                can_done=False,
                can_snooze=False,
            )
        ]
    return [
        TodayItem(
            key="start:note",
            kind="start",
            section=START,
            title=Message(QT_TRANSLATE_NOOP("core", "Write a note")),
            who=(people[0].display_name,),
            due=None,
            open_kind=OPEN_NEW_NOTE,
            open_id=str(people[0].id),
            mentee_id=people[0].id,
            detail=Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "After you meet, write what they wanted, what you did and how it went. "
                    "Ctrl+N starts one from anywhere.",
                )
            ),
            can_done=False,
            can_snooze=False,
        )
    ]


def all_clear_text(vault: Vault) -> str:
    """What Today says when nothing is waiting; it never claims work done when there is none."""
    if not notes.has_notes(vault):
        if not mentees.list_mentees(vault):
            return Message(
                QT_TRANSLATE_NOOP("core", "Welcome to peerdesk. Start by adding your first mentee.")
            )
        return Message(
            QT_TRANSLATE_NOOP("core", "No session notes yet. Write your first one after you meet.")
        )
    return ALL_CLEAR


def _day(d: datetime | date | None) -> date | None:
    return d.date() if isinstance(d, datetime) else d


def today_items(vault: Vault, now: datetime, *, here: str | None = None) -> list[TodayItem]:
    """Everything waiting, section by section, soonest first within a section."""
    today = now.date()
    out: list[TodayItem] = first_steps(vault)

    # meetings today and in the next seven days
    week_end = datetime.combine(today + timedelta(days=8), time())
    for occ in meetings.occurrences(
        vault, start=datetime.combine(today, time()), end=week_end, here=here
    ):
        who = (occ.mentee_name,) if occ.mentee_name else ()
        # the place as written, else how they meet: a word of core's catalogue ("phone")
        how = occ.place or (Message(occ.modality) if occ.modality else "")
        when = meetings.when_text(occ, today=today)
        title = (
            Message(QT_TRANSLATE_NOOP("core", "{when} · {how}"), when=when, how=how)
            if how
            else when
        )
        if occ.is_group and not who:
            title = Message(QT_TRANSLATE_NOOP("core", "{title} · group"), title=title)
        done_already = occ.note_id is not None
        out.append(
            TodayItem(
                key=f"meeting:{occ.id}",
                kind="meeting",
                section=MEETINGS_TODAY if occ.starts_at.date() == today else THIS_WEEK,
                title=title,
                who=who,
                due=occ.starts_at,
                open_kind=OPEN_MEETING,
                open_id=occ.id,
                mentee_id=occ.mentee_id,
                detail=(
                    Message(
                        QT_TRANSLATE_NOOP("core", "Note written. {purpose}"),
                        purpose=occ.purpose[:120],
                    )
                    if done_already
                    else occ.purpose[:120]
                ),
                can_done=False,
                can_snooze=False,
            )
        )

    # notes: drafts to finish and meetings that passed without one, together oldest first
    # (drafts came newest first, then the missing notes oldest first)
    to_finish: list[TodayItem] = []
    for row in notes.list_notes(vault, where=NoteFilter(state=NoteState.DRAFT), limit=MAX_DRAFTS):
        to_finish.append(
            TodayItem(
                key=f"draft:{row.id}",
                kind="draft",
                section=NOTES,
                title=Message(
                    QT_TRANSLATE_NOOP("core", "{day:%a %d %b} · {kind}"),
                    day=row.occurred_on,
                    kind=Message(row.kind),
                ),
                who=tuple(row.participant_names),
                due=row.occurred_on,
                open_kind=OPEN_NOTE,
                open_id=str(row.id),
                detail=row.preview[:90],
                can_done=False,
            )
        )
    for occ in meetings.missing_notes(vault, now=now, here=here):
        to_finish.append(
            TodayItem(
                key=f"missing:{occ.id}",
                kind="note_missing",
                section=NOTES,
                title=Message(
                    QT_TRANSLATE_NOOP("core", "{when:%a %d %b %H:%M} · note missing"),
                    when=occ.starts_at,
                ),
                who=(occ.mentee_name,) if occ.mentee_name else (),
                due=occ.starts_at,
                open_kind=OPEN_MEETING,
                open_id=occ.id,
                mentee_id=occ.mentee_id,
                detail=Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Write it while it is fresh, or set it aside if the meeting did not happen.",
                    )
                ),
            )
        )
    to_finish.sort(key=lambda i: _moment(i.due))
    out.extend(to_finish)

    # follow-ups, reminders and referral follow-ups, together oldest first (as notes to finish)
    due_items: list[TodayItem] = []
    for f in notes.open_follow_ups(vault):
        if f.due_on is None or f.due_on > today:
            continue
        due_items.append(
            TodayItem(
                key=f"follow_up:{f.id}",
                kind="follow_up",
                section=FOLLOW_UPS,
                title=f.task,
                who=f.mentee_names,
                due=f.due_on,
                open_kind=OPEN_NOTE,
                open_id=str(f.note_id),
                overdue=f.overdue(today),
            )
        )
    end_of_today = datetime.combine(today + timedelta(days=1), time())
    for r in reminders.list_reminders(vault):
        if r.due_at >= end_of_today or (r.snoozed_until and r.snoozed_until > now):
            continue
        due_items.append(
            TodayItem(
                key=f"reminder:{r.id}",
                kind="reminder",
                section=FOLLOW_UPS,
                title=r.text,
                who=(),
                due=r.due_at,
                open_kind=OPEN_REMINDER,
                open_id=f"{r.link_kind.value}:{r.link_id}",
                overdue=r.due_at.date() < today,
            )
        )
    for ref in referrals.due_referral_follow_ups(vault, today=today):
        assert ref.follow_up_on is not None
        due_items.append(
            TodayItem(
                key=f"referral:{ref.id}:{ref.follow_up_on}",
                kind="referral",
                section=FOLLOW_UPS,
                title=Message(
                    QT_TRANSLATE_NOOP("core", "How did the referral to {service} go?"),
                    service=ref.service_name,
                ),
                who=(ref.mentee_name,),
                due=ref.follow_up_on,
                open_kind=OPEN_MENTEE,
                open_id=str(ref.mentee_id),
                mentee_id=ref.mentee_id,
                overdue=ref.follow_up_on < today,
            )
        )
    due_items.sort(key=lambda i: _moment(i.due))
    out.extend(due_items)

    # goals
    for a in goals.goals_needing_attention(vault, today):
        out.append(
            TodayItem(
                key=f"goal:{a.goal_id}:{a.reason}:{a.due_on}",
                kind=f"goal_{a.reason}",
                section=GOALS,
                title=f"“{a.statement}”",
                who=(a.mentee_name,),
                due=a.due_on,
                open_kind=OPEN_GOALS,
                open_id=str(a.goal_id),
                mentee_id=a.mentee_id,
                detail=a.text,
                overdue=a.reason == "step" and a.due_on is not None and a.due_on < today,
            )
        )

    # agreements and boundaries
    for rv in agreements.agreements_due_for_review(vault, today):
        title = (
            Message(QT_TRANSLATE_NOOP("core", "The agreement's review is due"))
            if rv.review_on <= today
            else Message(
                QT_TRANSLATE_NOOP("core", "The agreement's review is on {day:%d %b}"),
                day=rv.review_on,
            )
        )
        out.append(
            TodayItem(
                key=f"agreement:{rv.id}:{rv.review_on}",
                kind="agreement_review",
                section=AGREEMENTS,
                title=title,
                who=(rv.display_name,),
                due=rv.review_on,
                open_kind=OPEN_AGREEMENTS,
                open_id=str(rv.id),
                mentee_id=rv.mentee_id,
                detail=Message(
                    QT_TRANSLATE_NOOP(
                        "core", "A good moment to ask how it is working for you both."
                    )
                ),
                overdue=rv.review_on < today,
            )
        )
    for c in boundary_events.clusters(vault, today=today):
        out.append(
            TodayItem(
                key=f"cluster:{c.mentee_id}:{c.kind.value}:{c.count}",
                kind="cluster",
                section=AGREEMENTS,
                title=c.text.replace(f"{c.display_name}: ", "", 1),
                who=(c.display_name,),
                due=None,
                open_kind=OPEN_AGREEMENTS,
                open_id="",
                mentee_id=c.mentee_id,
            )
        )

    out.extend(_stale_services(vault, today))
    waiting = supervision_loop.unseen_replies(vault)
    if waiting:
        out.append(
            TodayItem(
                key=f"supervision:{waiting}",
                kind="supervision_reply",
                section=NOTES,
                title=(
                    Message(QT_TRANSLATE_NOOP("core", "Your supervisor replied (1 comment)"))
                    if waiting == 1
                    else Message(
                        QT_TRANSLATE_NOOP("core", "Your supervisor replied ({count} comments)"),
                        count=waiting,
                    )
                ),
                who=(),
                due=None,
                open_kind=OPEN_SUPERVISION,
                open_id="",
                detail=Message(
                    QT_TRANSLATE_NOOP(
                        "core", "Their comments show beside the notes they are about."
                    )
                ),
                can_done=False,
            )
        )

    hidden = reminders.hidden_keys(vault, now=now)
    order = {s: i for i, s in enumerate(SECTIONS)}
    items = [i for i in out if i.key not in hidden]
    items.sort(key=lambda i: order[i.section])  # stable: each section keeps its own order
    return items


def _stale_services(vault: Vault, today: date) -> list[TodayItem]:
    """Directory entries the mentor relies on (favourites, open referrals, crisis cards)
    that have not been checked for ``directory_stale_months``."""
    months = int(settings.get_setting(vault, "directory_stale_months"))
    with vault.session() as s:
        used = set(
            s.scalars(
                select(Referral.service_id).where(
                    Referral.status.not_in([c.value for c in referrals.CLOSED])
                )
            )
        )
        for ids in s.scalars(select(CrisisCard.service_ids)):
            used.update(ids or [])
        rows = s.execute(
            select(DirService.id, DirService.name, DirService.assured_date)
            .where(DirService.favourite.is_(True) | DirService.id.in_(used))
            .order_by(DirService.assured_date.is_not(None), DirService.assured_date)
        ).all()
    out = []
    for sid, name, assured in rows:
        if not directory.is_stale(assured, today=today, months=months):
            continue
        checked = f"last checked {assured:%d %b %Y}" if assured else "never checked"
        out.append(
            TodayItem(
                key=f"service:{sid}:{assured}",
                kind="service",
                section=DIRECTORY,
                title=f"{name}: {checked}",
                who=(),
                due=assured,
                open_kind=OPEN_SERVICE,
                open_id=sid,
                detail="Worth a quick call or a look at their site before the next referral.",
            )
        )
        if len(out) >= MAX_SERVICES:
            break
    return out


def _link_kind(item: TodayItem) -> ReminderLink:
    return {
        "meeting": ReminderLink.MEETING,
        "note_missing": ReminderLink.MEETING,
        "draft": ReminderLink.NOTE,
        "follow_up": ReminderLink.FOLLOW_UP,
        "referral": ReminderLink.REFERRAL,
        "agreement_review": ReminderLink.AGREEMENT,
        "cluster": ReminderLink.MENTEE,
        "service": ReminderLink.SERVICE,
    }.get(item.kind, ReminderLink.GOAL if item.kind.startswith("goal") else ReminderLink.NONE)


def mark_done(vault: Vault, item: TodayItem, *, now: datetime) -> Changes:
    """Done where it lives when that means something (a follow-up is ticked, a meeting
    with no note is set aside), otherwise set aside on Today until it changes."""
    if item.kind == "follow_up":
        return notes.set_follow_up_done(
            vault, follow_up_id=int(item.key.split(":")[1]), today=now.date()
        )
    if item.kind == "reminder":
        return reminders.set_done(vault, reminder_id=int(item.key.split(":")[1]), now=now)
    if item.kind == "note_missing":
        return meetings.skip_occurrence(vault, key=item.open_id)
    return reminders.dismiss_item(
        vault, key=item.key, link_kind=_link_kind(item), link_id=item.open_id, now=now
    )


def snooze(vault: Vault, item: TodayItem, *, until: datetime, now: datetime) -> Changes:
    if item.kind == "reminder":
        return reminders.snooze(vault, reminder_id=int(item.key.split(":")[1]), until=until)
    return reminders.snooze_item(
        vault,
        key=item.key,
        until=until,
        link_kind=_link_kind(item),
        link_id=item.open_id,
        now=now,
    )


def _moment(due: datetime | date | None) -> datetime:
    """A draft's day or a missed meeting's start, comparable with each other."""
    if isinstance(due, datetime):
        return due
    return datetime.combine(due, time.min) if due is not None else datetime.max
