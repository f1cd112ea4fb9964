"""Record commands: the documentation review, a mentee's own record, retention and
erasure, importing notes and the full export. Registered into the mentee and export
groups by their modules, and as the top-level groups `notes` and `import`."""

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

# --- notes review ------------------------------------------------------------------------------


def cmd_notes_review(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import documentation

    start, end = parse_day(args.date_from), parse_day(args.date_to)
    with open_vault(args, secrets) as vault:
        result = documentation.review(vault, start=start, end=end)
    if args.json:
        print(json.dumps(documentation.review_as_json(result), ensure_ascii=False, indent=2))
        return EXIT_OK
    say(
        args,
        QT_TRANSLATE_NOOP(
            "core", "Documentation review {start} to {end} ({notes}, profile {profile})"
        ),
        start=start.isoformat(),
        end=end.isoformat(),
        notes=Message(QT_TRANSLATE_NOOP("core", "%n note(s)"), result.notes_checked),
        profile=result.profile_id,
    )
    if result.clear:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "core", "Everything the profile asks for is there. Nothing to follow up."
            ),
        )
        return EXIT_OK
    nobody = Message(QT_TRANSLATE_NOOP("core", "nobody chosen"))

    def line(item: documentation.ReviewItem, template: str = "", **fields: object) -> None:
        """One note of a list: its id, day and people, then what the list says of it."""
        say(
            args,
            QT_TRANSLATE_NOOP("core", "  note {id}  {day}  {who}{rest}"),
            id=item.id,
            day=item.occurred_on.isoformat(),
            who=", ".join(item.participant_names) or nobody,
            rest=Message(template, **fields) if template else "",
        )

    if result.missing_elements:
        print()
        say(
            args,
            QT_TRANSLATE_NOOP("core", "Notes missing something ({count}):"),
            count=len(result.missing_elements),
        )
        for item in result.missing_elements:
            line(item, QT_TRANSLATE_NOOP("core", "  [{state}]"), state=Message(item.state.value))
            for gap in item.gaps:  # the profile's own words (its file), as written there
                if gap.blocks:
                    say(
                        args,
                        QT_TRANSLATE_NOOP("core", "      - {gap} (needed to sign)"),
                        gap=gap.message,
                    )
                else:
                    print(f"      - {gap.message}")
    if result.old_drafts:
        print()
        say(
            args,
            QT_TRANSLATE_NOOP("core", "Drafts waiting to be signed ({count}):"),
            count=len(result.old_drafts),
        )
        for item in result.old_drafts:
            line(item, QT_TRANSLATE_NOOP("core", "  started %n day(s) ago"), n=item.draft_age_days)
    if result.no_goal:
        print()
        say(
            args,
            QT_TRANSLATE_NOOP("core", "Notes not linked to a goal ({count}):"),
            count=len(result.no_goal),
        )
        for item in result.no_goal:
            line(item)
    return EXIT_OK


# --- a mentee's own record -----------------------------------------------------------------------


def cmd_mentee_record(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import mentee_record, mentees

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise CliError(QT_TRANSLATE_NOOP("core", "--out names a folder; give a file name"))
    with open_vault(args, secrets) as vault:
        mentee_id = mentees.find_mentee(
            vault, name=secrets.given(args.name, QT_TRANSLATE_NOOP("core", "Name"))
        )
        writer = None
        if args.format == "pdf":
            from peerdesk.render.pdf import headless_writer

            writer = headless_writer()
        digest = mentee_record.write_record(
            vault, mentee_id=mentee_id, out=out, format=args.format, pdf_writer=writer
        )
    say(
        args,
        QT_TRANSLATE_NOOP(
            "core", "Record written to {out}. It holds personal details: hand it only to them."
        ),
        out=out,
    )
    print(f"SHA-256 {digest}")
    return EXIT_OK


# --- retention and erasure ------------------------------------------------------------------------


def cmd_mentee_retention(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import documentation, settings

    with open_vault(args, secrets) as vault:
        if args.set is not None:
            documentation.set_retention(vault, months=args.set)
        months = settings.get_setting(vault, "retention_months")
        due = documentation.retention_due(vault)
    if not months:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "core", "No retention period is set: records are kept until you erase them."
            ),
        )
        return EXIT_OK
    say(
        args,
        QT_TRANSLATE_NOOP("core", "Retention period: %n month(s) after someone ends."),
        int(months),
    )
    if not due:
        say(args, QT_TRANSLATE_NOOP("core", "Nobody is past it."))
    for row in due:
        say(
            args,
            QT_TRANSLATE_NOOP("core", "  {name}: ended {day} ({months})"),
            name=row.display_name,
            day=row.ended_on.isoformat(),
            months=Message(QT_TRANSLATE_NOOP("core", "%n month(s) ago"), row.months_since),
        )
    return EXIT_OK


def _names(args: argparse.Namespace, secrets: Secrets) -> list[str]:
    if args.name != "-":
        return [args.name]
    names = [line.strip() for line in secrets.rest().splitlines() if line.strip()]
    if not names:
        raise CliError(QT_TRANSLATE_NOOP("core", "NAME was '-' but no names came on stdin"))
    return names


def cmd_mentee_erase(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import erasure, mentees

    if not args.yes and not sys.stdin.isatty():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "core", "erasing asks you to type the name back; in a script, pass --yes"
            )
        )
    with open_vault(args, secrets) as vault:
        names = _names(args, secrets)
        ids = [mentees.find_mentee(vault, name=n) for n in names]  # all found before any goes
        for mentee_id in ids:
            plan = erasure.plan_erasure(vault, mentee_id=mentee_id)
            say(
                args,
                QT_TRANSLATE_NOOP(
                    "core",
                    "Erasing {name} removes their profile, {notes}, {goals}, {agreements}, "
                    "{referrals} and {reminders}; {group_notes} for the others, without them.",
                ),
                name=plan.display_name,
                notes=Message(QT_TRANSLATE_NOOP("core", "%n note(s)"), plan.own_notes),
                goals=Message(QT_TRANSLATE_NOOP("core", "%n goal(s)"), plan.goals),
                agreements=Message(QT_TRANSLATE_NOOP("core", "%n agreement(s)"), plan.agreements),
                referrals=Message(QT_TRANSLATE_NOOP("core", "%n referral(s)"), plan.referrals),
                reminders=Message(QT_TRANSLATE_NOOP("core", "%n reminder(s)"), plan.reminders),
                group_notes=Message(QT_TRANSLATE_NOOP("core", "1 group note stays"))
                if plan.group_notes == 1
                else Message(QT_TRANSLATE_NOOP("core", "%n group notes stay"), plan.group_notes),
            )
            if plan.mentions:
                say(
                    args,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{count} of your other entries (reminders, self-care, supervision topics, "
                        "directory notes) name them: the names are taken out, the rest stays.",
                    ),
                    count=plan.mentions,
                )
            if plan.backups:
                many = len(plan.backups)
                if args.remove_backups:
                    say(
                        args,
                        QT_TRANSLATE_NOOP(
                            "core", "%n backup(s) made while they were here will be removed too."
                        ),
                        many,
                    )
                elif many == 1:
                    say(
                        args,
                        QT_TRANSLATE_NOOP(
                            "core",
                            "1 backup still contains this person until removed (add "
                            "--remove-backups to remove them with the erasure).",
                        ),
                    )
                else:
                    say(
                        args,
                        QT_TRANSLATE_NOOP(
                            "core",
                            "%n backups still contain this person until removed (add "
                            "--remove-backups to remove them with the erasure).",
                        ),
                        many,
                    )
            if args.yes:
                typed = plan.display_name
            else:
                typed = input(
                    said(args)(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core", "This cannot be undone. Type {name} to confirm: "
                            ),
                            name=plan.display_name,
                        )
                    )
                )
            result = erasure.erase_mentee(
                vault,
                mentee_id=mentee_id,
                confirm_name=typed,
                discard_open_drafts=args.discard_open_drafts,
                remove_backups=args.remove_backups,
            )
            if result.backups_removed:
                say(
                    args,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Erased: %n note(s) ({signed} signed, kept as chain links without "
                        "content); {removed}.",
                    ),
                    result.notes_erased,
                    signed=result.tombstones,
                    removed=Message(
                        QT_TRANSLATE_NOOP("core", "%n backup(s) removed"), result.backups_removed
                    ),
                )
            else:
                say(
                    args,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Erased: %n note(s) ({signed} signed, kept as chain links without "
                        "content).",
                    ),
                    result.notes_erased,
                    signed=result.tombstones,
                )
    return EXIT_OK


# --- import and the full export --------------------------------------------------------------


def _load_mapping(vault, args: argparse.Namespace) -> dict | None:  # type: ignore[no-untyped-def]
    from peerdesk.core.services import note_import

    if not args.mapping:
        return None
    path = Path(args.mapping).expanduser()
    if path.suffix.lower() == ".json" and path.exists():
        try:
            mapping = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise CliError(
                QT_TRANSLATE_NOOP("core", "--mapping names a file that is not valid JSON")
            ) from None
        if args.save_mapping:
            note_import.save_mapping(vault, name=args.save_mapping, mapping=mapping)
        return mapping
    return note_import.get_mapping(vault, name=args.mapping)


def cmd_import_notes(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import note_import

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(QT_TRANSLATE_NOOP("core", "FILE is not a file peerdesk can read"))
    with open_vault(args, secrets) as vault:
        mapping = _load_mapping(vault, args)
        prepared = note_import.preview(
            vault, path=source, mapping=mapping, mentee=args.mentee, format=args.format
        )
        notes = Message(
            QT_TRANSLATE_NOOP("core", "%n note(s) can be imported"), len(prepared.notes)
        )
        if prepared.errors:
            say(
                args,
                QT_TRANSLATE_NOOP("core", "{notes}, %n row(s) cannot:"),
                len(prepared.errors),
                notes=notes,
            )
        else:
            say(args, QT_TRANSLATE_NOOP("core", "%n note(s) can be imported."), len(prepared.notes))
        for error in prepared.errors[:50]:  # the reason is core's Message: translated too
            say(
                args,
                QT_TRANSLATE_NOOP("core", "  row {row}: {reason}"),
                row=error.row,
                reason=error.message,
            )
        if len(prepared.errors) > 50:
            say(args, QT_TRANSLATE_NOOP("core", "  … and %n more"), len(prepared.errors) - 50)
        if prepared.new_mentees:
            names = ", ".join(prepared.new_mentees)
            say(args, QT_TRANSLATE_NOOP("core", "New mentees to add: {names}"), names=names)
        if args.dry_run:
            say(args, QT_TRANSLATE_NOOP("core", "Dry run: nothing was written."))
            return EXIT_OK
        if prepared.errors and not args.skip_errors:
            raise CliError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "some rows cannot be imported; fix them, or pass --skip-errors to import "
                        "the rest",
                    )
                )
            )
        result = note_import.commit(vault, prepared=prepared, sign=args.sign)
    if args.sign:
        say(
            args,
            QT_TRANSLATE_NOOP("core", "Imported %n note(s) as signed in one step."),
            result.notes,
        )
    else:
        say(
            args,
            QT_TRANSLATE_NOOP("core", "Imported %n note(s) as drafts in one step."),
            result.notes,
        )
    return EXIT_OK


def cmd_import_all(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import archive

    source = Path(args.file).expanduser()
    if source.is_dir():
        source = source / "peerdesk-export.json"
    with open_vault(args, secrets) as vault:
        counts = archive.import_archive(vault, path=source)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "core",
            "Imported {mentees} and {notes}; signed notes were signed into this vault.",
        ),
        mentees=Message(QT_TRANSLATE_NOOP("core", "%n mentee(s)"), counts.get("mentees", 0)),
        notes=Message(QT_TRANSLATE_NOOP("core", "%n note(s)"), counts.get("notes", 0)),
    )
    return EXIT_OK


def cmd_export_all(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import archive

    out = Path(args.out).expanduser()
    if out.exists() and not out.is_dir():
        raise CliError(QT_TRANSLATE_NOOP("core", "--out names a file; give a folder"))
    with open_vault(args, secrets) as vault:
        target = archive.write_export(vault, out_dir=out, format=args.format)
    say(args, QT_TRANSLATE_NOOP("core", "Full export written to {target}."), target=target)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "core", "WARNING: it is NOT de-identified. It holds every name and note: keep it safe."
        ),
    )
    return EXIT_OK


def register_export(group: Registry) -> None:
    """`peerdesk export all` (called by cli/export.py)."""
    p = group.command(
        "all",
        cmd_export_all,
        QT_TRANSLATE_NOOP("core", "everything in the vault, NOT de-identified (your own archive)"),
    )
    p.add_argument("--format", required=True, choices=("json", "markdown"))
    p.add_argument(
        "--out",
        required=True,
        metavar=QT_TRANSLATE_NOOP("core", "DIR"),
        help=QT_TRANSLATE_NOOP("core", "folder to write into"),
    )


def register_mentee(group: Registry) -> None:
    """`peerdesk mentee record|retention|erase` (called by cli/mentee.py)."""
    p = group.command(
        "record",
        cmd_mentee_record,
        QT_TRANSLATE_NOOP("core", "write everything written about one person"),
    )
    p.add_argument(
        "name",
        metavar=QT_TRANSLATE_NOOP("core", "NAME"),
        help=QT_TRANSLATE_NOOP("core", "name or alias of the mentee"),
    )
    p.add_argument("--format", required=True, choices=("pdf", "md"))
    p.add_argument(
        "--out",
        required=True,
        metavar=QT_TRANSLATE_NOOP("core", "FILE"),
        help=QT_TRANSLATE_NOOP("core", "file to write"),
    )
    p = group.command(
        "retention",
        cmd_mentee_retention,
        QT_TRANSLATE_NOOP("core", "show (or set) the retention period and who is past it"),
    )
    p.add_argument(
        "--set",
        type=int,
        metavar=QT_TRANSLATE_NOOP("core", "MONTHS"),
        help=QT_TRANSLATE_NOOP("core", "set the period (0 = no limit)"),
    )
    p = group.command(
        "erase",
        cmd_mentee_erase,
        QT_TRANSLATE_NOOP("core", "erase a mentee and everything about them"),
    )
    p.add_argument(
        "name",
        metavar=QT_TRANSLATE_NOOP("core", "NAME"),
        help=QT_TRANSLATE_NOOP("core", "name or alias; '-' reads names from stdin"),
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "do not ask to type the name back"),
    )
    p.add_argument(
        "--remove-backups",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "also delete the backups that still contain this person"),
    )
    p.add_argument(
        "--discard-open-drafts",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "erase even if a draft about them is open in the editor"),
    )


def register(commands: Registry) -> None:
    group = commands.group(
        "notes",
        QT_TRANSLATE_NOOP("core", "review session notes"),
        QT_TRANSLATE_NOOP("core", "Review session notes."),
        metavar=QT_TRANSLATE_NOOP("core", "ACTION"),
    )
    p = group.command(
        "review",
        cmd_notes_review,
        QT_TRANSLATE_NOOP(
            "core", "notes missing what the profile asks for, old drafts, notes linked to no goal"
        ),
    )
    p.add_argument(
        "--from", dest="date_from", required=True, metavar=QT_TRANSLATE_NOOP("core", "YYYY-MM-DD")
    )
    p.add_argument(
        "--to", dest="date_to", required=True, metavar=QT_TRANSLATE_NOOP("core", "YYYY-MM-DD")
    )
    p.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("core", "machine-readable output")
    )

    group = commands.group(
        "import",
        QT_TRANSLATE_NOOP("core", "bring notes in from elsewhere"),
        QT_TRANSLATE_NOOP("core", "Bring notes in from elsewhere."),
        metavar=QT_TRANSLATE_NOOP("core", "WHAT"),
    )
    p = group.command(
        "notes",
        cmd_import_notes,
        QT_TRANSLATE_NOOP("core", "notes from CSV, Markdown/plain text or jrnl's JSON export"),
    )
    p.add_argument("file", metavar=QT_TRANSLATE_NOOP("core", "FILE"))
    p.add_argument(
        "--mapping",
        metavar="M",
        help=QT_TRANSLATE_NOOP("core", "a mapping .json file, or the name of a saved mapping"),
    )
    p.add_argument(
        "--save-mapping",
        metavar=QT_TRANSLATE_NOOP("core", "NAME"),
        help=QT_TRANSLATE_NOOP("core", "save the mapping file under NAME"),
    )
    p.add_argument(
        "--mentee",
        metavar=QT_TRANSLATE_NOOP("core", "NAME"),
        help=QT_TRANSLATE_NOOP("core", "who untagged entries are about"),
    )
    p.add_argument(
        "--format",
        choices=("csv", "text", "jrnl"),
        help=QT_TRANSLATE_NOOP("core", "default: from the suffix"),
    )
    p.add_argument(
        "--sign",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "sign the imported notes (default: drafts)"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "show what would be imported, write nothing"),
    )
    p.add_argument(
        "--skip-errors",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "import the readable rows only"),
    )
    p = group.command(
        "all", cmd_import_all, QT_TRANSLATE_NOOP("core", "a full peerdesk export, into a new vault")
    )
    p.add_argument(
        "file",
        metavar=QT_TRANSLATE_NOOP("core", "FILE"),
        help=QT_TRANSLATE_NOOP("core", "peerdesk-export.json, or the folder holding it"),
    )
