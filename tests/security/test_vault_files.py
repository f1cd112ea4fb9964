"""The vault's files on disk: encrypted, private, unchanged by a wrong passphrase, damage detected."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from peerdesk.core.errors import IntegrityError, WrongPassphrase
from peerdesk.core.services import integrity, mentees, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"
PAGE = 4096
CORE = Path(__file__).resolve().parents[2] / "peerdesk" / "core"


def fill(vault: Vault, count: int = 3) -> list[int]:
    return [
        mentees.add_mentee(
            vault,
            record=MenteeRecord(
                display_name=f"Maria {i}", what_matters="library on Saturdays " * 80
            ),
        )
        for i in range(count)
    ]


def state(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def flip(path: Path, offset: int, mask: int = 0x01) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# --- encryption at rest -------------------------------------------------------------------


def test_database_and_backup_are_not_plain_sqlite(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    out = tmp_path / "b.pdbackup"
    session.backup(vault, out=out)
    vault.close()
    db = vault.db_path.read_bytes()
    assert len(db) > PAGE
    assert not db.startswith(b"SQLite format 3")
    assert b"Maria" not in db and b"library on Saturdays" not in db
    backup = out.read_bytes()
    assert not backup.startswith(b"SQLite format 3")
    assert b"SQLite format 3" not in backup
    assert b"Maria" not in backup


# --- wrong passphrase ------------------------------------------------------------------------


def without_attempts(files: dict) -> dict:
    """The vault's files except the failed-unlock record, which a refusal updates."""
    return {name: data for name, data in files.items() if name != "vault.attempts"}


def test_wrong_passphrase_fails_closed_and_writes_nothing(vault: Vault) -> None:
    fill(vault, 1)
    vault.close()
    before = state(vault.path)
    assert "vault.db" in before and "vault.keys" in before
    for attempt in (Vault(vault.path), Vault(vault.path)):
        with pytest.raises(WrongPassphrase):
            session.unlock(attempt, passphrase="not the passphrase at all")
        assert not attempt.is_open
        attempt.close()
    with pytest.raises(WrongPassphrase):
        session.open_vault(vault.path, passphrase=PASSPHRASE + " ")
    # Only the record of failed unlocks (outside the database, counts and times) changed.
    assert without_attempts(state(vault.path)) == without_attempts(before)
    attempts = state(vault.path).get("vault.attempts", (0, b""))[1]
    assert b"not the passphrase" not in attempts
    session.open_vault(vault.path, passphrase=PASSPHRASE).close()  # the right one still works


def test_cli_check_with_wrong_passphrase_exits_3(vault: Vault, cli) -> None:
    vault.close()
    before = state(vault.path)
    proc = cli("check", "--vault", str(vault.path), "--passphrase-stdin", input="nope nope nope\n")
    assert proc.returncode == 3
    assert one_line(proc.stderr).startswith("peerdesk: ")
    assert proc.stdout == ""
    assert without_attempts(state(vault.path)) == without_attempts(before)


# --- damaged database --------------------------------------------------------------------------


def test_flipped_salt_byte_is_an_integrity_error_on_unlock(vault: Vault, cli) -> None:
    fill(vault, 1)
    vault.close()
    for offset in (0, 7, 15):
        flip(vault.db_path, offset)
        with pytest.raises(IntegrityError):
            session.open_vault(vault.path, passphrase=PASSPHRASE)
        flip(vault.db_path, offset)  # undo
    session.open_vault(vault.path, passphrase=PASSPHRASE).close()
    flip(vault.db_path, 3)
    proc = cli("check", "--vault", str(vault.path), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert proc.returncode == 4
    one_line(proc.stderr)


def _report_damage(path: Path) -> list[str]:
    """Open and check; integrity trouble must come back as problems or an IntegrityError."""
    try:
        vault = session.open_vault(path, passphrase=PASSPHRASE)
    except IntegrityError as exc:
        return [str(exc)]
    try:
        return integrity.check(vault)
    except IntegrityError as exc:
        return [str(exc)]
    finally:
        vault.close()


def test_flipped_byte_in_any_data_page_is_reported_as_integrity_failure(
    vault: Vault, tmp_path: Path
) -> None:
    import shutil

    fill(vault, 1)
    vault.close()
    pages = vault.db_path.stat().st_size // PAGE
    assert pages > 4
    crashed = {}
    for page in range(1, pages):  # page 0 holds the salt: see the test above
        copy = tmp_path / f"page{page}"
        shutil.copytree(vault.path, copy, ignore=shutil.ignore_patterns("vault.lock"))
        flip(copy / "vault.db", page * PAGE + 100)
        try:
            problems = _report_damage(copy)
        except Exception as exc:  # anything but a report is a crash
            crashed[page] = type(exc).__name__
            continue
        assert problems != [], f"damage in page {page} went unnoticed"
    assert crashed == {}


def test_cli_check_on_damaged_data_page_exits_4(vault: Vault, cli) -> None:
    fill(vault)
    vault.close()
    pages = vault.db_path.stat().st_size // PAGE
    flip(vault.db_path, (pages - 1) * PAGE + 100)
    proc = cli("check", "--vault", str(vault.path), "--passphrase-stdin", input=PASSPHRASE + "\n")
    one_line(proc.stderr)
    assert proc.returncode == 4


def test_undamaged_vault_checks_clean(vault: Vault) -> None:
    fill(vault)
    vault.close()
    assert _report_damage(vault.path) == []


# --- permissions --------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_vault_folder_and_files_are_private(vault: Vault, tmp_path: Path) -> None:
    fill(vault, 2)
    assert mode(vault.path) == 0o700
    assert mode(vault.backups_dir) == 0o700
    assert mode(vault.db_path) == 0o600
    assert mode(vault.keys_path) == 0o600
    wal = vault.path / "vault.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    assert mode(wal) == 0o600
    assert mode(vault.path / "vault.db-shm") == 0o600
    assert mode(vault.path / "vault.lock") == 0o600
    inside = vault.backups_dir / "a.pdbackup"
    outside = tmp_path / "elsewhere" / "b.pdbackup"
    outside.parent.mkdir()
    session.backup(vault, out=inside)
    session.backup(vault, out=outside)
    assert mode(inside) == 0o600 and mode(outside) == 0o600
    session.change_passphrase(vault, current=PASSPHRASE, new_passphrase="a brand new passphrase")
    assert mode(vault.keys_path) == 0o600
    leftovers = [p.name for p in vault.path.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_private_modes_hold_under_a_permissive_umask(vault_dir: Path) -> None:
    import os

    old = os.umask(0)
    try:
        v = Vault(vault_dir)
        session.create_vault(v, passphrase=PASSPHRASE)
        session.confirm_recovery_key(v)
        fill(v, 1)
        for p in vault_dir.rglob("*"):
            expected = 0o700 if p.is_dir() else 0o600
            assert mode(p) == expected, p.name
        v.close()
    finally:
        os.umask(old)


# --- layering -----------------------------------------------------------------------------


def test_core_has_no_qt() -> None:
    files = list(CORE.rglob("*.py"))
    assert len(files) > 10
    pattern = re.compile(r"^\s*(from|import)\s+PySide6", re.M)
    offenders = [p.relative_to(CORE).as_posix() for p in files if pattern.search(p.read_text())]
    assert offenders == []
