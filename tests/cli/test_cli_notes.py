"""`peerdesk note add` and `peerdesk search` in a child process, and the chain check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peerdesk.core.services import session

PASSPHRASE = "orange kettle meadow 42"


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture
def with_mentee(cli, tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    assert (
        cli(
            "init", "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n"
        ).returncode
        == 0
    )
    added = cli(
        "mentee",
        "add",
        "Maria",
        "--alias",
        "Mari",
        "--vault",
        str(folder),
        "--passphrase-stdin",
        input=PASSPHRASE + "\n",
    )
    assert added.returncode == 0, added.stderr
    return folder


def add_note(cli, folder: Path, body: str, *extra: str):
    return cli(
        "note",
        "add",
        "--mentee",
        "mari",
        *extra,
        "--vault",
        str(folder),
        "--passphrase-stdin",
        input=PASSPHRASE + "\n" + body,
    )


def search(cli, folder: Path, query: str, *extra: str):
    return cli(
        "search",
        query,
        *extra,
        "--vault",
        str(folder),
        "--passphrase-stdin",
        input=PASSPHRASE + "\n",
    )


def test_note_add_then_search_json(cli, with_mentee: Path) -> None:
    signed = add_note(
        cli, with_mentee, "We took the 7 bus to the library.\nMaria chose her card.\n", "--sign"
    )
    assert signed.returncode == 0, signed.stderr
    assert signed.stdout.startswith("Signed note")
    draft = add_note(cli, with_mentee, "Bank visit planned for Tuesday.", "--kind", "check-in")
    assert draft.returncode == 0 and draft.stdout.startswith("Saved draft")

    found = search(cli, with_mentee, "libr", "--json")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert [(h["mentees"], h["state"], h["kind"]) for h in hits] == [
        (["Maria"], "signed", "practical support")
    ]
    assert "library" in hits[0]["snippet"]
    assert json.loads(search(cli, with_mentee, "maria", "--json").stdout)[0]["mentees"] == ["Maria"]
    assert json.loads(search(cli, with_mentee, "nothing-like-this", "--json").stdout) == []

    text = search(cli, with_mentee, "bank")
    assert text.returncode == 0 and "#2" in text.stdout and "Bank visit" in text.stdout


def test_note_add_errors_are_one_line(cli, with_mentee: Path) -> None:
    empty = add_note(cli, with_mentee, "")
    assert empty.returncode == 2
    one_line(empty.stderr)
    unknown = cli(
        "note",
        "add",
        "--mentee",
        "Nobody",
        "--vault",
        str(with_mentee),
        "--passphrase-stdin",
        input=PASSPHRASE + "\nSome text\n",
    )
    assert unknown.returncode == 1
    assert "No mentee" in one_line(unknown.stderr)
    bad_kind = add_note(cli, with_mentee, "text", "--kind", "therapy")
    assert bad_kind.returncode == 1
    one_line(bad_kind.stderr)


def test_check_names_the_first_broken_link(cli, with_mentee: Path) -> None:
    for body in ("First session.", "Second session.", "Third session."):
        assert add_note(cli, with_mentee, body, "--sign").returncode == 0
    with (
        session.open_vault(with_mentee, passphrase=PASSPHRASE) as vault,
        vault.engine.begin() as conn,
    ):
        conn.exec_driver_sql("UPDATE session_note SET did = 'rewritten' WHERE id = 2")
    proc = cli("check", "--vault", str(with_mentee), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert proc.returncode == 4
    assert "Signed note 2" in one_line(proc.stderr)


def test_mentee_handover_writes_pdf_and_markdown(cli, with_mentee: Path, tmp_path: Path) -> None:
    assert add_note(cli, with_mentee, "Bus practice.", "--sign").returncode == 0
    for name in ("handover.pdf", "handover.md"):
        out = tmp_path / name
        proc = cli(
            "mentee",
            "handover",
            "Mari",
            "--out",
            str(out),
            "--vault",
            str(with_mentee),
            "--passphrase-stdin",
            input=PASSPHRASE + "\n",
        )
        assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "handover.pdf").read_bytes().startswith(b"%PDF-")
    assert "# Hand-over summary: Maria" in (tmp_path / "handover.md").read_text()
    bad = cli(
        "mentee",
        "handover",
        "Mari",
        "--out",
        str(tmp_path / "x.docx"),
        "--vault",
        str(with_mentee),
        "--passphrase-stdin",
        input=PASSPHRASE + "\n",
    )
    assert bad.returncode == 2
