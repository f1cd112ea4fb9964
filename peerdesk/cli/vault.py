"""Vault commands: init, check, passwd, backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from peerdesk.cli.common import (
    EXIT_OK,
    CliError,
    Registry,
    Secrets,
    offer_recovery_key,
    open_vault,
    said,
    say,
    vault_path,
)
from peerdesk.core.messages import QT_TRANSLATE_NOOP


def cmd_init(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session
    from peerdesk.core.vault import Vault

    vault = Vault(vault_path(args))
    passphrase = secrets.ask_new(
        secrets.text(QT_TRANSLATE_NOOP("core", "New passphrase (at least 10 characters): "))
    )
    try:
        recovery = session.create_vault(
            vault, passphrase=passphrase, remember_device=args.remember_device
        )
        if args.supervisor:
            from peerdesk.core.services import supervision_loop

            supervision_loop.make_supervisor_vault(vault)
        say(args, QT_TRANSLATE_NOOP("core", "Created a new vault in {path}"), path=vault.path)
        offer_recovery_key(vault, recovery, secrets)
    finally:
        vault.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.errors import IntegrityError
    from peerdesk.core.services import integrity, mentees

    with open_vault(args, secrets) as vault:
        problems = integrity.check(vault)
        count = len(mentees.list_mentees(vault, include_archived=True))
    if problems:
        from peerdesk.core.messages import Message

        if len(problems) > 1:
            raise IntegrityError(
                Message(
                    QT_TRANSLATE_NOOP("core", "integrity check failed: {problem} (and %n more)"),
                    len(problems) - 1,
                    problem=problems[0],
                )
            )
        raise IntegrityError(
            Message(
                QT_TRANSLATE_NOOP("core", "integrity check failed: {problem}"), problem=problems[0]
            )
        )
    say(
        args,
        QT_TRANSLATE_NOOP(
            "core", "Vault OK: encrypted pages, structure and activity log intact; {count} mentees."
        ),
        count=count,
    )
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session

    with open_vault(args, secrets) as vault:
        new = secrets.ask_new(secrets.text(QT_TRANSLATE_NOOP("core", "New passphrase: ")))
        compromised, rotate = args.compromised, args.rotate_key
        asking = not secrets.from_stdin and sys.stdin.isatty()
        if asking and not (compromised or rotate):
            compromised = _yes(
                secrets.text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Might someone know your passphrase, or have a copy of this vault or its "
                        "backups? [y/N] ",
                    )
                ),
                secrets,
            )
        if asking and not (compromised or rotate):
            rotate = _yes(
                secrets.text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Also change the encryption key, so that backups made before now and the "
                        "old passphrase cannot open this vault? [y/N] ",
                    )
                ),
                secrets,
            )
        if compromised:
            recovery = session.secure_after_compromise(vault, new_passphrase=new)
            say(args, PASSWD_COMPROMISED + "{backups}", backups=session.COMPROMISE_BACKUPS)
            offer_recovery_key(vault, recovery, secrets)
            return EXIT_OK
        session.set_passphrase(vault, new_passphrase=new)
        if not rotate:
            say(args, PASSWD_ONLY)
            return EXIT_OK
        recovery = session.rotate_data_key(vault, passphrase=new)
        say(args, PASSWD_ROTATED)
        offer_recovery_key(vault, recovery, secrets)
    return EXIT_OK


def _yes(question: str, secrets: Secrets) -> bool:
    """y or yes, in English or in the mentor's language ("s", "sí")."""
    yes = secrets.text(QT_TRANSLATE_NOOP("core", "y/yes")).split("/")
    return input(question).strip().lower() in ("y", "yes", *yes)


# A backup holds the key file of its day: with the old passphrase it yields the data key,
# which opens the vault until that key is changed. Said plainly, both ways.
PASSWD_ONLY = QT_TRANSLATE_NOOP(
    "core",
    "Passphrase changed. The old passphrase no longer opens this vault itself, but every "
    "backup made before now (those in backups/ too) still opens with it, and holds the key "
    "that opens this vault. If someone may know the old passphrase, run "
    "`peerdesk passwd --rotate-key` to change that key as well.",
)
PASSWD_COMPROMISED = QT_TRANSLATE_NOOP(
    "core",
    "Passphrase, encryption key and recovery key changed: a copy of this vault taken before "
    "now no longer opens with the old passphrase or the old recovery key. ",
)  # then the one sentence about old backups: session.COMPROMISE_BACKUPS
PASSWD_ROTATED = QT_TRANSLATE_NOOP(
    "core",
    "Passphrase and encryption key changed. Backups made before now still open with the old "
    "passphrase, showing what the vault held then, but nothing in them opens this vault any "
    "more. Your old recovery key no longer works; here is the new one.",
)


def cmd_backup(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "core", "OUT is a folder; give a file name, e.g. peerdesk-2026-11.pdbackup"
            )
        )
    with open_vault(args, secrets) as vault:
        info = session.backup(vault, out=out)
    say(
        args,
        QT_TRANSLATE_NOOP("core", "Backup written and verified: {out} ({size:,} bytes)"),
        out=out,
        size=info.size,
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session
    from peerdesk.core.vault import Vault

    vault = Vault(vault_path(args))
    vault.claim()
    try:
        label = (
            QT_TRANSLATE_NOOP("core", "Recovery key of the backup: ")
            if args.recovery_key
            else QT_TRANSLATE_NOOP("core", "Passphrase of the backup: ")
        )
        secret = secrets.ask(secrets.text(label))
        result = session.restore(
            vault,
            backup_file=Path(args.input).expanduser(),
            secret=secret,
            recovery=args.recovery_key,
        )
    finally:
        vault.close()
    say(
        args,
        QT_TRANSLATE_NOOP(
            "core", "Restored into {path}. The vault it replaced (if any) is kept in backups/."
        ),
        path=vault.path,
    )
    t = said(args)
    for notice in result.notices:
        print(t(notice), file=sys.stderr)
    return EXIT_OK


def register(commands: Registry) -> None:
    p = commands.command("init", cmd_init, QT_TRANSLATE_NOOP("core", "create a new vault"))
    p.add_argument(
        "--supervisor",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "core", "a supervisor's vault: it holds mentors' sealed exports and your comments only"
        ),
    )
    p.add_argument(
        "--remember-device",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "keep a device key in the system keyring"),
    )
    p = commands.command(
        "check",
        cmd_check,
        QT_TRANSLATE_NOOP("core", "verify the vault's encryption, structure and activity log"),
    )
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "open with the recovery key instead"),
    )
    p = commands.command(
        "passwd",
        cmd_passwd,
        QT_TRANSLATE_NOOP("core", "change the passphrase (stdin: current, then new)"),
    )
    p.add_argument(
        "--rotate-key",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "core", "also change the encryption key, so old backups and passphrases cannot open it"
        ),
    )
    p.add_argument(
        "--compromised",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "core",
            "someone may know your passphrase or have a copy of the vault: the encryption "
            "key and the recovery key change too (required then)",
        ),
    )
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "prove it with the recovery key instead"),
    )
    p = commands.command(
        "backup", cmd_backup, QT_TRANSLATE_NOOP("core", "write an encrypted, verified backup file")
    )
    p.add_argument(
        "out",
        metavar=QT_TRANSLATE_NOOP("core", "OUT"),
        help=QT_TRANSLATE_NOOP("core", "backup file to write"),
    )
    p = commands.command(
        "restore",
        cmd_restore,
        QT_TRANSLATE_NOOP(
            "core", "replace the vault with a backup (the old one is kept in backups/)"
        ),
    )
    p.add_argument(
        "input",
        metavar=QT_TRANSLATE_NOOP("core", "IN"),
        help=QT_TRANSLATE_NOOP("core", "backup file to read"),
    )
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=QT_TRANSLATE_NOOP("core", "open the backup with its recovery key"),
    )
