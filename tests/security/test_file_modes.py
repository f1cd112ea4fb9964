"""Every file peerdesk writes is the owner's only (0600), every folder it makes 0700,
even under umask 000: the finding was a hand-over summary with full names written 0666.

Two walks: the real CLI in a child process (which also sets its own umask at start), and
the services in this process with the umask open, so their explicit modes are what count.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from peerdesk.core.demo import fill_demo
from peerdesk.core.services import archive, directory_import, session, supervision
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"
PACKET_SECRET = "packet passphrase 99"
TODAY = date(2026, 6, 10)


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    yield
    os.umask(previous)


def modes(*roots: Path) -> dict[str, str]:
    """Every path under ``roots`` (the roots included) that is not private, with its mode."""
    found: dict[str, str] = {}
    for root in roots:
        paths = [root, *root.rglob("*")] if root.is_dir() else [root]
        for path in paths:
            mode = stat.S_IMODE(path.lstat().st_mode)
            want = 0o700 if path.is_dir() else 0o600
            if mode & ~want & 0o777:
                found[str(path)] = oct(mode)
    return found


def written(roots: list[Path]) -> int:
    return sum(1 for root in roots for p in [root, *root.rglob("*")] if p.is_file())


def test_every_file_the_cli_writes_is_private(
    cli: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path, open_umask: None
) -> None:
    folder = tmp_path / "vault"
    vault = Vault(folder)
    session.create_vault(vault, passphrase=PASSPHRASE)
    session.confirm_recovery_key(vault)
    fill_demo(vault, today=TODAY)
    vault.close()
    for p in [folder, *folder.rglob("*")]:  # as a careless copy might have left it
        p.chmod(0o777 if p.is_dir() else 0o666)
    out = tmp_path / "out"
    out.mkdir()
    stdin = PASSPHRASE + "\n"
    period = ("--from", (TODAY - timedelta(days=90)).isoformat(), "--to", TODAY.isoformat())
    runs = [
        ("backup", str(out / "b.pdbackup")),
        ("export", "supervision", *period, "--format", "md", "--out", str(out / "s.md")),
        ("export", "supervision", *period, "--format", "pdf", "--out", str(out / "s.pdf")),
        ("export", "all", "--format", "markdown", "--out", str(out / "all")),
        ("directory", "export", "--format", "hsds-csv", "--out", str(out / "hsds")),
        ("mentee", "record", "Maria", "--format", "md", "--out", str(out / "maria.md")),
    ]
    for args in runs:
        done = cli(*args, "--vault", str(folder), "--passphrase-stdin", input=stdin)
        assert done.returncode == 0, (args, done.stderr)
    sealed = out / "s.pdpacket"
    done = cli(
        "export", "supervision", *period, "--format", "json", "--packet", "--out", str(sealed),
        "--vault", str(folder), "--passphrase-stdin", input=f"{PASSPHRASE}\n{PACKET_SECRET}\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = cli(
        "open-packet", str(sealed), "--out", str(out / "opened.json"), "--passphrase-stdin",
        input=PACKET_SECRET + "\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    home = tmp_path / "clihome"
    made_by_test = [home / "state", home / "data", home / "cache", home / "config"]
    roots = [folder, *out.iterdir(), *(p for d in made_by_test for p in d.iterdir())]
    assert written([*out.iterdir()]) >= 8  # the walk really saw the outputs
    assert modes(*roots) == {}


def test_services_set_private_modes_themselves(tmp_path: Path, open_umask: None) -> None:
    from peerdesk.core.logs import setup_logging

    vault = Vault(tmp_path / "vault")
    session.create_vault(vault, passphrase=PASSPHRASE)
    session.confirm_recovery_key(vault)
    try:
        fill_demo(vault, today=TODAY)
        out = tmp_path / "out"
        out.mkdir(mode=0o700)
        session.backup(vault, out=out / "b.pdbackup")
        archive.write_export(vault, out_dir=out / "all-md", format="markdown")
        archive.write_export(vault, out_dir=out / "all-json", format="json")
        directory_import.export_hsds(vault, format="hsds-csv", out=out / "hsds")
        directory_import.export_hsds(vault, format="hsds-json", out=out / "hsds.json")
        sealed = supervision.seal_packet(b"{}", PACKET_SECRET, content="json")
        (out / "p.pdpacket").write_bytes(sealed)  # the test's own file, not checked
        (out / "p.pdpacket").chmod(0o600)
        supervision.open_packet(raw=sealed, passphrase=PACKET_SECRET, out=out / "opened.json")
    finally:
        vault.close()
    logs = tmp_path / "logs"
    setup_logging(logs)
    logging.getLogger("peerdesk.test").warning("a line for the log file")
    for handler in logging.getLogger("peerdesk").handlers + logging.getLogger().handlers:
        handler.flush()
    assert written([out, tmp_path / "vault"]) >= 10
    assert modes(tmp_path / "vault", out, logs) == {}
