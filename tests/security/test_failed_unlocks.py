"""Failed unlocks are kept outside the encrypted database and told at the next unlock."""

from __future__ import annotations

import pytest

from peerdesk.core.errors import WrongPassphrase
from peerdesk.core.services import audit, session
from peerdesk.core.vault import Vault
from peerdesk.core.vault.attempts import ATTEMPTS_NAME
from peerdesk.core.vault.vault import ATTEMPTS_REMOVED

PASSPHRASE = "orange kettle meadow 42"
WRONG = "Zq9CanaryXylophone wrong"  # the canary: what was typed is never kept


def fail(path, times: int) -> None:
    for _ in range(times):
        other = Vault(path)
        with other, pytest.raises(WrongPassphrase):
            other.unlock(WRONG)


def test_failures_in_other_runs_are_told_and_logged(vault: Vault) -> None:
    vault.close()
    fail(vault.path, 3)
    assert Vault(vault.path).failed_unlocks()[0] == 3
    raw = (vault.path / ATTEMPTS_NAME).read_bytes()
    assert b"Zq9Canary" not in raw
    with Vault(vault.path) as again:
        result = session.unlock(again, passphrase=PASSPHRASE)
        assert result.failed_attempts == 3
        assert any(n.startswith("3 failed attempts to open this vault") for n in result.notices)
        with again.session() as s:
            events = [e for e in audit.recent(s, limit=5) if e.kind == "unlock_failed"]
        assert events and events[0].detail == {"count": 3}
    with Vault(vault.path) as third:  # told once
        assert session.unlock(third, passphrase=PASSPHRASE).notices == ()
        assert third.failed_unlocks() == (0, None)


def test_own_mistypes_in_this_window_are_not_told_again(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(WRONG)
    result = session.unlock(vault, passphrase=PASSPHRASE)
    assert result.failed_attempts == 1 and result.notices == ()


def test_a_removed_record_is_told(vault: Vault) -> None:
    vault.close()
    fail(vault.path, 2)
    (vault.path / ATTEMPTS_NAME).unlink()
    with Vault(vault.path) as again:
        assert ATTEMPTS_REMOVED in session.unlock(again, passphrase=PASSPHRASE).notices


def test_cli_failures_are_counted_and_told(cli, vault: Vault) -> None:
    vault.close()
    args = ("mentee", "list", "--vault", str(vault.path), "--passphrase-stdin")
    for _ in range(2):
        assert cli(*args, input=WRONG + "\n").returncode == 3
    proc = cli(*args, input=PASSPHRASE + "\n")
    assert proc.returncode == 0
    assert "2 failed attempts to open this vault" in proc.stderr
    assert "failed attempts" not in cli(*args, input=PASSPHRASE + "\n").stderr
