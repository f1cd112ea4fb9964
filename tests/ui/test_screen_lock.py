"""Locking when the desktop's screen locks (freedesktop ScreenSaver over D-Bus)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

SCRIPT = """
from PySide6.QtCore import QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
from peerdesk.ui.idle import ScreenLockWatcher

app = QApplication([])
watcher = ScreenLockWatcher()
watcher.screen_locked.connect(lambda: (print("screen_locked"), app.quit()))

def send(active):
    msg = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
    )
    msg.setArguments([active])
    QDBusConnection.sessionBus().send(msg)

QTimer.singleShot(100, lambda: send(False))  # unlocking the screen is not a reason to lock
QTimer.singleShot(200, lambda: send(True))
QTimer.singleShot(10_000, app.quit)
app.exec()
"""


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs a D-Bus daemon")
def test_screen_lock_signal_is_noticed() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.stdout.splitlines() == ["screen_locked"]
