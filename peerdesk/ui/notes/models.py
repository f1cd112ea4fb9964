"""Qt item models over the notes service: the lazy notes list and search results.

The list never loads every note: it counts, then fetches windows of ``WINDOW`` rows as
the view scrolls (canFetchMore / fetchMore), so 100,000 notes open as fast as 100.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from peerdesk.core.services import notes, search
from peerdesk.core.services.notes import NoteFilter, NoteSummary
from peerdesk.core.services.search import MARK_END, MARK_START, SearchHit
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import NoteState
from peerdesk.i18n import QT_TR_NOOP, core_label, date_text, tr
from peerdesk.ui.theme import attention_colour
from peerdesk.ui.widgets.privacy import shown_names

_Index = QModelIndex | QPersistentModelIndex

WINDOW = 200
SEARCH_LIMIT = 200


def snippet_html(snippet: str) -> str:
    """A search snippet with its marked hits in bold, everything else escaped."""
    body = html.escape(" ".join(snippet.split()))
    return body.replace(html.escape(MARK_START), "<b>").replace(html.escape(MARK_END), "</b>")


def state_label(state: NoteState, addenda: int) -> str:
    label = tr("Signed") if state == NoteState.SIGNED else tr("Draft")
    if addenda:
        label += " + " + tr("%n addendum(s)", None, addenda)
    return label


def flags_label(row: NoteSummary) -> str:
    flags = []
    if row.safety_concern:
        flags.append("⚠ " + tr("safety"))
    if row.discuss_in_supervision:
        flags.append("⚑ " + tr("supervision"))
    return "  ".join(flags)


class NotesTableModel(QAbstractTableModel):
    """Session notes, newest first, fetched lazily; or search results with snippets."""

    ID_ROLE = Qt.ItemDataRole.UserRole
    SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1  # rich text with the hits in bold

    COLUMNS: ClassVar[tuple[tuple[str, Callable[[NotesTableModel, NoteSummary], str]], ...]] = (
        (QT_TR_NOOP("Date"), lambda m, r: date_text(r.occurred_on, "%-d %b %Y")),
        (QT_TR_NOOP("Mentees"), lambda m, r: m.names(r.participant_names)),
        (QT_TR_NOOP("Kind"), lambda m, r: core_label(r.kind)),
        (QT_TR_NOOP("How"), lambda m, r: core_label(r.modality)),
        (QT_TR_NOOP("State"), lambda m, r: state_label(r.state, r.addenda)),
        (QT_TR_NOOP("Flags"), lambda m, r: flags_label(r)),
        (QT_TR_NOOP("Preview"), lambda m, r: r.preview),
    )
    PREVIEW = len(COLUMNS) - 1

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.where = NoteFilter()
        self.query = ""
        self.privacy = False
        self._rows: list[NoteSummary] = []
        self._snippets: dict[int, str] = {}
        self._total = 0
        self._fetching = False

    # -- loading ---------------------------------------------------------------------------
    def set_filter(self, where: NoteFilter, query: str = "") -> None:
        self.where = where
        self.query = query.strip()
        self.reload()

    def reload(self) -> None:
        """Count, then read the first window (or the search results) inside a reset."""
        self.beginResetModel()
        self._rows, self._snippets, self._total = [], {}, 0
        if self.vault.is_open:
            if self.query:
                hits = search.search_notes(
                    self.vault, query=self.query, where=self.where, limit=SEARCH_LIMIT
                )
                self._rows = [self._summary_of(hit) for hit in hits]
                self._snippets = {hit.id: hit.snippet for hit in hits}
                self._total = len(self._rows)
            else:
                self._total = notes.count_notes(self.vault, where=self.where)
                self._rows = notes.list_notes(self.vault, where=self.where, offset=0, limit=WINDOW)
        self.endResetModel()

    @staticmethod
    def _summary_of(hit: SearchHit) -> NoteSummary:
        return NoteSummary(
            id=hit.id,
            occurred_on=hit.occurred_on,
            start_time=None,
            kind=hit.kind,
            modality="",
            state=hit.state,
            participant_names=hit.participant_names,
            preview=hit.plain_snippet,
            discuss_in_supervision=False,
            safety_concern=False,
            addenda=0,
            open_follow_ups=0,
        )

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._snippets, self._total = [], {}, 0
        self.query = ""
        self.where = NoteFilter()
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many notes match (all of them, not only the rows fetched so far)."""
        return self._total

    @property
    def searching(self) -> bool:
        return bool(self.query)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._fetching
            and len(self._rows) < self._total
            and self.vault.is_open
        )

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = notes.list_notes(self.vault, where=self.where, offset=len(self._rows), limit=WINDOW)
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        # Views may ask for more from inside the insert signals: not twice the same window.
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False

    # -- access ------------------------------------------------------------------------------
    def names(self, names: tuple[str, ...]) -> str:
        return shown_names(names, privacy=self.privacy)

    def summary(self, row: int) -> NoteSummary:
        return self._rows[row]

    def note_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[column][1](self, row)
        if role == self.ID_ROLE:
            return row.id
        if role == self.SNIPPET_ROLE:
            if column == self.PREVIEW and row.id in self._snippets:
                return snippet_html(self._snippets[row.id])
            return None
        if role == Qt.ItemDataRole.FontRole and row.state == NoteState.DRAFT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == 4 and row.state == NoteState.DRAFT) or (column == 5 and flags_label(row)):
                return attention_colour()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4 and row.state == NoteState.DRAFT:
                return tr("Not signed yet: open it to finish and sign.")
            return self.COLUMNS[column][1](self, row) or None  # an elided cell in full
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.COLUMNS[section][0]
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(self.COLUMNS):
            return self.COLUMNS[section][0]
        return None
