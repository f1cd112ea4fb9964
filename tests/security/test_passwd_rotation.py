"""`peerdesk passwd` tells the truth about old backups, and --rotate-key makes it true that
an old backup (its key file) with the old passphrase no longer opens the vault."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from peerdesk.core import db
from peerdesk.core.errors import IntegrityError, WrongPassphrase
from peerdesk.core.services import session
from peerdesk.core.vault import Vault, journal
from peerdesk.core.vault.keys import KeyFile, parse_recovery_key

PASSPHRASE = "orange kettle meadow 42"
NEW = "violet harbour lantern 7"


def data_key(keys_file: Path | bytes, passphrase: str) -> bytes:
    raw = keys_file if isinstance(keys_file, bytes) else keys_file.read_bytes()
    return KeyFile.from_bytes(raw).unwrap("passphrase", passphrase)


@pytest.mark.parametrize("rotate", [False, True])
def test_passwd_and_old_backups(
    cli: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path, rotate: bool
) -> None:
    folder = tmp_path / "vault"
    vault = Vault(folder)
    session.create_vault(vault, passphrase=PASSPHRASE)
    session.confirm_recovery_key(vault)
    vault.close()
    old_keys = (folder / "vault.keys").read_bytes()  # what every earlier backup holds
    extra = ("--rotate-key",) if rotate else ()
    done = cli(
        "passwd", *extra, "--vault", str(folder), "--passphrase-stdin",
        input=f"{PASSPHRASE}\n{NEW}\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    old = data_key(old_keys, PASSPHRASE)
    now = data_key(folder / "vault.keys", NEW)
    if not rotate:
        assert "still opens with it" in done.stdout and "--rotate-key" in done.stdout
        assert now == old  # so the message must say so, and it does
        return
    assert "nothing in them opens this vault" in done.stdout
    assert now != old
    with pytest.raises(IntegrityError):
        db.open_engine(folder / "vault.db", old.hex())  # the old key opens nothing now
    (key,) = re.findall(r"[A-Z2-7]{4}(?:-[A-Z2-7]{1,4}){6}", done.stdout)
    assert (
        KeyFile.from_bytes((folder / "vault.keys").read_bytes()).unwrap(
            "recovery", parse_recovery_key(key)
        )
        == now
    )
    assert journal.read(folder) is None  # printed whole to a script: confirmed
    check = cli("check", "--vault", str(folder), "--passphrase-stdin", input=NEW + "\n")
    assert check.returncode == 0 and check.stderr == "", check.stderr


def test_passwd_compromised_changes_all_three(
    cli: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    """Someone may know the passphrase or hold a copy: the old key file (a copy of the
    folder, or any earlier backup's header) opens nothing here, with the old passphrase or
    the old recovery key; the new recovery key does."""
    folder = tmp_path / "vault"
    vault = Vault(folder)
    old_recovery = session.create_vault(vault, passphrase=PASSPHRASE, seed=False)
    session.confirm_recovery_key(vault)
    vault.close()
    copied_keys = (folder / "vault.keys").read_bytes()
    done = cli(
        "passwd", "--compromised", "--vault", str(folder), "--passphrase-stdin",
        input=f"{PASSPHRASE}\n{NEW}\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert session.COMPROMISE_BACKUPS in done.stdout
    assert "recovery key changed" in done.stdout
    old = data_key(copied_keys, PASSPHRASE)
    assert old == KeyFile.from_bytes(copied_keys).unwrap(
        "recovery", parse_recovery_key(old_recovery)
    )
    now = data_key(folder / "vault.keys", NEW)
    assert now != old
    with pytest.raises(IntegrityError):
        db.open_engine(folder / "vault.db", old.hex())
    (key,) = re.findall(r"[A-Z2-7]{4}(?:-[A-Z2-7]{1,4}){6}", done.stdout)
    assert key != old_recovery
    keys = KeyFile.from_bytes((folder / "vault.keys").read_bytes())
    assert keys.unwrap("recovery", parse_recovery_key(key)) == now
    with pytest.raises(WrongPassphrase):
        keys.unwrap("recovery", parse_recovery_key(old_recovery))
    check = cli("check", "--vault", str(folder), "--passphrase-stdin", input=NEW + "\n")
    assert check.returncode == 0 and check.stderr == "", check.stderr


def test_passwd_compromised_refuses_the_same_passphrase(
    cli: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    vault = Vault(folder)
    session.create_vault(vault, passphrase=PASSPHRASE, seed=False)
    session.confirm_recovery_key(vault)
    vault.close()
    before = (folder / "vault.keys").read_bytes()
    done = cli(
        "passwd", "--compromised", "--vault", str(folder), "--passphrase-stdin",
        input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip() == f"peerdesk: {session.SAME_PASSPHRASE}"
    assert (folder / "vault.keys").read_bytes() == before  # nothing changed
