"""Export commands: the de-identified supervision summary, and opening a sealed packet."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.cli import records
from peerdesk.cli.common import EXIT_OK, CliError, Registry, Secrets, open_vault, parse_day, say
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from peerdesk.core.formats.supervision import Prepared
    from peerdesk.core.vault import Vault


def cmd_supervision(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core import messages
    from peerdesk.core.services import mentees, supervision

    start, end = parse_day(args.date_from), parse_day(args.date_to)
    out = Path(args.out).expanduser()
    if not args.format and not args.seal_to:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "core", "give --format pdf|md|csv|json, or --seal-to KEYNAME to seal it"
            )
        )
    with open_vault(args, secrets) as vault:
        names = [secrets.given(n, QT_TRANSLATE_NOOP("core", "Name")) for n in args.mentee or []]
        ids = tuple(mentees.find_mentee(vault, name=n) for n in names)
        available = supervision.available_sections(vault)
        sections = tuple(args.section or ("activity", "flagged_notes"))
        unknown = [name for name in sections if name not in available]
        if unknown:
            raise CliError(
                QT_TRANSLATE_NOOP("core", "--section can be: {names}"), names=", ".join(available)
            )
        request = supervision.ExportRequest(
            start, end, mentee_ids=ids, sections=sections, format=args.format or "md"
        )
        # The file's headings in the mentor's language: their choice beside the vault, else
        # the system's (LANGUAGE, LC_ALL, LANG), as the GUI decides it.
        translate = messages.catalogue(messages.language_for(vault.path))
        prepared = supervision.prepare(vault, request=request, translate=translate)
        if args.seal_to:
            return _seal_to(args, vault, prepared, args.seal_to, out)
        passphrase = (
            secrets.ask_new(secrets.text(QT_TRANSLATE_NOOP("core", "Packet passphrase: ")))
            if args.packet
            else None
        )
        if args.format == "pdf":
            from peerdesk.render.pdf import headless_writer

            pdf_writer = headless_writer()
        else:
            pdf_writer = None
        result = supervision.write_export(
            vault,
            prepared=prepared,
            out=out,
            pdf_writer=pdf_writer,
            packet_passphrase=passphrase,
        )
    kind = (
        Message(QT_TRANSLATE_NOOP("core", "encrypted packet"))
        if args.packet
        else args.format.upper()
    )
    say(
        args,
        QT_TRANSLATE_NOOP(
            "core",
            "Supervision summary ({kind}, {notes} notes, {flagged} flagged) written to {out}; "
            "checked for known names.",
        ),
        kind=kind,
        notes=prepared.note_count,
        flagged=prepared.flagged_count,
        out=out,
    )
    print(f"SHA-256 {result.sha256}")
    return EXIT_OK


def _seal_to(
    args: argparse.Namespace, vault: Vault, prepared: Prepared, name: str, out: Path
) -> int:
    from peerdesk.core.services import keys, supervision_loop
    from peerdesk.core.vault.files import atomic_write

    target = keys.find_trusted(vault, name=name)
    sealed = supervision_loop.seal_prepared(vault, prepared=prepared, to_key_id=target.id)
    atomic_write(out, sealed.data)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "core",
            "Supervision summary ({notes} notes, {flagged} flagged) sealed to “{name}” "
            "({fingerprint}) and written to {out}; checked for known names. Only their vault "
            "can open it.",
        ),
        notes=prepared.note_count,
        flagged=prepared.flagged_count,
        name=target.name,
        fingerprint=target.fingerprint,
        out=out,
    )
    return EXIT_OK


def cmd_open_packet(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import supervision

    try:
        raw = Path(args.file).expanduser().read_bytes()
    except OSError:
        raise CliError(QT_TRANSLATE_NOOP("core", "cannot read that packet file")) from None
    out = Path(args.out).expanduser()
    content = supervision.open_packet(
        raw=raw,
        passphrase=secrets.ask(secrets.text(QT_TRANSLATE_NOOP("core", "Packet passphrase: "))),
        out=out,
    )
    say(
        args,
        QT_TRANSLATE_NOOP("core", "Opened a {kind} export into {out}."),
        kind=content.upper(),
        out=out,
    )
    return EXIT_OK


def register(commands: Registry) -> None:
    group = commands.group(
        "export",
        QT_TRANSLATE_NOOP("core", "write a de-identified export"),
        QT_TRANSLATE_NOOP("core", "Write a de-identified export."),
        metavar=QT_TRANSLATE_NOOP("core", "WHAT"),
    )
    p = group.command(
        "supervision",
        cmd_supervision,
        QT_TRANSLATE_NOOP(
            "core", "a de-identified supervision summary (fails closed if a known name remains)"
        ),
    )
    p.add_argument(
        "--from", dest="date_from", required=True, metavar=QT_TRANSLATE_NOOP("core", "YYYY-MM-DD")
    )
    p.add_argument(
        "--to", dest="date_to", required=True, metavar=QT_TRANSLATE_NOOP("core", "YYYY-MM-DD")
    )
    p.add_argument(
        "--format",
        choices=("pdf", "md", "csv", "json"),
        help=QT_TRANSLATE_NOOP("core", "required unless --seal-to"),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar=QT_TRANSLATE_NOOP("core", "FILE"),
        help=QT_TRANSLATE_NOOP("core", "file to write"),
    )
    p.add_argument(
        "--mentee",
        action="append",
        metavar=QT_TRANSLATE_NOOP("core", "NAME"),
        help=QT_TRANSLATE_NOOP("core", "only this mentee (repeatable)"),
    )
    p.add_argument(
        "--section",
        action="append",
        metavar=QT_TRANSLATE_NOOP("core", "NAME"),
        help=QT_TRANSLATE_NOOP(
            "core",
            "a section to include (repeatable; default: activity and flagged_notes; "
            "others: selfcare, boundary_events, … as the vault has them)",
        ),
    )
    p.add_argument(
        "--seal-to",
        metavar=QT_TRANSLATE_NOOP("core", "KEYNAME"),
        help=QT_TRANSLATE_NOOP(
            "core",
            "seal it to a trusted key (see `peerdesk keys show`) instead of writing --format",
        ),
    )
    p.add_argument(
        "--packet",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "core", "encrypt with a packet passphrase (asked next; on stdin after the vault's)"
        ),
    )
    p = commands.command(
        "open-packet",
        cmd_open_packet,
        QT_TRANSLATE_NOOP("core", "decrypt an export packet someone sent you"),
    )
    p.add_argument(
        "file",
        metavar=QT_TRANSLATE_NOOP("core", "FILE"),
        help=QT_TRANSLATE_NOOP("core", "the .pdpacket file"),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar=QT_TRANSLATE_NOOP("core", "PATH"),
        help=QT_TRANSLATE_NOOP("core", "where to write its content"),
    )
    records.register_export(group)
