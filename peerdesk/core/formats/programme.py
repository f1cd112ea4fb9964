"""The supervisor's programme view as plain data, CSV and a Document (pure)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from peerdesk.core.formats.document import Document, Facts, Heading, Paragraph


@dataclass(frozen=True)
class ProgrammeTable:
    title: str
    rows: list[str]
    columns: list[str]
    cells: list[list[str]]
    row_totals: list[str]
    column_totals: list[str]
    total: str


@dataclass(frozen=True)
class ProgrammeView:
    mentors: int
    packets: int
    periods: list[str]
    tables: list[ProgrammeTable]
    hours: str
    goal_progress: list[tuple[str, str, str]]  # domain, entries, average score
    threshold: int


def programme_csv(view: ProgrammeView) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(("table", "row", "column", "value"))
    for t in view.tables:
        for i, r in enumerate(t.rows):
            for j, c in enumerate(t.columns):
                w.writerow((t.title, r, c, t.cells[i][j]))
            w.writerow((t.title, r, "total", t.row_totals[i]))
        w.writerow((t.title, "total", "total", t.total))
    w.writerow(("Hours", "total", "total", view.hours))
    for d, entries, avg in view.goal_progress:
        w.writerow(("Goal progress by life domain", d, "entries", entries))
        w.writerow(("Goal progress by life domain", d, "average score", avg))
    return buf.getvalue()


def programme_document(view: ProgrammeView, *, period: str) -> Document:
    """The programme view for a programme's report: combined figures only."""
    doc = Document(
        title="Programme view",
        subtitle=f"{period} · {view.mentors} mentors · {view.packets} exports, combined",
        footer=(
            f"Combined from de-identified exports. Counts from 1 to {view.threshold} show as "
            f'"<{view.threshold + 1}", with other cells hidden where they would reveal them.'
        ),
    )
    if not view.tables and not view.goal_progress:
        doc.blocks.append(Paragraph("No exports from mentors cover this period yet."))
        return doc
    for t in view.tables:
        doc.blocks.append(Heading(t.title))
        pairs = []
        for i, row in enumerate(t.rows):
            cells = "; ".join(f"{c} {t.cells[i][j]}" for j, c in enumerate(t.columns))
            pairs.append((row, cells if len(t.columns) > 1 else t.cells[i][0]))
        pairs.append(("All", t.total))
        doc.blocks.append(Facts(tuple(pairs)))
    doc.blocks.append(Facts((("Hours (from start and end times)", view.hours),)))
    if view.goal_progress:
        doc.blocks.append(Heading("Goal progress by life domain"))
        doc.blocks.append(
            Facts(tuple((d, f"{n} entries, average {avg}") for d, n, avg in view.goal_progress))
        )
    return doc
