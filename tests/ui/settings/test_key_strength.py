"""Settings says how the passphrase is strengthened: the key file's own Argon2id settings."""

from __future__ import annotations

from peerdesk.core.vault import Vault
from peerdesk.ui.window import MainWindow


def test_settings_shows_the_vaults_kdf(window: MainWindow, vault: Vault) -> None:
    window.desk.show_page("Settings")
    page = window.desk.settings
    page.reload()
    kdf = vault.read_keys().kdf
    text = page.kdf_line.text()
    assert f"{kdf.memory_kib // 1024} MiB" in text and f"{kdf.iterations} passes" in text
    assert "processor time" in text


def test_changing_the_passphrase_can_change_the_key(
    qtbot, window: MainWindow, vault: Vault, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.core.vault import journal
    from peerdesk.core.vault.keys import parse_recovery_key

    window.desk.show_page("Settings")
    before = vault.read_keys().unwrap("passphrase", "orange kettle meadow 42")
    dialog = window.desk.settings.change_passphrase()
    dialog.current.setText("orange kettle meadow 42")
    dialog.fields.passphrase.setText("violet harbour lantern 7")
    dialog.fields.confirmation.setText("violet harbour lantern 7")
    dialog.rotate.setChecked(True)
    dialog._save()
    wait_ops()
    shown = dialog.recovery_dialog.view.key_label.text()
    keys = vault.read_keys()
    now = keys.unwrap("passphrase", "violet harbour lantern 7")
    assert now != before  # old backups and the old passphrase open nothing here now
    assert keys.unwrap("recovery", parse_recovery_key(shown)) == now
    dialog.recovery_dialog.accept()
    assert journal.read(vault.path) is None
