"""Core documents render to a real PDF offscreen (the CLI uses this without a window)."""

from __future__ import annotations

from pathlib import Path

from peerdesk.core.formats.document import Bullets, Document, Facts, Heading, Paragraph
from peerdesk.render.pdf import document_html, pdf_bytes


def sample() -> Document:
    return Document(
        title="Hand-over summary: Maria <script>",
        subtitle="Prepared today",
        blocks=[
            Facts((("Likes to be called", "Maria"),)),
            Heading("What matters to me"),
            Paragraph("Getting around town & the library", quote=True),
            Bullets(("Reading group on Thursdays",)),
        ],
        footer="Share only with the person it is about.",
    )


def test_html_escapes_text_and_quotes_own_words() -> None:
    markup = document_html(sample())
    assert "&lt;script&gt;" in markup and "<script>" not in markup
    assert "&ldquo;Getting around town &amp; the library&rdquo;" in markup


def test_pdf_bytes(qapp, tmp_path: Path) -> None:
    data = pdf_bytes(sample())
    assert data.startswith(b"%PDF-") and len(data) > 1000
