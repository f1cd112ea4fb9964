"""vault.keys refuses every tampering: flipped bytes, swapped or foreign slots, weakened KDF."""

from __future__ import annotations

import base64
import json
import uuid
from pathlib import Path

import pytest

from peerdesk.core.errors import KeyFileError, PeerdeskError, WrongPassphrase
from peerdesk.core.services import integrity, mentees, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault
from peerdesk.core.vault.keys import KeyFile, Slot

PASSPHRASE = "orange kettle meadow 42"
REFUSED = (KeyFileError, WrongPassphrase)


@pytest.fixture
def closed_vault(vault: Vault) -> Vault:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    vault.close()
    return vault


def doc(vault: Vault) -> dict:
    return json.loads(vault.keys_path.read_bytes())


def write_doc(vault: Vault, data: dict) -> None:
    vault.keys_path.write_text(json.dumps(data, indent=2))


def slot_span(raw: bytes, slot_type: str) -> tuple[int, int]:
    """Byte range of the JSON object of the first slot of ``slot_type``."""
    at = raw.index(f'"type": "{slot_type}"'.encode())
    return raw.rindex(b"{", 0, at), raw.index(b"}", at)


def assert_refused(vault: Vault, how: str, secret: str) -> None:
    attempt = Vault(vault.path)
    try:
        with pytest.raises(REFUSED):
            if how == "recovery":
                session.unlock_with_recovery_key(attempt, recovery_key=secret)
            else:
                session.unlock(attempt, passphrase=secret)
        assert not attempt.is_open
    finally:
        attempt.close()


def test_every_flipped_byte_is_refused_or_reported(closed_vault: Vault) -> None:
    """Exhaustive over the whole file, unlocking with the recovery key (no Argon2).

    A flip in a slot the unlock does not use (the passphrase slot here) or in a MAC
    cannot stop the unlock, but must be reported at once and by `peerdesk check`.
    """
    vault = closed_vault
    original = vault.keys_path.read_bytes()
    assert b'"mac"' in original  # sealed under the data key
    recovery = vault.test_recovery_key  # type: ignore[attr-defined]
    start, end = slot_span(original, "passphrase")
    accepted = []
    tried = reported = 0
    for offset in range(len(original)):
        for mask in (0x01, 0x02, 0x04, 0x08, 0x20, 0x40):
            tampered = bytearray(original)
            tampered[offset] ^= mask
            try:
                parsed = KeyFile.from_bytes(bytes(tampered))
            except KeyFileError:
                continue
            if parsed == KeyFile.from_bytes(original):
                continue  # same key file (non-canonical base64: see the test below)
            tried += 1
            vault.keys_path.write_bytes(bytes(tampered))
            attempt = Vault(vault.path)
            try:
                result = session.unlock_with_recovery_key(attempt, recovery_key=recovery)
                problems = integrity.check(attempt)
                if result.notices and problems:
                    reported += 1
                else:
                    accepted.append((offset, mask, start <= offset <= end))
            except REFUSED:
                pass
            finally:
                attempt.close()
            assert vault.keys_path.read_bytes() == bytes(tampered)  # the evidence is kept
    vault.keys_path.write_bytes(original)
    assert tried > 500
    assert reported > 50  # the passphrase slot and the MACs
    assert accepted == []
    session.open_vault(vault.path, passphrase=PASSPHRASE).close()


def test_non_canonical_base64_in_key_file_is_refused(closed_vault: Vault) -> None:
    vault = closed_vault
    data = doc(vault)
    salt = data["kdf"]["salt"]
    assert salt.endswith("==")  # 16 bytes: the last character carries 4 unused bits
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = alphabet.index(salt[-3])
    data["kdf"]["salt"] = salt[:-3] + alphabet[last ^ 0x01] + "=="
    assert base64.b64decode(data["kdf"]["salt"]) == base64.b64decode(salt)
    write_doc(vault, data)
    assert_refused(vault, "passphrase", PASSPHRASE)


@pytest.mark.parametrize("field", ["nonce", "wrapped", "id"])
def test_flipped_byte_in_passphrase_slot_is_refused(closed_vault: Vault, field: str) -> None:
    vault = closed_vault
    data = doc(vault)
    slot = next(s for s in data["slots"] if s["type"] == "passphrase")
    value = slot[field]
    for index in (0, len(value) // 2, len(value) - 1):
        ch = value[index]
        replacement = "A" if ch != "A" else "B"
        if field == "id":
            replacement = "0" if ch != "0" else "1"
        slot[field] = value[:index] + replacement + value[index + 1 :]
        write_doc(vault, data)
        assert_refused(vault, "passphrase", PASSPHRASE)
    slot[field] = value
    write_doc(vault, data)
    session.open_vault(vault.path, passphrase=PASSPHRASE).close()


def test_swapped_slot_types_are_refused(closed_vault: Vault) -> None:
    vault = closed_vault
    data = doc(vault)
    for slot in data["slots"]:
        slot["type"] = {"passphrase": "recovery", "recovery": "passphrase"}[slot["type"]]
    write_doc(vault, data)
    assert_refused(vault, "passphrase", PASSPHRASE)
    assert_refused(vault, "recovery", vault.test_recovery_key)  # type: ignore[attr-defined]


def test_slot_typed_as_device_opens_nothing(closed_vault: Vault, memory_keyring) -> None:
    vault = closed_vault
    data = doc(vault)
    data["slots"][0]["type"] = "device"
    write_doc(vault, data)
    keys = KeyFile.from_bytes(vault.keys_path.read_bytes())
    memory_keyring.store[("peerdesk", keys.vault_id)] = base64.b64encode(b"\x00" * 32).decode()
    attempt = Vault(vault.path)
    with pytest.raises(WrongPassphrase):
        session.unlock_with_device(attempt)
    attempt.close()


def test_slot_copied_from_another_vault_is_refused(closed_vault: Vault) -> None:
    """Same salt, same passphrase, even the same data key: only the vault id differs (AAD)."""
    vault = closed_vault
    keys = KeyFile.from_bytes(vault.keys_path.read_bytes())
    data_key = keys.unwrap("passphrase", PASSPHRASE)
    foreign = KeyFile(str(uuid.uuid4()), keys.kdf).with_slot("passphrase", PASSPHRASE, data_key)
    assert foreign.unwrap("passphrase", PASSPHRASE) == data_key  # it opens its own file
    planted = KeyFile(
        keys.vault_id,
        keys.kdf,
        (*(s for s in keys.slots if s.type != "passphrase"), foreign.slots[0]),
    )
    vault.keys_path.write_bytes(planted.to_bytes())
    assert_refused(vault, "passphrase", PASSPHRASE)


def test_slot_from_a_real_other_vault_is_refused(closed_vault: Vault, tmp_path: Path) -> None:
    vault = closed_vault
    other = Vault(tmp_path / "other")
    session.create_vault(other, passphrase=PASSPHRASE)
    session.confirm_recovery_key(other)
    other.close()
    mine, theirs = doc(vault), doc(other)
    mine["slots"] = [s for s in mine["slots"] if s["type"] != "passphrase"] + [
        s for s in theirs["slots"] if s["type"] == "passphrase"
    ]
    write_doc(vault, mine)
    assert_refused(vault, "passphrase", PASSPHRASE)


def test_changed_vault_id_is_refused_even_though_argon2_ignores_it(closed_vault: Vault) -> None:
    vault = closed_vault
    data = doc(vault)
    data["vault_id"] = str(uuid.uuid4())
    write_doc(vault, data)
    assert_refused(vault, "passphrase", PASSPHRASE)


@pytest.mark.parametrize(
    ("param", "value"),
    [("memory_kib", 32768), ("memory_kib", 65535), ("iterations", 2), ("lanes", 1)],
)
def test_lowered_kdf_parameters_are_refused(closed_vault: Vault, param: str, value: int) -> None:
    vault = closed_vault
    data = doc(vault)
    data["kdf"][param] = value
    write_doc(vault, data)
    attempt = Vault(vault.path)
    with pytest.raises(KeyFileError):
        session.unlock(attempt, passphrase=PASSPHRASE)
    attempt.close()
    with pytest.raises(KeyFileError):
        KeyFile.from_bytes(vault.keys_path.read_bytes())


@pytest.mark.parametrize(("param", "value"), [("memory_kib", 65536 + 1024), ("iterations", 4)])
def test_raised_kdf_parameters_are_refused(closed_vault: Vault, param: str, value: int) -> None:
    vault = closed_vault
    data = doc(vault)
    data["kdf"][param] = value
    write_doc(vault, data)
    assert_refused(vault, "passphrase", PASSPHRASE)
    assert_refused(vault, "recovery", vault.test_recovery_key)  # type: ignore[attr-defined]


def test_raised_kdf_header_alone_breaks_the_aad(closed_vault: Vault) -> None:
    """Derive with the original cost but present a raised header: the AAD still refuses."""
    keys = KeyFile.from_bytes(closed_vault.keys_path.read_bytes())
    from peerdesk.core.records import replace

    raised = replace(keys, kdf=replace(keys.kdf, memory_kib=keys.kdf.memory_kib + 1024))
    slot = next(s for s in keys.slots if s.type == "passphrase")
    key = keys._slot_key("passphrase", PASSPHRASE)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    AESGCM(key).decrypt(slot.nonce, slot.wrapped, keys._aad(slot.id, slot.type))
    with pytest.raises(InvalidTag):
        AESGCM(key).decrypt(slot.nonce, slot.wrapped, raised._aad(slot.id, slot.type))


@pytest.mark.parametrize(
    "damage",
    ["empty", "not_json", "no_slots", "wrong_format", "future_version", "unknown_slot_type"],
)
def test_structurally_damaged_key_file_is_a_key_file_error(
    closed_vault: Vault, damage: str
) -> None:
    vault = closed_vault
    data = doc(vault)
    if damage == "empty":
        vault.keys_path.write_bytes(b"")
    elif damage == "not_json":
        vault.keys_path.write_bytes(b"\xff\xfe garbage")
    else:
        if damage == "no_slots":
            del data["slots"]
        elif damage == "wrong_format":
            data["format"] = "keepass"
        elif damage == "future_version":
            data["version"] = 2
        else:
            data["slots"][0]["type"] = "fingerprint"
        write_doc(vault, data)
    attempt = Vault(vault.path)
    with pytest.raises(KeyFileError):
        session.unlock(attempt, passphrase=PASSPHRASE)
    attempt.close()


def test_missing_key_file_opens_nothing(closed_vault: Vault) -> None:
    closed_vault.keys_path.unlink()
    with pytest.raises(PeerdeskError):
        session.open_vault(closed_vault.path, passphrase=PASSPHRASE)


def test_slot_round_trips_through_json() -> None:
    slot = Slot("ab" * 8, "recovery", b"n" * 12, b"w" * 48)
    assert Slot.from_json(slot.to_json()) == slot
