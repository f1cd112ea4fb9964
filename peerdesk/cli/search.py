"""The search command: session notes and addenda, newest first, printed as found."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from peerdesk.cli.common import (
    EXIT_OK,
    QT_TRANSLATE_NOOP,
    Registry,
    Secrets,
    open_quick,
    text_for,
    vocab_word,
)

if TYPE_CHECKING:
    from peerdesk.core.services.search import SearchHit


def cmd_search(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import quick
    from peerdesk.core.services.rows import NoteFilter
    from peerdesk.core.vault.direct import DirectVault

    nothing = text_for(args, QT_TRANSLATE_NOOP("core", "No notes match."))
    with open_quick(args, secrets) as vault:
        args.query = secrets.given(args.query, QT_TRANSLATE_NOOP("core", "Words to find"))
        if args.mentee:
            args.mentee = secrets.given(args.mentee, QT_TRANSLATE_NOOP("core", "Name"))
        if isinstance(vault, DirectVault):
            mentee_id = quick.find_mentee(vault, name=args.mentee) if args.mentee else None
            where = NoteFilter(mentee_id=mentee_id, kind=args.kind)
            print_hits(
                quick.search(vault, query=args.query, where=where, limit=args.limit),
                args.json,
                nothing,
                vocab_word(args),
            )
        else:
            from peerdesk.core.services import mentees, search

            mentee_id = mentees.find_mentee(vault, name=args.mentee) if args.mentee else None
            where = NoteFilter(mentee_id=mentee_id, kind=args.kind)
            print_hits(
                search.search_notes(vault, query=args.query, where=where, limit=args.limit),
                args.json,
                nothing,
                vocab_word(args),
            )
    return EXIT_OK


def print_hits(
    hits: Iterable[SearchHit],
    as_json: bool,
    nothing: str = "No notes match.",
    word: Callable[[str], str] = str,
) -> None:
    """Each hit as soon as it is found; the JSON is the same as json.dumps(indent=2).
    ``word``: a kind of session in the mentor's language (the JSON keeps the value)."""
    shown = 0
    for h in hits:
        if as_json:
            item = {
                "note_id": h.id,
                "date": h.occurred_on.isoformat(),
                "kind": h.kind,
                "state": h.state.value,
                "mentees": list(h.participant_names),
                "snippet": h.plain_snippet,
            }
            text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            print(("[\n  " if shown == 0 else ",\n  ") + text, end="")
        else:
            print(
                f"{h.occurred_on.isoformat()}  #{h.id}  {', '.join(h.participant_names)}  ({word(h.kind)})"
            )
            print(f"    {h.plain_snippet}")
        shown += 1
    if as_json:
        print("\n]" if shown else "[]")
    elif not shown:
        print(nothing)


def register(commands: Registry) -> None:
    p = commands.command(
        "search",
        cmd_search,
        QT_TRANSLATE_NOOP("core", "search session notes and addenda"),
        quick=True,
    )
    p.add_argument(
        "query",
        metavar=QT_TRANSLATE_NOOP("core", "QUERY"),
        help=QT_TRANSLATE_NOOP("core", "words to find, each as a prefix ('-': read from stdin)"),
    )
    p.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("core", "machine-readable output")
    )
    p.add_argument(
        "--mentee",
        metavar=QT_TRANSLATE_NOOP("core", "NAME"),
        help=QT_TRANSLATE_NOOP("core", "only this mentee's notes ('-': from stdin)"),
    )
    p.add_argument(
        "--kind",
        metavar=QT_TRANSLATE_NOOP("core", "KIND"),
        help=QT_TRANSLATE_NOOP("core", "only this kind of session"),
    )
    p.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar=QT_TRANSLATE_NOOP("core", "LIMIT"),
        help=QT_TRANSLATE_NOOP("core", "at most this many results (default 50)"),
    )
