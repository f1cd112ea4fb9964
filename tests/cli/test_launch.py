"""peerdesk.launch picks the app or a command; the cli package never loads the GUI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PASSPHRASE = "orange kettle meadow 42"

# Runs a command through peerdesk.cli.main (no app passed in), then names every GUI
# module the process loaded: the command line must work without ui/ or Qt widgets.
PROBE = """
import sys
from peerdesk import cli
code = cli.main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.startswith(("peerdesk.ui", "PySide6.QtWidgets")))
print("LOADED", loaded, file=sys.stderr)
print("ORM", "sqlalchemy" in sys.modules, file=sys.stderr)
print("LOGGING", "logging" in sys.modules, file=sys.stderr)
# What reading never needs: the signing rules and profiles, tempfile and shutil,
# dataclasses and inspect (the quick path's records are core.records.Record).
WRITING = (
    "peerdesk.core.services.signing",
    "peerdesk.core.formats.profiles",
    "tempfile",
    "shutil",
    "dataclasses",
    "inspect",
)
print("WRITING", [m for m in WRITING if m in sys.modules], file=sys.stderr)
sys.exit(code)
"""


def probe(tmp_path: Path, *args: str, input: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        input=input,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PEERDESK_KDF_TARGET_MS": "0", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )


def test_commands_run_without_loading_the_gui(cli, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert (
        cli(
            "init", "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n"
        ).returncode
        == 0
    )
    for args, stdin in (
        (
            ("mentee", "add", "Maria", "--vault", str(folder), "--passphrase-stdin"),
            PASSPHRASE + "\n",
        ),
        (
            ("mentee", "list", "--json", "--vault", str(folder), "--passphrase-stdin"),
            PASSPHRASE + "\n",
        ),
        (("search", "bus", "--vault", str(folder), "--passphrase-stdin"), PASSPHRASE + "\n"),
        (("check", "--vault", str(folder), "--passphrase-stdin"), PASSPHRASE + "\n"),
    ):
        result = probe(tmp_path, *args, input=stdin)
        assert result.returncode == 0, result.stderr
        assert "LOADED []" in result.stderr, (args, result.stderr)


def test_cli_without_a_command_and_without_an_app_is_a_usage_error(cli, tmp_path: Path) -> None:
    result = probe(tmp_path)
    assert result.returncode == 2
    assert "usage: peerdesk" in result.stderr


def test_bundle_self_test_passes(cli) -> None:
    result = cli("--self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


def test_scripted_commands_answer_without_the_orm(cli, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    secret = PASSPHRASE + "\n"
    assert cli("init", "--vault", str(folder), "--passphrase-stdin", input=secret).returncode == 0
    assert (
        cli(
            "mentee", "add", "Maria", "--vault", str(folder), "--passphrase-stdin", input=secret
        ).returncode
        == 0
    )
    for args, more in (
        (("search", "bus"), ""),
        (("search", "bus", "--mentee", "maria", "--json"), ""),
        (("mentee", "list"), ""),
        (("note", "add", "--mentee", "maria"), "Took the bus to the market.\n"),
        (("note", "add", "--mentee", "maria", "--sign"), "Signed the bus pass form.\n"),
    ):
        result = probe(
            tmp_path, *args, "--vault", str(folder), "--passphrase-stdin", input=secret + more
        )
        assert result.returncode == 0, result.stderr
        assert "ORM False" in result.stderr, (args, result.stderr)
        assert "LOGGING False" in result.stderr, (args, result.stderr)  # nothing to log
        if args[0] != "note":  # reading: ~25 ms of imports a cold command does without
            assert "WRITING []" in result.stderr, (args, result.stderr)
    found = probe(
        tmp_path, "search", "market", "--vault", str(folder), "--passphrase-stdin", input=secret
    )
    assert "#1  Maria" in found.stdout, found.stdout  # the quick draft, found the quick way
    signed = probe(
        tmp_path, "search", "pass", "--vault", str(folder), "--passphrase-stdin", input=secret
    )
    assert "#2  Maria  (practical support)" in signed.stdout, signed.stdout
    busy = probe(tmp_path, "check", "--vault", str(folder), "--passphrase-stdin", input=secret)
    assert "ORM True" in busy.stderr and "LOGGING True" in busy.stderr  # the probe can tell
    assert busy.returncode == 0 and "Vault OK" in busy.stdout, busy.stdout  # chain holds


def test_the_early_exit_loses_nothing(cli, tmp_path: Path) -> None:
    """Commands end with os._exit after closing the vault: what they wrote is there."""
    from peerdesk.core.services import audit, notes, session
    from peerdesk.core.vault import Vault

    folder = tmp_path / "vault"
    secret = PASSPHRASE + "\n"
    assert cli("init", "--vault", str(folder), "--passphrase-stdin", input=secret).returncode == 0
    assert (
        cli(
            "mentee", "add", "Maria", "--vault", str(folder), "--passphrase-stdin", input=secret
        ).returncode
        == 0
    )
    added = cli(
        "note",
        "add",
        "--mentee",
        "Maria",
        "--sign",
        "--vault",
        str(folder),
        "--passphrase-stdin",
        input=secret + "We took the bus to the library.\n",
    )
    assert added.returncode == 0 and "Signed note" in added.stdout, added.stderr
    draft = cli(
        "note",
        "add",
        "--mentee",
        "Maria",
        "--vault",
        str(folder),
        "--passphrase-stdin",
        input=secret + "Planned the next visit.\n",
    )  # the quick path: its note and its 'created' event are written just before os._exit
    assert draft.returncode == 0 and "Saved draft note 2" in draft.stdout, draft.stderr
    found = cli(
        "search", "library", "--json", "--vault", str(folder), "--passphrase-stdin", input=secret
    )
    assert found.returncode == 0 and '"note_id": 1' in found.stdout, found.stderr
    wrong = cli(
        "search", "library", "--vault", str(folder), "--passphrase-stdin", input="not it at all\n"
    )
    assert wrong.returncode == 3 and wrong.stdout == ""
    with Vault(folder) as vault:
        session.unlock(vault, passphrase=PASSPHRASE)
        assert notes.get_note(vault, note_id=1).did == "We took the bus to the library."
        assert notes.get_note(vault, note_id=2).did == "Planned the next visit."
        with vault.session() as s:
            kinds = [r.kind for r in reversed(audit.recent(s, limit=20))]
            assert audit.verify_chain(s) is None
    # ... signed (note add --sign), unlocked and created (the quick note add), unlocked
    # (search: its last write before os._exit), then here the wrong passphrase told
    # (unlock_failed, from the record kept outside the database), unlocked
    assert kinds[-6:] == ["signed", "unlocked", "created", "unlocked", "unlock_failed", "unlocked"]
