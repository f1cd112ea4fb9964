"""The supervision export use case: gather a period from the vault, preview it, write it
with its audit entry, list past exports. The format itself is
peerdesk.core.formats.supervision (pure); PDF bytes come from a ``pdf_writer`` the
caller passes (peerdesk.render.pdf.pdf_bytes), since the core never imports Qt.

    prepared = prepare(vault, request=ExportRequest(date(2026, 10, 1), date(2026, 11, 30)))
    write_export(vault, prepared=prepared, out=Path("supervision.md"))
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session, selectinload

from peerdesk.core.errors import StorageError, ValidationError
from peerdesk.core.formats import packet
from peerdesk.core.formats.deid import (
    Identifier,
    known_identifiers,
    org_identifiers,
    place_identifiers,
)
from peerdesk.core.formats.document import Document
from peerdesk.core.formats.sections import SelfCareSummary
from peerdesk.core.formats.supervision import (
    DAY_FIRST_REGIONS,
    FORMATS,
    OPTIONAL_TITLES,
    SECTION_TITLES,
    Addendum,
    Blocked,
    ExportBlocked,
    ExportRequest,
    ExportResult,
    ExportSource,
    NoteRow,
    PastExport,
    Prepared,
    build_export,
    check_output,
    explain,
    extract_text,
    record_identifiers,
    validate,
)
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Translate, english
from peerdesk.core.models import (
    BoundaryEvent,
    DirAddress,
    DirLocation,
    DirOrganization,
    DirService,
    Mentee,
    MentorProfile,
    NoteParticipant,
    NoteState,
    SelfCareEntry,
    SessionNote,
)
from peerdesk.core.services import audit, directory, notes, settings
from peerdesk.core.vault import Vault
from peerdesk.core.vault.files import atomic_write
from peerdesk.core.vault.keys import KdfParams, calibrate
from peerdesk.core.vocab import EVENT_KINDS, EVENT_LABELS, NOTE_SECTIONS

__all__ = [
    "FORMATS",
    "Blocked",
    "ExportBlocked",
    "ExportRequest",
    "ExportResult",
    "PastExport",
    "Prepared",
    "available_sections",
    "explain",
    "extract_text",
    "open_packet",
    "past_exports",
    "prepare",
    "preview",
    "seal_packet",
    "write_export",
]

PdfWriter = Callable[[Document], bytes]
# Optional section -> the table whose presence offers it.
_OPTIONAL_TABLES = {"boundary_events": "boundary_event", "selfcare": "selfcare_entry"}


def available_sections(vault: Vault) -> dict[str, str]:
    """Section name → title, for sections whose data exists in this vault."""
    out = dict(SECTION_TITLES)
    with vault.session() as s:
        tables = set(inspect(s.get_bind()).get_table_names())
    out.update({n: t for n, t in OPTIONAL_TITLES.items() if _OPTIONAL_TABLES[n] in tables})
    return out


# --- gathering ----------------------------------------------------------------------------


class _MenteeView:
    """An ORM mentee with the attribute shapes known_identifiers() reads."""

    def __init__(self, m: Mentee) -> None:
        self.id = m.id
        self.display_name = m.display_name
        self.full_name = m.full_name
        self.address = m.address
        self.aliases = [a.alias for a in m.aliases]
        self.contacts = m.contacts
        self.important_people = m.important_people
        self.consents = m.consents


def _identifiers(s: Session) -> tuple[list[Identifier], set[int], frozenset[date]]:
    """Every identifier of every mentee (not only those exported: a note may name anyone):
    names, aliases and nicknames, important people, contacts, address parts, ZIP or
    postcode, birth date in every format, email local parts."""
    rows = s.scalars(
        select(Mentee).options(
            selectinload(Mentee.aliases),
            selectinload(Mentee.contacts),
            selectinload(Mentee.important_people),
            selectinload(Mentee.consents),
        )
    ).all()
    found = known_identifiers(_MenteeView(m) for m in rows)
    for m in rows:
        emails = [c.value for c in m.contacts if c.kind == "email"]
        emails += [p.contact for p in m.important_people if "@" in p.contact]
        found += record_identifiers(
            owner=m.id, birth_date=m.birth_date, address=m.address, emails=emails
        )
    found += _directory_identifiers(s)
    births = frozenset(m.birth_date for m in rows if m.birth_date is not None)
    return found, {m.id for m in rows}, births


@cache
def _national_ids() -> frozenset[str]:
    """Ids of the national crisis and help lines the directory is seeded with (988,
    Samaritans...): public resources, never redacted as a local organisation."""
    folder = resources.files("peerdesk.resources").joinpath("directory")
    out: set[str] = set()
    for name in directory.SEED_FILES:
        for svc in json.loads(folder.joinpath(name).read_bytes()).get("services", ()):
            out.update(str(svc.get(k)) for k in ("id", "organization_id") if svc.get(k))
    return frozenset(out)


def _directory_identifiers(s: Session) -> list[Identifier]:
    """What the mentor's own directory and profile know about local places and
    organisations: organisation, service and location names, and every address (street,
    house number, town, ZIP or postcode) and region of a location; the mentor's own
    organisation. Redacted wherever a note names them (not part of the final scan)."""
    national = _national_ids()
    orgs: set[str] = set()
    for org_id, name in s.execute(select(DirOrganization.id, DirOrganization.name)):
        if org_id not in national:
            orgs.add(name)
    for svc_id, org_id, name, alt in s.execute(
        select(
            DirService.id, DirService.organization_id, DirService.name, DirService.alternate_name
        )
    ):
        if svc_id not in national and org_id not in national:
            orgs.update((name, alt))
    orgs.update(n for (n,) in s.execute(select(DirLocation.name)) if n)
    places: set[str] = set()
    for a in s.scalars(select(DirAddress)):
        street = ", ".join(x for x in (a.address_2, a.address_1) if x.strip())
        tail = " ".join(x for x in (a.state_province, a.postal_code) if x.strip())
        places.add(", ".join(x for x in (street, a.city, tail) if x.strip()))
        places.update(x for x in (a.city, a.region) if x.strip())
    profile = s.scalars(select(MentorProfile).limit(1)).first()
    if profile is not None and profile.organisation.strip():
        orgs.add(profile.organisation)
    return place_identifiers(sorted(places)) + org_identifiers(sorted(o for o in orgs if o))


def _day_first(s: Session) -> bool:
    prof = s.scalars(select(MentorProfile).limit(1)).first()
    return bool(prof and prof.region.upper() in DAY_FIRST_REGIONS)


def _threshold(vault: Vault) -> int:
    try:
        return int(settings.get_setting(vault, "suppression_threshold"))
    except KeyError:  # the setting is declared in core/settings.py
        return 10


def _note_rows(s: Session, request: ExportRequest, scope: set[int]) -> list[NoteRow]:
    """The period's signed notes as plain rows. Every note is read as columns only (a year
    of a large vault is thousands of notes); the text and addenda are read for the flagged
    notes alone, when the export shows them."""
    # Signed only, but tested here rather than in SQL: with ``state = 'signed'`` in the
    # WHERE, SQLite walked the state index (nearly every note of a big vault is signed)
    # instead of the date range: 100,000 rows read for a year's 10,000, 0.2 s.
    period = (
        SessionNote.occurred_on >= request.date_from,
        SessionNote.occurred_on <= request.date_to,
    )
    who: dict[int, list[int]] = {}
    rows = []
    for r in s.execute(
        select(
            SessionNote.id,
            SessionNote.state,
            SessionNote.occurred_on,
            SessionNote.modality,
            SessionNote.kind,
            SessionNote.start_time,
            SessionNote.end_time,
            SessionNote.discuss_in_supervision,
            SessionNote.setting,
            SessionNote.safety_concern,
            NoteParticipant.mentee_id,
        )
        .join(NoteParticipant, NoteParticipant.note_id == SessionNote.id)
        .where(*period)
        .order_by(SessionNote.occurred_on, SessionNote.id, NoteParticipant.mentee_id)
    ):
        if r.state != NoteState.SIGNED:
            continue
        if r.id not in who:
            who[r.id] = []
            rows.append(r)
        who[r.id].append(r.mentee_id)
    rows = [r for r in rows if any(i in scope for i in who.get(r.id, ()))]
    texts: dict[int, SessionNote] = {}
    if "flagged_notes" in request.sections:
        flagged = [r.id for r in rows if r.discuss_in_supervision]
        for chunk in range(0, len(flagged), 500):
            for full in s.scalars(
                select(SessionNote)
                .where(SessionNote.id.in_(flagged[chunk : chunk + 500]))
                .options(selectinload(SessionNote.addenda))
            ):
                texts[full.id] = full
    out = []
    for r in rows:
        n = texts.get(r.id)
        out.append(
            NoteRow(
                id=r.id,
                occurred_on=r.occurred_on,
                modality=r.modality,
                kind=r.kind,
                mentee_ids=tuple(who.get(r.id, ())),
                minutes=notes.duration_minutes(r.start_time, r.end_time) or 0,
                flagged=bool(r.discuss_in_supervision),
                group=r.setting == "group",
                safety_concern=bool(r.safety_concern),
                sections=tuple((a, getattr(n, a) or "") for a in NOTE_SECTIONS) if n else (),
                addenda=tuple(Addendum(a.id, a.created_at.date(), a.text) for a in n.addenda)
                if n
                else (),
            )
        )
    return out


def _boundary_counts(s: Session, request: ExportRequest) -> tuple[tuple[str, int], ...]:
    stmt = (
        select(BoundaryEvent.kind, func.count())
        .where(
            BoundaryEvent.occurred_at >= datetime.combine(request.date_from, time()),
            BoundaryEvent.occurred_at
            < datetime.combine(request.date_to + timedelta(days=1), time()),
        )
        .group_by(BoundaryEvent.kind)
    )
    if request.mentee_ids:
        stmt = stmt.where(BoundaryEvent.mentee_id.in_(request.mentee_ids))
    found = {row[0]: int(row[1]) for row in s.execute(stmt).all()}
    return tuple((EVENT_LABELS[k], found.get(k, 0)) for k in EVENT_KINDS)


def _selfcare(s: Session, request: ExportRequest) -> SelfCareSummary:
    count, energy, mood, strain = s.execute(
        select(
            func.count(SelfCareEntry.id),
            func.avg(SelfCareEntry.energy),
            func.avg(SelfCareEntry.mood),
            func.avg(SelfCareEntry.strain),
        ).where(SelfCareEntry.on >= request.date_from, SelfCareEntry.on <= request.date_to)
    ).one()
    return SelfCareSummary(int(count or 0), energy, mood, strain)


def prepare(
    vault: Vault,
    *,
    request: ExportRequest,
    today: date | None = None,
    translate: Translate = english,
) -> Prepared:
    """Build the export in memory, its fixed text in the language of ``translate``
    (peerdesk.i18n.core_text in the GUI, messages.catalogue(code) in the CLI). Raises
    ValidationError for an empty period."""
    validate(request, list(available_sections(vault)))
    threshold = _threshold(vault)
    with vault.session() as s:
        identifiers, people, births = _identifiers(s)
        scope = set(request.mentee_ids) or people
        if scope - people:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "One of the chosen mentees is no longer in the vault.")
            )
        rows = _note_rows(s, request, scope)
        if not rows:
            who = "the chosen mentees" if request.mentee_ids else "any mentee"
            raise ValidationError(
                f"There are no signed session notes for {who} between "
                f"{request.date_from:%d %B %Y} and {request.date_to:%d %B %Y}. "
                "Choose a longer period or other mentees."
            )
        source = ExportSource(
            request=request,
            identifiers=tuple(identifiers),
            scope=tuple(sorted(scope)),
            notes=tuple(rows),
            threshold=threshold,
            today=today or date.today(),
            day_first=_day_first(s),
            boundary_events=_boundary_counts(s, request)
            if "boundary_events" in request.sections
            else (),
            selfcare=_selfcare(s, request) if "selfcare" in request.sections else None,
            birth_dates=births,
        )
    return build_export(source, translate)


def preview(
    vault: Vault,
    *,
    request: ExportRequest,
    today: date | None = None,
    translate: Translate = english,
) -> Prepared:
    """The exact output with each redaction as a span; nothing is written."""
    return prepare(vault, request=request, today=today, translate=translate)


# --- writing ------------------------------------------------------------------------------


def render_bytes(prepared: Prepared, *, fmt: str, pdf_writer: PdfWriter | None = None) -> bytes:
    if fmt != "pdf":
        return prepared.content(fmt).encode("utf-8")
    if pdf_writer is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "PDF export needs the app's PDF renderer; choose Markdown.")
        )
    data = pdf_writer(prepared.document)
    if not data:
        raise StorageError(
            QT_TRANSLATE_NOOP("core", "The PDF could not be made; nothing was written.")
        )
    return data


def seal_packet(
    data: bytes, passphrase: str, *, content: str, kdf: KdfParams | None = None
) -> bytes:
    """``data`` sealed with a passphrase (Argon2id as for vault key slots, AES-256-GCM)."""
    kdf = kdf or calibrate()
    return packet.seal(data, key=kdf.derive(passphrase), kdf=kdf.to_json(), content=content)


def _derive(passphrase: str) -> Callable[[Any], bytes]:
    return lambda spec: KdfParams.from_json(spec).derive(passphrase)


def read_packet(raw: bytes, passphrase: str) -> tuple[str, bytes]:
    """(content kind, the export's bytes) of a sealed packet; nothing is written."""
    return packet.open_packet(raw, derive=_derive(passphrase))


def open_packet(*, raw: bytes, passphrase: str, out: Path) -> str:
    """Open a sealed packet into ``out`` (written atomically, 0600); its content kind."""
    content, data = read_packet(raw, passphrase)
    atomic_write(Path(out), data)
    return content


def write_export(
    vault: Vault,
    *,
    prepared: Prepared,
    out: Path,
    pdf_writer: PdfWriter | None = None,
    packet_passphrase: str | None = None,
    packet_kdf: KdfParams | None = None,
) -> ExportResult:
    """Render, check (fail closed), optionally seal, then write atomically and log, in one
    transaction: if the audit entry cannot be recorded, the file is taken back."""
    out = Path(out)
    fmt = prepared.request.format
    if out.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "The destination is a folder; give a file name.")
        )
    if not out.parent.is_dir():
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The destination folder does not exist."))
    data = render_bytes(prepared, fmt=fmt, pdf_writer=pdf_writer)
    check_output(prepared, data, fmt)
    if packet_passphrase is not None:
        data = seal_packet(data, packet_passphrase, content=fmt, kdf=packet_kdf)
    digest = hashlib.sha256(data).hexdigest()
    written = False
    try:
        with vault.session() as s:
            atomic_write(out, data)
            written = True
            audit.record(
                s,
                kind="exported",
                entity="supervision",
                detail={
                    "format": fmt,
                    "period": prepared.period,
                    "sections": ",".join(prepared.request.sections),
                    "mentees": prepared.mentee_count,
                    "all_mentees": not prepared.request.mentee_ids,
                    "notes": prepared.note_count,
                    "flagged_notes": prepared.flagged_count,
                    "redactions_added": len(prepared.request.extra_terms),
                    "redactions_undone": len(prepared.request.keep),
                    "packet": packet_passphrase is not None,
                    "sha256": digest,
                },
            )
    except BaseException:
        if written:
            out.unlink(missing_ok=True)
        raise
    return ExportResult(out, digest, len(data))


def past_exports(vault: Vault, *, limit: int = 200) -> list[PastExport]:
    """Supervision exports from the audit log: when, format, period; never content."""
    with vault.session() as s:
        rows = audit.recent(s, limit=5000)
    return list(_past(rows))[:limit]


def _past(rows: Iterable[audit.AuditRow]) -> Iterable[PastExport]:
    for r in rows:
        if r.kind == "exported" and r.entity in ("supervision", "sealed_packet"):
            d = r.detail
            sealed = r.entity == "sealed_packet"  # to a supervisor's key
            yield PastExport(
                r.at,
                "sealed" if sealed else str(d.get("format", "")),
                str(d.get("period", "")),
                bool(d.get("packet")) and not sealed,
                int(d.get("notes") or 0),
            )
