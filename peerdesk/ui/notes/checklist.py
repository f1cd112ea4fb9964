"""The calm checklist shown before signing: what the programme's documentation profile
still asks this note to carry (from services/documentation.py)."""

from __future__ import annotations

from peerdesk.core.formats.profiles import Gap
from peerdesk.i18n import tr


def checklist_text(gaps: list[Gap], profile_name: str) -> str:
    """Plain text for the sign dialog: blocking items first, each on its own line."""
    if not gaps:
        return tr("Everything {profile_name} asks a note to carry is here.\n\n").format(
            profile_name=profile_name
        )
    lines = [tr("{profile_name} also asks for:").format(profile_name=profile_name)]
    for gap in gaps:
        lines.append(f"  • {gap.message}" + (tr("  (needed before signing)") if gap.blocks else ""))
    return "\n".join(lines) + "\n\n"
