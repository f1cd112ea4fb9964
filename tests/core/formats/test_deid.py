"""Each detector of the de-identification engine, and the fail-closed scanner."""

from __future__ import annotations

import pytest

from peerdesk.core.formats.deid import Deidentifier, Identifier, KnownScanner, trie_pattern

MARIA = [
    Identifier("Maria", "a mentee's name", owner=1),
    Identifier("Maria Santos", "a mentee's full name", owner=1),
    Identifier("Santos", "a mentee's full name", owner=1),
    Identifier("Mari", "a mentee's alias", owner=1),
    Identifier("Lucia", "an important person's name"),
    Identifier("+1 555 0134", "a mentee's phone number", "PHONE", person=False),
    Identifier("maria.s@example.org", "a mentee's email", "EMAIL", person=False),
    Identifier("22 Birch Road", "a mentee's address", "ADDRESS", person=False),
]


def redact(text: str, **kw) -> str:
    return Deidentifier(MARIA, mentee_order=[1], **kw).redact(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria came.", "Mentee A came."),
        ("MARIA SANTOS came.", "Mentee A came."),
        ("maria\nsantos came.", "Mentee A came."),
        ("Maria's bus", "Mentee A's bus"),
        ("Mari’s bus", "Mentee A’s bus"),
        ("with santos", "with Mentee A"),
        ("her sister Lucia", "her sister [PERSON]"),
        ("call 555-0134", "call [PHONE]"),
        ("mail MARIA.S@example.org", "mail [EMAIL]"),
        ("walked to 22 Birch Road", "walked to [ADDRESS]"),
        ("#MariaStrong!", "#[REDACTED]!"),
        ("see https://example.com/maria-santos.", "see [URL]."),
    ],
)
def test_known_identifiers_in_any_form(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_names_inside_words_are_left_alone() -> None:
    assert redact("Marianne and Santosh") == "[PERSON] and Santosh"


def test_one_letter_names_do_not_wipe_every_letter() -> None:
    engine = Deidentifier([Identifier("J", "a mentee's alias", owner=1)], mentee_order=[1])
    assert engine.redact("J came; a jam and I.")[0] == "Mentee A came; a jam and I."
    engine = Deidentifier([Identifier("A", "a mentee's alias", owner=1)], mentee_order=[1])
    assert engine.redact("A good day and a walk.")[0] == "A good day and a walk."


def test_pseudonyms_are_stable_and_ordered() -> None:
    ids = [Identifier("Kai", "n", owner=9), Identifier("Ellen", "n", owner=3)]
    engine = Deidentifier(ids, mentee_order=[3, 9])
    assert engine.redact("Kai, Ellen, Kai")[0] == "Mentee B, Mentee A, Mentee B"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 2026-11-12", "on November 2026"),
        ("on 11/12/2026", "on November 2026"),
        ("on 25/11/2026", "on November 2026"),
        ("on 12 Nov 2026", "on November 2026"),
        ("on November 12th, 2026", "on November 2026"),
        ("by Tuesday 12th", "by [DATE]"),
        ("due on the 30th", "due on [DATE]"),
        ("in May we may go", "in May we may go"),
        ("24/7 support at 10:15", "24/7 support at 10:15"),
    ],
)
def test_dates_become_month_and_year(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_day_first_region() -> None:
    assert redact("on 11/12/2026", day_first=True) == "on December 2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she is 93 years old", "she is 90+ years old"),
        ("a 101-year-old", "a 90+-year-old"),
        ("her 95th birthday", "her 90+ birthday"),
        ("they are 89 and 45", "they are 89 and 45"),
    ],
)
def test_ages_over_89(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ring 07700 900123 today", "ring [PHONE] today"),
        ("ring (212) 555-0199 today", "ring [PHONE] today"),
        ("ring +44 20 7946 0958 today", "ring [PHONE] today"),
        ("ring 087 123 4567 today", "ring [PHONE] today"),
        ("ring 0412 345 678 today", "ring [PHONE] today"),
        ("mail a.b@example.net", "mail [EMAIL]"),
        ("see www.example.org/map", "see [URL]"),
        ("case number 48213-B", "case number [ID]"),
        ("SSN 078-05-1120", "SSN [ID]"),
        ("@tommy_b posts", "@[HANDLE] posts"),
        ("ZIP 62704", "ZIP 627xx"),
        ("IL 03601", "IL 000xx"),
        ("in SW1A 1AA now", "in SW1A now"),
        ("at 450 Market Street, Apt 4", "at [ADDRESS]"),
        ("near Elm Street", "near [ADDRESS]"),
        ("PO Box 118", "[ADDRESS]"),
    ],
)
def test_patterns(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talked with Siobhan today.", "Talked with [PERSON] today."),
        ("Marcus Whitfield came.", "[PERSON] came."),
        ("Dr Okonkwo called.", "Dr [PERSON] called."),
        ("My friend Grace came.", "My friend [PERSON] came."),
        ("Grace is a gift.", "Grace is a gift."),
        ("We said grace.", "We said grace."),
        ("Hope said hi, and I hope so.", "[PERSON] said hi, and I hope so."),
        ("Will you call? Will said yes.", "Will you call? [PERSON] said yes."),
        ("Bill, her neighbour, paid the bill.", "[PERSON], her neighbour, paid the bill."),
        ("Rose's mum came.", "[PERSON]'s mum came."),
        ("A rose in Rose Street.", "A rose in [ADDRESS]."),
        ("Faith Kim helped.", "[PERSON] helped."),
        ("Joy in June.", "Joy in June."),
    ],
)
def test_unknown_names_and_common_words(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_manual_terms_and_undo() -> None:
    engine = Deidentifier(MARIA, mentee_order=[1], extra_terms=["Blue Door Cafe"])
    text, spans = engine.redact("Met Maria at the blue door cafe, then Siobhan.", field="f")
    assert text == "Met Mentee A at the [REDACTED], then [PERSON]."
    person = next(s for s in spans if s.label == "PERSON")
    known = next(s for s in spans if s.label == "KNOWN_NAME")
    assert not known.undoable and person.undoable
    undone, _ = engine.redact(
        "Met Maria at the blue door cafe, then Siobhan.", field="f", keep={person.key, known.key}
    )
    assert undone == "Met Mentee A at the [REDACTED], then Siobhan."


def test_redactions_never_hold_the_original() -> None:
    _, spans = Deidentifier(MARIA, mentee_order=[1]).redact("Maria and Siobhan")
    for s in spans:
        assert "Maria" not in repr(s) and "Siobhan" not in repr(s)
        assert s.replacement in ("Mentee A", "[PERSON]")


def test_scanner_finds_what_renderers_do_to_text() -> None:
    scan = KnownScanner(MARIA)
    assert scan.first_hit("Mentee A went to the library") is None
    assert scan.first_hit("excellent work, Santosh") is None
    assert scan.first_hit("M a r i a") == "a mentee's name"
    assert scan.first_hit("SAN-\nTOS") == "a mentee's full name"
    assert scan.first_hit("Mar\u00adia") == "a mentee's name"
    assert scan.first_hit("ring 555 01 34") == "a mentee's phone number"


def test_trie_pattern_prefers_the_longest() -> None:
    import re

    rx = re.compile(trie_pattern(["mari", "maria", "maria santos"]))
    assert rx.match("maria santos").group() == "maria santos"
    assert rx.match("mariax").group() == "maria"
