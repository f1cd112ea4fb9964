"""Backups: round trip, tamper refusal, and the passphrase of their time."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from peerdesk.core.errors import IntegrityError, WrongPassphrase
from peerdesk.core.services import audit, integrity, mentees, session
from peerdesk.core.services.mentees import Contact, MenteeRecord
from peerdesk.core.vault import Vault
from peerdesk.core.vault.backup import MAGIC, read_backup, restore_backup

PASSPHRASE = "orange kettle meadow 42"
NEW = "violet harbour lantern 7"


def audit_rows(vault: Vault) -> list[audit.AuditRow]:
    with vault.session() as s:
        return audit.recent(s)


def records(vault: Vault) -> list[tuple]:
    out = []
    for m in mentees.list_mentees(vault, include_archived=True):
        r = mentees.get_mentee(vault, mentee_id=m.id)
        out.append((r.id, r.display_name, r.aliases, [(c.kind, c.value) for c in r.contacts]))
    return out


def state(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "vault.lock"
    }


@pytest.fixture
def backed_up(vault: Vault, tmp_path: Path) -> tuple[Vault, Path, list[tuple]]:
    mentees.add_mentee(
        vault,
        record=MenteeRecord(
            display_name="Maria", aliases=["Mari"], contacts=[Contact("phone", "+1 555 0134")]
        ),
    )
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Tom"))
    out = tmp_path / "out" / "vault.pdbackup"
    out.parent.mkdir()
    session.backup(vault, out=out)
    return vault, out, records(vault)


def test_round_trip_keeps_the_replaced_vault(backed_up) -> None:
    vault, out, at_backup = backed_up
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Added later"))
    after = records(vault)
    vault.close()
    restored = Vault(vault.path)
    with restored:
        session.restore(restored, backup_file=out, secret=PASSPHRASE)
        assert records(restored) == at_backup
        assert integrity.check(restored) == []
        kinds = [e.kind for e in audit_rows(restored)]
        assert kinds[:2] == ["restored", "unlocked"]  # newest first
        assert "backup_made" not in kinds  # recorded after the snapshot was taken
    kept = [p for p in vault.backups_dir.iterdir() if p.name.startswith("replaced-")]
    assert len(kept) == 1
    assert {"vault.db", "vault.keys"} <= {p.name for p in kept[0].iterdir()}
    with session.open_vault(kept[0], passphrase=PASSPHRASE) as replaced:
        assert records(replaced) == after


def test_restoring_twice_within_a_second_keeps_both_replaced_vaults(backed_up) -> None:
    """A mentor who restores, sees the wrong backup and restores again at once is not refused,
    and neither replaced vault is lost."""
    vault, out, at_backup = backed_up
    vault.close()
    again = Vault(vault.path)
    with again:
        for _ in range(3):
            session.restore(again, backup_file=out, secret=PASSPHRASE)
            assert records(again) == at_backup
    kept = sorted(p for p in vault.backups_dir.iterdir() if p.name.startswith("replaced-"))
    assert len(kept) == 3
    assert all((p / "vault.db").exists() and (p / "vault.keys").exists() for p in kept)


def test_restore_into_an_empty_folder(backed_up, tmp_path: Path) -> None:
    vault, out, at_backup = backed_up
    target = tmp_path / "fresh"
    with Vault(target) as fresh:
        session.restore(
            fresh,
            backup_file=out,
            secret=vault.test_recovery_key,  # type: ignore[attr-defined]
            recovery=True,
        )
        assert records(fresh) == at_backup
    with session.open_vault(target, passphrase=PASSPHRASE) as restored:
        assert records(restored) == at_backup


def _tamper(raw: bytes, how: str) -> bytes:
    data = bytearray(raw)
    (header_len,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
    header_start = len(MAGIC) + 4
    body = header_start + header_len
    if how == "magic":
        data[3] ^= 0x01
    elif how == "header_length":
        data[len(MAGIC) + 3] ^= 0x01
    elif how == "header_json":
        data[header_start] ^= 0x01
    elif how == "header_created":
        at = raw.index(b'"created": "') + len(b'"created": "') + 3
        data[at] = ord("7") if data[at] != ord("7") else ord("8")
    elif how == "header_keys":
        at = raw.index(b'"keys": "') + len(b'"keys": "') + 200
        data[at] = ord("A") if data[at] != ord("A") else ord("B")
    elif how == "nonce":
        data[body + 3] ^= 0x01
    elif how == "body_start":
        data[body + 12 + 5] ^= 0x01
    elif how == "body_middle":
        data[(body + len(raw)) // 2] ^= 0x80
    elif how == "tag":
        data[-1] ^= 0x01
    elif how == "truncate_tail":
        del data[-1:]
    elif how == "truncate_half":
        del data[len(raw) // 2 :]
    elif how == "truncate_header":
        del data[header_start + 10 :]
    elif how == "empty":
        data = bytearray()
    elif how == "appended":
        data += b"\x00"
    return bytes(data)


TAMPERING = [
    "magic",
    "header_length",
    "header_json",
    "header_created",
    "header_keys",
    "nonce",
    "body_start",
    "body_middle",
    "tag",
    "truncate_tail",
    "truncate_half",
    "truncate_header",
    "empty",
    "appended",
]


@pytest.mark.parametrize("how", TAMPERING)
def test_tampered_backup_is_refused_and_vault_untouched(backed_up, how: str) -> None:
    vault, out, at_backup = backed_up
    vault.close()
    raw = out.read_bytes()
    tampered = _tamper(raw, how)
    assert tampered != raw
    out.write_bytes(tampered)
    before = state(vault.path)
    expected = (IntegrityError, WrongPassphrase) if how == "header_keys" else IntegrityError
    with pytest.raises(expected):
        restore_backup(out, vault.path, PASSPHRASE)
    assert state(vault.path) == before
    assert [p.name for p in vault.path.iterdir() if p.name.startswith(".")] == []
    with session.open_vault(vault.path, passphrase=PASSPHRASE) as still:
        assert records(still) == at_backup


def test_backup_opens_only_with_the_passphrase_of_its_time(backed_up) -> None:
    vault, out, at_backup = backed_up
    session.change_passphrase(vault, current=PASSPHRASE, new_passphrase=NEW)
    vault.close()
    before = state(vault.path)
    with pytest.raises(WrongPassphrase):
        read_backup(out, NEW)
    with pytest.raises(WrongPassphrase):
        restore_backup(out, vault.path, NEW)
    assert state(vault.path) == before
    restore_backup(out, vault.path, PASSPHRASE)
    with session.open_vault(vault.path, passphrase=PASSPHRASE) as restored:
        assert records(restored) == at_backup
    with pytest.raises(WrongPassphrase):
        session.open_vault(vault.path, passphrase=NEW)


def test_backup_of_another_vault_does_not_open_with_our_recovery_key(backed_up, tmp_path) -> None:
    _vault, out, _ = backed_up
    other = Vault(tmp_path / "other")
    other_recovery = session.create_vault(other, passphrase=PASSPHRASE)
    session.confirm_recovery_key(other)
    other.close()
    with pytest.raises(WrongPassphrase):
        read_backup(out, other_recovery, recovery=True)
