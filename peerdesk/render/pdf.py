"""Core documents (peerdesk.core.formats.document) to PDF with QtGui; works offscreen."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from peerdesk.core.formats.document import Bullets, Document, Facts, Figure, Heading, Paragraph
from peerdesk.i18n import core_text

# A figure painter draws a chart into a rectangle (see peerdesk.render.charts).
FigurePainter = Callable[[QPainter, QRectF], None]
FIGURE_WIDTH = 1500  # pixels, shown 480 px wide (about 127 mm): sharp in print


def document_html(doc: Document, figures: dict | None = None, *, scale: float = 1.0) -> str:
    """HTML for QTextDocument; ``figures`` holds the names of the charts to draw."""

    def e(text: str) -> str:  # core's Message texts in the mentor's language, escaped
        return html.escape(core_text(text))

    parts = [f'<h1 style="font-size:{18 * scale:.1f}pt">{e(doc.title)}</h1>']
    if doc.subtitle:
        parts.append(f'<p style="color:#555">{e(doc.subtitle)}</p>')
    for block in doc.blocks:
        if isinstance(block, Heading):
            parts.append(
                f'<h2 style="font-size:{13 * scale:.1f}pt; margin-top:{14 * scale:.0f}px">{e(block.text)}</h2>'
            )
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
        elif isinstance(block, Figure):
            if figures and block.name in figures:
                parts.append(f'<p><img src="figure:{e(block.name)}" width="{480 * scale:.0f}"></p>')
            elif block.alt:
                parts.append(f"<p>{e(block.alt)}</p>")
    if doc.footer:
        parts.append(f'<p style="color:#555; font-size:9pt; margin-top:20px">{e(doc.footer)}</p>')
    return "\n".join(parts)


def _figure_image(paint: FigurePainter) -> QImage:
    """``paint`` may carry a ``height`` (pixels at FIGURE_WIDTH) for its content."""
    size = (FIGURE_WIDTH, int(getattr(paint, "height", 460)))
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(34)
    painter.setFont(font)
    paint(painter, QRectF(0, 0, *size))
    painter.end()
    return image


def _writer(target: str | QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setTitle(title)
    writer.setCreator("peerdesk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def _text(
    doc: Document, images: dict[str, QImage], scale: float, compact: bool = False
) -> QTextDocument:
    text = QTextDocument()
    if compact:  # one page: tighter paragraph spacing, shrinking with the type
        gap = round(8 * scale)
        text.setDefaultStyleSheet(
            f"p {{ margin-top: {gap}px; margin-bottom: {gap}px }} "
            f"ul {{ margin-top: 0px; margin-bottom: {gap}px }}"
        )
    for name, image in images.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"figure:{name}"), image)
    if scale != 1.0:
        font = text.defaultFont()
        font.setPointSizeF(font.pointSizeF() * scale)
        text.setDefaultFont(font)
    text.setHtml(document_html(doc, images, scale=scale))
    return text


def _page_count(doc: Document, images: dict[str, QImage], scale: float) -> int:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, doc.title)
    _text(doc, images, scale, compact=True).print_(writer)
    del writer  # finishes the PDF
    return len(re.findall(rb"/Type\s*/Page\b", bytes(buffer.data())))


def pdf_bytes(
    doc: Document,
    *,
    figures: dict[str, FigurePainter] | None = None,
    one_page: bool = False,
) -> bytes:
    """``doc`` as an A4 PDF, in memory (the caller writes it atomically where the mentor
    chose). ``one_page`` shrinks everything (down to 70 %) until it fits on one page."""
    images = {name: _figure_image(paint) for name, paint in (figures or {}).items()}
    scale = 1.0
    if one_page:
        while scale > 0.7 and _page_count(doc, images, scale) > 1:
            scale = round(scale - 0.05, 2)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, doc.title)
    _text(doc, images, scale, compact=one_page).print_(writer)
    del writer  # finishes the PDF
    return bytes(buffer.data())


_headless_app: QGuiApplication | None = None


def headless_writer() -> Callable[..., bytes]:
    """``pdf_bytes`` for a process with no window (the CLI): QtGui needs an application
    object, so this makes an offscreen one once and keeps it for the process's life."""
    global _headless_app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _headless_app = QGuiApplication([])
    return pdf_bytes


A4_MM = (210.0, 297.0)
MARGIN_MM = 20.0


def page_images(doc: Document, *, dpi: int = 72) -> list[QImage]:
    """The PDF's pages as pictures (for a preview where Qt has no PDF viewer): the same
    QTextDocument that ``write_pdf`` prints, laid out on A4 with its margins."""
    px = dpi / 25.4
    width, height = round(A4_MM[0] * px), round(A4_MM[1] * px)
    margin = round(MARGIN_MM * px)

    def blank() -> QImage:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(dpi / 0.0254))  # points in the text map to this dpi
        image.setDotsPerMeterY(round(dpi / 0.0254))
        image.fill(QColor("white"))
        return image

    device = blank()
    text = _text(doc, {}, 1.0)
    text.documentLayout().setPaintDevice(device)
    text.setPageSize(QSizeF(width - 2 * margin, height - 2 * margin))
    pages: list[QImage] = []
    for number in range(max(1, text.pageCount())):
        image = blank()
        painter = QPainter(image)
        painter.translate(margin, margin - number * (height - 2 * margin))
        clip = QRectF(0, number * (height - 2 * margin), width - 2 * margin, height - 2 * margin)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))  # ink on paper,
        painter.setClipRect(clip)  # whatever the screen's colour scheme
        text.documentLayout().draw(painter, context)
        painter.end()
        pages.append(image)
    return pages
