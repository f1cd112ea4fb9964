"""The typed SQLAlchemy 2.0 data model. Text fields never appear in a repr."""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, MetaData, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from peerdesk.core.vocab import (
    AgreementStatus,
    BoundaryEventKind,
    GoalDomain,
    GoalStatus,
    MenteeKind,
    MenteeStatus,
    NoteState,
    Recurrence,
    ReferralStatus,
    ReminderLink,
    SupportStyle,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    def __repr__(self) -> str:
        # ids only: a repr ends up in logs and tracebacks, personal text must not.
        ident = getattr(self, "id", None)
        return f"<{type(self).__name__} id={ident}>"


class _EnumText(TypeDecorator):
    """An enum stored as its value. Unlike sqlalchemy.Enum, a rejected value is never
    quoted in the error message (it may be personal text typed into the wrong field)."""

    impl = String(24)
    cache_ok = True

    def __init__(self, enum_cls: type[enum.Enum]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        try:
            return self.enum_cls(value).value
        except ValueError:
            raise ValueError(f"not a valid {self.enum_cls.__name__}") from None

    def process_result_value(self, value: Any, dialect: Any) -> enum.Enum | None:
        if value is None:
            return None
        try:
            return self.enum_cls(value)
        except ValueError:
            raise ValueError(f"stored value is not a valid {self.enum_cls.__name__}") from None


def _enum(cls: type[enum.Enum]) -> _EnumText:
    return _EnumText(cls)


class Setting(Base):
    """Settings as data: the declarations live in core/settings.py."""

    __tablename__ = "setting"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)

    def __repr__(self) -> str:
        return f"<Setting {self.name}>"


class MentorProfile(Base):
    __tablename__ = "mentor_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    credentials: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    supervisor: Mapped[str] = mapped_column(Text, default="")
    supervisor_contact: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(String(8), default="")
    updated_at: Mapped[datetime]


class Mentee(Base):
    __tablename__ = "mentee"
    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(Text)  # what the mentee likes to be called
    full_name: Mapped[str] = mapped_column(Text, default="")
    pronouns: Mapped[str] = mapped_column(Text, default="")
    birth_date: Mapped[date | None]
    address: Mapped[str] = mapped_column(Text, default="")
    preferred_channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    support_style: Mapped[SupportStyle] = mapped_column(_enum(SupportStyle))
    kind: Mapped[MenteeKind] = mapped_column(_enum(MenteeKind))
    started_on: Mapped[date | None]
    status: Mapped[MenteeStatus] = mapped_column(_enum(MenteeStatus))
    status_reason: Mapped[str] = mapped_column(Text, default="")
    ended_on: Mapped[date | None]  # set when the status becomes ended (retention review)
    what_matters: Mapped[str] = mapped_column(Text, default="")  # in their own words
    strengths: Mapped[str] = mapped_column(Text, default="")  # in their own words
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]

    aliases: Mapped[list[MenteeAlias]] = relationship(
        back_populates="mentee", cascade="all, delete-orphan", order_by="MenteeAlias.id"
    )
    contacts: Mapped[list[MenteeContact]] = relationship(
        back_populates="mentee", cascade="all, delete-orphan", order_by="MenteeContact.id"
    )
    important_people: Mapped[list[ImportantPerson]] = relationship(
        back_populates="mentee", cascade="all, delete-orphan", order_by="ImportantPerson.id"
    )
    consents: Mapped[list[SharingConsent]] = relationship(
        back_populates="mentee", cascade="all, delete-orphan", order_by="SharingConsent.id"
    )


class MenteeAlias(Base):
    __tablename__ = "mentee_alias"
    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(Text)
    mentee: Mapped[Mentee] = relationship(back_populates="aliases")


class MenteeContact(Base):
    __tablename__ = "mentee_contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # phone | email
    value: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text, default="")
    mentee: Mapped[Mentee] = relationship(back_populates="contacts")


class ImportantPerson(Base):
    __tablename__ = "important_person"
    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    relation: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    mentee: Mapped[Mentee] = relationship(back_populates="important_people")


class SharingConsent(Base):
    __tablename__ = "sharing_consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id", ondelete="CASCADE"), index=True)
    with_whom: Mapped[str] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(Text, default="")
    until: Mapped[date | None]
    mentee: Mapped[Mentee] = relationship(back_populates="consents")


class AuditEvent(Base):
    """Append-only, hash-chained. ``detail`` holds ids and counts, never text."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None]
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SessionNote(Base):
    """A session note. Signed notes are read-only; corrections are addenda.

    ``content_hash`` is SHA-256 over the signed content and ``prev_hash`` (the
    previous signed note's hash), so editing any signed note breaks the chain.
    """

    __tablename__ = "session_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[date] = mapped_column(index=True)
    start_time: Mapped[time | None]
    end_time: Mapped[time | None]
    modality: Mapped[str] = mapped_column(String(24))
    setting: Mapped[str] = mapped_column(String(24))  # one-to-one | group
    kind: Mapped[str] = mapped_column(String(32))
    location: Mapped[str] = mapped_column(Text, default="")
    template: Mapped[str] = mapped_column(String(48), default="")
    wanted: Mapped[str] = mapped_column(Text, default="")  # in the person's own words
    did: Mapped[str] = mapped_column(Text, default="")
    how_it_went: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    discuss_in_supervision: Mapped[bool] = mapped_column(Boolean, default=False)
    safety_concern: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[NoteState] = mapped_column(_enum(NoteState), index=True)
    editing: Mapped[bool] = mapped_column(Boolean, default=False)  # open in an editor
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    signed_at: Mapped[datetime | None]
    signed_seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    # The signature line ("name, credentials") as it was at signing; part of the hash.
    signed_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Set when an erasure removed someone from this signed group note: SHA-256 over the
    # original hash and the content as it is now (services/erasure.py).
    resealed_hash: Mapped[str | None] = mapped_column(String(64))

    participants: Mapped[list[NoteParticipant]] = relationship(
        back_populates="note", cascade="all, delete-orphan", order_by="NoteParticipant.mentee_id"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="note", cascade="all, delete-orphan", order_by="FollowUp.id"
    )
    addenda: Mapped[list[Addendum]] = relationship(
        back_populates="note", cascade="all, delete-orphan", order_by="Addendum.id"
    )


class ErasedNote(Base):
    """What is left of a signed note whose person was erased: its place in the hash chain.

    No content, no date, no participant: only the link, so the chain still verifies."""

    __tablename__ = "erased_note"
    signed_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    erased_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<ErasedNote seq={self.signed_seq}>"


class ImportMapping(Base):
    """A saved column mapping for importing notes from CSV (services/note_import.py)."""

    __tablename__ = "import_mapping"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    spec: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return "<ImportMapping>"


class NoteParticipant(Base):
    __tablename__ = "note_participant"
    note_id: Mapped[int] = mapped_column(
        ForeignKey("session_note.id", ondelete="CASCADE"), primary_key=True
    )
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id"), primary_key=True, index=True)
    note: Mapped[SessionNote] = relationship(back_populates="participants")

    def __repr__(self) -> str:
        return f"<NoteParticipant note={self.note_id} mentee={self.mentee_id}>"


class FollowUp(Base):
    __tablename__ = "follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(
        ForeignKey("session_note.id", ondelete="CASCADE"), index=True
    )
    task: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(index=True)
    done_on: Mapped[date | None]
    note: Mapped[SessionNote] = relationship(back_populates="follow_ups")


class Addendum(Base):
    """A dated correction or addition to a signed note, hashed onto the note's hash."""

    __tablename__ = "addendum"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(
        ForeignKey("session_note.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64))
    note: Mapped[SessionNote] = relationship(back_populates="addenda")


# --- resource directory (Open Referral HSDS 3.0) and referrals ----------------------------
# Directory ids are HSDS ids (UUID strings), so an import deduplicates by id and an export
# gives the same ids back. Local fields (favourite, notes, source) never leave the vault.


class DirOrganization(Base):
    __tablename__ = "dir_organization"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(Text, default="")


class DirService(Base):
    __tablename__ = "dir_service"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("dir_organization.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    alternate_name: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(24), default="active")
    fees_description: Mapped[str] = mapped_column(Text, default="")
    eligibility_description: Mapped[str] = mapped_column(Text, default="")
    application_process: Mapped[str] = mapped_column(Text, default="")
    assured_date: Mapped[date | None]  # "verified on"
    region: Mapped[str] = mapped_column(String(8), default="", index=True)  # ISO country
    # local fields, never exported
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime]


class DirLocation(Base):
    __tablename__ = "dir_location"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("dir_organization.id"))
    location_type: Mapped[str] = mapped_column(String(16), default="physical")
    name: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    transportation: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]


class DirAddress(Base):
    __tablename__ = "dir_address"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    location_id: Mapped[str] = mapped_column(
        ForeignKey("dir_location.id", ondelete="CASCADE"), index=True
    )
    address_1: Mapped[str] = mapped_column(Text)
    address_2: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(Text, default="")
    state_province: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    address_type: Mapped[str] = mapped_column(String(16), default="physical")


class DirServiceAtLocation(Base):
    __tablename__ = "dir_service_at_location"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("dir_service.id", ondelete="CASCADE"), index=True
    )
    location_id: Mapped[str] = mapped_column(ForeignKey("dir_location.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")


class DirPhone(Base):
    __tablename__ = "dir_phone"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    service_id: Mapped[str | None] = mapped_column(
        ForeignKey("dir_service.id", ondelete="CASCADE"), index=True
    )
    location_id: Mapped[str | None] = mapped_column(
        ForeignKey("dir_location.id", ondelete="CASCADE"), index=True
    )
    service_at_location_id: Mapped[str | None] = mapped_column(String(64), index=True)
    number: Mapped[str] = mapped_column(Text)
    extension: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[str] = mapped_column(String(16), default="voice")
    description: Mapped[str] = mapped_column(Text, default="")


class DirSchedule(Base):
    """Weekly opening hours (HSDS schedule with freq WEEKLY), optionally dated."""

    __tablename__ = "dir_schedule"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    service_id: Mapped[str | None] = mapped_column(
        ForeignKey("dir_service.id", ondelete="CASCADE"), index=True
    )
    location_id: Mapped[str | None] = mapped_column(
        ForeignKey("dir_location.id", ondelete="CASCADE"), index=True
    )
    service_at_location_id: Mapped[str | None] = mapped_column(String(64), index=True)
    byday: Mapped[str] = mapped_column(String(32), default="")  # "MO,TU,WE" or "1MO,-1FR"
    opens_at: Mapped[time | None]
    closes_at: Mapped[time | None]
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]
    description: Mapped[str] = mapped_column(Text, default="")
    # the RFC 5545 recurrence fields HSDS 3.0 uses
    freq: Mapped[str] = mapped_column(String(8), default="", server_default="")
    interval: Mapped[int | None]
    dtstart: Mapped[date | None]
    until: Mapped[date | None]
    count: Mapped[int | None]
    wkst: Mapped[str] = mapped_column(String(2), default="", server_default="")
    byweekno: Mapped[str] = mapped_column(String(64), default="", server_default="")
    bymonthday: Mapped[str] = mapped_column(String(64), default="", server_default="")
    byyearday: Mapped[str] = mapped_column(String(64), default="", server_default="")
    timezone: Mapped[float | None]
    schedule_link: Mapped[str] = mapped_column(Text, default="", server_default="")
    attending_type: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")


class DirServiceArea(Base):
    """Where a service is offered (HSDS service_area): a name, a text or GeoJSON extent."""

    __tablename__ = "dir_service_area"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("dir_service.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    extent: Mapped[str] = mapped_column(Text, default="")
    extent_type: Mapped[str] = mapped_column(String(16), default="")
    uri: Mapped[str] = mapped_column(Text, default="")


class DirLanguage(Base):
    """A language a service, location or phone offers (HSDS language)."""

    __tablename__ = "dir_language"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    service_id: Mapped[str | None] = mapped_column(
        ForeignKey("dir_service.id", ondelete="CASCADE"), index=True
    )
    location_id: Mapped[str | None] = mapped_column(
        ForeignKey("dir_location.id", ondelete="CASCADE"), index=True
    )
    phone_id: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text, default="")
    code: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class DirAccessibility(Base):
    """How accessible a location is (HSDS accessibility)."""

    __tablename__ = "dir_accessibility"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    location_id: Mapped[str] = mapped_column(
        ForeignKey("dir_location.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")


class DirTaxonomyTerm(Base):
    __tablename__ = "dir_taxonomy_term"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), default="", index=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    taxonomy: Mapped[str] = mapped_column(String(64), default="")


class DirServiceAttribute(Base):
    """HSDS attribute linking a service to a taxonomy term (a need, in peerdesk)."""

    __tablename__ = "dir_service_attribute"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("dir_service.id", ondelete="CASCADE"), index=True
    )
    taxonomy_term_id: Mapped[str] = mapped_column(ForeignKey("dir_taxonomy_term.id"), index=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Referral(Base):
    __tablename__ = "referral"
    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id"), index=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("dir_service.id"), index=True)
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_note.id", ondelete="SET NULL"), index=True
    )
    referred_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")  # the need or goal, in their words
    status: Mapped[ReferralStatus] = mapped_column(_enum(ReferralStatus))
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    history: Mapped[list[ReferralStatusChange]] = relationship(
        back_populates="referral",
        cascade="all, delete-orphan",
        order_by="ReferralStatusChange.id",
    )


class ReferralStatusChange(Base):
    __tablename__ = "referral_status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referral.id", ondelete="CASCADE"), index=True
    )
    changed_on: Mapped[date]
    status: Mapped[ReferralStatus] = mapped_column(_enum(ReferralStatus))
    referral: Mapped[Referral] = relationship(back_populates="history")


# --- mentor self-care and supervision preparation (private to the mentor) ---------------


class SelfCareEntry(Base):
    """The mentor's own check-in. Never exported, except as period averages when ticked."""

    __tablename__ = "selfcare_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    on: Mapped[date] = mapped_column(index=True)
    energy: Mapped[int]  # 1-5
    mood: Mapped[int]  # 1-5
    strain: Mapped[int]  # 1-5
    helped: Mapped[str] = mapped_column(Text, default="")
    need: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]


class SupervisionTopic(Base):
    """Something to take to the next supervision: added by the mentor or from a flagged note."""

    __tablename__ = "supervision_topic"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text, default="")
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_note.id", ondelete="CASCADE"), unique=True
    )
    discussed_on: Mapped[date | None]
    agreed: Mapped[str] = mapped_column(Text, default="")  # private note of what was agreed


# --- goals and recovery plan (issue 5) ------------------------------------------------


class Goal(Base):
    """A goal in the person's own words, in one life domain."""

    __tablename__ = "goal"
    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id"), index=True)
    domain: Mapped[GoalDomain] = mapped_column(_enum(GoalDomain))
    statement: Mapped[str] = mapped_column(Text)  # in their own words
    why: Mapped[str] = mapped_column(Text, default="")  # why it matters to them
    strengths: Mapped[str] = mapped_column(Text, default="")  # what they bring to it
    target_on: Mapped[date | None]
    review_on: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[GoalStatus] = mapped_column(_enum(GoalStatus), index=True)
    status_changed_on: Mapped[date | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    steps: Mapped[list[GoalStep]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="GoalStep.position"
    )
    progress: Mapped[list[GoalProgress]] = relationship(
        back_populates="goal",
        cascade="all, delete-orphan",
        order_by="(GoalProgress.on, GoalProgress.id)",
    )


class GoalStep(Base):
    __tablename__ = "goal_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(index=True)
    done_on: Mapped[date | None]
    created_at: Mapped[datetime]
    goal: Mapped[Goal] = relationship(back_populates="steps")


class GoalProgress(Base):
    """A progress entry: 0-10 and a sentence, optionally from a session note."""

    __tablename__ = "goal_progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column(index=True)
    score: Mapped[int]  # 0-10
    sentence: Mapped[str] = mapped_column(Text, default="")
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_note.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime]
    goal: Mapped[Goal] = relationship(back_populates="progress")


class RecoveryCheckin(Base):
    """An optional recovery capital check-in: 10 items scored 1-6 (total 10-60)."""

    __tablename__ = "recovery_checkin"
    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id"), index=True)
    on: Mapped[date] = mapped_column(index=True)
    note: Mapped[str] = mapped_column(Text, default="")  # anything they want to add
    created_at: Mapped[datetime]

    items: Mapped[list[RecoveryCheckinItem]] = relationship(
        back_populates="checkin",
        cascade="all, delete-orphan",
        order_by="RecoveryCheckinItem.item",
    )


class RecoveryCheckinItem(Base):
    __tablename__ = "recovery_checkin_item"
    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("recovery_checkin.id", ondelete="CASCADE"), primary_key=True
    )
    item: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1-10
    score: Mapped[int]  # 1-6
    checkin: Mapped[RecoveryCheckin] = relationship(back_populates="items")

    def __repr__(self) -> str:
        return f"<RecoveryCheckinItem checkin={self.checkin_id} item={self.item}>"


# --- boundary agreements, boundary events and the crisis card (issue 6) ---------------


class BoundaryAgreement(Base):
    """One version of what mentor and mentee agreed. A new version supersedes the old.

    Contact hours are local wall-clock times per weekday, e.g.
    ``{"mon": [["09:00", "18:00"]], "fri": [["22:00", "02:00"]]}``; a window that ends
    before it starts is a night window running past midnight.
    """

    __tablename__ = "boundary_agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    template: Mapped[str] = mapped_column(String(48), default="")
    effective_on: Mapped[date | None]
    review_on: Mapped[date | None] = mapped_column(index=True)
    contact_hours: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    response_time: Mapped[str] = mapped_column(Text, default="")
    meeting_places: Mapped[list[str]] = mapped_column(JSON, default=list)
    mentor_will: Mapped[list[str]] = mapped_column(JSON, default=list)
    mentor_will_not: Mapped[list[str]] = mapped_column(JSON, default=list)
    confidentiality: Mapped[str] = mapped_column(Text, default="")
    confidentiality_limits: Mapped[str] = mapped_column(Text, default="")
    crisis_plan: Mapped[str] = mapped_column(Text, default="")
    ending: Mapped[str] = mapped_column(Text, default="")
    change_of_mentor: Mapped[str] = mapped_column(Text, default="")
    acknowledged_by_mentee_on: Mapped[date | None]
    acknowledged_by_mentor_on: Mapped[date | None]
    status: Mapped[AgreementStatus] = mapped_column(_enum(AgreementStatus), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class BoundaryEvent(Base):
    """Something that touched a boundary: what happened, what I did, supervision."""

    __tablename__ = "boundary_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(index=True)  # local wall-clock time
    kind: Mapped[BoundaryEventKind] = mapped_column(_enum(BoundaryEventKind), index=True)
    what_happened: Mapped[str] = mapped_column(Text, default="")
    what_i_did: Mapped[str] = mapped_column(Text, default="")
    discussed_in_supervision: Mapped[bool] = mapped_column(Boolean, default=False)
    discussed_on: Mapped[date | None]  # when a supervisor's reply discussed it
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_note.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime]


class CrisisCard(Base):
    """One page per mentee, in their words: warning signs, what helps, who to call."""

    __tablename__ = "crisis_card"
    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentee.id"), unique=True)
    warning_signs: Mapped[str] = mapped_column(Text, default="")  # in their own words
    what_helps: Mapped[str] = mapped_column(Text, default="")  # in their own words
    people: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)  # name/relation/phone
    service_ids: Mapped[list[str]] = mapped_column(JSON, default=list)  # dir_service ids
    other_services: Mapped[list[str]] = mapped_column(JSON, default=list)  # hand-entered lines
    updated_at: Mapped[datetime]


# --- planned meetings and reminders ---------------------------------------------------------


class PlannedMeeting(Base):
    """A meeting I plan to have. ``starts_at`` is local wall-clock time in ``tz`` (an
    IANA name taken from the system when the meeting is planned), so a weekly meeting at
    10:00 stays at 10:00 across daylight-saving changes."""

    __tablename__ = "planned_meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentee.id", ondelete="CASCADE"), index=True
    )
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)  # a group session
    starts_at: Mapped[datetime] = mapped_column(index=True)  # naive local wall clock
    tz: Mapped[str] = mapped_column(String(64), default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    modality: Mapped[str] = mapped_column(String(24), default="")
    place: Mapped[str] = mapped_column(Text, default="")  # a place or a channel
    purpose: Mapped[str] = mapped_column(Text, default="")
    recurrence: Mapped[Recurrence] = mapped_column(_enum(Recurrence), default=Recurrence.NONE)
    until: Mapped[date | None]  # last day a repeat may fall on
    count: Mapped[int | None] = mapped_column(Integer)  # or: this many occurrences
    skipped: Mapped[list[str]] = mapped_column(JSON, default=list)  # ISO starts not held
    from_note_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_note.id", ondelete="SET NULL"), index=True
    )
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class MeetingNote(Base):
    """The note written for one occurrence of a planned meeting."""

    __tablename__ = "meeting_note"
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("planned_meeting.id", ondelete="CASCADE"), primary_key=True
    )
    occurrence: Mapped[datetime] = mapped_column(primary_key=True)  # wall-clock start
    note_id: Mapped[int] = mapped_column(
        ForeignKey("session_note.id", ondelete="CASCADE"), unique=True
    )

    def __repr__(self) -> str:
        return f"<MeetingNote meeting={self.meeting_id} note={self.note_id}>"


class Reminder(Base):
    """One reminder model for every feature: due time, text, a link to its item.

    Items gathered on the Today page (a follow-up, a referral…) are snoozed or marked
    done through a reminder keyed by ``link_kind``/``link_id``/``link_key``."""

    __tablename__ = "reminder"
    id: Mapped[int] = mapped_column(primary_key=True)
    due_at: Mapped[datetime] = mapped_column(index=True)  # local wall clock
    text: Mapped[str] = mapped_column(Text, default="")
    link_kind: Mapped[ReminderLink] = mapped_column(_enum(ReminderLink), default=ReminderLink.NONE)
    link_id: Mapped[str] = mapped_column(String(64), default="")  # int ids or HSDS uuids
    link_key: Mapped[str] = mapped_column(String(96), default="", index=True)  # Today item key
    done_at: Mapped[datetime | None]
    snoozed_until: Mapped[datetime | None]
    notified_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


# --- supervision as a loop: keys, packets, comments -------------------------------------


class VaultIdentity(Base):
    """This vault's own key pairs (one row). Private halves, inside the encrypted vault."""

    __tablename__ = "vault_identity"
    id: Mapped[int] = mapped_column(primary_key=True)
    x25519_private: Mapped[str] = mapped_column(String(64))  # base64
    ed25519_private: Mapped[str] = mapped_column(String(64))  # base64
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return "<VaultIdentity>"


class TrustedKey(Base):
    """Someone else's public key, trusted after the fingerprint was compared."""

    __tablename__ = "trusted_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(40), unique=True)
    x25519: Mapped[str] = mapped_column(String(64))
    ed25519: Mapped[str] = mapped_column(String(64))
    trusted_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<TrustedKey id={self.id}>"


class SentPacket(Base):
    """A sealed packet this vault wrote. ``items`` maps each opaque item id to the record it
    stands for ({"kind": "note", "id": 12}); the map never leaves this vault."""

    __tablename__ = "sent_packet"
    id: Mapped[int] = mapped_column(primary_key=True)
    packet_id: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # export | reply
    recipient_fingerprint: Mapped[str] = mapped_column(String(40))
    period_label: Mapped[str] = mapped_column(String(80), default="")
    items: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    replies_to: Mapped[str] = mapped_column(String(64), default="")
    sent_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<SentPacket id={self.id}>"


class ReceivedPacket(Base):
    """A sealed packet this vault opened: a mentor's export (supervisor vault) or a
    supervisor's reply (mentor vault). ``content`` is the packet's de-identified JSON."""

    __tablename__ = "received_packet"
    id: Mapped[int] = mapped_column(primary_key=True)
    packet_id: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    sender_id: Mapped[int] = mapped_column(ForeignKey("trusted_key.id"))
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    received_at: Mapped[datetime]
    replied_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<ReceivedPacket id={self.id}>"


class SupervisionComment(Base):
    """A supervisor's comment on one item of an export (or on the export as a whole when
    ``item_id`` is empty). In a mentor vault, ``note_id`` etc. come from the sent map."""

    __tablename__ = "supervision_comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    packet_id: Mapped[str] = mapped_column(String(64), index=True)
    item_id: Mapped[str] = mapped_column(String(64), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    is_action: Mapped[bool] = mapped_column(Boolean, default=False)  # an agreed action
    target_kind: Mapped[str] = mapped_column(String(24), default="")
    target_id: Mapped[int | None]
    created_at: Mapped[datetime]
    seen_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<SupervisionComment id={self.id}>"


class SupervisionSession(Base):
    """A supervision session the supervisor recorded: when, topics, agreed actions."""

    __tablename__ = "supervision_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    packet_id: Mapped[str] = mapped_column(String(64), index=True)
    held_on: Mapped[date]
    topics: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<SupervisionSession id={self.id}>"
