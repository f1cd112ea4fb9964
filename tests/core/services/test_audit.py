"""The hash-chained activity log."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from peerdesk.core.services import audit, integrity, mentees
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault


def test_events_are_recorded_and_chained(vault: Vault) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Kai"))
    with vault.session() as s:
        audit.record(s, kind="exported", detail={"count": 3, "format": "pdf"})
        events = audit.recent(s)
        assert audit.verify_chain(s) is None
    kinds = [e.kind for e in events]
    assert kinds[0] == "exported" and "created" in kinds and kinds[-1] == "vault_created"
    assert events[0].detail == {"count": 3, "format": "pdf"}
    assert events[0].label == "Exported"
    assert [e.id for e in events] == sorted((e.id for e in events), reverse=True)


def test_details_hold_no_text(vault: Vault) -> None:
    with pytest.raises(ValueError), vault.session() as s:
        audit.record(s, kind="edited", detail={"name": "Maria"})


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_event SET kind = 'signed' WHERE id = :id",
        "UPDATE audit_event SET entity_id = 99 WHERE id = :id",
        "UPDATE audit_event SET at = '2001-01-01 00:00:00.000000' WHERE id = :id",
        "DELETE FROM audit_event WHERE id = :id",
    ],
)
def test_verify_chain_detects_an_edited_row(vault: Vault, tamper: str) -> None:
    for name in ("Kai", "Tom", "Ellen"):
        mentees.add_mentee(vault, record=MenteeRecord(display_name=name))
    with vault.session() as s:
        ids = [e.id for e in reversed(audit.recent(s))]
    target = ids[2]
    with vault.engine.begin() as conn:
        assert conn.execute(text(tamper), {"id": target}).rowcount == 1
    with vault.session() as s:
        broken = audit.verify_chain(s)
    expected = target if not tamper.startswith("DELETE") else ids[3]
    assert broken == expected
    assert any("activity log" in p for p in integrity.check(vault))


def test_fixed_clock_gives_reproducible_hashes(vault: Vault) -> None:
    when = datetime(2025, 3, 1, 12, 0, 0)
    with vault.session() as s:
        audit.record(s, kind="signed", entity="note", entity_id=1, now=when)
        audit.record(s, kind="signed", entity="note", entity_id=2, now=when)
        assert audit.verify_chain(s) is None
        first, second = audit.recent(s, limit=2)[::-1]
    assert (first.at, second.at) == (when, when)


def test_every_event_the_code_records_reads_as_a_plain_sentence() -> None:
    """Each entity and kind written anywhere in peerdesk has words in the Activity view."""
    import re
    from pathlib import Path

    root = Path(audit.__file__).parents[2]
    source = "\n".join(p.read_text("utf-8") for p in root.rglob("*.py"))
    calls = re.findall(r"audit\.record\((.*?)\n\s*\)|audit\.record\((.*)\)", source, re.S)
    body = "\n".join(a or b for a, b in calls)
    entities = set(re.findall(r'entity="([a-z_]+)"', body))
    kinds = set(re.findall(r'kind="([a-z_]+)"', body))
    assert entities and kinds
    assert sorted(entities - set(audit.ENTITIES)) == []
    assert sorted(kinds - set(audit.KINDS) - set(audit.VERBS) - {k for k, _ in audit.PHRASES}) == []
    for kind in kinds:
        for entity in ("", *entities):
            sentence = audit.describe(kind, entity)
            assert "_" not in sentence and "(" not in sentence, sentence
            assert sentence[0].isupper()


def test_the_demo_activity_log_speaks_plainly(tmp_path) -> None:
    from peerdesk.core.demo import create_demo_vault

    vault = create_demo_vault(tmp_path / "demo")
    try:
        sentences = [row.sentence for row in audit.activity(vault, limit=500)]
    finally:
        vault.close()
    assert "Progress added to a goal" in sentences
    assert "Session note signed" in sentences and "Mentee added" in sentences
    assert not [s for s in sentences if "_" in s or "(" in s]


def test_the_chain_digest_is_sha256_of_the_event_as_json() -> None:
    """chain.digest hashes through cryptography, not hashlib: the same hex as before,
    so every chain already written still verifies (vault-0001's too)."""
    import hashlib
    import json

    from peerdesk.core.services import chain

    at = datetime(2026, 3, 4, 5, 6, 7, 891011)
    for prev, kind, entity, entity_id, detail in [
        (chain.GENESIS, "unlocked", "vault", None, {}),
        ("ab" * 32, "signed", "note", 7, {"count": 3, "format": "pdf"}),
    ]:
        body = json.dumps(
            [prev, at.isoformat(), kind, entity, entity_id, detail],
            sort_keys=True,
            separators=(",", ":"),
        )
        expected = hashlib.sha256(body.encode()).hexdigest()
        assert chain.digest(prev, at, kind, entity, entity_id, detail) == expected
