"""The one-page recovery sheet, as a PDF or on a printer (QtGui only, works offscreen)."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from peerdesk.i18n import QT_TR_NOOP, date_text, tr

SETTINGS_SECTION = QT_TR_NOOP("Passphrase and recovery")  # the Settings page's section of that name
GROUPS_PER_LINE = 4


def key_lines(recovery_key: str) -> list[str]:
    """The key in lines of whole groups (a line never breaks inside a group)."""
    groups = recovery_key.split("-")
    return [
        "-".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


def sheet_html(recovery_key: str, *, made_on: date | None = None) -> str:
    made_on = made_on or date.today()
    key = "<br>".join(
        f"<nobr>{html.escape(line)}{'-' if n < len(key_lines(recovery_key)) - 1 else ''}</nobr>"
        for n, line in enumerate(key_lines(recovery_key))
    )
    section = tr(SETTINGS_SECTION)
    return f"""
<h1 style="font-size:20pt">{tr("peerdesk recovery sheet")}</h1>
<p>{tr("Made on {day}.").format(day=date_text(made_on, "%d %B %Y"))}</p>
<p>{
        tr(
            "If you ever forget your passphrase, this recovery key opens your peerdesk vault. "
            "Choose <i>Use recovery key instead</i> on the unlock screen and type it in; "
            "peerdesk will then ask you for a new passphrase."
        )
    }</p>
<p style="font-family:'DejaVu Sans Mono',monospace; font-size:22pt; font-weight:bold;
          letter-spacing:2px; margin:24px 0">{key}</p>
<h2 style="font-size:13pt">{tr("Keep it safe")}</h2>
<ul>
<li>{
        tr(
            "Keep this sheet somewhere private at home, away from your laptop: it opens your "
            "notes without the passphrase."
        )
    }</li>
<li>{tr("Do not photograph it or keep it in your email or on the same computer.")}</li>
<li>{
        tr(
            "If you lose both your passphrase and this key, nobody can open the vault, not even "
            "the people who make peerdesk. Your notes would be gone."
        )
    }</li>
<li>{
        tr(
            "If someone else may have seen it, make a new one in Settings, under "
            "<i>{section}</i> (<i>Make a new recovery key</i>): the old key then stops working."
        ).format(section=section)
    }</li>
</ul>
"""


def build_document(recovery_key: str, *, made_on: date | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(sheet_html(recovery_key, made_on=made_on))
    return doc


def print_sheet(device: QPagedPaintDevice, recovery_key: str) -> None:
    """Render onto a printer or PDF writer the caller set up."""
    doc = build_document(recovery_key)
    doc.print_(device)


def write_pdf(out: Path, recovery_key: str) -> None:
    """Write the sheet to ``out`` (a place the mentor chose) as a one-page A4/Letter PDF."""
    writer = QPdfWriter(str(out))
    writer.setTitle(tr("peerdesk recovery sheet"))
    writer.setCreator("peerdesk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    print_sheet(writer, recovery_key)
