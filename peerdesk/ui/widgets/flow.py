"""A row of tools (search box, filters, buttons) that wraps onto a second line when the
window is narrow or the text is large, instead of squeezing its buttons' text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget

from peerdesk.ui.theme import SPACE


class FlowLayout(QLayout):
    """Items keep their size hint and flow left to right, wrapping as needed. An item
    added with ``stretch`` > 0 (a search box) also takes the room left on its line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(SPACE["s"])

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # type: ignore[override]
        super().addWidget(widget)
        if stretch:
            self._stretch[id(self._items[-1])] = stretch

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._stretch.pop(id(item), None)
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        gap = self.spacing()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            w = item.sizeHint().width()
            if lines[-1] and used + gap + w > width:
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + w
            lines[-1].append(item)
        return lines

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing()
        y = area.y()
        for line in self._lines(area.width()):
            if not line:
                continue
            widths = [i.sizeHint().width() for i in line]
            spare = area.width() - sum(widths) - gap * (len(line) - 1)
            stretches = [self._stretch.get(id(i), 0) for i in line]
            if spare > 0 and sum(stretches):
                widths = [
                    w + spare * s // sum(stretches) for w, s in zip(widths, stretches, strict=True)
                ]
            height = max(i.sizeHint().height() for i in line)
            x = area.x()
            for item, w in zip(line, widths, strict=True):
                if move:
                    w = min(w, area.width())
                    h = item.sizeHint().height()
                    policy = item.widget().sizePolicy() if item.widget() else None
                    if policy is not None and policy.verticalPolicy() != QSizePolicy.Policy.Fixed:
                        h = height
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + gap
            y += height + gap
        return y - gap - rect.y() + m.bottom()
