"""An empty, missing or cut vault.db is damage (exit 4), never a new empty vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerdesk.core.errors import IntegrityError
from peerdesk.core.services import integrity, mentees, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"


@pytest.fixture
def closed_vault(vault: Vault) -> Path:
    for name in ("Kai", "Tom", "Ellen", "Priya"):
        mentees.add_mentee(vault, record=MenteeRecord(display_name=name))
    vault.close()
    assert not (vault.path / "vault.db-wal").exists()  # closing checkpointed the log
    return vault.path


def state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.suffix != ".lock"}


@pytest.mark.parametrize("keep", [0, 1, 100, 4095, 4097, -1])
def test_a_cut_database_is_refused_and_left_as_it_is(closed_vault: Path, keep: int) -> None:
    db = closed_vault / "vault.db"
    raw = db.read_bytes()
    db.write_bytes(raw[:keep] if keep >= 0 else raw[:-1])
    before = state(closed_vault)
    with pytest.raises(IntegrityError, match="empty or cut short"):
        session.open_vault(closed_vault, passphrase=PASSPHRASE)
    assert state(closed_vault) == before  # nothing was created in its place


def test_a_database_cut_at_a_page_boundary_is_reported(closed_vault: Path) -> None:
    db = closed_vault / "vault.db"
    raw = db.read_bytes()
    assert len(raw) >= 3 * 4096
    db.write_bytes(raw[: 2 * 4096])
    try:
        vault = session.open_vault(closed_vault, passphrase=PASSPHRASE)
    except IntegrityError:
        return  # refused on opening: fine
    with vault:
        assert integrity.check(vault) != []


def test_a_missing_database_is_refused(closed_vault: Path) -> None:
    (closed_vault / "vault.db").unlink()
    vault = Vault(closed_vault)
    with vault, pytest.raises(IntegrityError, match="missing"):
        session.unlock(vault, passphrase=PASSPHRASE)
    assert not (closed_vault / "vault.db").exists()


def test_cli_check_on_an_empty_database_exits_4(cli, closed_vault: Path) -> None:
    (closed_vault / "vault.db").write_bytes(b"")
    proc = cli("check", "--vault", str(closed_vault), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert proc.returncode == 4, proc.stderr
    assert "empty or cut short" in proc.stderr and "Vault OK" not in proc.stdout
    assert (closed_vault / "vault.db").read_bytes() == b""


def test_create_sets_aside_a_database_left_without_its_key_file(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "vault.db").write_bytes(b"left by an init that stopped")
    with Vault(folder) as vault:
        session.create_vault(vault, passphrase=PASSPHRASE)
        session.confirm_recovery_key(vault)
        assert integrity.check(vault) == []
    aside = list((folder / "backups").glob("unfinished-*/vault.db"))
    assert [p.read_bytes() for p in aside] == [b"left by an init that stopped"]
    with session.open_vault(folder, passphrase=PASSPHRASE) as again:
        assert mentees.list_mentees(again, include_archived=True) == []
