"""The supervision export as a format: plain records of a period in, the de-identified
document, Markdown, CSV and JSON out, plus the fail-closed check of a finished file.

    prepared = build_export(source)      # source: ExportSource (records gathered by services)
    prepared.text, prepared.spans        # the exact output, each redaction highlighted
    check_output(prepared, data, "md")   # raises ExportBlocked if the vault's data is in it

Sections: an activity summary (sessions by modality and kind, hours; small cells
suppressed), the notes flagged for supervision as de-identified excerpts, and the
optional aggregates (boundary events by kind, the mentor's self-care averages). The use
case (gather from the vault, write atomically with its audit entry) is
peerdesk.core.services.supervision. Nothing here touches a vault, a file or Qt.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats.agreements import boundary_section
from peerdesk.core.formats.deid import (
    Deidentifier,
    Identifier,
    KnownScanner,
    Redaction,
    trie_pattern,
)
from peerdesk.core.formats.document import Block, Bullets, Document, Facts, Heading, Paragraph
from peerdesk.core.formats.sections import SelfCareSummary, selfcare_section
from peerdesk.core.formats.suppression import SuppressedTable, merged_groups, suppress
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message, Translate, english, looked_up
from peerdesk.core.vocab import EVENT_LABELS, MODALITIES, NOTE_KINDS, NOTE_SECTION_LABELS

FORMATS = ("pdf", "md", "csv", "json")
SCHEMA = "peerdesk-supervision"
SCHEMA_VERSION = 1
DAY_FIRST_REGIONS = {"GB", "UK", "IE", "AU", "NZ", "ZA", "IN"}
SECTION_TITLES = {
    "activity": QT_TRANSLATE_NOOP("core", "Activity summary"),
    "flagged_notes": QT_TRANSLATE_NOOP("core", "Notes flagged for supervision"),
}
# Sections offered once their feature's table exists in the vault (name -> title).
OPTIONAL_TITLES = {
    "boundary_events": QT_TRANSLATE_NOOP("core", "Boundary events by kind"),
    "selfcare": QT_TRANSLATE_NOOP("core", "My self-care (averages only)"),
}
NOTE_SECTIONS = tuple(NOTE_SECTION_LABELS.items())
MAX_EXCERPT = 2_000
SUPPRESSION_SENTENCE = QT_TRANSLATE_NOOP(
    "core",
    "So that nobody can be recognised from a small number, no count from 1 to {t} is "
    "shown on its own: small groups are joined with others, or only the total is given.",
)
MONTHS = (
    QT_TRANSLATE_NOOP("core", "January"),
    QT_TRANSLATE_NOOP("core", "February"),
    QT_TRANSLATE_NOOP("core", "March"),
    QT_TRANSLATE_NOOP("core", "April"),
    QT_TRANSLATE_NOOP("core", "May"),
    QT_TRANSLATE_NOOP("core", "June"),
    QT_TRANSLATE_NOOP("core", "July"),
    QT_TRANSLATE_NOOP("core", "August"),
    QT_TRANSLATE_NOOP("core", "September"),
    QT_TRANSLATE_NOOP("core", "October"),
    QT_TRANSLATE_NOOP("core", "November"),
    QT_TRANSLATE_NOOP("core", "December"),
)
# The CSV's fixed words (its header and the labels of its rows and columns), translated
# for a person reading it; the JSON keeps its keys.
CSV_WORDS = (
    QT_TRANSLATE_NOOP("core", "section"),
    QT_TRANSLATE_NOOP("core", "row"),
    QT_TRANSLATE_NOOP("core", "column"),
    QT_TRANSLATE_NOOP("core", "value"),
    QT_TRANSLATE_NOOP("core", "sessions"),
    QT_TRANSLATE_NOOP("core", "hours"),
    QT_TRANSLATE_NOOP("core", "total"),
    QT_TRANSLATE_NOOP("core", "events"),
    QT_TRANSLATE_NOOP("core", "boundary_events"),
    QT_TRANSLATE_NOOP("core", "selfcare"),
    QT_TRANSLATE_NOOP("core", "period"),
    QT_TRANSLATE_NOOP("core", "check-ins"),
    QT_TRANSLATE_NOOP("core", "average energy"),
    QT_TRANSLATE_NOOP("core", "average mood"),
    QT_TRANSLATE_NOOP("core", "average strain"),
)
CSV_HEADER = CSV_WORDS[:4]
# Words the export itself writes (labels, kinds, ways of meeting): never a leak.
_VOCAB_TEXT = (
    *MODALITIES,
    *NOTE_KINDS,
    *NOTE_SECTION_LABELS.values(),
    *EVENT_LABELS.values(),
    *SECTION_TITLES.values(),
    *OPTIONAL_TITLES.values(),
)


def vocabulary(translate: Translate = english) -> tuple[str, ...]:
    """The export's own fixed words in English (the JSON writes them so) and in the
    language of the export, for the fail-closed check: a heading or a kind in either is
    never taken for a person's name."""
    words = (*_VOCAB_TEXT, *CSV_WORDS)
    return tuple(dict.fromkeys((*words, *(translate(Message(w)) for w in words))))


_MARK_OPEN, _MARK_MID, _MARK_CLOSE = "\ue000", "\ue001", "\ue002"
_MARKS = re.compile(f"{_MARK_OPEN}(\\d+){_MARK_MID}(.*?){_MARK_CLOSE}", re.S)


def explain(span: Redaction) -> str:
    """The class of one redaction ("a place", "a date"), for the preview: deid's
    :func:`~peerdesk.core.formats.deid.describe` of its label."""
    return span.what


def _field_name(number: int, label: str) -> Message:
    """Where a leak is, as the mentor finds it in the preview: "note 2 (What we did)"."""
    return Message(QT_TRANSLATE_NOOP("core", "note {number} ({label})"), number=number, label=label)


class ExportBlocked(ValidationError):
    """The finished file still held something the vault knows; nothing was written.
    ``block`` says where, and the request that redacts more (never less)."""

    def __init__(self, message: str, block: Blocked | None = None) -> None:
        super().__init__(message)
        self.block = block


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


# --- the records a service gathers ---------------------------------------------------------


@dataclass(frozen=True, repr=False)
class Addendum:
    id: int
    made_on: date
    text: str

    def __repr__(self) -> str:
        return f"<Addendum id={self.id}>"


@dataclass(frozen=True, repr=False)
class NoteRow:
    """One signed note of the period. Text (``sections``, ``addenda``) is only needed for
    notes flagged for supervision."""

    id: int
    occurred_on: date
    modality: str
    kind: str
    mentee_ids: tuple[int, ...]
    minutes: int = 0
    flagged: bool = False
    group: bool = False
    safety_concern: bool = False
    sections: tuple[tuple[str, str], ...] = ()  # (section name, the mentor's text)
    addenda: tuple[Addendum, ...] = ()

    def __repr__(self) -> str:
        return f"<NoteRow id={self.id}>"


@dataclass(frozen=True, repr=False)
class ExportSource:
    """Everything the export is made from, as plain data."""

    request: ExportRequest
    identifiers: tuple[Identifier, ...]
    scope: tuple[int, ...]  # the mentees counted, in pseudonym order
    notes: tuple[NoteRow, ...]
    threshold: int = 10
    today: date = field(default_factory=date.today)
    day_first: bool = False
    boundary_events: tuple[tuple[str, int], ...] = ()  # (kind label, count), every kind
    selfcare: SelfCareSummary | None = None
    birth_dates: frozenset[date] = frozenset()  # checked by value in the finished file

    def __repr__(self) -> str:
        return f"<ExportSource notes={len(self.notes)}>"


@dataclass(frozen=True)
class Blocked:
    """Why an export cannot be written yet: which field, which class, and the fix.

    ``fix`` is the same request with the offending words added to its redactions: it
    only ever hides more. ``field`` is None when the hit is in the summary's own wording.
    """

    kind: str  # "an important person's name": the class, never the value
    field: str | None  # "Note 2 · What we did"
    fix: ExportRequest | None

    def message(self) -> Message:
        """What to tell the mentor (core's catalogue translates it; the kind too)."""
        if self.fix is not None:
            how = Message(
                QT_TRANSLATE_NOOP("core", "Choose Redact it to hide it and preview again.")
            )
        else:
            how = Message(
                QT_TRANSLATE_NOOP(
                    "core", "Change that detail in the mentee's record, then export again."
                )
            )
        kind = Message(self.kind)  # one of LEAK_KINDS: translated by its English text
        if self.field:
            return Message(
                QT_TRANSLATE_NOOP(
                    "core", "The export was stopped because {kind} still appears in {field}. {how}"
                ),
                kind=kind,
                field=self.field,
                how=how,
            )
        return Message(
            QT_TRANSLATE_NOOP("core", "The export was stopped because {kind} still appears. {how}"),
            kind=kind,
            how=how,
        )


# What a Blocked names (never the value): the kinds of identifier the fail-closed scan looks
# for, as deid and mentee_identifiers write them, so that core's catalogue translates them.
LEAK_KINDS = (
    QT_TRANSLATE_NOOP("core", "a mentee's name"),
    QT_TRANSLATE_NOOP("core", "a mentee's full name"),
    QT_TRANSLATE_NOOP("core", "a mentee's alias"),
    QT_TRANSLATE_NOOP("core", "a mentee's email"),
    QT_TRANSLATE_NOOP("core", "a mentee's phone number"),
    QT_TRANSLATE_NOOP("core", "a mentee's address"),
    QT_TRANSLATE_NOOP("core", "a mentee's street"),
    QT_TRANSLATE_NOOP("core", "a mentee's street address"),
    QT_TRANSLATE_NOOP("core", "a mentee's town"),
    QT_TRANSLATE_NOOP("core", "a mentee's town or city"),
    QT_TRANSLATE_NOOP("core", "a mentee's ZIP code"),
    QT_TRANSLATE_NOOP("core", "a mentee's postcode"),
    QT_TRANSLATE_NOOP("core", "a mentee's ZIP or postcode"),
    QT_TRANSLATE_NOOP("core", "a mentee's birth date"),
    QT_TRANSLATE_NOOP("core", "an important person's name"),
    QT_TRANSLATE_NOOP("core", "an important person's contact"),
    QT_TRANSLATE_NOOP("core", "a sharing consent's name"),
)


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
    own_text: tuple[str, ...] = ()  # what the engine and the template wrote themselves
    fields: tuple[tuple[str, str], ...] = ()  # (where, redacted text) of each excerpt
    blocked: Blocked | None = None  # set when the preview already shows a leak
    flagged_items: tuple[tuple[int, str], ...] = ()  # (note id, heading): never exported
    birth_dates: frozenset[date] = frozenset()
    _scanner: KnownScanner | None = field(default=None, init=False, compare=False)

    def __repr__(self) -> str:
        return f"<Prepared {self.request.format} notes={self.note_count}>"

    def scanner(self) -> KnownScanner:
        """The fail-closed scan over the vault's identifiers, built once per export (the
        preview's check and the finished file's check share it)."""
        if self._scanner is None:
            self._scanner = KnownScanner([i for i in self.identifiers if i.label != "DATE"])
        return self._scanner

    def content(self, fmt: str) -> str:
        return {"md": self.markdown, "csv": self.csv_text, "json": self.json_text}.get(
            fmt, self.document.to_text()
        )


@dataclass(frozen=True)
class ExportResult:
    path: Any  # pathlib.Path of the written file
    sha256: str
    size: int


@dataclass(frozen=True)
class PastExport:
    at: datetime
    format: str
    period: str
    packet: bool
    notes: int


# --- what the vault knows, in every written form -------------------------------------------

_ZIP_IN_ADDRESS = re.compile(r"(?<![\d-])(\d{5})(?:[-\s](\d{4}))?(?![\d-])")
_POSTCODE_IN_ADDRESS = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", re.I)
_HOUSE_AND_STREET = re.compile(r"^\s*(\d+[A-Za-z]?)\s+(.*[^\W\d_].*)$")
_STREET_TYPE = re.compile(
    r"\s+(?:street|st|road|rd|avenue|ave|av|lane|ln|boulevard|blvd|drive|dr|court|ct|"
    r"place|pl|way|terrace|ter|crescent|cres|close|circle|cir|parkway|pkwy|highway|hwy|"
    r"square|sq|row|walk|grove|gardens|mews|hill)\.?$",
    re.I,
)
_UNIT = re.compile(r"\s*,?\s*(?:apt|apartment|flat|unit|suite|ste|#)\.?\s*\w+$", re.I)


def date_forms(d: date) -> list[str]:
    """The numeric ways a birth date is written in full (ISO, month first, day first):
    few on purpose, since every form grows the engine's patterns for every mentee.
    Other spellings are caught by the engine's date rules and, in the finished file, by
    :func:`birth_date_hits`, which reads dates by their value."""
    return sorted(
        {
            d.isoformat(),
            f"{d.month}/{d.day}/{d.year}",
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.day}/{d.month}/{d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
        }
    )


_MONTH_NUMBERS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (date(2000, number, 1).strftime("%B"), date(2000, number, 1).strftime("%b"))
}
_MONTH_WORD = r"(?P<mon>" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_ORDINAL = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_ANY_YEAR = r"(?P<y>(?:1[89]|20)?\d\d)"
_DATES_BY_VALUE = [
    re.compile(r"(?<!\d)(?P<a>\d{1,4})\s*[/.\-]\s*(?P<b>\d{1,2})\s*[/.\-]\s*(?P<c>\d{2,4})(?!\d)"),
    re.compile(
        rf"(?<!\w){_MONTH_WORD}\s+(?:the\s+)?{_ORDINAL},?\s+(?:of\s+)?{_ANY_YEAR}(?!\d)", re.I
    ),
    re.compile(rf"(?<!\w){_ORDINAL}\s+(?:of\s+)?{_MONTH_WORD},?\s+{_ANY_YEAR}(?!\d)", re.I),
]


def _full_year(text: str) -> int:
    year = int(text)
    return year if year >= 100 else 1900 + year  # birth years: two digits are 19xx


def birth_date_hits(text: str, birth_dates: frozenset[date] | set[date]) -> list[str]:
    """The places ``text`` writes one of ``birth_dates``, in any form (ISO, numeric
    either way round with / . -, two-digit years, month names, ordinals), read by value."""
    found: list[str] = []
    if not birth_dates:
        return found
    for rx in _DATES_BY_VALUE:
        for m in rx.finditer(text):
            groups = m.groupdict()
            candidates: list[tuple[int, int, int]] = []
            if groups.get("a"):
                a, b, c = groups["a"], groups["b"], groups["c"]
                if len(a) == 4:
                    candidates.append((int(a), int(b), int(c)))
                else:
                    year = _full_year(c)
                    candidates += [(year, int(a), int(b)), (year, int(b), int(a))]
            else:
                month = _MONTH_NUMBERS.get(groups["mon"].lower().rstrip("."))
                if month:
                    candidates.append((_full_year(groups["y"]), month, int(groups["d"])))
            for y, mo, d in candidates:
                try:
                    if date(y, mo, d) in birth_dates:
                        found.append(m.group())
                        break
                except ValueError:
                    continue
    return found


def record_identifiers(
    *,
    owner: int,
    birth_date: date | None = None,
    address: str = "",
    emails: Sequence[str] = (),
) -> list[Identifier]:
    """The parts of a mentee's record that known_identifiers() does not spell out: the
    birth date in every format, the ZIP (and ZIP+4) or postcode, the street name on its
    own and with the house number, the town, and each email's local part."""
    out: list[Identifier] = []
    if birth_date is not None:
        for form in date_forms(birth_date):
            out.append(
                Identifier(
                    form, "a mentee's birth date", "DATE", person=False, replacement="[date]"
                )
            )
    for m in _ZIP_IN_ADDRESS.finditer(address):
        out.append(Identifier(m.group(1), "a mentee's ZIP code", "ZIP", person=False))
        if m.group(2):
            out.append(
                Identifier(f"{m.group(1)}-{m.group(2)}", "a mentee's ZIP code", "ZIP", person=False)
            )
    for m in _POSTCODE_IN_ADDRESS.finditer(address):
        for form in (f"{m.group(1)} {m.group(2)}", f"{m.group(1)}{m.group(2)}"):
            out.append(Identifier(form.upper(), "a mentee's postcode", "POSTCODE", person=False))
    for part in re.split(r"[\n,;]+", address):
        part = _UNIT.sub("", " ".join(part.split()))
        house = _HOUSE_AND_STREET.match(part)
        street = house.group(2) if house else part
        if house:
            number, words = house.group(1), street.split()
            out.append(
                Identifier(
                    f"{number} {words[0]}", "a mentee's street address", "ADDRESS", person=False
                )
            )
        name = _STREET_TYPE.sub("", street)
        # A town is the part without digits; a street keeps its name without "Road".
        name = _POSTCODE_IN_ADDRESS.sub("", _ZIP_IN_ADDRESS.sub("", name))
        name = re.sub(r"\s+[A-Z]{2}$", "", name.strip()).strip()
        if len(name) >= 4 and any(c.isalpha() for c in name):
            kind = "a mentee's street" if house else "a mentee's town"
            out.append(Identifier(name, kind, "ADDRESS", person=False))
    for email in emails:
        local = email.strip().split("@")[0]
        if len(local) >= 3:
            out.append(Identifier(local, "a mentee's email", "EMAIL", person=False))
    return out


def month_label(d: date) -> Message:
    """ "June 2026" (a Message: "junio de 2026" in Spanish)."""
    return Message(
        QT_TRANSLATE_NOOP("core", "{month} {year}"), month=Message(MONTHS[d.month - 1]), year=d.year
    )


def period_label(start: date, end: date) -> Message:
    if (start.year, start.month) == (end.year, end.month):
        return month_label(start)
    return Message(
        QT_TRANSLATE_NOOP("core", "{start} to {end}"),
        start=month_label(start),
        end=month_label(end),
    )


def section_title(name: str) -> str:
    return SECTION_TITLES.get(name) or OPTIONAL_TITLES.get(name, name)


def validate(request: ExportRequest, available: Sequence[str]) -> None:
    """Refuse a request this vault cannot serve, in one sentence."""
    if request.format not in FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Choose a format: PDF, Markdown, CSV or JSON.")
        )
    if request.date_from > request.date_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "The period ends before it starts; check the two dates.")
        )
    unknown = set(request.sections) - set(available)
    if unknown or not request.sections:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Choose at least one section to export."))


# --- building ------------------------------------------------------------------------------


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


def build_export(source: ExportSource, translate: Translate = english) -> Prepared:
    """The export in memory, from plain records; its headings, labels and fixed sentences
    in the language of ``translate`` (core's catalogue: peerdesk.i18n.core_text in the
    GUI, messages.catalogue in the CLI). The JSON keeps its keys and values in English."""
    request, threshold, today = source.request, source.threshold, source.today
    # The number of mentees follows the footer's promise like every other count: from 1 to
    # the threshold it shows as "<11".
    in_scope = len(source.scope)
    mentees_shown = f"<{threshold + 1}" if 1 <= in_scope <= threshold else str(in_scope)
    t = translate
    engine = Deidentifier(
        source.identifiers,
        mentee_order=source.scope,
        day_first=source.day_first,
        extra_terms=request.extra_terms,
        translate=t,
    )
    marked = _Marked()
    period = t(period_label(request.date_from, request.date_to))
    made = t(month_label(today))
    own: list[str] = [period, made]
    doc = Document(
        title=t(Message(QT_TRANSLATE_NOOP("core", "Supervision summary"))),
        subtitle=t(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{period} · de-identified: mentees appear as Mentee A, Mentee B…, "
                    "other people as [PERSON]",
                ),
                period=period,
            )
        ),
        footer=t(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    'Made with peerdesk in {month}. Counts from 1 to {threshold} show as "<{shown}" '
                    "so that nobody can be recognised from small numbers.",
                ),
                month=made,
                threshold=threshold,
                shown=threshold + 1,
            )
        ),
    )
    data: dict[str, Any] = {
        "format": SCHEMA,
        "version": SCHEMA_VERSION,
        "period": {
            "from": request.date_from.strftime("%Y-%m"),
            "to": request.date_to.strftime("%Y-%m"),
        },
        "made": today.strftime("%Y-%m"),
        "scope": {"mentees": mentees_shown, "all_mentees": not request.mentee_ids},
        "suppression": {"threshold": threshold, "shown_as": f"<{threshold + 1}"},
        "sections": list(request.sections),
    }
    csv_rows: list[tuple[str, str, str, str]] = []
    rows = list(source.notes)
    flagged = [n for n in rows if n.flagged]
    flagged_items: list[tuple[int, str]] = []
    doc.blocks.append(
        Facts(
            (
                (t(Message(QT_TRANSLATE_NOOP("core", "Period"))), period),
                (t(Message(QT_TRANSLATE_NOOP("core", "Mentees"))), mentees_shown),
                (
                    t(Message(QT_TRANSLATE_NOOP("core", "Sections"))),
                    ", ".join(t(Message(section_title(x))) for x in request.sections),
                ),
            )
        )
    )
    fields: list[tuple[str, str]] = []
    if "activity" in request.sections:
        _activity(rows, threshold, doc, data, csv_rows, t)
    if "flagged_notes" in request.sections:
        flagged_items = _flagged(flagged, engine, marked, request, doc, data, own, fields, t)
    if "boundary_events" in request.sections:
        blocks, agg = boundary_section(source.boundary_events, threshold=threshold, translate=t)
        doc.blocks.extend(blocks)
        csv_rows.extend(agg)
        data["boundary_events"] = [list(r) for r in agg]
    if "selfcare" in request.sections:
        blocks, agg = selfcare_section(source.selfcare, translate=t)
        doc.blocks.extend(blocks)
        csv_rows.extend(agg)
        data["selfcare"] = [list(r) for r in agg]
    markdown_marked = doc.to_text()
    json_marked = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(tuple(t(Message(w)) for w in CSV_HEADER))
    writer.writerows(_csv_row(row, t) for row in csv_rows)
    csv_text = buf.getvalue()
    fmt = request.format
    if fmt == "json":
        text, spans = unmark(json_marked, marked.spans)
    elif fmt == "csv":
        text, spans = csv_text, []
    else:
        text, spans = unmark(markdown_marked, marked.spans)
    plain = _strip_document(doc)
    own.extend({r.replacement for r in marked.spans})
    own.extend(_template_text(plain, {body for _where, body in fields}))
    own.extend(vocabulary(t))
    prepared = Prepared(
        request=request,
        text=text,
        spans=spans,
        document=plain,
        markdown=_strip(markdown_marked),
        csv_text=csv_text,
        json_text=_strip(json_marked),
        identifiers=list(source.identifiers),
        mentee_count=len(source.scope),
        note_count=len(rows),
        flagged_count=len(flagged),
        period=f"{request.date_from:%Y-%m}/{request.date_to:%Y-%m}",
        own_text=tuple(sorted({" ".join(t.split()) for t in own if t.strip()})),
        fields=tuple(fields),
        flagged_items=tuple(flagged_items),
        birth_dates=source.birth_dates,
    )
    prepared.blocked = find_leak(prepared, prepared.content(fmt))
    return prepared


def _csv_row(row: Iterable[str], t: Translate) -> tuple[str, ...]:
    """A CSV row for a person: its fixed words (kinds, ways of meeting, labels, "about 3")
    in the export's language; counts and "<11" as they are."""
    return tuple(t(looked_up(cell if isinstance(cell, str) else str(cell))) for cell in row)


def _activity(
    rows: list[NoteRow],
    threshold: int,
    doc: Document,
    data: dict[str, Any],
    csv_rows: list[tuple[str, str, str, str]],
    t: Translate = english,
) -> None:
    modalities = list(MODALITIES)
    kinds = list(NOTE_KINDS)
    for n in rows:
        if n.modality not in modalities:
            modalities.append(n.modality)
        if n.kind not in kinds:
            kinds.append(n.kind)
    table = [[0] * len(kinds) for _ in modalities]
    minutes = 0
    for n in rows:
        table[modalities.index(n.modality)][kinds.index(n.kind)] += 1
        minutes += max(0, n.minutes)
    result = suppress(modalities, kinds, table, threshold=threshold)
    hours = _hours(minutes, small=len(rows) <= threshold)
    sessions = str(len(rows)) if len(rows) > threshold else f"<{threshold + 1}"
    doc.blocks.append(Heading(t(Message(SECTION_TITLES["activity"]))))
    doc.blocks.append(
        Facts(
            (
                (t(Message(QT_TRANSLATE_NOOP("core", "Sessions"))), sessions),
                (
                    t(Message(QT_TRANSLATE_NOOP("core", "Hours (from start and end times)"))),
                    t(hours),
                ),
            )
        )
    )
    how_counts = [(m, sum(table[i])) for i, m in enumerate(modalities)]
    kind_counts = [(k, sum(row[j] for row in table)) for j, k in enumerate(kinds)]
    pairs = []
    for title, counts in (
        (QT_TRANSLATE_NOOP("core", "By how we met"), how_counts),
        (QT_TRANSLATE_NOOP("core", "By kind of session"), kind_counts),
    ):
        groups = merged_groups(counts, threshold)
        if groups:
            pairs.append(
                (
                    t(Message(title)),
                    "; ".join(
                        f"{_joined(tuple(t(Message(x)) for x in names), t)} {n}"
                        for names, n in groups
                    ),
                )
            )
    if pairs:
        doc.blocks.append(Facts(tuple(pairs)))
    if any(1 <= n <= threshold for _c, n in (*how_counts, *kind_counts)):
        doc.blocks.append(Paragraph(t(Message(SUPPRESSION_SENTENCE, t=threshold))))
    data["activity"] = _table_json(result, str(hours))
    for i, modality in enumerate(modalities):
        for j, kind in enumerate(kinds):
            csv_rows.append(("sessions", modality, kind, result.cells[i][j]))
        csv_rows.append(("sessions", modality, "total", result.row_totals[i]))
    for j, kind in enumerate(kinds):
        csv_rows.append(("sessions", "total", kind, result.column_totals[j]))
    csv_rows.append(("sessions", "total", "total", result.total))
    csv_rows.append(("hours", "total", "total", hours))


def _joined(names: tuple[str, ...], t: Translate = english) -> str:
    """ "practical support", "practical support and advocacy together", "a, b and c
    together"."""
    if len(names) == 1:
        return names[0]
    return t(
        Message(
            QT_TRANSLATE_NOOP("core", "{names} and {last} together"),
            names=", ".join(names[:-1]),
            last=names[-1],
        )
    )


def _hours(minutes: int, *, small: bool) -> Message:
    """About how many hours; for a handful of sessions only a five-hour band, so the
    summary still says something without telling how many sessions there were."""
    if not small:
        return Message(
            QT_TRANSLATE_NOOP("core", "about {hours}"), hours=f"{round(minutes / 30) / 2:g}"
        )
    low = int(minutes // 300 * 5)
    if low:
        return Message(QT_TRANSLATE_NOOP("core", "between {low} and {high}"), low=low, high=low + 5)
    return Message(QT_TRANSLATE_NOOP("core", "under 5"))


def _table_json(result: SuppressedTable, hours: str) -> dict[str, Any]:
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
    flagged: list[NoteRow],
    engine: Deidentifier,
    marked: _Marked,
    request: ExportRequest,
    doc: Document,
    data: dict[str, Any],
    own: list[str],
    fields: list[tuple[str, str]],
    t: Translate = english,
) -> list[tuple[int, str]]:
    """Adds the excerpts; returns (note id, heading) of each, the items a supervisor may
    comment on in a sealed export (the ids stay in the mentor's vault)."""
    doc.blocks.append(Heading(t(Message(SECTION_TITLES["flagged_notes"]))))
    out = []
    items: list[tuple[int, str]] = []
    if not flagged:
        doc.blocks.append(
            Paragraph(
                t(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "No notes in this period were flagged for supervision."
                        )
                    )
                )
            )
        )
    labels = dict(NOTE_SECTIONS)
    for number, note in enumerate(flagged, start=1):
        who = ", ".join(engine.pseudonym(mid) for mid in note.mentee_ids)
        bits = [
            who,
            t(month_label(note.occurred_on)),
            t(Message(note.modality)),
            t(Message(note.kind)),
        ]
        if note.group:
            bits.append(t(Message(QT_TRANSLATE_NOOP("core", "group"))))
        if note.safety_concern:
            bits.append(t(Message(QT_TRANSLATE_NOOP("core", "safety concern noted"))))
        heading = t(
            Message(
                QT_TRANSLATE_NOOP("core", "Note {number}: {details}"),
                number=number,
                details=" · ".join(bits),
            )
        )
        own.append(heading)
        items.append((note.id, heading))
        doc.blocks.append(Heading(heading))
        pairs = []
        sections: dict[str, str] = {}
        for attr, raw in note.sections:
            raw = raw.strip()
            if not raw:
                continue
            if len(raw) > MAX_EXCERPT:
                raw = raw[:MAX_EXCERPT].rsplit(" ", 1)[0] + " …"
            text = marked.mark(
                *engine.redact(raw, field=f"note:{note.id}:{attr}", keep=request.keep)
            )
            label = t(Message(labels.get(attr, attr)))
            pairs.append((label, text))
            sections[attr] = text
            fields.append((_field_name(number, label), _strip(text)))
        addenda = []
        for add in note.addenda:
            text = marked.mark(
                *engine.redact(add.text.strip(), field=f"addendum:{add.id}", keep=request.keep)
            )
            label = t(
                Message(
                    QT_TRANSLATE_NOOP("core", "Addendum ({month})"),
                    month=t(month_label(add.made_on)),
                )
            )
            own.append(label)
            pairs.append((label, text))
            addenda.append({"month": add.made_on.strftime("%Y-%m"), "text": text})
            fields.append((_field_name(number, label.lower()), _strip(text)))
        doc.blocks.append(
            Facts(tuple(pairs))
            if pairs
            else Paragraph(t(Message(QT_TRANSLATE_NOOP("core", "(no text)"))))
        )
        out.append(
            {
                "mentees": [engine.pseudonym(mid, english=True) for mid in note.mentee_ids],
                "month": note.occurred_on.strftime("%Y-%m"),
                "modality": note.modality,
                "kind": note.kind,
                "group": note.group,
                "safety_concern": note.safety_concern,
                "sections": sections,
                "addenda": addenda,
            }
        )
    data["flagged_notes"] = out
    return items


def _strip_document(doc: Document) -> Document:
    def clean(block: Block) -> Block:
        if isinstance(block, Heading):
            return Heading(_strip(block.text))
        if isinstance(block, Paragraph):
            return Paragraph(_strip(block.text), quote=block.quote)
        if isinstance(block, Bullets):
            return Bullets(tuple(_strip(i) for i in block.items))
        if isinstance(block, Facts):
            return Facts(tuple((_strip(k), _strip(v)) for k, v in block.pairs))
        return block

    return Document(
        title=doc.title,
        subtitle=_strip(doc.subtitle),
        blocks=[clean(b) for b in doc.blocks],
        footer=doc.footer,
    )


# --- the fail-closed check ----------------------------------------------------------------


def extract_text(data: bytes, fmt: str) -> str:
    """The text a reader of the file would see. PDF: every page's text layer and the
    metadata, read with PDFium (one pass, a few milliseconds a page)."""
    if fmt != "pdf":
        return data.decode("utf-8")
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        parts = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            parts.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
        parts.extend(str(v) for v in pdf.get_metadata_dict().values())
    finally:
        pdf.close()
    return "\n".join(parts)


def _template_text(doc: Document, bodies: set[str]) -> list[str]:
    """Every string of ``doc`` the export wrote itself: all but the excerpts' bodies."""
    out = [doc.title, doc.subtitle, doc.footer]
    for block in doc.blocks:
        if isinstance(block, (Heading, Paragraph)):
            out.append(block.text)
        elif isinstance(block, Bullets):
            out.extend(block.items)
        elif isinstance(block, Facts):
            for label, value in block.pairs:
                out.append(label)
                if value not in bodies:
                    out.append(value)
    return out


_OWN_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _own_pattern(own: tuple[str, ...]) -> re.Pattern[str]:
    pattern = _OWN_PATTERNS.get(own)
    if pattern is None:
        # Whole strings only (never inside a longer word), whitespace as the renderer
        # broke it; one trie so hundreds of strings cost about what one does.
        pattern = re.compile(r"(?<!\w)(?:" + trie_pattern(own) + r")(?!\w)")
        _OWN_PATTERNS.clear()  # one export at a time: keep only the latest
        _OWN_PATTERNS[own] = pattern
    return pattern


def _without_own_text(text: str, own: tuple[str, ...]) -> str:
    """``text`` with what the engine and the template wrote themselves blanked out
    (pseudonyms, "[date]", "in their 50s", period labels, headings, kinds), so that a
    month or a word called like a person ("June 2026", "Gift") never blocks the export.
    Only whole strings the export wrote are blanked: a name inside a note stays visible
    to the scan."""
    if not own:
        return text
    return _own_pattern(own).sub(" \u2022 ", text)


def find_leak(prepared: Prepared, text: str) -> Blocked | None:
    """A known identifier in ``text`` (outside the engine's own words), with where it
    is and a fix that redacts more; None when the text is clean."""
    # Birth dates are read by value below (birth_date_hits), not spelled out here.
    scanner = prepared.scanner()
    kind = scanner.first_hit(_without_own_text(text, prepared.own_text))
    if kind is None:
        return _birth_date_leak(prepared, text)
    where: str | None = None
    terms: list[str] = []
    suspects = [i for i in prepared.identifiers if i.kind == kind] or prepared.identifiers
    for name, body in prepared.fields:
        clean = _without_own_text(body, prepared.own_text)
        if scanner.first_hit(clean) is None:
            continue
        where = where or name
        for ident in suspects:
            if ident.text not in terms and KnownScanner([ident]).first_hit(clean):
                terms.append(ident.text)
    fix = None
    if terms:
        request = prepared.request
        fix = replace(request, extra_terms=(*request.extra_terms, *terms))
    return Blocked(kind, where, fix)


def _birth_date_leak(prepared: Prepared, text: str) -> Blocked | None:
    if not birth_date_hits(_without_own_text(text, prepared.own_text), prepared.birth_dates):
        return None
    for name, body in prepared.fields:
        hits = birth_date_hits(body, prepared.birth_dates)
        if hits:
            request = prepared.request
            fix = replace(request, extra_terms=(*request.extra_terms, *hits))
            return Blocked("a mentee's birth date", name, fix)
    return Blocked("a mentee's birth date", None, None)


def check_output(prepared: Prepared, data: bytes, fmt: str) -> None:
    """Fail closed: raise ExportBlocked if any identifier the vault knows is in ``data``."""
    try:
        text = extract_text(data, fmt)
    except Exception:
        raise ExportBlocked(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The export was stopped: peerdesk could not read the finished file back "
                    "to check it. Nothing was written.",
                )
            )
        ) from None
    if fmt == "pdf" and len(re.sub(r"\s", "", text)) < 20:
        raise ExportBlocked(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The export was stopped: the PDF's text could not be checked. Nothing was "
                    "written; try Markdown instead.",
                )
            )
        )
    if any(c in text for c in (_MARK_OPEN, _MARK_MID, _MARK_CLOSE)):
        raise ExportBlocked(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "The export was stopped by an internal check. Nothing was written."
                )
            )
        )
    block = find_leak(prepared, text)
    if block is not None:
        reason = Message(
            QT_TRANSLATE_NOOP("core", "{reason} Nothing was written."), reason=block.message()
        )
        raise ExportBlocked(reason, block)
