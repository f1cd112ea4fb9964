"""The `peerdesk` command: starts the app, or runs one vault task headless.

Thin by design: parse, call the core, print, exit. Exit codes: 0 ok, 1 error,
2 usage, 3 wrong passphrase, 4 integrity failure. Errors are one line on stderr
(a traceback only with --debug). Heavy imports (Qt, SQLAlchemy) happen inside
the commands that need them, so `peerdesk version` starts fast.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from peerdesk import __version__

if TYPE_CHECKING:
    from peerdesk.core.vault import Vault

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A usage problem found after parsing (exit 2)."""


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, like every other peerdesk error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"peerdesk: {message} (see `{self.prog} --help`)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


# --- passphrases ------------------------------------------------------------------------


class Secrets:
    """Reads secrets from a TTY prompt, or line by line from stdin with --passphrase-stdin.

    Never from an argument or an environment variable: those end up in shell
    history and process listings.
    """

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._lines: Iterator[str] | None = None
        self._stdin = stdin or sys.stdin

    def _next_line(self) -> str:
        if self._lines is None:
            self._lines = iter(self._stdin.readline, "")
        line = next(self._lines, None)
        if line is None:
            raise CliError("expected another line on stdin (a passphrase)")
        return line.rstrip("\r\n")

    def rest(self) -> str:
        """Everything left on stdin (a note's body after the passphrase line)."""
        if self._lines is None:
            return self._stdin.read()
        return "".join(self._lines)

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            return self._next_line()
        if not sys.stdin.isatty():
            raise CliError("no terminal to ask for the passphrase; use --passphrase-stdin")
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str) -> str:
        from peerdesk.core.vault.keys import check_passphrase_rules

        first = self.ask(prompt)
        check_passphrase_rules(first)
        if not self.from_stdin and self.ask("Type it again: ") != first:
            raise CliError("the two passphrases differ; nothing was changed")
        return first


# --- commands -----------------------------------------------------------------------------


def _vault_path(args: argparse.Namespace) -> Path:
    from peerdesk.core.paths import default_vault_dir

    return Path(args.vault).expanduser() if args.vault else default_vault_dir()


def _open(args: argparse.Namespace, secrets: Secrets) -> Vault:
    from peerdesk.core.errors import VaultNotFound
    from peerdesk.core.services import session
    from peerdesk.core.vault import Vault

    vault = Vault(_vault_path(args))
    if not vault.exists():
        raise VaultNotFound(
            "there is no peerdesk vault there yet (create one with `peerdesk init`)"
        )
    vault.claim()
    try:
        if getattr(args, "recovery_key", False):
            session.unlock_with_recovery_key(vault, recovery_key=secrets.ask("Recovery key: "))
        else:
            session.unlock(vault, passphrase=secrets.ask("Passphrase: "))
    except BaseException:
        vault.close()
        raise
    return vault


def cmd_init(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session
    from peerdesk.core.vault import Vault

    vault = Vault(_vault_path(args))
    passphrase = secrets.ask_new("New passphrase (at least 10 characters): ")
    try:
        recovery = session.create_vault(
            vault, passphrase=passphrase, remember_device=args.remember_device
        )
    finally:
        vault.close()
    print(f"Created a new vault in {vault.path}")
    print("Your recovery key (shown only this once; write it down and keep it somewhere safe):")
    print(f"    {recovery}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.errors import IntegrityError
    from peerdesk.core.services import integrity, mentees

    with _open(args, secrets) as vault:
        problems = integrity.check(vault)
        count = len(mentees.list_mentees(vault, include_archived=True))
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise IntegrityError(f"integrity check failed: {problems[0]}{more}")
    print(f"Vault OK: encrypted pages, structure and activity log intact; {count} mentees.")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session

    with _open(args, secrets) as vault:
        new = secrets.ask_new("New passphrase: ")
        session.set_passphrase(vault, new_passphrase=new)
    print("Passphrase changed. The old one no longer opens this vault.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise CliError("OUT is a folder; give a file name, e.g. peerdesk-2026-11.pdbackup")
    with _open(args, secrets) as vault:
        info = session.backup(vault, out=out)
    print(f"Backup written and verified: {out} ({info.size:,} bytes)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session
    from peerdesk.core.vault import Vault

    vault = Vault(_vault_path(args))
    vault.claim()
    try:
        label = (
            "Recovery key of the backup: " if args.recovery_key else "Passphrase of the backup: "
        )
        secret = secrets.ask(label)
        session.restore(
            vault,
            backup_file=Path(args.input).expanduser(),
            secret=secret,
            recovery=args.recovery_key,
        )
    finally:
        vault.close()
    print(f"Restored into {vault.path}. The vault it replaced (if any) is kept in backups/.")
    return EXIT_OK


def cmd_mentee_add(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import mentees

    with _open(args, secrets) as vault:
        mentee_id = mentees.add_mentee(
            vault,
            record=mentees.MenteeRecord(display_name=args.name, aliases=list(args.alias or [])),
        )
    print(f"Added mentee {mentee_id}.")
    return EXIT_OK


def cmd_mentee_list(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import mentees

    with _open(args, secrets) as vault:
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
    for m in rows:
        aliases = f" ({', '.join(m.aliases)})" if m.aliases else ""
        flags = " [archived]" if m.archived else ""
        print(
            f"{m.id:>5}  {m.display_name}{aliases}  {m.support_style.value}, {m.status.value}{flags}"
        )
    if not rows:
        print("No mentees yet.")
    return EXIT_OK


def cmd_note_add(args: argparse.Namespace, secrets: Secrets) -> int:
    from datetime import date

    from peerdesk.core.services import mentees, notes

    with _open(args, secrets) as vault:
        body = secrets.rest()
        if not body.strip():
            raise CliError(
                "the note's text comes on stdin (after the passphrase line); it was empty"
            )
        mentee_id = mentees.find_mentee(vault, name=args.mentee)
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


def cmd_search(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import mentees, notes, search

    with _open(args, secrets) as vault:
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


def cmd_mentee_handover(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.formats.handover import handover_summary
    from peerdesk.core.services import mentees

    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".pdf", ".md", ".txt"):
        raise CliError("OUT must end in .pdf, .md or .txt")
    with _open(args, secrets) as vault:
        doc = handover_summary(vault, mentee_id=mentees.find_mentee(vault, name=args.name))
    if out.suffix.lower() == ".pdf":
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from peerdesk.render.pdf import write_pdf

        _app = QGuiApplication.instance() or QGuiApplication([])
        write_pdf(doc, out)
    else:
        out.write_text(doc.to_text(), encoding="utf-8")
    print(f"Hand-over summary written to {out}. Read it through with them before sharing.")
    return EXIT_OK


def cmd_directory_import(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.formats import hsds

    parsed = hsds.read_hsds(Path(args.file).expanduser())  # a broken file fails before unlock
    with _open(args, secrets) as vault:
        plan = hsds.plan_import(vault, parsed)
        print(plan.summary() + ".")
        for note in plan.notes:
            print(f"note: {note}")
        shown = plan.issues[: args.max_errors]
        for issue in shown:
            print(f"  {issue}")
        hidden = len(plan.issues) - len(shown) + plan.issues_dropped
        if hidden:
            print(f"  ... and {hidden:,} more problems")
        if not plan.to_write:
            print("Nothing to import.")
            return EXIT_OK if not plan.invalid else EXIT_ERROR
        if not args.yes:
            if not sys.stdin.isatty() or secrets.from_stdin:
                raise CliError(
                    "not imported: check the preview above, then run again with --yes to import"
                )
            answer = (
                input(f"Import {hsds.plural(plan.to_write, 'service')}? [y/N] ").strip().lower()
            )
            if answer not in ("y", "yes"):
                print("Nothing was imported.")
                return EXIT_OK
        written = hsds.apply_import(vault, plan)
    skipped = f"; {plan.invalid:,} with problems left out" if plan.invalid else ""
    print(f"Imported {hsds.plural(written, 'service')}{skipped}.")
    return EXIT_OK


def cmd_directory_export(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.formats import hsds

    out = Path(args.out).expanduser()
    with _open(args, secrets) as vault:
        count = hsds.export_hsds(vault, format=args.format, out=out)
    print(
        f"Exported {hsds.plural(count, 'service')} ({args.format}) to {out}. "
        "No mentee data is in it."
    )
    return EXIT_OK


def _pdf_writer():
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from peerdesk.render.pdf import write_pdf

    _pdf_writer.app = QGuiApplication.instance() or QGuiApplication([])  # type: ignore[attr-defined]
    return write_pdf


def cmd_export_supervision(args: argparse.Namespace, secrets: Secrets) -> int:
    from datetime import date

    from peerdesk.core.formats import supervision
    from peerdesk.core.services import mentees

    try:
        start, end = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
    except ValueError:
        raise CliError("--from and --to take dates as YYYY-MM-DD") from None
    out = Path(args.out).expanduser()
    with _open(args, secrets) as vault:
        ids = tuple(mentees.find_mentee(vault, name=n) for n in args.mentee or [])
        available = supervision.available_sections(vault)
        sections = tuple(args.section or ("activity", "flagged_notes"))
        unknown = [name for name in sections if name not in available]
        if unknown:
            raise CliError("--section can be: " + ", ".join(available))
        request = supervision.ExportRequest(
            start, end, mentee_ids=ids, sections=sections, format=args.format
        )
        prepared = supervision.prepare(vault, request=request)
        passphrase = secrets.ask_new("Packet passphrase: ") if args.packet else None
        result = supervision.write_export(
            vault,
            prepared=prepared,
            out=out,
            pdf_writer=_pdf_writer() if args.format == "pdf" else None,
            packet_passphrase=passphrase,
        )
    kind = "encrypted packet" if args.packet else args.format.upper()
    print(
        f"Supervision summary ({kind}, {prepared.note_count} notes, "
        f"{prepared.flagged_count} flagged) written to {out}; checked for known names."
    )
    print(f"SHA-256 {result.sha256}")
    return EXIT_OK


def cmd_open_packet(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.formats import packet, supervision

    try:
        raw = Path(args.file).expanduser().read_bytes()
    except OSError:
        raise CliError("cannot read that packet file") from None
    content, data = packet.open_packet(raw, secrets.ask("Packet passphrase: "))
    out = Path(args.out).expanduser()
    supervision._atomic_write(out, data)
    print(f"Opened a {content.upper()} export into {out}.")
    return EXIT_OK


def cmd_calendar_export(args: argparse.Namespace, secrets: Secrets) -> int:
    from datetime import date, timedelta

    from peerdesk.core.services import calendar_export

    try:
        start = date.fromisoformat(args.date_from) if args.date_from else date.today()
        end = date.fromisoformat(args.date_to) if args.date_to else start + timedelta(days=366)
    except ValueError:
        raise CliError("--from and --to take dates as YYYY-MM-DD") from None
    if end < start:
        raise CliError("--to is before --from")
    out = Path(args.out).expanduser()
    with _open(args, secrets) as vault:
        count = calendar_export.export_ics(
            vault, out=out, date_from=start, date_to=end, full_names=args.full_names
        )
    names = "full names" if args.full_names else "initials only"
    print(f"Exported {count} planned meetings ({names}) to {out}.")
    return EXIT_OK


def cmd_version(args: argparse.Namespace, secrets: Secrets) -> int:
    print(f"peerdesk {__version__}")
    return EXIT_OK


def run_gui(args: argparse.Namespace) -> int:
    from peerdesk.core.errors import VaultBusy
    from peerdesk.core.vault import Vault
    from peerdesk.ui.app import notify_running_instance
    from peerdesk.ui.app import run_gui as start

    if args.demo:
        return run_demo()
    if args.self_test:
        return run_self_test()
    vault = Vault(_vault_path(args))
    try:
        vault.claim()
    except VaultBusy:
        if notify_running_instance(vault.path):
            print("peerdesk is already open on this vault; its window was brought forward.")
            return EXIT_OK
        raise
    try:
        return start(vault)
    finally:
        vault.close()


def run_self_test() -> int:
    """Headless end-to-end check of an installed or bundled peerdesk (no display needed)."""
    import os
    import secrets as random
    import shutil
    import tempfile
    from datetime import date

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from peerdesk.core.services import integrity, mentees, notes, search, session
    from peerdesk.core.vault import Vault
    from peerdesk.core.vault.keys import calibrate

    folder = Path(tempfile.mkdtemp(prefix="peerdesk-selftest-"))
    passphrase = "self test " + random.token_hex(8)
    try:
        vault = Vault(folder / "vault")
        session.create_vault(vault, passphrase=passphrase, kdf=calibrate(0))
        mentee = mentees.add_mentee(vault, record=mentees.MenteeRecord(display_name="Test Person"))
        draft = notes.NoteDraft(
            participant_ids=[mentee], occurred_on=date.today(), did="self-test bus trip"
        )
        note_id = notes.save_draft(vault, draft=draft)
        notes.sign_note(vault, note_id=note_id)
        session.lock(vault)
        session.unlock(vault, passphrase=passphrase)
        assert notes.get_note(vault, note_id=note_id).did == "self-test bus trip"
        assert [h.id for h in search.search_notes(vault, query="bus")] == [note_id]
        assert integrity.check(vault) == []
        # The bundled data the features load lazily: HSDS seed + schemas, phone metadata.
        from peerdesk.core.formats import supervision
        from peerdesk.core.services import directory

        assert directory.ensure_seed(vault) > 0
        request = supervision.ExportRequest(date.today(), date.today(), format="md")
        text = supervision.prepare(vault, request=request).content("md")
        assert "Test Person" not in text and "Mentee A" in text
        from peerdesk.ui.app import build_gui

        gui = build_gui(vault)
        gui.window.close()
        gui.server.close()
        vault.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(
        f"peerdesk {__version__} self-test passed: vault, note, search, lock, unlock, check, directory, export, Qt."
    )
    return EXIT_OK


def run_demo() -> int:
    import shutil
    import tempfile

    from peerdesk.core.demo import DEMO_PASSPHRASE, create_demo_vault
    from peerdesk.ui.app import run_gui as start

    folder = Path(tempfile.mkdtemp(prefix="peerdesk-demo-"))
    try:
        vault = create_demo_vault(folder / "vault")
        print(f"Demo vault with fictional people (deleted on exit). Passphrase: {DEMO_PASSPHRASE}")
        try:
            return start(vault, demo_passphrase=DEMO_PASSPHRASE)
        finally:
            vault.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- parser -------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--vault",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="vault folder (default: PEERDESK_VAULT or your data folder)",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show tracebacks and log at DEBUG level",
    )

    secret = _Parser(add_help=False)
    secret.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from standard input (one per line) instead of a prompt",
    )

    parser = _Parser(
        prog="peerdesk",
        parents=[common],
        description="An offline, encrypted desk for peer mentors. Without a command, starts the app.",
    )
    parser.add_argument(
        "--demo", action="store_true", help="start the app on a throwaway demo vault"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation headless, then exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, func: Callable, help_text: str, *, needs_secret: bool = True
    ) -> argparse.ArgumentParser:
        parents = [common, secret] if needs_secret else [common]
        p = sub.add_parser(name, parents=parents, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    p = add("init", cmd_init, "create a new vault")
    p.add_argument(
        "--remember-device", action="store_true", help="keep a device key in the system keyring"
    )
    p = add("check", cmd_check, "verify the vault's encryption, structure and activity log")
    p.add_argument("--recovery-key", action="store_true", help="open with the recovery key instead")
    p = add("passwd", cmd_passwd, "change the passphrase (stdin: current, then new)")
    p.add_argument(
        "--recovery-key", action="store_true", help="prove it with the recovery key instead"
    )
    p = add("backup", cmd_backup, "write an encrypted, verified backup file")
    p.add_argument("out", metavar="OUT", help="backup file to write")
    p = add(
        "restore", cmd_restore, "replace the vault with a backup (the old one is kept in backups/)"
    )
    p.add_argument("input", metavar="IN", help="backup file to read")
    p.add_argument(
        "--recovery-key", action="store_true", help="open the backup with its recovery key"
    )

    mentee = sub.add_parser(
        "mentee", help="list or add mentees", description="List or add mentees."
    )
    msub = mentee.add_subparsers(dest="mentee_command", metavar="ACTION", required=True)
    p = msub.add_parser("add", parents=[common, secret], help="add a mentee")
    p.add_argument("name", metavar="NAME", help="the name they like to be called")
    p.add_argument(
        "--alias", action="append", metavar="A", help="another name or nickname (repeatable)"
    )
    p.set_defaults(func=cmd_mentee_add)
    p = msub.add_parser("list", parents=[common, secret], help="list mentees")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--all", action="store_true", help="include archived mentees")
    p.set_defaults(func=cmd_mentee_list)
    p = msub.add_parser(
        "handover", parents=[common, secret], help="write a hand-over summary for a new mentor"
    )
    p.add_argument("name", metavar="NAME", help="name or alias of the mentee")
    p.add_argument("--out", required=True, metavar="FILE", help="a .pdf, .md or .txt file to write")
    p.set_defaults(func=cmd_mentee_handover)

    note = sub.add_parser("note", help="add a session note", description="Add a session note.")
    nsub = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    p = nsub.add_parser(
        "add",
        parents=[common, secret],
        help="add a note; its text comes on stdin (after the passphrase line with --passphrase-stdin)",
    )
    p.add_argument("--mentee", required=True, metavar="NAME", help="name or alias of the mentee")
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
    p.set_defaults(func=cmd_note_add)

    p = add("search", cmd_search, "search session notes and addenda")
    p.add_argument("query", metavar="QUERY", help="words to find (each word, as a prefix)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--mentee", metavar="NAME", help="only this mentee's notes")
    p.add_argument("--kind", metavar="KIND", help="only this kind of session")
    p.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")

    directory = sub.add_parser(
        "directory",
        help="import or export the resource directory (Open Referral HSDS 3.0)",
        description="Import or export the resource directory (Open Referral HSDS 3.0).",
    )
    dsub = directory.add_subparsers(dest="directory_command", metavar="ACTION", required=True)
    p = dsub.add_parser(
        "import",
        parents=[common, secret],
        help="preview an HSDS file (JSON, CSV folder, zip or datapackage.json), then import",
    )
    p.add_argument("file", metavar="FILE", help="HSDS JSON file, tabular package folder or zip")
    p.add_argument("--yes", action="store_true", help="import the valid services without asking")
    p.add_argument(
        "--max-errors", type=int, default=50, metavar="N", help="show at most N problems (50)"
    )
    p.set_defaults(func=cmd_directory_import)
    p = dsub.add_parser("export", parents=[common, secret], help="write the directory as HSDS 3.0")
    p.add_argument("--format", required=True, choices=["hsds-json", "hsds-csv"])
    p.add_argument(
        "--out", required=True, metavar="PATH", help="a .json file, or a new folder for CSV"
    )
    p.set_defaults(func=cmd_directory_export)

    export = sub.add_parser(
        "export", help="write a de-identified export", description="Write a de-identified export."
    )
    esub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    p = esub.add_parser(
        "supervision",
        parents=[common, secret],
        help="a de-identified supervision summary (fails closed if a known name remains)",
    )
    p.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--format", required=True, choices=("pdf", "md", "csv", "json"))
    p.add_argument("--out", required=True, metavar="FILE", help="file to write")
    p.add_argument(
        "--mentee", action="append", metavar="NAME", help="only this mentee (repeatable)"
    )
    p.add_argument(
        "--section",
        action="append",
        metavar="NAME",
        help="a section to include (repeatable; default: activity and flagged_notes; "
        "others: selfcare, boundary_events, … as the vault has them)",
    )
    p.add_argument(
        "--packet",
        action="store_true",
        help="encrypt with a packet passphrase (asked next; on stdin after the vault's)",
    )
    p.set_defaults(func=cmd_export_supervision)
    p = add("open-packet", cmd_open_packet, "decrypt an export packet someone sent you")
    p.add_argument("file", metavar="FILE", help="the .pdpacket file")
    p.add_argument("--out", required=True, metavar="PATH", help="where to write its content")

    cal = sub.add_parser(
        "calendar",
        help="export planned meetings as an iCalendar (.ics) file",
        description="Export planned meetings as an iCalendar (.ics) file.",
    )
    csub = cal.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    p = csub.add_parser(
        "export",
        parents=[common, secret],
        help="write planned meetings to an .ics file (initials only unless --full-names)",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    p.add_argument(
        "--full-names",
        action="store_true",
        help="full names, place and purpose (a calendar is often synced to a cloud)",
    )
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="default: a year later")
    p.set_defaults(func=cmd_calendar_export)

    add("version", cmd_version, "print the version", needs_secret=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.vault = getattr(args, "vault", None)
    args.debug = getattr(args, "debug", False)
    if getattr(args, "command", None) == "version":
        return cmd_version(args, Secrets(False))

    from peerdesk.core.errors import PeerdeskError
    from peerdesk.core.logs import setup_logging
    from peerdesk.core.paths import log_dir

    # A read-only home must not stop the app; logs are a convenience.
    with contextlib.suppress(OSError, PeerdeskError):
        setup_logging(log_dir(), debug=args.debug)
    try:
        if getattr(args, "func", None) is None:
            return run_gui(args)
        return args.func(args, Secrets(getattr(args, "passphrase_stdin", False)))
    except CliError as exc:
        return _fail(parser, str(exc), EXIT_USAGE, args.debug)
    except PeerdeskError as exc:
        return _fail(parser, str(exc), exc.exit_code, args.debug)
    except KeyboardInterrupt:
        return _fail(parser, "interrupted; nothing was changed", EXIT_ERROR, args.debug)
    except Exception as exc:
        import logging

        logging.getLogger("peerdesk.cli").exception("unexpected error")
        return _fail(
            parser,
            f"unexpected error ({type(exc).__name__}); run with --debug for details",
            EXIT_ERROR,
            args.debug,
        )


def _fail(parser: argparse.ArgumentParser, message: str, code: int, debug: bool) -> int:
    if debug:
        import traceback

        traceback.print_exc()
    first = message.strip().splitlines()[0] if message.strip() else "error"
    print(f"peerdesk: {first}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
