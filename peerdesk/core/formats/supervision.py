"""The supervision export: a de-identified summary of a period, previewed, then written
only after a fail-closed check of the finished file.

    prepared = prepare(vault, request=ExportRequest(date(2026, 10, 1), date(2026, 11, 30)))
    prepared.text, prepared.spans          # the exact output, each redaction highlighted
    write_export(vault, prepared=prepared, out=Path("supervision.md"))

Sections: an activity summary (sessions by modality and kind, hours; small cells
suppressed) and the notes flagged for supervision as de-identified excerpts. Goal
progress, referrals, boundary events and self-care plug in through
:func:`register_section` once their tables exist. The core never imports Qt: PDF is
written by a ``pdf_writer`` the caller passes (peerdesk.render.pdf.write_pdf).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from peerdesk.core.errors import StorageError, ValidationError
from peerdesk.core.formats import packet
from peerdesk.core.formats.deid import Deidentifier, Identifier, KnownScanner, Redaction
from peerdesk.core.formats.deid import known_identifiers as _identifiers_of
from peerdesk.core.formats.document import Bullets, Document, Facts, Heading, Paragraph
from peerdesk.core.formats.suppression import SuppressedTable, suppress
from peerdesk.core.models import Mentee, NoteState, SessionNote
from peerdesk.core.services import audit, notes
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import NOTE_SECTION_LABELS

FORMATS = ("pdf", "md", "csv", "json")
SCHEMA = "peerdesk-supervision"
SCHEMA_VERSION = 1
DAY_FIRST_REGIONS = {"GB", "UK", "IE", "AU", "NZ", "ZA", "IN"}
SECTION_TITLES = {
    "activity": "Activity summary",
    "flagged_notes": "Notes flagged for supervision",
}
NOTE_SECTIONS = tuple(NOTE_SECTION_LABELS.items())
MAX_EXCERPT = 2_000
_MARK_OPEN, _MARK_MID, _MARK_CLOSE = "\ue000", "\ue001", "\ue002"
_MARKS = re.compile(f"{_MARK_OPEN}(\\d+){_MARK_MID}(.*?){_MARK_CLOSE}", re.S)


class ExportBlocked(ValidationError):
    """The finished file still held something the vault knows; it was deleted."""


@dataclass(frozen=True)
class OptionalSection:
    """A section that exists once its feature lands (goals, referrals, boundary events,
    self-care). ``build`` gets the session, the request and a redact function and
    returns blocks plus aggregate rows for CSV/JSON."""

    name: str
    title: str
    table: str
    build: Callable[..., tuple[list, list[tuple[str, str, str, str]]]]


_OPTIONAL: dict[str, OptionalSection] = {}


def register_section(section: OptionalSection) -> None:
    _OPTIONAL[section.name] = section


def available_sections(vault: Vault) -> dict[str, str]:
    """Section name → title, for sections whose data exists in this vault."""
    out = dict(SECTION_TITLES)
    if _OPTIONAL:
        with vault.session() as s:
            tables = set(inspect(s.get_bind()).get_table_names())
        out.update({o.name: o.title for o in _OPTIONAL.values() if o.table in tables})
    return out


@dataclass(frozen=True, repr=False)
class ExportRequest:
    date_from: date
    date_to: date
    mentee_ids: tuple[int, ...] = ()  # empty: all mentees
    sections: tuple[str, ...] = ("activity", "flagged_notes")
    format: str = "pdf"
    extra_terms: tuple[str, ...] = ()  # the mentor's own redactions (kept in memory only)
    keep: frozenset[str] = frozenset()  # redactions the mentor undid, by key

    def __repr__(self) -> str:
        return f"<ExportRequest {self.format} mentees={len(self.mentee_ids)}>"


@dataclass(repr=False)
class Prepared:
    """Everything an export needs, in memory; nothing has been written."""

    request: ExportRequest
    text: str  # the exact output text (for PDF: the document's text)
    spans: list[Redaction]
    document: Document
    markdown: str
    csv_text: str
    json_text: str
    identifiers: list[Identifier]
    mentee_count: int
    note_count: int
    flagged_count: int
    period: str  # "2026-10/2026-11"

    def __repr__(self) -> str:
        return f"<Prepared {self.request.format} notes={self.note_count}>"

    def content(self, fmt: str) -> str:
        return {"md": self.markdown, "csv": self.csv_text, "json": self.json_text}.get(
            fmt, self.document.to_text()
        )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class PastExport:
    at: datetime
    format: str
    period: str
    packet: bool
    notes: int


def _month(d: date) -> str:
    return d.strftime("%B %Y")


def _period_label(start: date, end: date) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return _month(start)
    return f"{_month(start)} to {_month(end)}"


# --- gathering ----------------------------------------------------------------------------


@dataclass
class _Marked:
    """Collects redactions while building: text gets markers the renderers carry through."""

    spans: list[Redaction] = field(default_factory=list)

    def mark(self, text: str, spans: list[Redaction]) -> str:
        out, pos = [], 0
        for r in spans:
            out.append(text[pos : r.start])
            out.append(f"{_MARK_OPEN}{len(self.spans)}{_MARK_MID}{r.replacement}{_MARK_CLOSE}")
            self.spans.append(r)
            pos = r.end
        out.append(text[pos:])
        return "".join(out)


def unmark(marked: str, registry: list[Redaction]) -> tuple[str, list[Redaction]]:
    """Marked text → plain text and the redactions, positioned in the plain text."""
    out: list[str] = []
    spans: list[Redaction] = []
    pos = length = 0
    for m in _MARKS.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        r = registry[int(m.group(1))]
        body = m.group(2)
        spans.append(
            Redaction(length, length + len(body), r.label, r.reason, body, r.key, r.undoable)
        )
        out.append(body)
        length += len(body)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def _strip(marked: str) -> str:
    return _MARKS.sub(lambda m: m.group(2), marked)


def _validate(request: ExportRequest) -> None:
    if request.format not in FORMATS:
        raise ValidationError("Choose a format: PDF, Markdown, CSV or JSON.")
    if request.date_from > request.date_to:
        raise ValidationError("The period ends before it starts; check the two dates.")
    unknown = set(request.sections) - set(SECTION_TITLES) - set(_OPTIONAL)
    if unknown or not request.sections:
        raise ValidationError("Choose at least one section to export.")


def _load_identifiers(s: Session) -> tuple[list[Identifier], dict[int, Mentee]]:
    rows = s.scalars(
        select(Mentee).options(
            selectinload(Mentee.aliases),
            selectinload(Mentee.contacts),
            selectinload(Mentee.important_people),
            selectinload(Mentee.consents),
        )
    ).all()
    return _identifiers_of(_MenteeView(m) for m in rows), {m.id: m for m in rows}


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


def _day_first(s: Session) -> bool:
    from peerdesk.core.models import MentorProfile

    prof = s.scalars(select(MentorProfile).limit(1)).first()
    return bool(prof and prof.region.upper() in DAY_FIRST_REGIONS)


def _threshold(vault: Vault) -> int:
    from peerdesk.core.services import settings

    try:
        return int(settings.get_setting(vault, "suppression_threshold"))
    except KeyError:  # the setting is declared in core/settings.py
        return 10


def prepare(vault: Vault, *, request: ExportRequest, today: date | None = None) -> Prepared:
    """Build the export in memory. Raises ValidationError for an empty period."""
    _validate(request)
    threshold = _threshold(vault)
    today = today or date.today()
    with vault.session() as s:
        identifiers, people = _load_identifiers(s)
        scope = set(request.mentee_ids) or set(people)
        missing = scope - set(people)
        if missing:
            raise ValidationError("One of the chosen mentees is no longer in the vault.")
        stmt = (
            select(SessionNote)
            .where(
                SessionNote.state == NoteState.SIGNED,
                SessionNote.occurred_on >= request.date_from,
                SessionNote.occurred_on <= request.date_to,
            )
            .options(selectinload(SessionNote.participants))
            .order_by(SessionNote.occurred_on, SessionNote.id)
        )
        rows = [n for n in s.scalars(stmt) if any(p.mentee_id in scope for p in n.participants)]
        if not rows:
            who = "the chosen mentees" if request.mentee_ids else "any mentee"
            raise ValidationError(
                f"There are no signed session notes for {who} between "
                f"{request.date_from:%d %B %Y} and {request.date_to:%d %B %Y}. "
                "Choose a longer period or other mentees."
            )
        engine = Deidentifier(
            identifiers,
            mentee_order=sorted(scope),
            day_first=_day_first(s),
            extra_terms=request.extra_terms,
        )
        marked = _Marked()
        doc = Document(
            title="Supervision summary",
            subtitle=f"{_period_label(request.date_from, request.date_to)} · de-identified: "
            "mentees appear as Mentee A, Mentee B…, other people as [PERSON]",
            footer=(
                f"Made with peerdesk in {_month(today)}. Counts from 1 to {threshold} show "
                f'as "<{threshold + 1}" so that nobody can be recognised from small numbers.'
            ),
        )
        data: dict = {
            "format": SCHEMA,
            "version": SCHEMA_VERSION,
            "period": {
                "from": request.date_from.strftime("%Y-%m"),
                "to": request.date_to.strftime("%Y-%m"),
            },
            "made": today.strftime("%Y-%m"),
            "scope": {"mentees": len(scope), "all_mentees": not request.mentee_ids},
            "suppression": {"threshold": threshold, "shown_as": f"<{threshold + 1}"},
            "sections": list(request.sections),
        }
        csv_rows: list[tuple[str, str, str, str]] = []
        flagged = [n for n in rows if n.discuss_in_supervision]
        doc.blocks.append(
            Facts(
                (
                    ("Period", _period_label(request.date_from, request.date_to)),
                    ("Mentees", str(len(scope))),
                    ("Sections", ", ".join(_section_title(x) for x in request.sections)),
                )
            )
        )
        if "activity" in request.sections:
            _activity(rows, threshold, doc, data, csv_rows)
        if "flagged_notes" in request.sections:
            _flagged(s, flagged, engine, marked, request, doc, data)
        for name in request.sections:
            if name in _OPTIONAL:
                blocks, agg = _OPTIONAL[name].build(
                    s, request, lambda t, f: marked.mark(*engine.redact(t, field=f))
                )
                doc.blocks.extend(blocks)
                csv_rows.extend(agg)
                data[name] = [list(r) for r in agg]
    markdown_marked = doc.to_text()
    json_marked = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(("section", "row", "column", "value"))
    writer.writerows(csv_rows)
    csv_text = buf.getvalue()
    plain_doc = _strip_document(doc)
    fmt = request.format
    if fmt == "json":
        text, spans = unmark(json_marked, marked.spans)
    elif fmt == "csv":
        text, spans = csv_text, []
    else:
        text, spans = unmark(markdown_marked, marked.spans)
    return Prepared(
        request=request,
        text=text,
        spans=spans,
        document=plain_doc,
        markdown=_strip(markdown_marked),
        csv_text=csv_text,
        json_text=_strip(json_marked),
        identifiers=identifiers,
        mentee_count=len(scope),
        note_count=len(rows),
        flagged_count=len(flagged),
        period=f"{request.date_from:%Y-%m}/{request.date_to:%Y-%m}",
    )


def preview(vault: Vault, *, request: ExportRequest, today: date | None = None) -> Prepared:
    """The exact output with each redaction as a span; nothing is written."""
    return prepare(vault, request=request, today=today)


def _section_title(name: str) -> str:
    if name in SECTION_TITLES:
        return SECTION_TITLES[name]
    return _OPTIONAL[name].title if name in _OPTIONAL else name


def _activity(
    rows: list[SessionNote],
    threshold: int,
    doc: Document,
    data: dict,
    csv_rows: list[tuple[str, str, str, str]],
) -> None:
    modalities = list(notes.MODALITIES)
    kinds = list(notes.KINDS)
    for n in rows:
        if n.modality not in modalities:
            modalities.append(n.modality)
        if n.kind not in kinds:
            kinds.append(n.kind)
    table = [[0] * len(kinds) for _ in modalities]
    minutes = 0
    for n in rows:
        table[modalities.index(n.modality)][kinds.index(n.kind)] += 1
        minutes += max(0, notes.duration_minutes(n.start_time, n.end_time) or 0)
    result = suppress(modalities, kinds, table, threshold=threshold)
    hours = f"about {round(minutes / 30) / 2:g}" if len(rows) > threshold else "not shown"
    doc.blocks.append(Heading("Activity summary"))
    doc.blocks.append(
        Facts((("Sessions", result.total), ("Hours (from start and end times)", hours)))
    )
    doc.blocks.append(Paragraph("Sessions by how we met, and by kind of session:"))
    used = [j for j, k in enumerate(kinds) if any(table[i][j] for i in range(len(modalities)))]
    pairs = []
    for i, modality in enumerate(modalities):
        if not any(table[i]):
            continue
        # Zero cells chosen as complements show as "<11" like any other suppressed cell.
        parts = [
            f"{kinds[j]} {result.cells[i][j]}"
            for j in used
            if table[i][j] or result.suppressed[i][j]
        ]
        pairs.append((modality, "; ".join(parts) + f" (total {result.row_totals[i]})"))
    pairs.append(("All", "; ".join(f"{kinds[j]} {result.column_totals[j]}" for j in used)))
    doc.blocks.append(Facts(tuple(pairs)))
    data["activity"] = _table_json(result, hours)
    for i, modality in enumerate(modalities):
        for j, kind in enumerate(kinds):
            csv_rows.append(("sessions", modality, kind, result.cells[i][j]))
        csv_rows.append(("sessions", modality, "total", result.row_totals[i]))
    for j, kind in enumerate(kinds):
        csv_rows.append(("sessions", "total", kind, result.column_totals[j]))
    csv_rows.append(("sessions", "total", "total", result.total))
    csv_rows.append(("hours", "total", "total", hours))


def _table_json(result: SuppressedTable, hours: str) -> dict:
    return {
        "sessions_by_modality_and_kind": {
            "rows": list(result.rows),
            "columns": list(result.columns),
            "cells": [list(r) for r in result.cells],
            "row_totals": list(result.row_totals),
            "column_totals": list(result.column_totals),
            "total": result.total,
        },
        "hours": hours,
    }


def _flagged(
    s: Session,
    flagged: list[SessionNote],
    engine: Deidentifier,
    marked: _Marked,
    request: ExportRequest,
    doc: Document,
    data: dict,
) -> None:
    doc.blocks.append(Heading("Notes flagged for supervision"))
    out = []
    if not flagged:
        doc.blocks.append(Paragraph("No notes in this period were flagged for supervision."))
    for number, note in enumerate(flagged, start=1):
        who = ", ".join(engine.pseudonym(p.mentee_id) for p in note.participants)
        bits = [who, _month(note.occurred_on), note.modality, note.kind]
        if note.setting == "group":
            bits.append("group")
        if note.safety_concern:
            bits.append("safety concern noted")
        doc.blocks.append(Heading(f"Note {number}: " + " · ".join(bits)))
        pairs = []
        sections: dict[str, str] = {}
        for attr, label in NOTE_SECTIONS:
            raw = (getattr(note, attr) or "").strip()
            if not raw:
                continue
            if len(raw) > MAX_EXCERPT:
                raw = raw[:MAX_EXCERPT].rsplit(" ", 1)[0] + " …"
            text = marked.mark(
                *engine.redact(raw, field=f"note:{note.id}:{attr}", keep=request.keep)
            )
            pairs.append((label, text))
            sections[attr] = text
        addenda = []
        for add in note.addenda:
            text = marked.mark(
                *engine.redact(add.text.strip(), field=f"addendum:{add.id}", keep=request.keep)
            )
            pairs.append((f"Addendum ({_month(add.created_at.date())})", text))
            addenda.append({"month": add.created_at.strftime("%Y-%m"), "text": text})
        doc.blocks.append(Facts(tuple(pairs)) if pairs else Paragraph("(no text)"))
        out.append(
            {
                "mentees": who.split(", "),
                "month": note.occurred_on.strftime("%Y-%m"),
                "modality": note.modality,
                "kind": note.kind,
                "group": note.setting == "group",
                "safety_concern": note.safety_concern,
                "sections": sections,
                "addenda": addenda,
            }
        )
    data["flagged_notes"] = out


def _strip_document(doc: Document) -> Document:
    def clean(block):
        if isinstance(block, Heading):
            return Heading(_strip(block.text))
        if isinstance(block, Paragraph):
            return Paragraph(_strip(block.text), quote=block.quote)
        if isinstance(block, Bullets):
            return Bullets(tuple(_strip(i) for i in block.items))
        return Facts(tuple((_strip(k), _strip(v)) for k, v in block.pairs))

    return Document(
        title=doc.title,
        subtitle=_strip(doc.subtitle),
        blocks=[clean(b) for b in doc.blocks],
        footer=doc.footer,
    )


# --- writing ------------------------------------------------------------------------------


def extract_text(data: bytes, fmt: str) -> str:
    """The text a reader of the file would see (PDF text through pypdf)."""
    if fmt != "pdf":
        return data.decode("utf-8")
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    parts = [page.extract_text() or "" for page in reader.pages]
    meta = reader.metadata or {}
    parts.extend(str(v) for v in meta.values())
    return "\n".join(parts)


def check_output(prepared: Prepared, data: bytes, fmt: str) -> None:
    """Fail closed: raise ExportBlocked if any identifier the vault knows is in ``data``."""
    try:
        text = extract_text(data, fmt)
    except Exception:
        raise ExportBlocked(
            "The export was stopped: peerdesk could not read the finished file back to "
            "check it. Nothing was written."
        ) from None
    if fmt == "pdf" and len(re.sub(r"\s", "", text)) < 20:
        raise ExportBlocked(
            "The export was stopped: the PDF's text could not be checked. Nothing was "
            "written; try Markdown instead."
        )
    if any(c in text for c in (_MARK_OPEN, _MARK_MID, _MARK_CLOSE)):
        raise ExportBlocked("The export was stopped by an internal check. Nothing was written.")
    kind = KnownScanner(prepared.identifiers).first_hit(text)
    if kind is not None:
        raise ExportBlocked(
            f"The export was stopped because {kind} still appears in it. Nothing was "
            "written. Redact it in the preview (or change that field), then export again."
        )


def render_bytes(
    prepared: Prepared, *, fmt: str, folder: Path, pdf_writer: Callable | None = None
) -> bytes:
    if fmt != "pdf":
        return prepared.content(fmt).encode("utf-8")
    if pdf_writer is None:
        raise ValidationError("PDF export needs the app's PDF renderer; choose Markdown.")
    try:
        tmp = Path(tempfile.mkdtemp(prefix=".peerdesk-export-", dir=folder))
    except OSError:
        raise StorageError(
            "Could not write to that folder (it may be read-only or full); nothing was written."
        ) from None
    try:
        target = tmp / "export.pdf"
        pdf_writer(prepared.document, target)
        data = target.read_bytes() if target.exists() else b""
    except OSError:
        raise StorageError(
            "Could not write to that folder (it may be read-only or full); nothing was written."
        ) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if not data:
        raise StorageError(
            "The PDF could not be made there (is the disk full?); nothing was written."
        )
    return data


def _atomic_write(out: Path, data: bytes) -> None:
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            "Could not write the export there (the disk may be full or the folder "
            "read-only); no partial file was left behind."
        ) from None


def write_export(
    vault: Vault,
    *,
    prepared: Prepared,
    out: Path,
    pdf_writer: Callable | None = None,
    packet_passphrase: str | None = None,
    packet_kdf=None,
) -> ExportResult:
    """Render, check (fail closed), optionally seal, then write atomically and log."""
    out = Path(out)
    fmt = prepared.request.format
    if out.is_dir():
        raise ValidationError("The destination is a folder; give a file name.")
    if not out.parent.is_dir():
        raise ValidationError("The destination folder does not exist.")
    data = render_bytes(prepared, fmt=fmt, folder=out.parent, pdf_writer=pdf_writer)
    check_output(prepared, data, fmt)
    if packet_passphrase is not None:
        data = packet.seal(data, packet_passphrase, content=fmt, kdf=packet_kdf)
    _atomic_write(out, data)
    digest = hashlib.sha256(data).hexdigest()
    with vault.session() as s:
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
    return ExportResult(out, digest, len(data))


def past_exports(vault: Vault, *, limit: int = 200) -> list[PastExport]:
    """Supervision exports from the audit log: when, format, period; never content."""
    with vault.session() as s:
        rows = audit.recent(s, limit=5000)
    out = []
    for r in rows:
        if r.kind == "exported" and r.entity == "supervision":
            d = r.detail
            out.append(
                PastExport(
                    r.at,
                    str(d.get("format", "")),
                    str(d.get("period", "")),
                    bool(d.get("packet")),
                    int(d.get("notes") or 0),
                )
            )
    return out[:limit]


def _register_boundary_events() -> None:
    from peerdesk.core.formats.agreements import boundary_section

    register_section(
        OptionalSection(
            "boundary_events", "Boundary events by kind", "boundary_event", boundary_section
        )
    )


_register_boundary_events()

# Feature sections (self-care, …) register themselves on import.
from peerdesk.core.formats import sections as _sections  # noqa: E402, F401
