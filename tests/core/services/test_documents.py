"""The hand-over summary: the mentee's own words, nothing about other people, no contact details."""

from __future__ import annotations

from datetime import date

from peerdesk.core.demo import fill_demo
from peerdesk.core.services import mentees
from peerdesk.core.services.documents import handover_summary
from peerdesk.core.vault import Vault


def test_handover_in_their_own_words_without_other_people(vault: Vault) -> None:
    fill_demo(vault, today=date(2026, 11, 26))
    maria = mentees.find_mentee(vault, name="Maria")
    record = mentees.get_mentee(vault, mentee_id=maria)
    text = handover_summary(vault, mentee_id=maria, today=date(2026, 11, 26)).to_text()
    assert record.what_matters in text and record.strengths in text
    assert "Lucia (sister)" in text
    # The group session's next steps name Priya: they must not reach Maria's hand-over.
    for other in ("Priya", "Tom", "Jordan", "Aisha"):
        assert other not in text
    for private in ("555", "@", "Santos", "Hillside Housing Office"):
        assert private not in text  # contact details, full name and consents stay behind
    assert "patient" not in text.lower()


def test_handover_for_someone_who_asked_for_a_different_mentor(vault: Vault) -> None:
    fill_demo(vault, today=date(2026, 11, 26))
    ellen = mentees.find_mentee(vault, name="Ellen")
    doc = handover_summary(vault, mentee_id=ellen, today=date(2026, 11, 26))
    text = doc.to_text()
    assert "asked for a different mentor" in text
    assert "Prepared 26 November 2026 by Sam Rivera" in text
    assert repr(doc) == f"<Document blocks={len(doc.blocks)}>"
