"""The `peerdesk` command in a child process: exit codes, one-line errors, stdin secrets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peerdesk import __version__

PASSPHRASE = "orange kettle meadow 42"
NEW = "violet harbour lantern 7"


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("peerdesk: ")
    return lines[0]


@pytest.fixture
def made(cli, tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    proc = cli("init", "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert proc.returncode == 0, proc.stderr
    assert "recovery key" in proc.stdout.lower()
    return folder


def test_init_then_check(cli, made: Path) -> None:
    assert (made / "vault.db").is_file() and (made / "vault.keys").is_file()
    proc = cli("check", "--vault", str(made), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Vault OK") and "0 mentees" in proc.stdout
    assert proc.stderr == ""


def test_init_refuses_a_short_passphrase_and_an_existing_vault(cli, made: Path, tmp_path) -> None:
    short = cli("init", "--vault", str(tmp_path / "v2"), "--passphrase-stdin", input="short\n")
    assert short.returncode == 1
    one_line(short.stderr)
    again = cli("init", "--vault", str(made), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert again.returncode == 1
    one_line(again.stderr)


def test_wrong_passphrase_exits_3(cli, made: Path) -> None:
    proc = cli("check", "--vault", str(made), "--passphrase-stdin", input="wrong wrong wrong\n")
    assert proc.returncode == 3
    one_line(proc.stderr)
    assert proc.stdout == ""


def test_check_on_missing_vault_exits_1(cli, tmp_path: Path) -> None:
    proc = cli("check", "--vault", str(tmp_path / "nowhere"), "--passphrase-stdin", input="x\n")
    assert proc.returncode == 1
    assert "init" in one_line(proc.stderr)
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize(
    "args",
    [("bogus",), ("check", "--no-such-flag"), ("mentee",), ("backup",), ("mentee", "add")],
)
def test_usage_errors_exit_2(cli, args) -> None:
    proc = cli(*args)
    assert proc.returncode == 2
    one_line(proc.stderr)


def test_empty_stdin_for_passphrase_exits_2(cli, made: Path) -> None:
    proc = cli("check", "--vault", str(made), "--passphrase-stdin", input="")
    assert proc.returncode == 2
    one_line(proc.stderr)


def test_no_tty_without_passphrase_stdin_exits_2(cli, made: Path) -> None:
    proc = cli("check", "--vault", str(made), input=PASSPHRASE + "\n")
    assert proc.returncode == 2
    assert "--passphrase-stdin" in one_line(proc.stderr)


def test_backup_then_restore(cli, made: Path, tmp_path: Path) -> None:
    pw = PASSPHRASE + "\n"
    assert (
        cli(
            "mentee", "add", "Maria", "--vault", str(made), "--passphrase-stdin", input=pw
        ).returncode
        == 0
    )
    out = tmp_path / "b.pdbackup"
    proc = cli("backup", str(out), "--vault", str(made), "--passphrase-stdin", input=pw)
    assert proc.returncode == 0, proc.stderr
    assert out.is_file() and "verified" in proc.stdout
    assert (
        cli("mentee", "add", "Tom", "--vault", str(made), "--passphrase-stdin", input=pw).returncode
        == 0
    )
    proc = cli("restore", str(out), "--vault", str(made), "--passphrase-stdin", input=pw)
    assert proc.returncode == 0, proc.stderr
    assert any(p.name.startswith("replaced-") for p in (made / "backups").iterdir())
    listed = cli("mentee", "list", "--json", "--vault", str(made), "--passphrase-stdin", input=pw)
    assert [m["name"] for m in json.loads(listed.stdout)] == ["Maria"]

    bad = tmp_path / "bad.pdbackup"
    data = bytearray(out.read_bytes())
    data[-5] ^= 1
    bad.write_bytes(bytes(data))
    proc = cli("restore", str(bad), "--vault", str(made), "--passphrase-stdin", input=pw)
    assert proc.returncode == 4
    one_line(proc.stderr)
    proc = cli("restore", str(out), "--vault", str(made), "--passphrase-stdin", input=NEW + "\n")
    assert proc.returncode == 3
    one_line(proc.stderr)


def test_backup_to_a_folder_is_a_usage_error(cli, made: Path, tmp_path: Path) -> None:
    proc = cli(
        "backup", str(tmp_path), "--vault", str(made), "--passphrase-stdin", input=PASSPHRASE + "\n"
    )
    assert proc.returncode == 2
    one_line(proc.stderr)


def test_passwd(cli, made: Path) -> None:
    proc = cli("passwd", "--vault", str(made), "--passphrase-stdin", input=f"{PASSPHRASE}\n{NEW}\n")
    assert proc.returncode == 0, proc.stderr
    old = cli("check", "--vault", str(made), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert old.returncode == 3
    one_line(old.stderr)
    new = cli("check", "--vault", str(made), "--passphrase-stdin", input=NEW + "\n")
    assert new.returncode == 0, new.stderr
    short = cli("passwd", "--vault", str(made), "--passphrase-stdin", input=f"{NEW}\nshort\n")
    assert short.returncode == 1
    one_line(short.stderr)


def test_mentee_add_and_list(cli, made: Path) -> None:
    pw = PASSPHRASE + "\n"
    args = ("--vault", str(made), "--passphrase-stdin")
    proc = cli("mentee", "add", "Maria", "--alias", "Mari", "--alias", "M", *args, input=pw)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Added mentee")
    assert cli("mentee", "add", "Jordan", *args, input=pw).returncode == 0
    blank = cli("mentee", "add", "  ", *args, input=pw)
    assert blank.returncode == 1
    one_line(blank.stderr)
    listed = cli("mentee", "list", "--json", *args, input=pw)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["name"], r["aliases"]) for r in rows] == [("Jordan", []), ("Maria", ["Mari", "M"])]
    assert rows[0]["status"] == "active" and rows[0]["archived"] is False
    plain = cli("mentee", "list", *args, input=pw)
    assert "Maria (Mari, M)" in plain.stdout


def test_version_needs_no_vault(cli, tmp_path: Path) -> None:
    proc = cli("version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"peerdesk {__version__}"
    assert proc.stderr == ""
    assert not (tmp_path / "clihome" / "data" / "peerdesk").exists()


def test_debug_shows_a_traceback(cli, made: Path) -> None:
    for args in (
        ("--debug", "check", "--vault", str(made), "--passphrase-stdin"),
        ("check", "--debug", "--vault", str(made), "--passphrase-stdin"),
    ):
        proc = cli(*args, input="wrong wrong wrong\n")
        assert proc.returncode == 3
        assert "Traceback" in proc.stderr
        assert "WrongPassphrase" in proc.stderr
        assert proc.stderr.strip().splitlines()[-1].startswith("peerdesk: ")


def test_a_spanish_speaking_mentor_reads_the_commands_in_spanish(
    cli, made: Path, tmp_path: Path
) -> None:
    """What a command says once it is done, and core's errors, in the mentor's language:
    the system's (LANG) or the choice beside the vault, as the GUI decides it."""
    es = {"lang": "es_US.UTF-8", "input": PASSPHRASE + "\n"}
    vault = ("--vault", str(made), "--passphrase-stdin")
    check = cli("check", *vault, **es)
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("Caja fuerte correcta:") and "intactos" in check.stdout
    added = cli("mentee", "add", "Maribel", *vault, **es)
    assert added.stdout.startswith("Persona acompañada añadida: 1."), added.stderr
    backup = cli("backup", str(tmp_path / "b.pdbackup"), *vault, **es)
    assert backup.stdout.startswith("Copia de seguridad guardada y comprobada:"), backup.stderr
    refused = cli("directory", "import", str(tmp_path / "nowhere.json"), *vault, **es)
    assert refused.returncode != 0
    assert one_line(refused.stderr).startswith("peerdesk: No hay ningún archivo ni carpeta")
    # the choice beside the vault wins over an English system
    (made / "language").write_text("es\n")
    chosen = cli("check", *vault, input=PASSPHRASE + "\n")
    assert chosen.stdout.startswith("Caja fuerte correcta:")
    (made / "language").write_text("en\n")
    english = cli("check", *vault, **es)
    assert english.stdout.startswith("Vault OK")
