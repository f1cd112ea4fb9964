"""Boundary agreements, out-of-hours detection, boundary events and crisis cards."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import AgreementStatus, BoundaryEventKind
from peerdesk.core.services import (
    agreements,
    audit,
    boundary_events,
    contact_hours,
    crisis_cards,
    directory,
    mentees,
    notes,
)
from peerdesk.core.services.boundary_events import EventRecord
from peerdesk.core.services.crisis_cards import CrisisCardRecord
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.vault import Vault

TODAY = date(2026, 11, 26)  # a Thursday
WEEKDAYS = {d: [["09:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}


@pytest.fixture
def maria(vault: Vault) -> int:
    return mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))


def agreed(vault: Vault, who: int, **kw) -> int:
    record = agreements.from_template("practical-support", mentee_id=who)
    record.contact_hours = kw.pop("hours", WEEKDAYS)
    for k, v in kw.items():
        setattr(record, k, v)
    aid = agreements.save_agreement(vault, record=record)
    agreements.activate(vault, agreement_id=aid, today=TODAY)
    return aid


# --- contact hours ---------------------------------------------------------------------


def test_weekday_hours_are_half_open() -> None:
    thu = date(2026, 11, 26)
    assert contact_hours.within_hours(WEEKDAYS, datetime.combine(thu, time(9, 0)))
    assert contact_hours.within_hours(WEEKDAYS, datetime.combine(thu, time(17, 59)))
    assert not contact_hours.within_hours(WEEKDAYS, datetime.combine(thu, time(18, 0)))
    assert not contact_hours.within_hours(WEEKDAYS, datetime.combine(thu, time(23, 40)))
    assert not contact_hours.within_hours(WEEKDAYS, datetime(2026, 11, 28, 12, 0))  # Saturday


def test_night_window_crosses_midnight_into_the_next_day() -> None:
    hours = {"fri": [["22:00", "02:00"]]}
    assert contact_hours.within_hours(hours, datetime(2026, 11, 27, 23, 30))  # Friday night
    assert contact_hours.within_hours(hours, datetime(2026, 11, 28, 1, 59))  # Saturday small hours
    assert not contact_hours.within_hours(hours, datetime(2026, 11, 28, 2, 0))
    assert not contact_hours.within_hours(hours, datetime(2026, 11, 27, 1, 0))  # Friday morning
    assert not contact_hours.within_hours(hours, datetime(2026, 11, 28, 23, 0))  # Saturday night


def test_sunday_night_window_runs_into_monday() -> None:
    hours = {"sun": [["20:00", "01:00"]]}
    assert contact_hours.within_hours(hours, datetime(2026, 11, 30, 0, 30))  # Monday 00:30


def test_window_until_midnight_is_not_a_night_window() -> None:
    hours = {"mon": [["18:00", "24:00"]], "tue": [["00:00", "08:00"]]}
    contact_hours.parse_hours(hours)
    assert contact_hours.within_hours(hours, datetime(2026, 11, 23, 23, 59))
    assert contact_hours.within_hours(hours, datetime(2026, 11, 24, 0, 0))


@pytest.mark.parametrize(
    ("hours", "words"),
    [
        ({"mon": [["18:00", "09:00"]]}, "ends before it starts"),
        ({"mon": [["12:00", "08:00"]]}, "ends before it starts"),
        ({"mon": [["09:00", "09:00"]]}, "same time"),
        ({"mon": [["09:00", "13:00"], ["12:00", "18:00"]]}, "overlap"),
        ({"mon": [["9am", "5pm"]]}, "09:00"),
        ({"mon": [["09:00"]]}, "start and an end"),
        ({"someday": [["09:00", "10:00"]]}, "days of the week"),
        ({"mon": [["22:00", "03:00"]], "tue": [["02:00", "05:00"]]}, "runs into"),
    ],
)
def test_bad_contact_hours_are_refused_with_a_plain_reason(hours: dict, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        contact_hours.parse_hours(hours)


def test_dst_spring_forward_keeps_wall_clock_windows() -> None:
    """Europe/London clocks go forward on Sunday 29 March 2026 at 01:00 -> 02:00."""
    london = ZoneInfo("Europe/London")
    hours = {"sat": [["22:00", "02:00"]], "sun": [["09:00", "18:00"]]}
    # 00:30 UTC is 00:30 GMT (before the change): inside Saturday's night window.
    assert contact_hours.within_hours(
        hours, datetime(2026, 3, 29, 0, 30, tzinfo=timezone.utc), tz=london
    )
    # 01:30 UTC is 02:30 BST: the window ended at 02:00 local time.
    assert not contact_hours.within_hours(
        hours, datetime(2026, 3, 29, 1, 30, tzinfo=timezone.utc), tz=london
    )
    # 08:30 UTC is 09:30 BST: inside Sunday's hours, although only 08:30 in winter time.
    assert contact_hours.within_hours(
        hours, datetime(2026, 3, 29, 8, 30, tzinfo=timezone.utc), tz=london
    )


def test_dst_fall_back_repeated_hour() -> None:
    """US clocks go back on Sunday 1 November 2026 at 02:00 -> 01:00; 01:30 happens twice."""
    ny = ZoneInfo("America/New_York")
    hours = {"sat": [["22:00", "02:00"]]}
    first = datetime(2026, 11, 1, 5, 30, tzinfo=timezone.utc)  # 01:30 EDT
    second = datetime(2026, 11, 1, 6, 30, tzinfo=timezone.utc)  # 01:30 EST
    assert contact_hours.within_hours(hours, first, tz=ny)
    assert contact_hours.within_hours(hours, second, tz=ny)
    assert not contact_hours.within_hours(
        hours, datetime(2026, 11, 1, 7, 30, tzinfo=timezone.utc), tz=ny
    )  # 02:30 EST


def test_naive_times_are_local_wall_clock_on_dst_dates() -> None:
    hours = {"sun": [["09:00", "18:00"]]}
    assert contact_hours.within_hours(hours, datetime(2026, 3, 29, 9, 0))
    assert contact_hours.within_hours(hours, datetime(2026, 10, 25, 17, 59))


# --- outside the agreement at note time ----------------------------------------------------


def test_text_at_2340_is_outside_agreed_hours(vault: Vault, maria: int) -> None:
    agreed(vault, maria, channels=["in person", "phone", "text"])
    out = boundary_events.outside_agreement(vault, maria, datetime(2026, 11, 26, 23, 40), "text")
    assert out is not None and out.out_of_hours and not out.channel
    assert out.suggested_kind == BoundaryEventKind.OUT_OF_HOURS
    assert "23:40" in out.text
    assert (
        boundary_events.outside_agreement(vault, maria, datetime(2026, 11, 26, 10), "text") is None
    )


def test_channel_and_home_visit(vault: Vault, maria: int) -> None:
    agreed(vault, maria, channels=["in person", "phone"])
    out = boundary_events.outside_agreement(vault, maria, datetime(2026, 11, 26, 10), "video")
    assert out is not None and out.channel and not out.out_of_hours
    home = boundary_events.outside_agreement(
        vault, maria, datetime(2026, 11, 26, 10), "in person", "At her home"
    )
    assert home is not None and home.place
    cafe = boundary_events.outside_agreement(
        vault, maria, datetime(2026, 11, 26, 10), "in person", "Library café"
    )
    assert cafe is None


def test_no_agreement_means_nothing_to_offer(vault: Vault, maria: int) -> None:
    assert (
        boundary_events.outside_agreement(vault, maria, datetime(2026, 11, 26, 23), "text") is None
    )


def test_saved_note_outside_agreement(vault: Vault, maria: int) -> None:
    agreed(vault, maria)
    nid = notes.save_draft(
        vault,
        draft=NoteDraft([maria], TODAY, start_time=time(21, 15), modality="phone", did="Call"),
    )
    out = boundary_events.note_outside_agreement(vault, note_id=nid)
    assert out is not None and out.out_of_hours


# --- agreements and versions -----------------------------------------------------------------


def test_templates_fill_every_field() -> None:
    assert {t.key for t in agreements.templates()} == set(agreements.TEMPLATE_KEYS)
    for t in agreements.templates():
        record = agreements.from_template(t.key, mentee_id=1)
        agreements.validate(record)
        assert record.channels and record.mentor_will_not and record.crisis_plan
        assert "patient" not in agreements.render_text(record).lower()


def test_agreement_needs_a_channel(vault: Vault, maria: int) -> None:
    record = agreements.from_template("group", mentee_id=maria)
    record.channels = []
    with pytest.raises(ValidationError, match="at least one way"):
        agreements.save_agreement(vault, record=record)


def test_new_version_supersedes_and_keeps_history(vault: Vault, maria: int) -> None:
    first = agreed(vault, maria)
    draft = agreements.new_version(vault, mentee_id=maria)
    draft.contact_hours = {**WEEKDAYS, "sat": [["10:00", "12:00"]]}
    draft.mentor_will_not = [*draft.mentor_will_not, "Lend my phone"]
    second = agreements.save_agreement(vault, record=draft)
    assert agreements.active_agreement(vault, mentee_id=maria).id == first
    agreements.activate(vault, agreement_id=second, today=TODAY + timedelta(days=30))
    rows = agreements.history(vault, mentee_id=maria)
    assert [(r.version, r.status) for r in rows] == [
        (2, AgreementStatus.ACTIVE),
        (1, AgreementStatus.SUPERSEDED),
    ]
    assert rows[0].effective_on == TODAY + timedelta(days=30)
    with pytest.raises(ValidationError, match="new version"):
        agreements.save_agreement(vault, record=agreements.get_agreement(vault, agreement_id=first))
    diff = agreements.difference(
        agreements.get_agreement(vault, agreement_id=first),
        agreements.get_agreement(vault, agreement_id=second),
    )
    changed = [r for r in diff if r.tag != "equal"]
    assert any("Saturday: 10:00-12:00" in r.right for r in changed)
    assert any("Lend my phone" in r.right for r in changed)
    assert all(r.left == r.right for r in diff if r.tag == "equal")


def test_one_draft_at_a_time_and_drafts_can_go(vault: Vault, maria: int) -> None:
    aid = agreements.save_agreement(
        vault, record=agreements.from_template("group", mentee_id=maria)
    )
    with pytest.raises(ValidationError, match="already a draft"):
        agreements.save_agreement(vault, record=agreements.from_template("group", mentee_id=maria))
    agreements.delete_draft(vault, agreement_id=aid)
    assert agreements.history(vault, mentee_id=maria) == []


def test_acknowledgements_and_review_on_today(vault: Vault, maria: int) -> None:
    aid = agreed(vault, maria, review_on=TODAY + timedelta(days=10))
    agreements.acknowledge(vault, agreement_id=aid, mentee_on=TODAY, mentor_on=TODAY, today=TODAY)
    rec = agreements.get_agreement(vault, agreement_id=aid)
    assert rec.acknowledged_by_mentee_on == rec.acknowledged_by_mentor_on == TODAY
    with pytest.raises(ValidationError, match="future"):
        agreements.acknowledge(
            vault,
            agreement_id=aid,
            mentee_on=TODAY + timedelta(days=1),
            mentor_on=None,
            today=TODAY,
        )
    due = agreements.agreements_due_for_review(vault, TODAY)
    assert [(d.mentee_id, d.display_name) for d in due] == [(maria, "Maria")]
    assert agreements.agreements_due_for_review(vault, TODAY - timedelta(days=30)) == []


def test_review_before_start_is_refused(vault: Vault, maria: int) -> None:
    record = agreements.from_template("group", mentee_id=maria)
    record.effective_on, record.review_on = TODAY, TODAY - timedelta(days=1)
    with pytest.raises(ValidationError, match="before the agreement starts"):
        agreements.save_agreement(vault, record=record)


# --- boundary events ------------------------------------------------------------------------


def event(vault: Vault, who: int, at: datetime, kind=BoundaryEventKind.OUT_OF_HOURS) -> int:
    return boundary_events.save_event(
        vault,
        event=EventRecord(who, at, kind, "Texted late", "Replied next morning"),
        now=datetime(2026, 11, 26, 12),
    )


def test_cluster_of_out_of_hours_contacts(vault: Vault, maria: int) -> None:
    for d in (1, 5, 12):
        event(vault, maria, datetime.combine(TODAY - timedelta(days=d), time(23)))
    event(vault, maria, datetime.combine(TODAY - timedelta(days=3), time(10)), "gift")
    found = boundary_events.clusters(vault, today=TODAY)
    assert [(c.mentee_id, c.kind, c.count) for c in found] == [
        (maria, BoundaryEventKind.OUT_OF_HOURS, 3)
    ]
    assert "Maria" in found[0].text and "supervision" in found[0].text
    assert boundary_events.clusters(vault, today=TODAY + timedelta(days=5)) == []


def test_patterns_and_deidentified_counts(vault: Vault, maria: int) -> None:
    event(vault, maria, datetime(2026, 11, 2, 22))
    event(vault, maria, datetime(2026, 10, 9, 22), BoundaryEventKind.MONEY_REQUEST)
    event(vault, maria, datetime(2026, 10, 19, 22), BoundaryEventKind.MONEY_REQUEST)
    months = boundary_events.monthly_pattern(vault, mentee_id=maria, today=TODAY, months=3)
    assert [m for m, _ in months] == [date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)]
    assert months[1][1][BoundaryEventKind.MONEY_REQUEST] == 2
    counts = boundary_events.counts_by_kind(vault, date_from=date(2026, 10, 1), date_to=TODAY)
    assert counts == {"Contact outside agreed hours": 1, "Money request": 2}
    assert "Maria" not in repr(counts)


def test_event_round_trip_and_note_link_survives_note_deletion(vault: Vault, maria: int) -> None:
    nid = notes.save_draft(vault, draft=NoteDraft([maria], TODAY, did="Met"))
    eid = boundary_events.save_event(
        vault,
        event=EventRecord(
            maria, datetime(2026, 11, 26, 9), "gift", "A small plant", "Thanked", True, nid
        ),
        now=datetime(2026, 11, 26, 12),
    )
    (ev,) = boundary_events.list_events(vault, mentee_id=maria)
    assert (ev.id, ev.note_id, ev.discussed_in_supervision) == (eid, nid, True)
    assert "plant" not in repr(ev)
    notes.delete_draft(vault, note_id=nid)
    assert boundary_events.list_events(vault, mentee_id=maria)[0].note_id is None
    with pytest.raises(ValidationError, match="future"):
        event(vault, maria, datetime(2027, 1, 1))


# --- crisis card ----------------------------------------------------------------------------


def test_crisis_card_with_directory_and_hand_entered_services(vault: Vault, maria: int) -> None:
    sid = directory.save_service(
        vault,
        record=directory.ServiceRecord(
            name="Night line",
            organization_name="Harbour Trust",
            phones=[directory.PhoneItem("0800 000 111")],
        ),
        today=TODAY,
    )
    assert crisis_cards.get_crisis_card(vault, mentee_id=maria).empty
    crisis_cards.save_crisis_card(
        vault,
        card=CrisisCardRecord(
            maria,
            warning_signs="I stop answering my sister",
            what_helps="A walk by the water",
            people=[{"name": "Ana", "relation": "sister", "phone": "07700 900123"}, {"name": ""}],
            service_ids=[sid, "gone"],
            other_services=["GP surgery 01632 960000", " "],
        ),
    )
    card = crisis_cards.get_crisis_card(vault, mentee_id=maria)
    assert card.people == [{"name": "Ana", "relation": "sister", "phone": "07700 900123"}]
    assert card.service_ids == [sid] and card.other_services == ["GP surgery 01632 960000"]
    (svc,) = crisis_cards.card_services(vault, card=card)
    assert svc.name == "Night line" and svc.phones == ("0800 000 111",)


def test_audit_holds_ids_and_counts_only(vault: Vault, maria: int) -> None:
    agreed(vault, maria)
    event(vault, maria, datetime(2026, 11, 20, 22))
    crisis_cards.save_crisis_card(
        vault, card=CrisisCardRecord(maria, warning_signs="Zq9 sleepless")
    )
    with vault.session() as s:
        rows = audit.recent(s)
    assert {"boundary_agreement", "boundary_event", "crisis_card"} <= {r.entity for r in rows}
    assert "Zq9" not in repr([r.detail for r in rows])


def test_reflection_prompts_cover_the_three_topics() -> None:
    keys = [t.key for t in agreements.reflections()]
    assert keys == ["dependency", "over-identification", "self-disclosure"]
    assert all(len(t.prompts) >= 3 for t in agreements.reflections())


def test_out_of_agreed_hours_feeds_the_selfcare_offer(vault: Vault, maria: int) -> None:
    from peerdesk.core.services import selfcare, settings

    settings.set_setting(vault, "usual_hours_start", 7)
    settings.set_setting(vault, "usual_hours_end", 22)
    nid = notes.save_draft(
        vault, draft=NoteDraft([maria], TODAY, start_time=time(19, 30), modality="phone")
    )
    assert not selfcare.checkin_offer_due(vault, note_id=nid)
    agreed(vault, maria)  # weekdays 09:00-18:00
    assert selfcare.checkin_offer_due(vault, note_id=nid)


def test_supervision_export_counts_boundary_events_by_kind(vault: Vault, maria: int) -> None:
    from peerdesk.core.services import settings, supervision

    assert "boundary_events" in supervision.available_sections(vault)
    nid = notes.save_draft(vault, draft=NoteDraft([maria], TODAY, did="Met Maria"))
    notes.sign_note(vault, note_id=nid)
    for d in range(12):
        event(vault, maria, datetime.combine(TODAY - timedelta(days=d), time(23)))
    event(vault, maria, datetime.combine(TODAY, time(9)), BoundaryEventKind.GIFT)
    for d in range(3):
        event(vault, maria, datetime.combine(TODAY - timedelta(days=d), time(9)), "money request")
    settings.set_setting(vault, "suppression_threshold", 2)
    prepared = supervision.prepare(
        vault,
        request=supervision.ExportRequest(
            date(2026, 11, 1), TODAY, sections=("activity", "boundary_events"), format="md"
        ),
        today=TODAY,
    )
    text = prepared.text
    assert "Boundary events by kind" in text
    assert "Contact outside agreed hours: 12" in text
    assert "Gift: <3" in text and "Money request: <3" in text  # complementary suppression
    assert "Texted late" not in text and "Maria" not in text
