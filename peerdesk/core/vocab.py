"""The vocabulary of peerdesk, declared once: enums and choice lists shared by models,
services, formats and the UI. No SQLAlchemy and no Qt here."""

from __future__ import annotations

import enum


class SupportStyle(str, enum.Enum):
    PRACTICAL = "practical"
    EMOTIONAL = "emotional"
    BOTH = "both"


class MenteeKind(str, enum.Enum):
    INDIVIDUAL = "individual"
    FAMILY = "family"  # family peer support: the person supported is a carer or relative


class MenteeStatus(str, enum.Enum):
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class NoteState(str, enum.Enum):
    DRAFT = "draft"
    SIGNED = "signed"


class ReferralStatus(str, enum.Enum):
    SUGGESTED = "suggested"
    CONTACTED = "contacted"
    APPOINTMENT = "appointment made"
    CONNECTED = "connected"
    DID_NOT_CONNECT = "did not connect"
    DECLINED = "declined"


class GoalDomain(str, enum.Enum):
    HOUSING = "housing"
    GETTING_AROUND = "getting around"
    MONEY = "money"
    HEALTH = "health and wellbeing"
    WORK = "work and learning"
    RELATIONSHIPS = "relationships and family"
    COMMUNITY = "community and belonging"
    DAILY_LIVING = "daily living"
    SELF_CARE = "self-care"
    OTHER = "other"


def domain_label(domain: GoalDomain | str) -> str:
    """ "housing" -> "Housing": how a life domain is shown."""
    value = GoalDomain(domain).value
    return value[0].upper() + value[1:]


class GoalStatus(str, enum.Enum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    PAUSED = "paused"
    LET_GO = "let go"


class AgreementStatus(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    SUPERSEDED = "superseded"


class BoundaryEventKind(str, enum.Enum):
    OUT_OF_HOURS = "out of hours"  # contact outside agreed hours
    GIFT = "gift"
    MONEY_REQUEST = "money request"
    DUAL_RELATIONSHIP = "dual relationship"
    DEPENDENCY = "dependency sign"
    OVER_SHARING = "over-sharing"
    OVER_IDENTIFICATION = "over-identification"
    OTHER = "other"


class Recurrence(str, enum.Enum):
    NONE = "none"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


class ReminderLink(str, enum.Enum):
    NONE = "none"
    NOTE = "note"
    FOLLOW_UP = "follow_up"
    REFERRAL = "referral"
    GOAL = "goal"
    GOAL_STEP = "goal_step"
    AGREEMENT = "agreement"
    SERVICE = "service"
    MEETING = "meeting"
    MENTEE = "mentee"


MODALITIES = ("in person", "phone", "video", "text", "email")
SETTINGS = ("one-to-one", "group")
NOTE_KINDS = (
    "practical support",
    "emotional support",
    "advocacy",
    "social",
    "group",
    "family",
    "crisis support",
    "check-in",
)
# The four parts of a session note, in reading order, with the labels used wherever a
# template gives none (the supervision excerpts, the hand-over summary).
NOTE_SECTIONS = ("wanted", "did", "how_it_went", "next_steps")
NOTE_SECTION_LABELS = {
    "wanted": "What they wanted",
    "did": "What we did",
    "how_it_went": "How it went",
    "next_steps": "Next steps",
}
EVENT_KINDS: tuple[BoundaryEventKind, ...] = tuple(BoundaryEventKind)
EVENT_LABELS = {
    BoundaryEventKind.OUT_OF_HOURS: "Contact outside agreed hours",
    BoundaryEventKind.GIFT: "Gift",
    BoundaryEventKind.MONEY_REQUEST: "Money request",
    BoundaryEventKind.DUAL_RELATIONSHIP: "Dual relationship",
    BoundaryEventKind.DEPENDENCY: "Sign of dependency",
    BoundaryEventKind.OVER_SHARING: "Over-sharing",
    BoundaryEventKind.OVER_IDENTIFICATION: "Over-identification",
    BoundaryEventKind.OTHER: "Something else",
}


def initials(name: str, *, spaced: bool = True) -> str:
    """'Maria Santos' -> 'M. S.' (or 'M.S.'): how a name shows when it must not be read.

    Privacy mode (screen sharing) and exported calendars both use it; hyphenated parts
    count as parts, and at most three are shown.
    """
    parts = name.replace("-", " ").split()[:3]
    return (" " if spaced else "").join(f"{p[0].upper()}." for p in parts) or "?"
