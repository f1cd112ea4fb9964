"""Optional sections of the supervision export, one per feature that can add to it.

Each is registered with supervision.register_section and offered only when the mentor
ticks it for one export. They add de-identified aggregates, never personal text.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.core.formats.document import Facts, Heading, Paragraph
from peerdesk.core.formats.supervision import OptionalSection, register_section
from peerdesk.core.models import SelfCareEntry


def _selfcare(s: Session, request, redact) -> tuple[list, list[tuple[str, str, str, str]]]:
    """Averages over the period only: never a single day's entry, never the free text."""
    count, energy, mood, strain = s.execute(
        select(
            func.count(SelfCareEntry.id),
            func.avg(SelfCareEntry.energy),
            func.avg(SelfCareEntry.mood),
            func.avg(SelfCareEntry.strain),
        ).where(SelfCareEntry.on >= request.date_from, SelfCareEntry.on <= request.date_to)
    ).one()
    blocks: list = [Heading("My self-care over the period (averages)")]
    if not count:
        blocks.append(Paragraph("No self-care check-ins in this period."))
        return blocks, [("selfcare", "period", "check-ins", "0")]
    values = {"energy": energy, "mood": mood, "strain": strain}
    blocks.append(
        Facts(
            (
                ("Check-ins", str(count)),
                *((name.capitalize() + " (1-5)", f"{value:.1f}") for name, value in values.items()),
            )
        )
    )
    rows = [("selfcare", "period", "check-ins", str(count))]
    rows += [
        ("selfcare", "period", f"average {name}", f"{value:.1f}") for name, value in values.items()
    ]
    return blocks, rows


register_section(
    OptionalSection(
        name="selfcare",
        title="My self-care (averages only)",
        table="selfcare_entry",
        build=_selfcare,
    )
)
