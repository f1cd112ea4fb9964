"""The supervision export in Spanish, from literal records: every heading, label and fixed
sentence of the Markdown, CSV and PDF comes from core's catalogue in the export's
language; the JSON keeps its keys; and the fail-closed check knows the export's own
Spanish words, so a month heading is never taken for a person called Abril or Mayo."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest

from peerdesk.core.formats.deid import Identifier
from peerdesk.core.formats.sections import SelfCareSummary
from peerdesk.core.formats.supervision import (
    Addendum,
    ExportRequest,
    ExportSource,
    NoteRow,
    Prepared,
    build_export,
    check_output,
    extract_text,
)
from peerdesk.core.messages import catalogue, english
from peerdesk.core.vocab import EVENT_KINDS, EVENT_LABELS

SPANISH = catalogue("es")
PERIOD = (date(2026, 4, 1), date(2026, 5, 31))
TODAY = date(2026, 6, 2)
SECTIONS = ("activity", "flagged_notes", "boundary_events", "selfcare")
BODIES = (
    "Fuimos juntos a la biblioteca y buscamos cursos.",
    "Hablamos de la mudanza; quiere llamar a la agencia de vivienda.",
    "Todo bien.",
)
# Words a Spanish export may share with the English one: the app's name, the PDF's
# producer (Qt), and words that are Spanish too. The engine's replacements are Spanish
# too ("Persona A", "[fecha]": tests/core/formats/test_deid_spanish.py).
SHARED = {"peerdesk", "qt"}
SHARED |= {"total", "video", "social", "crisis", "dual", "de", "no"}


def notes() -> tuple[NoteRow, ...]:
    out = []
    for i in range(14):  # enough for counts above the threshold, and a few small ones
        out.append(
            NoteRow(
                id=i + 1,
                occurred_on=date(2026, 4 + i % 2, 3 + i),
                modality=("in person", "phone", "video")[i % 3],
                kind=("practical support", "emotional support", "advocacy")[i % 3],
                mentee_ids=(1,) if i % 2 else (2,),
                minutes=50,
                flagged=i < 3,
                group=i == 1,
                safety_concern=i == 2,
                sections=(("did", BODIES[i]), ("next_steps", BODIES[-1])) if i < 3 else (),
                addenda=(Addendum(90 + i, date(2026, 5, 20), BODIES[-1]),) if i == 0 else (),
            )
        )
    return tuple(out)


def source(fmt: str, identifiers: tuple[Identifier, ...] = ()) -> ExportSource:
    return ExportSource(
        request=ExportRequest(*PERIOD, sections=SECTIONS, format=fmt),
        identifiers=identifiers,
        scope=(1, 2),
        notes=notes(),
        today=TODAY,
        boundary_events=tuple(
            (EVENT_LABELS[k], (12, 3)[i % 2] if i < 2 else 0) for i, k in enumerate(EVENT_KINDS)
        ),
        selfcare=SelfCareSummary(12, 3.5, 4.0, 2.25),
    )


def words(text: str) -> set[str]:
    for body in BODIES:
        text = text.replace(body, " ")
    return {w.lower() for w in re.findall(r"[^\W\d_]{2,}", text)}


def pdf_text(prepared: Prepared) -> str:
    from peerdesk.render.pdf import pdf_bytes

    return extract_text(pdf_bytes(prepared.document), "pdf")


@pytest.mark.parametrize("fmt", ["md", "csv", "pdf"])
def test_a_spanish_export_has_no_english_fixed_text(fmt: str, qapp) -> None:
    english_export = build_export(source(fmt), english)
    spanish_export = build_export(source(fmt), SPANISH)
    if fmt == "pdf":
        en, es = pdf_text(english_export), pdf_text(spanish_export)
    else:
        en, es = english_export.content(fmt), spanish_export.content(fmt)
    assert spanish_export.blocked is None
    left = (words(en) & words(es)) - SHARED
    assert not left, f"still English in the Spanish {fmt}: {sorted(left)}"
    if fmt != "csv":
        assert "Resumen para supervisión" in es and "de abril de 2026 a mayo de 2026" in es
        assert "Nota 2: Persona A · mayo de 2026 · teléfono · apoyo emocional · grupo" in " ".join(
            es.split()
        )
        assert "Anexo (mayo de 2026)" in es and "Momentos de límites por tipo" in es
    else:
        rows = list(csv.reader(io.StringIO(es)))
        assert rows[0] == ["sección", "fila", "columna", "valor"]
        assert ["sesiones", "en persona", "apoyo práctico", "<11"] in rows


def test_the_json_keeps_its_keys_and_values_in_any_language() -> None:
    english_export = build_export(source("json"), english)
    spanish_export = build_export(source("json"), SPANISH)
    assert json.loads(spanish_export.json_text) == json.loads(english_export.json_text)


def test_people_called_like_spanish_months_never_block_a_spanish_export(qapp) -> None:
    from peerdesk.render.pdf import pdf_bytes

    """Abril and Mayo are people the vault knows; the headings say "abril de 2026" and
    "mayo de 2026". The check blanks only the export's own words: a note that still
    named them would be stopped."""
    people = (
        Identifier("Abril", "an important person's name"),
        Identifier("Mayo", "an important person's name"),
    )
    for fmt in ("md", "csv", "pdf"):
        prepared = build_export(source(fmt, people), SPANISH)
        assert prepared.blocked is None, fmt
        data = pdf_bytes(prepared.document) if fmt == "pdf" else prepared.content(fmt).encode()
        check_output(prepared, data, fmt)
    leaky = prepared.markdown.replace(BODIES[0], "Fuimos con Abril a la biblioteca.")
    prepared.fields = (("nota 1", "Fuimos con Abril a la biblioteca."),)
    with pytest.raises(Exception, match="still appears"):
        check_output(prepared, leaky.encode(), "md")


ENGLISH = re.compile(
    r"\b(the|and|was|still|appears|in|of|to|it|choose|change|that|then|again|nothing|"
    r"written|export|stopped|because|record|name|person|important|mentee's)\b",
    re.IGNORECASE,
)


def test_a_stopped_export_says_why_in_spanish(qapp) -> None:
    """ExportBlocked carries a core Message: what was found (its kind, never its value),
    where, and what to do, all from the catalogue; the CLI's catalogue and the GUI's .qm
    read it the same."""
    from peerdesk import i18n
    from peerdesk.core.formats.supervision import ExportBlocked
    from peerdesk.core.messages import Message

    people = (Identifier("Abril", "an important person's name"),)
    prepared = build_export(source("md", people), SPANISH)
    note = next(name for name, _body in prepared.fields if isinstance(name, Message))
    leaky = prepared.markdown.replace(BODIES[0], "Fuimos con Abril a la biblioteca.")
    prepared.fields = ((note, "Fuimos con Abril a la biblioteca."),)
    with pytest.raises(ExportBlocked) as stopped:
        check_output(prepared, leaky.encode(), "md")
    said = SPANISH(stopped.value.args[0])
    assert said.startswith("La exportación se detuvo porque todavía aparece el nombre de una")
    assert "nota 1 (" in said and said.endswith("No se guardó nada.")
    assert "Abril" not in said  # the class, never the value
    assert not ENGLISH.findall(said), said
    assert stopped.value.block is not None
    assert SPANISH(stopped.value.block.message()) in said
    assert i18n.install("es") == "es"
    try:
        assert i18n.error_text(stopped.value) == said
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)
    # unreadable, or the engine's own marks left in
    for broken, fmt in ((b"", "pdf"), ("\ue000".encode(), "md")):
        with pytest.raises(ExportBlocked) as refused:
            check_output(prepared, broken, fmt)
        said = SPANISH(refused.value.args[0])
        assert said.startswith("La exportación se detuvo") and not ENGLISH.findall(said), said


@pytest.fixture
def spanish(qapp):
    from peerdesk import i18n

    assert i18n.install("es") == "es"
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)


def test_the_cli_catalogue_reads_the_same_spanish_as_the_gui(spanish) -> None:
    """messages.catalogue (no Qt) and peerdesk.i18n.core_text (the .qm) agree."""
    from peerdesk.i18n import core_text

    for fmt in ("md", "csv"):
        assert build_export(source(fmt), core_text).content(fmt) == build_export(
            source(fmt), SPANISH
        ).content(fmt)
