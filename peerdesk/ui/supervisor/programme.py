"""The programme view: every mentor's exports for a period, combined, with small cells
suppressed again; saved as CSV or PDF for the programme's reports."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.formats import programme
from peerdesk.core.services import supervision_loop
from peerdesk.core.vault import Vault
from peerdesk.core.vault.files import atomic_write
from peerdesk.i18n import core_label, tr
from peerdesk.render import pdf
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.files import ask_save_path
from peerdesk.ui.widgets.page import page_layout


def _day(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class ProgrammePage(QWidget):
    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.view: programme.ProgrammeView | None = None
        layout = page_layout(
            self,
            tr("Programme view"),
            tr(
                "All your mentors' exports for a period, added together. Counts from 1 to 10 are "
                "hidden again, with other cells where they would give them away."
            ),
        )
        today = QDate.currentDate()
        self.date_from = QDate(today.year(), 1, 1)
        self.start = QDateEdit(self.date_from, calendarPopup=True)
        self.start.setAccessibleName(tr("From"))
        self.end = QDateEdit(today, calendarPopup=True)
        self.end.setAccessibleName(tr("To"))
        self.show_button = QPushButton(tr("Show"))
        self.show_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton(tr("Save as CSV…"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.pdf_button = QPushButton(tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        row = QHBoxLayout()
        for w in (QLabel(tr("From")), self.start, QLabel(tr("to")), self.end, self.show_button):
            row.addWidget(w)
        row.addStretch()
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)
        layout.addLayout(row)
        self.summary = QLabel(wordWrap=True)
        layout.addWidget(self.summary)
        body = QWidget()
        self.tables = QVBoxLayout(body)
        self.tables.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)  # one scroll for the whole view; the tables never scroll
        layout.addWidget(scroll, 1)
        signals.vault_unlocked.connect(self.refresh)
        signals.vault_locked.connect(self.clear)

    def refresh(self) -> None:
        self.clear()
        self.view = supervision_loop.programme(
            self.vault, date_from=_day(self.start.date()), date_to=_day(self.end.date())
        )
        v = self.view
        if not v.packets:
            self.summary.setText(tr("No exports from mentors cover this period yet."))
            return
        self.summary.setText(
            tr(
                "{mentors} mentors, {packets} exports. Hours (from start and end times): {hours}."
            ).format(mentors=v.mentors, packets=v.packets, hours=v.hours)
        )
        for t in v.tables:
            table = QTableWidget(len(t.rows) + 1, len(t.columns) + 1)
            table.setAccessibleName(t.title)
            table.setHorizontalHeaderLabels([*t.columns, "total"])
            table.setVerticalHeaderLabels([*t.rows, "total"])
            for i in range(len(t.rows)):
                for j in range(len(t.columns)):
                    table.setItem(i, j, QTableWidgetItem(t.cells[i][j]))
                table.setItem(i, len(t.columns), QTableWidgetItem(t.row_totals[i]))
            for j in range(len(t.columns)):
                table.setItem(len(t.rows), j, QTableWidgetItem(t.column_totals[j]))
            table.setItem(len(t.rows), len(t.columns), QTableWidgetItem(t.total))
            table.resizeColumnsToContents()
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setFixedHeight(
                table.horizontalHeader().height()
                + sum(table.rowHeight(r) for r in range(table.rowCount()))
                + 2 * table.frameWidth()
            )
            self.tables.addWidget(QLabel(t.title, objectName="sectionTitle"))
            self.tables.addWidget(table)
        if v.goal_progress:
            lines = [
                tr("{domain}: {entries} entries, average {average}").format(
                    domain=core_label(d, capital=True), entries=n, average=avg
                )
                for d, n, avg in v.goal_progress
            ]
            label = QLabel(
                tr("Goal progress by life domain") + "\n" + "\n".join(lines), wordWrap=True
            )
            self.tables.addWidget(label)
        self.tables.addStretch()

    def save(self, fmt: str) -> None:
        if self.view is None:
            self.refresh()
        assert self.view is not None
        suggested = f"programme.{fmt}"
        path = ask_save_path(
            self, tr("Save the programme view"), suggested, f"{fmt.upper()} (*.{fmt})"
        )
        if path is None:
            return
        if fmt == "csv":
            data = programme.programme_csv(self.view).encode("utf-8")
        else:
            period = tr("{start} to {end}").format(
                start=QLocale().toString(self.start.date(), "MMMM yyyy"),
                end=QLocale().toString(self.end.date(), "MMMM yyyy"),
            )
            data = pdf.pdf_bytes(programme.programme_document(self.view, period=period))
        try:
            atomic_write(path, data)
        except OSError:
            messages.warn(self, tr("Not saved"), tr("That file could not be written."))

    def clear(self) -> None:
        self.view = None
        self.summary.clear()
        while self.tables.count():
            item = self.tables.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
