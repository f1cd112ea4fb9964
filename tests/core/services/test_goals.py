"""Goals, steps, progress linked to session notes, Today's prompts and recovery check-ins."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import GoalDomain, GoalStatus
from peerdesk.core.services import goals, mentees, notes, settings
from peerdesk.core.services.goals import GoalRecord, Touched
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.vault import Vault

TODAY = date(2026, 11, 26)


@pytest.fixture
def maria(vault: Vault) -> int:
    return mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))


def goal(vault: Vault, who: int, statement: str = "Get my own flat by spring", **kw) -> int:
    kw.setdefault("domain", GoalDomain.HOUSING)
    return goals.save_goal(
        vault, goal=GoalRecord(mentee_id=who, statement=statement, **kw), today=TODAY
    )


def note(vault: Vault, who: int, on: date = TODAY) -> int:
    return notes.save_draft(
        vault,
        draft=NoteDraft([who], on, start_time=time(10), end_time=time(11), did="Met up."),
    )


def test_goal_round_trip_in_their_words(vault: Vault, maria: int) -> None:
    gid = goal(
        vault,
        maria,
        why="So my daughter can stay over",
        strengths="I never give up on paperwork",
        target_on=TODAY + timedelta(days=120),
        review_on=TODAY + timedelta(days=28),
    )
    g = goals.get_goal(vault, goal_id=gid)
    assert (g.statement, g.why, g.strengths) == (
        "Get my own flat by spring",
        "So my daughter can stay over",
        "I never give up on paperwork",
    )
    assert g.domain == GoalDomain.HOUSING and g.status == GoalStatus.ACTIVE
    assert "flat" not in repr(g)
    g.status = GoalStatus.ACHIEVED
    goals.save_goal(vault, goal=g, today=TODAY)
    assert goals.get_goal(vault, goal_id=gid).status_changed_on == TODAY


def test_goals_list_in_domain_order(vault: Vault, maria: int) -> None:
    goal(vault, maria, "Join the walking group", domain=GoalDomain.COMMUNITY)
    goal(vault, maria, "Learn the 14 bus", domain=GoalDomain.GETTING_AROUND)
    goal(vault, maria, "Sort the rent arrears", domain=GoalDomain.HOUSING)
    listed = goals.list_goals(vault, mentee_id=maria)
    assert [g.domain for g in listed] == [
        GoalDomain.HOUSING,
        GoalDomain.GETTING_AROUND,
        GoalDomain.COMMUNITY,
    ]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (GoalRecord(mentee_id=0, statement="  "), "own words"),
        (GoalRecord(mentee_id=0, statement="x", target_on=TODAY - timedelta(days=1)), "passed"),
        (GoalRecord(mentee_id=0, statement="x" * 20_001), "too long"),
    ],
)
def test_bad_goals_are_refused_clearly(vault: Vault, maria: int, record, message) -> None:
    record.mentee_id = maria
    with pytest.raises(ValidationError, match=message):
        goals.save_goal(vault, goal=record, today=TODAY)
    assert goals.list_goals(vault, mentee_id=maria) == []


def test_past_target_date_new_goal_when_confirmed_and_on_existing_goal(
    vault: Vault, maria: int
) -> None:
    past = TODAY - timedelta(days=10)
    record = GoalRecord(mentee_id=maria, statement="Open a bank account", target_on=past)
    assert goals.target_in_past(record, TODAY)
    gid = goals.save_goal(vault, goal=record, today=TODAY, past_target_ok=True)
    existing = goals.get_goal(vault, goal_id=gid)
    assert not goals.target_in_past(existing, TODAY)
    existing.why = "Wages go somewhere safe"
    goals.save_goal(vault, goal=existing, today=TODAY)  # no question asked for an existing goal


def test_steps_order_done_and_reorder(vault: Vault, maria: int) -> None:
    gid = goal(vault, maria)
    a = goals.add_step(vault, goal_id=gid, text_="Ask the council for the form")
    b = goals.add_step(vault, goal_id=gid, text_="Fill it in together", due_on=TODAY)
    c = goals.add_step(vault, goal_id=gid, text_="Post it")
    with pytest.raises(ValidationError, match="few words"):
        goals.add_step(vault, goal_id=gid, text_="   ")
    goals.move_step(vault, step_id=c, offset=-1)
    assert [st.id for st in goals.get_goal(vault, goal_id=gid).steps] == [a, c, b]
    goals.reorder_steps(vault, goal_id=gid, step_ids=[b, a, c])
    assert [st.id for st in goals.get_goal(vault, goal_id=gid).steps] == [b, a, c]
    goals.set_step_done(vault, step_id=b, today=TODAY)
    summary = goals.list_goals(vault, mentee_id=maria)[0]
    assert summary.next_step.id == a and (summary.steps_done, summary.steps_total) == (1, 3)
    assert goals.get_goal(vault, goal_id=gid).steps[0].done_on == TODAY
    goals.set_step_done(vault, step_id=b, done=False)
    assert goals.get_goal(vault, goal_id=gid).steps[0].done_on is None
    goals.edit_step(vault, step_id=a, text_="Phone the council", due_on=None)
    goals.delete_step(vault, step_id=c)
    assert [st.text for st in goals.get_goal(vault, goal_id=gid).steps] == [
        "Fill it in together",
        "Phone the council",
    ]


@pytest.mark.parametrize("score", [-1, 11, 3.5, True, "7"])
def test_progress_outside_0_to_10_is_refused(vault: Vault, maria: int, score) -> None:
    gid = goal(vault, maria)
    with pytest.raises(ValidationError, match="0 to 10"):
        goals.add_progress(vault, goal_id=gid, score=score, today=TODAY)
    assert goals.get_goal(vault, goal_id=gid).progress == []


def test_progress_in_the_future_is_refused(vault: Vault, maria: int) -> None:
    gid = goal(vault, maria)
    with pytest.raises(ValidationError, match="future"):
        goals.add_progress(vault, goal_id=gid, score=5, on=TODAY + timedelta(days=1), today=TODAY)


def test_progress_from_a_note_is_linked_both_ways(vault: Vault, maria: int) -> None:
    flat = goal(vault, maria)
    bus = goal(vault, maria, "Learn the 14 bus", domain=GoalDomain.GETTING_AROUND)
    goals.add_progress(
        vault,
        goal_id=flat,
        score=2,
        sentence="Found the form",
        on=TODAY - timedelta(days=30),
        today=TODAY,
    )
    nid = note(vault, maria, TODAY - timedelta(days=2))
    goals.save_note_progress(
        vault,
        note_id=nid,
        touched=[Touched(flat, 4, "Form is in"), Touched(bus, 6, "Rode it alone")],
        today=TODAY,
    )
    linked = goals.progress_for_note(vault, note_id=nid)
    assert {(p.goal_id, p.score, p.on) for p in linked} == {
        (flat, 4, TODAY - timedelta(days=2)),
        (bus, 6, TODAY - timedelta(days=2)),
    }
    detail = goals.get_goal(vault, goal_id=flat)
    assert [(p.score, p.note_id) for p in detail.progress] == [(2, None), (4, nid)]
    assert goals.note_dates(vault, note_ids=[nid]) == {nid: TODAY - timedelta(days=2)}
    # Unticking a goal in the note removes that note's entry only; saving twice does not double.
    goals.save_note_progress(vault, note_id=nid, touched=[Touched(flat, 5, "")], today=TODAY)
    goals.save_note_progress(vault, note_id=nid, touched=[Touched(flat, 5, "")], today=TODAY)
    assert [(p.goal_id, p.score) for p in goals.progress_for_note(vault, note_id=nid)] == [
        (flat, 5)
    ]
    assert goals.get_goal(vault, goal_id=bus).progress == []
    with pytest.raises(ValidationError, match="0 to 10"):
        goals.save_note_progress(vault, note_id=nid, touched=[Touched(flat, 12)], today=TODAY)


def test_note_progress_only_for_people_in_the_session(vault: Vault, maria: int) -> None:
    sam = mentees.add_mentee(vault, record=MenteeRecord(display_name="Sam"))
    sams_goal = goal(vault, sam, "Phone my sister")
    nid = note(vault, maria)
    with pytest.raises(ValidationError, match="not in this session"):
        goals.save_note_progress(vault, note_id=nid, touched=[Touched(sams_goal, 3)], today=TODAY)
    assert goals.active_goals_for(vault, mentee_ids=[maria]) == []


def test_a_goal_sessions_link_to_is_kept_others_can_be_deleted(vault: Vault, maria: int) -> None:
    linked = goal(vault, maria)
    loose = goal(vault, maria, "Try the library café")
    goals.add_progress(vault, goal_id=loose, score=3, today=TODAY)
    nid = note(vault, maria)
    goals.save_note_progress(vault, note_id=nid, touched=[Touched(linked, 3)], today=TODAY)
    assert goals.linked_note_count(vault, goal_id=linked) == 1
    with pytest.raises(ValidationError, match="let go"):
        goals.delete_goal(vault, goal_id=linked)
    goals.set_status(vault, goal_id=linked, status=GoalStatus.LET_GO, today=TODAY)
    goals.delete_goal(vault, goal_id=loose)
    assert [(g.id, g.status) for g in goals.list_goals(vault, mentee_id=maria)] == [
        (linked, GoalStatus.LET_GO)
    ]
    # Deleting a draft note keeps the progress (history), unlinked.
    notes.delete_draft(vault, note_id=nid)
    assert [p.note_id for p in goals.get_goal(vault, goal_id=linked).progress] == [None]


def test_goals_needing_attention_is_gentle_and_configurable(vault: Vault, maria: int) -> None:
    quiet = goal(vault, maria, "Walk by the river weekly", domain=GoalDomain.HEALTH)
    goals.add_progress(vault, goal_id=quiet, score=5, on=TODAY - timedelta(weeks=5), today=TODAY)
    fresh = goal(vault, maria, "Cook twice a week", domain=GoalDomain.DAILY_LIVING)
    goals.add_progress(vault, goal_id=fresh, score=5, on=TODAY - timedelta(days=3), today=TODAY)
    goals.add_step(
        vault, goal_id=fresh, text_="Buy a slow cooker", due_on=TODAY - timedelta(days=1)
    )
    review = goal(vault, maria, "Save £10 a week", domain=GoalDomain.MONEY, review_on=TODAY)
    goals.add_progress(vault, goal_id=review, score=5, on=TODAY, today=TODAY)
    paused = goal(vault, maria, "Paused one", status=GoalStatus.PAUSED)
    goals.add_progress(vault, goal_id=paused, score=1, on=TODAY - timedelta(weeks=20), today=TODAY)

    found = goals.goals_needing_attention(vault, TODAY)
    assert [(a.goal_id, a.reason) for a in found] == [
        (fresh, "step"),
        (review, "review"),
        (quiet, "quiet"),
    ]
    assert found[0].mentee_name == "Maria" and "slow cooker" in found[0].text
    assert "5 weeks" in found[2].text and "gentle" in found[2].text
    settings.set_setting(vault, "goal_stalled_weeks", 6)
    assert "quiet" not in {a.reason for a in goals.goals_needing_attention(vault, TODAY)}
    mentees.set_archived(vault, mentee_id=maria, archived=True)
    assert goals.goals_needing_attention(vault, TODAY) == []


def test_domain_overview_first_and_latest(vault: Vault, maria: int) -> None:
    flat = goal(vault, maria)
    goals.add_progress(vault, goal_id=flat, score=2, on=TODAY - timedelta(days=60), today=TODAY)
    goals.add_progress(vault, goal_id=flat, score=6, on=TODAY, today=TODAY)
    goal(vault, maria, "Make a friend at group", domain=GoalDomain.COMMUNITY)
    points = goals.domain_overview(vault, mentee_id=maria)
    assert [(p.domain, p.goals, p.first, p.latest) for p in points] == [
        (GoalDomain.HOUSING, 1, 2.0, 6.0),
        (GoalDomain.COMMUNITY, 1, None, None),
    ]
    assert [g.id for g, _ in goals.next_steps(vault, mentee_id=maria)] == []


def test_checkin_form_has_ten_items_scored_1_to_6() -> None:
    form = goals.checkin_form()
    assert [i.n for i in form.items] == list(range(1, 11))
    assert len(form.labels) == 6
    assert all(i.text.endswith(".") for i in form.items)


def test_checkins_total_and_trend(vault: Vault, maria: int) -> None:
    goals.save_checkin(
        vault,
        mentee_id=maria,
        on=TODAY - timedelta(days=60),
        scores=dict.fromkeys(range(1, 11), 2),
        today=TODAY,
    )
    goals.save_checkin(
        vault,
        mentee_id=maria,
        on=TODAY,
        scores={n: 6 if n < 6 else 4 for n in range(1, 11)},
        note="Felt brighter",
        today=TODAY,
    )
    found = goals.list_checkins(vault, mentee_id=maria)
    assert [c.total for c in found] == [20, 50]
    assert found[1].note == "Felt brighter" and "brighter" not in repr(found[1])
    goals.delete_checkin(vault, checkin_id=found[0].id)
    assert len(goals.list_checkins(vault, mentee_id=maria)) == 1


@pytest.mark.parametrize(
    ("scores", "message"),
    [
        (dict.fromkeys(range(1, 10), 3), "ten statements"),
        ({**dict.fromkeys(range(1, 11), 3), 4: 7}, "1 to 6"),
        ({**dict.fromkeys(range(1, 11), 3), 4: 0}, "1 to 6"),
    ],
)
def test_bad_checkins_are_refused(vault: Vault, maria: int, scores, message) -> None:
    with pytest.raises(ValidationError, match=message):
        goals.save_checkin(vault, mentee_id=maria, on=TODAY, scores=scores, today=TODAY)
    assert goals.list_checkins(vault, mentee_id=maria) == []


def test_demo_vault_has_goals_with_months_of_progress_and_checkins(tmp_path) -> None:
    from peerdesk.core.demo import create_demo_vault

    vault = create_demo_vault(tmp_path / "demo")
    try:
        maria = mentees.find_mentee(vault, name="Maria")
        mine = goals.list_goals(vault, mentee_id=maria)
        assert len(mine) >= 3 and {g.status for g in mine} >= {
            GoalStatus.ACTIVE,
            GoalStatus.ACHIEVED,
        }
        bus = goals.get_goal(vault, goal_id=mine[0].id)
        assert (bus.progress[-1].on - bus.progress[0].on).days >= 90
        assert any(p.note_id for p in bus.progress)  # linked to her session notes
        assert len(goals.list_checkins(vault, mentee_id=maria)) >= 3
        reasons = {a.reason for a in goals.goals_needing_attention(vault)}
        assert reasons == {"step", "review", "quiet"}
    finally:
        vault.close()
