"""Session note commands: note add (the text on stdin)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TypeGuard

from peerdesk.cli.common import (
    EXIT_OK,
    QT_TRANSLATE_NOOP,
    CliError,
    Registry,
    Secrets,
    open_quick,
    text_for,
)

if TYPE_CHECKING:
    from peerdesk.core.vault.direct import DirectVault


def cmd_add(args: argparse.Namespace, secrets: Secrets) -> int:
    """The quick way (services/quick.py, no ORM) when the vault allows, a draft or a
    signed note (signing's rules are services/signing.py, which both paths share); else
    the ORM services."""
    from datetime import date

    from peerdesk.core.services.drafts import NoteDraft

    with open_quick(args, secrets) as vault:
        name = secrets.given(
            args.mentee, QT_TRANSLATE_NOOP("core", "Name")
        )  # '-': the line before the note's text
        body = secrets.rest()
        if not body.strip():
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the note's text comes on stdin (after the passphrase line); it was empty",
                )
            )
        draft = NoteDraft(
            participant_ids=[],
            occurred_on=date.fromisoformat(args.date) if args.date else date.today(),
            modality=args.modality,
            kind=args.kind,
            did=body.strip("\n"),
        )
        if _is_direct(vault):
            from peerdesk.core.services import quick

            draft.participant_ids = [quick.find_mentee(vault, name=name)]
            add = quick.add_signed if args.sign else quick.add_draft
            note_id = add(vault, draft=draft)
        else:
            from peerdesk.core.services import mentees, notes

            draft.participant_ids = [mentees.find_mentee(vault, name=name)]
            note_id = notes.save_draft(vault, draft=draft)
            if args.sign:
                notes.sign_note(vault, note_id=note_id)
    if args.sign:
        print(text_for(args, QT_TRANSLATE_NOOP("core", "Signed note {id}."), id=note_id))
    else:
        print(text_for(args, QT_TRANSLATE_NOOP("core", "Saved draft note {id}."), id=note_id))
    return EXIT_OK


def _is_direct(vault: object) -> TypeGuard[DirectVault]:
    from peerdesk.core.vault.direct import DirectVault

    return isinstance(vault, DirectVault)


def register(commands: Registry) -> None:
    group = commands.group(
        "note",
        QT_TRANSLATE_NOOP("core", "add a session note"),
        QT_TRANSLATE_NOOP("core", "Add a session note."),
        metavar=QT_TRANSLATE_NOOP("core", "ACTION"),
    )
    p = group.command(
        "add",
        cmd_add,
        QT_TRANSLATE_NOOP(
            "core",
            "add a note; its text comes on stdin (after the passphrase line with --passphrase-stdin)",
        ),
        quick=True,
    )
    p.add_argument(
        "--mentee",
        required=True,
        metavar=QT_TRANSLATE_NOOP("core", "NAME"),
        help=QT_TRANSLATE_NOOP(
            "core", "name or alias of the mentee ('-': the line of stdin before the text)"
        ),
    )
    p.add_argument(
        "--sign",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "sign it now (read-only afterwards); default: draft"),
    )
    p.add_argument(
        "--kind",
        default="practical support",
        metavar=QT_TRANSLATE_NOOP("core", "KIND"),
        help=QT_TRANSLATE_NOOP("core", "kind of session"),
    )
    p.add_argument(
        "--modality",
        default="in person",
        metavar=QT_TRANSLATE_NOOP("core", "HOW"),
        help=QT_TRANSLATE_NOOP("core", "in person, phone, video, text or email"),
    )
    p.add_argument(
        "--date",
        metavar=QT_TRANSLATE_NOOP("core", "YYYY-MM-DD"),
        help=QT_TRANSLATE_NOOP("core", "date of the session (default: today)"),
    )
