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
