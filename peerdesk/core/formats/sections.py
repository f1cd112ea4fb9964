"""The self-care section of the supervision export: averages over the period only,
never a single day's entry, never the free text."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.core.formats.document import Block, Facts, Heading, Paragraph
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message, Translate, english


@dataclass(frozen=True)
class SelfCareSummary:
    """The mentor's check-ins over the period: how many, and the average of each scale."""

    count: int
    energy: float | None = None
    mood: float | None = None
    strain: float | None = None


def selfcare_section(
    summary: SelfCareSummary | None, translate: Translate = english
) -> tuple[list[Block], list[tuple[str, str, str, str]]]:
    """The blocks in the language of ``translate``; the rows keep their English words
    (the JSON's values; the CSV translates them as it writes)."""
    t = translate
    blocks: list[Block] = [
        Heading(t(Message(QT_TRANSLATE_NOOP("core", "My self-care over the period (averages)"))))
    ]
    if summary is None or not summary.count:
        blocks.append(
            Paragraph(
                t(Message(QT_TRANSLATE_NOOP("core", "No self-care check-ins in this period.")))
            )
        )
        return blocks, [("selfcare", "period", "check-ins", "0")]
    values = {"energy": summary.energy, "mood": summary.mood, "strain": summary.strain}
    shown = {name: f"{value or 0:.1f}" for name, value in values.items()}
    labels = {
        "energy": QT_TRANSLATE_NOOP("core", "Energy (1-5)"),
        "mood": QT_TRANSLATE_NOOP("core", "Mood (1-5)"),
        "strain": QT_TRANSLATE_NOOP("core", "Strain (1-5)"),
    }
    blocks.append(
        Facts(
            (
                (t(Message(QT_TRANSLATE_NOOP("core", "Check-ins"))), str(summary.count)),
                *((t(Message(labels[name])), text) for name, text in shown.items()),
            )
        )
    )
    rows = [("selfcare", "period", "check-ins", str(summary.count))]
    rows += [("selfcare", "period", f"average {name}", text) for name, text in shown.items()]
    return blocks, rows
