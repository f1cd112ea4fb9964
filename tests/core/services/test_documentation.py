"""The chosen profile on real notes in a real vault: checklist, blocking, signature, review."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import SessionNote
from peerdesk.core.services import documentation, goals, integrity, mentees, notes, profile
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import MenteeStatus


def draft(who: list[int], **kw) -> NoteDraft:
    base = dict(participant_ids=who, occurred_on=date(2026, 11, 2), did="We rode the bus.")
    base.update(kw)
    return NoteDraft(**base)


FULL = dict(
    start_time=time(10, 0),
    end_time=time(11, 0),
    location="Library",
    wanted="To ride the bus on my own",
    did="We rode the 7 bus together and read the timetable at each stop.",
    how_it_went="Maria said she felt proud.",
    next_steps="Saturday trip on her own.",
)


def test_medicaid_profile_blocks_signing_until_complete_and_signs_with_credentials(
    vault: Vault,
) -> None:
    maria = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    documentation.choose_profile(vault, profile_id="us-medicaid")
    note_id = notes.save_draft(vault, draft=draft([maria]))
    gaps = documentation.checklist(vault, note_id=note_id)
    assert "Say how Maria responded." in [g.message for g in gaps]
    with pytest.raises(ValidationError, match=r"^Before signing: "):
        notes.sign_note(vault, note_id=note_id)
    assert notes.get_note(vault, note_id=note_id).state.value == "draft"

    profile.save_profile(vault, profile.Profile(name="Alex Rivera", credentials="CPS"))
    complete = draft([maria], **FULL)
    left = documentation.checklist(vault, draft=complete, note_id=note_id)
    assert [g.element for g in left] == ["goal"]  # a warning only
    notes.sign_note(vault, note_id=note_id, draft=complete)
    signed = notes.get_note(vault, note_id=note_id)
    assert signed.signed and signed.signed_by == "Alex Rivera, CPS"
    assert integrity.check(vault) == []
    with vault.session() as s:  # the signature line is part of the signed hash
        s.get(SessionNote, note_id).signed_by = "Someone Else, CPS"
    assert integrity.check(vault) != []


def test_general_profile_warns_only_and_a_goal_link_clears_the_uk_goal_item(vault: Vault) -> None:
    maria = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    note_id = notes.save_draft(vault, draft=draft([maria]))
    assert documentation.current_profile(vault).id == "general"
    assert {g.element for g in documentation.checklist(vault, note_id=note_id)} == {
        "response",
        "plan",
    }
    documentation.choose_profile(vault, profile_id="uk-peer-support-worker")
    assert "goal" in {g.element for g in documentation.checklist(vault, note_id=note_id)}
    goal_id = goals.save_goal(vault, goal=goals.GoalRecord(mentee_id=maria, statement="Bus alone"))
    goals.add_progress(vault, goal_id=goal_id, score=5, note_id=note_id, on=date(2026, 11, 2))
    assert "goal" not in {g.element for g in documentation.checklist(vault, note_id=note_id)}
    notes.sign_note(vault, note_id=note_id)  # nothing blocks in a light profile


def test_a_programme_adds_its_own_profile_file(vault: Vault, tmp_path: Path, monkeypatch) -> None:
    own = tmp_path / "own-profiles"
    own.mkdir()
    (own / "ours.json").write_text(
        json.dumps(
            {
                "id": "ours",
                "name": "Our programme",
                "elements": [
                    {
                        "id": "place",
                        "check": "field",
                        "fields": ["location"],
                        "blocks": True,
                        "missing": "Say where you met {name}.",
                    }
                ],
            }
        )
    )
    monkeypatch.setenv("PEERDESK_PROFILES", str(own))
    assert "ours" in {p.id for p in documentation.load_profiles()}
    documentation.choose_profile(vault, profile_id="ours")
    maria = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    note_id = notes.save_draft(vault, draft=draft([maria]))
    with pytest.raises(ValidationError, match="Say where you met Maria"):
        notes.sign_note(vault, note_id=note_id)
    with pytest.raises(ValidationError, match="no documentation profile"):
        documentation.choose_profile(vault, profile_id="missing")


def test_review_lists_gaps_old_drafts_and_unlinked_notes(vault: Vault) -> None:
    maria = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    tom = mentees.add_mentee(vault, record=MenteeRecord(display_name="Tom"))
    complete = notes.save_draft(vault, draft=draft([maria], **FULL))
    thin = notes.save_draft(vault, draft=draft([tom], occurred_on=date(2026, 11, 3)))
    outside = notes.save_draft(vault, draft=draft([tom], occurred_on=date(2026, 10, 1)))
    goal_id = goals.save_goal(vault, goal=goals.GoalRecord(mentee_id=maria, statement="Bus alone"))
    goals.add_progress(vault, goal_id=goal_id, score=6, note_id=complete, on=date(2026, 11, 2))
    notes.sign_note(vault, note_id=complete)
    with vault.session() as s:
        s.get(SessionNote, thin).created_at = datetime(2026, 11, 3, 9, 0)

    result = documentation.review(
        vault, start=date(2026, 11, 1), end=date(2026, 11, 30), today=date(2026, 11, 20)
    )
    assert result.notes_checked == 2
    assert [i.id for i in result.missing_elements] == [thin]
    assert result.missing_elements[0].participant_names == ("Tom",)
    assert [(i.id, i.draft_age_days) for i in result.old_drafts] == [(thin, 17)]
    assert [i.id for i in result.no_goal] == [thin]
    as_json = documentation.review_as_json(result)
    assert outside not in [i["note_id"] for i in as_json["no_goal"]]
    assert as_json["missing_elements"][0]["missing"][0]["message"] == "Say how Tom felt it went."
    with pytest.raises(ValidationError, match="ends before it starts"):
        documentation.review(vault, start=date(2026, 11, 2), end=date(2026, 11, 1))


def test_retention_lists_people_ended_longer_ago_and_respects_the_programme_minimum(
    vault: Vault,
) -> None:
    old = MenteeRecord(display_name="Maria", status=MenteeStatus.ENDED, ended_on=date(2020, 1, 5))
    old_id = mentees.add_mentee(vault, record=old)
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Tom", status=MenteeStatus.ENDED))
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Priya"))
    assert documentation.retention_due(vault) == []  # no limit by default
    documentation.set_retention(vault, months=24)
    due = documentation.retention_due(vault, today=date(2026, 12, 1))
    assert [(d.id, d.months_since) for d in due] == [(old_id, 82)]
    documentation.choose_profile(vault, profile_id="general")
    documentation.set_retention(vault, months=0)
    documentation.choose_profile(vault, profile_id="us-medicaid")
    with pytest.raises(ValidationError, match="at least 72 months"):
        documentation.set_retention(vault, months=12)
    assert documentation.retention_due(vault, today=date(2026, 12, 1)) == []
    assert mentees.get_mentee(vault, mentee_id=old_id).ended_on == date(2020, 1, 5)
