"""Classes of de-identification failure seen on the sixth never-tuned split (fresh6:
organisations and places), each on text written for it here, not the corpus's
sentences."""

from __future__ import annotations

import pytest

from tests.core.formats.deid_helpers import gone, kept

# --- chains and big employers: where a mentee shops, eats or works ---------------------------


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("She picks up shifts at Waitrose when her knee allows.", "Waitrose"),
        ("He picked up his prescription at Walgreens after group.", "Walgreens"),
        ("He stacks shelves for Morrisons and hates the early starts.", "Morrisons"),
        ("Lunch at Chipotle was her choice this week.", "Chipotle"),
        ("Compramos fruta en Alcampo porque a ella le queda cerca.", "Alcampo"),
        ("Su hermano trabaja de cajero en Soriana desde enero.", "Soriana"),
    ],
)
def test_a_chains_name_goes(text: str, chain: str) -> None:
    gone(text, chain)


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("He has a job at Target, stocking the back room.", "Target"),
        ("She packs boxes at the Amazon warehouse on nights.", "Amazon"),
        ("We met outside the Boots on the high street.", "Boots"),
        ("Su papá trabaja para Bimbo repartiendo pan.", "Bimbo"),
    ],
)
def test_a_chain_named_with_an_everyday_word_goes_with_a_cue(text: str, chain: str) -> None:
    gone(text, chain)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Her next step is the target she set herself.", ("next", "target")),
        ("He bought new boots and says the Amazon rainforest film moved him.", ("boots", "Amazon")),
        (
            "She rang the Samaritans on 116 123 and then called 988.",
            ("Samaritans", "116 123", "988"),
        ),
    ],
)
def test_everyday_words_and_crisis_lines_stay(  # guards: these pass with or without it
    text: str, words: tuple[str, ...]
) -> None:
    kept(text, *words)


# --- organisations named by a place, a compass point, a club suffix, a Spanish head ----------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("He volunteers with Mind in Camden on Fridays.", ("Mind in Camden",)),
        ("She went to Citizens Advice Hull about the debt.", ("Hull",)),
        ("He helps out at Mind in Kirklees and Mind in Calderdale.", ("Kirklees", "Calderdale")),
        ("He drove buses for Transport for London for ten years.", ("Transport",)),
        ("Her timetable from Recovery College South came today.", ("Recovery College",)),
        ("He plays for Moss Side FC on Sundays.", ("Moss Side", " FC")),
        ("Va a la Capilla de San Martín con su tía.", ("Capilla", "Martín")),
        ("Rezan en la Mezquita de Al Andalus los viernes.", ("Mezquita", "Andalus")),
    ],
)
def test_an_organisation_named_by_place_compass_club_or_spanish_head_goes(
    text: str, parts: tuple[str, ...]
) -> None:
    out = gone(text, *parts)
    assert "[organisation]" in out, out


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mind in general is a hard thing to describe.", ("Mind in general",)),
        ("Mind in Recovery is the name of her blog.", ("Mind in Recovery",)),
        ("She rang Mind and then Citizens Advice for the forms.", ("Mind", "Citizens Advice")),
        ("Thanks for coming, she said. Leaving for work now.", ("Thanks for", "Leaving for")),
        ("The Recovery College sent the new prospectus.", ("Recovery College",)),
    ],
)
def test_national_names_and_everyday_phrases_stay(  # guards: these pass with or without it
    text: str, words: tuple[str, ...]
) -> None:
    kept(text, *words)


# --- places: a neighbourhood after "around", a Spanish square, gate or park ------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("She sells flowers around Bermondsey and loves it.", "Bermondsey"),
        ("He sleeps around Deptford most nights.", "Deptford"),
        ("Se sienta en la Fuente de la Salud a leer.", "Fuente"),
    ],
)
def test_a_place_after_around_or_a_spanish_landmark_goes(text: str, part: str) -> None:
    gone(text, part)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We talked around Easter about the move.", ("Easter",)),
        ("She was around Monday but not Tuesday.", ("Monday", "Tuesday")),
        ("La puerta de la casa estaba abierta.", ("puerta", "casa")),
    ],
)
def test_times_and_everyday_words_after_around_stay(  # guards: these pass with or without it
    text: str, words: tuple[str, ...]
) -> None:
    kept(text, *words)


# --- a college or an employer named alone after a cue -----------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("She wants to apply to Birkbeck next year for the evening degree.", "Birkbeck"),
        ("Limpia oficinas para Clece por las tardes.", "Clece"),
        ("Su hija reparte comida para Glovenia los fines de semana.", "Glovenia"),
    ],
)
def test_a_college_or_employer_after_a_cue_goes(text: str, part: str) -> None:
    gone(text, part)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He applied to Universal Credit in the spring.", ("Universal Credit",)),
        ("She applied to PIP with our help.", ("PIP",)),
        ("Trabaja para salir adelante, dice.", ("salir adelante",)),
    ],
)
def test_programmes_and_everyday_words_after_the_cue_stay(  # guards: these pass with or without it
    text: str, words: tuple[str, ...]
) -> None:
    kept(text, *words)
