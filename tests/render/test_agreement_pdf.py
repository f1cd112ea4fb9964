"""Printed agreements (for both to sign, and the mentee's plain copy) and the crisis card."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.core.formats.document import Document
from peerdesk.core.services import agreements, crisis_cards, directory, mentees
from peerdesk.core.services import documents as printed
from peerdesk.core.services.crisis_cards import CrisisCardRecord
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault
from peerdesk.render.pdf import pdf_bytes

TODAY = date(2026, 11, 26)


def write_pdf(doc: Document, out: Path, *, one_page: bool = False) -> None:
    printed.write_document(doc, out=out, pdf=lambda d: pdf_bytes(d, one_page=one_page))


@pytest.fixture
def maria(vault: Vault) -> int:
    who = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    record = agreements.from_template("practical-support", mentee_id=who)
    record.review_on = date(2027, 2, 26)
    aid = agreements.save_agreement(vault, record=record)
    agreements.activate(vault, agreement_id=aid, today=TODAY)
    return who


def _text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures: "ﬀ" -> "ff"


def test_agreement_pdf_for_both_to_sign(qapp, vault: Vault, maria: int, tmp_path: Path) -> None:
    (row,) = agreements.history(vault, mentee_id=maria)
    out = tmp_path / "agreement.pdf"
    write_pdf(printed.agreement_document(vault, agreement_id=row.id, today=TODAY), out)
    text = _squash(_text(out))
    assert "Our mentoring agreement: Maria" in text
    assert "Monday: 09:00-18:00" in text
    assert "Lend or give money" in text
    assert "When I would have to share something" in text
    assert "Signature" in text
    assert "26 February 2027" in text
    assert "patient" not in text.lower()


def test_mentee_copy_is_plain_and_has_no_signature_lines(
    qapp, vault: Vault, maria: int, tmp_path: Path
) -> None:
    (row,) = agreements.history(vault, mentee_id=maria)
    out = tmp_path / "copy.pdf"
    write_pdf(
        printed.agreement_document(vault, agreement_id=row.id, for_mentee=True, today=TODAY), out
    )
    text = _squash(_text(out))
    assert "What we agreed, Maria" in text and "Your copy" in text
    assert "Signature" not in text
    assert "ask for a different mentor at any time" in text


def test_crisis_card_fits_one_page(qapp, vault: Vault, maria: int, tmp_path: Path) -> None:
    sid = directory.save_service(
        vault,
        record=directory.ServiceRecord(
            name="Night line",
            organization_name="Harbour Trust",
            phones=[directory.PhoneItem("0800 000 111")],
        ),
        today=TODAY,
    )
    crisis_cards.save_crisis_card(
        vault,
        card=CrisisCardRecord(
            maria,
            warning_signs="I stop answering my sister. " * 20,
            what_helps="A walk by the water, then tea. " * 20,
            people=[{"name": "Ana", "relation": "sister", "phone": "07700 900123"}] * 6,
            service_ids=[sid],
            other_services=["GP surgery 01632 960000"],
        ),
    )
    out = tmp_path / "card.pdf"
    write_pdf(printed.crisis_card_document(vault, mentee_id=maria, today=TODAY), out, one_page=True)
    assert len(PdfReader(out).pages) == 1
    text = _squash(_text(out))
    assert "Maria's crisis card" in text
    assert "Night line" in text and "0800 000 111" in text
    assert "Ana (sister)" in text and "GP surgery 01632 960000" in text
