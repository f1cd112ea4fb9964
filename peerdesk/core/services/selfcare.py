"""The mentor's own corner: a private self-care log, caseload, and supervision topics.

Private by design: nothing here is exported, except period averages of the
self-care log when the mentor ticks that for one export.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Select, func, select

from peerdesk.core.db import chunks
from peerdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from peerdesk.core.messages import resource_text
from peerdesk.core.models import (
    Mentee,
    NoteParticipant,
    SelfCareEntry,
    SessionNote,
    SupervisionTopic,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import boundary_events, changes, settings
from peerdesk.core.services.changes import Changes
from peerdesk.core.vault import Vault

SCALE = (1, 2, 3, 4, 5)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


# --- the log ---------------------------------------------------------------------------


@dataclass(repr=False)
class SelfCareRecord(IdOnlyRepr):
    on: date
    energy: int
    mood: int
    strain: int
    helped: str = ""
    need: str = ""
    note: str = ""
    id: int | None = None


def _validate(entry: SelfCareRecord, today: date) -> None:
    for label, value in (("Energy", entry.energy), ("Mood", entry.mood), ("Strain", entry.strain)):
        if value not in SCALE:
            raise ValidationError(f"{label} is a number from 1 to 5.")
    if entry.on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "That date is in the future; a check-in is about a day that has been."
            )
        )
    if max(len(entry.helped), len(entry.need), len(entry.note)) > 20_000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That text is too long to save; please shorten it.")
        )


def save_entry(vault: Vault, *, entry: SelfCareRecord, today: date | None = None) -> int:
    _validate(entry, today or date.today())
    with vault.session() as s:
        row = s.get(SelfCareEntry, entry.id) if entry.id else None
        if row is None:
            row = SelfCareEntry(created_at=_now())
            s.add(row)
        row.on, row.energy, row.mood, row.strain = entry.on, entry.energy, entry.mood, entry.strain
        row.helped, row.need, row.note = (
            entry.helped.strip(),
            entry.need.strip(),
            entry.note.strip(),
        )
        s.flush()
        return row.id


def delete_entry(vault: Vault, *, entry_id: int) -> Changes:
    with vault.session() as s:
        row = s.get(SelfCareEntry, entry_id)
        if row is not None:
            s.delete(row)
    return changes.SELFCARE


def list_entries(
    vault: Vault, *, since: date | None = None, until: date | None = None
) -> list[SelfCareRecord]:
    with vault.session() as s:
        stmt = select(SelfCareEntry).order_by(SelfCareEntry.on.desc(), SelfCareEntry.id.desc())
        if since:
            stmt = stmt.where(SelfCareEntry.on >= since)
        if until:
            stmt = stmt.where(SelfCareEntry.on <= until)
        return [
            SelfCareRecord(r.on, r.energy, r.mood, r.strain, r.helped, r.need, r.note, r.id)
            for r in s.scalars(stmt)
        ]


@dataclass(frozen=True)
class Averages:
    """What a supervision export may include, and only when the mentor ticks it."""

    entries: int
    energy: float
    mood: float
    strain: float


def averages(vault: Vault, *, date_from: date, date_to: date) -> Averages | None:
    with vault.session() as s:
        row = s.execute(
            select(
                func.count(SelfCareEntry.id),
                func.avg(SelfCareEntry.energy),
                func.avg(SelfCareEntry.mood),
                func.avg(SelfCareEntry.strain),
            ).where(SelfCareEntry.on >= date_from, SelfCareEntry.on <= date_to)
        ).one()
    if not row[0]:
        return None
    return Averages(row[0], round(row[1], 1), round(row[2], 1), round(row[3], 1))


# --- gentle prompts ---------------------------------------------------------------------


def outside_usual_hours(vault: Vault, start: time | None) -> bool:
    if start is None:
        return False
    first = settings.get_setting(vault, "usual_hours_start")
    last = settings.get_setting(vault, "usual_hours_end")
    return not (first <= start.hour < last)


def checkin_offer_due(vault: Vault, *, note_id: int) -> bool:
    """After a crisis session, a safety concern or an out-of-hours contact: offer, never force."""
    if not settings.get_setting(vault, "selfcare_prompts"):
        return False
    with vault.session() as s:
        note = s.get(SessionNote, note_id)
        if note is None:
            return False
        kind, concern, start = note.kind, note.safety_concern, note.start_time
    if kind == "crisis support" or concern or outside_usual_hours(vault, start):
        return True
    # Outside the hours agreed with this mentee counts too, even within usual hours.

    outside = boundary_events.note_outside_agreement(vault, note_id=note_id)
    return bool(outside and outside.out_of_hours)


# --- caseload -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekLoad:
    week_start: date  # a Monday
    sessions: int
    hours: float
    out_of_hours: int
    crisis: int
    active_mentees: int


def caseload(vault: Vault, *, today: date | None = None, weeks: int = 12) -> list[WeekLoad]:
    """Sessions, hours, out-of-hours contacts, crisis sessions and people seen, per week."""
    today = today or date.today()
    this_monday = today - timedelta(days=today.weekday())
    first = this_monday - timedelta(weeks=weeks - 1)
    first_hour = settings.get_setting(vault, "usual_hours_start")
    last_hour = settings.get_setting(vault, "usual_hours_end")
    buckets: dict[date, dict] = {
        first + timedelta(weeks=i): {
            "sessions": 0,
            "minutes": 0,
            "ooh": 0,
            "crisis": 0,
            "people": set(),
        }
        for i in range(weeks)
    }
    with vault.session() as s:
        rows = s.execute(
            select(
                SessionNote.id,
                SessionNote.occurred_on,
                SessionNote.start_time,
                SessionNote.end_time,
                SessionNote.kind,
            ).where(SessionNote.occurred_on >= first, SessionNote.occurred_on <= today)
        ).all()
        people = s.execute(
            select(NoteParticipant.note_id, NoteParticipant.mentee_id).where(
                NoteParticipant.note_id.in_([r.id for r in rows])
            )
        ).all()
    who: dict[int, list[int]] = {}
    for note_id, mentee_id in people:
        who.setdefault(note_id, []).append(mentee_id)
    for r in rows:
        b = buckets[r.occurred_on - timedelta(days=r.occurred_on.weekday())]
        b["sessions"] += 1
        if r.start_time and r.end_time:
            minutes = (
                datetime.combine(date.min, r.end_time) - datetime.combine(date.min, r.start_time)
            ).seconds // 60
            b["minutes"] += max(0, minutes)
            if not (first_hour <= r.start_time.hour < last_hour):
                b["ooh"] += 1
        if r.kind == "crisis support":
            b["crisis"] += 1
        b["people"].update(who.get(r.id, []))
    return [
        WeekLoad(
            start,
            b["sessions"],
            round(b["minutes"] / 60, 1),
            b["ooh"],
            b["crisis"],
            len(b["people"]),
        )
        for start, b in sorted(buckets.items())
    ]


def load_signal(weeks: list[WeekLoad]) -> str | None:
    """A calm word when the last two weeks ran well above the mentor's own usual level."""
    if len(weeks) < 6:
        return None
    usual = statistics.median(w.hours for w in weeks[:-2])
    recent = sum(w.hours for w in weeks[-2:]) / 2
    if recent >= max(1.5 * usual, usual + 3):
        return (
            f"The last two weeks were fuller than usual for you (about {recent:g} hours a week; "
            f"usually {usual:g}). That can be a lot to carry. It may help to plan some rest, "
            "or to bring it to supervision."
        )
    return None


# --- supervision topics ----------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class TopicRow(IdOnlyRepr):
    id: int
    text: str
    note_id: int | None
    note_date: date | None
    discussed_on: date | None
    agreed: str
    note_kind: str = ""  # for a topic from a flagged note: that note's kind and who was in it
    note_names: tuple[str, ...] = ()


def flagged_without_topic() -> Select[int]:
    """The ids of notes flagged 'discuss in supervision' that have no topic yet: read
    through the partial index of flagged notes (migration 0016), not every note."""
    have = select(SupervisionTopic.note_id).where(SupervisionTopic.note_id.is_not(None))
    return select(SessionNote.id).where(
        SessionNote.discuss_in_supervision.is_(True), SessionNote.id.not_in(have)
    )


def gather_flagged_notes(vault: Vault) -> int:
    """Add a topic for each note flagged 'discuss in supervision' that has none yet."""
    with vault.session() as s:
        new = list(s.scalars(flagged_without_topic()))
        for note_id in new:
            s.add(SupervisionTopic(created_at=_now(), note_id=note_id, text=""))
        return len(new)


def add_topic(vault: Vault, *, text: str) -> int:
    body = text.strip()
    if not body:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "Write a few words about what you would like to talk through."
            )
        )
    with vault.session() as s:
        row = SupervisionTopic(created_at=_now(), text=body)
        s.add(row)
        s.flush()
        return row.id


def list_topics(
    vault: Vault, *, include_discussed: bool = False, recent_discussed: int | None = None
) -> list[TopicRow]:
    """Topics to take to supervision; one from a flagged note carries that note's date,
    kind and participants (read in two queries, however many topics there are).

    With ``include_discussed``, topics already talked through follow the open ones: all
    of them, or only the ``recent_discussed`` most recently talked through (years of
    supervision are thousands of topics; the page shows what is still useful)."""
    with vault.session() as s:
        topic = SupervisionTopic  # columns, not entities: years of topics are thousands
        stmt = select(
            topic.id,
            topic.text,
            topic.note_id,
            SessionNote.occurred_on,
            topic.discussed_on,
            topic.agreed,
            SessionNote.kind,
        ).outerjoin(SessionNote, SessionNote.id == topic.note_id)
        if not include_discussed:
            stmt = stmt.where(SupervisionTopic.discussed_on.is_(None))
        elif recent_discussed is not None:
            recent = (
                select(SupervisionTopic.id)
                .where(SupervisionTopic.discussed_on.is_not(None))
                .order_by(SupervisionTopic.discussed_on.desc(), SupervisionTopic.id.desc())
                .limit(recent_discussed)
            )
            stmt = stmt.where(
                SupervisionTopic.discussed_on.is_(None) | SupervisionTopic.id.in_(recent)
            )
        stmt = stmt.order_by(
            SupervisionTopic.discussed_on.is_not(None),
            SupervisionTopic.created_at,
            SupervisionTopic.id,
        )
        rows = s.execute(stmt).all()
        note_ids = [row.note_id for row in rows if row.note_id is not None]
        names: dict[int, list[str]] = {}
        for chunk in chunks(note_ids):
            for note_id, name in s.execute(
                select(NoteParticipant.note_id, Mentee.display_name)
                .join(Mentee, Mentee.id == NoteParticipant.mentee_id)
                .where(NoteParticipant.note_id.in_(chunk))
                .order_by(Mentee.display_name)
            ):
                names.setdefault(note_id, []).append(name)
        return [
            TopicRow(
                id_,
                text,
                note_id,
                on,
                discussed_on,
                agreed,
                note_kind=kind or "",
                note_names=tuple(names.get(note_id or 0, ())),
            )
            for id_, text, note_id, on, discussed_on, agreed, kind in rows
        ]


def mark_discussed(
    vault: Vault, *, topic_id: int, on: date | None = None, agreed: str = ""
) -> Changes:
    with vault.session() as s:
        row = s.get(SupervisionTopic, topic_id)
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That topic no longer exists."))
        row.discussed_on = on or date.today()
        row.agreed = agreed.strip()
    return changes.SELFCARE


def reopen_topic(vault: Vault, *, topic_id: int) -> Changes:
    with vault.session() as s:
        row = s.get(SupervisionTopic, topic_id)
        if row is not None:
            row.discussed_on = None
    return changes.SELFCARE


# --- resources for the mentor ------------------------------------------------------------------


@dataclass(frozen=True)
class SupportLine:
    region: str
    name: str
    how: str
    about: str
    source: str


def support_lines(*, region: str = "") -> list[SupportLine]:
    """The mentor's own supports and the help lines; with a region, the lines for anywhere
    and that country's come first, the other countries' after them."""
    from peerdesk.core.services.directory import region_code

    raw = resource_text("selfcare/support-lines.json")
    lines = [SupportLine(**item) for item in json.loads(raw)["lines"]]
    home = region_code(region)
    if home:
        lines.sort(key=lambda line: line.region not in ("any", home))
    return lines
