"""A database that lost committed work is refused, never "OK" (vault.head, issue 21).

The states are made the way they happen: the files of an open vault copied mid-use (what
a kill leaves: vault.db, its WAL and vault.head), then the WAL cut or a byte flipped in
it; or vault.db put back from an older copy.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from peerdesk.core.errors import IntegrityError
from peerdesk.core.services import integrity, mentees, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault
from peerdesk.core.vault.vault import HEAD_MISSING, ROLLED_BACK

PASSPHRASE = "orange kettle meadow 42"
STATE = ("vault.db", "vault.db-wal", "vault.keys", "vault.head", "vault.attempts")


def names(vault: Vault) -> list[str]:
    return sorted(m.display_name for m in mentees.list_mentees(vault, include_archived=True))


def copy_state(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for name in STATE:
        if (src / name).exists():
            shutil.copy2(src / name, dst / name)


@pytest.fixture(scope="module")
def killed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The files of a vault in use, as a SIGKILL would leave them: commits in the WAL."""
    folder = tmp_path_factory.mktemp("rollback") / "vault"
    vault = Vault(folder)
    session.create_vault(vault, passphrase=PASSPHRASE)
    session.confirm_recovery_key(vault)
    vault.lock()
    session.unlock(vault, passphrase=PASSPHRASE)  # the WAL was emptied on lock
    for name in ("Ana", "Ben", "Cleo"):
        mentees.add_mentee(vault, record=MenteeRecord(display_name=name))
    assert (folder / "vault.db-wal").stat().st_size > 0
    snapshot = folder.parent / "at-kill"
    copy_state(folder, snapshot)
    vault.close()
    return snapshot, ["Ana", "Ben", "Cleo"]


def reopen(snapshot: Path, work: Path) -> Vault:
    shutil.rmtree(work, ignore_errors=True)
    copy_state(snapshot, work)
    vault = Vault(work)
    session.unlock(vault, passphrase=PASSPHRASE)
    return vault


def test_the_state_a_kill_leaves_opens_whole(killed, tmp_path: Path) -> None:
    snapshot, everyone = killed
    with reopen(snapshot, tmp_path / "v") as vault:
        assert names(vault) == everyone
        assert integrity.check(vault) == []


@pytest.mark.parametrize("keep", [0.0, 0.5, 0.9])
def test_a_cut_wal_is_refused(killed, tmp_path: Path, keep: float) -> None:
    snapshot, _ = killed
    cut = tmp_path / "cut"
    copy_state(snapshot, cut)
    wal = cut / "vault.db-wal"
    raw = wal.read_bytes()
    wal.write_bytes(raw[: int(len(raw) * keep)])
    with pytest.raises(IntegrityError) as refused:
        reopen(cut, tmp_path / "v")
    assert str(refused.value) == ROLLED_BACK


def test_flipped_bytes_in_the_wal_are_refused_or_harmless(killed, tmp_path: Path) -> None:
    """Never accepted with committed work missing (seeded; the flip sweep is in bench/)."""
    snapshot, everyone = killed
    raw = (snapshot / "vault.db-wal").read_bytes()
    rng = random.Random(21)
    outcomes = {"refused": 0, "whole": 0}
    for _ in range(12):
        flipped = tmp_path / "flipped"
        copy_state(snapshot, flipped)
        data = bytearray(raw)
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        (flipped / "vault.db-wal").write_bytes(bytes(data))
        try:
            vault = reopen(flipped, tmp_path / "v")
        except IntegrityError:
            outcomes["refused"] += 1
            continue
        with vault:
            assert names(vault) == everyone  # opened: then nothing was lost
        outcomes["whole"] += 1
    assert outcomes["refused"] > 0


def test_an_older_copy_of_the_database_is_refused(vault: Vault, tmp_path: Path) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana"))
    vault.lock()
    older = tmp_path / "vault.db.old"
    shutil.copy2(vault.db_path, older)
    session.unlock(vault, passphrase=PASSPHRASE)
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Ben"))
    vault.close()
    shutil.copy2(older, vault.db_path)
    with pytest.raises(IntegrityError):
        session.open_vault(vault.path, passphrase=PASSPHRASE)


def test_cli_check_exits_4_on_an_older_database(cli, vault: Vault, tmp_path: Path) -> None:
    vault.lock()
    older = tmp_path / "vault.db.old"
    shutil.copy2(vault.db_path, older)
    session.unlock(vault, passphrase=PASSPHRASE)
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Ben"))
    vault.close()
    shutil.copy2(older, vault.db_path)
    proc = cli("check", "--vault", str(vault.path), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert proc.returncode == 4 and "older than its last saved change" in proc.stderr
    assert "Vault OK" not in proc.stdout


def test_the_wal_is_emptied_on_lock(vault: Vault) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana"))
    vault.lock()
    wal = vault.path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_removed_head_is_told_once_and_by_check(vault: Vault) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana"))
    vault.close()
    (vault.path / "vault.head").unlink()
    again = Vault(vault.path)
    with again:
        result = session.unlock(again, passphrase=PASSPHRASE)
        assert HEAD_MISSING in result.notices
        assert HEAD_MISSING in integrity.check(again)
    with session.open_vault(vault.path, passphrase=PASSPHRASE) as third:
        assert integrity.check(third) == []


def test_restore_starts_a_head_of_its_own(vault: Vault, tmp_path: Path) -> None:
    session.backup(vault, out=tmp_path / "b.pdbackup")
    for name in ("Ana", "Ben"):
        mentees.add_mentee(vault, record=MenteeRecord(display_name=name))
    result = session.restore(vault, backup_file=tmp_path / "b.pdbackup", secret=PASSPHRASE)
    assert HEAD_MISSING not in result.notices
    assert names(vault) == [] and integrity.check(vault) == []
