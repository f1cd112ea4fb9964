"""The main window: the unlock screen or the desk (sidebar and pages), locking, and the
DEMO banner. It owns the vault's open/locked state in the GUI."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.services import changes, session
from peerdesk.core.vault import Vault
from peerdesk.i18n import QT_TR_NOOP, tr
from peerdesk.ui import shortcuts, theme
from peerdesk.ui.compat import emit
from peerdesk.ui.idle import IdleLock, ScreenLockWatcher
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.theme import SPACE
from peerdesk.ui.unlock import UnlockScreen

if TYPE_CHECKING:
    from peerdesk.ui.agreements.page import AgreementsPage
    from peerdesk.ui.directory.page import DirectoryPage
    from peerdesk.ui.goals.page import GoalsPage
    from peerdesk.ui.mentees.page import MenteesPage
    from peerdesk.ui.notes.editor import NoteEditor
    from peerdesk.ui.notes.page import NotesPage
    from peerdesk.ui.selfcare.page import SelfCarePage
    from peerdesk.ui.settings.page import SettingsPage
    from peerdesk.ui.shortcuts import ShortcutsDialog
    from peerdesk.ui.supervision.page import SupervisionPage
    from peerdesk.ui.today.page import TodayPage
    from peerdesk.ui.widgets.passphrase import NewPassphraseDialog

# The desk (MainWindow.desk) with Today, and the services under it, load just after the
# unlock screen shows: the mentor types while they load. Other pages load when first shown.
DESK_DELAY_MS = 150

# The pages' names are also their keys (show_page("Notes")); the sidebar shows tr(name).
NAVIGATION = (
    QT_TR_NOOP("Today"),
    QT_TR_NOOP("Mentees"),
    QT_TR_NOOP("Notes"),
    QT_TR_NOOP("Goals"),
    QT_TR_NOOP("Agreements"),
    QT_TR_NOOP("Directory"),
    QT_TR_NOOP("Supervision"),
    QT_TR_NOOP("Self-care"),
    QT_TR_NOOP("Settings"),
)


# The method a page reads the vault with when not "reload" (the one its reload_when_shown
# calls): a page built while the vault is open calls it at once.
PAGE_RELOAD = {"Notes": "reload_all", "Supervision": "refresh"}


# Each page's module and class, imported when the page is first wanted (Desk.page).
_PAGE_CLASSES = {
    "Today": ("peerdesk.ui.today.page", "TodayPage"),
    "Mentees": ("peerdesk.ui.mentees.page", "MenteesPage"),
    "Notes": ("peerdesk.ui.notes.page", "NotesPage"),
    "Goals": ("peerdesk.ui.goals.page", "GoalsPage"),
    "Agreements": ("peerdesk.ui.agreements.page", "AgreementsPage"),
    "Directory": ("peerdesk.ui.directory.page", "DirectoryPage"),
    "Supervision": ("peerdesk.ui.supervision.page", "SupervisionPage"),
    "Self-care": ("peerdesk.ui.selfcare.page", "SelfCarePage"),
    "Settings": ("peerdesk.ui.settings.page", "SettingsPage"),
}


def dropped_packet(mime: QMimeData) -> Path | None:
    """The one sealed packet (.pdsealed) file among dropped data, if that is what it is."""
    files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
    if len(files) == 1 and files[0].lower().endswith(".pdsealed"):
        return Path(files[0])
    return None


def demo_banner_text(passphrase: str) -> str:
    return tr(
        "DEMO  ·  A throwaway demo vault: everyone in it is fictional, and it is deleted "
        "when you close peerdesk. Its passphrase is “{passphrase}”."
    ).format(passphrase=passphrase)


class Desk(QWidget):
    """The unlocked view: the sidebar on the left, one page at a time on the right.

    Each page is built the first time it is shown or asked for (page(name), or the
    attributes today, mentees, notes...): building all nine up front cost ~40 MB of
    widgets and their imports before the mentor had looked at any but Today. A page not
    built yet holds nothing to clear on lock; one built while the vault is open reads it
    as on unlock: when first shown, or at once if in view (PAGE_RELOAD names how)."""

    def __init__(self, vault: Vault, signals: AppSignals) -> None:
        from peerdesk.ui.notifier import Notifier

        super().__init__()
        self.vault, self.signals = vault, signals
        self._built: dict[str, QWidget] = {}
        self.live = False  # vault_unlocked seen (and no vault_locked since)
        signals.vault_unlocked.connect(self._went_live)
        signals.vault_locked.connect(self._went_dark)
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setAccessibleName(tr("Pages"))
        self.sidebar.addItems([tr(name) for name in NAVIGATION])
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = QStackedWidget()
        for _name in NAVIGATION:
            self.pages.addWidget(QWidget())  # a stand-in until the page is first wanted
        self.page("Today")
        self.notifier = Notifier(vault, signals, self)  # desktop notifications, name-free
        signals.page_open_requested.connect(self.open_page)
        signals.note_signed.connect(self._offer_checkin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.sidebar.setCurrentRow(0)
        self._paint_icons()

    def _went_live(self) -> None:
        self.live = True

    def _went_dark(self) -> None:
        self.live = False

    def _offer_checkin(self, note_id: int) -> None:
        from peerdesk.ui.selfcare.page import CheckInDialog

        CheckInDialog.offer(self, self.vault, note_id=note_id)

    def _make(self, name: str) -> QWidget:
        """Import the page's module (only now) and build the page."""
        import importlib

        module, cls = _PAGE_CLASSES[name]
        page: QWidget = getattr(importlib.import_module(module), cls)(self.vault, self.signals)
        return page

    def page(self, name: str) -> QWidget:
        """The page called ``name`` (a NAVIGATION key), built now if it was not yet."""
        page = self._built.get(name)
        if page is None:
            row = NAVIGATION.index(name)
            page = self._built[name] = self._make(name)
            stand_in = self.pages.widget(row)
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            if self.live and self.vault.is_open:
                from peerdesk.ui.widgets.page import reload_now_or_when_shown

                reload_now_or_when_shown(page, getattr(page, PAGE_RELOAD.get(name, "reload")))
        return page

    def is_built(self, name: str) -> bool:
        return name in self._built

    def built_pages(self) -> list[QWidget]:
        """The pages built so far, in sidebar order."""
        return [self._built[n] for n in NAVIGATION if n in self._built]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(NAVIGATION):
            self.page(NAVIGATION[row])
            self.pages.setCurrentIndex(row)

    # The pages other code reaches by name (built on first use, like page()).
    @property
    def today(self) -> TodayPage:
        return cast("TodayPage", self.page("Today"))

    @property
    def mentees(self) -> MenteesPage:
        return cast("MenteesPage", self.page("Mentees"))

    @property
    def notes(self) -> NotesPage:
        return cast("NotesPage", self.page("Notes"))

    @property
    def goals(self) -> GoalsPage:
        return cast("GoalsPage", self.page("Goals"))

    @property
    def agreements(self) -> AgreementsPage:
        return cast("AgreementsPage", self.page("Agreements"))

    @property
    def directory(self) -> DirectoryPage:
        return cast("DirectoryPage", self.page("Directory"))

    @property
    def supervision(self) -> SupervisionPage:
        return cast("SupervisionPage", self.page("Supervision"))

    @property
    def selfcare(self) -> SelfCarePage:
        return cast("SelfCarePage", self.page("Self-care"))

    @property
    def settings(self) -> SettingsPage:
        return cast("SettingsPage", self.page("Settings"))

    def _paint_icons(self) -> None:
        from peerdesk.ui import icons

        for row, name in enumerate(NAVIGATION):
            self.sidebar.item(row).setIcon(icons.icon(name))
        # As wide as its longest name at this text size (Spanish, 200%), never narrower.
        self.sidebar.ensurePolished()
        metrics = self.sidebar.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.sidebar.item(r).text())
            for r in range(self.sidebar.count())
        )
        icon = self.sidebar.iconSize().width() or metrics.height()
        self.sidebar.setFixedWidth(
            max(190, widest + icon + 2 * SPACE["l"] + 2 * SPACE["s"] + 2 * SPACE["xl"])
        )

    def changeEvent(self, event: QEvent) -> None:
        """The theme or text size changed: icons take its colours, the sidebar its width."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._paint_icons()

    def show_page(self, name: str) -> None:
        self.sidebar.setCurrentRow(NAVIGATION.index(name))

    def open_page(self, name: str, target: str) -> None:
        """A page, at the mentee (or directory entry) an item on Today points to."""
        self.show_page(name)
        page = self.page(name)
        select = getattr(page, "select_mentee", None) or getattr(page, "select", None)
        if target == "new" and hasattr(page, "add_mentee"):
            page.add_mentee()  # Today's first step: the Add mentee form
        elif target and select is not None:
            select(target if name == "Directory" else int(target))


class RecoveryBanner(QFrame):
    """Offers, without blocking, the draft that was open when peerdesk stopped or locked."""

    def __init__(self) -> None:
        super().__init__(objectName="recoveryBanner")
        self.note_ids: list[int] = []
        self.text = QLabel(wordWrap=True)
        self.open_button = QPushButton(tr("Open it"))
        self.dismiss_button = QPushButton(tr("Not now"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(self.clear)
        self.clear()

    def offer(self, note_ids: list[int]) -> None:
        self.note_ids = note_ids
        if len(note_ids) == 1:
            self.text.setText(
                tr(
                    "You have a session note you were writing when peerdesk closed or locked. "
                    "Nothing was lost: open it?"
                )
            )
            self.open_button.setText(tr("Open it"))
        else:
            self.text.setText(
                tr(
                    "You have %n session note(s) you were writing when peerdesk closed "
                    "or locked. Nothing was lost: open them?",
                    None,
                    len(note_ids),
                )
            )
            self.open_button.setText(tr("Open them"))
        self.show()

    def clear(self) -> None:
        self.note_ids = []
        self.text.clear()
        self.hide()


class MainWindow(QMainWindow):
    def __init__(
        self,
        vault: Vault,
        *,
        signals: AppSignals | None = None,
        demo_passphrase: str | None = None,
    ) -> None:
        super().__init__()
        self.vault = vault
        self.signals = signals or AppSignals(self)
        self.setWindowTitle("peerdesk")
        self.resize(1100, 720)
        self.setMinimumSize(QSize(820, 560))
        self.setAcceptDrops(True)  # a sealed packet dropped on the window is opened

        self.unlock_screen = UnlockScreen(vault)
        self._desk: Desk | None = None
        self.supervisor_desk: QWidget | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_screen)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.demo_banner: QLabel | None = None
        if demo_passphrase:
            self.demo_banner = QLabel(demo_banner_text(demo_passphrase), objectName="demoBanner")
            self.demo_banner.setWordWrap(True)
            self.demo_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(self.demo_banner)
        self.recovery_banner = RecoveryBanner()
        column.addWidget(self.recovery_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # Every action and its keys come from ui/shortcuts.SHORTCUTS, as does the menu.
        self.lock_action = shortcuts.action("lock", self, self.lock, app_wide=True)
        self.new_note_action = shortcuts.action("new_note", self, self.new_note)
        self.find_action = shortcuts.action("find", self, self.find_notes)
        self.crisis_action = shortcuts.action("crisis_card", self, self.open_crisis_card)
        vault_dir = vault.path
        self.bigger_action = shortcuts.action(
            "bigger", self, lambda: theme.step_font_scale(vault_dir, 1), app_wide=True
        )
        self.smaller_action = shortcuts.action(
            "smaller", self, lambda: theme.step_font_scale(vault_dir, -1), app_wide=True
        )
        self.normal_size_action = shortcuts.action(
            "normal_size", self, lambda: theme.step_font_scale(vault_dir, 0), app_wide=True
        )
        self.shortcuts_action = shortcuts.action(
            "shortcuts", self, self.show_shortcuts, app_wide=True
        )
        self.menu = QMenu(tr("Menu"), self)
        for act in (
            self.new_note_action,
            self.find_action,
            self.crisis_action,
            None,
            self.bigger_action,
            self.smaller_action,
            self.normal_size_action,
            None,
            self.shortcuts_action,
            self.lock_action,
        ):
            if act is None:
                self.menu.addSeparator()
            else:
                self.addAction(act)
                self.menu.addAction(act)
        self.menu_button = QToolButton(self)
        self.menu_button.setText(tr("Menu"))
        self.menu_button.setAccessibleName(tr("Menu"))
        self.menu_button.setToolTip(tr("Menu: every action and its keyboard shortcut"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(self.menu)
        self._set_action_texts()
        self._retranslating = False
        self.editors: list[NoteEditor] = []
        self.toolbar = QToolBar("peerdesk", movable=False, floatable=False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addAction(self.new_note_action)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addWidget(self.menu_button)
        self.addToolBar(self.toolbar)

        self.idle = IdleLock(self)
        self.idle.idled.connect(self.lock)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(self.lock)
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.signals.settings_changed.connect(self._setting_changed)
        self.signals.note_open_requested.connect(self.open_note)
        self.signals.new_note_requested.connect(lambda mentee_id: self.new_note(mentee_id or None))
        self.signals.meeting_open_requested.connect(self.open_meeting)
        self.recovery_banner.open_button.clicked.connect(self._open_interrupted)

        if vault.is_open:
            self.enter_desk()
        else:
            self.enter_unlock()
            QTimer.singleShot(DESK_DELAY_MS, self, lambda: self.desk)  # cancelled if closed

    def _set_action_texts(self) -> None:
        """Labels and tooltips from ui/shortcuts.SHORTCUTS, in the language in effect."""
        for act in self.menu.actions():
            s = shortcuts.BY_NAME.get(act.objectName())
            if s is not None:
                act.setText(tr(s.label))
                act.setToolTip(f"{tr(s.label)} ({s.shown_keys()})")
        self.menu.setTitle(tr("Menu"))
        self.menu_button.setText(tr("Menu"))
        self.menu_button.setAccessibleName(tr("Menu"))
        self.menu_button.setToolTip(tr("Menu: every action and its keyboard shortcut"))

    # -- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        """Another language is in effect: the actions are renamed and the unlock screen and
        the desk are built again in it, on the page that was showing. Open note editors
        keep their language until they are opened again (Settings says so)."""
        self._retranslating = False
        self._set_action_texts()
        unlock_showing = self.stack.currentWidget() is self.unlock_screen
        old_unlock = self.unlock_screen
        self.unlock_screen = UnlockScreen(self.vault)
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.stack.insertWidget(0, self.unlock_screen)
        if unlock_showing:
            self.stack.setCurrentWidget(self.unlock_screen)
            self.unlock_screen.prepare()
        self.stack.removeWidget(old_unlock)
        old_unlock.deleteLater()
        if self._desk is None:
            return
        old, row = self._desk, self._desk.sidebar.currentRow()
        showing = self.stack.currentWidget() is old
        self._desk = None
        desk = self.desk
        desk.live = old.live  # pages it builds later read the vault, as the old desk's did
        desk.sidebar.setCurrentRow(row)
        if showing:
            self.stack.setCurrentWidget(desk)
        self.stack.removeWidget(old)
        old.deleteLater()
        if self.vault.is_open:
            for page in desk.built_pages():
                for name in ("reload_all", "reload", "refresh"):
                    if hasattr(page, name):
                        getattr(page, name)()
                        break

    # -- state --------------------------------------------------------------------------
    @property
    def desk(self) -> Desk:
        """The sidebar and its pages, built on first use (see DESK_DELAY_MS)."""
        if self._desk is None:
            self._desk = Desk(self.vault, self.signals)
            self.stack.addWidget(self._desk)
            if not self.vault.is_open:
                # Everything imported and built so far lives as long as the app: moved out
                # of the garbage collector's reach, its full collections stop walking it
                # (~50 ms, up to ~100 ms, in the middle of a page's first reload at 100,000
                # notes). Only before unlock (the mentor is typing), after a collection, so
                # that nothing read from a vault and no garbage is frozen.
                gc.collect()
                gc.freeze()
        return self._desk

    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.unlock_screen

    def enter_unlock(self) -> None:
        self.idle.stop()
        self.lock_action.setEnabled(False)
        self.new_note_action.setEnabled(False)
        self.find_action.setEnabled(False)
        self.recovery_banner.clear()
        self.toolbar.hide()
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.prepare()

    def enter_desk(self) -> None:
        from peerdesk.core.services import directory, settings, supervision_loop

        self.idle.set_minutes(settings.get_setting(self.vault, "idle_lock_minutes"))
        self.idle.start()
        self.lock_action.setEnabled(True)
        self._paint_icons()
        self.toolbar.show()
        if supervision_loop.role(self.vault) == "supervisor":
            self._enter_supervisor_desk()
            return
        self.stack.setCurrentWidget(self.desk)
        self.new_note_action.setEnabled(True)
        self.find_action.setEnabled(True)
        directory.ensure_seed(self.vault)  # national crisis lines, once, in a new vault
        emit(self.signals.vault_unlocked)
        self.offer_interrupted()

    def _paint_icons(self) -> None:
        """Toolbar icons, loaded with the desk (the unlock screen does not wait for the
        icon font), and again when the theme changes."""
        from peerdesk.ui import icons

        for act in self.menu.actions():
            s = shortcuts.BY_NAME.get(act.objectName())
            if s is not None and s.icon:
                act.setIcon(icons.icon(s.icon))
        self.menu_button.setIcon(icons.icon("menu"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and self.toolbar.isVisible():
            self._paint_icons()
        if event.type() == QEvent.Type.LanguageChange and not getattr(self, "_retranslating", True):
            self._retranslating = True  # one rebuild for the several events an install sends
            QTimer.singleShot(0, self, self.retranslate)

    def show_shortcuts(self) -> ShortcutsDialog:
        """The Keyboard shortcuts window (F1 or Ctrl+/), one at a time."""
        from peerdesk.ui.shortcuts import ShortcutsDialog

        dialog = self.findChild(ShortcutsDialog)
        if dialog is None:
            dialog = ShortcutsDialog(self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _enter_supervisor_desk(self) -> None:
        """A supervisor's vault holds mentors' sealed exports only: inbox and programme."""
        from peerdesk.ui.supervisor.desk import SupervisorDesk

        if self.supervisor_desk is None:
            self.supervisor_desk = SupervisorDesk(self.vault, self.signals)
            self.stack.addWidget(self.supervisor_desk)
        self.new_note_action.setEnabled(False)
        self.find_action.setEnabled(False)
        self.setWindowTitle(tr("peerdesk (supervisor)"))
        self.stack.setCurrentWidget(self.supervisor_desk)
        emit(self.signals.vault_unlocked)

    def _unlocked(self, with_recovery_key: bool) -> None:
        self.enter_desk()
        if with_recovery_key:
            self.ask_new_passphrase()

    def ask_new_passphrase(self) -> NewPassphraseDialog:
        from peerdesk.ui.widgets.passphrase import NewPassphraseDialog

        dialog = NewPassphraseDialog(self, self.vault)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _setting_changed(self, name: str) -> None:
        if name == "idle_lock_minutes" and self.vault.is_open:
            from peerdesk.core.services import settings

            self.idle.set_minutes(settings.get_setting(self.vault, "idle_lock_minutes"))

    # -- session notes --------------------------------------------------------------------
    def new_note(self, mentee_id: int | None = None) -> NoteEditor | None:
        """A new note for this mentee, else the one chosen on Mentees, else the last one."""
        from peerdesk.core.services import notes
        from peerdesk.ui.notes.editor import NoteEditor

        if not self.vault.is_open or self.is_locked:
            return None
        if mentee_id is None and self.desk.is_built("Mentees"):
            mentee_id = self.desk.mentees.selected_id()  # not built: none chosen there
        if mentee_id is None:
            mentee_id = notes.last_mentee_id(self.vault)
        return self._show_editor(
            NoteEditor.for_new(self.vault, self.signals, self, mentee_id=mentee_id)
        )

    def open_note(self, note_id: int) -> NoteEditor | None:
        """One editor per note: a second request brings the open one forward."""
        from peerdesk.ui.notes.editor import NoteEditor

        if not self.vault.is_open:
            return None
        for editor in self.editors:
            if editor.note_id == note_id:
                editor.show()
                editor.raise_()
                editor.activateWindow()
                return editor
        return self._show_editor(
            NoteEditor.for_note(self.vault, self.signals, self, note_id=note_id)
        )

    def open_meeting(self, key: str) -> NoteEditor | None:
        """The note for a planned meeting: the one written for it, or a new draft prefilled
        with its date, time, how and who (and linked to it)."""
        from peerdesk.core.services import meetings

        if not self.vault.is_open or self.is_locked:
            return None
        note_id = meetings.start_note(self.vault, key=key)
        self.signals.apply(changes.NOTES | changes.MEETINGS)
        return self.open_note(note_id)

    def _show_editor(self, editor: NoteEditor) -> NoteEditor:
        self.editors.append(editor)
        editor.closed.connect(lambda: self._editor_closed(editor))
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _editor_closed(self, editor: NoteEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def open_crisis_card(self) -> None:
        """From the mentee page (or the Agreements page): that mentee's crisis card."""
        if self.is_locked:
            return
        page = self.desk.agreements
        mentee_id = self.desk.mentees.selected_id() if self.desk.is_built("Mentees") else None
        if self.desk.pages.currentWidget() is page:
            mentee_id = page.mentee_id()
        self.desk.show_page("Agreements")
        page.reload()
        page.show_crisis_card(mentee_id)

    def find_notes(self) -> None:
        if self.is_locked:
            return
        self.bring_to_front()
        self.desk.show_page("Notes")
        self.desk.notes.focus_search()

    def offer_interrupted(self) -> None:
        """After unlock: drafts that were open in an editor when peerdesk stopped."""
        from peerdesk.core.services import notes

        if not self.vault.is_open:
            return
        open_ids = {e.note_id for e in self.editors}
        waiting = [i for i in notes.interrupted_drafts(self.vault) if i not in open_ids]
        if waiting:
            self.recovery_banner.offer(waiting)
        else:
            self.recovery_banner.clear()

    def _open_interrupted(self) -> None:
        ids = list(self.recovery_banner.note_ids)
        self.recovery_banner.clear()
        for note_id in ids:
            self.open_note(note_id)

    # -- locking --------------------------------------------------------------------------
    def lock(self) -> None:
        """Save and close editors, close every dialog, forget the key, clear every widget."""
        if self.is_locked and not self.vault.is_open:
            return
        if self.vault.is_open:
            emit(self.signals.vault_about_to_lock)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        session.lock(self.vault)
        emit(self.signals.vault_locked)
        self.enter_unlock()

    def bring_to_front(self) -> None:
        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()

    # -- a sealed packet dropped on the window ----------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.is_locked and dropped_packet(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_packet(event.mimeData())
        if path is None or self.is_locked:
            return
        event.acceptProposedAction()
        self.open_packet_file(path)

    def open_packet_file(self, path: Path) -> None:
        """A mentor's vault opens a supervisor's reply; a supervisor's vault files an export."""
        if self.supervisor_desk is not None and self.stack.currentWidget() is self.supervisor_desk:
            self.supervisor_desk.inbox.open_packet(path)
            return
        self.desk.show_page("Supervision")
        self.desk.supervision.replies.open_reply(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        if self.vault.is_open:
            emit(self.signals.vault_about_to_lock)
        session.lock(self.vault)
        emit(self.signals.vault_locked)
        super().closeEvent(event)
