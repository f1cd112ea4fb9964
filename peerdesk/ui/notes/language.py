"""The peer-language helper in the editor: a wavy underline under clinical or deficit
words, their person-centred alternatives on hover and in the context menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QContextMenuEvent,
    QHelpEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from peerdesk.core.services.language import Finding, find_terms
from peerdesk.i18n import tr
from peerdesk.ui.compat import emit
from peerdesk.ui.theme import attention_colour


class PeerLanguageHighlighter(QSyntaxHighlighter):
    """Marks words from resources/language/peer-language.json; never changes the text."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.enabled = True
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(attention_colour())

    def set_enabled(self, on: bool) -> None:
        if on != self.enabled:
            self.enabled = on
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not self.enabled or not text:
            return
        for finding in find_terms(text):
            self.setFormat(finding.start, finding.end - finding.start, self._format)


def _tip(finding: Finding) -> str:
    alternatives = ", ".join(f"“{a}”" for a in finding.term.alternatives)
    tip = tr("Perhaps: {alternatives}").format(alternatives=alternatives)
    if finding.term.why:
        tip += f"\n{finding.term.why}"
    return tip


class SectionEdit(QPlainTextEdit):
    """A note section: plain text, tab moves focus, the peer-language helper on top."""

    replaced = Signal()  # a suggested alternative replaced a word

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.highlighter = PeerLanguageHighlighter(self.document())
        self.viewport().installEventFilter(self)
        # What a screen reader says about the field beyond its name: a refusal shown for
        # it (show_status), then the words the helper marks (a wavy line is silent).
        self._status = ""
        self._marked: tuple[str, ...] = ()
        self.textChanged.connect(self._describe_marks)

    def set_helper_enabled(self, on: bool) -> None:
        self.highlighter.set_enabled(on)
        self._describe_marks()

    def marked_words(self) -> tuple[str, ...]:
        """The words the helper marks, in order, each once."""
        if not self.highlighter.enabled:
            return ()
        text = self.toPlainText()
        return tuple(dict.fromkeys(text[f.start : f.end] for f in find_terms(text)))

    def marks_description(self) -> str:
        words = self._marked
        if not words:
            return ""
        return tr(
            "Peer-language helper marks: {words}. The context menu has person-centred alternatives."
        ).format(words=", ".join(f"“{w}”" for w in words))

    def set_status_description(self, text: str) -> None:
        self._status = text
        self._update_description()

    def _describe_marks(self) -> None:
        before = set(self._marked)
        self._marked = self.marked_words()
        self._update_description()
        new = [w for w in self._marked if w not in before]
        if new and self.hasFocus() and QAccessible.isActive():
            said = tr("Marked: {words}").format(words=", ".join(f"“{w}”" for w in new))
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, said))

    def _update_description(self) -> None:
        parts = [p for p in (self._status, self.marks_description()) if p]
        self.setAccessibleDescription(" ".join(parts))

    def finding_at(self, pos: QPoint) -> tuple[QTextCursor, Finding] | None:
        """The marked word under a viewport position, with a cursor on its block."""
        if not self.highlighter.enabled:
            return None
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        column = cursor.positionInBlock()
        for finding in find_terms(block.text()):
            if finding.start <= column <= finding.end:
                return cursor, finding
        return None

    def replace_finding(self, cursor: QTextCursor, finding: Finding, alternative: str) -> None:
        """Swap the marked words for the chosen alternative (one undo step)."""
        block_start = cursor.block().position()
        edit = QTextCursor(self.document())
        edit.setPosition(block_start + finding.start)
        edit.setPosition(block_start + finding.end, QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(alternative)
        self.setTextCursor(edit)
        emit(self.replaced)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            hit = self.finding_at(event.pos())
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), _tip(hit[1]), self.viewport())
            return True
        return super().eventFilter(watched, event)

    def suggestion_menu(self, pos: QPoint) -> QMenu:
        """The usual edit menu, with alternatives first when the word is marked."""
        menu = self.createStandardContextMenu(pos)
        hit = None if self.isReadOnly() else self.finding_at(pos)
        if hit is not None:
            cursor, finding = hit
            first = menu.actions()[0] if menu.actions() else None
            title = menu.addSection(tr("Person-centred alternatives"))
            menu.insertAction(first, title)
            for alternative in finding.term.alternatives:
                action = menu.addAction(tr("Use “{alternative}”").format(alternative=alternative))
                action.triggered.connect(
                    lambda _c=False, a=alternative: self.replace_finding(cursor, finding, a)
                )
                menu.insertAction(first, action)
            if finding.term.why:
                why = menu.addAction(finding.term.why)
                why.setEnabled(False)
                menu.insertAction(first, why)
            if first is not None:
                menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.suggestion_menu(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
