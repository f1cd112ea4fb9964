"""Supervision as a loop: a de-identified export sealed to the supervisor's key, the
supervisor's inbox, comments and sessions, the reply sealed back to the mentor, and the
comments shown beside the right note in the mentor's vault.

What travels: the export exactly as the mentor previewed it (Markdown, checked fail
closed), its aggregate JSON, a list of commentable items each with an opaque random id,
and exact programme counts (sessions by how and kind, minutes, goal progress by life
domain, referrals by outcome, boundary events by kind) that the supervisor's app only
ever shows combined across mentors and suppressed again. Which note or record an opaque
id stands for is kept only in the mentor's vault (``sent_packet.items``).
"""

from __future__ import annotations

import json
import secrets
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats import sealed
from peerdesk.core.formats.programme import ProgrammeTable, ProgrammeView
from peerdesk.core.formats.sealed import PacketError, PublicIdentity
from peerdesk.core.formats.suppression import suppress
from peerdesk.core.messages import QT_TRANSLATE_NOOP
from peerdesk.core.models import (
    BoundaryEvent,
    Goal,
    GoalProgress,
    ReceivedPacket,
    Referral,
    Reminder,
    SentPacket,
    SessionNote,
    Setting,
    SupervisionComment,
    SupervisionSession,
    TrustedKey,
)
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import audit, keys
from peerdesk.core.services.notes import duration_minutes
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import EVENT_LABELS, BoundaryEventKind, NoteState, ReminderLink

if TYPE_CHECKING:  # the export's formats (and de-identification) load when one is sealed:
    # Today asks this module for replies and the vault's role, and need not carry them
    from peerdesk.core.formats.supervision import Prepared

PACKET_SCHEMA = "peerdesk-supervision-packet"
REPLY_SCHEMA = "peerdesk-supervision-reply"
SCHEMA_VERSION = 1
ROLE_SETTING = "vault.role"  # "mentor" (default) or "supervisor"; not a user setting
MAX_COMMENT = 5_000
MAX_ITEMS = 500


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


# --- the vault's role -------------------------------------------------------------------


def role(vault: Vault) -> str:
    with vault.session() as s:
        row = s.get(Setting, ROLE_SETTING)
        return "supervisor" if row is not None and row.value == "supervisor" else "mentor"


def make_supervisor_vault(vault: Vault) -> None:
    """Mark a new vault as a supervisor's: it holds received packets and comments only."""
    with vault.session() as s:
        if s.scalar(select(func.count(SessionNote.id))):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "This vault already holds session notes; use a new one.")
            )
        row = s.get(Setting, ROLE_SETTING)
        if row is None:
            s.add(Setting(name=ROLE_SETTING, value="supervisor"))
        else:
            row.value = "supervisor"


def _require(vault: Vault, wanted: str) -> None:
    if role(vault) != wanted:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That is done in a supervisor's vault.")
            if wanted == "supervisor"
            else QT_TRANSLATE_NOOP("core", "That is done in a mentor's vault.")
        )


# --- exact programme counts (sealed, shown only combined) -----------------------------------


def programme_counts(
    s: Session, *, date_from: date, date_to: date, mentee_ids: set[int] | None = None
) -> dict[str, Any]:
    """Exact aggregate counts for the period: no text, no ids, no dates."""
    notes = [
        n
        for n in s.scalars(
            select(SessionNote)
            .where(
                SessionNote.state == NoteState.SIGNED,
                SessionNote.occurred_on >= date_from,
                SessionNote.occurred_on <= date_to,
            )
            .options(selectinload(SessionNote.participants))
        )
        if mentee_ids is None or any(p.mentee_id in mentee_ids for p in n.participants)
    ]
    sessions: Counter[str] = Counter(f"{n.modality}|{n.kind}" for n in notes)
    minutes = sum(max(0, duration_minutes(n.start_time, n.end_time) or 0) for n in notes)
    progress: dict[str, list[int]] = {}
    for domain, score, mentee_id in s.execute(
        select(Goal.domain, GoalProgress.score, Goal.mentee_id)
        .join(Goal, Goal.id == GoalProgress.goal_id)
        .where(GoalProgress.on >= date_from, GoalProgress.on <= date_to)
    ):
        if mentee_ids is None or mentee_id in mentee_ids:
            progress.setdefault(str(getattr(domain, "value", domain)), []).append(score)
    referrals: Counter[str] = Counter(
        str(getattr(st, "value", st))
        for (st,) in s.execute(
            select(Referral.status).where(
                Referral.referred_on >= date_from, Referral.referred_on <= date_to
            )
        )
    )
    events: Counter[str] = Counter(
        str(getattr(k, "value", k))
        for (k,) in s.execute(
            select(BoundaryEvent.kind).where(
                func.date(BoundaryEvent.occurred_at) >= date_from.isoformat(),
                func.date(BoundaryEvent.occurred_at) <= date_to.isoformat(),
            )
        )
    )
    return {
        "sessions": dict(sessions),
        "minutes": minutes,
        "goal_progress": {d: {"entries": len(v), "score_sum": sum(v)} for d, v in progress.items()},
        "referrals": dict(referrals),
        "boundary_events": dict(events),
    }


# --- mentor: seal an export to the supervisor ---------------------------------------------


@dataclass(frozen=True)
class SealedExport:
    data: bytes
    packet_id: str
    items: int


def seal_export(
    vault: Vault,
    *,
    markdown: str,
    export_json: str,
    period: str,
    date_from: date,
    date_to: date,
    flagged: list[tuple[int, str]],
    to_key_id: int,
    mentee_ids: tuple[int, ...] = (),
) -> SealedExport:
    """Seal a prepared (and already fail-closed-checked) export to a trusted key.

    ``flagged`` lists (note id, heading as shown in the export) for each flagged note, in
    order; each becomes a commentable item with an opaque id."""
    _require(vault, "mentor")
    with vault.session() as s:
        target = s.get(TrustedKey, to_key_id)
        if target is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That key is no longer trusted."))
        recipient = PublicIdentity.from_json({"x25519": target.x25519, "ed25519": target.ed25519})
        items: list[dict[str, Any]] = []
        mapping: dict[str, dict[str, Any]] = {}
        for number, (note_id, title) in enumerate(flagged[:MAX_ITEMS], start=1):
            item_id = secrets.token_hex(8)
            items.append({"id": item_id, "kind": "flagged_note", "index": number, "title": title})
            mapping[item_id] = {"kind": "note", "id": note_id}
        counts = programme_counts(
            s, date_from=date_from, date_to=date_to, mentee_ids=set(mentee_ids) or None
        )
        for kind in sorted(counts["boundary_events"]):
            item_id = secrets.token_hex(8)
            label = EVENT_LABELS.get(BoundaryEventKind(kind), kind)
            items.append(
                {"id": item_id, "kind": "boundary_pattern", "title": f"Boundary events: {label}"}
            )
            mapping[item_id] = {
                "kind": "boundary_kind",
                "id": kind,
                "from": date_from.isoformat(),
                "to": date_to.isoformat(),
            }
        content = {
            "schema": PACKET_SCHEMA,
            "version": SCHEMA_VERSION,
            "period": period,
            "markdown": markdown,
            "export": json.loads(export_json),
            "items": items,
            "programme": counts,
        }
        packet_id = secrets.token_hex(16)
        data = sealed.seal(
            json.dumps(content, ensure_ascii=False).encode("utf-8"),
            sender=keys.identity_in(s),
            recipient=recipient,
            kind="export",
            packet_id=packet_id,
        )
        s.add(
            SentPacket(
                packet_id=packet_id,
                kind="export",
                recipient_fingerprint=target.fingerprint,
                period_label=period[:80],
                items=mapping,
                sent_at=_now(),
            )
        )
        audit.record(
            s,
            kind="exported",
            entity="sealed_packet",
            detail={"period": period, "items": len(items), "packet": True},
        )
    return SealedExport(data, packet_id, len(items))


def seal_prepared(vault: Vault, *, prepared: Prepared, to_key_id: int) -> SealedExport:
    """A prepared supervision export, checked fail closed exactly as a Markdown file would
    be, then sealed to a trusted key with its flagged notes as commentable items."""
    from peerdesk.core.formats.supervision import check_output

    for text, fmt in ((prepared.markdown, "md"), (prepared.json_text, "json")):
        check_output(prepared, text.encode("utf-8"), fmt)
    request = prepared.request
    return seal_export(
        vault,
        markdown=prepared.markdown,
        export_json=prepared.json_text,
        period=prepared.period,
        date_from=request.date_from,
        date_to=request.date_to,
        flagged=list(prepared.flagged_items),
        to_key_id=to_key_id,
        mentee_ids=tuple(request.mentee_ids),
    )


# --- supervisor: inbox, comments, sessions, reply ------------------------------------------


@dataclass(frozen=True, repr=False)
class InboxItem(IdOnlyRepr):
    id: int
    packet_id: str
    mentor: str  # the name the supervisor gave the mentor's key
    period: str
    received_at: datetime
    replied_at: datetime | None
    comments: int


@dataclass(frozen=True, repr=False)
class CommentRecord(IdOnlyRepr):
    id: int
    item_id: str
    text: str
    is_action: bool
    created_at: datetime


@dataclass(frozen=True, repr=False)
class PacketView(IdOnlyRepr):
    id: int
    packet_id: str
    mentor: str
    period: str
    markdown: str
    items: list[dict[str, Any]]
    comments: list[CommentRecord] = field(default_factory=list)
    sessions: list[tuple[date, str]] = field(default_factory=list)


def _trusted_map(s: Session) -> dict[str, tuple[int, PublicIdentity]]:
    out = {}
    for row in s.scalars(select(TrustedKey)):
        out[row.fingerprint] = (
            row.id,
            PublicIdentity.from_json({"x25519": row.x25519, "ed25519": row.ed25519}),
        )
    return out


def _open(s: Session, raw: bytes, kind: str) -> tuple[sealed.Opened, int, dict[str, Any]]:
    trusted = _trusted_map(s)
    opened = sealed.open_sealed(
        raw, recipient=keys.identity_in(s), trusted={k: v[1] for k, v in trusted.items()}
    )
    if opened.kind != kind:
        raise PacketError(
            "This is a supervisor's reply; open it in the mentor's vault."
            if opened.kind == "reply"
            else "This is a mentor's export; open it in your supervisor vault."
        )
    if s.scalar(select(ReceivedPacket.id).where(ReceivedPacket.packet_id == opened.packet_id)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "This packet was opened before; nothing was changed.")
        )
    try:
        content = json.loads(opened.content.decode("utf-8"))
        # JSON can spell a lone surrogate (\ud800), which no text column can hold
        json.dumps(content, ensure_ascii=False).encode("utf-8")
    except (ValueError, RecursionError):  # UnicodeError and JSONDecodeError among them
        raise PacketError(QT_TRANSLATE_NOOP("core", "This packet's content is damaged.")) from None
    schema = PACKET_SCHEMA if kind == "export" else REPLY_SCHEMA
    if not isinstance(content, dict) or content.get("schema") != schema:
        raise PacketError(
            QT_TRANSLATE_NOOP("core", "This packet's content is not what peerdesk expects.")
        )
    if content.get("version") != SCHEMA_VERSION:
        raise PacketError(
            QT_TRANSLATE_NOOP(
                "core", "This packet is from a newer peerdesk; update peerdesk to open it."
            )
        )
    return opened, trusted[opened.sender.fingerprint][0], content


def file_packet(vault: Vault, *, raw: bytes) -> InboxItem:
    """Open a mentor's sealed export and file it in the supervisor's inbox."""
    _require(vault, "supervisor")
    with vault.session() as s:
        opened, sender_id, content = _open(s, raw, "export")
        items = content.get("items")
        if not isinstance(items, list) or not isinstance(content.get("markdown"), str):
            raise PacketError(
                QT_TRANSLATE_NOOP("core", "This packet's content is not what peerdesk expects.")
            )
        row = ReceivedPacket(
            packet_id=opened.packet_id,
            kind="export",
            sender_id=sender_id,
            content=content,
            received_at=_now(),
        )
        s.add(row)
        s.flush()
        audit.record(s, kind="imported", entity="received_packet", entity_id=row.id)
        return _inbox_item(s, row)


def _inbox_item(s: Session, row: ReceivedPacket) -> InboxItem:
    sender = s.get(TrustedKey, row.sender_id)
    count = s.scalar(
        select(func.count(SupervisionComment.id)).where(
            SupervisionComment.packet_id == row.packet_id
        )
    )
    return InboxItem(
        row.id,
        row.packet_id,
        sender.name if sender else "",
        str(row.content.get("period", "")),
        row.received_at,
        row.replied_at,
        int(count or 0),
    )


def inbox(vault: Vault) -> list[InboxItem]:
    """Every filed export, newest first, in one query (the packets' text is not loaded)."""
    _require(vault, "supervisor")
    counts = (
        select(SupervisionComment.packet_id, func.count(SupervisionComment.id).label("n"))
        .group_by(SupervisionComment.packet_id)
        .subquery()
    )
    with vault.session() as s:
        rows = s.execute(
            select(
                ReceivedPacket.id,
                ReceivedPacket.packet_id,
                TrustedKey.name,
                func.json_extract(ReceivedPacket.content, "$.period"),
                ReceivedPacket.received_at,
                ReceivedPacket.replied_at,
                func.coalesce(counts.c.n, 0),
            )
            .join(TrustedKey, TrustedKey.id == ReceivedPacket.sender_id)
            .outerjoin(counts, counts.c.packet_id == ReceivedPacket.packet_id)
            .where(ReceivedPacket.kind == "export")
            .order_by(ReceivedPacket.received_at.desc(), ReceivedPacket.id.desc())
        ).all()
        return [
            InboxItem(i, pid, name, str(period or ""), at, replied, int(n))
            for i, pid, name, period, at, replied, n in rows
        ]


def _packet(s: Session, packet_id: str) -> ReceivedPacket:
    row = s.scalar(
        select(ReceivedPacket).where(
            ReceivedPacket.packet_id == packet_id, ReceivedPacket.kind == "export"
        )
    )
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "That packet is not in the inbox."))
    return row


def get_packet(vault: Vault, *, packet_id: str) -> PacketView:
    _require(vault, "supervisor")
    with vault.session() as s:
        row = _packet(s, packet_id)
        item = _inbox_item(s, row)
        comments = [
            CommentRecord(c.id, c.item_id, c.text, c.is_action, c.created_at)
            for c in s.scalars(
                select(SupervisionComment)
                .where(SupervisionComment.packet_id == packet_id)
                .order_by(SupervisionComment.id)
            )
        ]
        held = [
            (x.held_on, x.topics)
            for x in s.scalars(
                select(SupervisionSession).where(SupervisionSession.packet_id == packet_id)
            )
        ]
        return PacketView(
            row.id,
            packet_id,
            item.mentor,
            item.period,
            str(row.content.get("markdown", "")),
            list(row.content.get("items", [])),
            comments,
            held,
        )


def add_comment(
    vault: Vault, *, packet_id: str, item_id: str, text: str, is_action: bool = False
) -> CommentRecord:
    """A comment on one item, or on the whole packet when ``item_id`` is empty; an agreed
    action becomes a follow-up in the mentor's vault."""
    _require(vault, "supervisor")
    text = text.strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Write the comment first."))
    if len(text) > MAX_COMMENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That comment is very long; please shorten it.")
        )
    with vault.session() as s:
        row = _packet(s, packet_id)
        known = {str(i.get("id")) for i in row.content.get("items", []) if isinstance(i, dict)}
        if item_id and item_id not in known:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That item is not in this packet."))
        c = SupervisionComment(
            packet_id=packet_id, item_id=item_id, text=text, is_action=is_action, created_at=_now()
        )
        s.add(c)
        s.flush()
        audit.record(s, kind="created", entity="supervision_comment", entity_id=c.id)
        return CommentRecord(c.id, c.item_id, c.text, c.is_action, c.created_at)


def record_session(vault: Vault, *, packet_id: str, held_on: date, topics: str) -> None:
    _require(vault, "supervisor")
    with vault.session() as s:
        _packet(s, packet_id)
        row = SupervisionSession(
            packet_id=packet_id, held_on=held_on, topics=topics.strip()[:MAX_COMMENT],
            created_at=_now(),
        )  # fmt: skip
        s.add(row)
        s.flush()
        audit.record(s, kind="created", entity="supervision_session", entity_id=row.id)


def write_reply(vault: Vault, *, packet_id: str) -> bytes:
    """The supervisor's comments and sessions on one packet, sealed to its mentor."""
    _require(vault, "supervisor")
    with vault.session() as s:
        row = _packet(s, packet_id)
        mentor = s.get(TrustedKey, row.sender_id)
        if mentor is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "The mentor's key is no longer trusted.")
            )
        comments = list(
            s.scalars(
                select(SupervisionComment)
                .where(SupervisionComment.packet_id == packet_id)
                .order_by(SupervisionComment.id)
            )
        )
        if not comments:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Write at least one comment before replying.")
            )
        sessions = list(
            s.scalars(select(SupervisionSession).where(SupervisionSession.packet_id == packet_id))
        )
        content = {
            "schema": REPLY_SCHEMA,
            "version": SCHEMA_VERSION,
            "replies_to": packet_id,
            "comments": [
                {"item": c.item_id, "text": c.text, "action": c.is_action} for c in comments
            ],
            "sessions": [{"held_on": x.held_on.isoformat(), "topics": x.topics} for x in sessions],
        }
        data = sealed.seal(
            json.dumps(content, ensure_ascii=False).encode("utf-8"),
            sender=keys.identity_in(s),
            recipient=PublicIdentity.from_json(
                {"x25519": mentor.x25519, "ed25519": mentor.ed25519}
            ),
            kind="reply",
        )
        row.replied_at = _now()
        audit.record(s, kind="exported", entity="supervision_reply", entity_id=row.id)
    return data


# --- mentor: open the reply ----------------------------------------------------------------


@dataclass(frozen=True)
class ReplyOpened:
    comments: int
    placed: int  # beside the note or record they were about
    unplaced: int  # about an item that is no longer in this vault
    actions: int


def open_reply(vault: Vault, *, raw: bytes, today: date | None = None) -> ReplyOpened:
    """File a supervisor's reply: comments beside the right notes, agreed actions as
    follow-ups. It can create nothing else and change no record of the mentor's."""
    _require(vault, "mentor")
    today = today or date.today()
    with vault.session() as s:
        opened, sender_id, content = _open(s, raw, "reply")
        sent = s.scalar(
            select(SentPacket).where(
                SentPacket.packet_id == str(content.get("replies_to", "")),
                SentPacket.kind == "export",
            )
        )
        if sent is None or sent.recipient_fingerprint != opened.sender.fingerprint:
            raise PacketError(
                QT_TRANSLATE_NOOP(
                    "core", "This reply is not about an export this vault sent to that key."
                )
            )
        comments = content.get("comments")
        if not isinstance(comments, list) or len(comments) > MAX_ITEMS * 4:
            raise PacketError(
                QT_TRANSLATE_NOOP("core", "This packet's content is not what peerdesk expects.")
            )
        s.add(
            ReceivedPacket(
                packet_id=opened.packet_id,
                kind="reply",
                sender_id=sender_id,
                content={"replies_to": sent.packet_id, "sessions": content.get("sessions", [])},
                received_at=_now(),
            )
        )
        placed = unplaced = actions = 0
        discussed_on = _first_session_date(content.get("sessions"))
        for c in comments:
            if not isinstance(c, dict) or not isinstance(c.get("text"), str):
                continue
            item = str(c.get("item") or "")
            target = sent.items.get(item) if item else None
            target_id = None
            if target and target.get("kind") == "note" and s.get(SessionNote, target.get("id")):
                target_id = int(target["id"])
                placed += 1
            elif target and target.get("kind") == "boundary_kind":
                placed += _mark_discussed(s, target, held_on=discussed_on or today)
            elif item:
                unplaced += 1
            is_action = bool(c.get("action"))
            s.add(
                SupervisionComment(
                    packet_id=sent.packet_id,
                    item_id=item,
                    text=c["text"][:MAX_COMMENT],
                    is_action=is_action,
                    target_kind="note" if target_id else "",
                    target_id=target_id,
                    created_at=_now(),
                )
            )
            if is_action:
                actions += 1
                s.add(
                    Reminder(
                        due_at=datetime.combine(
                            today + timedelta(days=7), datetime.min.time()
                        ).replace(hour=9),
                        text="From supervision: " + c["text"][:300],
                        link_kind=ReminderLink.NOTE if target_id else ReminderLink.NONE,
                        link_id=str(target_id or ""),
                        created_at=_now(),
                    )
                )
        audit.record(
            s,
            kind="imported",
            entity="supervision_reply",
            detail={"comments": len(comments), "placed": placed},
        )
    return ReplyOpened(len(comments), placed, unplaced, actions)


def _first_session_date(sessions: object) -> date | None:
    if not isinstance(sessions, list):
        return None
    for x in sessions:
        try:
            return date.fromisoformat(str(x.get("held_on")))
        except (AttributeError, ValueError):
            continue
    return None


def _mark_discussed(s: Session, target: dict[str, Any], *, held_on: date) -> int:
    """Boundary events of one kind in the exported period: discussed in supervision."""
    try:
        kind = BoundaryEventKind(target.get("id"))
        start, end = date.fromisoformat(target["from"]), date.fromisoformat(target["to"])
    except (KeyError, ValueError):
        return 0
    rows = s.scalars(
        select(BoundaryEvent).where(
            BoundaryEvent.kind == kind,
            BoundaryEvent.occurred_at >= datetime.combine(start, datetime.min.time()),
            BoundaryEvent.occurred_at
            < datetime.combine(end + timedelta(days=1), datetime.min.time()),
        )
    ).all()
    for row in rows:
        row.discussed_in_supervision = True
        row.discussed_on = held_on
    return 1 if rows else 0


def comments_for_note(vault: Vault, *, note_id: int) -> list[CommentRecord]:
    with vault.session() as s:
        rows = s.scalars(
            select(SupervisionComment)
            .where(
                SupervisionComment.target_kind == "note", SupervisionComment.target_id == note_id
            )
            .order_by(SupervisionComment.id)
        )
        return [CommentRecord(c.id, c.item_id, c.text, c.is_action, c.created_at) for c in rows]


def unseen_replies(vault: Vault) -> int:
    """How many comments from supervision the mentor has not looked at yet (for Today)."""
    with vault.session() as s:
        return int(
            s.scalar(
                select(func.count(SupervisionComment.id)).where(
                    SupervisionComment.seen_at.is_(None)
                )
            )
            or 0
        )


def mark_replies_seen(vault: Vault) -> None:
    with vault.session() as s:
        for c in s.scalars(select(SupervisionComment).where(SupervisionComment.seen_at.is_(None))):
            c.seen_at = _now()


@dataclass(frozen=True, repr=False)
class HistoryRow(IdOnlyRepr):
    id: int
    period: str
    sent_at: datetime
    comments: list[CommentRecord]


def history(vault: Vault) -> list[HistoryRow]:
    """Every sealed export this mentor sent, newest first, with the comments that came back."""
    with vault.session() as s:
        out = []
        for sent in s.scalars(select(SentPacket).order_by(SentPacket.sent_at.desc())):
            rows = s.scalars(
                select(SupervisionComment)
                .where(SupervisionComment.packet_id == sent.packet_id)
                .order_by(SupervisionComment.id)
            )
            out.append(
                HistoryRow(
                    sent.id,
                    sent.period_label,
                    sent.sent_at,
                    [
                        CommentRecord(c.id, c.item_id, c.text, c.is_action, c.created_at)
                        for c in rows
                    ],
                )
            )
        return out


# --- supervisor: the programme view -------------------------------------------------------


def _overlaps(period: str, start: str, end: str) -> bool:
    first, _, last = period.partition("/")
    last = last or first
    return not (last < start or first > end)


def programme(
    vault: Vault, *, date_from: date, date_to: date, threshold: int = 10
) -> ProgrammeView:
    """Across every mentor's packets whose period falls in the range: the combined counts,
    with small-cell suppression (and complementary cells) applied again."""
    _require(vault, "supervisor")
    start, end = date_from.strftime("%Y-%m"), date_to.strftime("%Y-%m")
    with vault.session() as s:
        rows = [
            r
            for r in s.scalars(select(ReceivedPacket).where(ReceivedPacket.kind == "export"))
            if _overlaps(str(r.content.get("period", "")), start, end)
        ]
        sessions: Counter[tuple[str, str]] = Counter()
        referrals: Counter[str] = Counter()
        events: Counter[str] = Counter()
        progress: dict[str, list[int]] = {}
        minutes = 0
        mentors = set()
        periods = set()
        for r in rows:
            counts = r.content.get("programme") or {}
            mentors.add(r.sender_id)
            periods.add(str(r.content.get("period", "")))
            for key, n in (counts.get("sessions") or {}).items():
                modality, _, kind = str(key).partition("|")
                sessions[(modality, kind)] += int(n)
            minutes += int(counts.get("minutes") or 0)
            for k, n in (counts.get("referrals") or {}).items():
                referrals[str(k)] += int(n)
            for k, n in (counts.get("boundary_events") or {}).items():
                events[str(k)] += int(n)
            for d, v in (counts.get("goal_progress") or {}).items():
                acc = progress.setdefault(str(d), [0, 0])
                acc[0] += int(v.get("entries", 0))
                acc[1] += int(v.get("score_sum", 0))
    tables = []
    modalities = sorted({m for m, _ in sessions})
    kinds = sorted({k for _, k in sessions})
    if sessions:
        grid = [[sessions[(m, k)] for k in kinds] for m in modalities]
        tables.append(_table("Sessions by how we met and kind", modalities, kinds, grid, threshold))
    for title, counter, column in (
        ("Referrals by outcome", referrals, "referrals"),
        ("Boundary events by kind", events, "events"),
    ):
        if counter:
            names = sorted(counter)
            grid = [[counter[n]] for n in names]
            tables.append(_table(title, names, [column], grid, threshold))
    total_sessions = sum(sessions.values())
    hours = f"about {round(minutes / 30) / 2:g}" if total_sessions > threshold else "not shown"
    goal_rows = []
    for d in sorted(progress):
        entries, total = progress[d]
        shown = str(entries) if entries > threshold or entries == 0 else f"<{threshold + 1}"
        avg = f"{total / entries:.1f}" if entries > threshold else "not shown"
        goal_rows.append((d, shown, avg))
    return ProgrammeView(
        len(mentors), len(rows), sorted(periods), tables, hours, goal_rows, threshold
    )


def _table(
    title: str, rows: list[str], columns: list[str], grid: list[list[int]], threshold: int
) -> ProgrammeTable:
    result = suppress(rows, columns, grid, threshold=threshold)
    return ProgrammeTable(
        title,
        list(result.rows),
        list(result.columns),
        [list(map(str, r)) for r in result.cells],
        list(map(str, result.row_totals)),
        list(map(str, result.column_totals)),
        str(result.total),
    )
