"""Month words that name a person, and abbreviations that end a sentence (the lead's walk
through a fresh vault): each class on text written for it here. A month word is a person
from its context even when the vault knows nobody by that name; a real date stays a date;
a month word that is neither stays as written. A replaced span ending in "Ave." or "Ltd."
at the end of a sentence gives the sentence its full stop back."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from peerdesk.core.formats.deid import Deidentifier, known_identifiers
from tests.core.formats.deid_helpers import redact


def redact_with_mentee(text: str) -> str:
    """A vault with one mentee, Noemi, and no important people entered."""
    noemi = SimpleNamespace(
        id=1, display_name="Noemi", aliases=[], contacts=[], important_people=[], consents=[]
    )
    return Deidentifier(known_identifiers([noemi]), mentee_order=[1]).redact(text)[0]


# --- a month word used as a person --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subject of a verb said of a person, also after a cue that is no date here
        ("Noemi wants the gas bill paid before April rings again.", "before [PERSON] rings"),
        ("We set it up so May texts her each Friday.", "[PERSON] texts"),
        ("July phoned the office twice.", "[PERSON] phoned"),
        ("After lunch August said she could drive.", "[PERSON] said"),
        ("Then December explained the letter to her.", "[PERSON] explained"),
        ("Febrero dijo que no podía venir.", "[PERSON] dijo"),
        ("Ayer Junio llamó a la oficina.", "[PERSON] llamó"),
        # kin and relation words, possessives
        ("Her granddaughter April helps with the shopping.", "granddaughter [PERSON]"),
        ("his neighbour June keeps a spare key", "neighbour [PERSON]"),
        ("Su vecina Abril la acompaña.", "vecina [PERSON]"),
        ("We sat in May's kitchen for an hour.", "[PERSON]'s kitchen"),
        ("June's car broke down so we walked.", "[PERSON]'s car"),
        # a title
        ("Mrs April Okonjo runs the group.", "[PERSON] runs"),
        ("We met Dr. June at the clinic.", "met [PERSON] at"),
        ("Tía Mayo cooked for everyone.", "Tía [PERSON]"),
        # others
        ("April and I filled in the form.", "[PERSON] and I"),
        ("She will ring March tomorrow about the flat.", "ring [PERSON] tomorrow"),
    ],
)
def test_a_month_word_used_as_a_person(text: str, expected: str) -> None:
    out = redact(text)
    assert expected in out, out
    assert "[date]" not in out, out


def test_a_month_person_is_found_with_a_mentee_in_the_vault_and_no_important_people() -> None:
    out = redact_with_mentee("Noemi said June texts her before May visits on the 3rd.")
    assert out == "Mentee A said [PERSON] texts her before [PERSON] visits on [date].", out


@pytest.mark.parametrize(
    "text",
    [
        "The group restarts in June.",
        "Her appointment is June 14th at the clinic.",
        "She moves on the 14th of June.",
        "Rent goes up in April 2027.",
        "We agreed to meet again in early May.",
        "Since March she has been sleeping better.",
        "By July she wants her own place.",
        "Her review is on 3 August.",
        "Nos vemos en junio.",
        "El 5 de abril tiene cita.",
        # a month's possessive is a person's or a month's, and goes either way (the month
        # of a person's rent or meeting is a date element of theirs)
        "June's rent went up again.",
    ],
)
def test_a_month_stays_a_date(text: str) -> None:
    out = redact(text)
    assert "[date]" in out and "[PERSON]" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "The May figures look good.",
        "June and July are the busy months.",
        "Before June, call the benefits office.",
        "March on, she says to herself.",
        "August",
    ],
)
def test_a_month_word_that_is_neither_stays_as_written(text: str) -> None:
    """No [PERSON], no pseudonym, no [date]: the word is left alone."""
    assert redact(text) == text
    assert redact_with_mentee(text) == text


# --- an abbreviation's full stop at the end of a sentence --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lives at 14 Kessler Rd. Her sister visits.", "[ADDRESS]. Her sister"),
        ("The flat is on Wexford Ave. Noemi likes it.", "[ADDRESS]. Mentee A likes"),
        ("He cleans for Harrow & Sons Ltd. It pays weekly.", "[organisation]. It pays"),
        ("Her job is at Delancey Foods Inc.", "[organisation]."),
        ("Ella vive en 9 Marlowe St.\nNoemi vino.", "[ADDRESS].\n"),
    ],
)
def test_an_abbreviation_keeps_the_sentences_full_stop(text: str, expected: str) -> None:
    out = redact_with_mentee(text)
    assert expected in out, out


@pytest.mark.parametrize(
    "text",
    [
        "She lives on Kessler Rd. in the ground floor flat.",
        "He works for Harrow & Sons Ltd. and likes it.",
    ],
)
def test_no_full_stop_is_added_mid_sentence(text: str) -> None:
    out = redact(text)
    assert "]. " not in out and "]." not in out, out


# --- an age after "turned" keeps a readable sentence -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her brother turned 47 last spring.", "Her brother turned 40-something last spring."),
        ("He turns 52 on Saturday.", "He turns 50-something on Saturday."),
        ("She is turning 28 next month.", "She is turning 20-something next month."),
        ("Noemi turned 70 and threw a party.", "Mentee A turned seventy-something and threw"),
        ("Her nan turned 93 in hospital.", "Her nan turned 90+ in hospital."),
        ("Her dad turned 90 today.", "Her dad turned over 89 today."),
        ("Her son turns 6 next week.", "Her son turns an age under 10 next week."),
        ("Her niece turned 16 on Sunday.", "Her niece turned an age in their teens on Sunday."),
    ],
)
def test_an_age_after_turned_keeps_the_verb(text: str, expected: str) -> None:
    out = redact_with_mentee(text)
    assert out.startswith(expected), out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Su hermano turned 47 ayer.", "turned 40 y tantos ayer"),
        ("Her niece turned 16 on Sunday.", "turned una edad de entre 10 y 19 on"),
        ("Su madre cumplió 63 en diciembre.", "cumplió 60 y tantos años en [fecha]"),
        ("Su tío tenía 58 cuando se mudó.", "tenía 50 y tantos años cuando"),
    ],
)
def test_an_age_after_turned_in_a_spanish_export(text: str, expected: str) -> None:
    """The engine's words for it come from core's catalogue; a Spanish cue written with
    its accent ("cumplió", "tenía") is found as well as one without."""
    from peerdesk.core.messages import catalogue

    out = Deidentifier([], mentee_order=[1], translate=catalogue("es")).redact(text)[0]
    assert expected in out, out
    assert not any(n in out for n in ("47", "16", "63", "58")), out


# --- the same, through the supervision export (a new mentor's vault) ----------------------


def test_a_new_mentors_export_reads_and_passes_the_fail_closed_check() -> None:
    """One mentee, no important people: a month used as a person goes, a sentence that
    ended in "Rd." still ends, an age after "turned" keeps its verb, and the finished
    file passes the fail-closed check."""
    from datetime import date

    from peerdesk.core.formats.deid import Identifier
    from peerdesk.core.formats.supervision import (
        ExportRequest,
        ExportSource,
        NoteRow,
        build_export,
        check_output,
    )

    did = (
        "We walked to the Eastfield Housing Office on Marlowe Rd. Ines asked about the "
        "deposit herself. Her son April turned 19 in March and May phones her daily."
    )
    row = NoteRow(
        id=1,
        occurred_on=date(2026, 6, 10),
        modality="in person",
        kind="practical support",
        mentee_ids=(1,),
        minutes=60,
        flagged=True,
        sections=(("did", did),),
    )
    prepared = build_export(
        ExportSource(
            request=ExportRequest(date(2026, 6, 1), date(2026, 6, 30), format="md"),
            identifiers=(Identifier("Ines", "a mentee's name", owner=1),),
            scope=(1,),
            notes=(row,),
            today=date(2026, 7, 2),
        )
    )
    assert (
        "on [ADDRESS]. Mentee A asked about the deposit herself. Her son [PERSON] turned "
        "an age in their teens in [date] and [PERSON] phones her daily."
    ) in prepared.text, prepared.text
    assert prepared.blocked is None
    check_output(prepared, prepared.markdown.encode(), "md")
