"""The mentor's self-care log, gentle prompts, caseload figures and supervision topics."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import mentees, notes, selfcare, settings
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.services.selfcare import SelfCareRecord
from peerdesk.core.vault import Vault

TODAY = date(2026, 11, 26)  # a Thursday


def test_log_round_trip_and_averages(vault: Vault) -> None:
    for days, (e, m, s) in enumerate([(4, 4, 2), (2, 3, 4), (3, 2, 5)]):
        selfcare.save_entry(
            vault,
            entry=SelfCareRecord(
                TODAY - timedelta(days=days), e, m, s, helped="A walk", need="Sleep"
            ),
            today=TODAY,
        )
    entries = selfcare.list_entries(vault)
    assert [x.on for x in entries] == [TODAY, TODAY - timedelta(days=1), TODAY - timedelta(days=2)]
    assert entries[0].helped == "A walk"
    avg = selfcare.averages(vault, date_from=TODAY - timedelta(days=7), date_to=TODAY)
    assert (avg.entries, avg.energy, avg.mood, avg.strain) == (3, 3.0, 3.0, 3.7)
    assert selfcare.averages(vault, date_from=date(2020, 1, 1), date_to=date(2020, 2, 1)) is None
    selfcare.delete_entry(vault, entry_id=entries[0].id)
    assert len(selfcare.list_entries(vault)) == 2


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (SelfCareRecord(TODAY, 0, 3, 3), "Energy"),
        (SelfCareRecord(TODAY, 3, 6, 3), "Mood"),
        (SelfCareRecord(TODAY + timedelta(days=1), 3, 3, 3), "future"),
    ],
)
def test_bad_entries_are_refused_clearly(vault: Vault, entry, message) -> None:
    with pytest.raises(ValidationError, match=message):
        selfcare.save_entry(vault, entry=entry, today=TODAY)
    assert selfcare.list_entries(vault) == []


@pytest.fixture
def maria(vault: Vault) -> int:
    return mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))


def note(vault: Vault, who: int, on: date, start: time, end: time, **kw) -> int:
    return notes.save_draft(
        vault, draft=NoteDraft([who], on, start_time=start, end_time=end, did="Met up.", **kw)
    )


def test_checkin_offered_only_after_hard_or_late_sessions(vault: Vault, maria: int) -> None:
    calm = note(vault, maria, TODAY, time(10), time(11))
    crisis = note(vault, maria, TODAY, time(10), time(11), kind="crisis support")
    concern = note(vault, maria, TODAY, time(10), time(11), safety_concern=True)
    late = note(vault, maria, TODAY, time(22, 30), time(23))
    early = note(vault, maria, TODAY, time(7), time(7, 30))
    assert not selfcare.checkin_offer_due(vault, note_id=calm)
    for note_id in (crisis, concern, late, early):
        assert selfcare.checkin_offer_due(vault, note_id=note_id)
    settings.set_setting(vault, "usual_hours_start", 6)
    assert not selfcare.checkin_offer_due(vault, note_id=early)
    settings.set_setting(vault, "selfcare_prompts", False)
    assert not any(selfcare.checkin_offer_due(vault, note_id=n) for n in (crisis, concern, late))


def test_caseload_per_week_and_the_calm_signal(vault: Vault, maria: int) -> None:
    tom = mentees.add_mentee(vault, record=MenteeRecord(display_name="Tom"))
    monday = TODAY - timedelta(days=TODAY.weekday())
    for week in range(2, 12):  # ten ordinary weeks: two one-hour sessions
        day = monday - timedelta(weeks=week)
        note(vault, maria, day, time(10), time(11))
        note(vault, tom, day + timedelta(days=1), time(14), time(15))
    for week in (0, 1):  # two heavy weeks: six 90-minute sessions, one late crisis call
        day = monday - timedelta(weeks=week)
        for i in range(6):
            note(vault, maria if i % 2 else tom, day, time(9 + i), time(10 + i, 30))
        note(vault, maria, day, time(22), time(23), kind="crisis support")
    weeks = selfcare.caseload(vault, today=TODAY)
    assert len(weeks) == 12 and weeks[-1].week_start == monday
    assert (weeks[0].sessions, weeks[0].hours, weeks[0].active_mentees) == (2, 2.0, 2)
    last = weeks[-1]
    assert (last.sessions, last.hours, last.out_of_hours, last.crisis) == (7, 10.0, 1, 1)
    assert last.active_mentees == 2
    message = selfcare.load_signal(weeks)
    assert message and "fuller than usual" in message and "patient" not in message.lower()
    assert selfcare.load_signal(weeks[:-2]) is None  # ordinary weeks: nothing to say


def test_only_the_most_recently_talked_through_topics_follow_the_open_ones(vault: Vault) -> None:
    """Years of supervision are thousands of topics: the page asks for the open ones and
    the few most recently talked through, newest first by the day they were."""
    ids = [selfcare.add_topic(vault, text=f"Topic {n}") for n in range(8)]
    for n, topic_id in enumerate(ids[:6]):
        selfcare.mark_discussed(vault, topic_id=topic_id, on=TODAY - timedelta(days=10 - n))
    shown = selfcare.list_topics(vault, include_discussed=True, recent_discussed=3)
    assert [t.text for t in shown] == ["Topic 6", "Topic 7", "Topic 3", "Topic 4", "Topic 5"]
    everything = selfcare.list_topics(vault, include_discussed=True)
    assert len(everything) == 8


def test_topics_from_flagged_notes_and_my_own(vault: Vault, maria: int) -> None:
    flagged = note(vault, maria, TODAY, time(10), time(11), discuss_in_supervision=True)
    note(vault, maria, TODAY, time(12), time(13))
    assert selfcare.gather_flagged_notes(vault) == 1
    assert selfcare.gather_flagged_notes(vault) == 0  # once only
    mine = selfcare.add_topic(vault, text="How much of my own story to share")
    with pytest.raises(ValidationError):
        selfcare.add_topic(vault, text="  ")
    topics = selfcare.list_topics(vault)
    assert [(t.note_id, t.text) for t in topics] == [
        (flagged, ""),
        (None, "How much of my own story to share"),
    ]
    assert topics[0].note_date == TODAY
    # The flagged note's kind and who was in it come with the topic (no note read per row).
    assert topics[0].note_names == ("Maria",) and topics[0].note_kind
    assert (topics[1].note_names, topics[1].note_kind) == ((), "")
    selfcare.mark_discussed(vault, topic_id=mine, on=TODAY, agreed="Share briefly, with a purpose")
    assert [t.id for t in selfcare.list_topics(vault)] == [topics[0].id]
    done = next(t for t in selfcare.list_topics(vault, include_discussed=True) if t.id == mine)
    assert (done.discussed_on, done.agreed) == (TODAY, "Share briefly, with a purpose")
    selfcare.reopen_topic(vault, topic_id=mine)
    assert len(selfcare.list_topics(vault)) == 2


def test_support_lines_have_sources() -> None:
    lines = selfcare.support_lines()
    assert {"US", "GB", "CA", "IE", "AU", "any"} <= {line.region for line in lines}
    assert all(line.source and line.how and line.about for line in lines)


def test_flagged_notes_are_found_through_their_index(vault: Vault) -> None:
    """Gathering topics reads the partial index of flagged notes, not every note (at
    100,000 notes a scan of session_note is ~240 ms on every page reload)."""
    from sqlalchemy import text

    with vault.session() as s:
        compiled = selfcare.flagged_without_topic().compile(
            s.get_bind(), compile_kwargs={"literal_binds": True}
        )
        plan = " ".join(str(row[-1]) for row in s.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "ix_session_note_flagged" in plan, plan
