"""The unlock screen and the wizard confirm a new vault's recovery key through the same
service as the CLI (see tests/security/test_init_recovery_key.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.core.services import session
from peerdesk.core.vault import Vault, journal

from ..security.test_init_recovery_key import PASSPHRASE, unconfirmed


def test_unlock_screen_offers_it_and_confirms_on_accept(
    qtbot: QtBot, tmp_path: Path, wait_ops: Callable[[], None]
) -> None:
    from peerdesk.ui.window import MainWindow

    key = unconfirmed(tmp_path / "vault")
    vault = Vault(tmp_path / "vault")
    try:
        window = MainWindow(vault)
        qtbot.addWidget(window)
        window.show()
        screen = window.unlock_screen
        screen.secret.setText(PASSPHRASE)
        with qtbot.waitSignal(screen.unlocked):
            screen.try_unlock()
        wait_ops()
        dialog = screen.recovery_dialog
        assert dialog.view.key_label.text() == key
        assert journal.read(vault.path) is not None  # not yet: closing it would offer again
        dialog.accept()
        assert journal.read(vault.path) is None
    finally:
        vault.close()


@pytest.mark.parametrize("confirm", [True, False])
def test_wizard_confirms_when_groups_are_typed(
    qtbot: QtBot, tmp_path: Path, wait_ops: Callable[[], None], confirm: bool
) -> None:
    from peerdesk.ui.wizard import SetupWizard

    vault = Vault(tmp_path / "vault")
    try:
        wizard = SetupWizard(vault)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        wizard.profile_page.name.setText("Sam Rivera")
        wizard.profile_page.role.setText("Peer mentor")
        wizard.next()
        fields = wizard.passphrase_page.fields
        fields.passphrase.setText(PASSPHRASE)
        fields.confirmation.setText(PASSPHRASE)
        wizard.next()
        wait_ops()
        key = wizard.recovery_page.key
        assert journal.read(vault.path) is not None
        wizard.next()
        if confirm:
            groups = key.split("-")
            first, second = wizard.confirm_page.groups
            wizard.confirm_page.first.setText(groups[first - 1])
            wizard.confirm_page.second.setText(groups[second - 1])
            wizard.next()
            assert journal.read(vault.path) is None
        else:
            wizard.reject()  # closed before typing it back: offered at the next unlock
            vault.lock()
            assert session.unlock(vault, passphrase=PASSPHRASE).recovery_key_to_confirm == key
    finally:
        vault.close()
