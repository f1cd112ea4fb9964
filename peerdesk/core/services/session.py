"""Opening and closing the vault, its secrets and its backups, with their activity-log events.

The vault (core/vault) does the work and returns what happened; this module is where
it is recorded. Every GUI and CLI path to these actions comes through here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from peerdesk.core.errors import ValidationError, VaultNotFound, WrongPassphrase
from peerdesk.core.messages import QT_TRANSLATE_NOOP
from peerdesk.core.vault import BackupInfo, UnlockResult, Vault
from peerdesk.core.vault.backup import restore_backup
from peerdesk.core.vault.keys import KdfParams, check_passphrase_rules, measured_seconds

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

RECOVERY_KEY_OF_BACKUP = (
    "The restored vault opens with the recovery key that was in use when the backup was "
    "made; a recovery key made after that does not open it."
)


# -- creating and opening ------------------------------------------------------------------
def create_vault(
    vault: Vault,
    *,
    passphrase: str,
    kdf: KdfParams | None = None,
    remember_device: bool = False,
    seed: bool = True,
) -> str:
    """Make a new vault and leave it unlocked. Returns the recovery key (show it once).

    The directory starts with the national crisis and help lines (the same for a vault
    made in the wizard or with ``peerdesk init``); ``seed=False`` leaves it empty (tests
    that count what they wrote)."""
    from peerdesk.core.services import directory

    recovery = vault.create(passphrase, kdf=kdf)
    _audit().record_event(vault, kind="vault_created")
    _note_kdf_time(vault)
    if seed:
        directory.ensure_seed(vault)
    if remember_device:
        _remember(vault)
    return recovery


def _audit() -> ModuleType:
    """The audit trail, imported when first written: the unlock screen imports this module
    and must show before SQLAlchemy and the models are loaded (DESIGN section 9)."""
    from peerdesk.core.services import audit

    return audit


def _record_unlock(vault: Vault, result: UnlockResult) -> UnlockResult:
    with vault.session() as s:
        if result.migration is not None:
            _audit().record(s, kind="backup_made", detail={"bytes": result.migration.backup.size})
            _audit().record(s, kind="migrated", detail={"revision": result.migration.to_revision})
        if result.failed_attempts:
            _audit().record(s, kind="unlock_failed", detail={"count": result.failed_attempts})
        _audit().record(s, kind="unlocked")
        _note_kdf_time(vault, s, keep=True)  # a vault made before the time was kept
    return result


def unlock(vault: Vault, *, passphrase: str) -> UnlockResult:
    return _record_unlock(vault, vault.unlock(passphrase))


def unlock_with_recovery_key(vault: Vault, *, recovery_key: str) -> UnlockResult:
    """Unlock with the recovery key; the caller should then ask for a new passphrase."""
    return _record_unlock(vault, vault.unlock_with_recovery_key(recovery_key))


def unlock_with_device(vault: Vault) -> UnlockResult:
    return _record_unlock(vault, vault.unlock_with_device())


def failed_unlocks(vault: Vault) -> tuple[int, datetime | None]:
    """Wrong secrets tried since the vault last opened and when the latest was (UTC);
    read while locked, for the unlock screen's growing pause."""
    return vault.failed_unlocks()


def open_vault(path: Path | str, *, passphrase: str) -> Vault:
    """Claim and unlock in one step (CLI and tests); close it when done."""
    vault = Vault(path)
    if not vault.exists():
        raise VaultNotFound(
            QT_TRANSLATE_NOOP("core", "There is no peerdesk vault in that folder yet.")
        )
    vault.claim()
    try:
        unlock(vault, passphrase=passphrase)
    except BaseException:
        vault.close()
        raise
    return vault


def lock(vault: Vault) -> None:
    """Dispose of every connection and forget the key. Safe to call twice."""
    vault.lock()


# -- secrets (vault open) ----------------------------------------------------------------------
def set_passphrase(vault: Vault, *, new_passphrase: str) -> None:
    """Re-wrap the passphrase slot only (e.g. after a recovery-key unlock)."""
    vault.set_passphrase(new_passphrase)
    _audit().record_event(vault, kind="passphrase_changed")
    _note_kdf_time(vault)


def change_passphrase(vault: Vault, *, current: str, new_passphrase: str) -> None:
    check_passphrase_rules(new_passphrase)
    vault.verify_passphrase(current)
    set_passphrase(vault, new_passphrase=new_passphrase)


def replace_recovery_key(vault: Vault) -> str:
    """Make a new recovery key. Returns it: show it once, then call confirm_recovery_key.

    The earlier key keeps working until then, so a crash while the new one is on the
    screen never leaves the mentor with no recovery key that works.
    """
    recovery = vault.replace_recovery_key()
    _audit().record_event(vault, kind="recovery_key_replaced")
    return recovery


def confirm_recovery_key(vault: Vault) -> None:
    """The new recovery key (from replace_recovery_key or rotate_data_key) was shown."""
    vault.confirm_recovery_key()


def rotate_data_key(vault: Vault, *, passphrase: str) -> str:
    """Re-encrypt the database under a fresh data key; returns the new recovery key.

    The recovery key printed before stops working at once: show the new one, then call
    confirm_recovery_key; until then every unlock says the printed one no longer works.
    """
    recovery = vault.rotate_data_key(passphrase)
    _audit().record_event(vault, kind="data_key_rotated")
    return recovery


# The one sentence the suspected-compromise path says about backups made before it.
COMPROMISE_BACKUPS = (
    "Backups made before now still open with the old passphrase and show what the vault held "
    "then, so delete any copy you do not keep safe; nothing in them opens this vault any more."
)
SAME_PASSPHRASE = (
    "Choose a passphrase you have not used for this vault: someone may know the current one."
)


def secure_after_compromise(
    vault: Vault, *, new_passphrase: str, current: str | None = None
) -> str:
    """Someone may know the passphrase or have a copy of the vault: a new passphrase, a new
    data key and a new recovery key, all three together (not optional here).

    ``current``: the passphrase in use, checked first; None when the caller has just proved
    it (or the recovery key) by unlocking. Returns the new recovery key: show it, then
    confirm_recovery_key. Afterwards nothing taken before now (a copy of the folder, a
    backup's key file, the old passphrase or recovery key) opens this vault; a backup still
    opens itself with the old passphrase (COMPROMISE_BACKUPS says so).
    """
    check_passphrase_rules(new_passphrase)
    if current is not None:
        vault.verify_passphrase(current)
    try:
        vault.verify_passphrase(new_passphrase)
    except WrongPassphrase:
        pass
    else:
        raise ValidationError(SAME_PASSPHRASE)
    set_passphrase(vault, new_passphrase=new_passphrase)
    return rotate_data_key(vault, passphrase=new_passphrase)


def key_derivation(vault: Vault) -> KdfParams:
    """The Argon2id settings the passphrase slot uses (chosen by CPU time at creation)."""
    return vault.read_keys().kdf


KDF_TIME = "kdf_time"  # a setting row of its own (not one the mentor edits)


def _note_kdf_time(vault: Vault, s: Session | None = None, *, keep: bool = False) -> None:
    """Keep how long the passphrase's derivation took here, if this process timed it:
    at creation and on a passphrase change (``keep`` False), and at an unlock when no time
    is kept yet for the vault's settings (a vault made before times were kept)."""
    kdf = vault.read_keys().kdf
    seconds = measured_seconds(kdf)
    if seconds is None:
        return
    if s is None:
        with vault.session() as own:
            _note_kdf_time(vault, own, keep=keep)
        return
    from peerdesk.core.models import Setting

    value = {"cost": list(kdf.cost), "seconds": round(seconds, 3)}
    row = s.get(Setting, KDF_TIME)
    if row is None:
        s.add(Setting(name=KDF_TIME, value=value))
    elif not keep or row.value.get("cost") != value["cost"]:
        row.value = value


def key_derivation_seconds(vault: Vault) -> float | None:
    """About how long the passphrase's derivation takes on this computer (processor time
    over its cores, as calibrated), or None until the next unlock with the passphrase."""
    from peerdesk.core.models import Setting

    cost = list(key_derivation(vault).cost)
    with vault.session() as s:
        row = s.get(Setting, KDF_TIME)
        value = row.value if row is not None else None
    if not isinstance(value, dict) or value.get("cost") != cost:
        return None
    seconds = value.get("seconds")
    return float(seconds) if isinstance(seconds, (int, float)) else None


def remember_device(vault: Vault) -> None:
    """Keep a device key in the system keyring so this vault opens without the passphrase."""
    _remember(vault)


def _remember(vault: Vault) -> None:  # create_vault's argument shadows remember_device
    vault.remember_device()
    _audit().record_event(vault, kind="device_remembered")


def forget_device(vault: Vault) -> None:
    """Works locked or open; the activity log hears of it only when it can be written."""
    vault.forget_device()
    if vault.is_open:
        _audit().record_event(vault, kind="device_forgotten")


# -- backups --------------------------------------------------------------------------------
def backup(vault: Vault, *, out: Path) -> BackupInfo:
    """Write an encrypted, verified backup of the open vault to ``out``."""
    info = vault.write_backup(Path(out))
    with vault.session() as s:
        _audit().record(s, kind="backup_made", detail={"bytes": info.size})
    return info


def restore(
    vault: Vault, *, backup_file: Path, secret: str, recovery: bool = False
) -> UnlockResult:
    """Replace the vault in ``vault.path`` with a backup's contents and open it.

    ``secret`` is the passphrase (or, with ``recovery``, the recovery key) in use when
    the backup was made. The vault it replaces is kept in backups/.
    """
    vault.lock()
    vault.claim()
    restored = restore_backup(Path(backup_file), vault.path, secret, recovery=recovery)
    if recovery:
        result = unlock_with_recovery_key(vault, recovery_key=secret)
    else:
        result = unlock(vault, passphrase=secret)
    _audit().record_event(vault, kind="restored")
    if restored.recovery_key_changed:
        result = replace(result, notices=(*result.notices, RECOVERY_KEY_OF_BACKUP))
    return result
