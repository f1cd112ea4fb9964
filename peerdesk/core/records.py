"""Plain records that services hand to the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass


class IdOnlyRepr:
    """Records carry personal text; their repr shows the id only (logs, tracebacks)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={getattr(self, 'id', None)}>"


@dataclass(frozen=True)
class DomainPoint:
    """One life domain for the overview chart: where open goals started and where they are."""

    domain: str  # a GoalDomain
    goals: int
    first: float | None
    latest: float | None
