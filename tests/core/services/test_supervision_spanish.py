"""The supervision export in Spanish on a real vault: people called June, May and Will
(and Abril, Mayo), notes that use those words both ways, every format written, checked
and read back; nothing blocked, nothing leaked, no English heading left."""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from peerdesk.core.messages import catalogue
from peerdesk.core.services import mentees, notes, supervision
from peerdesk.core.services.mentees import MenteeRecord, Person
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.services.supervision import ExportRequest
from peerdesk.core.vault import Vault

SPANISH = catalogue("es")
ENGLISH_HEADINGS = ("Supervision summary", "Activity summary", "Notes flagged", "Period", "Note 1")
SPANISH_DAY = date(2026, 4, 27)  # the notes run from April into May: "abril", "mayo"
SPANISH_NOTES = (
    "Lucía habló con Abril sobre la mudanza. Abril empieza la escuela en septiembre.",
    "Fuimos con Mayo Ruiz a la despensa de alimentos el 28 de abril; Mayo vino también.",
    "Abril y Lucía llamaron a la línea 988 juntas. Quedamos en vernos en mayo.",
    "Mayo dijo que Abril está mejor. Lucía quiere volver a estudiar.",
)
SPANISH_SECRETS = ("Lucía", "Ruiz")
SPANISH_PHRASES = ("con Abril", "Abril empieza", "con Mayo", "Mayo vino", "Abril y", "Mayo dijo")


def fill_spanish(vault: Vault) -> None:
    lucia = mentees.add_mentee(
        vault,
        record=MenteeRecord(
            display_name="Lucía",
            important_people=[Person("Abril", "hija"), Person("Mayo Ruiz", "amiga")],
        ),
    )
    for i, body in enumerate(SPANISH_NOTES):
        note_id = notes.save_draft(
            vault,
            draft=NoteDraft(
                participant_ids=[lucia],
                occurred_on=SPANISH_DAY + timedelta(days=2 * i),
                start_time=time(10),
                end_time=time(11),
                did=body,
                discuss_in_supervision=True,
            ),
        )
        notes.sign_note(vault, note_id=note_id)


def leaks(text: str) -> list[str]:
    flat = " ".join(text.split()).lower()
    found = [w for w in SPANISH_SECRETS if re.search(rf"(?<!\w){w}(?!\w)", text, re.I)]
    return found + [p for p in SPANISH_PHRASES if p.lower() in flat]


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    (tmp_path / "out").mkdir()
    return tmp_path / "out"


def written(vault: Vault, outdir: Path, request: ExportRequest) -> str:
    from peerdesk.render.pdf import pdf_bytes

    prepared = supervision.prepare(vault, request=request, translate=SPANISH)
    assert prepared.blocked is None
    fmt = request.format
    result = supervision.write_export(
        vault, prepared=prepared, out=outdir / f"s.{fmt}", pdf_writer=pdf_bytes
    )
    return " ".join(supervision.extract_text(result.path.read_bytes(), fmt).split())


@pytest.mark.parametrize("fmt", ["md", "csv", "pdf"])
def test_the_realistic_vault_exports_in_spanish_without_being_blocked(
    vault: Vault, outdir: Path, qapp, fmt: str, realistic
) -> None:
    realistic.fill(vault)
    sections = tuple(supervision.available_sections(vault))
    request = ExportRequest(
        realistic.day.replace(day=1), realistic.day.replace(day=30), sections=sections, format=fmt
    )
    text = written(vault, outdir, request)
    assert realistic.leaks(text) == []
    assert not [h for h in ENGLISH_HEADINGS if re.search(rf"\b{h}\b", text)]
    if fmt == "csv":
        assert text.startswith("sección,fila,columna,valor")
    else:
        assert "junio de 2026" in text and "Persona A" in text and "Nota 1" in text


@pytest.mark.parametrize("fmt", ["md", "csv", "pdf"])
def test_people_called_abril_and_mayo_never_leak_from_a_spanish_export(
    vault: Vault, outdir: Path, qapp, fmt: str
) -> None:
    fill_spanish(vault)
    request = ExportRequest(
        date(2026, 4, 1),
        date(2026, 5, 31),
        sections=("activity", "flagged_notes"),
        format=fmt,
    )
    text = written(vault, outdir, request)
    assert leaks(text) == []
    if fmt != "csv":
        assert "de abril de 2026 a mayo de 2026" in text and "988" in text
