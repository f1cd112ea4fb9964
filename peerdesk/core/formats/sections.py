"""The self-care section of the supervision export: averages over the period only,
never a single day's entry, never the free text."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.core.formats.document import Block, Facts, Heading, Paragraph


@dataclass(frozen=True)
class SelfCareSummary:
    """The mentor's check-ins over the period: how many, and the average of each scale."""

    count: int
    energy: float | None = None
    mood: float | None = None
    strain: float | None = None


def selfcare_section(
    summary: SelfCareSummary | None,
) -> tuple[list[Block], list[tuple[str, str, str, str]]]:
    blocks: list[Block] = [Heading("My self-care over the period (averages)")]
    if summary is None or not summary.count:
        blocks.append(Paragraph("No self-care check-ins in this period."))
        return blocks, [("selfcare", "period", "check-ins", "0")]
    values = {"energy": summary.energy, "mood": summary.mood, "strain": summary.strain}
    shown = {name: f"{value or 0:.1f}" for name, value in values.items()}
    blocks.append(
        Facts(
            (
                ("Check-ins", str(summary.count)),
                *((name.capitalize() + " (1-5)", text) for name, text in shown.items()),
            )
        )
    )
    rows = [("selfcare", "period", "check-ins", str(summary.count))]
    rows += [("selfcare", "period", f"average {name}", text) for name, text in shown.items()]
    return blocks, rows
