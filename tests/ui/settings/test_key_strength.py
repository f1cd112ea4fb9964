"""Settings says how the passphrase is strengthened: the key file's own Argon2id settings."""

from __future__ import annotations

import re

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
    assert re.search(r"about \d+\.\d+ s on this computer", text), text  # timed at creation


def test_a_vault_made_before_times_were_kept_is_timed_at_the_next_unlock(
    window: MainWindow, vault: Vault
) -> None:
    from sqlalchemy import delete

    from peerdesk.core.models import Setting
    from peerdesk.core.services import session
    from peerdesk.i18n import number_text

    with vault.session() as s:
        s.execute(delete(Setting).where(Setting.name == session.KDF_TIME))
    window.desk.show_page("Settings")
    page = window.desk.settings
    page.reload()
    assert "measured the next time you unlock" in page.kdf_line.text()
    assert session.key_derivation_seconds(vault) is None
    vault.lock()
    session.unlock(vault, passphrase="orange kettle meadow 42")
    seconds = session.key_derivation_seconds(vault)
    assert seconds is not None and seconds > 0
    page.reload()
    shown = number_text(seconds, 2 if seconds < 1 else 1)
    assert f"about {shown} s on this computer" in page.kdf_line.text()


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


def test_someone_may_know_my_passphrase_changes_all_three(
    qtbot, window: MainWindow, vault: Vault, wait_ops
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from peerdesk.core.services import session
    from peerdesk.core.vault import journal
    from peerdesk.core.vault.keys import parse_recovery_key
    from peerdesk.ui.widgets.passphrase import ChangePassphraseDialog

    window.desk.show_page("Settings")
    page = window.desk.settings
    old_recovery = vault.test_recovery_key  # type: ignore[attr-defined]
    before = vault.read_keys().unwrap("passphrase", "orange kettle meadow 42")
    qtbot.mouseClick(page.compromise_button, Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(ChangePassphraseDialog)
    assert dialog.compromised and dialog.isVisible()
    assert dialog.rotate.isChecked() and not dialog.rotate.isVisibleTo(dialog)  # required
    assert dialog.backups_note.isVisibleTo(dialog)
    assert dialog.backups_note.text() == session.COMPROMISE_BACKUPS
    dialog.current.setText("orange kettle meadow 42")
    for same_then_new in ("orange kettle meadow 42", "violet harbour lantern 7"):
        dialog.fields.passphrase.setText(same_then_new)
        dialog.fields.confirmation.setText(same_then_new)
        dialog._save()
        wait_ops()
        if same_then_new.startswith("orange"):  # the one someone may know: refused
            assert "not used for this vault" in dialog.error.text()
            assert vault.read_keys().unwrap("passphrase", same_then_new) == before
    shown = dialog.recovery_dialog.view.key_label.text()
    keys = vault.read_keys()
    now = keys.unwrap("passphrase", "violet harbour lantern 7")
    assert now != before
    assert keys.unwrap("recovery", parse_recovery_key(shown)) == now
    assert parse_recovery_key(shown) != parse_recovery_key(old_recovery)
    dialog.recovery_dialog.accept()
    assert journal.read(vault.path) is None
