"""Schema migrations: new vaults at head, released fixture vaults open and migrate."""

from __future__ import annotations

import shutil
from pathlib import Path

from peerdesk.core import migrations
from peerdesk.core.services import audit, integrity, mentees, session
from peerdesk.core.vault import Vault

DATA = Path(__file__).resolve().parents[2] / "data"
VERSIONS = Path(migrations.__file__).resolve().parent / "versions"


def test_new_vault_is_at_head(vault: Vault) -> None:
    head = migrations.head_revision()
    assert migrations.current_revision(vault.engine) == head
    assert head == sorted(p.stem.split("_")[0] for p in VERSIONS.glob("0*.py"))[-1]
    with vault.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert {"mentee", "mentee_alias", "audit_event", "setting", "mentor_profile"} <= tables


def test_fixture_vault_0001_opens_migrates_and_reads(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(DATA / "vault-0001", folder)
    with session.open_vault(folder, passphrase="fixture vault passphrase 0001") as vault:
        assert migrations.current_revision(vault.engine) == migrations.head_revision()
        rows = mentees.list_mentees(vault, include_archived=True)
        assert [(m.display_name, m.aliases) for m in rows] == [("Maria", ("Mari",))]
        record = mentees.get_mentee(vault, mentee_id=rows[0].id)
        assert record.what_matters == "the library on Saturdays"
        assert integrity.check(vault) == []
        with vault.session() as s:
            kinds = [e.kind for e in audit.recent(s)]
        assert "vault_created" in kinds and "created" in kinds
        assert migrations.head_revision() != "0001"  # so this vault really was migrated
        assert "migrated" in kinds
        kept = [p for p in vault.backups_dir.iterdir() if p.name.startswith("before-upgrade-0001")]
        assert len(kept) == 1
    recovered = Vault(folder)
    session.unlock_with_recovery_key(recovered, recovery_key="ZHSA-SQN4-VKWQ-XSEF-SOYL-WXVE-L4")
    recovered.close()


def test_search_index_rekeyed_both_ways(vault: Vault) -> None:
    """0013 turns 0010's oldest-first keys into newest-first ones; down and up again
    the index answers as before (same notes, same order), with no row lost."""
    from datetime import date

    from alembic import command
    from sqlalchemy import text

    from peerdesk.core.services import notes, search
    from peerdesk.core.services.mentees import MenteeRecord

    ana = mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana"))
    for day in (date(2025, 1, 5), date(2026, 2, 1), date(2026, 2, 1), date(2024, 7, 9)):
        notes.save_draft(vault, draft=notes.NoteDraft([ana], day, did="planned the bus route"))
    before = [h.id for h in search.search_notes(vault, query="plan")]
    assert len(before) == 4
    cfg = migrations._config()
    with vault.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
        old = dict(conn.execute(text("SELECT note_id, key FROM note_fts_key")).all())
        rowids = sorted(r[0] for r in conn.execute(text("SELECT rowid FROM note_fts")))
    assert sorted(old.values()) == rowids
    assert all(key & (2**32 - 1) == note_id for note_id, key in old.items())
    migrations.upgrade(vault.engine)
    assert [h.id for h in search.search_notes(vault, query="plan")] == before
    with vault.session() as s:
        keys = dict(s.execute(text("SELECT note_id, key FROM note_fts_key")).all())
        occurred = dict(s.execute(text("SELECT id, occurred_on FROM session_note")).all())
    assert keys == {i: search.index_key(date.fromisoformat(d), i) for i, d in occurred.items()}
