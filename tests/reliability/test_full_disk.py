"""A really full disk (a small tmpfs mounted for the test): told as a full disk, nothing lost.

RLIMIT_FSIZE or a full pipe raise other errors (EFBIG, EPIPE) at other moments, so they
are not the same test; where mounting is not permitted these tests are skipped and say so.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk.core.errors import StorageError
from peerdesk.core.services import integrity, mentees, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"
DISK_FULL = "The disk is full"


def _mount(point: Path, size: str) -> bool:
    if os.geteuid() != 0:
        return False
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(point)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "tiny"
    if not _mount(point, "256k"):
        pytest.skip("mounting a small tmpfs is not permitted here (needs root)")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


def fill(folder: Path, leave: int) -> None:
    """Fill the file system of ``folder`` until ``leave`` bytes are free."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with open(folder / "filler", "wb") as f:
        f.write(b"\0" * max(0, free - leave))


def test_a_backup_to_a_full_disk_says_so_and_leaves_nothing(vault: Vault, tiny_disk: Path) -> None:
    for n in range(40):  # a vault larger than the little disk's 256 KB
        mentees.add_mentee(
            vault, record=MenteeRecord(display_name=f"Person {n}", what_matters="x" * 3000)
        )
    with pytest.raises(StorageError, match=DISK_FULL):
        session.backup(vault, out=tiny_disk / "b.pdbackup")
    assert os.listdir(tiny_disk) == []  # no partial backup, no staging file
    assert integrity.check(vault) == []
    assert not [p for p in vault.path.iterdir() if p.name.startswith(".")]


def test_a_vault_on_a_full_disk_keeps_what_was_saved(tmp_path: Path) -> None:
    point = tmp_path / "small"
    if not _mount(point, "8m"):
        pytest.skip("mounting a small tmpfs is not permitted here (needs root)")
    try:
        folder = point / "vault"
        vault = Vault(folder)
        session.create_vault(vault, passphrase=PASSPHRASE)
        session.confirm_recovery_key(vault)
        mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana"))
        fill(point, 16 * 1024)
        saved = 1
        with pytest.raises(StorageError, match=DISK_FULL):
            for n in range(2000):
                mentees.add_mentee(
                    vault, record=MenteeRecord(display_name=f"P{n}", what_matters="y" * 3000)
                )
                saved += 1
        vault.close()
        (point / "filler").unlink()
        with session.open_vault(folder, passphrase=PASSPHRASE) as again:
            assert integrity.check(again) == []
            got = mentees.list_mentees(again, include_archived=True)
            assert len(got) == saved  # every save that returned is there, nothing half
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_the_cli_tells_a_full_disk_in_one_sentence(cli, vault: Vault, tiny_disk: Path) -> None:  # type: ignore[no-untyped-def]
    for n in range(40):
        mentees.add_mentee(
            vault, record=MenteeRecord(display_name=f"Person {n}", what_matters="x" * 3000)
        )
    vault.close()
    done = cli(
        "backup", str(tiny_disk / "b.pdbackup"), "--vault", str(vault.path),
        "--passphrase-stdin", input=PASSPHRASE + "\n",
    )  # fmt: skip
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and DISK_FULL in lines[0], done.stderr
    assert os.listdir(tiny_disk) == []
