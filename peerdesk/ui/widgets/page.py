"""Pieces every page shares: the page header and the empty state of pages still to come."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from peerdesk.ui.theme import SPACE


class PageHeader(QWidget):
    """The one header every page has: an icon, the title, an optional intro line, and
    room on the right for the page's main actions (``add_action``)."""

    def __init__(
        self, title: str, intro: str = "", *, icon: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="pageHeaderBar")
        from peerdesk.ui import icons

        self.icon_name = icon if icon in icons.GLYPHS else ""
        self.icon = QLabel()
        self.icon.setVisible(bool(self.icon_name))
        self.title = QLabel(title, objectName="pageHeader")
        self.title.setAccessibleName(title)
        self._paint_icon()
        self.intro = QLabel(intro, objectName="pageIntro", wordWrap=True)
        self.intro.setVisible(bool(intro))
        self.actions = QHBoxLayout()
        self.actions.setSpacing(SPACE["s"])
        top = QHBoxLayout()
        top.setSpacing(SPACE["m"])
        top.addWidget(self.icon)
        top.addWidget(self.title, 1)
        top.addLayout(self.actions)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, SPACE["s"])
        column.setSpacing(SPACE["xs"])
        column.addLayout(top)
        column.addWidget(self.intro)

    def _paint_icon(self) -> None:
        from peerdesk.ui import icons

        if self.icon_name:
            self.title.ensurePolished()  # the stylesheet's title size, not the body size
            size = self.title.fontMetrics().height()
            self.icon.setPixmap(icons.pixmap(self.icon_name, size))

    def changeEvent(self, event: QEvent) -> None:
        """The theme or font size changed: the icon takes the new colour and size."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._paint_icon()

    def add_action(self, widget: QWidget) -> None:
        self.actions.addWidget(widget)


def page_layout(widget: QWidget, title: str, intro: str = "", *, icon: str = "") -> QVBoxLayout:
    """A page's outer layout with its header already in place (``widget.header``)."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(SPACE["xl"], SPACE["l"], SPACE["xl"], SPACE["l"])
    layout.setSpacing(SPACE["s"])
    header = PageHeader(title, intro, icon=icon or _icon_named(title))
    widget.header = header  # type: ignore[attr-defined]
    layout.addWidget(header)
    return layout


def _icon_named(title: str) -> str:
    """The icon of a page whose title is given in the mentor's language: icons are named
    in English, so a Spanish "Ajustes" found none and every page lost its icon."""
    from peerdesk.i18n import tr
    from peerdesk.ui import icons

    if title in icons.GLYPHS:
        return title
    return next((name for name in icons.GLYPHS if tr(name) == title), "")


class _WhenShown(QObject):
    """Runs one page's reload now if the page can be seen, else when it is next shown."""

    def __init__(self, page: QWidget, slot: Callable[[], object]) -> None:
        super().__init__(page)  # a child: gone with the page, and the signal with it
        self.page, self.slot, self.pending = page, slot, False
        page.installEventFilter(self)

    def fire(self, *_args: object) -> None:
        page = self.page
        if page.isVisible() or not page.window().isVisible():
            self.pending = False
            self.slot()
        else:
            self.pending = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.pending:
            self.pending = False
            self.slot()
        return False


def reload_when_shown(
    page: QWidget,
    signal: SignalInstance | tuple[SignalInstance, ...],
    slot: Callable[[], object],
) -> None:
    """Connect ``signal`` (or each of several) to ``slot`` for a page that sits in the
    desk's stack: the page in view (or one in a window not on screen) reloads at once; a
    page behind it reloads once, the next time it is shown, however many of the signals
    came meanwhile. On unlock only the page in view reads the vault, so Today paints
    without waiting for eight other pages; a note saved reloads only the page in view."""
    fire = _WhenShown(page, slot).fire
    for one in signal if isinstance(signal, tuple) else (signal,):
        one.connect(fire)


def reload_now_or_when_shown(page: QWidget, slot: Callable[[], object]) -> None:
    """For a page built while the vault is open: it reads the vault as reload_when_shown
    would on unlock (now if it can be seen, else when it is first shown)."""
    _WhenShown(page, slot).fire()
