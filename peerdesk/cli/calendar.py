"""Calendar commands: planned meetings as an iCalendar (.ics) file."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from peerdesk.cli.common import EXIT_OK, CliError, Registry, Secrets, open_vault, parse_day, say
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message


def cmd_export(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import calendar_export

    start = parse_day(args.date_from) if args.date_from else date.today()
    end = parse_day(args.date_to) if args.date_to else start + timedelta(days=366)
    if end < start:
        raise CliError(QT_TRANSLATE_NOOP("core", "--to is before --from"))
    out = Path(args.out).expanduser()
    with open_vault(args, secrets) as vault:
        count = calendar_export.export_ics(
            vault, out=out, date_from=start, date_to=end, full_names=args.full_names
        )
    names = (
        Message(QT_TRANSLATE_NOOP("core", "full names"))
        if args.full_names
        else Message(QT_TRANSLATE_NOOP("core", "initials only"))
    )
    say(
        args,
        QT_TRANSLATE_NOOP("core", "Exported {count} planned meetings ({names}) to {out}."),
        count=count,
        names=names,
        out=out,
    )
    return EXIT_OK


def register(commands: Registry) -> None:
    group = commands.group(
        "calendar",
        QT_TRANSLATE_NOOP("core", "export planned meetings as an iCalendar (.ics) file"),
        QT_TRANSLATE_NOOP("core", "Export planned meetings as an iCalendar (.ics) file."),
        metavar=QT_TRANSLATE_NOOP("core", "ACTION"),
    )
    p = group.command(
        "export",
        cmd_export,
        QT_TRANSLATE_NOOP(
            "core", "write planned meetings to an .ics file (initials only unless --full-names)"
        ),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar=QT_TRANSLATE_NOOP("core", "FILE"),
        help=QT_TRANSLATE_NOOP("core", "the .ics file to write"),
    )
    p.add_argument(
        "--full-names",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "core", "full names, place and purpose (a calendar is often synced to a cloud)"
        ),
    )
    p.add_argument(
        "--from",
        dest="date_from",
        metavar=QT_TRANSLATE_NOOP("core", "YYYY-MM-DD"),
        help=QT_TRANSLATE_NOOP("core", "default: today"),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        metavar=QT_TRANSLATE_NOOP("core", "YYYY-MM-DD"),
        help=QT_TRANSLATE_NOOP("core", "default: a year later"),
    )
