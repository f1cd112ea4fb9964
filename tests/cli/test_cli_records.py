"""`peerdesk notes review`, `mentee record`, `mentee retention` and `mentee erase` in a
child process, on a vault filled through the services."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from peerdesk.core.services import agreements, directory, goals, mentees, notes, referrals, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault = Vault(path)
    session.create_vault(vault, passphrase=PASSPHRASE)
    session.confirm_recovery_key(vault)
    try:
        maria = mentees.add_mentee(
            vault,
            record=MenteeRecord(display_name="Maria", what_matters="Saturdays at the library"),
        )
        tom = mentees.add_mentee(vault, record=MenteeRecord(display_name="Tom"))
        own = notes.save_draft(
            vault,
            draft=NoteDraft(
                [maria],
                date(2026, 11, 2),
                time(10),
                time(11),
                did="We found the 7 bus stop together.",
                how_it_went="Maria felt proud.",
                next_steps="Saturday trip.",
            ),
        )
        notes.sign_note(vault, note_id=own)
        notes.add_addendum(vault, note_id=own, text_="She asked to add: it was raining.")
        group = notes.save_draft(
            vault,
            draft=NoteDraft(
                [maria, tom],
                date(2026, 11, 3),
                setting="group",
                kind="group",
                did="Tom talked about his brother Ezekiel.",
                how_it_went="Good.",
                next_steps="More.",
            ),
        )
        notes.sign_note(vault, note_id=group)
        notes.save_draft(vault, draft=NoteDraft([tom], date(2026, 11, 4), did="Short."))
        goal = goals.save_goal(
            vault, goal=goals.GoalRecord(mentee_id=maria, statement="Ride the bus alone")
        )
        goals.add_progress(
            vault, goal_id=goal, score=7, sentence="Nearly there", on=date(2026, 11, 2), note_id=own
        )
        agreements.save_agreement(
            vault,
            record=agreements.AgreementRecord(
                mentee_id=maria, channels=["phone"], crisis_plan="Call the warm line"
            ),
        )
        service = directory.save_service(
            vault, record=directory.ServiceRecord(name="Food bank", organization_name="Elm Trust")
        )
        referrals.add_referral(
            vault,
            record=referrals.ReferralRecord(
                mentee_id=maria,
                service_id=service,
                referred_on=date(2026, 11, 2),
                reason="groceries",
            ),
        )
        session.backup(vault, out=vault.backups_dir / "weekly.pdbackup")
    finally:
        vault.close()
    return path


def run(cli, folder: Path, *args: str, stdin: str = ""):
    return cli(*args, "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n" + stdin)


def test_notes_review_lists_gaps_as_json_and_as_text(cli, folder: Path) -> None:
    done = run(
        cli, folder, "notes", "review", "--from", "2026-11-01", "--to", "2026-11-30", "--json"
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["notes_checked"] == 3 and result["profile"] == "general"
    messages = {m["message"] for item in result["missing_elements"] for m in item["missing"]}
    assert messages == {"Say how Tom felt it went.", "Say what comes next, if anything."}
    assert len(result["no_goal"]) == 2
    text = run(cli, folder, "notes", "review", "--from", "2026-11-01", "--to", "2026-11-30")
    assert (
        "Say how Tom felt it went." in text.stdout
        and "Notes not linked to a goal (2)" in text.stdout
    )
    bad = run(cli, folder, "notes", "review", "--from", "November", "--to", "2026-11-30")
    assert bad.returncode == 2 and "YYYY-MM-DD" in one_line(bad.stderr)


def test_mentee_record_holds_their_content_and_none_of_another_participants(
    cli, folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "maria.md"
    done = run(cli, folder, "mentee", "record", "Maria", "--format", "md", "--out", str(out))
    assert done.returncode == 0, done.stderr
    body = out.read_text("utf-8")
    for expected in (
        "Saturdays at the library",
        "We found the 7 bus stop together.",
        "it was raining",
        "Ride the bus alone",
        "7 out of 10, Nearly there",
        "Call the warm line",
        "Food bank",
        "groceries",
        "A group session",
    ):
        assert expected in body, expected
    assert "Ezekiel" not in body and "Tom" not in body and "Short." not in body
    pdf = tmp_path / "maria.pdf"
    done = run(cli, folder, "mentee", "record", "Maria", "--format", "pdf", "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    with session.open_vault(folder, passphrase=PASSPHRASE) as vault, vault.session() as s:
        from peerdesk.core.services import audit

        logged = [e for e in audit.recent(s) if e.entity == "mentee_record"]
    assert [e.detail["format"] for e in logged] == ["pdf", "md"]


def test_mentee_erase_asks_names_the_backups_and_keeps_check_passing(cli, folder: Path) -> None:
    refused = run(cli, folder, "mentee", "erase", "Maria")
    assert refused.returncode == 2 and "--yes" in one_line(refused.stderr)
    missing = run(cli, folder, "mentee", "erase", "-", "--yes", stdin="Maria\nNobody\n")
    assert missing.returncode == 1 and "No mentee" in one_line(missing.stderr)
    done = run(cli, folder, "mentee", "erase", "-", "--yes", stdin="maria\n")
    assert done.returncode == 0, done.stderr
    assert "1 backup still contains this person" in done.stdout
    assert "1 group note stays for the others" in done.stdout
    assert "Erased: 1 note (1 signed" in done.stdout
    check = run(cli, folder, "check")
    assert check.returncode == 0, check.stderr
    listed = run(cli, folder, "mentee", "list", "--json")
    assert [m["name"] for m in json.loads(listed.stdout)] == ["Tom"]
    retention = run(cli, folder, "mentee", "retention", "--set", "24")
    assert retention.returncode == 0 and "24 months" in retention.stdout


def test_listings_and_confirmations_are_in_the_mentors_language(cli, folder: Path) -> None:
    """With Spanish chosen beside the vault: the documentation review's headings and lines,
    the erasure's plan, the retention listing (each was English before). The profile's own
    words (its file) stay as the profile writes them."""
    (folder / "language").write_text("es\n")
    review = run(cli, folder, "notes", "review", "--from", "2026-11-01", "--to", "2026-11-30")
    assert review.returncode == 0, review.stderr
    out = review.stdout
    assert out.startswith(
        "Revisión de la documentación del 2026-11-01 al 2026-11-30 (3 notas, perfil general)"
    ), out
    assert "Notas a las que les falta algo (1):" in out and "[borrador]" in out, out
    assert "Notas sin vínculo con una meta (2):" in out and "  nota " in out, out
    assert "Notes " not in out and "note " not in out and "profile" not in out, out
    erase = run(cli, folder, "mentee", "erase", "-", "--yes", stdin="maria\n")
    assert erase.returncode == 0, erase.stderr
    assert "Borrar a Maria quita su perfil, 1 nota, 1 meta, 1 acuerdo, 1 referido" in erase.stdout
    assert "1 nota de grupo se conserva para las demás personas" in erase.stdout
    assert "1 copia de seguridad sigue conteniendo a esta persona" in erase.stdout
    assert "Erasing" not in erase.stdout and "backup" not in erase.stdout.replace(
        "--remove-backups", ""
    )
    retention = run(cli, folder, "mentee", "retention", "--set", "24")
    assert retention.returncode == 0, retention.stderr
    assert retention.stdout.splitlines() == [
        "Periodo de conservación: meses tras la finalización del acompañamiento: 24.",
        "Nadie lo ha superado.",
    ]
