"""Failed writes leave old files intact, no temp files behind, and plain StorageErrors."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from peerdesk.core.errors import IntegrityError, StorageError
from peerdesk.core.services import mentees, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault, files
from peerdesk.core.vault.backup import restore_backup

PASSPHRASE = "orange kettle meadow 42"


def raise_once(monkeypatch, name: str, error: OSError) -> list[bool]:
    real = getattr(os, name)
    fired: list[bool] = []

    def flaky(*args, **kwargs):
        if not fired:
            fired.append(True)
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(files.os, name, flaky)
    return fired


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_atomic_write_failure_keeps_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch, step: str
) -> None:
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old contents")
    fired = raise_once(monkeypatch, step, OSError(errno.EIO, "I/O error"))
    with pytest.raises(StorageError) as info:
        files.atomic_write(target, b"new contents" * 1000)
    assert fired
    assert "EIO" in str(info.value)
    assert target.read_bytes() == b"old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"]
    files.atomic_write(target, b"new contents")
    assert target.read_bytes() == b"new contents"


def test_atomic_write_into_read_only_folder(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "f"
    target.write_bytes(b"old")
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="may not write"):
            files.atomic_write(target, b"new")
    finally:
        folder.chmod(0o700)
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["f"]


def test_full_disk_is_a_plain_storage_error(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "data.bin"
    target.write_bytes(b"before")
    raise_once(monkeypatch, "write", OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(StorageError) as info:
        files.atomic_write(target, b"after")
    message = str(info.value)
    assert "disk is full" in message.lower()
    assert str(tmp_path) not in message and "Errno" not in message
    assert target.read_bytes() == b"before"
    assert [p.name for p in tmp_path.iterdir()] == ["data.bin"]


def test_full_disk_during_passphrase_change_keeps_old_passphrase(vault: Vault, monkeypatch) -> None:
    keys_before = vault.keys_path.read_bytes()
    raise_once(monkeypatch, "write", OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(StorageError):
        session.change_passphrase(
            vault, current=PASSPHRASE, new_passphrase="violet harbour lantern 7"
        )
    assert vault.keys_path.read_bytes() == keys_before
    assert not [p for p in vault.path.iterdir() if p.name.endswith(".tmp")]
    vault.close()
    session.open_vault(vault.path, passphrase=PASSPHRASE).close()


def test_full_disk_during_backup_leaves_no_file(vault: Vault, tmp_path, monkeypatch) -> None:
    out = tmp_path / "b.pdbackup"
    raise_once(monkeypatch, "write", OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(StorageError):
        session.backup(vault, out=out)
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_restore_that_fails_integrity_leaves_vault_untouched(vault: Vault, tmp_path) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    out = tmp_path / "b.pdbackup"
    session.backup(vault, out=out)
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Tom"))
    vault.close()
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x10
    out.write_bytes(bytes(data))
    before = {p.name: p.read_bytes() for p in vault.path.iterdir() if p.is_file()}
    backups_before = sorted(p.name for p in vault.backups_dir.iterdir())
    with pytest.raises(IntegrityError):
        restore_backup(out, vault.path, PASSPHRASE)
    after = {p.name: p.read_bytes() for p in vault.path.iterdir() if p.is_file()}
    assert after == before
    assert sorted(p.name for p in vault.backups_dir.iterdir()) == backups_before
    with session.open_vault(vault.path, passphrase=PASSPHRASE) as still:
        names = [m.display_name for m in mentees.list_mentees(still)]
    assert names == ["Maria", "Tom"]


def test_restore_interrupted_while_staging_leaves_vault_untouched(
    vault: Vault, tmp_path, monkeypatch
) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    out = tmp_path / "b.pdbackup"
    session.backup(vault, out=out)
    vault.close()
    before = {p.name: p.read_bytes() for p in vault.path.iterdir() if p.is_file()}
    raise_once(monkeypatch, "write", OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(StorageError):
        restore_backup(out, vault.path, PASSPHRASE)
    assert {p.name: p.read_bytes() for p in vault.path.iterdir() if p.is_file()} == before
    assert [p.name for p in vault.path.iterdir() if p.name.startswith(".")] == []
