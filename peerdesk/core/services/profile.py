"""The mentor's own profile (name, role, organisation, supervisor, region) and usual
working hours (read by Self-care and the out-of-hours checks)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timezone

from sqlalchemy import select

from peerdesk.core.errors import ValidationError
from peerdesk.core.messages import QT_TRANSLATE_NOOP
from peerdesk.core.models import MentorProfile
from peerdesk.core.services import audit, settings
from peerdesk.core.vault import Vault


@dataclass(frozen=True)
class Profile:
    name: str = ""
    role: str = ""
    credentials: str = ""
    organisation: str = ""
    supervisor: str = ""
    supervisor_contact: str = ""
    region: str = ""

    def __repr__(self) -> str:
        return "<Profile>"


def get_profile(vault: Vault) -> Profile:
    with vault.session() as s:
        row = s.scalars(select(MentorProfile).limit(1)).first()
        if row is None:
            return Profile()
        return Profile(**{f.name: getattr(row, f.name) for f in fields(Profile)})


FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("core", "Your name"),
    "role": QT_TRANSLATE_NOOP("core", "Role"),
    "credentials": QT_TRANSLATE_NOOP("core", "Credentials"),
    "organisation": QT_TRANSLATE_NOOP("core", "Organisation"),
    "supervisor": QT_TRANSLATE_NOOP("core", "Supervisor"),
    "supervisor_contact": QT_TRANSLATE_NOOP("core", "Supervisor's contact"),
    "region": QT_TRANSLATE_NOOP("core", "Region"),
}
MAX_FIELD = 200


def save_profile(vault: Vault, profile: Profile) -> None:
    """Save the whole profile. The name is needed: it is the signature line of signed notes."""
    for f in fields(Profile):
        value = getattr(profile, f.name)
        if len(value) > MAX_FIELD:
            raise ValidationError(
                f"{FIELD_LABELS[f.name]} is longer than {MAX_FIELD} characters; please shorten it."
            )
    if not profile.name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "Your name is needed: it is the signature line on signed notes."
            )
        )
    with vault.session() as s:
        row = s.scalars(select(MentorProfile).limit(1)).first()
        if row is None:
            row = MentorProfile(updated_at=datetime.now(timezone.utc).replace(tzinfo=None))
            s.add(row)
        for f in fields(Profile):
            setattr(row, f.name, getattr(profile, f.name).strip())
        row.updated_at = datetime.now(timezone.utc).replace(tzinfo=None)
        audit.record(s, kind="edited", entity="mentor_profile")


def usual_hours(vault: Vault) -> tuple[int, int]:
    """The mentor's usual working hours, as (first hour, hour they end)."""
    return (
        settings.get_setting(vault, "usual_hours_start"),
        settings.get_setting(vault, "usual_hours_end"),
    )


def set_usual_hours(vault: Vault, *, start: int, end: int) -> tuple[int, int]:
    """Both ends at once, so the hours never stand the wrong way round, even for a moment."""
    if not 0 <= start < end <= 24:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Usual hours end after they start, for example 9 to 17.")
        )
    settings.set_setting(vault, "usual_hours_start", start)
    settings.set_setting(vault, "usual_hours_end", end)
    with vault.session() as s:
        audit.record(s, kind="edited", entity="usual_hours")
    return start, end
