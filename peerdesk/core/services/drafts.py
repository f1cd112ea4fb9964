"""A session note as the editor and the CLI hand it over, and the rules it must meet.

Free of SQLAlchemy so the quick path (services/quick.py) saves drafts with the same
checks as services/notes.py, which re-exports everything here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from peerdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from peerdesk.core.messages import Message
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.vocab import MODALITIES, NOTE_KINDS, NOTE_SECTIONS, SETTINGS

MAX_SECTION = 200_000  # a 1 MB paste is refused with a message, never truncated silently


@dataclass(repr=False)
class FollowUpItem(IdOnlyRepr):
    task: str
    due_on: date | None = None
    done_on: date | None = None
    id: int | None = None


@dataclass(repr=False)
class NoteDraft(IdOnlyRepr):
    """The editable content of a note, as the editor and the CLI hand it over."""

    participant_ids: list[int]
    occurred_on: date
    start_time: time | None = None
    end_time: time | None = None
    modality: str = "in person"
    setting: str = "one-to-one"
    kind: str = "practical support"
    location: str = ""
    template: str = ""
    wanted: str = ""
    did: str = ""
    how_it_went: str = ""
    next_steps: str = ""
    discuss_in_supervision: bool = False
    safety_concern: bool = False
    follow_ups: list[FollowUpItem] = field(default_factory=list)

    @property
    def minutes(self) -> int | None:
        return duration_minutes(self.start_time, self.end_time)


def duration_minutes(start: time | None, end: time | None) -> int | None:
    """Minutes from start to end; an end before the start is on the next day (23:30-00:15)."""
    if start is None or end is None:
        return None
    delta = datetime.combine(date.min, end) - datetime.combine(date.min, start)
    return int(delta.total_seconds() // 60) % (24 * 60)


def ends_next_day(start: time | None, end: time | None) -> bool:
    """True when the session crosses midnight (shown as "+1 day" beside the end time)."""
    return start is not None and end is not None and end < start


# --- validation -----------------------------------------------------------------------------


def validate(draft: NoteDraft, *, for_signing: bool = False, today: date | None = None) -> None:
    """Drafts accept whatever is typed (autosave never stops: nothing typed is lost); only
    signing asks for a complete note. The size cap and the choice lists guard bad input."""
    today = today or date.today()
    for name in NOTE_SECTIONS:
        if len(getattr(draft, name)) > MAX_SECTION:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "One section is longer than {limit:,} characters. Please shorten it "
                        "or split it into two notes; your text is still in the editor.",
                    ),
                    limit=MAX_SECTION,
                )
            )
    if draft.modality not in MODALITIES:
        raise ValidationError("How you met can be: " + ", ".join(MODALITIES) + ".")
    if draft.kind not in NOTE_KINDS:
        raise ValidationError("The kind of session can be: " + ", ".join(NOTE_KINDS) + ".")
    if draft.setting not in SETTINGS:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "A session is one-to-one or a group."))
    if for_signing:
        if draft.occurred_on > today + timedelta(days=1):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "The session date is in the future; please check it.")
            )
        for item in draft.follow_ups:
            if not item.task.strip() and item.due_on is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "core", "A follow-up with a due date needs a few words saying what it is."
                    )
                )
        if not draft.participant_ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Choose who the session was with before signing.")
            )
        if not any(getattr(draft, name).strip() for name in NOTE_SECTIONS):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Write at least one section before signing.")
            )
        if draft.setting == "one-to-one" and len(draft.participant_ids) > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core", "A one-to-one note has one mentee; choose 'group' for several."
                )
            )
