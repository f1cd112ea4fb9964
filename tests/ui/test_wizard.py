"""The first-run wizard, end to end on a real vault."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from peerdesk.core.services import profile, session
from peerdesk.core.vault import Vault
from peerdesk.ui.wizard import SetupWizard

PASSPHRASE = "orange kettle meadow 42"


@pytest.fixture
def new_vault(vault_dir: Path) -> Iterator[Vault]:
    v = Vault(vault_dir)
    yield v
    v.close()


def test_wizard_creates_the_vault_and_saves_the_profile(
    qtbot: QtBot, new_vault: Vault, wait_ops: Callable[[], None]
) -> None:
    wizard = SetupWizard(new_vault)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.protection_page.language.combo)
    protection = " ".join(label.text() for label in wizard.protection_page.findChildren(QLabel))
    assert "lost or stolen" in protection and "recovery key" in protection

    wizard.next()
    page = wizard.profile_page
    assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.name)  # the cursor is in Name
    assert not page.isComplete()
    page.name.setText("Sam Rivera")
    page.role.setText("Peer mentor")
    page.organisation.setText("Riverside Peer Network")
    page.supervisor.setText("Dana Whitfield")
    page.region.setCurrentIndex(page.region.findData("UK"))
    assert page.isComplete()

    wizard.next()
    fields = wizard.passphrase_page.fields
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fields.passphrase)
    fields.passphrase.setText("short")
    fields.confirmation.setText("short")
    assert not wizard.passphrase_page.isComplete()
    fields.passphrase.setText(PASSPHRASE)
    fields.confirmation.setText(PASSPHRASE + "x")
    assert not wizard.passphrase_page.isComplete()
    fields.confirmation.setText(PASSPHRASE)
    assert wizard.passphrase_page.isComplete()
    assert not new_vault.exists()

    wizard.next()  # the commit page: the vault is created in the background
    wait_ops()
    recovery = wizard.recovery_page
    assert recovery.isComplete()
    assert new_vault.exists() and new_vault.is_open
    key = recovery.key
    assert recovery.view.key_label.text() == key
    assert fields.value() == ""  # the passphrase does not linger in the form

    wizard.next()
    confirm = wizard.confirm_page
    assert wizard.currentPage() is confirm
    assert not confirm.isComplete()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is confirm.first)
    first, second = confirm.groups
    groups = key.split("-")
    confirm.first.setText(groups[first - 1].lower())
    assert confirm.message.text() == ""
    confirm.second.setText("ZZZZ")
    assert not confirm.isComplete()
    assert confirm.message.text().startswith(f"Group {second} does not match")
    assert confirm.second.text() == "ZZZZ"  # kept, to correct
    confirm.second.setText(groups[second - 1])
    assert confirm.isComplete() and confirm.message.text() == ""

    wizard.next()
    assert wizard.currentPage() is wizard.device_page
    assert wizard.device_page.remember.isEnabled()  # the test keyring is a real backend
    wizard.device_page.remember.setChecked(True)
    with qtbot.waitSignal(wizard.completed) as blocker:
        wizard.accept()
    assert blocker.args == [True]

    saved = profile.get_profile(new_vault)
    assert (saved.name, saved.role, saved.region) == ("Sam Rivera", "Peer mentor", "UK")
    assert new_vault.device_remembered()
    assert recovery.view.key_label.text() == ""

    new_vault.lock()
    session.unlock(new_vault, passphrase=PASSPHRASE)
    new_vault.lock()
    session.unlock_with_recovery_key(new_vault, recovery_key=key)


def test_device_choice_is_explained_without_a_keyring(
    qtbot: QtBot, new_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("peerdesk.core.vault.device.is_available", lambda: False)
    wizard = SetupWizard(new_vault)
    qtbot.addWidget(wizard)
    page = wizard.device_page
    assert not page.remember.isEnabled()
    assert not page.remember.isVisibleTo(page)  # nothing left to choose: no dead box
    assert page.subTitle() == "Your vault is ready."
