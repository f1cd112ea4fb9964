"""A check box whose text wraps onto more lines instead of forcing its column wider.

A QCheckBox never wraps: one long follow-up or goal ("Community and belonging: Play two
of my songs at the open mic…") makes the note editor's column scroll sideways at 150%
text. This one paints only the indicator itself and shows its text in a word-wrapped
label beside it; clicking anywhere on it (the label too) toggles it, and ``text()`` and
the accessible name stay the whole text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)


class WrapCheckBox(QCheckBox):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.label = QLabel(text, wordWrap=True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(self._indent(), 0, 0, 0)
        layout.addWidget(self.label, 1)
        self.setAccessibleName(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indent(self) -> int:
        option = QStyleOptionButton()
        option.initFrom(self)
        style = self.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)
        return indicator + spacing + 6  # the stylesheet draws the indicator a little wider

    def text(self) -> str:  # type: ignore[override]
        return self._text

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._text = text
        self.label.setText(text)
        self.setAccessibleName(text)

    # Size comes from the wrapped label, so the box can be as narrow as its column.
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        label = self.label.heightForWidth(max(1, width - self._indent()))
        return max(label, super().sizeHint().height())

    def sizeHint(self) -> QSize:
        width = self._indent() + self.label.sizeHint().width()
        return QSize(width, self.heightForWidth(self.width() if self.width() > 1 else width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._indent() + 80, super().minimumSizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)
