"""Rotating the data key, including a crash between the rekey and the key-file rename."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from peerdesk.core.errors import StorageError, WrongPassphrase
from peerdesk.core.services import integrity, mentees, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault
from peerdesk.core.vault import vault as vault_module
from peerdesk.core.vault.keys import KeyFile, parse_recovery_key

PASSPHRASE = "orange kettle meadow 42"


def names(vault: Vault) -> list[str]:
    return [m.display_name for m in mentees.list_mentees(vault, include_archived=True)]


def data_key(vault: Vault) -> bytes:
    return KeyFile.from_bytes(vault.keys_path.read_bytes()).unwrap("passphrase", PASSPHRASE)


def test_rotate_data_key(vault: Vault, memory_keyring) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Priya"))
    session.remember_device(vault)
    old_recovery = vault.test_recovery_key  # type: ignore[attr-defined]
    old_key = data_key(vault)
    new_recovery = session.rotate_data_key(vault, passphrase=PASSPHRASE)
    assert data_key(vault) != old_key
    assert names(vault) == ["Priya"]
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Kai"))
    assert integrity.check(vault) == []
    vault.close()
    assert not (vault.path / "vault.keys.next").exists()

    attempt = Vault(vault.path)
    with pytest.raises(WrongPassphrase):
        session.unlock_with_recovery_key(attempt, recovery_key=old_recovery)
    session.unlock_with_recovery_key(attempt, recovery_key=new_recovery)
    assert names(attempt) == ["Kai", "Priya"]
    attempt.close()
    with session.open_vault(vault.path, passphrase=PASSPHRASE) as again:
        assert integrity.check(again) == []
    by_device = Vault(vault.path)
    session.unlock_with_device(by_device)
    by_device.close()


def test_rotate_needs_the_passphrase(vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        session.rotate_data_key(vault, passphrase="not the passphrase")
    assert not (vault.path / "vault.keys.next").exists()


def test_crash_after_rekey_before_rename_still_opens(vault: Vault, monkeypatch) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Aisha"))
    old_keys = vault.keys_path.read_bytes()
    real_replace = os.replace
    crashed = []

    def replace_crashing_once(src, dst, *args, **kwargs):
        if Path(src).name == "vault.keys.next" and Path(dst).name == "vault.keys" and not crashed:
            crashed.append(True)
            raise OSError("simulated power cut")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(vault_module.os, "replace", replace_crashing_once)
    with pytest.raises(StorageError):  # a plain message, not a raw OSError
        session.rotate_data_key(vault, passphrase=PASSPHRASE)
    assert crashed
    assert not vault.is_open  # no half-valid engine left behind
    monkeypatch.setattr(vault_module.os, "replace", real_replace)
    vault.close()
    pending = vault.path / "vault.keys.next"
    assert pending.exists()
    assert vault.keys_path.read_bytes() == old_keys  # the rename never happened
    pending_bytes = pending.read_bytes()

    with Vault(vault.path) as reopened:
        result = session.unlock(reopened, passphrase=PASSPHRASE)
        assert names(reopened) == ["Aisha"]
        assert integrity.check(reopened) == []
        assert result.recovery_key_stale  # the rotation's recovery key was never shown
    assert not pending.exists()
    assert vault.keys_path.read_bytes() == pending_bytes  # promoted
    session.open_vault(vault.path, passphrase=PASSPHRASE).close()


def test_crash_before_rekey_discards_pending_key_file(vault: Vault) -> None:
    """vault.keys.next written (first step of a rotation) but the database never rekeyed."""
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Tom"))
    keys = KeyFile.from_bytes(vault.keys_path.read_bytes())
    pending = vault.path / "vault.keys.next"
    unused = keys.rewrapped(
        os.urandom(32),
        {"passphrase": PASSPHRASE, "recovery": parse_recovery_key("A" * 26)},
    )
    pending.write_bytes(unused.to_bytes())
    vault.close()
    old_keys = vault.keys_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        session.open_vault(vault.path, passphrase="a wrong passphrase")
    assert pending.exists()
    with session.open_vault(vault.path, passphrase=PASSPHRASE) as reopened:
        assert names(reopened) == ["Tom"]
    assert not pending.exists()
    assert vault.keys_path.read_bytes() == old_keys
