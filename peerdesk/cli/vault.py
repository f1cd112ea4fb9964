"""Vault commands: init, check, passwd, backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from peerdesk.cli.common import EXIT_OK, CliError, Registry, Secrets, open_vault, vault_path


def cmd_init(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session
    from peerdesk.core.vault import Vault

    vault = Vault(vault_path(args))
    passphrase = secrets.ask_new("New passphrase (at least 10 characters): ")
    try:
        recovery = session.create_vault(
            vault, passphrase=passphrase, remember_device=args.remember_device
        )
        if args.supervisor:
            from peerdesk.core.services import supervision_loop

            supervision_loop.make_supervisor_vault(vault)
    finally:
        vault.close()
    print(f"Created a new vault in {vault.path}")
    print("Your recovery key (shown only this once; write it down and keep it somewhere safe):")
    print(f"    {recovery}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.errors import IntegrityError
    from peerdesk.core.services import integrity, mentees

    with open_vault(args, secrets) as vault:
        problems = integrity.check(vault)
        count = len(mentees.list_mentees(vault, include_archived=True))
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise IntegrityError(f"integrity check failed: {problems[0]}{more}")
    print(f"Vault OK: encrypted pages, structure and activity log intact; {count} mentees.")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session

    with open_vault(args, secrets) as vault:
        new = secrets.ask_new("New passphrase: ")
        session.set_passphrase(vault, new_passphrase=new)
    print("Passphrase changed. The old one no longer opens this vault.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise CliError("OUT is a folder; give a file name, e.g. peerdesk-2026-11.pdbackup")
    with open_vault(args, secrets) as vault:
        info = session.backup(vault, out=out)
    print(f"Backup written and verified: {out} ({info.size:,} bytes)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import session
    from peerdesk.core.vault import Vault

    vault = Vault(vault_path(args))
    vault.claim()
    try:
        label = (
            "Recovery key of the backup: " if args.recovery_key else "Passphrase of the backup: "
        )
        secret = secrets.ask(label)
        result = session.restore(
            vault,
            backup_file=Path(args.input).expanduser(),
            secret=secret,
            recovery=args.recovery_key,
        )
    finally:
        vault.close()
    print(f"Restored into {vault.path}. The vault it replaced (if any) is kept in backups/.")
    for notice in result.notices:
        print(notice, file=sys.stderr)
    return EXIT_OK


def register(commands: Registry) -> None:
    p = commands.command("init", cmd_init, "create a new vault")
    p.add_argument(
        "--supervisor",
        action="store_true",
        help="a supervisor's vault: it holds mentors' sealed exports and your comments only",
    )
    p.add_argument(
        "--remember-device", action="store_true", help="keep a device key in the system keyring"
    )
    p = commands.command(
        "check", cmd_check, "verify the vault's encryption, structure and activity log"
    )
    p.add_argument("--recovery-key", action="store_true", help="open with the recovery key instead")
    p = commands.command("passwd", cmd_passwd, "change the passphrase (stdin: current, then new)")
    p.add_argument(
        "--recovery-key", action="store_true", help="prove it with the recovery key instead"
    )
    p = commands.command("backup", cmd_backup, "write an encrypted, verified backup file")
    p.add_argument("out", metavar="OUT", help="backup file to write")
    p = commands.command(
        "restore", cmd_restore, "replace the vault with a backup (the old one is kept in backups/)"
    )
    p.add_argument("input", metavar="IN", help="backup file to read")
    p.add_argument(
        "--recovery-key", action="store_true", help="open the backup with its recovery key"
    )
