"""The full export as a folder of Markdown files: one per mentee, one for the mentor's
self-care log, and a README with the warning. Pure: the export dict in, files out."""

from __future__ import annotations

from typing import Any

from peerdesk.core.vocab import NOTE_SECTION_LABELS


def _mentee_file(mentee: dict[str, Any], archive: dict[str, Any]) -> str:
    key = mentee["key"]
    lines = [f"# {mentee['display_name']}", ""]
    for label, field in (
        ("Full name", "full_name"),
        ("Pronouns", "pronouns"),
        ("Birth date", "birth_date"),
        ("Address", "address"),
        ("Support", "support_style"),
        ("Kind", "kind"),
        ("Started", "started_on"),
        ("Status", "status"),
        ("Ended", "ended_on"),
    ):
        if mentee.get(field):
            lines.append(f"- {label}: {mentee[field]}")
    for alias in mentee.get("aliases", []):
        lines.append(f"- Also called: {alias['alias']}")
    for contact in mentee.get("contacts", []):
        lines.append(f"- {contact['label'] or contact['kind']}: {contact['value']}")
    for person in mentee.get("important_people", []):
        lines.append(f"- Important person: {person['name']} ({person['relation']})")
    for heading, field in (("What matters to me", "what_matters"), ("My strengths", "strengths")):
        if mentee.get(field):
            lines += ["", f"## {heading}", "", mentee[field]]
    goals = [g for g in archive.get("goals", []) if g["mentee_id"] == key]
    if goals:
        lines += ["", "## Goals"]
        for goal in goals:
            lines += ["", f"### {goal['statement']}", f"- {goal['domain']}, {goal['status']}"]
            lines += [
                f"- step: {s['text']}" + (" (done)" if s["done_on"] else "") for s in goal["steps"]
            ]
            lines += [
                f"- {p['on']}: {p['score']}/10 {p['sentence']}".rstrip() for p in goal["progress"]
            ]
    own = [
        n for n in archive.get("notes", []) if key in {p["mentee_id"] for p in n["participants"]}
    ]
    if own:
        lines += ["", "## Session notes"]
        for note in own:
            with_ = len(note["participants"])
            lines += [
                "",
                f"### {note['occurred_on']} {note['kind']} ({note['modality']}, {note['state']})",
            ]
            if with_ > 1:
                lines.append(f"- group note with {with_} people")
            if note.get("signed_by"):
                lines.append(f"- signed by {note['signed_by']} at {note['signed_at']}")
            for name, label in NOTE_SECTION_LABELS.items():
                if note.get(name):
                    lines += ["", f"**{label}:** {note[name]}"]
            for item in note["follow_ups"]:
                lines.append(
                    f"- follow-up: {item['task']}"
                    + (f" (due {item['due_on']})" if item["due_on"] else "")
                )
            for add in note["addenda"]:
                lines += ["", f"*Addendum {add['created_at']}:* {add['text']}"]
    for title, table in (
        ("Agreements", "agreements"),
        ("Referrals", "referrals"),
        ("Boundary events", "boundary_events"),
    ):
        rows = [r for r in archive.get(table, []) if r.get("mentee_id") == key]
        if rows:
            lines += ["", f"## {title}", ""]
            for row in rows:
                shown = {
                    k: v
                    for k, v in row.items()
                    if v not in (None, "", [], {}) and k not in ("key", "mentee_id")
                }
                lines.append("- " + "; ".join(f"{k}: {v}" for k, v in shown.items()))
    return "\n".join(lines) + "\n"


def markdown_files(archive: dict[str, Any]) -> dict[str, str]:
    """Relative path -> text. File names carry keys only, never a person's name."""
    files = {
        "README.md": (
            f"# peerdesk export ({archive['exported_at']})\n\n**{archive['warning']}**\n\n"
            "One file per mentee in mentees/, the mentor's self-care log in selfcare.md. "
            "The same content as JSON comes from `peerdesk export all --format json`.\n"
        )
    }
    for mentee in archive.get("mentees", []):
        number = mentee["key"].split(":")[1]
        files[f"mentees/mentee-{int(number):04d}.md"] = _mentee_file(mentee, archive)
    entries = archive.get("selfcare", [])
    if entries:
        lines = ["# My self-care log", ""]
        for e in entries:
            lines.append(
                f"- {e['on']}: energy {e['energy']}, mood {e['mood']}, strain {e['strain']}. {e['helped']}".rstrip()
            )
        files["selfcare.md"] = "\n".join(lines) + "\n"
    return files
