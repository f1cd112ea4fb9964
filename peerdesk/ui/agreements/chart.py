"""The boundary-events chart of the Agreements page: events by month and kind."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from peerdesk.core.services.boundary_events import event_label
from peerdesk.core.vocab import EVENT_KINDS, BoundaryEventKind
from peerdesk.i18n import core_label, date_text, tr
from peerdesk.render.charts import ChartColours

KIND_COLOURS = {
    BoundaryEventKind.OUT_OF_HOURS: "#2b6cb0",
    BoundaryEventKind.GIFT: "#38a169",
    BoundaryEventKind.MONEY_REQUEST: "#d69e2e",
    BoundaryEventKind.DUAL_RELATIONSHIP: "#805ad5",
    BoundaryEventKind.DEPENDENCY: "#dd6b20",
    BoundaryEventKind.OVER_SHARING: "#319795",
    BoundaryEventKind.OVER_IDENTIFICATION: "#d53f8c",
    BoundaryEventKind.OTHER: "#718096",
}


class EventsChart(QWidget):
    """Boundary events per month, stacked by kind, in a QPainter bar chart."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(QSize(360, 200))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Boundary events per month, by kind"))
        self.set_months([])

    def set_months(self, months: list[tuple[date, Counter]]) -> None:
        self.months = months
        total = sum(sum(c.values()) for _, c in months)
        self.setAccessibleDescription(
            tr("Boundary events per month: {months} ({total} in all).").format(
                months=", ".join(f"{date_text(m, '%B %Y')} {sum(c.values())}" for m, c in months),
                total=total,
            )
            if months
            else tr("Nothing logged in these months.")
        )
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = ChartColours.from_palette(self.palette())
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        fm = painter.fontMetrics()
        line_h = fm.height()
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), line_h),
            Qt.AlignmentFlag.AlignLeft,
            tr("Boundary events per month"),
        )
        used = [k for k in EVENT_KINDS if any(c[k] for _, c in self.months)]
        legend_h = line_h + 4 if used else 0
        top = rect.top() + line_h + 8
        bottom = rect.bottom() - line_h - 4 - legend_h
        if not used:
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(rect.left(), top, rect.width(), bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                tr("Nothing logged in these months."),
            )
            painter.end()
            return
        peak = max(max(sum(c.values()) for _, c in self.months), 1)
        slot = rect.width() / max(len(self.months), 1)
        unit = (bottom - top) / peak
        painter.setPen(colours.grid)
        painter.drawLine(int(rect.left()), int(bottom), int(rect.right()), int(bottom))
        for i, (month, counts) in enumerate(self.months):
            x = rect.left() + i * slot + slot * 0.2
            y = bottom
            for k in used:
                n = counts[k]
                if n:
                    h = n * unit
                    painter.fillRect(QRectF(x, y - h, slot * 0.6, h), QColor(KIND_COLOURS[k]))
                    y -= h
            total = sum(counts.values())
            painter.setPen(colours.text)
            if total:
                painter.drawText(
                    QRectF(x, y - line_h, slot * 0.6, line_h),
                    Qt.AlignmentFlag.AlignHCenter,
                    str(total),
                )
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(rect.left() + i * slot, bottom + 2, slot, line_h),
                Qt.AlignmentFlag.AlignHCenter,
                date_text(month, "%b"),
            )
        x = rect.left()
        ly = rect.bottom() - line_h
        for k in used:
            label = core_label(event_label(k))
            painter.fillRect(
                QRectF(x, ly + line_h * 0.2, 10, line_h * 0.6), QColor(KIND_COLOURS[k])
            )
            painter.setPen(colours.text)
            painter.drawText(QRectF(x + 14, ly, fm.horizontalAdvance(label) + 4, line_h), label)
            x += 14 + fm.horizontalAdvance(label) + 16
        painter.end()
