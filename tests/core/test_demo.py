"""The demo vault: fictional, varied, and quick to make."""

from __future__ import annotations

from pathlib import Path

from peerdesk.core.demo import DEMO_PASSPHRASE, create_demo_vault
from peerdesk.core.models import MenteeKind, SupportStyle
from peerdesk.core.services import integrity, mentees, profile, session


def test_demo_vault(tmp_path: Path) -> None:
    vault = create_demo_vault(tmp_path / "demo")
    try:
        rows = mentees.list_mentees(vault, include_archived=True)
        assert len(rows) >= 6
        assert MenteeKind.FAMILY in {m.kind for m in rows}
        assert {m.support_style for m in rows} == set(SupportStyle)
        assert len({m.status for m in rows}) >= 2
        assert profile.get_profile(vault).name
        for m in rows:
            record = mentees.get_mentee(vault, mentee_id=m.id)
            for contact in record.contacts:
                assert "555 01" in contact.value or contact.value.endswith("@example.org")
        assert integrity.check(vault) == []
    finally:
        vault.close()
    session.open_vault(tmp_path / "demo", passphrase=DEMO_PASSPHRASE).close()
