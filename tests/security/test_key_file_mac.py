"""vault.keys is sealed under the data key, so damage to a slot nobody uses is found now.

The recovery slot is used once in a blue moon; without the MACs a changed byte there
would be found on the day the mentor needs it. These tests unlock with the passphrase.
"""

from __future__ import annotations

import base64
import json

import pytest

from peerdesk.core.services import integrity, session
from peerdesk.core.vault import Vault
from peerdesk.core.vault.keys import KeyFile

PASSPHRASE = "orange kettle meadow 42"


def edit(vault: Vault, change) -> None:
    doc = json.loads(vault.keys_path.read_bytes())
    change(doc)
    vault.keys_path.write_text(json.dumps(doc, indent=2))


def slot(doc: dict, kind: str) -> dict:
    return next(s for s in doc["slots"] if s["type"] == kind)


def flip_b64(text: str) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[len(raw) // 2] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def reopen(vault: Vault) -> tuple[tuple[str, ...], list[str]]:
    vault.close()
    again = Vault(vault.path)
    with again:
        result = session.unlock(again, passphrase=PASSPHRASE)
        return result.notices, integrity.check(again)


@pytest.mark.parametrize("field", ["wrapped", "nonce", "id", "mac"])
def test_a_changed_recovery_slot_is_reported_after_a_passphrase_unlock(
    vault: Vault, field: str
) -> None:
    def change(doc: dict) -> None:
        target = slot(doc, "recovery")
        target[field] = "f" * 16 if field == "id" else flip_b64(target[field])

    vault.close()
    edit(vault, change)
    notices, problems = reopen(vault)
    assert any("recovery key slot" in n for n in notices)
    assert any("recovery key slot" in p for p in problems)


def test_a_removed_recovery_slot_is_reported(vault: Vault) -> None:
    vault.close()
    edit(vault, lambda doc: doc.update(slots=[s for s in doc["slots"] if s["type"] != "recovery"]))
    notices, problems = reopen(vault)
    assert any("removed from or added" in p for p in problems) and notices


def test_making_a_new_recovery_key_mends_the_report(vault: Vault) -> None:
    vault.close()
    edit(
        vault,
        lambda doc: slot(doc, "recovery").update(
            wrapped=flip_b64(slot(doc, "recovery")["wrapped"])
        ),
    )
    with Vault(vault.path) as again:
        session.unlock(again, passphrase=PASSPHRASE)
        assert integrity.check(again)
        session.replace_recovery_key(again)
        session.confirm_recovery_key(again)
        assert integrity.check(again) == []
    assert reopen(vault) == ((), [])


def test_a_key_file_from_before_macs_is_sealed_on_unlock(vault: Vault) -> None:
    vault.close()

    def unseal(doc: dict) -> None:
        doc.pop("mac")
        for s in doc["slots"]:
            s.pop("mac")

    edit(vault, unseal)
    assert not KeyFile.from_bytes(vault.keys_path.read_bytes()).is_sealed()
    assert reopen(vault) == ((), [])
    assert KeyFile.from_bytes(vault.keys_path.read_bytes()).is_sealed()


def test_forgetting_the_device_while_locked_is_not_damage(vault: Vault, memory_keyring) -> None:
    session.remember_device(vault)
    vault.lock()
    session.forget_device(vault)  # from the unlock screen: no data key at hand
    assert not KeyFile.from_bytes(vault.keys_path.read_bytes()).has("device")
    assert reopen(vault) == ((), [])


def test_cli_check_exits_4_on_a_damaged_recovery_slot(cli, vault: Vault) -> None:
    vault.close()
    edit(
        vault,
        lambda doc: slot(doc, "recovery").update(
            wrapped=flip_b64(slot(doc, "recovery")["wrapped"])
        ),
    )
    proc = cli("check", "--vault", str(vault.path), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert proc.returncode == 4
    assert "recovery key slot" in proc.stderr and "Vault OK" not in proc.stdout
