"""'My plan on a page' as a PDF, with the overview chart drawn in print colours."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from peerdesk.core.formats import plan
from peerdesk.core.services import goals
from peerdesk.core.vault import Vault
from peerdesk.render.charts import ChartColours, paint_domains
from peerdesk.render.pdf import write_pdf


def write_plan_pdf(vault: Vault, *, mentee_id: int, out: Path, today: date | None = None) -> None:
    doc = plan.plan_document(vault, mentee_id=mentee_id, today=today)
    overview = [
        d for d in goals.domain_overview(vault, mentee_id=mentee_id) if d.latest is not None
    ]

    def paint(painter: QPainter, rect: QRectF) -> None:
        paint_domains(painter, rect, overview, ChartColours.for_print())

    paint.height = 40 + 64 * max(1, len(overview))  # type: ignore[attr-defined]
    write_pdf(doc, out, figures={plan.OVERVIEW: paint}, one_page=True)
