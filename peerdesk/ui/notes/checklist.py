"""The calm checklist shown before signing: what the programme's documentation profile
still asks this note to carry (from services/documentation.py)."""

from __future__ import annotations

from peerdesk.core.formats.profiles import Gap


def checklist_text(gaps: list[Gap], profile_name: str) -> str:
    """Plain text for the sign dialog: blocking items first, each on its own line."""
    if not gaps:
        return f"Everything {profile_name} asks a note to carry is here.\n\n"
    lines = [f"{profile_name} also asks for:"]
    for gap in gaps:
        lines.append(f"  • {gap.message}" + ("  (needed before signing)" if gap.blocks else ""))
    return "\n".join(lines) + "\n\n"
