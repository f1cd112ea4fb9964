"""The quick path (`peerdesk search`, `peerdesk note add`, `peerdesk mentee list`) and the
passphrase prompt in the mentor's language: the choice beside the vault, else the
system's (LANG), as the GUI decides it; English stays byte for byte as it was."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import cli_env

PASSPHRASE = "orange kettle meadow 42"


@pytest.fixture
def folder(cli, tmp_path: Path) -> Path:
    vault = tmp_path / "vault"
    made = cli("init", "--vault", str(vault), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr
    assert (
        cli(
            "mentee",
            "add",
            "Maria",
            "--vault",
            str(vault),
            "--passphrase-stdin",
            input=PASSPHRASE + "\n",
        ).returncode
        == 0
    )
    return vault


def run(cli, folder: Path, *args: str, stdin: str = "", lang: str | None = None):
    return cli(
        *args,
        "--vault",
        str(folder),
        "--passphrase-stdin",
        input=PASSPHRASE + "\n" + stdin,
        lang=lang,
    )


def test_quick_lines_follow_the_choice_beside_the_vault(cli, folder: Path) -> None:
    english = run(cli, folder, "note", "add", "--mentee", "Maria", stdin="Bus trip\n")
    assert english.stdout.startswith("Saved draft note "), english.stdout
    assert run(cli, folder, "search", "kettle").stdout == "No notes match.\n"
    (folder / "language").write_text("es\n")
    added = run(cli, folder, "note", "add", "--mentee", "Maria", stdin="Mercado\n")
    assert added.returncode == 0, added.stderr
    assert added.stdout.endswith("guardada como borrador.\n"), added.stdout
    signed = run(cli, folder, "note", "add", "--mentee", "Maria", "--sign", stdin="Mercado\n")
    assert signed.stdout.startswith("Nota ") and signed.stdout.endswith(" firmada.\n"), (
        signed.stdout
    )
    assert run(cli, folder, "search", "kettle").stdout == "Ninguna nota coincide.\n"


def test_without_a_choice_the_systems_language_decides(cli, folder: Path) -> None:
    assert run(cli, folder, "search", "kettle", lang="es_ES.UTF-8").stdout == (
        "Ninguna nota coincide.\n"
    )
    assert run(cli, folder, "search", "kettle", lang="fr_FR.UTF-8").stdout == "No notes match.\n"
    (folder / "language").write_text("en\n")  # the mentor's choice over the system's
    assert run(cli, folder, "search", "kettle", lang="es_ES.UTF-8").stdout == "No notes match.\n"


def test_the_passphrase_prompt_at_a_terminal_is_spanish(cli, folder: Path) -> None:
    (folder / "language").write_text("es\n")
    home = folder.parent / "clihome"  # the cli fixture's
    env = cli_env(home)
    master, slave = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "peerdesk", "search", "kettle", "--vault", str(folder)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=home,
        start_new_session=True,
    )
    os.close(slave)
    seen = b""
    try:
        while b": " not in seen:
            ready, _, _ = select.select([master], [], [], 60)
            assert ready, seen
            seen += os.read(master, 1024)
        os.write(master, (PASSPHRASE + "\n").encode())
        while child.poll() is None or select.select([master], [], [], 0.2)[0]:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(master, 1024)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        child.wait(timeout=60)
        os.close(master)
    text = seen.decode("utf-8", "replace")
    assert "Frase de contraseña: " in text and "Passphrase" not in text, text
    assert "Ninguna nota coincide." in text, text
