"""One process per vault: a second claim, in this process or another, is refused."""

from __future__ import annotations

import pytest

from peerdesk.core.errors import VaultBusy
from peerdesk.core.services import session
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"


def test_second_claim_is_refused_until_close(vault: Vault) -> None:
    second = Vault(vault.path)
    with pytest.raises(VaultBusy):
        second.claim()
    with pytest.raises(VaultBusy):
        session.open_vault(vault.path, passphrase=PASSPHRASE)
    vault.lock()  # locked but still claimed
    with pytest.raises(VaultBusy):
        second.claim()
    vault.close()
    second.claim()
    session.unlock(second, passphrase=PASSPHRASE)
    with pytest.raises(VaultBusy):
        vault.claim()
    second.close()


def test_cli_on_a_claimed_vault_exits_1(vault: Vault, cli) -> None:
    args = ("check", "--vault", str(vault.path), "--passphrase-stdin")
    busy = cli(*args, input=PASSPHRASE + "\n")
    assert busy.returncode == 1
    lines = busy.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in busy.stderr
    assert "already open" in lines[0]
    vault.close()
    free = cli(*args, input=PASSPHRASE + "\n")
    assert free.returncode == 0, free.stderr
