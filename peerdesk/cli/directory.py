"""Resource directory commands: ranked search, and import and export Open Referral HSDS 3.0."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from peerdesk.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CliError,
    Registry,
    Secrets,
    open_vault,
    said,
    say,
)
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message


def cmd_import(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.formats import hsds
    from peerdesk.core.services import directory, directory_import

    parsed = hsds.read_hsds(Path(args.file).expanduser())  # a broken file fails before unlock
    with open_vault(args, secrets) as vault:
        plan = directory_import.plan_import(
            vault, parsed, region_hint=directory.preferred_region(vault)
        )
        t = said(args)  # the preview in the mentor's language, as the GUI shows it
        print(t(plan.summary()) + ".")
        for note in plan.notes:
            print(t(Message(QT_TRANSLATE_NOOP("core", "note: {note}"), note=note)))
        shown = plan.issues[: args.max_errors]
        for issue in shown:
            row = "" if issue.row is None else str(issue.row)
            print(f"  {issue.file}:{row}:{issue.field}: {t(issue.reason)}")
        hidden = len(plan.issues) - len(shown) + plan.issues_dropped
        if hidden:
            say(args, QT_TRANSLATE_NOOP("core", "  ... and {count:,} more problems"), count=hidden)
        if not plan.to_write:
            say(args, QT_TRANSLATE_NOOP("core", "Nothing to import."))
            return EXIT_OK if not plan.invalid else EXIT_ERROR
        if not args.yes:
            if not sys.stdin.isatty() or secrets.from_stdin:
                raise CliError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "not imported: check the preview above, then run again with --yes to import",
                    )
                )
            asked = t(
                Message(QT_TRANSLATE_NOOP("core", "Import %n service(s)? [y/N] "), plan.to_write)
            )
            yes = t(Message(QT_TRANSLATE_NOOP("core", "y/yes"))).split("/")
            if input(asked).strip().lower() not in ("y", "yes", *yes):
                say(args, QT_TRANSLATE_NOOP("core", "Nothing was imported."))
                return EXIT_OK
        written = directory_import.apply_import(vault, plan)
    if plan.invalid:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "core", "Imported %n service(s); {invalid:,} with problems left out."
            ),
            written,
            invalid=plan.invalid,
        )
    else:
        say(args, QT_TRANSLATE_NOOP("core", "Imported %n service(s)."), written)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import directory_import

    out = Path(args.out).expanduser()
    with open_vault(args, secrets) as vault:
        count = directory_import.export_hsds(vault, format=args.format, out=out)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "core", "Exported %n service(s) ({format}) to {out}. No mentee data is in it."
        ),
        count,
        format=args.format,
        out=out,
    )
    return EXIT_OK


def cmd_search(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import directory

    need = directory.need_by_code(args.need).code if args.need else None
    region = args.region.strip().upper() if args.region else None
    with open_vault(args, secrets) as vault:
        rows = directory.search_services(
            vault,
            query=args.query,
            need=need,
            open_at=datetime.now() if args.open_now else None,
            region=region,
            limit=args.limit,
        )
    if args.json:
        items = [
            {
                "id": r.id,
                "name": r.name,
                "organization": r.organization_name,
                "country": r.region,
                "country_name": directory.REGIONS.get(r.region, r.region),
                "city": r.city,
                "needs": list(r.needs),
                "phones": list(r.phones),
                "open_now": r.open_now,
                "verified_on": r.assured_date.isoformat() if r.assured_date else None,
                "stale": r.stale,
                "status": r.status,
                "favourite": r.favourite,
            }
            for r in rows
        ]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        say(args, QT_TRANSLATE_NOOP("core", "No services match."))
        return EXIT_OK
    t = said(args)
    open_now, closed_now = (
        t(Message(QT_TRANSLATE_NOOP("core", "open now"))),
        t(Message(QT_TRANSLATE_NOOP("core", "closed now"))),
    )
    for rank, r in enumerate(rows, start=1):
        country = directory.REGIONS.get(r.region)
        where = ", ".join(p for p in (r.city, t(Message(country)) if country else r.region) if p)
        state = {True: open_now, False: closed_now, None: ""}[r.open_now]
        extra = "; ".join(p for p in (where, state) if p)
        print(f"{rank:>3}. {r.name} ({r.organization_name})" + (f" [{extra}]" if extra else ""))
        if r.phones:
            print("     " + " | ".join(r.phones))
    return EXIT_OK


def register(commands: Registry) -> None:
    group = commands.group(
        "directory",
        QT_TRANSLATE_NOOP(
            "core", "search, import or export the resource directory (Open Referral HSDS 3.0)"
        ),
        QT_TRANSLATE_NOOP(
            "core", "Search, import or export the resource directory (Open Referral HSDS 3.0)."
        ),
        metavar=QT_TRANSLATE_NOOP("core", "ACTION"),
    )
    p = group.command(
        "search",
        cmd_search,
        QT_TRANSLATE_NOOP("core", "find services by words (ranked), need and opening hours"),
    )
    p.add_argument(
        "query",
        metavar=QT_TRANSLATE_NOOP("core", "QUERY"),
        nargs="?",
        default="",
        help=QT_TRANSLATE_NOOP(
            "core",
            "words to find in names, descriptions, places, categories, numbers and your notes",
        ),
    )
    p.add_argument(
        "--need",
        metavar=QT_TRANSLATE_NOOP("core", "NEED"),
        help=QT_TRANSLATE_NOOP("core", "only services meeting this need (e.g. food)"),
    )
    p.add_argument(
        "--open-now",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "only services open right now"),
    )
    p.add_argument(
        "--region",
        metavar="CC",
        help=QT_TRANSLATE_NOOP("core", "list this country first (default: yours)"),
    )
    p.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("core", "machine-readable output")
    )
    p.add_argument(
        "--limit",
        type=int,
        default=20,
        metavar=QT_TRANSLATE_NOOP("core", "LIMIT"),
        help=QT_TRANSLATE_NOOP("core", "at most this many results (20)"),
    )
    p = group.command(
        "import",
        cmd_import,
        QT_TRANSLATE_NOOP(
            "core", "preview an HSDS file (JSON, CSV folder, zip or datapackage.json), then import"
        ),
    )
    p.add_argument(
        "file",
        metavar=QT_TRANSLATE_NOOP("core", "FILE"),
        help=QT_TRANSLATE_NOOP("core", "HSDS JSON file, tabular package folder or zip"),
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "import the valid services without asking"),
    )
    p.add_argument(
        "--max-errors",
        type=int,
        default=50,
        metavar="N",
        help=QT_TRANSLATE_NOOP("core", "show at most N problems (50)"),
    )
    p = group.command(
        "export", cmd_export, QT_TRANSLATE_NOOP("core", "write the directory as HSDS 3.0")
    )
    p.add_argument("--format", required=True, choices=["hsds-json", "hsds-csv"])
    p.add_argument(
        "--out",
        required=True,
        metavar=QT_TRANSLATE_NOOP("core", "PATH"),
        help=QT_TRANSLATE_NOOP("core", "a .json file, or a new folder for CSV"),
    )
