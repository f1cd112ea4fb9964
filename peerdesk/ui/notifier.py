"""Desktop notifications while peerdesk runs and the vault is unlocked.

The text carries no names unless the mentor opts in (``notification_names``). Shown
through QSystemTrayIcon when the desktop has a tray; ``sent`` keeps what was shown (or
would have been) so tests can check it offscreen, where there is no tray.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from peerdesk.core.services import reminders
from peerdesk.core.vault import Vault
from peerdesk.ui.signals import AppSignals

CHECK_MS = 60_000


class Notifier(QObject):
    def __init__(
        self,
        vault: Vault,
        signals: AppSignals,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.clock = clock
        self.sent: list[tuple[str, str]] = []
        self._shown: set[str] = set()
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        signals.vault_unlocked.connect(self.start)
        signals.vault_locked.connect(self.stop)

    def start(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable() and self.tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else None
            self.tray = QSystemTrayIcon(self)
            if icon is not None:
                self.tray.setIcon(icon)
            self.tray.setToolTip("peerdesk")
            self.tray.show()
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self._shown.clear()
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def check(self) -> None:
        if not self.vault.is_open:
            return
        now = self.clock()
        for notice in reminders.pending_notices(self.vault, now=now):
            if notice.id in self._shown:
                continue
            self._shown.add(notice.id)
            self.show(notice.title, notice.text)
            if notice.reminder_id is not None:
                reminders.mark_notified(self.vault, reminder_id=notice.reminder_id, now=now)

    def show(self, title: str, text: str) -> None:
        self.sent.append((title, text))
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
