"""One reminder model for every feature: a due time, a short text, a link to its item,
done, snoozed until. The Today page also snoozes or dismisses its gathered items through
reminders keyed by the item (``link_key``), so nothing else needs a "snoozed" column.

Notification text carries no personal data unless the mentor opts in
(``notification_names``): "A meeting in 15 minutes", not "Meeting with Maria…".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from peerdesk.core.messages import Message
from peerdesk.core.models import Reminder, ReminderLink
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import changes, meetings, settings
from peerdesk.core.services.changes import Changes
from peerdesk.core.vault import Vault

FAR_PAST_DAYS = 366
MAX_TEXT = 500
MEETING_LEAD_MINUTES = 15


@dataclass(frozen=True, repr=False)
class ReminderRecord(IdOnlyRepr):
    id: int
    due_at: datetime
    text: str
    link_kind: ReminderLink
    link_id: str
    link_key: str
    done_at: datetime | None
    snoozed_until: datetime | None

    def waiting(self, now: datetime) -> bool:
        """Due and not done or snoozed."""
        if self.done_at is not None:
            return False
        if self.snoozed_until is not None and self.snoozed_until > now:
            return False
        return self.due_at <= now


def _record(r: Reminder) -> ReminderRecord:
    return ReminderRecord(
        r.id,
        r.due_at,
        r.text,
        ReminderLink(r.link_kind),
        r.link_id,
        r.link_key,
        r.done_at,
        r.snoozed_until,
    )


def add_reminder(
    vault: Vault,
    *,
    due_at: datetime,
    text_: str,
    link_kind: ReminderLink = ReminderLink.NONE,
    link_id: str | int = "",
    now: datetime | None = None,
) -> int:
    now = now or datetime.now()
    text_ = text_.strip()
    if not text_:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Write a few words saying what the reminder is for.")
        )
    if len(text_) > MAX_TEXT:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("core", "Please keep a reminder under {limit} characters."),
                limit=MAX_TEXT,
            )
        )
    if due_at < now - timedelta(days=FAR_PAST_DAYS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "That date is more than a year ago; please check the year.")
        )
    with vault.session() as s:
        row = Reminder(
            due_at=due_at.replace(microsecond=0, tzinfo=None),
            text=text_,
            link_kind=ReminderLink(link_kind),
            link_id=str(link_id),
            link_key="",
            created_at=now.replace(microsecond=0),
        )
        s.add(row)
        s.flush()
        return row.id


def get_reminder(vault: Vault, *, reminder_id: int) -> ReminderRecord:
    with vault.session() as s:
        row = s.get(Reminder, reminder_id)
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That reminder is no longer there."))
        return _record(row)


def list_reminders(vault: Vault, *, include_done: bool = False) -> list[ReminderRecord]:
    """The mentor's own reminders (not the Today bookkeeping), soonest first."""
    with vault.session() as s:
        q = select(Reminder).where(Reminder.link_key == "")
        if not include_done:
            q = q.where(Reminder.done_at.is_(None))
        return [_record(r) for r in s.scalars(q.order_by(Reminder.due_at, Reminder.id))]


def due_reminders(vault: Vault, *, now: datetime) -> list[ReminderRecord]:
    return [r for r in list_reminders(vault) if r.waiting(now)]


def set_done(
    vault: Vault, *, reminder_id: int, done: bool = True, now: datetime | None = None
) -> Changes:
    with vault.session() as s:
        row = s.get(Reminder, reminder_id)
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That reminder is no longer there."))
        row.done_at = (now or datetime.now()).replace(microsecond=0) if done else None
    return changes.REMINDERS


def snooze(vault: Vault, *, reminder_id: int, until: datetime) -> Changes:
    with vault.session() as s:
        row = s.get(Reminder, reminder_id)
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That reminder is no longer there."))
        row.snoozed_until = until.replace(microsecond=0)
        row.notified_at = None
    return changes.REMINDERS


def delete_reminder(vault: Vault, *, reminder_id: int) -> Changes:
    with vault.session() as s:
        row = s.get(Reminder, reminder_id)
        if row is not None:
            s.delete(row)
    return changes.REMINDERS


# --- snoozing and dismissing gathered items ---------------------------------------------------


def tomorrow_morning(now: datetime) -> datetime:
    return datetime.combine(now.date() + timedelta(days=1), time(8, 0))


def next_week(now: datetime) -> datetime:
    """Monday of next week, 8:00."""
    monday = now.date() + timedelta(days=7 - now.weekday())
    return datetime.combine(monday, time(8, 0))


def _item_row(
    s: Session, key: str, link_kind: ReminderLink, link_id: str, now: datetime
) -> Reminder:
    row = s.scalar(select(Reminder).where(Reminder.link_key == key))
    if row is None:
        row = Reminder(
            due_at=now.replace(microsecond=0),
            text="",
            link_kind=link_kind,
            link_id=link_id,
            link_key=key,
            created_at=now.replace(microsecond=0),
        )
        s.add(row)
    return row


def snooze_item(
    vault: Vault,
    *,
    key: str,
    until: datetime,
    link_kind: ReminderLink = ReminderLink.NONE,
    link_id: str = "",
    now: datetime | None = None,
) -> Changes:
    now = now or datetime.now()
    if until <= now:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Snooze until a time that is still to come.")
        )
    with vault.session() as s:
        row = _item_row(s, key, link_kind, link_id, now)
        row.snoozed_until = until.replace(microsecond=0)
        row.done_at = None
    return changes.REMINDERS


def dismiss_item(
    vault: Vault,
    *,
    key: str,
    link_kind: ReminderLink = ReminderLink.NONE,
    link_id: str = "",
    now: datetime | None = None,
) -> Changes:
    now = now or datetime.now()
    with vault.session() as s:
        _item_row(s, key, link_kind, link_id, now).done_at = now.replace(microsecond=0)
    return changes.REMINDERS


def hidden_keys(vault: Vault, *, now: datetime) -> set[str]:
    """Today item keys dismissed, or snoozed past ``now``."""
    with vault.session() as s:
        rows = s.execute(
            select(Reminder.link_key, Reminder.done_at, Reminder.snoozed_until).where(
                Reminder.link_key != ""
            )
        ).all()
    return {
        key
        for key, done, snoozed in rows
        if done is not None or (snoozed is not None and snoozed > now)
    }


# --- notifications ----------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class Notice(IdOnlyRepr):
    """A desktop notification. ``id`` keys it so each is shown once per run."""

    id: str
    title: str
    text: str
    reminder_id: int | None = None


def pending_notices(
    vault: Vault, *, now: datetime, lead_minutes: int = MEETING_LEAD_MINUTES
) -> list[Notice]:
    """Meetings starting within ``lead_minutes`` and reminders that have come due.
    Names and reminder text appear only with the ``notification_names`` setting."""
    named = bool(settings.get_setting(vault, "notification_names"))
    out: list[Notice] = []
    for occ in meetings.occurrences(
        vault, start=now, end=now + timedelta(minutes=lead_minutes, seconds=1)
    ):
        minutes = max(0, round((occ.starts_at - now).total_seconds() / 60))
        soon = "now" if minutes == 0 else f"in {minutes} minutes"
        if named and occ.mentee_name:
            text = f"Meeting with {occ.mentee_name} {soon}"
        else:
            text = f"A meeting {soon}"
        out.append(Notice(f"meeting:{occ.id}", "peerdesk", text))
    with vault.session() as s:
        rows = list(
            s.scalars(
                select(Reminder).where(
                    Reminder.link_key == "",
                    Reminder.done_at.is_(None),
                    Reminder.notified_at.is_(None),
                    Reminder.due_at <= now,
                )
            )
        )
        for r in rows:
            if r.snoozed_until is not None and r.snoozed_until > now:
                continue
            text = r.text if named else "A reminder is due"
            out.append(Notice(f"reminder:{r.id}", "peerdesk", text, r.id))
    return out


def mark_notified(vault: Vault, *, reminder_id: int, now: datetime) -> Changes:
    with vault.session() as s:
        row = s.get(Reminder, reminder_id)
        if row is not None:
            row.notified_at = now.replace(microsecond=0)
    return changes.REMINDERS
