"""The `peerdesk` program: the app without a command, else the CLI.

The only module that sees both ui/ and cli/: the CLI parses the command line and,
when no command is given, calls back into ``start_app`` here.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from peerdesk import cli
from peerdesk.cli.common import EXIT_OK, vault_path


def main(argv: Sequence[str] | None = None, *, fast_exit: bool = True) -> int:
    """Run peerdesk. After a command (not the app), ``fast_exit`` ends the process
    without the interpreter's tear-down; call with False to get the code back."""
    from peerdesk.core.hardening import harden_process

    harden_process()  # before any secret is read: no core dumps, private files
    ran_app = False

    def app(args: argparse.Namespace) -> int:
        nonlocal ran_app
        ran_app = True
        return start_app(args)

    code = cli.main(argv, app=app)
    if fast_exit and not ran_app:
        leave(code)
    return code


def leave(code: int) -> NoReturn:
    """End a finished command now. By this point the vault is closed (every command
    closes it before returning) and its writes are committed; what is left is the
    interpreter freeing every object one by one (~130 ms for SQLAlchemy's), which
    nobody waits for. Flush what is buffered, freeze the heap so no final collection
    runs, and exit with the command's code."""
    import gc

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            code = code or 1
    logging = sys.modules.get("logging")  # a quick-path command never imported it (~7 ms)
    if logging is not None:
        logging.shutdown()
    gc.freeze()
    os._exit(code)


def start_app(args: argparse.Namespace) -> int:
    """The GUI on the chosen vault (or the demo), or the installation's self-test."""
    if args.demo:
        return run_demo()
    if args.self_test:
        from peerdesk.selftest import run_self_test

        return run_self_test()
    from peerdesk.core.errors import VaultBusy
    from peerdesk.core.vault import Vault
    from peerdesk.ui.app import notify_running_instance, run_gui

    vault = Vault(vault_path(args))
    try:
        vault.claim()
    except VaultBusy:
        if notify_running_instance(vault.path):
            print("peerdesk is already open on this vault; its window was brought forward.")
            return EXIT_OK
        raise
    try:
        return run_gui(vault)
    finally:
        vault.close()


def run_demo() -> int:
    """The GUI on a throwaway vault of fictional people, removed on exit."""
    import shutil
    import signal
    import tempfile

    from peerdesk.core.demo import DEMO_PASSPHRASE, create_demo_vault
    from peerdesk.ui.app import run_gui

    # Ctrl+C or a polite kill that arrives before the window has installed its own handlers (while
    # the demo is built or Qt loads) must still remove the folder: turn it into SystemExit
    # so the finally clauses below run. run_gui replaces this with its own handlers.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _exit_on_signal)
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-demo-"))
    try:
        vault = create_demo_vault(folder / "vault")
        print(f"Demo vault with fictional people (deleted on exit). Passphrase: {DEMO_PASSPHRASE}")
        try:
            return run_gui(vault, demo_passphrase=DEMO_PASSPHRASE)
        finally:
            vault.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    sys.exit(main())
