"""Plain records that services hand to the UI and the CLI."""

from __future__ import annotations


class IdOnlyRepr:
    """Records carry personal text; their repr shows the id only (logs, tracebacks)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={getattr(self, 'id', None)}>"
