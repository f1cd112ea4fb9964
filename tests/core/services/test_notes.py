"""Session notes: drafts, validation, signing into a hash chain, addenda, lists and follow-ups."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import text

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import NoteState
from peerdesk.core.services import goals, integrity, mentees, notes
from peerdesk.core.services.changes import Changes
from peerdesk.core.services.goals import GoalRecord, Touched
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import FollowUpItem, NoteDraft, NoteFilter
from peerdesk.core.vault import Vault

from ...transactions import counting_transactions


@pytest.fixture
def people(vault: Vault) -> dict[str, int]:
    return {
        name: mentees.add_mentee(vault, record=MenteeRecord(display_name=name))
        for name in ("Maria", "Tom", "Priya")
    }


def draft(who: list[int], **kw) -> NoteDraft:
    base = dict(
        participant_ids=who,
        occurred_on=date(2026, 11, 2),
        start_time=time(10, 0),
        end_time=time(11, 15),
        did="We took the 7 bus to the library together.",
    )
    base.update(kw)
    return NoteDraft(**base)


def test_draft_round_trip_keeps_everything(vault: Vault, people) -> None:
    d = draft(
        [people["Maria"]],
        wanted='"I want to do it on my own."',
        how_it_went="Proud 🎉 — مرحبا",
        next_steps="Saturday trip",
        location="Elm Street stop",
        modality="phone",
        kind="check-in",
        discuss_in_supervision=True,
        follow_ups=[FollowUpItem("Check the card arrived", date(2026, 11, 9))],
    )
    note_id = notes.save_draft(vault, draft=d)
    got = notes.get_note(vault, note_id=note_id)
    assert got.state == NoteState.DRAFT
    assert (got.wanted, got.how_it_went, got.location) == (d.wanted, d.how_it_went, d.location)
    assert got.minutes == 75
    assert got.participant_names == ["Maria"]
    assert [f.task for f in got.follow_ups] == ["Check the card arrived"]
    assert got.discuss_in_supervision and not got.safety_concern


def test_update_draft_replaces_content(vault: Vault, people) -> None:
    note_id = notes.save_draft(vault, draft=draft([people["Maria"]]))
    notes.save_draft(vault, note_id=note_id, draft=draft([people["Tom"]], did="Bank visit"))
    got = notes.get_note(vault, note_id=note_id)
    assert got.participant_ids == [people["Tom"]] and got.did == "Bank visit"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"modality": "carrier pigeon"}, "How you met"),
        ({"kind": "therapy"}, "kind of session"),
        ({"did": "x" * (notes.MAX_SECTION + 1)}, "longer than"),
    ],
)
def test_bad_drafts_get_a_clear_message_and_nothing_is_written(
    vault: Vault, people, changes, message
) -> None:
    with pytest.raises(ValidationError, match=message):
        notes.save_draft(vault, draft=draft([people["Maria"]], **changes))
    assert notes.count_notes(vault) == 0 and not notes.has_notes(vault)


def test_a_session_across_midnight_saves_signs_and_lasts_the_right_time(
    vault: Vault, people
) -> None:
    late = draft([people["Maria"]], start_time=time(23, 30), end_time=time(0, 15))
    note_id = notes.save_draft(vault, draft=late)
    got = notes.get_note(vault, note_id=note_id)
    assert got.minutes == 45
    assert notes.ends_next_day(got.start_time, got.end_time)
    assert not notes.ends_next_day(time(10), time(11))
    notes.sign_note(vault, note_id=note_id)
    assert notes.get_note(vault, note_id=note_id).state == NoteState.SIGNED


def test_a_draft_saves_whatever_is_typed_and_signing_checks_it(vault: Vault, people) -> None:
    """Autosave never stops: a date typed far ahead, or a follow-up date before its words,
    saves as a draft; signing gives the one clear sentence and leaves the draft as it was."""
    for changes, message in (
        ({"occurred_on": date.today() + timedelta(days=30)}, "future"),
        ({"follow_ups": [FollowUpItem(task="", due_on=date.today())]}, "follow-up"),
    ):
        half = draft([people["Maria"]], **changes)
        note_id = notes.save_draft(vault, draft=half)
        assert notes.get_note(vault, note_id=note_id).did == half.did
        with pytest.raises(ValidationError, match=message):
            notes.validate(half, for_signing=True)
        with pytest.raises(ValidationError, match=message):
            notes.sign_note(vault, note_id=note_id, draft=half)
        assert notes.get_note(vault, note_id=note_id).state == NoteState.DRAFT


def test_signing_asks_for_participants_and_some_text(vault: Vault, people) -> None:
    empty = notes.save_draft(vault, draft=draft([], did=""))
    with pytest.raises(ValidationError, match="who the session was with"):
        notes.sign_note(vault, note_id=empty)
    with pytest.raises(ValidationError, match="at least one section"):
        notes.sign_note(vault, note_id=empty, draft=draft([people["Tom"]], did=""))
    with pytest.raises(ValidationError, match="one mentee"):
        notes.sign_note(vault, note_id=empty, draft=draft([people["Tom"], people["Maria"]]))
    assert notes.get_note(vault, note_id=empty).state == NoteState.DRAFT


def test_signed_notes_are_read_only_and_take_addenda(vault: Vault, people) -> None:
    note_id = notes.save_draft(vault, draft=draft([people["Maria"]]))
    assert notes.sign_note(vault, note_id=note_id).notes
    digest = notes.get_note(vault, note_id=note_id).content_hash
    assert digest is not None and len(digest) == 64
    with pytest.raises(ValidationError, match="signed"):
        notes.save_draft(vault, note_id=note_id, draft=draft([people["Maria"]], did="changed"))
    with pytest.raises(ValidationError, match="already signed"):
        notes.sign_note(vault, note_id=note_id)
    with pytest.raises(ValidationError, match="kept"):
        notes.delete_draft(vault, note_id=note_id)
    with pytest.raises(ValidationError, match="needs some text"):
        notes.add_addendum(vault, note_id=note_id, text_="   ")
    notes.add_addendum(vault, note_id=note_id, text_="It was the 8 bus, not the 7.")
    got = notes.get_note(vault, note_id=note_id)
    assert got.signed and got.did == draft([]).did
    assert [a.text for a in got.addenda] == ["It was the 8 bus, not the 7."]
    other = notes.save_draft(vault, draft=draft([people["Tom"]]))
    with pytest.raises(ValidationError, match="signed notes"):
        notes.add_addendum(vault, note_id=other, text_="too early")


def sign_three(vault: Vault, people) -> list[int]:
    ids = []
    for who in ("Maria", "Tom", "Priya"):
        note_id = notes.save_draft(vault, draft=draft([people[who]], did=f"Session with {who}"))
        notes.sign_note(vault, note_id=note_id)
        ids.append(note_id)
    notes.add_addendum(vault, note_id=ids[1], text_="A correction")
    return ids


def broken_link(vault: Vault) -> int | None:
    with vault.session() as s:
        return notes.verify_chain(s)


def test_chain_verifies_and_names_the_first_changed_note(vault: Vault, people) -> None:
    ids = sign_three(vault, people)
    assert broken_link(vault) is None
    assert integrity.check(vault) == []
    with vault.engine.begin() as conn:  # someone edits a signed note behind peerdesk's back
        conn.execute(
            text("UPDATE session_note SET did = 'rewritten' WHERE id = :id"), {"id": ids[1]}
        )
    assert broken_link(vault) == ids[1]
    problems = integrity.check(vault)
    assert any(f"Signed note {ids[1]}" in p for p in problems)


def test_chain_detects_a_changed_addendum_and_a_removed_note(vault: Vault, people) -> None:
    ids = sign_three(vault, people)
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE addendum SET text = 'different'"))
    assert broken_link(vault) == ids[1]
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE addendum SET text = 'A correction'"))
        conn.execute(text("DELETE FROM session_note WHERE id = :id"), {"id": ids[0]})
    assert broken_link(vault) == ids[1]  # its prev_hash no longer follows


def test_chain_detects_a_changed_flag_and_participant(vault: Vault, people) -> None:
    ids = sign_three(vault, people)
    with vault.engine.begin() as conn:
        conn.execute(
            text("UPDATE session_note SET safety_concern = 1 WHERE id = :id"), {"id": ids[2]}
        )
    assert broken_link(vault) == ids[2]


def test_group_note_is_in_each_participants_list(vault: Vault, people) -> None:
    group = draft([people["Maria"], people["Tom"]], setting="group", kind="group")
    note_id = notes.save_draft(vault, draft=group)
    notes.sign_note(vault, note_id=note_id)
    for who in ("Maria", "Tom"):
        rows = notes.list_notes(vault, where=NoteFilter(mentee_id=people[who]))
        assert [r.id for r in rows] == [note_id]
        assert rows[0].participant_names == ("Maria", "Tom")
    assert notes.list_notes(vault, where=NoteFilter(mentee_id=people["Priya"])) == []


def test_lists_are_windows_newest_first_with_filters(vault: Vault, people) -> None:
    for day in range(1, 8):
        notes.save_draft(
            vault,
            draft=draft(
                [people["Maria"]],
                occurred_on=date(2026, 10, day),
                kind="check-in" if day % 2 else "social",
            ),
        )
    assert notes.count_notes(vault) == 7 and notes.has_notes(vault)
    first = notes.list_notes(vault, offset=0, limit=3)
    second = notes.list_notes(vault, offset=3, limit=3)
    assert [r.occurred_on.day for r in first + second] == [7, 6, 5, 4, 3, 2]
    assert notes.count_notes(vault, where=NoteFilter(kind="social")) == 3
    assert (
        notes.count_notes(
            vault, where=NoteFilter(date_from=date(2026, 10, 3), date_to=date(2026, 10, 5))
        )
        == 3
    )
    assert notes.count_notes(vault, where=NoteFilter(state=NoteState.SIGNED)) == 0


def test_follow_ups_due_first_and_ticked_done(vault: Vault, people) -> None:
    later = FollowUpItem("Later", date(2026, 12, 1))
    sooner = FollowUpItem("Sooner", date(2026, 11, 5))
    whenever = FollowUpItem("No date")
    note_id = notes.save_draft(
        vault, draft=draft([people["Tom"]], follow_ups=[later, whenever, sooner])
    )
    notes.sign_note(vault, note_id=note_id)
    due = notes.open_follow_ups(vault, mentee_id=people["Tom"])
    assert [f.task for f in due] == ["Sooner", "Later", "No date"]
    assert due[0].overdue(date(2026, 11, 6)) and not due[2].overdue(date(2030, 1, 1))
    notes.set_follow_up_done(vault, follow_up_id=due[0].id)  # allowed on a signed note
    assert [f.task for f in notes.open_follow_ups(vault)] == ["Later", "No date"]
    assert broken_link(vault) is None  # ticking a task does not touch the signed content
    assert notes.open_follow_ups(vault, mentee_id=people["Maria"]) == []


def test_interrupted_drafts_and_last_mentee(vault: Vault, people) -> None:
    assert notes.last_mentee_id(vault) is None
    calm = notes.save_draft(vault, draft=draft([people["Maria"]]))
    typing = notes.save_draft(vault, draft=draft([people["Priya"]]), editing=True)
    assert notes.interrupted_drafts(vault) == [typing]
    assert notes.last_mentee_id(vault) == people["Priya"]
    notes.close_editor(vault, note_id=typing)
    assert notes.interrupted_drafts(vault) == []
    notes.delete_draft(vault, note_id=calm)
    assert notes.count_notes(vault) == 1


def test_a_deleted_mentee_cannot_be_a_participant(vault: Vault, people) -> None:
    with pytest.raises(ValidationError, match="no longer exists"):
        notes.save_draft(vault, draft=draft([people["Maria"], 999_999]))
    assert notes.count_notes(vault) == 0


def _goal(vault: Vault, mentee_id: int) -> int:
    return goals.save_goal(
        vault,
        goal=GoalRecord(mentee_id=mentee_id, statement="Take the bus on my own"),
        today=date(2026, 11, 1),
    )


def test_signing_with_goals_touched_is_one_transaction(vault: Vault, people) -> None:
    goal = _goal(vault, people["Maria"])
    note_id = notes.save_draft(vault, draft=draft([people["Maria"]], did=""))
    with counting_transactions() as seen:
        done = notes.sign_note(
            vault,
            note_id=note_id,
            draft=draft([people["Maria"]]),
            touched=[Touched(goal, 7, "Rode two stops alone")],
        )
    assert (seen.committed, seen.writing) == (1, 1)
    assert done == Changes(notes=True, goals=True)
    assert notes.get_note(vault, note_id=note_id).state == NoteState.SIGNED
    (entry,) = goals.progress_for_note(vault, note_id=note_id)
    assert (entry.goal_id, entry.score, entry.sentence) == (goal, 7, "Rode two stops alone")


def test_a_refused_goal_score_leaves_the_note_unsigned_and_unchanged(vault: Vault, people) -> None:
    goal = _goal(vault, people["Maria"])
    note_id = notes.save_draft(vault, draft=draft([people["Maria"]], did="first words"))
    with pytest.raises(ValidationError):
        notes.sign_note(
            vault,
            note_id=note_id,
            draft=draft([people["Maria"]], did="second words"),
            touched=[Touched(goal, 12)],
        )
    kept = notes.get_note(vault, note_id=note_id)
    assert kept.state == NoteState.DRAFT and kept.did == "first words"
    assert goals.progress_for_note(vault, note_id=note_id) == []


def test_saving_a_draft_with_its_goals_touched_is_one_transaction(vault: Vault, people) -> None:
    goal = _goal(vault, people["Maria"])
    with counting_transactions() as seen:
        note_id = notes.save_draft(
            vault, draft=draft([people["Maria"]]), touched=[Touched(goal, 4)]
        )
    assert (seen.committed, seen.writing) == (1, 1)
    assert [p.score for p in goals.progress_for_note(vault, note_id=note_id)] == [4]
