"""Supervision-loop commands: a supervisor's inbox, comments, sessions, replies and
programme view; and, in a mentor's vault, opening the supervisor's reply."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from peerdesk.cli.common import (
    EXIT_OK,
    CliError,
    Registry,
    Secrets,
    open_vault,
    parse_day,
    said,
    say,
)
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message

MAX_FILE = 64 * 1024 * 1024


def _read(path: str) -> bytes:
    file = Path(path).expanduser()
    try:
        if file.stat().st_size > MAX_FILE:
            raise CliError(
                QT_TRANSLATE_NOOP("core", "that file is too large to be a peerdesk packet")
            )
        return file.read_bytes()
    except OSError:
        raise CliError(QT_TRANSLATE_NOOP("core", "cannot read that packet file")) from None


def _text(value: str) -> str:
    """A comment from the command line, or from standard input with ``-`` (so it stays out
    of the process list and the shell history)."""
    return sys.stdin.read() if value == "-" else value


def cmd_open(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import supervision_loop

    raw = _read(args.file)
    with open_vault(args, secrets) as vault:
        item = supervision_loop.file_packet(vault, raw=raw)
    say(
        args,
        QT_TRANSLATE_NOOP("core", "Filed in your inbox: {mentor}, {period} (packet {packet})."),
        mentor=item.mentor,
        period=item.period,
        packet=item.packet_id,
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import supervision_loop

    with open_vault(args, secrets) as vault:
        rows = supervision_loop.inbox(vault)
    if args.json:
        print(json.dumps([
            {"packet": r.packet_id, "mentor": r.mentor, "period": r.period,
             "received": r.received_at.isoformat(), "comments": r.comments,
             "replied": r.replied_at.isoformat() if r.replied_at else None}
            for r in rows
        ], indent=1))  # fmt: skip
        return EXIT_OK
    if not rows:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "core",
                "Your inbox is empty. File a mentor's export with "
                "`peerdesk supervision open FILE`.",
            ),
        )
    t = said(args)
    for r in rows:
        state = t(
            Message(QT_TRANSLATE_NOOP("core", "replied"))
            if r.replied_at
            else Message(QT_TRANSLATE_NOOP("core", "%n comment(s)"), r.comments)
        )
        print(f"{r.packet_id}  {r.mentor}  {r.period}  ({state})")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import supervision_loop

    with open_vault(args, secrets) as vault:
        view = supervision_loop.get_packet(vault, packet_id=args.packet)
    print(view.markdown.rstrip())
    print()
    say(args, QT_TRANSLATE_NOOP("core", "Items you can comment on:"))
    for item in view.items:
        print(f"  {item['id']}  {item['title']}")
    whole = Message(QT_TRANSLATE_NOOP("core", "the whole export"))
    for c in view.comments:
        say(
            args,
            QT_TRANSLATE_NOOP("core", "  comment on {item}: {text}"),
            item=c.item_id or whole,
            text=c.text,
        )
    return EXIT_OK


def cmd_comment(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import supervision_loop

    with open_vault(args, secrets) as vault:
        supervision_loop.add_comment(
            vault, packet_id=args.packet, item_id="" if args.item == "all" else args.item,
            text=_text(args.text), is_action=args.action,
        )  # fmt: skip
    say(
        args,
        QT_TRANSLATE_NOOP("core", "Comment saved; it goes back to the mentor with your reply."),
    )
    return EXIT_OK


def cmd_session(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import supervision_loop

    with open_vault(args, secrets) as vault:
        supervision_loop.record_session(
            vault, packet_id=args.packet, held_on=parse_day(args.on), topics=_text(args.topics)
        )
    say(args, QT_TRANSLATE_NOOP("core", "Supervision session recorded."))
    return EXIT_OK


def cmd_reply(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import supervision_loop
    from peerdesk.core.vault.files import atomic_write

    out = Path(args.out).expanduser()
    with open_vault(args, secrets) as vault:
        data = supervision_loop.write_reply(vault, packet_id=args.packet)
    atomic_write(out, data)
    say(
        args,
        QT_TRANSLATE_NOOP("core", "Reply sealed to the mentor's key and written to {out}."),
        out=out,
    )
    return EXIT_OK


def cmd_open_reply(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import supervision_loop

    raw = _read(args.file)
    with open_vault(args, secrets) as vault:
        done = supervision_loop.open_reply(vault, raw=raw)
    if done.unplaced:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "core",
                "Your supervisor replied: {comments} comments, {placed} beside their notes; "
                "{unplaced} are about notes no longer in this vault; {actions} agreed actions "
                "added as follow-ups.",
            ),
            comments=done.comments,
            placed=done.placed,
            unplaced=done.unplaced,
            actions=done.actions,
        )
    else:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "core",
                "Your supervisor replied: {comments} comments, {placed} beside their notes; "
                "{actions} agreed actions added as follow-ups.",
            ),
            comments=done.comments,
            placed=done.placed,
            actions=done.actions,
        )
    return EXIT_OK


def cmd_programme(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.formats import programme
    from peerdesk.core.services import supervision_loop
    from peerdesk.core.vault.files import atomic_write

    start, end = parse_day(args.date_from), parse_day(args.date_to)
    out = Path(args.out).expanduser()
    with open_vault(args, secrets) as vault:
        view = supervision_loop.programme(vault, date_from=start, date_to=end)
    if args.format == "csv":
        data = programme.programme_csv(view).encode("utf-8")
    else:
        from peerdesk.render.pdf import headless_writer

        period = said(args)(
            Message(QT_TRANSLATE_NOOP("core", "{start:%B %Y} to {end:%B %Y}"), start=start, end=end)
        )
        doc = programme.programme_document(view, period=period)
        data = headless_writer()(doc)
    atomic_write(out, data)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "core", "Programme view ({mentors} mentors, {packets} exports) written to {out}."
        ),
        mentors=view.mentors,
        packets=view.packets,
        out=out,
    )
    return EXIT_OK


def register(commands: Registry) -> None:
    group = commands.group(
        "supervision",
        QT_TRANSLATE_NOOP("core", "the supervision loop: inbox, comments, replies, programme view"),
        QT_TRANSLATE_NOOP(
            "core",
            "Sealed exports from mentors, your comments and replies (in a supervisor vault), "
            "and opening a supervisor's reply (in a mentor's vault).",
        ),
        metavar=QT_TRANSLATE_NOOP("core", "ACTION"),
    )
    p = group.command(
        "open", cmd_open, QT_TRANSLATE_NOOP("core", "file a mentor's sealed export in your inbox")
    )
    p.add_argument("file", metavar=QT_TRANSLATE_NOOP("core", "PACKET"))
    p = group.command("list", cmd_list, QT_TRANSLATE_NOOP("core", "list the exports in your inbox"))
    p.add_argument("--json", action="store_true")
    p = group.command(
        "show",
        cmd_show,
        QT_TRANSLATE_NOOP("core", "show one export and the items you can comment on"),
    )
    p.add_argument("packet", metavar=QT_TRANSLATE_NOOP("core", "PACKET_ID"))
    p = group.command(
        "comment",
        cmd_comment,
        QT_TRANSLATE_NOOP("core", "comment on an item (or 'all') of an export"),
    )
    p.add_argument("packet", metavar=QT_TRANSLATE_NOOP("core", "PACKET_ID"))
    p.add_argument(
        "item",
        metavar=QT_TRANSLATE_NOOP("core", "ITEM_ID"),
        help=QT_TRANSLATE_NOOP("core", "an item id from `show`, or 'all'"),
    )
    p.add_argument(
        "text",
        metavar=QT_TRANSLATE_NOOP("core", "TEXT"),
        help=QT_TRANSLATE_NOOP("core", "the comment, or - to read it from stdin"),
    )
    p.add_argument(
        "--action",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "an agreed action (a follow-up)"),
    )
    p = group.command(
        "session",
        cmd_session,
        QT_TRANSLATE_NOOP("core", "record a supervision session about an export"),
    )
    p.add_argument("packet", metavar=QT_TRANSLATE_NOOP("core", "PACKET_ID"))
    p.add_argument("--on", required=True, metavar=QT_TRANSLATE_NOOP("core", "YYYY-MM-DD"))
    p.add_argument(
        "--topics",
        default="",
        metavar=QT_TRANSLATE_NOOP("core", "TOPICS"),
        help=QT_TRANSLATE_NOOP("core", "what you talked about, or - for stdin"),
    )
    p = group.command(
        "reply", cmd_reply, QT_TRANSLATE_NOOP("core", "seal your comments back to the mentor")
    )
    p.add_argument("packet", metavar=QT_TRANSLATE_NOOP("core", "PACKET_ID"))
    p.add_argument("--out", required=True, metavar=QT_TRANSLATE_NOOP("core", "FILE"))
    p = group.command(
        "open-reply",
        cmd_open_reply,
        QT_TRANSLATE_NOOP("core", "open your supervisor's reply (mentor vault)"),
    )
    p.add_argument("file", metavar=QT_TRANSLATE_NOOP("core", "FILE"))
    p = group.command(
        "programme",
        cmd_programme,
        QT_TRANSLATE_NOOP("core", "combined figures across mentors (CSV or PDF)"),
    )
    p.add_argument(
        "--from", dest="date_from", required=True, metavar=QT_TRANSLATE_NOOP("core", "YYYY-MM-DD")
    )
    p.add_argument(
        "--to", dest="date_to", required=True, metavar=QT_TRANSLATE_NOOP("core", "YYYY-MM-DD")
    )
    p.add_argument("--format", required=True, choices=("csv", "pdf"))
    p.add_argument("--out", required=True, metavar=QT_TRANSLATE_NOOP("core", "FILE"))
