"""More classes of de-identification failure (fresh2, fresh3 and fresh4), each on text
written for it here, not the corpus's sentences: Spanish business names, a short place
right after "in"/"near"/"from", a building's name before its street, a flat before an
address, places written with a slash, landmark names ("X of the Y"), organisations with
a capitalised small word or odd capitals inside, named community organisations."""

from __future__ import annotations

import pytest

from peerdesk.core.formats.deid import Deidentifier, Identifier
from tests.core.formats.deid_helpers import gone, redact

# --- Spanish business names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Picked up the cake at Pastelería Dulce Hogar before group.", ("Dulce", "Hogar")),
        ("His uncle runs Taller Mecánico Ocampo off the highway.", ("Ocampo",)),
        ("she gets her candles at Botánica San Lázaro", ("Lázaro",)),
        ("Breakfast at Pupusería Olocuilta with her sister.", ("Olocuilta",)),
        ("We met at El Fogón de Mamá Tita for lunch.", ("Fogón", "Tita")),
        ("He drove her to Los Tres Hermanos del Norte, the market.", ("Tres", "Hermanos", "Norte")),
        ("nos vemos en La Perla del Caribe a las 3", ("Perla", "Caribe")),
    ],
)
def test_spanish_business_names(text: str, parts: tuple[str, ...]) -> None:
    """A head noun first (Taller, Botánica, Pupusería ...) or a Spanish article after a
    preposition names a business; no word of it is left, article included."""
    out = gone(text, *parts)
    assert out.count("[organisation]") == 1 and "[PERSON]" not in out, out
    assert not any(w in out.split() for w in ("Los", "El", "La", "de", "del", "Taller")), out


@pytest.mark.parametrize(
    "text",
    [
        "She flew to Los Angeles for the wedding.",
        "He moved back to Las Vegas in 2019.",
    ],
)
def test_a_spanish_article_place_stays_a_place(text: str) -> None:
    out = redact(text)
    assert "[place]" in out and "[organisation]" not in out, out


# --- a short place after in / near / from --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Her mum is in Cwmbrelan this week.", "Cwmbrelan"),
        ("The carers group in Ardnashee meets on Thursdays.", "Ardnashee"),
        ("He is staying with a mate near Kilcrennan.", "Kilcrennan"),
        ("a cousin from Oakhollow, who drives", "Oakhollow"),
        ("she was in Brynteg and then Cardiff", "Brynteg"),
    ],
)
def test_a_short_place_after_in_near_from(text: str, part: str) -> None:
    out = gone(text, part)
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "We talked in Spanish, in Urdu, about work.",
        "He was in AA and in Ramadan he fasts.",
        "She says she believes in God and in Jesus.",
        "a letter from Medicaid and a call from Centrelink.",
        "visiting from Poland.",
        "Back in Lent she was in Year 9.",
        "She still has faith in people, and hope in Diwali.",
    ],
)
def test_in_near_from_leave_months_languages_programmes_and_countries(text: str) -> None:
    assert redact(text) == text


# --- landmarks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("They hang out at Head of the Glen after school.", ("Head", "Glen")),
        ("Meet me at the Top of the Brae by the clock.", ("Top", "Brae")),
        ("She walked down to Mouth of the Ouse most nights.", ("Mouth", "Ouse")),
    ],
)
def test_a_landmark_named_x_of_the_y(text: str, parts: tuple[str, ...]) -> None:
    gone(text, *parts)


@pytest.mark.parametrize(
    "text",
    [
        "She wrote to the Department of the Treasury about it.",
        "He read the Book of the Month from the library.",
        "it was at the end of the day",
    ],
)
def test_public_bodies_and_phrases_of_the_same_shape_stay(text: str) -> None:
    out = redact(text)
    assert "Department of the Treasury" in out or "of the" in out, out
    assert "[place]" not in out, out


# --- buildings, flats and streets -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Her office is at Lantern House, 7 Ropewalk Street now.",
        "Send it to Flat 6, Heron Court, Mill Lane, please.",
        "The hearing is at Wigan Town Hall, Library Street.",
        "She moved to Flat 11, Rowan House, 48 Copper Street last year.",
        "Post it to Unit 3, 15 Anvil Road.",
    ],
)
def test_a_building_or_flat_with_its_street_is_one_address(text: str) -> None:
    """Every character of the address goes, commas between its parts included: one
    "[ADDRESS]", not "Flat [ADDRESS]" or "[organisation], [ADDRESS]"."""
    out = redact(text)
    assert out.count("[ADDRESS]") == 1, out
    assert "Flat" not in out and "Unit" not in out and "], [" not in out, out


def test_two_organisations_in_a_list_are_not_an_address() -> None:
    out = redact("She goes to Brightwater Clinic, Hillside Pantry and the library.")
    assert "[ADDRESS]" not in out, out


# --- slashes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("she got off the tram at Piccadilly/Ancoats and walked", ("Ancoats", "/")),
        ("the clinic at Dorchester/UCrest moved", ("UCrest", "/")),
    ],
)
def test_a_place_written_with_a_slash_is_one_place(text: str, parts: tuple[str, ...]) -> None:
    gone(text, *parts)


def test_a_slash_between_programmes_stays() -> None:
    text = "She applied for SNAP/WIC and Medicaid/CHIP."
    assert redact(text) == text


# --- organisations with odd capitals, named communities ------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("came to BeHearD Youth Services on Friday.", ("BeHearD",)),
        ("she volunteers at ReachOuT Pantry most weeks", ("ReachOuT",)),
        ("they give rides to Somali Elders Community and back", ("Somali Elders",)),
        ("she joined Karen Weavers Community last spring", ("Karen Weavers",)),
    ],
)
def test_organisations_with_odd_capitals_and_named_communities(
    text: str, parts: tuple[str, ...]
) -> None:
    """A name with capitals inside and at its end ("BeLonG"-style) is still a name before
    a head noun; two capitalised words before "Community" with no article are one."""
    out = gone(text, *parts)
    assert "[organisation]" in out, out


def test_an_abbreviation_with_a_capital_at_its_end_is_no_name() -> None:
    text = "she has a PhD and is a PhD student at the college"
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "the Latino Community is strong here",
        "she feels part of the Deaf Community now",
    ],
)
def test_a_community_with_an_article_is_no_organisation(text: str) -> None:
    assert redact(text) == text


# --- fresh4 classes: names ------------------------------------------------------------------


def known(*people: tuple[str, str, int]) -> list[Identifier]:
    return [Identifier(name, "a mentee's name", owner=owner) for name, _kind, owner in people]


def test_an_unknown_given_name_before_a_known_surname_gets_no_pseudonym() -> None:
    """ "Grace Mensah-Bonsu" is a relative of Kwame Mensah, not Kwame: the mentee's
    pseudonym there would tell the supervisor who she is."""
    ids = known(("Kwame Mensah", "", 1), ("Kwame", "", 1), ("Mensah", "", 1))
    engine = Deidentifier(ids, mentee_order=[1])
    out = engine.redact("Auntie Grace Mensah-Bonsu is ninety-eight. Kwame Mensah came.")[0]
    assert "Grace" not in out and "Bonsu" not in out, out
    assert out.count("Mentee A") == 1 and "[PERSON]" in out, out


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Met Tamsin Oyelaran at the bus stop. Tamsin's mum is unwell.", "Tamsin"),
        ("lunch with gurpreet sandhu, then gurpreet's kids came", "gurpreet"),
        ("Group: Ayesha, Precious, Sunniva and Ottilie. Precious has a new job.", "Precious"),
        ("Rosalind Achebe joined. Later Rosalind said it helped.", "Rosalind"),
    ],
)
def test_a_name_found_once_is_a_name_everywhere_in_the_note(text: str, part: str) -> None:
    out = redact(text)
    assert part not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Met Precious Mwale today. It was a precious hour for her.",
        "Grace Oyelaran came. Grace under pressure, she called it.",
    ],
)
def test_a_name_that_is_a_word_stays_a_word_elsewhere(text: str) -> None:
    out = redact(text)
    assert "precious hour" in out or "Grace under pressure" in out, out


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Phone call with Eirlys Price from the valleys.", ("Price",)),
        ("Tyrese Washington (41) asked about the group.", ("Washington",)),
        ('Sat with Ignacio "Nacho" Robles on the steps.', ("Nacho", "Robles", '"')),
    ],
)
def test_a_surname_that_is_a_word_or_place_and_a_quoted_nickname(
    text: str, parts: tuple[str, ...]
) -> None:
    gone(text, *parts)


def test_spanish_words_after_a_name_stay() -> None:
    out = redact("Su hijo Rodrigo está en casa con su novia.")
    assert "está en casa" in out and "Rodrigo" not in out, out


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("La doctora es Dra. Ximena Ruiz-Tagle.", ("Dra", "Ximena", "Tagle")),
        ("Habló con el Lic. Arturo Benavides.", ("Lic", "Arturo", "Benavides")),
    ],
)
def test_spanish_titles_go_with_the_name(text: str, parts: tuple[str, ...]) -> None:
    gone(text, *parts)


# --- fresh4 classes: organisations and places -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("her husband is buried at Mount Carmel Cemetery", ("Carmel",)),
        ("the lads from Moston Men's Shed fixed the bikes", ("Moston",)),
        ("we volunteered at the Hanwell Community Fridge", ("Hanwell",)),
        ("a rep from Tollcross Tenants Forum came", ("Tollcross",)),
        ("Met her at Alder Lane Coffee Co. after group", ("Alder", "Co.")),
        ("she goes to the Cicero Grief Support Circle", ("Cicero Grief",)),
        ("they go to Temple Adath Shalom Congregation", ("Adath",)),
        ("we had a party at The Lamplighter in the evening", ("Lamplighter",)),
        ("she is a student at Salford Uni and works", ("Salford Uni",)),
    ],
)
def test_more_organisation_heads(text: str, parts: tuple[str, ...]) -> None:
    out = gone(text, *parts)
    assert "[organisation]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "went to The Salvation Army shop",
        "she saw it in the Guardian",
        "the Met police came round",
    ],
)
def test_public_bodies_chains_and_papers_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("said he was on the bridge at Brinsworth. we talked", "Brinsworth"),
        ("Halina, aged 77, lives alone, Weaste. Her son rings.", "Weaste"),
    ],
)
def test_a_place_at_a_clause_end_or_ending_a_list_of_facts(text: str, part: str) -> None:
    out = gone(text, part)
    assert "[place]" in out, out


def test_a_brand_ending_a_list_without_an_age_stays() -> None:
    text = "we had tea, cake, Biscoff."
    assert redact(text) == text


# --- fresh4 classes: dates and known names in lower case ------------------------------------


@pytest.mark.parametrize(
    "text", ["She will be away 12/27 to 12/31.", "He is back 1/19 after the trip."]
)
def test_short_dates_in_a_range_or_after_away_or_back(text: str) -> None:
    out = redact(text)
    assert "/" not in out, out


def test_fractions_after_to_stay() -> None:
    text = "she is away 3/4 of the time, up to 2/3 some weeks"
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone_word"),
    [
        ("sent the picture of june's new flat", "june"),
        ("cake pics - june turned 8 today", "june"),
        ("hope n june r going to the park", "june"),
        ("dee asked if chance could come on friday", "chance"),
        ("text - tom: cant make it", "tom"),
    ],
)
def test_known_names_in_lower_case_by_their_use(text: str, gone_word: str) -> None:
    ids = known(("June", "", 1), ("Hope", "", 1), ("Chance", "", 1), ("Tom", "", 1))
    out = Deidentifier(ids, mentee_order=[1]).redact(text)[0]
    assert gone_word not in out.split(), out


@pytest.mark.parametrize(
    "text",
    [
        "there is no chance she moves",
        "hope: not much, she said",
        "note: hope is low this week",
        "if hope could be found, she said",
    ],
)
def test_known_names_that_are_words_stay_words(text: str) -> None:
    ids = known(("Hope", "", 1), ("Chance", "", 1))
    out = Deidentifier(ids, mentee_order=[1]).redact(text)[0]
    assert "Mentee" not in out, out
