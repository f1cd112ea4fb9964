"""Small charts painted with QPainter: on screen (palette colours) and onto PDF pages.

QPainter rather than QtCharts: QtCharts is a PySide6 add-on module (not in
PySide6-Essentials) that packaging would have to bundle, and these three charts are a
few dozen lines each. The same painting code draws on a widget or on a QPdfWriter page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen

from peerdesk.core.records import DomainPoint
from peerdesk.i18n import QT_TR_NOOP, core_label, date_text, tr


@dataclass(frozen=True)
class ChartColours:
    text: QColor
    muted: QColor
    grid: QColor
    line: QColor
    fill: QColor
    base: QColor

    @classmethod
    def from_palette(cls, pal: QPalette) -> ChartColours:
        text = pal.color(QPalette.ColorRole.WindowText)
        line = pal.color(QPalette.ColorRole.Highlight)
        muted, grid, fill = QColor(text), QColor(text), QColor(line)
        muted.setAlpha(150)
        grid.setAlpha(45)
        fill.setAlpha(70)
        return cls(text, muted, grid, line, fill, pal.color(QPalette.ColorRole.Base))

    @classmethod
    def for_print(cls) -> ChartColours:
        return cls(
            QColor("#222222"),
            QColor("#666666"),
            QColor("#dddddd"),
            QColor("#2b6cb0"),
            QColor(43, 108, 176, 70),
            QColor("#ffffff"),
        )


def _span(first: date, last: date) -> int:
    return max(1, (last - first).days)


def paint_line(
    painter: QPainter,
    rect: QRectF,
    points: list[tuple[date, float]],
    *,
    low: float,
    high: float,
    colours: ChartColours,
    title: str = "",
    ticks: tuple[float, ...] = (),
    empty: str = QT_TR_NOOP("Nothing noted yet."),
    marked: set[int] | None = None,
    until: date | None = None,
) -> None:
    """A dated line from ``low`` to ``high``; ``marked`` points (indexes) are drawn filled
    (progress noted in a session), the others hollow."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line_h = painter.fontMetrics().height()
    top = rect.top()
    if title:
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(rect.left(), top, rect.width(), line_h), Qt.AlignmentFlag.AlignLeft, title
        )
        top += line_h + 4
    label_w = painter.fontMetrics().horizontalAdvance("60") + 8
    plot = QRectF(
        rect.left() + label_w,
        top + 4,
        rect.width() - label_w - 8,
        rect.bottom() - top - line_h - 10,
    )
    if plot.height() < 10 or plot.width() < 10:
        painter.restore()
        return

    def y_of(v: float) -> float:
        return plot.bottom() - (v - low) / (high - low) * plot.height()

    for tick in ticks:
        painter.setPen(QPen(colours.grid, 1))
        painter.drawLine(QPointF(plot.left(), y_of(tick)), QPointF(plot.right(), y_of(tick)))
        painter.setPen(colours.muted)
        painter.drawText(
            QRectF(rect.left(), y_of(tick) - line_h / 2, label_w - 6, line_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{tick:g}",
        )
    if not points:
        painter.setPen(colours.muted)
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, tr(empty))
        painter.restore()
        return
    first = points[0][0]
    last = max(points[-1][0], until or points[-1][0])
    days = _span(first, last)

    def x_of(d: date) -> float:
        if len(points) == 1 and until is None:
            return plot.center().x()
        return plot.left() + (d - first).days / days * plot.width()

    xy = [QPointF(x_of(d), y_of(v)) for d, v in points]
    area = QPainterPath(QPointF(xy[0].x(), plot.bottom()))
    for p in xy:
        area.lineTo(p)
    area.lineTo(QPointF(xy[-1].x(), plot.bottom()))
    area.closeSubpath()
    painter.fillPath(area, colours.fill)
    painter.setPen(QPen(colours.line, 2.2))
    painter.drawPolyline(xy)
    radius = 4.0
    for i, p in enumerate(xy):
        painter.setPen(QPen(colours.line, 2))
        painter.setBrush(colours.line if marked is None or i in marked else colours.base)
        painter.drawEllipse(p, radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(colours.muted)
    axis = QRectF(plot.left(), plot.bottom() + 4, plot.width(), line_h)
    painter.drawText(axis, Qt.AlignmentFlag.AlignLeft, date_text(first, "%d %b %Y"))
    if last != first:
        painter.drawText(axis, Qt.AlignmentFlag.AlignRight, date_text(last, "%d %b %Y"))
    painter.restore()


def paint_progress(
    painter: QPainter,
    rect: QRectF,
    points: list[tuple[date, int]],
    colours: ChartColours,
    *,
    title: str = "",
    from_sessions: set[int] | None = None,
    until: date | None = None,
) -> None:
    paint_line(
        painter,
        rect,
        [(d, float(v)) for d, v in points],
        low=0,
        high=10,
        ticks=(0, 5, 10),
        colours=colours,
        title=title,
        empty=QT_TR_NOOP("No progress noted yet. Add the first entry together."),
        marked=from_sessions,
        until=until,
    )


def paint_checkins(
    painter: QPainter,
    rect: QRectF,
    totals: list[tuple[date, int]],
    colours: ChartColours,
    *,
    title: str = "",
) -> None:
    paint_line(
        painter,
        rect,
        [(d, float(v)) for d, v in totals],
        low=10,
        high=60,
        ticks=(10, 35, 60),
        colours=colours,
        title=title,
        empty=QT_TR_NOOP("No check-ins yet. They are optional."),
    )


def paint_domains(
    painter: QPainter,
    rect: QRectF,
    domains: list[DomainPoint],
    colours: ChartColours,
    *,
    title: str = "",
) -> None:
    """One row per life domain: a faint bar where things started, a solid bar for now."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fm = painter.fontMetrics()
    line_h = fm.height()
    top = rect.top()
    if title:
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(rect.left(), top, rect.width(), line_h), Qt.AlignmentFlag.AlignLeft, title
        )
        top += line_h + 6
    if not domains:
        painter.setPen(colours.muted)
        painter.drawText(
            QRectF(rect.left(), top, rect.width(), rect.bottom() - top),
            Qt.AlignmentFlag.AlignCenter,
            tr("No goals yet."),
        )
        painter.restore()
        return
    label_w = max(fm.horizontalAdvance(core_label(d.domain, capital=True)) for d in domains) + 12
    value_w = fm.horizontalAdvance("10 → 10") + 10
    row_h = min(line_h * 1.8, (rect.bottom() - top) / len(domains))
    bar_w = rect.width() - label_w - value_w
    faint = QColor(colours.line)
    faint.setAlpha(60)
    for i, d in enumerate(domains):
        y = top + i * row_h
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(rect.left(), y, label_w, row_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            core_label(d.domain, capital=True),
        )
        track = QRectF(rect.left() + label_w, y + row_h * 0.22, bar_w, row_h * 0.56)
        painter.fillRect(track, colours.grid)
        if d.latest is None:
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(track.right() + 6, y, value_w, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                tr("not yet"),
            )
            continue
        first = d.first if d.first is not None else d.latest
        painter.fillRect(
            QRectF(track.left(), track.top(), bar_w * first / 10, track.height()), faint
        )
        now = QRectF(
            track.left(),
            track.top() + track.height() * 0.25,
            bar_w * d.latest / 10,
            track.height() * 0.5,
        )
        painter.fillRect(now, colours.line)
        painter.setPen(colours.muted)
        painter.drawText(
            QRectF(track.right() + 6, y, value_w, row_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{first:.0f} → {d.latest:.0f}",
        )
    painter.restore()


def print_font(point_size: float = 9.0) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    return font
