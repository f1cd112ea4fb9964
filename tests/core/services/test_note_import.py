"""Importing notes into a real vault: preview writes nothing, commit is one transaction,
10,000 CSV rows at once; the full export round trip gives the same content."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy.exc import StatementError

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import AuditEvent
from peerdesk.core.services import (
    agreements,
    archive,
    directory,
    goals,
    integrity,
    mentees,
    note_import,
    notes,
    referrals,
    search,
    session,
)
from peerdesk.core.services.mentees import Contact, MenteeRecord
from peerdesk.core.services.notes import FollowUpItem, NoteDraft
from peerdesk.core.vault import Vault

MAPPING = {"date": "Date", "mentee": "Person", "did": "Notes", "how_it_went": "How"}


def write_csv(path: Path, rows: int) -> Path:
    lines = ["Date,Person,Notes,How"]
    for i in range(rows):
        lines.append(
            f"2026-{1 + i % 12:02d}-{1 + i % 28:02d},{'Maria' if i % 2 else 'Tom'},"
            f"Walked to the market together number {i},Felt fine"
        )
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_preview_writes_nothing_and_commit_imports_10000_rows_in_one_transaction(
    vault: Vault, tmp_path: Path
) -> None:
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    source = write_csv(tmp_path / "old-notes.csv", 10_000)
    prepared = note_import.preview(vault, path=source, mapping=MAPPING)
    assert len(prepared.notes) == 10_000 and prepared.errors == []
    assert prepared.new_mentees == ["Tom"]
    assert notes.count_notes(vault) == 0 and len(mentees.list_mentees(vault)) == 1
    with vault.session() as s:
        before = s.query(AuditEvent).count()
    result = note_import.commit(vault, prepared=prepared)
    assert (result.notes, result.mentees_created, result.signed) == (10_000, 1, 0)
    assert notes.count_notes(vault) == 10_000
    with vault.session() as s:
        imported = s.query(AuditEvent).filter(AuditEvent.kind == "imported").all()
        assert s.query(AuditEvent).count() == before + 10_001
    assert {e.detail["sha256"] for e in imported} == {prepared.sha256}
    assert {e.detail["format"] for e in imported} == {"csv"}
    found = notes.list_notes(vault, where=notes.NoteFilter(date_from=date(2026, 1, 1)), limit=1)
    assert found


def test_a_failure_inside_the_commit_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "notes.csv", 20)
    prepared = note_import.preview(vault, path=source, mapping=MAPPING)
    # The database refuses the last row, after the new mentee and 19 notes were added.
    prepared.notes[-1].start_time = "25:99"  # type: ignore[assignment]
    with pytest.raises(StatementError):
        note_import.commit(vault, prepared=prepared)
    assert notes.count_notes(vault) == 0 and mentees.list_mentees(vault) == []


def test_signed_import_joins_the_chain_and_saved_mappings_come_back(
    vault: Vault, tmp_path: Path
) -> None:
    note_import.save_mapping(vault, name="old spreadsheet", mapping=MAPPING)
    assert note_import.mapping_names(vault) == ["old spreadsheet"]
    mapping = note_import.get_mapping(vault, name="old spreadsheet")
    prepared = note_import.preview(vault, path=write_csv(tmp_path / "a.csv", 5), mapping=mapping)
    assert note_import.commit(vault, prepared=prepared, sign=True).signed == 5
    assert integrity.check(vault) == []
    with pytest.raises(ValidationError, match="no saved mapping"):
        note_import.get_mapping(vault, name="other")
    with pytest.raises(ValidationError, match="--mentee"):
        (tmp_path / "n.md").write_text("## 2026-11-02\nHello\n")
        note_import.preview(vault, path=tmp_path / "n.md")


def fill(vault: Vault) -> None:
    maria = mentees.add_mentee(
        vault,
        record=MenteeRecord(
            display_name="Maria",
            full_name="Maria Lopez",
            aliases=["Mari"],
            contacts=[Contact("phone", "+1 555 0100", "mobile")],
            what_matters="Saturdays",
        ),
    )
    tom = mentees.add_mentee(vault, record=MenteeRecord(display_name="Tom"))
    one = notes.save_draft(
        vault,
        draft=NoteDraft(
            [maria],
            date(2026, 11, 2),
            time(10),
            time(11),
            did="Bus.",
            follow_ups=[FollowUpItem("Call", date(2026, 11, 9))],
        ),
    )
    notes.sign_note(vault, note_id=one)
    notes.add_addendum(vault, note_id=one, text_="Later detail.")
    group = notes.save_draft(
        vault,
        draft=NoteDraft(
            [maria, tom], date(2026, 11, 3), setting="group", kind="group", did="Walk."
        ),
    )
    notes.sign_note(vault, note_id=group)
    notes.save_draft(vault, draft=NoteDraft([tom], date(2026, 11, 4), did="Draft."))
    goal = goals.save_goal(vault, goal=goals.GoalRecord(mentee_id=maria, statement="Bus alone"))
    goals.add_step(vault, goal_id=goal, text_="Learn the timetable")
    goals.add_progress(vault, goal_id=goal, score=6, on=date(2026, 11, 2), note_id=one)
    agreements.save_agreement(
        vault,
        record=agreements.AgreementRecord(mentee_id=maria, channels=["phone"], ending="Talk first"),
    )
    service = directory.save_service(
        vault, record=directory.ServiceRecord(name="Food bank", organization_name="Elm Trust")
    )
    referrals.add_referral(
        vault,
        record=referrals.ReferralRecord(
            mentee_id=tom, service_id=service, referred_on=date(2026, 11, 3)
        ),
    )


def content(export: dict) -> dict:
    return {k: v for k, v in export.items() if k != "exported_at"}


def test_export_all_import_into_a_fresh_vault_export_all_gives_the_same_content(
    vault: Vault, tmp_path: Path
) -> None:
    fill(vault)
    first = archive.write_export(vault, out_dir=tmp_path / "out1", format="json")
    exported = json.loads(first.read_text("utf-8"))
    assert exported["format"] == "peerdesk-export" and "NOT de-identified" in exported["warning"]
    assert (
        len(exported["notes"]) == 3
        and exported["notes"][0]["addenda"][0]["text"] == "Later detail."
    )
    fresh = Vault(tmp_path / "fresh")
    session.create_vault(fresh, passphrase="another passphrase 1234")
    session.confirm_recovery_key(fresh)
    try:
        counts = archive.import_archive(fresh, path=first)
        assert counts["notes"] == 3 and counts["mentees"] == 2
        assert integrity.check(fresh) == []
        second = archive.write_export(fresh, out_dir=tmp_path / "out2", format="json")
        assert content(json.loads(second.read_text("utf-8"))) == content(exported)
        assert len(search.search_notes(fresh, query="later detail")) == 1
        assert len(search.search_notes(fresh, query="mari walk")) == 1
        with pytest.raises(ValidationError, match="already holds"):
            archive.import_archive(fresh, path=first)
    finally:
        fresh.close()
    folder = archive.write_export(vault, out_dir=tmp_path / "md", format="markdown")
    readme = (folder / "README.md").read_text("utf-8")
    assert "NOT de-identified" in readme
    maria = (folder / "mentees" / "mentee-0001.md").read_text("utf-8")
    assert "Later detail." in maria and "Bus alone" in maria
