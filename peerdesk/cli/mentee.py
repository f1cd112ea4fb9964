"""Mentee commands: add, list, handover."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from peerdesk.cli import records
from peerdesk.cli.common import (
    EXIT_OK,
    QT_TRANSLATE_NOOP,
    CliError,
    Registry,
    Secrets,
    open_quick,
    open_vault,
    text_for,
    vocab_word,
)


def cmd_add(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import mentees

    with open_vault(args, secrets) as vault:
        name = secrets.given(args.name, QT_TRANSLATE_NOOP("core", "Name"))
        aliases = [secrets.given(a, QT_TRANSLATE_NOOP("core", "Alias")) for a in args.alias or []]
        mentee_id = mentees.add_mentee(
            vault, record=mentees.MenteeRecord(display_name=name, aliases=aliases)
        )
    from peerdesk.cli.common import say

    say(args, QT_TRANSLATE_NOOP("core", "Added mentee {id}."), id=mentee_id)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import quick
    from peerdesk.core.vault.direct import DirectVault

    with open_quick(args, secrets) as vault:
        if isinstance(vault, DirectVault):
            rows = quick.list_mentees(vault, include_archived=args.all)
        else:
            from peerdesk.core.services import mentees

            rows = mentees.list_mentees(vault, include_archived=args.all)
    if args.json:
        out = [
            {
                "id": m.id,
                "name": m.display_name,
                "aliases": list(m.aliases),
                "support_style": m.support_style.value,
                "kind": m.kind.value,
                "status": m.status.value,
                "started_on": m.started_on.isoformat() if m.started_on else None,
                "archived": m.archived,
            }
            for m in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    word = vocab_word(args)
    for m in rows:
        aliases = f" ({', '.join(m.aliases)})" if m.aliases else ""
        flags = f" [{word(ARCHIVED)}]" if m.archived else ""
        style, status = word(m.support_style.value), word(m.status.value)
        print(f"{m.id:>5}  {m.display_name}{aliases}  {style}, {status}{flags}")
    if not rows:
        print(text_for(args, QT_TRANSLATE_NOOP("core", "No mentees yet.")))
    return EXIT_OK


ARCHIVED = QT_TRANSLATE_NOOP("core", "archived")


def cmd_handover(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import documents, mentees

    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".pdf", ".md", ".txt"):
        raise CliError(QT_TRANSLATE_NOOP("core", "OUT must end in .pdf, .md or .txt"))
    with open_vault(args, secrets) as vault:
        name = secrets.given(args.name, QT_TRANSLATE_NOOP("core", "Name"))
        doc = documents.handover_summary(vault, mentee_id=mentees.find_mentee(vault, name=name))
    pdf = None
    if out.suffix.lower() == ".pdf":
        from peerdesk.render.pdf import headless_writer

        pdf = headless_writer()
    documents.write_document(doc, out=out, pdf=pdf)
    from peerdesk.cli.common import say

    say(
        args,
        QT_TRANSLATE_NOOP(
            "core", "Hand-over summary written to {out}. Read it through with them before sharing."
        ),
        out=out,
    )
    return EXIT_OK


def register(commands: Registry) -> None:
    group = commands.group(
        "mentee",
        QT_TRANSLATE_NOOP("core", "list or add mentees"),
        QT_TRANSLATE_NOOP("core", "List or add mentees."),
        metavar=QT_TRANSLATE_NOOP("core", "ACTION"),
    )
    p = group.command("add", cmd_add, QT_TRANSLATE_NOOP("core", "add a mentee"))
    p.add_argument(
        "name",
        metavar=QT_TRANSLATE_NOOP("core", "NAME"),
        help=QT_TRANSLATE_NOOP("core", "the name they like to be called ('-': read from stdin)"),
    )
    p.add_argument(
        "--alias",
        action="append",
        metavar="A",
        help=QT_TRANSLATE_NOOP(
            "core", "another name or nickname (repeatable; '-': the next line of stdin)"
        ),
    )
    p = group.command("list", cmd_list, QT_TRANSLATE_NOOP("core", "list mentees"), quick=True)
    p.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("core", "machine-readable output")
    )
    p.add_argument(
        "--all", action="store_true", help=QT_TRANSLATE_NOOP("core", "include archived mentees")
    )
    p = group.command(
        "handover",
        cmd_handover,
        QT_TRANSLATE_NOOP("core", "write a hand-over summary for a new mentor"),
    )
    p.add_argument(
        "name",
        metavar=QT_TRANSLATE_NOOP("core", "NAME"),
        help=QT_TRANSLATE_NOOP("core", "name or alias of the mentee ('-': from stdin)"),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar=QT_TRANSLATE_NOOP("core", "FILE"),
        help=QT_TRANSLATE_NOOP("core", "a .pdf, .md or .txt file to write"),
    )
    records.register_mentee(group)
