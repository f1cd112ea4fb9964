"""The export as it will look in the chosen format: PDF pages drawn as pictures (Qt's PDF
viewer is not in PySide6-Essentials), Markdown rendered, CSV as a table, JSON as text."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.formats.supervision import Prepared
from peerdesk.i18n import tr
from peerdesk.render.pdf import page_images

PDF_DPI = 80


class FormatView(QStackedWidget):
    """One page per kind of output; ``show_prepared`` fills the one for the chosen format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = QLabel(
            tr("Press Preview to see the export as your supervisor will see it."),
            objectName="hint",
            wordWrap=True,
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(12)
        self.pages_scroll = QScrollArea(widgetResizable=True)
        self.pages_scroll.setWidget(self.pages)
        self.pages_scroll.setAccessibleName(tr("The PDF's pages"))
        self.markdown = QTextBrowser()
        self.markdown.setAccessibleName(tr("The Markdown, rendered"))
        self.table = QTableWidget()
        self.table.setAccessibleName(tr("The CSV as a table"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.plain = QTextBrowser()
        for widget in (self.placeholder, self.pages_scroll, self.markdown, self.table, self.plain):
            self.addWidget(widget)
        self.page_labels: list[QLabel] = []

    def show_prepared(self, prepared: Prepared, fmt: str) -> None:
        if fmt == "pdf":
            self._show_pages(prepared)
            self.setCurrentWidget(self.pages_scroll)
        elif fmt == "md":
            self.markdown.setMarkdown(prepared.markdown)
            self.setCurrentWidget(self.markdown)
        elif fmt == "csv":
            self._show_table(prepared.csv_text)
            self.setCurrentWidget(self.table)
        else:
            self.plain.setPlainText(prepared.content(fmt))
            self.setCurrentWidget(self.plain)

    def _show_pages(self, prepared: Prepared) -> None:
        self._clear_pages()
        images = page_images(prepared.document, dpi=PDF_DPI)
        for number, image in enumerate(images, start=1):
            label = QLabel(alignment=Qt.AlignmentFlag.AlignHCenter)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(
                tr("Page {number} of {images}").format(number=number, images=len(images))
            )
            label.setToolTip(
                tr("Page {number} of {images}").format(number=number, images=len(images))
            )
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self.pages_layout.addStretch(1)

    def _show_table(self, text: str) -> None:
        rows = list(csv.reader(io.StringIO(text)))
        header, body = (rows[0], rows[1:]) if rows else ([], [])
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setRowCount(len(body))
        self.table.setHorizontalHeaderLabels(header)
        for r, row in enumerate(body):
            for c, value in enumerate(row[: len(header)]):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.page_labels.clear()

    def clear(self) -> None:
        """Drop every piece of text and every page picture (the vault is locking)."""
        self._clear_pages()
        self.markdown.clear()
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.plain.clear()
        self.setCurrentWidget(self.placeholder)
