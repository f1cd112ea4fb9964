"""Session note commands: note add (the text on stdin)."""

from __future__ import annotations

import argparse

from peerdesk.cli.common import EXIT_OK, CliError, Registry, Secrets, open_vault


def cmd_add(args: argparse.Namespace, secrets: Secrets) -> int:
    from datetime import date

    from peerdesk.core.services import mentees, notes

    with open_vault(args, secrets) as vault:
        name = secrets.given(args.mentee, "Name")  # '-': the line before the note's text
        body = secrets.rest()
        if not body.strip():
            raise CliError(
                "the note's text comes on stdin (after the passphrase line); it was empty"
            )
        mentee_id = mentees.find_mentee(vault, name=name)
        draft = notes.NoteDraft(
            participant_ids=[mentee_id],
            occurred_on=date.fromisoformat(args.date) if args.date else date.today(),
            modality=args.modality,
            kind=args.kind,
            did=body.strip("\n"),
        )
        note_id = notes.save_draft(vault, draft=draft)
        if args.sign:
            notes.sign_note(vault, note_id=note_id)
    print(f"{'Signed' if args.sign else 'Saved draft'} note {note_id}.")
    return EXIT_OK


def register(commands: Registry) -> None:
    group = commands.group("note", "add a session note", "Add a session note.", metavar="ACTION")
    p = group.command(
        "add",
        cmd_add,
        "add a note; its text comes on stdin (after the passphrase line with --passphrase-stdin)",
    )
    p.add_argument(
        "--mentee",
        required=True,
        metavar="NAME",
        help="name or alias of the mentee ('-': the line of stdin before the text)",
    )
    p.add_argument(
        "--sign", action="store_true", help="sign it now (read-only afterwards); default: draft"
    )
    p.add_argument("--kind", default="practical support", metavar="KIND", help="kind of session")
    p.add_argument(
        "--modality",
        default="in person",
        metavar="HOW",
        help="in person, phone, video, text or email",
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="date of the session (default: today)")
