"""A one-line box that is never narrower than its hint.

An empty box's placeholder is often the only thing on screen that says what goes in it;
Qt cuts a hint that does not fit ("Search by name or ni…"). This box asks its layout for
room for the whole hint, at whatever text size the mentor chose.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


class HintedLineEdit(QLineEdit):
    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self._hint_size())

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(self._hint_size())

    def _hint_size(self) -> QSize:
        hint = self.placeholderText()
        if not hint:
            return QSize(0, 0)
        margins = self.textMargins()
        # the text itself, QLineEdit's own 2 px a side, the text margins, and the clear
        # button's square when it has one (its room is kept while the box is empty)
        width = self.fontMetrics().horizontalAdvance(hint) + 4 + margins.left() + margins.right()
        if self.isClearButtonEnabled():
            width += self.fontMetrics().height() + 8
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        contents = QSize(width, self.fontMetrics().height())
        outer = self.style().sizeFromContents(
            QStyle.ContentsType.CT_LineEdit, option, contents, self
        )
        return QSize(outer.width(), 0)
