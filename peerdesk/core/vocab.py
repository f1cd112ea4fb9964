"""The vocabulary of peerdesk, declared once: enums and choice lists shared by models,
services, formats and the UI. No SQLAlchemy and no Qt here."""

from __future__ import annotations

import enum

from peerdesk.core.messages import QT_TRANSLATE_NOOP

# Words shown to people are marked for the "core" catalogue (core.messages); the GUI shows
# them with peerdesk.i18n.core_label, everything else uses them as they are.


class SupportStyle(str, enum.Enum):
    PRACTICAL = QT_TRANSLATE_NOOP("core", "practical")
    EMOTIONAL = QT_TRANSLATE_NOOP("core", "emotional")
    BOTH = QT_TRANSLATE_NOOP("core", "both")


class MenteeKind(str, enum.Enum):
    INDIVIDUAL = QT_TRANSLATE_NOOP("core", "individual")
    # family peer support: the person supported is a carer or relative
    FAMILY = QT_TRANSLATE_NOOP("core", "family")


class MenteeStatus(str, enum.Enum):
    ACTIVE = QT_TRANSLATE_NOOP("core", "active")
    PAUSED = QT_TRANSLATE_NOOP("core", "paused")
    ENDED = QT_TRANSLATE_NOOP("core", "ended")


class NoteState(str, enum.Enum):
    DRAFT = QT_TRANSLATE_NOOP("core", "draft")
    SIGNED = QT_TRANSLATE_NOOP("core", "signed")


class ReferralStatus(str, enum.Enum):
    SUGGESTED = QT_TRANSLATE_NOOP("core", "suggested")
    CONTACTED = QT_TRANSLATE_NOOP("core", "contacted")
    APPOINTMENT = QT_TRANSLATE_NOOP("core", "appointment made")
    CONNECTED = QT_TRANSLATE_NOOP("core", "connected")
    DID_NOT_CONNECT = QT_TRANSLATE_NOOP("core", "did not connect")
    DECLINED = QT_TRANSLATE_NOOP("core", "declined")


class GoalDomain(str, enum.Enum):
    HOUSING = QT_TRANSLATE_NOOP("core", "housing")
    GETTING_AROUND = QT_TRANSLATE_NOOP("core", "getting around")
    MONEY = QT_TRANSLATE_NOOP("core", "money")
    HEALTH = QT_TRANSLATE_NOOP("core", "health and wellbeing")
    WORK = QT_TRANSLATE_NOOP("core", "work and learning")
    RELATIONSHIPS = QT_TRANSLATE_NOOP("core", "relationships and family")
    COMMUNITY = QT_TRANSLATE_NOOP("core", "community and belonging")
    DAILY_LIVING = QT_TRANSLATE_NOOP("core", "daily living")
    SELF_CARE = QT_TRANSLATE_NOOP("core", "self-care")
    OTHER = QT_TRANSLATE_NOOP("core", "other")


def domain_label(domain: GoalDomain | str) -> str:
    """ "housing" -> "Housing": how a life domain is shown."""
    value = GoalDomain(domain).value
    return value[0].upper() + value[1:]


class GoalStatus(str, enum.Enum):
    ACTIVE = QT_TRANSLATE_NOOP("core", "active")
    ACHIEVED = QT_TRANSLATE_NOOP("core", "achieved")
    PAUSED = QT_TRANSLATE_NOOP("core", "paused")
    LET_GO = QT_TRANSLATE_NOOP("core", "let go")


class AgreementStatus(str, enum.Enum):
    DRAFT = QT_TRANSLATE_NOOP("core", "draft")
    ACTIVE = QT_TRANSLATE_NOOP("core", "active")
    SUPERSEDED = QT_TRANSLATE_NOOP("core", "superseded")


class BoundaryEventKind(str, enum.Enum):
    OUT_OF_HOURS = QT_TRANSLATE_NOOP("core", "out of hours")  # contact outside agreed hours
    GIFT = QT_TRANSLATE_NOOP("core", "gift")
    MONEY_REQUEST = QT_TRANSLATE_NOOP("core", "money request")
    DUAL_RELATIONSHIP = QT_TRANSLATE_NOOP("core", "dual relationship")
    DEPENDENCY = QT_TRANSLATE_NOOP("core", "dependency sign")
    OVER_SHARING = QT_TRANSLATE_NOOP("core", "over-sharing")
    OVER_IDENTIFICATION = QT_TRANSLATE_NOOP("core", "over-identification")
    OTHER = QT_TRANSLATE_NOOP("core", "other")


class Recurrence(str, enum.Enum):
    NONE = QT_TRANSLATE_NOOP("core", "none")
    WEEKLY = QT_TRANSLATE_NOOP("core", "weekly")
    FORTNIGHTLY = QT_TRANSLATE_NOOP("core", "fortnightly")
    MONTHLY = QT_TRANSLATE_NOOP("core", "monthly")


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


MODALITIES = (
    QT_TRANSLATE_NOOP("core", "in person"),
    QT_TRANSLATE_NOOP("core", "phone"),
    QT_TRANSLATE_NOOP("core", "video"),
    QT_TRANSLATE_NOOP("core", "text"),
    QT_TRANSLATE_NOOP("core", "email"),
)
SETTINGS = (QT_TRANSLATE_NOOP("core", "one-to-one"), QT_TRANSLATE_NOOP("core", "group"))
NOTE_KINDS = (
    QT_TRANSLATE_NOOP("core", "practical support"),
    QT_TRANSLATE_NOOP("core", "emotional support"),
    QT_TRANSLATE_NOOP("core", "advocacy"),
    QT_TRANSLATE_NOOP("core", "social"),
    QT_TRANSLATE_NOOP("core", "group"),
    QT_TRANSLATE_NOOP("core", "family"),
    QT_TRANSLATE_NOOP("core", "crisis support"),
    QT_TRANSLATE_NOOP("core", "check-in"),
)
# The four parts of a session note, in reading order, with the labels used wherever a
# template gives none (the supervision excerpts, the hand-over summary).
NOTE_SECTIONS = ("wanted", "did", "how_it_went", "next_steps")
NOTE_SECTION_LABELS = {
    "wanted": QT_TRANSLATE_NOOP("core", "What they wanted"),
    "did": QT_TRANSLATE_NOOP("core", "What we did"),
    "how_it_went": QT_TRANSLATE_NOOP("core", "How it went"),
    "next_steps": QT_TRANSLATE_NOOP("core", "Next steps"),
}
EVENT_KINDS: tuple[BoundaryEventKind, ...] = tuple(BoundaryEventKind)
EVENT_LABELS = {
    BoundaryEventKind.OUT_OF_HOURS: QT_TRANSLATE_NOOP("core", "Contact outside agreed hours"),
    BoundaryEventKind.GIFT: QT_TRANSLATE_NOOP("core", "Gift"),
    BoundaryEventKind.MONEY_REQUEST: QT_TRANSLATE_NOOP("core", "Money request"),
    BoundaryEventKind.DUAL_RELATIONSHIP: QT_TRANSLATE_NOOP("core", "Dual relationship"),
    BoundaryEventKind.DEPENDENCY: QT_TRANSLATE_NOOP("core", "Sign of dependency"),
    BoundaryEventKind.OVER_SHARING: QT_TRANSLATE_NOOP("core", "Over-sharing"),
    BoundaryEventKind.OVER_IDENTIFICATION: QT_TRANSLATE_NOOP("core", "Over-identification"),
    BoundaryEventKind.OTHER: QT_TRANSLATE_NOOP("core", "Something else"),
}


def initials(name: str, *, spaced: bool = True) -> str:
    """'Maria Santos' -> 'M. S.' (or 'M.S.'): how a name shows when it must not be read.

    Privacy mode (screen sharing) and exported calendars both use it; hyphenated parts
    count as parts, and at most three are shown.
    """
    parts = name.replace("-", " ").split()[:3]
    return (" " if spaced else "").join(f"{p[0].upper()}." for p in parts) or "?"
