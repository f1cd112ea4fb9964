"""services/session.py: each vault action and the activity-log events it leaves.

The vault itself records nothing (its calls return what happened); these tests pin that
down as well, so the log cannot silently lose or double an event.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from peerdesk.core.errors import WrongPassphrase
from peerdesk.core.services import audit, session
from peerdesk.core.vault import UnlockResult, Vault

PASSPHRASE = "orange kettle meadow 42"
NEW = "violet harbour lantern 7"
DATA = Path(__file__).resolve().parents[2] / "data"


def kinds(vault: Vault) -> list[str]:
    """Event kinds, oldest first."""
    with vault.session() as s:
        return [e.kind for e in reversed(audit.recent(s))]


def events(vault: Vault) -> list[audit.AuditRow]:
    with vault.session() as s:
        return list(reversed(audit.recent(s)))


def test_create_records_creation_and_remembered_device(vault_dir: Path) -> None:
    with Vault(vault_dir) as vault:
        key = session.create_vault(vault, passphrase=PASSPHRASE, remember_device=True)
        session.confirm_recovery_key(vault)
        assert len(key.replace("-", "")) == 26
        # the seed lines are written as an import, between the two
        assert kinds(vault) == ["vault_created", "imported", "device_remembered"]


def test_unlock_records_failures_then_the_unlock(vault: Vault) -> None:
    session.lock(vault)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            session.unlock(vault, passphrase="not the passphrase")
    result = session.unlock(vault, passphrase=PASSPHRASE)
    assert result == UnlockResult(failed_attempts=3)
    rows = events(vault)
    assert [r.kind for r in rows] == ["vault_created", "unlock_failed", "unlocked"]
    assert rows[1].detail == {"count": 3}
    session.lock(vault)
    assert session.unlock(vault, passphrase=PASSPHRASE).failed_attempts == 0
    assert kinds(vault)[-2:] == ["unlocked", "unlocked"]  # the count started again


def test_the_vault_alone_records_nothing(vault: Vault, tmp_path: Path) -> None:
    before = kinds(vault)
    vault.lock()
    vault.unlock(PASSPHRASE)
    vault.set_passphrase(NEW)
    vault.replace_recovery_key()
    vault.write_backup(tmp_path / "b.pdbackup")
    assert vault.check_storage().problems == ()
    assert kinds(vault) == before


def test_recovery_key_and_device_unlocks_are_recorded(vault: Vault) -> None:
    session.remember_device(vault)
    session.lock(vault)
    session.unlock_with_recovery_key(vault, recovery_key=vault.test_recovery_key)  # type: ignore[attr-defined]
    session.lock(vault)
    session.unlock_with_device(vault)
    assert kinds(vault) == ["vault_created", "device_remembered", "unlocked", "unlocked"]
    session.forget_device(vault)
    assert kinds(vault)[-1] == "device_forgotten"
    assert not vault.device_remembered()


def test_forget_device_while_locked_changes_the_key_file_only(vault: Vault) -> None:
    session.remember_device(vault)
    session.lock(vault)
    session.forget_device(vault)  # the unlock screen's "forget": nothing to write the log into
    assert not vault.device_remembered()
    session.unlock(vault, passphrase=PASSPHRASE)
    assert "device_forgotten" not in kinds(vault)


def test_secrets_changes_are_recorded(vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        session.change_passphrase(vault, current="not the current one", new_passphrase=NEW)
    assert kinds(vault) == ["vault_created"]
    session.change_passphrase(vault, current=PASSPHRASE, new_passphrase=NEW)
    session.set_passphrase(vault, new_passphrase=PASSPHRASE)
    key = session.replace_recovery_key(vault)
    new_key = session.rotate_data_key(vault, passphrase=PASSPHRASE)
    assert key != new_key
    assert kinds(vault) == [
        "vault_created",
        "passphrase_changed",
        "passphrase_changed",
        "recovery_key_replaced",
        "data_key_rotated",
    ]


def test_backup_records_its_size(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "out.pdbackup"
    info = session.backup(vault, out=out)
    assert info.size == out.stat().st_size
    last = events(vault)[-1]
    assert (last.kind, last.detail) == ("backup_made", {"bytes": info.size})


def test_restore_records_the_unlock_then_the_restore(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "out.pdbackup"
    session.backup(vault, out=out)
    session.replace_recovery_key(vault)  # after the backup: the restore undoes it
    result = session.restore(vault, backup_file=out, secret=PASSPHRASE)
    assert result.failed_attempts == 0
    assert kinds(vault) == ["vault_created", "unlocked", "restored"]
    assert [p.name.startswith("replaced-") for p in vault.backups_dir.iterdir()] == [True]


def test_migration_on_unlock_is_recorded_with_its_backup(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(DATA / "vault-0001", folder)
    with Vault(folder) as vault:
        result = session.unlock(vault, passphrase="fixture vault passphrase 0001")
        assert result.migration is not None
        assert result.migration.from_revision == "0001"
        backup = next(vault.backups_dir.glob("before-upgrade-0001-*.pdbackup"))
        assert result.migration.backup.size == backup.stat().st_size
        rows = events(vault)
        assert [r.kind for r in rows[-3:]] == ["backup_made", "migrated", "unlocked"]
        assert rows[-2].detail == {"revision": result.migration.to_revision}
        session.lock(vault)
        assert session.unlock(vault, passphrase="fixture vault passphrase 0001").migration is None


def test_open_vault_claims_and_unlocks(vault: Vault) -> None:
    path = vault.path
    vault.close()
    with session.open_vault(path, passphrase=PASSPHRASE) as again:
        assert again.is_open
        assert kinds(again)[-1] == "unlocked"
    assert not again.is_open


# --- operations cut short: the next unlock finishes or undoes them, and says so -----------


def _opens_with_recovery(path: Path, key: str) -> bool:
    attempt = Vault(path)
    try:
        session.unlock_with_recovery_key(attempt, recovery_key=key)
    except WrongPassphrase:
        return False
    finally:
        attempt.close()
    return True


def test_new_recovery_key_never_confirmed_is_undone_and_told(vault: Vault) -> None:
    old = vault.test_recovery_key  # type: ignore[attr-defined]
    new = session.replace_recovery_key(vault)
    vault.close()  # peerdesk stops while the new key is on the screen
    again = Vault(vault.path)
    result = session.unlock(again, passphrase=PASSPHRASE)
    again.close()
    assert not result.recovery_key_stale
    assert (
        result.notices == (result.notices[0],)
        and "the recovery key you had before still opens this vault" in result.notices[0]
    )
    assert _opens_with_recovery(vault.path, old)
    assert not _opens_with_recovery(vault.path, new)


def test_new_recovery_key_used_before_confirming_is_kept(vault: Vault) -> None:
    old = vault.test_recovery_key  # type: ignore[attr-defined]
    new = session.replace_recovery_key(vault)
    vault.close()
    assert _opens_with_recovery(vault.path, new)  # the mentor had written it down
    assert not _opens_with_recovery(vault.path, old)


def test_rotation_never_confirmed_says_so_until_a_new_key_is_made(vault: Vault) -> None:
    old = vault.test_recovery_key  # type: ignore[attr-defined]
    session.rotate_data_key(vault, passphrase=PASSPHRASE)
    vault.close()  # the new recovery key was never shown
    for _ in range(2):  # told on every unlock, not once
        with Vault(vault.path) as again:
            result = session.unlock(again, passphrase=PASSPHRASE)
            assert result.recovery_key_stale
            assert len(result.notices) == 1
            assert "no longer opens this vault; make a new one now" in result.notices[0]
    assert not _opens_with_recovery(vault.path, old)
    with Vault(vault.path) as again:
        session.unlock(again, passphrase=PASSPHRASE)
        fresh = session.replace_recovery_key(again)
        session.confirm_recovery_key(again)
    with Vault(vault.path) as again:
        result = session.unlock(again, passphrase=PASSPHRASE)
        assert not result.recovery_key_stale and result.notices == ()
    assert _opens_with_recovery(vault.path, fresh)


def test_interrupted_new_key_during_an_unseen_rotation_keeps_saying_so(vault: Vault) -> None:
    session.rotate_data_key(vault, passphrase=PASSPHRASE)
    vault.lock()
    session.unlock(vault, passphrase=PASSPHRASE)
    session.replace_recovery_key(vault)  # and peerdesk stops before it is confirmed
    vault.close()
    with Vault(vault.path) as again:
        result = session.unlock(again, passphrase=PASSPHRASE)
        assert result.recovery_key_stale
        assert any("no longer opens" in n for n in result.notices)


def test_claiming_removes_what_interrupted_writes_left(vault: Vault) -> None:
    path = vault.path
    vault.close()
    left = [
        path / ".vault.keys.0123456789ab.tmp",
        path / ".vault.journal.0123456789ab.tmp",
        path / ".restore-0123456789ab.db",
        path / ".restore-0123456789ab.db-wal",
        path / ".restore-0123456789ab.keys",
        path / ".snapshot-0123456789ab.db-shm",
        path / "backups" / ".out.pdbackup.0123456789ab.tmp",
    ]
    mine = [path / ".hidden-notes.txt", path / "backups" / "mine.pdbackup"]
    for p in [*left, *mine]:
        p.write_bytes(b"x")
    with Vault(path) as again:
        again.claim()
        assert [p for p in left if p.exists()] == []
        assert all(p.exists() for p in mine)  # only peerdesk's own temporary names
