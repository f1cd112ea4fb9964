"""Settings declared as data: the Settings page and the code both read this table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peerdesk.core.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SettingSpec:
    name: str
    type: type
    default: Any
    label: str
    description: str
    minimum: int | None = None
    maximum: int | None = None


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "idle_lock_minutes",
        int,
        5,
        QT_TRANSLATE_NOOP(
            "core",
            "Lock after this many idle minutes",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "peerdesk locks itself when nobody has used it for this long.",
        ),
        minimum=1,
        maximum=120,
    ),
    SettingSpec(
        "privacy_mode",
        bool,
        False,
        QT_TRANSLATE_NOOP(
            "core",
            "Show names as initials",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Useful when sharing your screen in supervision.",
        ),
    ),
    SettingSpec(
        "region",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "core",
            "Region for the resource directory",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Which country's crisis and help lines to show first.",
        ),
    ),
    SettingSpec(
        "directory_stale_months",
        int,
        6,
        QT_TRANSLATE_NOOP(
            "core",
            "Ask me to re-check a directory entry after this many months",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Services not verified for this long are flagged, so you can check the number "
            "and the hours are still right before you refer someone.",
        ),
        minimum=1,
        maximum=36,
    ),
    SettingSpec(
        "peer_language_helper",
        bool,
        True,
        QT_TRANSLATE_NOOP(
            "core",
            "Suggest person-centred words while I write",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Gently underlines clinical or deficit words in session notes and offers "
            "alternatives. It never blocks saving.",
        ),
    ),
    SettingSpec(
        "selfcare_prompts",
        bool,
        True,
        QT_TRANSLATE_NOOP(
            "core",
            "Offer a short check-in after hard sessions",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "After a crisis session, a safety concern or an out-of-hours contact, peerdesk offers "
            "two quick questions for you. Never required.",
        ),
    ),
    SettingSpec(
        "usual_hours_start",
        int,
        9,
        QT_TRANSLATE_NOOP(
            "core",
            "My usual hours start at",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Contacts before this hour count as out of hours in the caseload view.",
        ),
        minimum=0,
        maximum=23,
    ),
    SettingSpec(
        "usual_hours_end",
        int,
        18,
        QT_TRANSLATE_NOOP(
            "core",
            "My usual hours end at",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Contacts from this hour on count as out of hours in the caseload view.",
        ),
        minimum=1,
        maximum=24,
    ),
    SettingSpec(
        "suppression_threshold",
        int,
        10,
        QT_TRANSLATE_NOOP(
            "core",
            "Hide small counts in supervision exports up to",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            'Counts from 1 to this number show as "<11" (for 10) in supervision exports, '
            "so nobody can be recognised from small numbers.",
        ),
        minimum=1,
        maximum=100,
    ),
    SettingSpec(
        "goal_stalled_weeks",
        int,
        4,
        QT_TRANSLATE_NOOP(
            "core",
            "Mention a goal on Today after this many quiet weeks",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "An active goal with no progress entry for this long shows gently on Today, "
            "as a prompt to check in about it together.",
        ),
        minimum=1,
        maximum=52,
    ),
    SettingSpec(
        "notification_names",
        bool,
        False,
        QT_TRANSLATE_NOOP(
            "core",
            "Show names in desktop notifications",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Off: a notification says only \u201cA meeting in 15 minutes\u201d. On: it names the "
            "person, which anyone glancing at your screen can read.",
        ),
    ),
    SettingSpec(
        "documentation_profile",
        str,
        "general",
        QT_TRANSLATE_NOOP(
            "core",
            "Documentation profile",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "What your programme asks each session note to carry. peerdesk shows a short "
            "checklist before you sign, and lists gaps in the documentation review.",
        ),
    ),
    SettingSpec(
        "retention_months",
        int,
        0,
        QT_TRANSLATE_NOOP(
            "core",
            "Keep records of people who ended for (months; 0 = no limit)",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Your programme's rule for how long records are kept after someone stops. "
            "People who ended longer ago are listed for you to review; nothing is deleted "
            "without you confirming it.",
        ),
        minimum=0,
        maximum=1200,
    ),
    SettingSpec(
        "draft_review_days",
        int,
        7,
        QT_TRANSLATE_NOOP(
            "core",
            "Mention unsigned drafts older than (days)",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "The documentation review lists drafts left unsigned for longer than this.",
        ),
        minimum=1,
        maximum=365,
    ),
)

BY_NAME = {spec.name: spec for spec in SPECS}


def coerce(name: str, value: Any) -> Any:
    """Check a value against its declaration; out-of-range numbers are clamped."""
    spec = BY_NAME[name]
    if spec.type is bool:
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return bool(value)
    if spec.type is int:
        number = int(value)
        if spec.minimum is not None:
            number = max(spec.minimum, number)
        if spec.maximum is not None:
            number = min(spec.maximum, number)
        return number
    return spec.type(value)
