"""The mentor's own profile (name, role, organisation, supervisor)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timezone

from sqlalchemy import select

from peerdesk.core.models import MentorProfile
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


def save_profile(vault: Vault, profile: Profile) -> None:
    with vault.session() as s:
        row = s.scalars(select(MentorProfile).limit(1)).first()
        if row is None:
            row = MentorProfile(updated_at=datetime.now(timezone.utc).replace(tzinfo=None))
            s.add(row)
        for f in fields(Profile):
            setattr(row, f.name, getattr(profile, f.name).strip())
        row.updated_at = datetime.now(timezone.utc).replace(tzinfo=None)
