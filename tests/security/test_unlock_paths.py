"""Passphrase change, recovery key, remembered device, and nonce freshness."""

from __future__ import annotations

import base64
import json

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from peerdesk.core.errors import PeerdeskError, StorageError, WrongPassphrase
from peerdesk.core.services import integrity, mentees, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault, device
from peerdesk.core.vault.keys import KeyFile, new_recovery_key

PASSPHRASE = "orange kettle meadow 42"
NEW = "violet harbour lantern 7"


def names(vault: Vault) -> list[str]:
    return [m.display_name for m in mentees.list_mentees(vault, include_archived=True)]


def refused(vault: Vault, how: str, secret: str = "") -> bool:
    attempt = Vault(vault.path)
    try:
        if how == "passphrase":
            session.unlock(attempt, passphrase=secret)
        elif how == "recovery":
            session.unlock_with_recovery_key(attempt, recovery_key=secret)
        else:
            session.unlock_with_device(attempt)
    except PeerdeskError:
        return True
    finally:
        attempt.close()
    return False


# --- passphrase -------------------------------------------------------------------------


def test_change_passphrase(vault: Vault) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria", aliases=["Mari"]))
    with pytest.raises(WrongPassphrase):
        session.change_passphrase(vault, current="not the current one", new_passphrase=NEW)
    session.change_passphrase(vault, current=PASSPHRASE, new_passphrase=NEW)
    vault.close()
    assert refused(vault, "passphrase", PASSPHRASE)
    assert not refused(vault, "passphrase", NEW)
    with session.open_vault(vault.path, passphrase=NEW) as again:
        assert names(again) == ["Maria"]
        assert integrity.check(again) == []
    # the recovery key is untouched by a passphrase change
    assert not refused(vault, "recovery", vault.test_recovery_key)  # type: ignore[attr-defined]


def _confusable(key: str) -> str:
    return key.replace("O", "0").replace("I", "1").replace("B", "8")


def test_recovery_key_unlock_forgives_typing_then_sets_a_passphrase(vault: Vault) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Jordan"))
    # Make sure the key has letters that people type as digits.
    key = vault.test_recovery_key  # type: ignore[attr-defined]
    for _ in range(200):
        if all(ch in key for ch in "OIB"):
            break
        key = session.replace_recovery_key(vault)
    assert all(ch in key for ch in "OIB")
    vault.close()
    plain = key.replace("-", "")
    variants = [
        key,
        key.lower(),
        plain,
        " ".join(plain[i : i + 4] for i in range(0, 26, 4)),
        f"  {key.lower().replace('-', ' - ')}  ",
        _confusable(key),
        _confusable(key).lower().replace("-", ""),
    ]
    for variant in variants:
        assert not refused(vault, "recovery", variant), variant
    recovered = Vault(vault.path)
    session.unlock_with_recovery_key(recovered, recovery_key=_confusable(key).lower())
    session.set_passphrase(recovered, new_passphrase=NEW)
    recovered.close()
    assert refused(vault, "passphrase", PASSPHRASE)
    with session.open_vault(vault.path, passphrase=NEW) as again:
        assert names(again) == ["Jordan"]


def test_wrong_recovery_key_fails(vault: Vault) -> None:
    vault.close()
    for wrong in (new_recovery_key(), "ABCD", vault.test_recovery_key[:-1], PASSPHRASE):  # type: ignore[attr-defined]
        attempt = Vault(vault.path)
        with pytest.raises(WrongPassphrase):
            session.unlock_with_recovery_key(attempt, recovery_key=wrong)
        attempt.close()


def test_replaced_recovery_key_retires_the_old_one(vault: Vault) -> None:
    old = vault.test_recovery_key  # type: ignore[attr-defined]
    new = session.replace_recovery_key(vault)
    session.confirm_recovery_key(vault)  # shown to the mentor
    vault.close()
    assert refused(vault, "recovery", old)
    assert not refused(vault, "recovery", new)


# --- remember this device --------------------------------------------------------------------


def test_remember_device_stores_one_random_key(vault: Vault, memory_keyring) -> None:
    assert memory_keyring.store == {}
    session.remember_device(vault)
    keys = KeyFile.from_bytes(vault.keys_path.read_bytes())
    assert list(memory_keyring.store) == [("peerdesk", keys.vault_id)]
    stored = memory_keyring.store[("peerdesk", keys.vault_id)]
    secret = base64.b64decode(stored, validate=True)
    assert len(secret) == 32
    assert PASSPHRASE not in stored and secret != PASSPHRASE.encode()
    data_key = keys.unwrap("passphrase", PASSPHRASE)
    assert secret != data_key and data_key.hex() not in stored
    assert keys.has("device") and vault.device_remembered()
    vault.close()
    assert not refused(vault, "device")


def test_device_key_opens_nothing_without_its_slot(vault: Vault, memory_keyring, tmp_path) -> None:
    session.remember_device(vault)
    vault.close()
    with_device = vault.keys_path.read_bytes()
    keys = KeyFile.from_bytes(with_device)
    secret = device.load(keys.vault_id)
    assert secret is not None

    vault.keys_path.write_bytes(keys.without("device").to_bytes())
    assert refused(vault, "device")

    other = Vault(tmp_path / "other")
    session.create_vault(other, passphrase=PASSPHRASE)
    session.confirm_recovery_key(other)
    other.close()
    other_keys = KeyFile.from_bytes(other.keys_path.read_bytes())
    vault.keys_path.write_bytes(other.keys_path.read_bytes())
    assert refused(vault, "device")
    # Even offered under the other vault's id, the device key opens nothing there.
    device.store(other_keys.vault_id, secret)
    assert refused(vault, "device")
    assert refused(other, "device")

    vault.keys_path.unlink()
    assert refused(vault, "device")

    vault.keys_path.write_bytes(with_device)
    assert not refused(vault, "device")


def test_forget_device_removes_entry_and_slot(vault: Vault, memory_keyring) -> None:
    session.remember_device(vault)
    assert len(memory_keyring.store) == 1
    session.forget_device(vault)
    assert memory_keyring.store == {}
    assert not KeyFile.from_bytes(vault.keys_path.read_bytes()).has("device")
    assert not vault.device_remembered()
    vault.close()
    assert refused(vault, "device")
    assert not refused(vault, "passphrase", PASSPHRASE)


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring])
def test_fail_and_null_keyrings_are_not_offered(vault: Vault, backend, memory_keyring) -> None:
    assert device.is_available()  # the in-memory stand-in counts as a real keyring
    keyring.set_keyring(backend())
    assert not device.is_available()
    with pytest.raises(StorageError):
        session.remember_device(vault)
    assert not KeyFile.from_bytes(vault.keys_path.read_bytes()).has("device")


# --- nonces -------------------------------------------------------------------------------------


def test_nonces_are_never_reused(vault: Vault) -> None:
    seen: dict[str, tuple[str, str]] = {}  # slot id -> (nonce, wrapped)

    def collect() -> None:
        for slot in json.loads(vault.keys_path.read_bytes())["slots"]:
            previous = seen.setdefault(slot["id"], (slot["nonce"], slot["wrapped"]))
            assert previous == (slot["nonce"], slot["wrapped"])  # a kept slot is unchanged

    collect()
    current = PASSPHRASE
    for i in range(4):
        new = f"passphrase number {i} here"
        session.change_passphrase(vault, current=current, new_passphrase=new)
        current = new
        collect()
    for _ in range(3):
        session.replace_recovery_key(vault)
        collect()
    for _ in range(3):
        session.remember_device(vault)
        collect()
    session.rotate_data_key(vault, passphrase=current)
    collect()
    session.forget_device(vault)
    collect()
    nonces = [nonce for nonce, _wrapped in seen.values()]
    assert len(seen) >= 2 + 4 + 3 + 3 + 3
    assert all(len(base64.b64decode(n)) == 12 for n in nonces)
    assert len(set(nonces)) == len(nonces)
