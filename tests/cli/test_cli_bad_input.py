"""Bad input to every importer, through the real CLI: one line on stderr, no traceback and
no "unexpected error", the exit code of DESIGN section 6 (1 error, 4 integrity failure),
and nothing lost: the vault holds what it held and `peerdesk check` passes (issue 21).

The inputs are the shapes the fuzz tests (tests/security/test_importer_fuzz.py) found to
end in an unexpected error before: a lone surrogate in JSON, JSON nested past the
parser's limit, and bytes that are not what the file claims to be.
"""

from __future__ import annotations

import json
from pathlib import Path

PASSPHRASE = "orange kettle meadow 42"
SURROGATE_SERVICE = (
    '[{"id": "00000000-0000-4000-8000-000000000001", "name": "Pantry \\ud800",'
    ' "status": "active", "organization": {"id": "00000000-0000-4000-9000-000000000001",'
    ' "name": "Food Network"}}]'
)
DEEP = "[" * 100_000


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    assert "unexpected error" not in stderr.lower(), stderr
    return lines[0]


def run(cli, folder: Path, *args: str):
    return cli(*args, "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n")


CASES = [
    # (name, file name, content, command, exit code)
    ("directory surrogate", "dir.json", SURROGATE_SERVICE, ("directory", "import", "--yes"), 1),
    ("directory too deep", "dir.json", DEEP, ("directory", "import", "--yes"), 1),
    (
        "directory not a zip",
        "dir.zip",
        "PK\x03\x04 not really",
        ("directory", "import", "--yes"),
        1,
    ),
    ("jrnl too deep", "notes.json", DEEP, ("import", "notes", "--mentee", "Maria"), 1),
    (
        "jrnl surrogate",
        "notes.json",
        '{"entries": [{"date": "2026-03-04", "time": "10:00", "body": "a \\ud800"}]}',
        ("import", "notes", "--mentee", "Maria"),
        1,
    ),
    ("backup of other bytes", "b.pdbackup", "not a backup at all", ("restore",), 4),
    ("reply of other bytes", "reply.json", '{"format": "x"}', ("supervision", "open-reply"), 4),
]


def test_bad_input_is_one_sentence_with_its_exit_code_and_loses_nothing(
    cli, tmp_path: Path
) -> None:
    """One vault takes every bad input in turn (a CLI call each), then still holds what it
    held and checks clean."""
    folder = tmp_path / "vault"
    made = cli("init", "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr
    assert run(cli, folder, "mentee", "add", "Maria").returncode == 0
    for name, file_name, content, command, code in CASES:
        path = tmp_path / file_name
        path.write_text(content, encoding="utf-8")
        result = run(cli, folder, *command[:2], str(path), *command[2:])
        assert result.returncode == code, (name, result.returncode, result.stderr)
        one_line(result.stderr)
    listed = run(cli, folder, "mentee", "list", "--json")
    people = json.loads(listed.stdout)
    assert len(people) == 1 and "Maria" in listed.stdout, listed.stdout
    checked = run(cli, folder, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
