"""Reading notes written elsewhere: CSV with a column mapping, Markdown or plain text with
a date per entry, and jrnl's JSON export. Pure: text in, parsed notes and per-row errors
out. Nothing here writes; services/note_import.py shows the preview and commits.

A CSV mapping is a small JSON object naming the column for each field::

    {"date": "Date", "mentee": "Person", "did": "Notes",
     "start": "From", "end": "To", "wanted": "...", "how_it_went": "...",
     "next_steps": "...", "kind": "...", "modality": "...", "location": "...",
     "date_format": "%d/%m/%Y"}

``date`` and ``mentee`` are required, and at least one of the four sections. Without
``date_format`` the format is recognised from the column itself, and a column that mixes
formats, or whose dates read both as day/month and month/day, is refused with a message.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from peerdesk.core.errors import ValidationError
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message
from peerdesk.core.vocab import MODALITIES, NOTE_KINDS, NOTE_SECTIONS

MAPPING_FIELDS = (
    "date",
    "mentee",
    "start",
    "end",
    *NOTE_SECTIONS,
    "kind",
    "modality",
    "location",
)
DATE_FORMATS = (
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%Y/%m/%d",
)
MAX_ROWS = 200_000


@dataclass(repr=False)
class ImportedNote:
    """One note as read from a file, before it is matched to mentees and saved."""

    row: int  # 1-based row or entry number in the source, for messages
    occurred_on: date
    mentee_names: list[str]
    start_time: time | None = None
    end_time: time | None = None
    kind: str = "practical support"
    modality: str = "in person"
    location: str = ""
    sections: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"<ImportedNote row={self.row}>"


@dataclass(frozen=True)
class RowError:
    row: int
    message: str  # never quotes the row's text: it may be personal


@dataclass(repr=False)
class Parsed:
    notes: list[ImportedNote] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"<Parsed notes={len(self.notes)} errors={len(self.errors)}>"


# --- mappings -------------------------------------------------------------------------------


def check_mapping(mapping: object, headers: list[str] | None = None) -> dict[str, str]:
    """A mapping as {field: column}; one sentence for what is wrong with it."""
    if not isinstance(mapping, dict):
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "A column mapping is a JSON object of field names and columns."
                )
            )
        )
    unknown = [k for k in mapping if k not in (*MAPPING_FIELDS, "date_format")]
    if unknown:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The mapping names a field peerdesk does not know: '{field}'. Fields are: "
                    "{fields}.",
                ),
                field=unknown[0],
                fields=", ".join((*MAPPING_FIELDS, "date_format")),
            )
        )
    clean = {k: str(v).strip() for k, v in mapping.items() if v is not None}
    for required in ("date", "mentee"):
        if not clean.get(required):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "The mapping leaves '{field}' empty; name the column that holds it."
                    ),
                    field=required,
                )
            )
    if not any(clean.get(name) for name in NOTE_SECTIONS):
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The mapping names no column for the note's text; map at least one of "
                    "{fields}.",
                ),
                fields=", ".join(NOTE_SECTIONS),
            )
        )
    if headers is not None:
        missing = [c for k, c in clean.items() if k != "date_format" and c not in headers]
        if missing:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The file has no column called '{column}'. Its columns are: {columns}.",
                    ),
                    column=missing[0],
                    columns=", ".join(headers),
                )
            )
    if "date_format" in clean:
        try:
            datetime(2026, 11, 2).strftime(clean["date_format"])
        except ValueError:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP("core", "The mapping's date_format is not a date format.")
                )
            ) from None
    return clean


# --- dates and times ---------------------------------------------------------------------------


def _fits(fmt: str, value: str) -> bool:
    try:
        datetime.strptime(value, fmt)
    except ValueError:
        return False
    return True


def choose_date_format(values: list[tuple[int, str]]) -> str:
    """The one format every date in a column is written in, or a clear refusal."""
    filled = [(row, v.strip()) for row, v in values if v.strip()]
    if not filled:
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("core", "The date column is empty in every row."))
        )
    fitting = [fmt for fmt in DATE_FORMATS if all(_fits(fmt, v) for _, v in filled)]
    if len(fitting) == 1:
        return fitting[0]
    if len(fitting) > 1:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The dates could be read two ways (day/month or month/day). Add "
                    '"date_format" to the mapping, e.g. "%d/%m/%Y" for 03/11/2026 as 3 November.',
                )
            )
        )
    per_row = {row: [fmt for fmt in DATE_FORMATS if _fits(fmt, v)] for row, v in filled}
    unreadable = [row for row, fmts in per_row.items() if not fmts]
    if unreadable:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Row {row} has a date peerdesk cannot read; write dates like 2026-11-02.",
                ),
                row=unreadable[0],
            )
        )
    first_row, first_formats = next(iter(per_row.items()))
    other = next(row for row, fmts in per_row.items() if not set(fmts) & set(first_formats))
    raise ValidationError(
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                "The date column mixes formats (row {first} and row {other} are written "
                'differently). Make them the same, or set "date_format" in the mapping.',
            ),
            first=first_row,
            other=other,
        )
    )


_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?\s*$", re.IGNORECASE)


def parse_time(value: str) -> time | None:
    if not value.strip():
        return None
    m = _TIME.match(value)
    if not m:
        raise ValueError("not a time")
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(3):
        hour = hour % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return time(hour, minute)


# --- CSV ------------------------------------------------------------------------------------------


def parse_csv(text: str, mapping: object) -> Parsed:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    headers = [h.strip() for h in (reader.fieldnames or [])]
    if not headers:
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("core", "The file has no header row naming its columns."))
        )
    reader.fieldnames = headers
    columns = check_mapping(mapping, headers)
    rows = []
    for number, raw in enumerate(reader, start=2):
        if number > MAX_ROWS:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP("core", "The file has more than {rows} rows; split it."),
                    rows=f"{MAX_ROWS:,}",
                )
            )
        rows.append((number, {k: (v or "").strip() for k, v in raw.items() if k is not None}))
    if not rows:
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("core", "The file has a header row but no notes."))
        )
    fmt = columns.get("date_format") or choose_date_format(
        [(n, r.get(columns["date"], "")) for n, r in rows]
    )
    parsed = Parsed()
    for number, row in rows:
        try:
            parsed.notes.append(_csv_note(number, row, columns, fmt))
        except ValueError as exc:  # its argument is a Message (see _csv_note)
            parsed.errors.append(RowError(number, exc.args[0]))
    return parsed


def _csv_note(number: int, row: dict[str, str], columns: dict[str, str], fmt: str) -> ImportedNote:
    def cell(name: str) -> str:
        column = columns.get(name)
        return row.get(column, "") if column else ""

    if not cell("date"):
        raise ValueError(Message(QT_TRANSLATE_NOOP("core", "the date is empty")))
    try:
        occurred = datetime.strptime(cell("date"), fmt).date()
    except ValueError:
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("core", "the date is not written like the other rows"))
        ) from None
    names = [n.strip() for n in re.split(r"[;,]| and ", cell("mentee")) if n.strip()]
    if not names:
        raise ValueError(Message(QT_TRANSLATE_NOOP("core", "nobody is named in the mentee column")))
    sections = {name: cell(name) for name in NOTE_SECTIONS if cell(name)}
    if not sections:
        raise ValueError(Message(QT_TRANSLATE_NOOP("core", "the note's text is empty")))
    try:
        start, end = parse_time(cell("start")), parse_time(cell("end"))
    except ValueError:
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("core", "a start or end time is not a time like 10:30"))
        ) from None
    kind = cell("kind").lower() or "practical support"
    if kind not in NOTE_KINDS:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("core", "the kind of session is not one of: {kinds}"),
                kinds=", ".join(NOTE_KINDS),
            )
        )
    modality = cell("modality").lower() or "in person"
    if modality not in MODALITIES:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("core", "how you met is not one of: {modalities}"),
                modalities=", ".join(MODALITIES),
            )
        )
    return ImportedNote(
        row=number,
        occurred_on=occurred,
        mentee_names=names,
        start_time=start,
        end_time=end,
        kind=kind,
        modality=modality,
        location=cell("location"),
        sections=sections,
    )


# --- Markdown and plain text ------------------------------------------------------------------------

_HEADING = re.compile(r"^\s{0,3}(?:#{1,6}\s*)?(?P<date>\S.*?)\s*:?\s*$")


def _line_date(line: str) -> date | None:
    m = _HEADING.match(line)
    if not m or len(m.group("date")) > 40:
        return None
    value = m.group("date").strip().strip("*_ ")
    for fmt in DATE_FORMATS:
        if _fits(fmt, value):
            return datetime.strptime(value, fmt).date()
    # "2026-11-02 10:30" style
    head, _, tail = value.partition(" ")
    if tail and _fits("%Y-%m-%d", head):
        return datetime.strptime(head, "%Y-%m-%d").date()
    return None


def parse_text(text: str, *, mentee: str) -> Parsed:
    """Entries start at a line holding only a date (a Markdown heading or not); the text
    up to the next such line is the entry. Text before the first date is refused."""
    parsed = Parsed()
    current: tuple[int, date] | None = None
    body: list[str] = []

    def close() -> None:
        if current is None:
            return
        content = "\n".join(body).strip()
        if not content:
            parsed.errors.append(
                RowError(
                    current[0],
                    Message(QT_TRANSLATE_NOOP("core", "this entry has a date but no text")),
                )
            )
        else:
            parsed.notes.append(
                ImportedNote(current[0], current[1], [mentee], sections={"did": content})
            )

    for number, line in enumerate(text.splitlines(), start=1):
        found = _line_date(line) if line.strip() else None
        if found is not None:
            close()
            current, body = (number, found), []
        elif current is None:
            if line.strip():
                parsed.errors.append(
                    RowError(
                        number,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core", "text before the first date; start each entry with its date"
                            )
                        ),
                    )
                )
        else:
            body.append(line)
    close()
    if not parsed.notes and not parsed.errors:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "No entries found: start each entry with a line holding its date, like "
                    "'## 2026-11-02'.",
                )
            )
        )
    return parsed


# --- jrnl ----------------------------------------------------------------------------------------


def parse_jrnl(text: str, *, mentee: str | None, known_names: set[str]) -> Parsed:
    """jrnl's JSON export ({"entries": [{"date", "time", "title", "body", "tags"}]}).
    An entry's @tags that match a mentee's name choose who it is about; otherwise
    ``mentee``."""
    try:
        doc = json.loads(text)
        # JSON can spell a lone surrogate (\ud800), which no text column can hold
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeError among them
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "The file is not valid JSON (expected jrnl's JSON export)."
                )
            )
        ) from None
    entries = doc.get("entries") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "The JSON has no 'entries' list (expected jrnl's JSON export)."
                )
            )
        )
    lowered = {n.lower(): n for n in known_names}
    parsed = Parsed()
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            parsed.errors.append(
                RowError(number, Message(QT_TRANSLATE_NOOP("core", "this entry is not an object")))
            )
            continue
        try:
            occurred = date.fromisoformat(str(entry.get("date", "")))
        except ValueError:
            parsed.errors.append(
                RowError(
                    number,
                    Message(QT_TRANSLATE_NOOP("core", "this entry's date is not YYYY-MM-DD")),
                )
            )
            continue
        try:
            start = parse_time(str(entry.get("time", "") or ""))
        except ValueError:
            start = None
        tags = [str(t).lstrip("@").replace("_", " ").lower() for t in entry.get("tags", [])]
        names = [lowered[t] for t in tags if t in lowered] or ([mentee] if mentee else [])
        if not names:
            parsed.errors.append(
                RowError(
                    number,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "no @tag names a mentee; give --mentee for untagged entries"
                        )
                    ),
                )
            )
            continue
        title = str(entry.get("title", "")).strip()
        body = str(entry.get("body", "")).strip()
        content = "\n\n".join(p for p in (title, body) if p)
        if not content:
            parsed.errors.append(
                RowError(number, Message(QT_TRANSLATE_NOOP("core", "this entry has no text")))
            )
            continue
        parsed.notes.append(
            ImportedNote(number, occurred, names, start_time=start, sections={"did": content})
        )
    return parsed
