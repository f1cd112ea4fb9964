"""What every command shares: the parser class, reading secrets, opening the vault."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from peerdesk.core.records import Record

if TYPE_CHECKING:
    from peerdesk.core.messages import Translate
    from peerdesk.core.vault import Vault
    from peerdesk.core.vault.direct import DirectVault

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A usage problem found after parsing (exit 2): a template of core's catalogue
    (marked QT_TRANSLATE_NOOP("core", ...)) and its fields, shown in the mentor's
    language; ``str()`` is the English."""

    def __init__(self, template: str, **fields: Any) -> None:
        super().__init__(template.format(**fields) if fields else template)
        self.template = template
        self.fields = fields


def terminal_columns() -> int:
    """The terminal's width as shutil.get_terminal_size gives it (COLUMNS, else the
    terminal of stdout, else 80), without importing shutil."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class HelpFormatter(argparse.HelpFormatter):
    """argparse's own, told the width. argparse makes a formatter for every argument
    added, and left to itself each asks shutil, whose import (with the compression
    modules it pulls in) was ~5 ms of a cold `peerdesk search`."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = terminal_columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)

    # Help in the mentor's language: the texts stay English on the parser and are looked
    # up only here, when help is shown (see peerdesk.cli.language).
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = words("usage: ")
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(words(heading) if heading else heading)

    def _format_text(self, text: str) -> str:
        return super()._format_text(words(text))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return words(action.help) if action.help else action.help

    def format_help(self) -> str:
        self._showing = True  # metavars are formatted while parsing too: those stay as they are
        return super().format_help()

    def _metavar_formatter(self, action: argparse.Action, default_metavar: str) -> Any:
        formatter = super()._metavar_formatter(action, default_metavar)
        if not getattr(self, "_showing", False):
            return formatter
        return lambda size: tuple(words(m) for m in formatter(size))


class ArgParser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, like every other peerdesk error."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        if not _argv_english():
            from peerdesk.cli import language

            t = _argv_translator()
            message = language.argparse_error(message, t)
            line = t(language.Message(language.SEE_HELP, message=message, prog=self.prog))
        else:
            line = f"{message} (see `{self.prog} --help`)"
        print(f"peerdesk: {line}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


# The command line being parsed (peerdesk.cli.main sets it): the vault it names decides
# the language of help and usage errors, which argparse writes before any Namespace.
ARGV: list[str] = []


def vault_named(argv: list[str]) -> str | None:
    """The folder ``argv`` names with --vault DIR or --vault=DIR (the last, as argparse
    takes it), if any."""
    vault = None
    for i, token in enumerate(argv):
        if token == "--":
            break
        if token == "--vault" and i + 1 < len(argv):
            vault = argv[i + 1]
        elif token.startswith("--vault="):
            vault = token.partition("=")[2]
    return vault


def _argv_english() -> bool:
    return surely_english(argparse.Namespace(vault=vault_named(ARGV)))


def _argv_translator() -> Translate:
    from peerdesk.cli import language

    key = tuple(ARGV)
    if key not in _translators:
        _translators[key] = language.translator_for_argv(ARGV)
    return _translators[key]


_translators: dict[tuple[str, ...], Translate] = {}


def words(text: str) -> str:
    """A help text or one of argparse's words, in the language of the command line."""
    if _argv_english():
        return text
    from peerdesk.cli.language import translate

    return translate(text, _argv_translator())


class Secrets:
    """Reads secrets from a TTY prompt, or line by line from stdin with --passphrase-stdin.

    Never from an argument or an environment variable: those end up in shell
    history and process listings.
    """

    def __init__(
        self,
        from_stdin: bool,
        stdin: TextIO | None = None,
        text: Callable[[str], str] | None = None,
    ) -> None:
        self.from_stdin = from_stdin
        self._lines: Iterator[str] | None = None
        self._stdin = stdin or sys.stdin
        # a prompt's template (marked for core's catalogue) -> the mentor's language
        self.text: Callable[[str], str] = text or (lambda template: template)

    def _next_line(self, what: str = "") -> str:
        """``what``: the template of what the line holds ("Name"); a passphrase if empty."""
        if self._lines is None:
            self._lines = iter(self._stdin.readline, "")
        line = next(self._lines, None)
        if line is None:
            if not what:
                raise CliError(
                    QT_TRANSLATE_NOOP("core", "expected another line on stdin (a passphrase)")
                )
            raise CliError(
                QT_TRANSLATE_NOOP("core", "expected another line on stdin ({what})"),
                what=self.text(what).lower(),
            )
        return line.rstrip("\r\n")

    def given(self, value: str, label: str) -> str:
        """A name or query as given, or, when given as ``-``, read so that it stays out of
        the process list and the shell history: asked at the terminal, else the next line
        of stdin (after the passphrase when that comes from stdin too)."""
        if value != "-":
            return value
        if not self.from_stdin and self._stdin.isatty():
            return input(self.text(label) + ": ").strip()
        return self._next_line(label).strip()

    def rest(self) -> str:
        """Everything left on stdin (a note's body after the passphrase line)."""
        if self._lines is None:
            return self._stdin.read()
        return "".join(self._lines)

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            return self._next_line()
        if not sys.stdin.isatty():
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "core", "no terminal to ask for the passphrase; use --passphrase-stdin"
                )
            )
        import getpass

        return getpass.getpass(prompt)

    def ask_new(self, prompt: str) -> str:
        from peerdesk.core.vault.keys import check_passphrase_rules

        first = self.ask(prompt)
        check_passphrase_rules(first)
        again = self.text(QT_TRANSLATE_NOOP("core", "Type it again: "))
        if not self.from_stdin and self.ask(again) != first:
            raise CliError(
                QT_TRANSLATE_NOOP("core", "the two passphrases differ; nothing was changed")
            )
        return first


Command = Callable[[argparse.Namespace, Secrets], int]


class Registry(Record):
    """Where a command group adds its commands: a subparsers action plus the shared
    option parents (--vault/--debug, and --passphrase-stdin for commands that unlock)."""

    sub: Any  # argparse's subparsers action (its class is private to argparse)
    common: argparse.ArgumentParser
    secret: argparse.ArgumentParser
    describe: bool = True  # top-level commands repeat their help as the description

    def command(
        self,
        name: str,
        func: Command,
        help_text: str,
        *,
        needs_secret: bool = True,
        quick: bool = False,
    ) -> argparse.ArgumentParser:
        """``quick``: the command answers through open_quick and logs nothing there, so
        logging starts only if it hands over to the full Vault (see start_logging)."""
        parents = [self.common, self.secret] if needs_secret else [self.common]
        extra = {"description": help_text} if self.describe else {}
        p: argparse.ArgumentParser = self.sub.add_parser(
            name, parents=parents, help=help_text, **extra
        )
        p.set_defaults(func=func, quick=quick)
        return p

    def group(self, name: str, help_text: str, description: str, *, metavar: str) -> Registry:
        """A command with actions below it (``peerdesk mentee add``)."""
        parser = self.sub.add_parser(name, help=help_text, description=description)
        sub = parser.add_subparsers(dest=f"{name}_command", metavar=metavar, required=True)
        return Registry(sub, self.common, self.secret, describe=False)


_logging_started: list[bool] = []


def start_logging(debug: bool) -> None:
    """The log file (opened at its first record), once per process. A command on the
    quick path does without: importing logging alone costs ~15 ms of a ~100 ms start."""
    if _logging_started:
        return
    _logging_started.append(True)
    from peerdesk.core.errors import PeerdeskError
    from peerdesk.core.logs import setup_logging
    from peerdesk.core.paths import log_dir

    # A read-only home must not stop the app; logs are a convenience.
    with contextlib.suppress(OSError, PeerdeskError):
        setup_logging(log_dir, debug=debug)


def vault_path(args: argparse.Namespace) -> Path:
    from peerdesk.core.paths import default_vault_dir

    return Path(args.vault).expanduser() if args.vault else default_vault_dir()


def said(args: argparse.Namespace) -> Translate:
    """What a command tells the mentor, in their language: core's catalogue for the choice
    beside the vault (Settings, the wizard), else the system's (LANGUAGE, LC_ALL, LANG), as
    the GUI decides it. English is the Message itself."""
    import re

    from peerdesk.core import messages

    code = messages.language_for(vault_path(args))
    base = messages.catalogue(code)

    def translate(text: str) -> str:
        # a field with a format spec ({day:%a %d %b}, {size:,}): dates and numbers as the
        # language writes them (peerdesk.cli.language); else the catalogue alone
        if isinstance(text, messages.Message) and re.search(r"\{\w+:", text.template):
            from peerdesk.cli.language import localised

            return localised(base, code)(text)
        return base(text)

    return translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """core.messages' marker, repeated here so that the quick path (``peerdesk search``,
    ``peerdesk note add``) can mark its lines without importing that module."""
    return text


def surely_english(args: argparse.Namespace) -> bool:
    """True when the mentor certainly reads English: English chosen beside the vault, or no
    choice and no other language in LANGUAGE, LC_ALL, LC_MESSAGES, LANG. Found without
    importing core.messages, which the quick path does without; False only means "ask
    core.messages.language_for", which decides as said() does."""
    try:
        code = (vault_path(args) / "language").read_text(encoding="utf-8").strip()
    except OSError:  # "language": core.messages.PREFERENCE_FILE
        code = ""
    if code:
        return code == "en"
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for name in os.environ.get(var, "").split(":"):
            if name.replace("_", "-").split("-")[0].split(".")[0].lower() not in _ENGLISH:
                return False
    return True


_ENGLISH = ("", "c", "posix", "en")


def text_for(args: argparse.Namespace, template: str, **fields: Any) -> str:
    """One line of core's catalogue in the mentor's language, as said() gives it; in English
    without importing core.messages (prompts, and the quick path's lines)."""
    if surely_english(args):
        return template.format(**fields) if fields else template
    from peerdesk.core.messages import Message

    return said(args)(Message(template, **fields))


def vocab_word(args: argparse.Namespace) -> Callable[[str], str]:
    """A word of core.vocab (a status, a kind of session) in the mentor's language; in
    English the word itself, without importing core.messages (the quick path)."""
    if surely_english(args):
        return str
    from peerdesk.core.messages import Message

    t = said(args)
    return lambda value: t(Message(str(value)))


def say(args: argparse.Namespace, template: str, n: int = -1, **fields: Any) -> None:
    """Print one line of core's catalogue (a template marked QT_TRANSLATE_NOOP("core",
    ...)) in the mentor's language (see :func:`said`)."""
    from peerdesk.core.messages import Message

    print(said(args)(Message(template, n, **fields)))


def require_vault(args: argparse.Namespace) -> Path:
    """The vault folder, if a vault is there (checked before any passphrase is asked)."""
    from peerdesk.core.errors import VaultNotFound
    from peerdesk.core.vault.direct import vault_exists

    path = vault_path(args)
    if not vault_exists(path):
        raise VaultNotFound(
            QT_TRANSLATE_NOOP(
                "core", "there is no peerdesk vault there yet (create one with `peerdesk init`)"
            )
        )
    return path


def open_vault(args: argparse.Namespace, secrets: Secrets, *, secret: str | None = None) -> Vault:
    """The vault named by --vault (or the default), claimed and unlocked."""
    from peerdesk.core.services import session
    from peerdesk.core.vault import Vault

    start_logging(getattr(args, "debug", False))
    vault = Vault(require_vault(args))
    vault.claim()
    try:
        if getattr(args, "recovery_key", False):
            result = session.unlock_with_recovery_key(
                vault,
                recovery_key=secret
                if secret is not None
                else secrets.ask(secrets.text(QT_TRANSLATE_NOOP("core", "Recovery key: "))),
            )
        else:
            result = session.unlock(
                vault,
                passphrase=secret
                if secret is not None
                else secrets.ask(secrets.text(QT_TRANSLATE_NOOP("core", "Passphrase: "))),
            )
    except BaseException:
        vault.close()
        raise
    if result.notices:  # an operation cut short and what became of it
        from peerdesk.core.messages import looked_up

        t = said(args)
        for notice in result.notices:
            print(t(looked_up(notice)), file=sys.stderr)
    if result.recovery_key_to_confirm is not None:
        offer_recovery_key(vault, result.recovery_key_to_confirm, secrets, out=sys.stderr)
    return vault


def offer_recovery_key(
    vault: Vault, recovery: str, secrets: Secrets, *, out: TextIO | None = None
) -> None:
    """Show the recovery key, then confirm it: at a terminal once one of its groups is typed
    back, in a script once it was written out whole. Until then every start offers it again
    (the same service the setup wizard confirms through)."""
    from secrets import randbelow

    from peerdesk.core.services import session

    out = out or sys.stdout
    text = secrets.text
    print(
        text(
            QT_TRANSLATE_NOOP(
                "core", "Your recovery key (write it down and keep it somewhere safe):"
            )
        ),
        file=out,
    )
    print(f"    {recovery}", file=out, flush=True)
    if not secrets.from_stdin and sys.stdin.isatty():
        groups = recovery.split("-")
        group = 1 + randbelow(len(groups) - 1)  # a full group of four
        asked = text(
            QT_TRANSLATE_NOOP("core", "To confirm you have it, type group {group} of the key: ")
        )
        typed = input(asked.format(group=group))
        if typed.strip().upper() != groups[group - 1]:
            print(
                text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "That group does not match, so peerdesk will show the key again next time.",
                    )
                ),
                file=sys.stderr,
            )
            return
    session.confirm_recovery_key(vault)


def open_quick(args: argparse.Namespace, secrets: Secrets) -> DirectVault | Vault:
    """For the commands people script: the vault as one raw connection (no ORM import;
    services/quick.py serves it) when it is in its steady state, else the full Vault."""
    from peerdesk.core.services import quick

    path = require_vault(args)
    secret = secrets.ask(secrets.text(QT_TRANSLATE_NOOP("core", "Passphrase: ")))
    direct = quick.open_vault(path, secret)
    return direct if direct is not None else open_vault(args, secrets, secret=secret)


def parse_day(text: str) -> date:
    """A YYYY-MM-DD option as a date, or the one usage line every date option shares."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(
            QT_TRANSLATE_NOOP("core", "--from and --to take dates as YYYY-MM-DD")
        ) from None
