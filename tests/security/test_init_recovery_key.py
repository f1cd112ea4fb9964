"""A new vault's recovery key is offered again at every start until it is confirmed as kept.

The issue's finding: `peerdesk init` killed after the vault existed but before the key was
printed left a usable vault whose recovery key nobody had seen. The vault's creation now
writes vault.journal ("init", the key sealed under the data key) before vault.keys, and
only confirm_recovery_key removes it; the CLI, the wizard and the unlock screen all go
through session.confirm_recovery_key.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from peerdesk.core.services import integrity, session
from peerdesk.core.vault import Vault, journal

PASSPHRASE = "orange kettle meadow 42"
ROOT = Path(__file__).resolve().parents[2]


def unconfirmed(folder: Path) -> str:
    """A vault made as `init` makes it, then the process killed before any confirmation."""
    child = (
        "import os, signal, sys\n"
        "from peerdesk.core.services import session\n"
        "from peerdesk.core.vault import Vault\n"
        "key = session.create_vault(Vault(sys.argv[1]), passphrase=sys.argv[2])\n"
        "print(key, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    env = {**os.environ, "PEERDESK_KDF_TARGET_MS": "0", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", child, str(folder), PASSPHRASE],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    return proc.stdout.strip()


def test_the_key_is_offered_until_confirmed(tmp_path: Path) -> None:
    key = unconfirmed(tmp_path / "vault")
    vault = Vault(tmp_path / "vault")
    try:
        for _ in range(2):  # offered again while not confirmed
            result = session.unlock(vault, passphrase=PASSPHRASE)
            assert result.recovery_key_to_confirm == key
            assert any("shown again" in n for n in result.notices)
            assert key not in repr(result)
            assert not result.recovery_key_stale
            assert integrity.check(vault) == []
            vault.lock()
        raw = (tmp_path / "vault" / journal.JOURNAL_NAME).read_text()
        assert key not in raw and key.replace("-", "") not in raw  # sealed, never plain
        session.unlock(vault, passphrase=PASSPHRASE)
        session.confirm_recovery_key(vault)
        vault.lock()
        result = session.unlock(vault, passphrase=PASSPHRASE)
        assert result.recovery_key_to_confirm is None and result.notices == ()
        vault.lock()
        session.unlock_with_recovery_key(vault, recovery_key=key)  # the key shown works
    finally:
        vault.close()
    assert journal.read(tmp_path / "vault") is None


def test_opening_with_the_recovery_key_confirms_it(tmp_path: Path) -> None:
    key = unconfirmed(tmp_path / "vault")
    with Vault(tmp_path / "vault") as vault:
        result = session.unlock_with_recovery_key(vault, recovery_key=key)
        assert result.recovery_key_to_confirm is None
    assert journal.read(tmp_path / "vault") is None


def test_a_changed_seal_is_told_as_a_key_to_replace(tmp_path: Path) -> None:
    unconfirmed(tmp_path / "vault")
    path = tmp_path / "vault" / journal.JOURNAL_NAME
    doc = json.loads(path.read_text())
    sealed = bytearray(doc["detail"]["sealed"].encode())
    sealed[20] = ord("A") if sealed[20] != ord("A") else ord("B")
    doc["detail"]["sealed"] = sealed.decode()
    path.write_text(json.dumps(doc))
    with Vault(tmp_path / "vault") as vault:
        result = session.unlock(vault, passphrase=PASSPHRASE)
        assert result.recovery_key_to_confirm is None
        assert result.recovery_key_stale
        assert any("cannot be shown again" in n for n in result.notices)


def test_a_new_key_cut_short_offers_the_first_again(tmp_path: Path) -> None:
    key = unconfirmed(tmp_path / "vault")
    vault = Vault(tmp_path / "vault")
    try:
        session.unlock(vault, passphrase=PASSPHRASE)
        session.replace_recovery_key(vault)  # shown, then peerdesk stops unconfirmed
        vault.close()
        vault = Vault(tmp_path / "vault")
        result = session.unlock(vault, passphrase=PASSPHRASE)
        assert result.recovery_key_to_confirm == key
        session.confirm_recovery_key(vault)
    finally:
        vault.close()
    assert journal.read(tmp_path / "vault") is None


def test_cli_offers_it_on_the_next_command(
    tmp_path: Path, cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    folder = tmp_path / "vault"
    key = unconfirmed(folder)
    first = cli("check", "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert first.returncode == 0, first.stderr
    assert key in first.stderr and "shown again" in first.stderr
    again = cli("check", "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert again.returncode == 0 and key not in again.stderr + again.stdout


def test_cli_init_confirms_once_printed(
    tmp_path: Path, cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    folder = tmp_path / "vault"
    made = cli("init", "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr
    assert "Your recovery key" in made.stdout
    assert journal.read(folder) is None
