"""'My plan on a page': one page, the goals in their own words, the next steps, a chart."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.core.formats.document import Figure
from peerdesk.core.models import GoalDomain, GoalStatus
from peerdesk.core.services import documents, goals, mentees
from peerdesk.core.services.goals import GoalRecord
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault
from peerdesk.render.pdf import document_html
from peerdesk.render.plan import OVERVIEW, plan_pdf

TODAY = date(2026, 11, 26)


def write_plan_pdf(vault: Vault, *, mentee_id: int, out: Path, today: date) -> None:
    """What the Goals page does: the plan document, its chart, saved atomically."""
    doc = documents.plan_document(vault, mentee_id=mentee_id, today=today)
    overview = goals.domain_overview(vault, mentee_id=mentee_id)
    documents.write_document(doc, out=out, pdf=lambda d: plan_pdf(d, overview))


@pytest.fixture
def maria(vault: Vault) -> int:
    who = mentees.add_mentee(
        vault, record=MenteeRecord(display_name="Maria", what_matters="My daughter & my garden")
    )
    flat = goals.save_goal(
        vault,
        goal=GoalRecord(
            mentee_id=who,
            statement="Get my own flat by spring",
            domain=GoalDomain.HOUSING,
            why="So Ella can stay over",
        ),
        today=TODAY,
    )
    goals.add_step(vault, goal_id=flat, text_="Ring the housing office", due_on=TODAY)
    goals.add_progress(vault, goal_id=flat, score=2, on=TODAY - timedelta(days=90), today=TODAY)
    goals.add_progress(vault, goal_id=flat, score=6, on=TODAY, today=TODAY)
    goals.save_goal(
        vault,
        goal=GoalRecord(
            mentee_id=who,
            statement="Ride the 14 bus on my own",
            domain=GoalDomain.GETTING_AROUND,
            status=GoalStatus.ACHIEVED,
        ),
        today=TODAY,
    )
    return who


def test_plan_document_is_in_their_words(vault: Vault, maria: int) -> None:
    doc = documents.plan_document(vault, mentee_id=maria, today=TODAY)
    text = doc.to_text()
    assert "My plan: Maria" in text
    assert "Housing: Get my own flat by spring" in text
    assert "Next step: Ring the housing office (by 26 Nov 2026)" in text
    assert "Why it matters: So Ella can stay over" in text
    assert "Ride the 14 bus on my own" in text  # under "Already done"
    assert "Housing: from 2 to 6" in text
    assert "patient" not in text.lower()
    figures = [b for b in doc.blocks if isinstance(b, Figure)]
    assert [f.name for f in figures] == [OVERVIEW]
    assert 'src="figure:domains"' in document_html(doc, {OVERVIEW: lambda p, r: None})


def pdf_text(path: Path) -> str:
    """The PDF's text, with ligatures (ﬂ) unfolded and whitespace collapsed."""
    if shutil.which("pdftotext"):
        raw = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    else:
        raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def test_plan_pdf_has_the_goals_on_one_page(qapp, vault: Vault, maria: int, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    write_plan_pdf(vault, mentee_id=maria, out=out, today=TODAY)
    assert len(PdfReader(out).pages) == 1
    text = pdf_text(out)
    assert "Get my own flat by spring" in text
    assert "Ring the housing office" in text
    assert "Ride the 14 bus on my own" in text
    assert "/Image" in out.read_bytes().decode("latin-1")  # the chart is drawn in


@pytest.mark.parametrize(("how_many", "pages"), [(6, 1), (10, 2)])
def test_a_long_plan_shrinks_but_stays_readable(
    qapp, vault: Vault, maria: int, tmp_path: Path, how_many: int, pages: int
) -> None:
    """Six more goals still fit one page (smaller type); beyond that the type stops at
    70 % and the plan runs on to a second page rather than becoming unreadable."""
    for i, domain in enumerate(goals.DOMAINS[:how_many]):
        gid = goals.save_goal(
            vault,
            goal=GoalRecord(
                mentee_id=maria,
                statement=f"Goal number {i} written in a full and honest sentence",
                domain=domain,
                why="Because it matters to me and to the people around me",
            ),
            today=TODAY,
        )
        goals.add_step(vault, goal_id=gid, text_=f"A small first step for goal {i}")
        goals.add_progress(vault, goal_id=gid, score=i, on=TODAY, today=TODAY)
    out = tmp_path / "plan.pdf"
    write_plan_pdf(vault, mentee_id=maria, out=out, today=TODAY)
    assert len(PdfReader(out).pages) == pages
    assert f"Goal number {how_many - 1}" in pdf_text(out)
