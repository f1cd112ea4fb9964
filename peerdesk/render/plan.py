"""'My plan on a page' as a PDF, with the overview chart drawn in print colours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from peerdesk.core.formats.document import Document
from peerdesk.core.records import DomainPoint
from peerdesk.render.charts import ChartColours, paint_domains
from peerdesk.render.pdf import pdf_bytes

OVERVIEW = "domains"  # the Figure name peerdesk.core.formats.plan gives the chart


def plan_pdf(doc: Document, overview: Sequence[DomainPoint]) -> bytes:
    """The plan document on one page, its chart drawn from ``overview``."""
    scored = [d for d in overview if d.latest is not None]

    def paint(painter: QPainter, rect: QRectF) -> None:
        paint_domains(painter, rect, scored, ChartColours.for_print())

    paint.height = 40 + 64 * max(1, len(scored))  # type: ignore[attr-defined]
    return pdf_bytes(doc, figures={OVERVIEW: paint}, one_page=True)
