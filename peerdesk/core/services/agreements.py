"""Boundary agreements (versioned), boundary events and each mentee's crisis card.

Contact hours are local wall-clock times ("HH:MM") per weekday, the way mentor and
mentee agreed them out loud. A window that ends before it starts is a *night
window* running past midnight (e.g. 22:00-02:00); it is accepted only when it
starts in the evening (18:00 or later) and ends in the early morning (06:00 at the
latest), so a slip such as 18:00-09:00 is refused instead of silently meaning
"all night". Because times are wall-clock, a change of clocks (DST) never moves
an agreed window; an aware datetime is first converted to local time.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from sqlalchemy import func, select

from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.models import (
    AgreementStatus,
    BoundaryAgreement,
    BoundaryEvent,
    BoundaryEventKind,
    CrisisCard,
    DirService,
    Mentee,
    MenteeStatus,
    SessionNote,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import audit
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import EVENT_KINDS, EVENT_LABELS

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = dict(
    zip(
        DAYS,
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        strict=True,
    )
)
CHANNELS = ("in person", "phone", "video", "text", "email")
NIGHT_STARTS_FROM = time(18, 0)
NIGHT_ENDS_BY = time(6, 0)
CLUSTER_DAYS = 14
CLUSTER_COUNT = 3
MAX_TEXT = 20_000
MAX_ITEMS = 40
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$|^24:00$")
_HOME = re.compile(r"\b(home|house|flat|apartment|their place|my place)\b", re.I)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def event_label(kind: BoundaryEventKind | str) -> str:
    return EVENT_LABELS[BoundaryEventKind(kind)]


# --- records ---------------------------------------------------------------------------------


@dataclass(repr=False)
class AgreementRecord(IdOnlyRepr):
    """One version of an agreement as the editor shows it."""

    mentee_id: int
    template: str = ""
    effective_on: date | None = None
    review_on: date | None = None
    contact_hours: dict[str, list[list[str]]] = field(default_factory=dict)
    channels: list[str] = field(default_factory=list)
    response_time: str = ""
    meeting_places: list[str] = field(default_factory=list)
    mentor_will: list[str] = field(default_factory=list)
    mentor_will_not: list[str] = field(default_factory=list)
    confidentiality: str = ""
    confidentiality_limits: str = ""
    crisis_plan: str = ""
    ending: str = ""
    change_of_mentor: str = ""
    acknowledged_by_mentee_on: date | None = None
    acknowledged_by_mentor_on: date | None = None
    status: AgreementStatus = AgreementStatus.DRAFT
    version: int = 0
    id: int | None = None


_EDITABLE = tuple(
    f.name
    for f in fields(AgreementRecord)
    if f.name not in ("id", "status", "version", "mentee_id")
)


@dataclass(frozen=True, repr=False)
class AgreementSummary(IdOnlyRepr):
    """One row of an agreement's history."""

    id: int
    version: int
    status: AgreementStatus
    effective_on: date | None
    review_on: date | None
    acknowledged_by_mentee_on: date | None
    acknowledged_by_mentor_on: date | None

    @property
    def label(self) -> str:
        when = f", from {self.effective_on:%d %b %Y}" if self.effective_on else ""
        return f"Version {self.version} ({self.status.value}{when})"


@dataclass(frozen=True)
class Template:
    key: str
    name: str
    about: str


@dataclass(repr=False)
class EventRecord(IdOnlyRepr):
    mentee_id: int
    occurred_at: datetime
    kind: BoundaryEventKind = BoundaryEventKind.OTHER
    what_happened: str = ""
    what_i_did: str = ""
    discussed_in_supervision: bool = False
    note_id: int | None = None
    id: int | None = None


@dataclass(repr=False)
class CrisisCardRecord(IdOnlyRepr):
    mentee_id: int
    warning_signs: str = ""  # in their own words
    what_helps: str = ""  # in their own words
    people: list[dict[str, str]] = field(default_factory=list)  # name, relation, phone
    service_ids: list[str] = field(default_factory=list)
    other_services: list[str] = field(default_factory=list)
    updated_at: datetime | None = None
    id: int | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.warning_signs.strip()
            or self.what_helps.strip()
            or self.people
            or self.service_ids
            or self.other_services
        )


@dataclass(frozen=True, repr=False)
class CardService(IdOnlyRepr):
    """A service on a crisis card, resolved from the directory."""

    id: str
    name: str
    organization_name: str
    phones: tuple[str, ...]


@dataclass(frozen=True)
class OutsideAgreement:
    """Why a contact falls outside the active agreement, in plain sentences."""

    agreement_id: int
    reasons: tuple[str, ...]
    out_of_hours: bool = False
    channel: bool = False
    place: bool = False

    @property
    def suggested_kind(self) -> BoundaryEventKind:
        if self.out_of_hours:
            return BoundaryEventKind.OUT_OF_HOURS
        if self.place:
            return BoundaryEventKind.DUAL_RELATIONSHIP
        return BoundaryEventKind.OTHER

    @property
    def text(self) -> str:
        return " ".join(self.reasons)


@dataclass(frozen=True, repr=False)
class ReviewDue(IdOnlyRepr):
    id: int  # the agreement
    mentee_id: int
    display_name: str
    version: int
    review_on: date


@dataclass(frozen=True, repr=False)
class Cluster(IdOnlyRepr):
    """Several boundary events of one kind close together, for a gentle word on Today."""

    mentee_id: int
    display_name: str
    kind: BoundaryEventKind
    count: int
    days: int

    @property
    def text(self) -> str:
        what = (
            "contacts outside your agreed hours"
            if self.kind == BoundaryEventKind.OUT_OF_HOURS
            else f"moments logged as '{event_label(self.kind).lower()}'"
        )
        return (
            f"{self.display_name}: {self.count} {what} in the last {self.days} days. "
            "It might be worth looking at the agreement together, or bringing it to supervision."
        )


@dataclass(frozen=True)
class ReflectionTopic:
    key: str
    title: str
    prompts: tuple[str, ...]


# --- templates and reflections ---------------------------------------------------------------


def _resource(name: str) -> dict:
    return json.loads(
        resources.files("peerdesk.resources").joinpath(f"agreements/{name}").read_text("utf-8")
    )


TEMPLATE_KEYS = ("practical-support", "emotional-support", "group", "family-peer-support")


@lru_cache(maxsize=1)
def templates() -> tuple[Template, ...]:
    out = []
    for key in TEMPLATE_KEYS:
        raw = _resource(f"{key}.json")
        out.append(Template(key, raw["name"], raw["about"]))
    return tuple(out)


def from_template(key: str, *, mentee_id: int) -> AgreementRecord:
    """A fresh draft filled in from a template; the mentor then makes it theirs."""
    if key not in TEMPLATE_KEYS:
        raise ValidationError("That agreement template is not available.")
    raw = _resource(f"{key}.json")
    return AgreementRecord(
        mentee_id=mentee_id,
        template=key,
        **{
            name: raw[name]
            for name in _EDITABLE
            if name in raw and name not in ("template", "effective_on", "review_on")
        },
    )


@lru_cache(maxsize=1)
def reflections() -> tuple[ReflectionTopic, ...]:
    raw = _resource("reflections.json")
    return tuple(ReflectionTopic(t["key"], t["title"], tuple(t["prompts"])) for t in raw["topics"])


# --- contact hours ---------------------------------------------------------------------------


def _parse_time(value: object, day: str) -> time:
    if not isinstance(value, str) or not _HHMM.match(value.strip()):
        raise ValidationError(
            f"{DAY_NAMES[day]}: times are written like 09:00 or 17:30 (24-hour clock)."
        )
    value = value.strip()
    if value == "24:00":
        return time(0, 0)
    return time(int(value[:2]), int(value[3:]))


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def parse_hours(hours: dict) -> dict[str, list[tuple[time, time]]]:
    """Check and parse contact hours. Refuses overlaps, empty windows, windows that end
    before they start (unless a night window, 18:00 or later until 06:00 at the latest)."""
    if not isinstance(hours, dict):
        raise ValidationError("Contact hours could not be read.")
    out: dict[str, list[tuple[time, time]]] = {}
    for day, windows in hours.items():
        if day not in DAYS:
            raise ValidationError("Contact hours can only be given for the days of the week.")
        parsed: list[tuple[time, time]] = []
        for window in windows or []:
            if not isinstance(window, (list, tuple)) or len(window) != 2:
                raise ValidationError(f"{DAY_NAMES[day]}: each time needs a start and an end.")
            start, end = _parse_time(window[0], day), _parse_time(window[1], day)
            if start == end:
                raise ValidationError(
                    f"{DAY_NAMES[day]}: {window[0]}-{window[1]} starts and ends at the same time."
                )
            if _crosses_midnight(start, end) and not (
                start >= NIGHT_STARTS_FROM and end <= NIGHT_ENDS_BY
            ):
                raise ValidationError(
                    f"{DAY_NAMES[day]}: {window[0]}-{window[1]} ends before it starts. "
                    "A window past midnight (a night window) must start at 18:00 or later "
                    "and end by 06:00; otherwise, please check the times."
                )
            parsed.append((start, end))
        spans = sorted(_span(s, e) for s, e in parsed)
        for (_, first_end), (second_start, _) in pairwise(spans):
            if second_start < first_end:
                raise ValidationError(f"{DAY_NAMES[day]}: two of the contact times overlap.")
        if parsed:
            out[day] = sorted(parsed, key=lambda w: _span(*w))
    # A night window spills into the next morning: it must not overlap that day's first hours.
    for i, day in enumerate(DAYS):
        nxt = DAYS[(i + 1) % 7]
        for start, end in out.get(day, []):
            if _crosses_midnight(start, end):
                for s2, _ in out.get(nxt, []):
                    if _minutes(s2) < _minutes(end):
                        raise ValidationError(
                            f"{DAY_NAMES[day]}'s night window runs into {DAY_NAMES[nxt]}'s "
                            "contact times; please let one end before the other starts."
                        )
    return out


def _crosses_midnight(start: time, end: time) -> bool:
    return end != time(0, 0) and end < start


def _span(start: time, end: time) -> tuple[int, int]:
    """Minutes from the day's midnight; a window ending at or past midnight ends at 1440+."""
    s = _minutes(start)
    e = _minutes(end)
    if e == 0 or e < s:
        e += 24 * 60
    return s, e


def hours_text(hours: dict) -> list[str]:
    """'Monday: 09:00-18:00' lines, Monday first; days without hours are left out."""
    lines = []
    for day in DAYS:
        windows = hours.get(day) or []
        if windows:
            parts = []
            for start, end in windows:
                night = (
                    " (into the night)"
                    if _crosses_midnight(_parse_time(start, day), _parse_time(end, day))
                    else ""
                )
                parts.append(f"{start}-{end}{night}")
            lines.append(f"{DAY_NAMES[day]}: " + ", ".join(parts))
    return lines


def within_hours(hours: dict, when: datetime, *, tz: tzinfo | None = None) -> bool:
    """Whether ``when`` falls inside the agreed contact hours.

    A naive ``when`` is already local wall-clock time. An aware one is converted to
    ``tz`` (default: this computer's zone) first. Windows are half-open [start, end).
    """
    if when.tzinfo is not None:
        when = (
            when.astimezone(tz).replace(tzinfo=None)
            if tz
            else when.astimezone().replace(tzinfo=None)
        )
    parsed = parse_hours(hours)
    day = DAYS[when.weekday()]
    previous = DAYS[(when.weekday() - 1) % 7]
    minute = when.hour * 60 + when.minute
    for start, end in parsed.get(day, []):
        s, e = _span(start, end)
        if s <= minute < e:
            return True
    for start, end in parsed.get(previous, []):
        if _crosses_midnight(start, end) and minute < _minutes(end):
            return True
    return False


# --- validation --------------------------------------------------------------------------


def _clean_list(items: list[str]) -> list[str]:
    return [i.strip() for i in items if i and i.strip()]


def validate(record: AgreementRecord) -> None:
    parse_hours(record.contact_hours)
    if not record.channels:
        raise ValidationError(
            "Please choose at least one way of keeping in touch (for example phone or in person)."
        )
    unknown = [c for c in record.channels if c not in CHANNELS]
    if unknown:
        raise ValidationError("Ways of keeping in touch can be: " + ", ".join(CHANNELS) + ".")
    if record.effective_on and record.review_on and record.review_on < record.effective_on:
        raise ValidationError("The review date comes before the agreement starts.")
    for items in (record.meeting_places, record.mentor_will, record.mentor_will_not):
        if len(items) > MAX_ITEMS:
            raise ValidationError("That list is very long; please keep it to the main points.")
    texts = [getattr(record, n) for n in _EDITABLE if isinstance(getattr(record, n), str)]
    texts += record.meeting_places + record.mentor_will + record.mentor_will_not
    if any(len(t) > MAX_TEXT for t in texts):
        raise ValidationError("That text is too long to save; please shorten it.")


# --- agreements ------------------------------------------------------------------------------


def _to_record(row: BoundaryAgreement) -> AgreementRecord:
    return AgreementRecord(
        mentee_id=row.mentee_id,
        status=row.status,
        version=row.version,
        id=row.id,
        **{
            name: (list(v) if isinstance(v := getattr(row, name), list) else v)
            for name in _EDITABLE
        },
    )


def _apply(row: BoundaryAgreement, record: AgreementRecord) -> None:
    for name in _EDITABLE:
        value = getattr(record, name)
        if isinstance(value, list):
            value = _clean_list(value) if name != "channels" else list(value)
        elif isinstance(value, str):
            value = value.strip()
        setattr(row, name, value)
    row.contact_hours = {
        d: [list(w) for w in record.contact_hours.get(d) or []]
        for d in DAYS
        if record.contact_hours.get(d)
    }


def save_agreement(vault: Vault, *, record: AgreementRecord) -> int:
    """Create a draft (new version) or update a draft. Active and superseded versions are
    kept as agreed: change them by making a new version."""
    validate(record)
    now = _now()
    with vault.session() as s:
        if record.id:
            row = s.get(BoundaryAgreement, record.id)
            if row is None:
                raise ValidationError("That agreement no longer exists.")
            if row.status != AgreementStatus.DRAFT:
                raise ValidationError(
                    "This version has been agreed. To change it, start a new version."
                )
            _apply(row, record)
            row.updated_at = now
            audit.record(s, kind="edited", entity="boundary_agreement", entity_id=row.id)
            return row.id
        if s.get(Mentee, record.mentee_id) is None:
            raise ValidationError("That mentee no longer exists.")
        if s.scalar(
            select(BoundaryAgreement.id).where(
                BoundaryAgreement.mentee_id == record.mentee_id,
                BoundaryAgreement.status == AgreementStatus.DRAFT,
            )
        ):
            raise ValidationError(
                "There is already a draft agreement for this mentee; please finish that one first."
            )
        last = s.scalar(
            select(func.max(BoundaryAgreement.version)).where(
                BoundaryAgreement.mentee_id == record.mentee_id
            )
        )
        row = BoundaryAgreement(
            mentee_id=record.mentee_id,
            version=(last or 0) + 1,
            status=AgreementStatus.DRAFT,
            created_at=now,
            updated_at=now,
        )
        _apply(row, record)
        s.add(row)
        s.flush()
        audit.record(
            s,
            kind="created",
            entity="boundary_agreement",
            entity_id=row.id,
            detail={"version": row.version},
        )
        return row.id


def new_version(vault: Vault, *, mentee_id: int) -> AgreementRecord:
    """An unsaved draft copying the newest version, ready to change."""
    with vault.session() as s:
        row = s.scalars(
            select(BoundaryAgreement)
            .where(BoundaryAgreement.mentee_id == mentee_id)
            .order_by(BoundaryAgreement.version.desc())
            .limit(1)
        ).first()
        if row is None:
            return from_template(TEMPLATE_KEYS[0], mentee_id=mentee_id)
        record = _to_record(row)
    record.id = None
    record.status = AgreementStatus.DRAFT
    record.version = 0
    record.effective_on = None
    record.acknowledged_by_mentee_on = None
    record.acknowledged_by_mentor_on = None
    return record


def activate(vault: Vault, *, agreement_id: int, today: date | None = None) -> None:
    """Make a draft the agreed version; the one before it becomes superseded."""
    today = today or date.today()
    with vault.session() as s:
        row = s.get(BoundaryAgreement, agreement_id)
        if row is None:
            raise ValidationError("That agreement no longer exists.")
        if row.status != AgreementStatus.DRAFT:
            raise ValidationError("Only a draft can be made the agreed version.")
        validate(_to_record(row))
        superseded = 0
        for old in s.scalars(
            select(BoundaryAgreement).where(
                BoundaryAgreement.mentee_id == row.mentee_id,
                BoundaryAgreement.status == AgreementStatus.ACTIVE,
            )
        ):
            old.status = AgreementStatus.SUPERSEDED
            old.updated_at = _now()
            superseded += 1
        row.status = AgreementStatus.ACTIVE
        row.effective_on = row.effective_on or today
        row.updated_at = _now()
        audit.record(
            s,
            kind="edited",
            entity="boundary_agreement",
            entity_id=row.id,
            detail={"activated": True, "superseded": superseded},
        )


def acknowledge(
    vault: Vault,
    *,
    agreement_id: int,
    mentee_on: date | None,
    mentor_on: date | None,
    today: date | None = None,
) -> None:
    """Record when each of you read and agreed to this version."""
    today = today or date.today()
    if (mentee_on and mentee_on > today) or (mentor_on and mentor_on > today):
        raise ValidationError("An acknowledgement date cannot be in the future.")
    with vault.session() as s:
        row = s.get(BoundaryAgreement, agreement_id)
        if row is None:
            raise ValidationError("That agreement no longer exists.")
        row.acknowledged_by_mentee_on = mentee_on
        row.acknowledged_by_mentor_on = mentor_on
        row.updated_at = _now()
        audit.record(s, kind="edited", entity="boundary_agreement", entity_id=row.id)


def set_review_date(vault: Vault, *, agreement_id: int, review_on: date | None) -> None:
    with vault.session() as s:
        row = s.get(BoundaryAgreement, agreement_id)
        if row is None:
            raise ValidationError("That agreement no longer exists.")
        if review_on and row.effective_on and review_on < row.effective_on:
            raise ValidationError("The review date comes before the agreement starts.")
        row.review_on = review_on
        row.updated_at = _now()
        audit.record(s, kind="edited", entity="boundary_agreement", entity_id=row.id)


def delete_draft(vault: Vault, *, agreement_id: int) -> None:
    with vault.session() as s:
        row = s.get(BoundaryAgreement, agreement_id)
        if row is None:
            return
        if row.status != AgreementStatus.DRAFT:
            raise ValidationError("Agreed versions are kept as history and cannot be deleted.")
        s.delete(row)
        audit.record(
            s,
            kind="edited",
            entity="boundary_agreement",
            entity_id=agreement_id,
            detail={"deleted": True},
        )


def get_agreement(vault: Vault, *, agreement_id: int) -> AgreementRecord:
    with vault.session() as s:
        row = s.get(BoundaryAgreement, agreement_id)
        if row is None:
            raise ValidationError("That agreement no longer exists.")
        return _to_record(row)


def active_agreement(vault: Vault, *, mentee_id: int) -> AgreementRecord | None:
    with vault.session() as s:
        row = s.scalars(
            select(BoundaryAgreement).where(
                BoundaryAgreement.mentee_id == mentee_id,
                BoundaryAgreement.status == AgreementStatus.ACTIVE,
            )
        ).first()
        return _to_record(row) if row else None


def history(vault: Vault, *, mentee_id: int) -> list[AgreementSummary]:
    """Every version, newest first."""
    with vault.session() as s:
        rows = s.scalars(
            select(BoundaryAgreement)
            .where(BoundaryAgreement.mentee_id == mentee_id)
            .order_by(BoundaryAgreement.version.desc())
        ).all()
        return [
            AgreementSummary(
                r.id,
                r.version,
                r.status,
                r.effective_on,
                r.review_on,
                r.acknowledged_by_mentee_on,
                r.acknowledged_by_mentor_on,
            )
            for r in rows
        ]


def agreements_due_for_review(
    vault: Vault, today: date | None = None, *, within_days: int = 14
) -> list[ReviewDue]:
    """Active agreements whose review date has come or is close, soonest first."""
    today = today or date.today()
    with vault.session() as s:
        rows = s.execute(
            select(BoundaryAgreement, Mentee.display_name)
            .join(Mentee, Mentee.id == BoundaryAgreement.mentee_id)
            .where(
                BoundaryAgreement.status == AgreementStatus.ACTIVE,
                BoundaryAgreement.review_on.is_not(None),
                BoundaryAgreement.review_on <= today + timedelta(days=within_days),
                Mentee.archived_at.is_(None),
                Mentee.status != MenteeStatus.ENDED,
            )
            .order_by(BoundaryAgreement.review_on)
        ).all()
        return [ReviewDue(a.id, a.mentee_id, name, a.version, a.review_on) for a, name in rows]


# --- the readable text, and the difference between versions ---------------------------------


def _bullets(items: list[str]) -> list[str]:
    return [f"  - {i}" for i in items] or ["  (nothing written yet)"]


def sections(record: AgreementRecord) -> list[tuple[str, list[str]]]:
    """The agreement as headed sections of plain lines: one source for the editor's preview,
    the difference view and the printed copies."""
    return [
        ("When we can be in touch", hours_text(record.contact_hours) or ["(no hours agreed yet)"]),
        ("How we keep in touch", [", ".join(record.channels) or "(none chosen yet)"]),
        ("How soon I reply", [record.response_time or "(not written yet)"]),
        ("Where we meet", _bullets(record.meeting_places)),
        ("What I will do", _bullets(record.mentor_will)),
        ("What I will not do", _bullets(record.mentor_will_not)),
        ("What stays between us", [record.confidentiality or "(not written yet)"]),
        (
            "When I would have to share something",
            [record.confidentiality_limits or "(not written yet)"],
        ),
        ("If there is a crisis", [record.crisis_plan or "(not written yet)"]),
        ("How mentoring ends", [record.ending or "(not written yet)"]),
        ("Asking for a different mentor", [record.change_of_mentor or "(not written yet)"]),
    ]


def render_text(record: AgreementRecord) -> str:
    lines = []
    for heading, body in sections(record):
        lines.append(heading.upper())
        lines.extend(body)
        lines.append("")
    if record.review_on:
        lines.append(f"We will look at this again on {record.review_on:%d %B %Y}.")
    return "\n".join(lines).rstrip() + "\n"


@dataclass(frozen=True)
class DiffRow:
    """One row of the side-by-side difference: tag is equal, replace, delete or insert."""

    tag: str
    left: str
    right: str


def difference(old: AgreementRecord, new: AgreementRecord) -> list[DiffRow]:
    a = render_text(old).splitlines()
    b = render_text(new).splitlines()
    rows: list[DiffRow] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        left, right = a[i1:i2], b[j1:j2]
        for k in range(max(len(left), len(right))):
            rows.append(
                DiffRow(
                    tag,
                    left[k] if k < len(left) else "",
                    right[k] if k < len(right) else "",
                )
            )
    return rows


# --- at note time ----------------------------------------------------------------------------


def check_contact(
    record: AgreementRecord, *, when: datetime | None, modality: str, place: str = ""
) -> OutsideAgreement | None:
    reasons: list[str] = []
    out_of_hours = channel = where = False
    if when is not None and record.contact_hours and not within_hours(record.contact_hours, when):
        out_of_hours = True
        reasons.append(f"{when:%A %H:%M} is outside the hours you agreed.")
    if modality and record.channels and modality not in record.channels:
        channel = True
        reasons.append(
            f"You agreed to keep in touch by {', '.join(record.channels)}, not {modality}."
        )
    if (
        modality == "in person"
        and place
        and _HOME.search(place)
        and not any(_HOME.search(p) for p in record.meeting_places)
    ):
        where = True
        reasons.append("You agreed to meet elsewhere than at home.")
    if not reasons:
        return None
    return OutsideAgreement(record.id or 0, tuple(reasons), out_of_hours, channel, where)


def outside_agreement(
    vault: Vault,
    mentee_id: int,
    when: datetime | None,
    modality: str,
    place: str = "",
) -> OutsideAgreement | None:
    """Whether a contact falls outside the mentee's active agreement (None if inside, or if
    there is no agreement yet). Never blocks anything: the editor only offers to log it."""
    record = active_agreement(vault, mentee_id=mentee_id)
    if record is None:
        return None
    return check_contact(record, when=when, modality=modality, place=place)


def note_outside_agreement(vault: Vault, *, note_id: int) -> OutsideAgreement | None:
    """The same check for a saved one-to-one note (its date, start time, how and where)."""
    from peerdesk.core.models import NoteParticipant

    with vault.session() as s:
        note = s.get(SessionNote, note_id)
        if note is None:
            return None
        people = s.scalars(
            select(NoteParticipant.mentee_id).where(NoteParticipant.note_id == note_id)
        ).all()
        when = datetime.combine(note.occurred_on, note.start_time) if note.start_time else None
        modality, place = note.modality, note.location
    if len(people) != 1:
        return None
    return outside_agreement(vault, people[0], when, modality, place)


# --- boundary events -------------------------------------------------------------------------


def _validate_event(event: EventRecord, now: datetime) -> None:
    try:
        BoundaryEventKind(event.kind)
    except ValueError:
        raise ValidationError("Please choose what kind of moment this was.") from None
    if event.occurred_at > now + timedelta(days=1):
        raise ValidationError(
            "That date is in the future; a boundary event is something that happened."
        )
    if max(len(event.what_happened), len(event.what_i_did)) > MAX_TEXT:
        raise ValidationError("That text is too long to save; please shorten it.")


def save_event(vault: Vault, *, event: EventRecord, now: datetime | None = None) -> int:
    _validate_event(event, now or datetime.now())
    with vault.session() as s:
        if event.id:
            row = s.get(BoundaryEvent, event.id)
            if row is None:
                raise ValidationError("That boundary event no longer exists.")
        else:
            if s.get(Mentee, event.mentee_id) is None:
                raise ValidationError("That mentee no longer exists.")
            row = BoundaryEvent(mentee_id=event.mentee_id, created_at=_now())
            s.add(row)
        row.occurred_at = event.occurred_at.replace(tzinfo=None, microsecond=0)
        row.kind = BoundaryEventKind(event.kind)
        row.what_happened = event.what_happened.strip()
        row.what_i_did = event.what_i_did.strip()
        row.discussed_in_supervision = bool(event.discussed_in_supervision)
        row.note_id = event.note_id if event.note_id and s.get(SessionNote, event.note_id) else None
        s.flush()
        audit.record(
            s,
            kind="edited" if event.id else "created",
            entity="boundary_event",
            entity_id=row.id,
        )
        return row.id


def delete_event(vault: Vault, *, event_id: int) -> None:
    with vault.session() as s:
        row = s.get(BoundaryEvent, event_id)
        if row is not None:
            s.delete(row)
            audit.record(
                s,
                kind="edited",
                entity="boundary_event",
                entity_id=event_id,
                detail={"deleted": True},
            )


def _event(row: BoundaryEvent) -> EventRecord:
    return EventRecord(
        mentee_id=row.mentee_id,
        occurred_at=row.occurred_at,
        kind=row.kind,
        what_happened=row.what_happened,
        what_i_did=row.what_i_did,
        discussed_in_supervision=row.discussed_in_supervision,
        note_id=row.note_id,
        id=row.id,
    )


def list_events(vault: Vault, *, mentee_id: int) -> list[EventRecord]:
    """A mentee's boundary events, newest first."""
    with vault.session() as s:
        rows = s.scalars(
            select(BoundaryEvent)
            .where(BoundaryEvent.mentee_id == mentee_id)
            .order_by(BoundaryEvent.occurred_at.desc(), BoundaryEvent.id.desc())
        ).all()
        return [_event(r) for r in rows]


def monthly_pattern(
    vault: Vault, *, mentee_id: int, today: date | None = None, months: int = 6
) -> list[tuple[date, Counter]]:
    """Events per kind for each of the last ``months`` months (first of month, counts)."""
    today = today or date.today()
    firsts: list[date] = []
    y, m = today.year, today.month
    for _ in range(months):
        firsts.append(date(y, m, 1))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    firsts.reverse()
    buckets = {f: Counter() for f in firsts}
    with vault.session() as s:
        rows = s.execute(
            select(BoundaryEvent.occurred_at, BoundaryEvent.kind).where(
                BoundaryEvent.mentee_id == mentee_id,
                BoundaryEvent.occurred_at >= datetime.combine(firsts[0], time()),
            )
        ).all()
    for at, kind in rows:
        key = date(at.year, at.month, 1)
        if key in buckets:
            buckets[key][BoundaryEventKind(kind)] += 1
    return [(f, buckets[f]) for f in firsts]


def clusters(
    vault: Vault,
    *,
    today: date | None = None,
    days: int = CLUSTER_DAYS,
    threshold: int = CLUSTER_COUNT,
) -> list[Cluster]:
    """Mentees with ``threshold`` or more events of one kind in the last ``days`` days."""
    today = today or date.today()
    since = datetime.combine(today - timedelta(days=days - 1), time())
    until = datetime.combine(today + timedelta(days=1), time())
    with vault.session() as s:
        rows = s.execute(
            select(BoundaryEvent.mentee_id, Mentee.display_name, BoundaryEvent.kind, func.count())
            .join(Mentee, Mentee.id == BoundaryEvent.mentee_id)
            .where(
                BoundaryEvent.occurred_at >= since,
                BoundaryEvent.occurred_at < until,
                Mentee.archived_at.is_(None),
            )
            .group_by(BoundaryEvent.mentee_id, Mentee.display_name, BoundaryEvent.kind)
            .having(func.count() >= threshold)
            .order_by(func.count().desc())
        ).all()
    return [Cluster(mid, name, BoundaryEventKind(kind), n, days) for mid, name, kind, n in rows]


def counts_by_kind(vault: Vault, *, date_from: date, date_to: date) -> dict[str, int]:
    """Aggregated, de-identified counts for the supervision export: kind label -> count."""
    with vault.session() as s:
        rows = s.execute(
            select(BoundaryEvent.kind, func.count())
            .where(
                BoundaryEvent.occurred_at >= datetime.combine(date_from, time()),
                BoundaryEvent.occurred_at < datetime.combine(date_to + timedelta(days=1), time()),
            )
            .group_by(BoundaryEvent.kind)
        ).all()
    found = {BoundaryEventKind(k): n for k, n in rows}
    return {EVENT_LABELS[k]: found[k] for k in EVENT_KINDS if found.get(k)}


# --- crisis card -----------------------------------------------------------------------------


def get_crisis_card(vault: Vault, *, mentee_id: int) -> CrisisCardRecord:
    """The mentee's crisis card (an empty one if none has been written yet)."""
    with vault.session() as s:
        row = s.scalars(select(CrisisCard).where(CrisisCard.mentee_id == mentee_id)).first()
        if row is None:
            return CrisisCardRecord(mentee_id=mentee_id)
        return CrisisCardRecord(
            mentee_id=row.mentee_id,
            warning_signs=row.warning_signs,
            what_helps=row.what_helps,
            people=[dict(p) for p in row.people],
            service_ids=list(row.service_ids),
            other_services=list(row.other_services),
            updated_at=row.updated_at,
            id=row.id,
        )


def save_crisis_card(vault: Vault, *, card: CrisisCardRecord) -> int:
    people = [
        {k: str(p.get(k, "")).strip() for k in ("name", "relation", "phone")}
        for p in card.people
        if str(p.get("name", "")).strip() or str(p.get("phone", "")).strip()
    ]
    texts = [card.warning_signs, card.what_helps, *card.other_services]
    texts += [v for p in people for v in p.values()]
    if any(len(t) > MAX_TEXT for t in texts):
        raise ValidationError("That text is too long to save; please shorten it.")
    if len(people) > MAX_ITEMS or len(card.other_services) > MAX_ITEMS:
        raise ValidationError("That list is very long; a crisis card fits on one page.")
    with vault.session() as s:
        if s.get(Mentee, card.mentee_id) is None:
            raise ValidationError("That mentee no longer exists.")
        known = set(
            s.scalars(select(DirService.id).where(DirService.id.in_(card.service_ids))).all()
        )
        row = s.scalars(select(CrisisCard).where(CrisisCard.mentee_id == card.mentee_id)).first()
        created = row is None
        if row is None:
            row = CrisisCard(mentee_id=card.mentee_id)
            s.add(row)
        row.warning_signs = card.warning_signs.strip()
        row.what_helps = card.what_helps.strip()
        row.people = people
        row.service_ids = [sid for sid in dict.fromkeys(card.service_ids) if sid in known]
        row.other_services = _clean_list(card.other_services)
        row.updated_at = _now()
        s.flush()
        audit.record(
            s,
            kind="created" if created else "edited",
            entity="crisis_card",
            entity_id=row.id,
            detail={"people": len(people), "services": len(row.service_ids)},
        )
        return row.id


def card_services(vault: Vault, *, card: CrisisCardRecord) -> list[CardService]:
    """The directory services on a card, with their phone numbers, in the card's order."""
    from peerdesk.core.services import directory

    out = []
    for sid in card.service_ids:
        try:
            svc = directory.get_service(vault, service_id=sid)
        except PeerdeskError:  # removed from the directory since: leave it off the card
            continue
        out.append(
            CardService(
                sid,
                svc.name,
                svc.organization_name,
                tuple(
                    p.number + (f" ({p.description})" if p.description else "") for p in svc.phones
                ),
            )
        )
    return out
