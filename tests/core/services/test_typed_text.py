"""Names and search words are compared after NFKC, without invisible format characters."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.services import mentees, notes, quick, search
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"


@pytest.mark.parametrize(
    "typed_name",
    ["Rosa", "ROSA", "Ｒｏｓａ", "Ro\u200bsa", "\u2060Rosa\ufeff", "  rosa ", "Ro\u00adsa"],
)
def test_find_mentee_after_normalisation(vault: Vault, typed_name: str) -> None:
    rosa = mentees.add_mentee(vault, record=MenteeRecord(display_name="Rosa", aliases=["Ro Ro"]))
    assert mentees.find_mentee(vault, name=typed_name) == rosa
    assert mentees.find_mentee(vault, name="ro\u200d ro") == rosa


def test_search_words_after_normalisation_on_both_paths(vault: Vault) -> None:
    rosa = mentees.add_mentee(vault, record=MenteeRecord(display_name="Rosa"))
    notes.save_draft(vault, draft=NoteDraft([rosa], date(2026, 3, 2), did="We found the library."))
    for query in ("library", "ｌｉｂｒａｒｙ", "li\u200bbrary", "LIB"):
        assert len(list(search.search_notes(vault, query=query))) == 1, query
    vault.close()
    with quick.open_vault(vault.path, PASSPHRASE) as direct:
        assert direct is not None
        assert quick.find_mentee(direct, name="Ｒｏ\u200bsa") == rosa
        assert len(list(quick.search(direct, query="ｌｉ\u200bｂ"))) == 1
