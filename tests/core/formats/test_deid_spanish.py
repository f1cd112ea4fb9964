"""The engine's replacements in a Spanish export: "[fecha]", "Persona A", ages banded in
Spanish ("50 y tantos años", "90 o más"), from core's catalogue (context "core" of
resources/translations/peerdesk_es.ts); an English export is unchanged; and the
fail-closed scan ignores the engine's own words in both languages, while a known name
outside them still blocks."""

from __future__ import annotations

import json
from datetime import date

import pytest

from peerdesk.core.formats.deid import Deidentifier, Identifier, KnownScanner, localise
from peerdesk.core.formats.supervision import (
    ExportRequest,
    ExportSource,
    NoteRow,
    build_export,
    check_output,
)
from peerdesk.core.messages import Message, catalogue, english

SPANISH = catalogue("es")
PEOPLE = [
    Identifier("Xiomara Quintero", "a mentee's name", owner=1),
    Identifier("Xiomara", "a mentee's name", owner=1),
    Identifier("Mayo", "an important person's name"),
    Identifier("305-555-0112", "a mentee's phone", label="PHONE"),
]
NOTE = (
    "Xiomara me contó que su hijo Rodrigo tiene 45 años. Su abuela tiene 93 y vive en "
    "Hialeah. Cita el 3 de marzo; su teléfono 305-555-0112, correo x.q@example.com."
)


def spanish(text: str) -> str:
    return Deidentifier(PEOPLE, mentee_order=[1], translate=SPANISH).redact(text)[0]


def test_replacements_read_in_spanish() -> None:
    out = spanish(NOTE)
    for word in ("Persona A", "[PERSONA]", "40 y tantos años", "90 o más", "[lugar]", "[fecha]"):
        assert word in out, out
    assert "[TELÉFONO]" in out and "[CORREO]" in out, out
    for english_word in ("Mentee", "[date]", "[place]", "in their", "90+", "[PERSON]"):
        assert english_word not in out, out


@pytest.mark.parametrize("translate", [english, catalogue("en")])
def test_an_english_export_is_unchanged(translate) -> None:
    engine = Deidentifier(PEOPLE, mentee_order=[1], translate=translate)
    out = engine.redact("Xiomara is 58 now; her gran is 93. Seen on 3 March in Hialeah.")[0]
    assert out == "Mentee A is in their 50s now; her gran is 90+. Seen on [date] in [place].", out
    assert engine.pseudonym(1) == "Mentee A"


def test_the_pseudonym_is_spanish_and_english_for_the_json() -> None:
    engine = Deidentifier(PEOPLE, mentee_order=[1, 2], translate=SPANISH)
    assert engine.pseudonym(2) == "Persona B"
    assert engine.pseudonym(2, english=True) == "Mentee B"
    assert engine.pseudonyms == {1: "Persona A", 2: "Persona B"}


@pytest.mark.parametrize(
    ("english_text", "spanish_text"),
    [
        ("in her 20s", "20 y tantos años"),
        ("in their fifties", "50 y tantos años"),
        ("is in their 60s now", "is 60 y tantos años now"),
        ("40s-year-old", "de 40 y tantos años"),
        ("(30s)", "(30 y tantos)"),
        ("teens", "10 y tantos"),
        ("90+", "90 o más"),
        ("over 89", "más de 89"),
        ("under ten", "menos de 10"),
        ("under a year old", "menos de un año"),
        ("#[REDACTED]", "#[OCULTO]"),
        ("Mentee AB", "Persona AB"),
        ("[organisation]", "[organización]"),
        ("[ADDRESS]", "[DIRECCIÓN]"),
        ("[ZIP]", "[CÓDIGO POSTAL]"),
    ],
)
def test_every_form_of_a_replacement_in_spanish(english_text: str, spanish_text: str) -> None:
    assert localise(english_text, SPANISH) == spanish_text


def test_every_engine_word_has_a_spanish_translation() -> None:
    from peerdesk.core.formats import deid

    templates = [*deid._TOKENS, *set(deid._FIXED_BANDS.values())]
    for template in templates:
        assert SPANISH(Message(template)) != template, template
    for template in (deid._IN_BAND, deid._BAND, deid._BAND_AGED):
        assert SPANISH(Message(template, decade=50)) != Message(template, decade=50)
    assert SPANISH(Message(deid._PSEUDONYM, letter="C")) == "Persona C"


@pytest.mark.parametrize("translate", [english, SPANISH])
def test_the_scan_ignores_the_engines_own_words_in_both_languages(translate) -> None:
    """People called like the words the engine writes ("Persona", "Tantos", "Fecha",
    "Lugar", "Mentee") never block its own output; the same names in the note's own
    words still do."""
    tricky = [Identifier(w, "an important person's name") for w in ("Persona", "Tantos")]
    tricky += [Identifier(w, "an important person's name") for w in ("Fecha", "Lugar")]
    tricky += [Identifier("Mentee", "an important person's name")]
    engine = Deidentifier(PEOPLE, mentee_order=[1, 2], translate=translate)
    out = engine.redact(NOTE + " Xiomara is 58 now; under 1 year old.")[0]
    assert KnownScanner(tricky + PEOPLE).hits(out) == []
    assert KnownScanner(tricky).first_hit(out + " Tantos came.") is not None


def source(fmt: str) -> ExportSource:
    notes = tuple(
        NoteRow(
            id=i + 1,
            occurred_on=date(2026, 4, 3 + i),
            modality="phone",
            kind="emotional support",
            mentee_ids=(1,),
            minutes=50,
            flagged=i == 0,
            sections=(("did", NOTE),) if i == 0 else (),
        )
        for i in range(12)
    )
    return ExportSource(
        request=ExportRequest(
            date(2026, 4, 1), date(2026, 4, 30), sections=("flagged_notes",), format=fmt
        ),
        identifiers=tuple(PEOPLE),
        scope=(1,),
        notes=notes,
        today=date(2026, 5, 2),
    )


@pytest.mark.parametrize("fmt", ["md", "csv"])
def test_a_spanish_export_with_redactions_is_not_blocked_by_its_own_words(fmt: str) -> None:
    prepared = build_export(source(fmt), SPANISH)
    assert prepared.blocked is None
    text = prepared.content(fmt)
    check_output(prepared, text.encode(), fmt)
    if fmt == "md":
        assert "Persona A" in text and "[fecha]" in text and "90 o más" in text, text
        assert "Mentee A" not in text and "[date]" not in text, text


def test_the_json_keeps_the_english_pseudonym() -> None:
    en = json.loads(build_export(source("json"), english).json_text)
    es = json.loads(build_export(source("json"), SPANISH).json_text)
    assert json.dumps(en).count("Mentee A") >= 1
    key = next(k for k, v in es.items() if isinstance(v, list) and v and "mentees" in v[0])
    assert es[key][0]["mentees"] == en[key][0]["mentees"] == ["Mentee A"]
