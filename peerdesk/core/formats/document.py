"""A tiny document model: core builds it, peerdesk.render turns it into PDF (or text)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    quote: bool = False  # the person's own words, shown as a quotation


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """Label/value pairs, e.g. ("Prefers", "phone, text")."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Figure:
    """A chart the renderer may draw (by name); ``alt`` is its text form."""

    name: str
    alt: str = ""


Block = Heading | Paragraph | Bullets | Facts | Figure


@dataclass(repr=False)
class Document:
    title: str
    subtitle: str = ""
    blocks: list[Block] = field(default_factory=list)
    footer: str = ""

    def __repr__(self) -> str:  # documents hold personal text
        return f"<Document blocks={len(self.blocks)}>"

    def to_text(self) -> str:
        """Plain text (Markdown-flavoured), for the CLI and tests."""
        out = [f"# {self.title}"]
        if self.subtitle:
            out.append(self.subtitle)
        for block in self.blocks:
            if isinstance(block, Heading):
                out.append(f"\n## {block.text}")
            elif isinstance(block, Paragraph):
                out.append(f"> {block.text}" if block.quote else block.text)
            elif isinstance(block, Bullets):
                out.extend(f"- {item}" for item in block.items)
            elif isinstance(block, Figure):
                if block.alt:
                    out.append(block.alt)
            else:
                out.extend(f"{label}: {value}" for label, value in block.pairs)
        if self.footer:
            out.append(f"\n{self.footer}")
        return "\n".join(out) + "\n"
