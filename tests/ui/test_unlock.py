"""The unlock screen: wrong passphrase, the growing pause, recovery key, damaged files."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from peerdesk.core.errors import WrongPassphrase
from peerdesk.core.services import session
from peerdesk.core.vault import Vault
from peerdesk.ui.unlock import retry_delay
from peerdesk.ui.widgets.passphrase import NewPassphraseDialog
from peerdesk.ui.window import MainWindow

PASSPHRASE = "orange kettle meadow 42"
NEW_PASSPHRASE = "violet harbour lantern 7"


@pytest.fixture
def locked_window(qtbot: QtBot, vault: Vault) -> MainWindow:
    vault.lock()
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    return window


def test_retry_delay_grows_and_is_capped() -> None:
    assert [retry_delay(n) for n in range(1, 9)] == [0, 0, 2, 4, 8, 16, 30, 30]


def test_wrong_passphrase_then_pause_then_right_passphrase(
    qtbot: QtBot, locked_window: MainWindow, vault: Vault, wait_ops: Callable[[], None]
) -> None:
    screen = locked_window.unlock_screen
    assert locked_window.is_locked
    assert screen.secret.echoMode() == screen.secret.EchoMode.Password

    qtbot.keyClicks(screen.secret, "not the passphrase")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert screen.message.text() == "Opening…"
    assert screen.message.objectName() == "hint"  # progress is not shown in red
    wait_ops()
    assert screen.message.text() == str(WrongPassphrase())
    assert screen.message.objectName() == "formError"
    assert screen.unlock_button.isEnabled()

    for _ in range(2):
        screen.secret.setText("still not it")
        screen.try_unlock()
        wait_ops()
    assert screen.failures == 3
    assert screen.waiting
    assert not screen.unlock_button.isEnabled()
    assert "Please wait 2 seconds" in screen.message.text()
    assert not vault.is_open

    screen._countdown.setInterval(5)  # a shorter second, so the test need not wait
    qtbot.waitUntil(lambda: not screen.waiting)
    assert screen.unlock_button.isEnabled()
    screen.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert vault.is_open
    assert not locked_window.is_locked
    assert screen.failures == 0


def test_recovery_key_unlock_requires_a_new_passphrase(
    qtbot: QtBot, locked_window: MainWindow, vault: Vault, wait_ops: Callable[[], None]
) -> None:
    screen = locked_window.unlock_screen
    qtbot.mouseClick(screen.mode_button, Qt.MouseButton.LeftButton)
    assert screen.recovery_mode
    screen.secret.setText(vault.test_recovery_key.lower().replace("-", " "))  # type: ignore[attr-defined]
    with qtbot.waitSignal(screen.unlocked) as blocker:
        screen.try_unlock()
    assert blocker.args == [True]

    dialog = locked_window.findChild(NewPassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()  # not optional
    assert dialog.isVisible()

    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirmation.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_ops()

    vault.lock()
    with pytest.raises(WrongPassphrase):
        session.unlock(vault, passphrase=PASSPHRASE)
    session.unlock(vault, passphrase=NEW_PASSPHRASE)


def test_damaged_key_file_points_to_a_backup(
    qtbot: QtBot, locked_window: MainWindow, vault: Vault, wait_ops: Callable[[], None]
) -> None:
    vault.keys_path.write_text('{"format": "peerdesk-keys", "version": 1}')
    screen = locked_window.unlock_screen
    screen.secret.setText(PASSPHRASE)
    screen.try_unlock()
    wait_ops()
    assert "backup" in screen.message.text()
    assert not vault.is_open
    assert screen.failures == 0


def test_unlock_with_this_device(qtbot: QtBot, vault: Vault, wait_ops: Callable[[], None]) -> None:
    session.remember_device(vault)
    vault.lock()
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    assert screen.device_button.isVisible()
    with qtbot.waitSignal(screen.unlocked):
        qtbot.mouseClick(screen.device_button, Qt.MouseButton.LeftButton)
    assert vault.is_open


def test_the_pause_outlives_a_restart(qtbot: QtBot, vault: Vault) -> None:
    from peerdesk.core.vault import attempts

    vault.lock()
    for _ in range(3):  # wrong tries made by an earlier peerdesk that was then closed
        attempts.record_failure(vault.path)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    assert screen.failures == 3 and screen.waiting
    assert not screen.unlock_button.isEnabled()
    assert "Please wait" in screen.message.text()


def test_a_screen_reader_hears_the_refusal_on_the_field(
    qtbot: QtBot, locked_window: MainWindow, wait_ops: Callable[[], None]
) -> None:
    """Found with Orca: the field had no name, focus jumped to "Use recovery key instead"
    while opening, and the refusal (a label) was never spoken."""
    screen = locked_window.unlock_screen
    field = QAccessible.queryAccessibleInterface(screen.secret)
    assert field.text(QAccessible.Text.Name) == "Passphrase"
    qtbot.keyClicks(screen.secret, "not the passphrase")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    # while the key is derived the field is read-only, not disabled: a disabled field
    # gives its focus away to the next button
    assert screen.secret.isEnabled() and screen.secret.isReadOnly()
    wait_ops()
    assert field.text(QAccessible.Text.Description) == str(WrongPassphrase())
    screen.mode_button.click()
    assert field.text(QAccessible.Text.Name) == "Recovery key"
    assert str(WrongPassphrase()) not in field.text(QAccessible.Text.Description)  # cleared
