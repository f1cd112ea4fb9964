"""The Notes page: every session note, newest first, with filters and full-text search."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from peerdesk.core.services import mentees, notes
from peerdesk.core.services.notes import NoteFilter
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import NoteState
from peerdesk.i18n import core_label, tr
from peerdesk.ui.compat import emit
from peerdesk.ui.notes.models import NotesTableModel
from peerdesk.ui.notes.review import DocumentationReviewDialog
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets.dates import NO_DATE, optional_date, optional_date_edit
from peerdesk.ui.widgets.flow import FlowLayout
from peerdesk.ui.widgets.hinted import HintedLineEdit
from peerdesk.ui.widgets.page import page_layout, reload_when_shown
from peerdesk.ui.widgets.privacy import privacy_on, shown_name
from peerdesk.ui.widgets.tables import TextSizedColumns

_Index = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    """Paints the model's SNIPPET_ROLE (search hits in bold) where a row has one."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        html = index.data(NotesTableModel.SNIPPET_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        painter.save()
        rect = opt.rect.adjusted(8, 0, -4, 0)
        doc.setTextWidth(rect.width())  # a snippet wraps like the preview it stands in for
        top = rect.top() + max(0, (rect.height() - doc.size().height()) / 2)
        painter.translate(rect.left(), top)
        painter.setClipRect(0, 0, rect.width(), rect.height())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ctx.palette.setColor(
            QPalette.ColorRole.Text,
            opt.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            ),
        )
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return super().sizeHint(option, index)


class NotesTable(QTableView):
    """Enter opens the selected note, like a double-click."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            emit(self.doubleClicked, self.currentIndex())
            return
        super().keyPressEvent(event)


class NotesPage(QWidget):
    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        layout = page_layout(
            self,
            tr("Session notes"),
            tr(
                "Notes in the mentee's own words where you can. Signed notes stay as written; "
                "corrections are dated addenda."
            ),
        )
        self.search = HintedLineEdit(
            placeholderText=tr("Search notes (Ctrl+F): words, names, places…")
        )
        self.search.setAccessibleName(tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.flagged = QCheckBox(tr("Flagged for supervision"))
        self.new_button = QPushButton(tr("New note… (Ctrl+N)"))
        self.review_button = QPushButton(tr("Documentation review…"))
        self.review_button.clicked.connect(self.open_review)
        top = FlowLayout()  # the search box keeps room for its whole hint, wrapping if need be
        top.addWidget(self.search, 1)
        top.addWidget(self.flagged)  # the filter row is full at the default size
        top.addWidget(self.review_button)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.mentee = QComboBox()
        self.mentee.setMinimumContentsLength(12)
        self.kind = QComboBox()
        self.kind.addItem(tr("Any kind"), None)
        for kind in notes.KINDS:
            self.kind.addItem(core_label(kind, capital=True), kind)
        self.state = QComboBox()
        self.state.addItem(tr("Drafts and signed"), None)
        self.state.addItem(tr("Drafts to finish"), NoteState.DRAFT)
        self.state.addItem(tr("Signed"), NoteState.SIGNED)
        self.date_from = optional_date_edit(tr("any"))
        self.date_to = optional_date_edit(tr("any"))
        self.date_from.setAccessibleName(tr("Notes from"))
        self.date_to.setAccessibleName(tr("Notes up to"))
        filters = FlowLayout()  # wraps at a large text size rather than cutting words
        filters.addWidget(self.mentee)
        filters.addWidget(self.kind)
        filters.addWidget(self.state)
        filters.addWidget(QLabel(tr("From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(tr("to")))
        filters.addWidget(self.date_to)
        layout.addLayout(filters)

        self.model = NotesTableModel(vault, self)
        self.table = NotesTable()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(NotesTableModel.PREVIEW, RichTextDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # Two lines a row: the preview wraps (whole in its tooltip), and so does a long state.
        self.columns = TextSizedColumns(
            self.table,
            (
                "30 Nov 2026",
                "Maria, Priya",
                "practical support",
                "in person",
                "Signed + 1",
                "⚑ supervision",
            ),
            lines=2,
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.status = QLabel(objectName="hint")
        self.empty = QLabel(objectName="emptyState", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.status)

        # Typing in the search box waits a moment so each keystroke does not query.
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_entered)
        for combo in (self.mentee, self.kind, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.reload())
        self.flagged.toggled.connect(lambda _on: self.reload())
        self.table.doubleClicked.connect(self._open_index)
        self.new_button.clicked.connect(lambda: emit(signals.new_note_requested, 0))
        reload_when_shown(self, (signals.vault_unlocked, signals.mentees_changed), self.reload_all)
        reload_when_shown(self, signals.notes_changed, self.reload)
        signals.vault_locked.connect(self.clear)
        signals.settings_changed.connect(self._setting_changed)
        self.clear()

    # -- filters -------------------------------------------------------------------------------

    def open_review(self) -> DocumentationReviewDialog:
        """The documentation review for the last 30 days (the dates can be changed)."""
        dialog = DocumentationReviewDialog(self.vault, self.signals, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def where(self) -> NoteFilter:
        return NoteFilter(
            mentee_id=self.mentee.currentData(),
            state=self.state.currentData(),
            kind=self.kind.currentData(),
            date_from=optional_date(self.date_from),
            date_to=optional_date(self.date_to),
            flagged=self.flagged.isChecked(),
        )

    def _fill_mentees(self) -> None:
        keep = self.mentee.currentData()
        self.mentee.blockSignals(True)
        self.mentee.clear()
        self.mentee.addItem(tr("All mentees"), None)
        if self.vault.is_open:
            privacy = privacy_on(self.vault)
            for m in mentees.list_mentees(self.vault, include_archived=True):
                self.mentee.addItem(shown_name(m.display_name, privacy=privacy), m.id)
        index = self.mentee.findData(keep)
        self.mentee.setCurrentIndex(max(0, index))
        self.mentee.blockSignals(False)

    # -- data in and out -------------------------------------------------------------------------
    def reload_all(self) -> None:
        if not self.vault.is_open:
            return
        self.model.privacy = privacy_on(self.vault)
        self._fill_mentees()
        self.reload()

    def reload(self) -> None:
        if not self.vault.is_open:
            return
        self._search_timer.stop()
        self.model.set_filter(self.where(), self.search.text())
        self._update_status()

    def _update_status(self) -> None:
        total = self.model.total
        # Search results carry a snippet, not how or flags: give the snippet the room.
        for column in (3, 5):
            self.table.setColumnHidden(column, self.model.searching)
        if self.model.searching:
            self.status.setText(
                tr("No notes match.")
                if total == 0
                else tr("%Ln matching note(s), newest first.", None, total)
            )
        else:
            self.status.setText(tr("%Ln note(s)", None, total) if total else "")
        has_rows = total > 0
        self.table.setVisible(has_rows or self.model.searching)
        self.empty.setVisible(not has_rows and not self.model.searching)
        if not has_rows:
            if self.where() != NoteFilter():
                self.empty.setText(tr("No notes match these filters."))
            else:
                self.empty.setText(
                    tr(
                        "No session notes yet. After a meeting, press Ctrl+N to write one while "
                        "it is fresh: a few lines in the mentee's own words are a good start."
                    )
                )

    def clear(self) -> None:
        """Forget everything shown (on lock): rows, search text, filters."""
        self._search_timer.stop()
        widgets = (
            self.search,
            self.mentee,
            self.kind,
            self.state,
            self.date_from,
            self.date_to,
            self.flagged,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.mentee.clear()
        self.kind.setCurrentIndex(0)
        self.state.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.flagged.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.model.clear()
        self.status.clear()
        self.empty.hide()

    def _setting_changed(self, name: str) -> None:
        if name == "privacy_mode":
            self.reload_all()

    # -- actions -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_entered(self) -> None:
        """Enter in the search box: search now; a second Enter opens the first result."""
        if self._search_timer.isActive() or self.model.query != self.search.text().strip():
            self.reload()
            if self.model.rowCount():
                self.table.selectRow(0)
            return
        if self.model.rowCount():
            emit(self.signals.note_open_requested, self.model.note_id(max(0, self.selected_row())))

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            emit(self.signals.note_open_requested, self.model.note_id(index.row()))
