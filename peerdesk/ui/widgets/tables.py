"""One base for the GUI's plain table models: rows of records from a service, columns
declared once as (header, value) pairs, reloaded inside a model reset."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

from peerdesk.i18n import tr
from peerdesk.ui.theme import SPACE

_Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """Subclasses declare ``COLUMNS`` and may override ``display`` or ``extra_data``.

    Every record has an ``id``, returned for ``ID_ROLE`` and found again by ``row_of``.
    """

    ID_ROLE = Qt.ItemDataRole.UserRole
    COLUMNS: ClassVar[tuple[tuple[str, Callable[[Any], str]], ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, ident: object) -> int:
        for row, record in enumerate(self._rows):
            if record.id == ident:
                return row
        return -1

    def display(self, record: Any, column: int) -> str:
        return self.COLUMNS[column][1](record)

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        """Other roles (colours, tooltips) for subclasses; None by default."""
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, index.column())
        if role == self.ID_ROLE:
            return record.id
        extra = self.extra_data(record, index.column(), role)
        if extra is None and role == Qt.ItemDataRole.ToolTipRole:
            return self.display(record, index.column()) or None  # an elided cell in full
        return extra

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return tr(self.COLUMNS[section][0])  # marked QT_TR_NOOP where declared
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section][0])  # a narrow column's header in full
        return None


class TextSizedColumns(QObject):
    """Column widths measured in text, not pixels: each column as wide as its sample text
    (the longest value it usually holds) in the view's font, and rows ``lines`` lines high
    so long cells wrap. Measured again whenever the font changes (Ctrl+plus, Settings)."""

    def __init__(self, view: QTableView, samples: Sequence[str], *, lines: int = 1) -> None:
        super().__init__(view)
        self.view = view
        self.samples = tuple(samples)
        self.lines = lines
        view.setWordWrap(lines > 1)
        view.installEventFilter(self)
        self.measure()

    def measure(self) -> None:
        metrics = self.view.fontMetrics()
        pad = 2 * SPACE["s"] + SPACE["xs"]
        for column, sample in enumerate(self.samples):
            self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + pad)
        rows = self.view.verticalHeader()
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(metrics.lineSpacing() * self.lines + SPACE["s"])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self.measure()
        return False


def selected_id(view: QAbstractItemView) -> Any:
    """The id of the row selected in a view over a RowsTableModel, or None."""
    rows = view.selectionModel().selectedRows()
    return view.model().data(rows[0], RowsTableModel.ID_ROLE) if rows else None


def select_id(view: QTableView, ident: object) -> None:
    """Select the row whose record has this id, if it is in the view."""
    model = view.model()
    row = model.row_of(ident) if isinstance(model, RowsTableModel) else -1
    if row >= 0 and isinstance(view, QTableView):
        view.selectRow(row)
