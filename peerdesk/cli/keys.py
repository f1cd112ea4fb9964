"""Key commands: show this vault's public key and fingerprint, export it, trust someone's
key, and stop trusting it."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from peerdesk.cli.common import EXIT_OK, CliError, Registry, Secrets, open_vault, say
from peerdesk.core.messages import QT_TRANSLATE_NOOP


def cmd_show(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import keys

    with open_vault(args, secrets) as vault:
        public = keys.own_public_key(vault)
        trusted = keys.trusted_keys(vault)
    if args.json:
        doc = {
            "fingerprint": public.fingerprint,
            **public.to_json(),
            "trusted": [{"name": t.name, "fingerprint": t.fingerprint} for t in trusted],
        }
        print(json.dumps(doc, indent=1))
        return EXIT_OK
    say(
        args,
        QT_TRANSLATE_NOOP("core", "This vault's key fingerprint (read it to the other person):"),
    )
    print(f"  {public.fingerprint}")
    if trusted:
        say(args, QT_TRANSLATE_NOOP("core", "Keys you trust:"))
        for t in trusted:
            print(f"  {t.name}: {t.fingerprint}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import keys
    from peerdesk.core.vault.files import atomic_write

    out = Path(args.out).expanduser()
    with open_vault(args, secrets) as vault:
        data = keys.public_key_file(vault, name=args.name)
        fingerprint = keys.own_public_key(vault).fingerprint
    atomic_write(out, data)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "core", "Public key written to {out} (it holds no secret). Fingerprint: {fingerprint}"
        ),
        out=out,
        fingerprint=fingerprint,
    )
    return EXIT_OK


def cmd_trust(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.formats.sealed import PublicIdentity
    from peerdesk.core.services import keys

    try:
        raw = Path(args.file).expanduser().read_bytes()[: 64 * 1024]
    except OSError:
        raise CliError(QT_TRANSLATE_NOOP("core", "cannot read that key file")) from None
    public, _their_name = PublicIdentity.read_file(raw)
    confirmed = args.fingerprint
    with open_vault(args, secrets) as vault:
        if confirmed is None:
            if not sys.stdin.isatty():
                raise CliError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "compare the fingerprint with its owner, then pass it with --fingerprint",
                    )
                )
            say(
                args,
                QT_TRANSLATE_NOOP("core", "Fingerprint of this key: {fingerprint}"),
                fingerprint=public.fingerprint,
            )
            answer = input(
                secrets.text(
                    QT_TRANSLATE_NOOP(
                        "core", "Does it match what its owner reads to you? Type yes: "
                    )
                )
            )
            yes = secrets.text(QT_TRANSLATE_NOOP("core", "yes"))
            if answer.strip().lower() not in ("yes", yes):
                raise CliError(QT_TRANSLATE_NOOP("core", "not trusted; nothing was changed"))
            confirmed = public.fingerprint
        record = keys.trust_key(
            vault, key_file=raw, name=args.name, confirmed_fingerprint=confirmed
        )
    say(
        args,
        QT_TRANSLATE_NOOP("core", "Trusted “{name}” ({fingerprint})."),
        name=record.name,
        fingerprint=record.fingerprint,
    )
    return EXIT_OK


def cmd_forget(args: argparse.Namespace, secrets: Secrets) -> int:
    from peerdesk.core.services import keys

    with open_vault(args, secrets) as vault:
        record = keys.find_trusted(vault, name=args.name)
        keys.forget_key(vault, key_id=record.id)
    say(
        args,
        QT_TRANSLATE_NOOP("core", "No longer trusting “{name}” ({fingerprint})."),
        name=record.name,
        fingerprint=record.fingerprint,
    )
    return EXIT_OK


def register(commands: Registry) -> None:
    group = commands.group(
        "keys",
        QT_TRANSLATE_NOOP("core", "this vault's key, and the keys you trust"),
        QT_TRANSLATE_NOOP(
            "core",
            "This vault's public key and fingerprint, and the keys of people you exchange sealed "
            "packets with (your supervisor, or the mentors you supervise).",
        ),
        metavar=QT_TRANSLATE_NOOP("core", "ACTION"),
    )
    p = group.command(
        "show",
        cmd_show,
        QT_TRANSLATE_NOOP("core", "print this vault's fingerprint and the keys you trust"),
    )
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("core", "as JSON"))
    p = group.command(
        "export",
        cmd_export,
        QT_TRANSLATE_NOOP("core", "write this vault's public key to a file to hand over"),
    )
    p.add_argument("--out", required=True, metavar=QT_TRANSLATE_NOOP("core", "FILE"))
    p.add_argument(
        "--name",
        default="peerdesk",
        help=QT_TRANSLATE_NOOP("core", "the name the other person sees (default: peerdesk)"),
    )
    p = group.command(
        "trust",
        cmd_trust,
        QT_TRANSLATE_NOOP("core", "trust someone's public key after comparing fingerprints"),
    )
    p.add_argument(
        "file",
        metavar=QT_TRANSLATE_NOOP("core", "FILE"),
        help=QT_TRANSLATE_NOOP("core", "their public key file"),
    )
    p.add_argument(
        "--name",
        required=True,
        help=QT_TRANSLATE_NOOP("core", 'what to call them, e.g. "My supervisor"'),
    )
    p.add_argument(
        "--fingerprint",
        metavar=QT_TRANSLATE_NOOP("core", "GROUPS"),
        help=QT_TRANSLATE_NOOP(
            "core", "the fingerprint you compared with them (else you are asked to confirm)"
        ),
    )
    p = group.command(
        "forget",
        cmd_forget,
        QT_TRANSLATE_NOOP("core", "stop trusting a key (nothing more is sealed to it)"),
    )
    p.add_argument(
        "--name", required=True, help=QT_TRANSLATE_NOOP("core", "the name you trusted it under")
    )
