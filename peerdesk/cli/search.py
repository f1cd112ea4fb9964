"""The search command: session notes and addenda, newest first."""

from __future__ import annotations

import argparse
import json

from peerdesk.cli.common import EXIT_OK, Registry, Secrets, open_vault


def cmd_search(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import mentees, notes, search

    with open_vault(args, secrets) as vault:
        where = notes.NoteFilter(
            mentee_id=mentees.find_mentee(vault, name=args.mentee) if args.mentee else None,
            kind=args.kind,
        )
        hits = search.search_notes(vault, query=args.query, where=where, limit=args.limit)
    if args.json:
        out = [
            {
                "note_id": h.id,
                "date": h.occurred_on.isoformat(),
                "kind": h.kind,
                "state": h.state.value,
                "mentees": list(h.participant_names),
                "snippet": h.plain_snippet,
            }
            for h in hits
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    for h in hits:
        print(f"{h.occurred_on.isoformat()}  #{h.id}  {', '.join(h.participant_names)}  ({h.kind})")
        print(f"    {h.plain_snippet}")
    if not hits:
        print("No notes match.")
    return EXIT_OK


def register(commands: Registry) -> None:
    p = commands.command("search", cmd_search, "search session notes and addenda")
    p.add_argument("query", metavar="QUERY", help="words to find (each word, as a prefix)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--mentee", metavar="NAME", help="only this mentee's notes")
    p.add_argument("--kind", metavar="KIND", help="only this kind of session")
    p.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")
