"""After a title the whole name goes, even when the given name and the surname are both
ordinary words ("Mr Will Turner", "Mrs Joy Baker"), with nobody entered in the vault."""

from __future__ import annotations

import pytest

from peerdesk.core.formats.deid import Deidentifier


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("We saw Mr Will Turner.", "Turner"),
        ("We saw Mrs Joy Baker today.", "Baker"),
        ("Mr Will Turner's flat is on the ground floor.", "Turner"),
        ("Then Ms Hope Carpenter rang back.", "Carpenter"),
        ("Mr Will Turner and Mrs Rose Carpenter came.", "Carpenter"),
        ("She trusts Dr. Faith Mason with her meds.", "Mason"),
        ("Miss June Weaver from the choir visited.", "Weaver"),
    ],
)
def test_a_titled_name_goes_whole(text: str, gone: str) -> None:
    out = Deidentifier([]).redact(text)[0]
    assert gone.lower() not in out.lower(), out
    assert "[PERSON]" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I met Dr Hope Young at Hope House.", "at"),
        ("Ask Mrs Hope. She knows the bus times.", "She knows the bus times."),
        ("We saw Mr Will Turner Monday.", "Monday"),
    ],
)
def test_the_words_after_a_titled_name_stay(text: str, kept: str) -> None:
    assert kept in Deidentifier([]).redact(text)[0]
