"""Core documents (peerdesk.core.export.document) to PDF with QtGui; works offscreen."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from peerdesk.core.export.document import Bullets, Document, Facts, Heading, Paragraph


def document_html(doc: Document) -> str:
    e = html.escape
    parts = [f'<h1 style="font-size:18pt">{e(doc.title)}</h1>']
    if doc.subtitle:
        parts.append(f'<p style="color:#555">{e(doc.subtitle)}</p>')
    for block in doc.blocks:
        if isinstance(block, Heading):
            parts.append(f'<h2 style="font-size:13pt; margin-top:14px">{e(block.text)}</h2>')
        elif isinstance(block, Paragraph):
            text = e(block.text).replace("\n", "<br>")
            if block.quote:
                parts.append(
                    f'<p style="margin-left:16px; font-style:italic">&ldquo;{text}&rdquo;</p>'
                )
            else:
                parts.append(f"<p>{text}</p>")
        elif isinstance(block, Bullets):
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in block.items) + "</ul>")
        elif isinstance(block, Facts):
            rows = "".join(
                f'<tr><td style="color:#555; padding-right:12px">{e(k)}</td><td>{e(v)}</td></tr>'
                for k, v in block.pairs
            )
            parts.append(f"<table>{rows}</table>")
    if doc.footer:
        parts.append(f'<p style="color:#555; font-size:9pt; margin-top:20px">{e(doc.footer)}</p>')
    return "\n".join(parts)


def write_pdf(doc: Document, out: Path) -> None:
    """Write ``doc`` to ``out`` (a place the mentor chose) as an A4 PDF."""
    writer = QPdfWriter(str(out))
    writer.setTitle(doc.title)
    writer.setCreator("peerdesk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    text = QTextDocument()
    text.setHtml(document_html(doc))
    text.print_(writer)
