"""`peerdesk export supervision` and `peerdesk open-packet` in a child process."""

from __future__ import annotations

import hashlib
import json
import os
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from peerdesk.core.demo import demo_mentees, fill_demo
from peerdesk.core.services import audit, session
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"
TODAY = date.today()
FROM = (TODAY - timedelta(days=200)).isoformat()
TO = TODAY.isoformat()


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    os.environ["PEERDESK_KDF_TARGET_MS"] = "0"
    folder = tmp_path_factory.mktemp("cliexport") / "vault"
    vault = Vault(folder)
    session.create_vault(vault, passphrase=PASSPHRASE)
    session.confirm_recovery_key(vault)
    fill_demo(vault, today=TODAY)
    vault.close()
    return folder


def export(cli, folder: Path, out: Path, fmt: str, *extra: str, stdin: str = PASSPHRASE + "\n"):
    return cli(
        "export", "supervision", "--from", FROM, "--to", TO, "--format", fmt,
        "--out", str(out), *extra, "--vault", str(folder), "--passphrase-stdin",
        input=stdin,
    )  # fmt: skip


def known_words() -> set[str]:
    words = set()
    for m in demo_mentees(TODAY):
        words |= {m.display_name, *m.full_name.split(), *m.aliases}
        words |= {p.name for p in m.important_people}
    return {w.lower() for w in words}


@pytest.mark.parametrize("fmt", ["md", "csv", "json", "pdf"])
def test_each_format_is_written_checked_and_logged(cli, demo_folder: Path, tmp_path: Path, fmt):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / f"supervision.{fmt}"
    done = export(cli, demo_folder, out, fmt)
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert f"SHA-256 {hashlib.sha256(data).hexdigest()}" in done.stdout
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
        from peerdesk.core.services.supervision import extract_text

        text = extract_text(data, "pdf")
    else:
        text = data.decode()
    lowered = text.lower()
    for word in known_words():
        assert f" {word} " not in f" {lowered} ".replace("\n", " ")
    if fmt == "json":
        doc = json.loads(text)
        assert doc["format"] == "peerdesk-supervision" and doc["version"] == 1
    assert list(out.parent.iterdir()) == [out]  # no temp file left


def test_export_is_in_the_audit_log_without_content(cli, demo_folder, tmp_path):
    out = tmp_path / "s.md"
    assert export(cli, demo_folder, out, "md").returncode == 0
    vault = Vault(demo_folder)
    session.unlock(vault, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            rows = [r for r in audit.recent(s) if r.kind == "exported"]
    finally:
        vault.close()
    detail = rows[0].detail
    assert detail["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert detail["format"] == "md" and "/" in detail["period"]
    assert set(detail) >= {"mentees", "notes", "sections", "packet"}


def test_empty_period_says_so(cli, demo_folder, tmp_path):
    out = tmp_path / "s.md"
    done = cli(
        "export", "supervision", "--from", "2001-01-01", "--to", "2001-02-01", "--format", "md",
        "--out", str(out), "--vault", str(demo_folder), "--passphrase-stdin",
        input=PASSPHRASE + "\n",
    )  # fmt: skip
    assert done.returncode == 1
    assert "no signed session notes" in one_line(done.stderr)
    assert not out.exists()


def test_read_only_folder_leaves_nothing(cli, demo_folder, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write to read-only folders")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        done = export(cli, demo_folder, folder / "s.md", "md")
        assert done.returncode == 1
        assert "no partial file" in one_line(done.stderr)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_missing_folder_is_a_clear_error(cli, demo_folder, tmp_path):
    done = export(cli, demo_folder, tmp_path / "nope" / "s.md", "md")
    assert done.returncode == 1
    assert "folder does not exist" in one_line(done.stderr)


def test_one_mentee_and_packet_round_trip(cli, demo_folder, tmp_path):
    out = tmp_path / "s.pdpacket"
    secret = "packet passphrase 99"
    done = export(
        cli, demo_folder, out, "md", "--mentee", "Maria", "--packet",
        stdin=f"{PASSPHRASE}\n{secret}\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert b"Mentee" not in out.read_bytes()  # encrypted
    plain = tmp_path / "opened.md"
    opened = cli(
        "open-packet", str(out), "--out", str(plain), "--passphrase-stdin", input=secret + "\n"
    )
    assert opened.returncode == 0, opened.stderr
    assert plain.read_text().startswith("# Supervision summary")
    wrong = cli(
        "open-packet", str(out), "--out", str(plain), "--passphrase-stdin", input="nope nope nope\n"
    )
    assert wrong.returncode == 3
    one_line(wrong.stderr)


def test_bad_dates_are_usage_errors(cli, demo_folder, tmp_path):
    done = cli(
        "export", "supervision", "--from", "12/11/2026", "--to", TO, "--format", "md",
        "--out", str(tmp_path / "x.md"), "--vault", str(demo_folder), "--passphrase-stdin",
        input=PASSPHRASE + "\n",
    )  # fmt: skip
    assert done.returncode == 2
    one_line(done.stderr)


def test_selfcare_section_only_when_asked(cli, tmp_path: Path) -> None:
    from datetime import date, time, timedelta

    from peerdesk.core.services import mentees, notes, selfcare
    from peerdesk.core.services.mentees import MenteeRecord
    from peerdesk.core.services.notes import NoteDraft
    from peerdesk.core.vault import Vault

    folder = tmp_path / "care"
    vault = Vault(folder)
    session.create_vault(vault, passphrase="orange kettle meadow 42")
    session.confirm_recovery_key(vault)
    who = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    day = date.today() - timedelta(days=2)
    notes.sign_note(
        vault,
        note_id=notes.save_draft(vault, draft=NoteDraft([who], day, start_time=time(10), did="x")),
    )
    selfcare.save_entry(vault, entry=selfcare.SelfCareRecord(day, 2, 4, 3, helped="Qx7Private"))
    vault.close()
    common = ["--from", (day - timedelta(days=5)).isoformat(), "--to", date.today().isoformat()]
    common += ["--format", "md", "--vault", str(folder), "--passphrase-stdin"]
    plain = cli(
        "export",
        "supervision",
        *common,
        "--out",
        str(tmp_path / "a.md"),
        input="orange kettle meadow 42\n",
    )
    assert plain.returncode == 0, plain.stderr
    assert "self-care" not in (tmp_path / "a.md").read_text().lower()
    ticked = cli(
        "export",
        "supervision",
        *common,
        "--section",
        "activity",
        "--section",
        "selfcare",
        "--out",
        str(tmp_path / "b.md"),
        input="orange kettle meadow 42\n",
    )
    assert ticked.returncode == 0, ticked.stderr
    text = (tmp_path / "b.md").read_text()
    assert "self-care" in text.lower() and "Qx7Private" not in text
    bad = cli(
        "export",
        "supervision",
        *common,
        "--section",
        "diary",
        "--out",
        str(tmp_path / "c.md"),
        input="orange kettle meadow 42\n",
    )
    assert bad.returncode == 2


@pytest.fixture(scope="module")
def realistic_folder(tmp_path_factory: pytest.TempPathFactory, realistic) -> Path:
    os.environ["PEERDESK_KDF_TARGET_MS"] = "0"
    folder = tmp_path_factory.mktemp("clirealistic") / "vault"
    vault = Vault(folder)
    session.create_vault(vault, passphrase=PASSPHRASE)
    session.confirm_recovery_key(vault)
    realistic.fill(vault)
    vault.close()
    return folder


@pytest.mark.parametrize("fmt", ["md", "csv", "json", "pdf"])
def test_people_called_june_may_and_will_never_block_an_export(
    cli, realistic_folder: Path, tmp_path: Path, fmt: str, realistic
) -> None:
    from peerdesk.core.services.supervision import extract_text

    out = tmp_path / f"supervision.{fmt}"
    done = cli(
        "export", "supervision", "--from", realistic.day.replace(day=1).isoformat(),
        "--to", realistic.day.replace(day=30).isoformat(), "--format", fmt, "--out", str(out),
        "--section", "activity", "--section", "flagged_notes", "--section", "boundary_events",
        "--vault", str(realistic_folder), "--passphrase-stdin", input=PASSPHRASE + "\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert realistic.leaks(extract_text(out.read_bytes(), fmt)) == []


def test_the_export_is_in_the_language_chosen_or_the_systems(
    cli, demo_folder: Path, tmp_path: Path
) -> None:
    """As the GUI decides it: the choice beside the vault (Settings, the wizard), else
    the system's language (LANG)."""
    out = tmp_path / "s.md"
    assert export(cli, demo_folder, out, "md").returncode == 0
    assert "# Supervision summary" in out.read_text()
    run = cli(
        "export", "supervision", "--from", FROM, "--to", TO, "--format", "csv",
        "--out", str(tmp_path / "s.csv"), "--vault", str(demo_folder), "--passphrase-stdin",
        input=PASSPHRASE + "\n", lang="es_MX.UTF-8",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "s.csv").read_text().startswith("sección,fila,columna,valor\n")
    assert run.stdout.startswith("Resumen para supervisión (CSV, notas: "), run.stdout
    assert "se comprobó que no tenga nombres conocidos" in run.stdout
    choice = demo_folder / "language"
    choice.write_text("es\n")
    try:
        assert export(cli, demo_folder, out, "md").returncode == 0
    finally:
        choice.unlink()
    text = out.read_text()
    assert text.startswith("# Resumen para supervisión\n") and "Supervision" not in text
    assert not set(known_words()) & {w.lower() for w in re.findall(r"\w+", text)}
