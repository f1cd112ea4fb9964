"""The mentor's self-care log never leaves peerdesk unless ticked for one export, and then
only as averages over the period (every format checked, PDF through its extracted text)."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.core.services import mentees, notes, selfcare, supervision
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.services.selfcare import SelfCareRecord
from peerdesk.core.services.supervision import ExportRequest
from peerdesk.core.vault import Vault
from peerdesk.render.pdf import pdf_bytes

SECRET = "Qx7PrivateSelfcareWords"
FORMATS = ("md", "csv", "json", "pdf")


@pytest.fixture
def filled(vault: Vault) -> Vault:
    maria = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    day = date.today() - timedelta(days=3)
    note_id = notes.save_draft(
        vault, draft=NoteDraft([maria], day, start_time=time(10), did="Bus trip.")
    )
    notes.sign_note(vault, note_id=note_id)
    for offset, (energy, mood, strain) in enumerate([(2, 3, 4), (4, 5, 2)]):
        selfcare.save_entry(
            vault,
            entry=SelfCareRecord(
                day - timedelta(days=offset),
                energy,
                mood,
                strain,
                helped=SECRET,
                need=SECRET,
                note=SECRET,
            ),
        )
    selfcare.add_topic(vault, text=SECRET + " topic")
    return vault


def export_text(vault: Vault, out: Path, fmt: str, sections: tuple[str, ...]) -> str:
    request = ExportRequest(
        date_from=date.today() - timedelta(days=30),
        date_to=date.today(),
        sections=sections,
        format=fmt,
    )
    prepared = supervision.prepare(vault, request=request)
    path = out / f"export.{fmt}"
    supervision.write_export(vault, prepared=prepared, out=path, pdf_writer=pdf_bytes)
    if fmt == "pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_selfcare_is_absent_unless_ticked(filled: Vault, tmp_path: Path, fmt: str, qapp) -> None:
    text = export_text(filled, tmp_path, fmt, ("activity", "flagged_notes"))
    assert SECRET.lower() not in text.lower()
    assert "self-care" not in text.lower() and "selfcare" not in text.lower()
    assert "energy" not in text.lower()


@pytest.mark.parametrize("fmt", FORMATS)
def test_ticked_selfcare_is_averages_only(filled: Vault, tmp_path: Path, fmt: str, qapp) -> None:
    assert "selfcare" in supervision.available_sections(filled)
    text = export_text(filled, tmp_path, fmt, ("activity", "selfcare"))
    assert SECRET.lower() not in text.lower()  # no free text, no topics
    assert "3.0" in text and "4.0" in text  # energy (2+4)/2, mood (3+5)/2 (strain is 3.0 too)
