"""The `peerdesk` commands, headless: parse, call a service, print, exit code.

One module per command group (vault, mentee, note, search, directory, export,
calendar). Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase, 4 integrity
failure. Errors are one line on stderr (a traceback only with --debug). Heavy imports
happen inside the commands that need them, so `peerdesk version` starts fast. This
package never imports ui/ or Qt widgets: without a command, peerdesk.launch passes
in the app to start.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from peerdesk import __version__
from peerdesk.cli import common
from peerdesk.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    QT_TRANSLATE_NOOP,
    ArgParser,
    CliError,
    Registry,
    Secrets,
    start_logging,
    surely_english,
    text_for,
    vault_path,
)

App = Callable[[argparse.Namespace], int]


def cmd_version(args: argparse.Namespace, secrets: Secrets) -> int:
    print(f"peerdesk {__version__}")
    return EXIT_OK


# The command groups (modules of this package) in the order --help lists them, and the
# top-level command words each registers (tests/cli check this against the modules).
GROUPS = (
    "vault",
    "mentee",
    "note",
    "records",
    "search",
    "directory",
    "export",
    "calendar",
    "keys",
    "supervision",
)
GROUP_OF = {
    "init": "vault",
    "check": "vault",
    "passwd": "vault",
    "backup": "vault",
    "restore": "vault",
    "mentee": "mentee",
    "note": "note",
    "notes": "records",
    "import": "records",
    "search": "search",
    "directory": "directory",
    "export": "export",
    "open-packet": "export",
    "calendar": "calendar",
    "keys": "keys",
    "supervision": "supervision",
}


def named_group(argv: Sequence[str]) -> str | None:
    """The group of the command ``argv`` names, when that is certain without parsing:
    only --debug and --vault DIR (or --vault=DIR) come before the command word. Else
    None (no command, --help, an abbreviated option...): every group is registered."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--debug" or token.startswith("--vault="):
            continue
        if token == "--vault":
            next(tokens, None)
            continue
        return GROUP_OF.get(token)
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Given ``argv`` that names a command, only that
    command's group is imported and registered (argparse needs no other to parse it;
    importing and registering all ten costs a scripted command ~10 ms)."""
    common = ArgParser(add_help=False)
    common.add_argument(
        "--vault",
        metavar=QT_TRANSLATE_NOOP("core", "DIR"),
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "core", "vault folder (default: PEERDESK_VAULT or your data folder)"
        ),
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("core", "show tracebacks and log at DEBUG level"),
    )

    secret = ArgParser(add_help=False)
    secret.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "core", "read the passphrase from standard input (one per line) instead of a prompt"
        ),
    )

    parser = ArgParser(
        prog="peerdesk",
        parents=[common],
        description=QT_TRANSLATE_NOOP(
            "core",
            "An offline, encrypted desk for peer mentors. Without a command, starts the app.",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "start the app on a throwaway demo vault"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "check this installation headless, then exit"),
    )
    commands = Registry(
        parser.add_subparsers(dest="command", metavar=QT_TRANSLATE_NOOP("core", "COMMAND")),
        common,
        secret,
    )
    named = None if argv is None else named_group(argv)
    for group in GROUPS if named is None else (named,):
        importlib.import_module(f"peerdesk.cli.{group}").register(commands)
    commands.command(
        "version", cmd_version, QT_TRANSLATE_NOOP("core", "print the version"), needs_secret=False
    )
    return parser


def main(argv: Sequence[str] | None = None, *, app: App | None = None) -> int:
    """Run one command; without one, ``app`` (the GUI, passed in by peerdesk.launch)."""
    argv = sys.argv[1:] if argv is None else argv
    common.ARGV[:] = argv  # the language of help and usage errors (common.words)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    args.vault = getattr(args, "vault", None)
    args.debug = getattr(args, "debug", False)
    if getattr(args, "command", None) == "version":
        return cmd_version(args, Secrets(False))
    func = getattr(args, "func", None)
    if func is None and app is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE

    from peerdesk.core.errors import PeerdeskError

    if not getattr(args, "quick", False):
        start_logging(args.debug)
    # else the command's quick path logs nothing; common.open_vault starts logging when
    # it hands over to the full Vault (which may log), and so does an unexpected error.
    try:
        if func is None:
            assert app is not None
            return app(args)
        if not surely_english(args):  # data files (profiles, templates) in that language too
            from peerdesk.core import messages

            messages.set_content_language(messages.language_for(vault_path(args)))
        secrets = Secrets(
            getattr(args, "passphrase_stdin", False),
            text=lambda template: text_for(args, template),  # prompts in the mentor's language
        )
        code: int = func(args, secrets)
        return code
    except CliError as exc:  # in the mentor's language where core's catalogue has it
        return fail(_error_text(args, exc), EXIT_USAGE, args.debug)
    except PeerdeskError as exc:
        return fail(_error_text(args, exc), exc.exit_code, args.debug)
    except KeyboardInterrupt:
        text = text_for(args, QT_TRANSLATE_NOOP("core", "interrupted; nothing was changed"))
        return fail(text, EXIT_ERROR, args.debug)
    except Exception as exc:
        import logging

        start_logging(args.debug)
        logging.getLogger("peerdesk.cli").exception("unexpected error")
        text = text_for(
            args,
            QT_TRANSLATE_NOOP("core", "unexpected error ({name}); run with --debug for details"),
            name=type(exc).__name__,
        )
        return fail(text, EXIT_ERROR, args.debug)


def _error_text(args: argparse.Namespace, exc: Exception) -> str:
    """What an error says, in the mentor's language: a CliError's template, a Message core
    wrote, or a plain line that core's catalogue has (else as it is)."""
    from peerdesk.core.messages import Message, looked_up

    if isinstance(exc, CliError):
        message: object = Message(exc.template, **exc.fields)
    else:
        message = exc.args[0] if len(exc.args) == 1 else None
        if isinstance(message, str):
            message = looked_up(message)
    if not isinstance(message, Message):
        return str(exc)
    from peerdesk.cli.common import said

    return said(args)(message)


def fail(message: str, code: int, debug: bool) -> int:
    """One line on stderr (and the traceback with --debug); returns the exit code."""
    if debug:
        import traceback

        traceback.print_exc()
    first = message.strip().splitlines()[0] if message.strip() else "error"
    print(f"peerdesk: {first}", file=sys.stderr)
    return code
