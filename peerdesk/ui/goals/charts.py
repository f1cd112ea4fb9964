"""The charts of the Goals page: progress over time, goals by life domain, check-ins."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from peerdesk.core.services import goals
from peerdesk.core.services.goals import GoalDetail
from peerdesk.i18n import core_label, date_text, tr
from peerdesk.render.charts import ChartColours, paint_checkins, paint_domains, paint_progress


def progress_summary(statement: str, points: list[tuple[date, int]]) -> str:
    """What the progress chart shows, for a screen reader: "Progress on “Keep my flat”:
    3 in March, 6 in May, 8 now" (the last eight entries)."""
    if not points:
        return tr("No progress noted yet. Add the first entry together.")
    shown = points[-8:]
    parts = [
        tr("{score} in {month}").format(score=score, month=date_text(on, "%B %Y"))
        for on, score in shown[:-1]
    ]
    parts.append(tr("{score} now").format(score=shown[-1][1]))
    return tr("Progress on “{goal}”: {points}.").format(goal=statement, points=", ".join(parts))


class _Chart(QWidget):
    """A QPainter chart in the palette's colours (light and dark follow the theme)."""

    def __init__(self, minimum: QSize) -> None:
        super().__init__()
        self.setMinimumSize(minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.paint(painter, QRectF(self.rect()), ChartColours.from_palette(self.palette()))
        painter.end()

    def paint(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
        raise NotImplementedError


class ProgressChart(_Chart):
    def __init__(self) -> None:
        super().__init__(QSize(320, 170))
        self.points: list[tuple[date, int]] = []
        self.from_sessions: set[int] = set()
        self.setAccessibleName(tr("Progress over time, 0 to 10"))
        self.set_progress(None)

    def set_progress(self, detail: GoalDetail | None) -> None:
        progress = detail.progress if detail else []
        self.points = [(p.on, p.score) for p in progress]
        self.from_sessions = {i for i, p in enumerate(progress) if p.note_id}
        self.setAccessibleDescription(
            progress_summary(detail.statement if detail else "", self.points)
        )
        self.update()

    def paint(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
        paint_progress(
            painter,
            rect,
            self.points,
            colours,
            title=tr("Progress, 0 to 10 (filled dots: noted in a session)"),
            from_sessions=self.from_sessions,
        )


class DomainsChart(_Chart):
    def __init__(self) -> None:
        super().__init__(QSize(320, 220))
        self.domains: list[goals.DomainPoint] = []
        self.setAccessibleName(tr("Goals across life domains: where they started and now"))
        self.set_domains([])

    def set_domains(self, domains: list[goals.DomainPoint]) -> None:
        self.domains = domains
        parts = [
            tr("{domain}: from {first} to {latest}").format(
                domain=core_label(d.domain, capital=True),
                first=f"{d.first if d.first is not None else d.latest:.0f}",
                latest=f"{d.latest:.0f}",
            )
            if d.latest is not None
            else tr("{domain}: not yet").format(domain=core_label(d.domain, capital=True))
            for d in domains
        ]
        self.setAccessibleDescription("; ".join(parts) + "." if parts else tr("No goals yet."))
        self.setFixedHeight(max(120, 40 + 34 * len(domains)))
        self.update()

    def paint(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
        paint_domains(
            painter,
            rect,
            self.domains,
            colours,
            title=tr("Across life domains (faint: where it started, solid: now, 0 to 10)"),
        )


class CheckinChart(_Chart):
    def __init__(self) -> None:
        super().__init__(QSize(320, 170))
        self.totals: list[tuple[date, int]] = []
        self.setAccessibleName(tr("Recovery check-in totals, 10 to 60"))
        self.set_totals([])

    def set_totals(self, totals: list[tuple[date, int]]) -> None:
        self.totals = totals
        self.setAccessibleDescription(
            tr("Check-in totals: {totals}.").format(
                totals=", ".join(
                    tr("{total} on {day}").format(total=t, day=date_text(d, "%-d %b %Y"))
                    for d, t in totals[-8:]
                )
            )
            if totals
            else tr("No check-ins yet. They are optional.")
        )
        self.update()

    def paint(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
        paint_checkins(painter, rect, self.totals, colours, title=tr("Check-in totals (10 to 60)"))
