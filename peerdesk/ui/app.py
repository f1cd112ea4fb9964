"""GUI entry points for the CLI: ``run_gui`` and ``notify_running_instance``."""

from __future__ import annotations

import signal
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from peerdesk import i18n
from peerdesk.core.vault import Vault
from peerdesk.ui import theme
from peerdesk.ui.instance import InstanceServer
from peerdesk.ui.instance import notify_running_instance as _notify
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import messages
from peerdesk.ui.window import MainWindow

if TYPE_CHECKING:
    from peerdesk.ui.wizard import SetupWizard

__all__ = ["Gui", "build_gui", "notify_running_instance", "run_gui"]


@dataclass
class Gui:
    """Everything run_gui sets up, so tests can drive it without the event loop."""

    app: QApplication
    window: MainWindow
    server: InstanceServer
    wizard: SetupWizard | None = None


def _application(argv: list[str] | None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("peerdesk")
    app.setApplicationDisplayName("peerdesk")
    app.setDesktopFileName("org.peerdesk.PeerDesk")  # matches packaging/linux/*.desktop
    icon = resources.files("peerdesk.resources").joinpath("icons/peerdesk.svg")
    app.setWindowIcon(QIcon(str(icon)))
    return app


def build_gui(
    vault: Vault, *, demo_passphrase: str | None = None, argv: list[str] | None = None
) -> Gui:
    """Create the app, window and instance server, and show the first screen."""
    app = _application(argv)
    i18n.install(i18n.read_preference(vault.path))
    chosen = theme.read_appearance(vault.path)
    theme.follow_system(app, theme=chosen.theme, font_scale=chosen.font_scale)
    messages.install_excepthook()
    signals = AppSignals(app)
    window = MainWindow(vault, signals=signals, demo_passphrase=demo_passphrase)
    server = InstanceServer(vault.path, window)
    server.activation_requested.connect(window.bring_to_front)
    server.listen()
    gui = Gui(app, window, server)
    if vault.exists():
        window.show()
        return gui

    from peerdesk.ui.wizard import SetupWizard  # only a first start needs it

    wizard = SetupWizard(vault)
    gui.wizard = wizard

    def completed(created: bool) -> None:
        if created and vault.is_open:
            window.desk.show_page("Today")
            window.enter_desk()
            window.show()
        elif vault.exists():
            window.enter_unlock()
            window.show()

    wizard.completed.connect(completed)
    wizard.show()
    return gui


def run_gui(
    vault: Vault, *, demo_passphrase: str | None = None, argv: list[str] | None = None
) -> int:
    """Show the wizard, unlock screen or desk and run until the last window closes.

    The caller has claimed the vault; it stays claimed until the caller closes it.
    """
    # While Qt loads and the window is built, Python code runs inside Qt callbacks, where an
    # exception raised by a signal handler is swallowed or leaves Qt half torn down. So a
    # Ctrl+C or kill in that window is only remembered, and acted on once the loop runs.
    pending: list[int] = []
    for signum in _QUIT_SIGNALS:
        signal.signal(signum, lambda number, _frame: pending.append(number))
    gui = build_gui(vault, demo_passphrase=demo_passphrase, argv=argv)
    _quit_on_signals(gui.app, already_asked=bool(pending))
    try:
        return gui.app.exec()
    finally:
        vault.lock()
        gui.server.close()


_QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _quit_on_signals(app: QApplication, *, already_asked: bool) -> None:
    """Ctrl+C or a polite kill (SIGTERM) closes like the window's close button: drafts are
    saved, the vault is locked and, for the demo, its folder removed. Python only sees a
    signal when it runs, so a light timer wakes it twice a second; the closing itself is
    queued so it never runs in the middle of another Qt callback."""

    def quit_app() -> None:
        app.closeAllWindows()
        app.quit()

    for signum in _QUIT_SIGNALS:
        signal.signal(signum, lambda _number, _frame: QTimer.singleShot(0, quit_app))
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(500)
    if already_asked:
        QTimer.singleShot(0, quit_app)


def notify_running_instance(vault_path: Path) -> bool:
    """For a second process refused with VaultBusy: bring the first one's window forward."""
    return _notify(vault_path)
