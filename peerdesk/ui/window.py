"""The main window: the unlock screen or the desk (sidebar and pages), locking, and the
DEMO banner. It owns the vault's open/locked state in the GUI."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.services import settings
from peerdesk.core.vault import Vault
from peerdesk.ui.idle import IdleLock, ScreenLockWatcher
from peerdesk.ui.pages.common import EMPTY_PAGES, EmptyPage
from peerdesk.ui.pages.mentees import MenteesPage
from peerdesk.ui.pages.settings import SettingsPage
from peerdesk.ui.passphrase import NewPassphraseDialog
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.unlock import UnlockScreen

NAVIGATION = (
    "Today",
    "Mentees",
    "Notes",
    "Goals",
    "Agreements",
    "Directory",
    "Supervision",
    "Self-care",
    "Settings",
)


def demo_banner_text(passphrase: str) -> str:
    return (
        "DEMO  ·  A throwaway demo vault: everyone in it is fictional, and it is deleted "
        f"when you close peerdesk. Its passphrase is “{passphrase}”."
    )


class Desk(QWidget):
    """The unlocked view: the sidebar on the left, one page at a time on the right."""

    def __init__(self, vault: Vault, signals: AppSignals) -> None:
        super().__init__()
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.addItems(list(NAVIGATION))
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = QStackedWidget()
        self.mentees = MenteesPage(vault, signals)
        self.settings = SettingsPage(vault, signals)
        for name in NAVIGATION:
            if name == "Mentees":
                self.pages.addWidget(self.mentees)
            elif name == "Settings":
                self.pages.addWidget(self.settings)
            else:
                self.pages.addWidget(EmptyPage(name, EMPTY_PAGES[name]))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)

    def show_page(self, name: str) -> None:
        self.sidebar.setCurrentRow(NAVIGATION.index(name))


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

        self.unlock_screen = UnlockScreen(vault)
        self.desk = Desk(vault, self.signals)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_screen)
        self.stack.addWidget(self.desk)
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
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.lock_action = QAction("Lock", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip("Lock peerdesk now (Ctrl+L)")
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)
        self.toolbar = QToolBar("peerdesk", movable=False, floatable=False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)

        self.idle = IdleLock(self)
        self.idle.idled.connect(self.lock)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(self.lock)
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.signals.settings_changed.connect(self._setting_changed)

        if vault.is_open:
            self.enter_desk()
        else:
            self.enter_unlock()

    # -- state --------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.unlock_screen

    def enter_unlock(self) -> None:
        self.idle.stop()
        self.lock_action.setEnabled(False)
        self.toolbar.hide()
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.prepare()

    def enter_desk(self) -> None:
        self.stack.setCurrentWidget(self.desk)
        self.toolbar.show()
        self.lock_action.setEnabled(True)
        self.idle.set_minutes(settings.get_setting(self.vault, "idle_lock_minutes"))
        self.idle.start()
        self.signals.vault_unlocked.emit()

    def _unlocked(self, with_recovery_key: bool) -> None:
        self.enter_desk()
        if with_recovery_key:
            self.ask_new_passphrase()

    def ask_new_passphrase(self) -> NewPassphraseDialog:
        dialog = NewPassphraseDialog(self, self.vault)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _setting_changed(self, name: str) -> None:
        if name == "idle_lock_minutes" and self.vault.is_open:
            self.idle.set_minutes(settings.get_setting(self.vault, "idle_lock_minutes"))

    # -- locking --------------------------------------------------------------------------
    def lock(self) -> None:
        """Close every dialog, forget the key, clear every widget that showed data."""
        if self.is_locked and not self.vault.is_open:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        self.vault.lock()
        self.signals.vault_locked.emit()
        self.enter_unlock()

    def bring_to_front(self) -> None:
        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.vault.lock()
        self.signals.vault_locked.emit()
        super().closeEvent(event)
