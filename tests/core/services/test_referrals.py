"""Referrals: status history, outcome, follow-ups due on Today, links to notes."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import ReferralStatus
from peerdesk.core.services import directory, mentees, notes, referrals
from peerdesk.core.services.referrals import ReferralRecord
from peerdesk.core.vault import Vault

TODAY = date(2026, 11, 26)


@pytest.fixture
def setup(vault: Vault) -> tuple[Vault, int, str]:
    maria = mentees.add_mentee(vault, record=mentees.MenteeRecord(display_name="Maria"))
    sid = directory.save_service(
        vault,
        record=directory.ServiceRecord(
            name="Riverside Transit Discount Card", organization_name="Riverside Transit (demo)"
        ),
    )
    return vault, maria, sid


def refer(vault: Vault, mentee: int, service: str, **extra) -> int:
    record = ReferralRecord(
        mentee_id=mentee, service_id=service, referred_on=date(2026, 11, 1), **extra
    )
    return referrals.add_referral(vault, record=record, today=TODAY)


def test_status_changes_are_kept_as_history(setup) -> None:
    vault, maria, sid = setup
    rid = refer(vault, maria, sid, reason="Cheaper bus fares to visit her sister.")
    referrals.set_status(
        vault, referral_id=rid, status=ReferralStatus.CONTACTED, today=date(2026, 11, 5)
    )
    referrals.set_status(
        vault,
        referral_id=rid,
        status="appointment made",
        follow_up_on=date(2026, 11, 30),
        today=date(2026, 11, 10),
    )
    referrals.set_status(
        vault,
        referral_id=rid,
        status=ReferralStatus.CONNECTED,
        outcome="Card arrived.",
        today=TODAY,
    )
    [record] = referrals.referrals_for_mentee(vault, mentee_id=maria)
    assert record.service_name == "Riverside Transit Discount Card"
    assert record.organization_name == "Riverside Transit (demo)"
    assert [(h.label, h.changed_on) for h in record.history] == [
        ("Suggested", date(2026, 11, 1)),
        ("Contacted", date(2026, 11, 5)),
        ("Appointment made", date(2026, 11, 10)),
        ("Connected", TODAY),
    ]
    assert record.outcome == "Card arrived." and record.follow_up_on is None
    assert not record.open and record.status_label == "Connected"


def test_due_follow_ups_for_today(setup) -> None:
    vault, maria, sid = setup
    due = refer(vault, maria, sid, follow_up_on=date(2026, 11, 25))
    refer(vault, maria, sid, follow_up_on=date(2026, 12, 3))  # later
    closed = refer(vault, maria, sid, follow_up_on=date(2026, 11, 20))
    referrals.set_status(vault, referral_id=closed, status=ReferralStatus.DECLINED, today=TODAY)
    today_list = referrals.due_referral_follow_ups(vault, today=TODAY)
    assert [r.id for r in today_list] == [due]
    assert today_list[0].mentee_name == "Maria"
    mentees.set_archived(vault, mentee_id=maria)
    assert referrals.due_referral_follow_ups(vault, today=TODAY) == []


def test_referral_from_a_note(setup) -> None:
    vault, maria, sid = setup
    note_id = notes.save_draft(
        vault,
        draft=notes.NoteDraft(
            participant_ids=[maria], occurred_on=date(2026, 11, 1), did="Bus card form."
        ),
    )
    rid = refer(vault, maria, sid, note_id=note_id)
    assert [r.id for r in referrals.referrals_for_note(vault, note_id=note_id)] == [rid]
    with pytest.raises(ValidationError, match="note"):
        refer(vault, maria, sid, note_id=9999)


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ({"referred_on": date(2027, 1, 1)}, "future"),
        ({"follow_up_on": date(2026, 10, 1)}, "before the referral"),
        ({"status": "lost"}, "status"),
    ],
)
def test_validation(setup, extra, words) -> None:
    vault, maria, sid = setup
    record = ReferralRecord(mentee_id=maria, service_id=sid, referred_on=date(2026, 11, 1))
    for key, value in extra.items():
        setattr(record, key, value)
    with pytest.raises(ValidationError, match=words):
        referrals.add_referral(vault, record=record, today=TODAY)


def test_unknown_mentee_or_service(setup) -> None:
    vault, maria, sid = setup
    with pytest.raises(ValidationError, match="mentee"):
        refer(vault, 999, sid)
    with pytest.raises(ValidationError, match="service"):
        refer(vault, maria, "not-a-service")


def test_delete_and_repr(setup) -> None:
    vault, maria, sid = setup
    rid = refer(vault, maria, sid, reason="Zq9CanaryXylophone")
    record = referrals.get_referral(vault, referral_id=rid)
    assert "Canary" not in repr(record)
    referrals.delete_referral(vault, referral_id=rid)
    assert referrals.referrals_for_mentee(vault, mentee_id=maria) == []
