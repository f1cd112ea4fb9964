"""The resource directory: seed lines, search by need/name/number, open now on a fake clock,
stale flag and mark verified, favourites, the service form, region order."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from importlib import resources

import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import directory, mentees, referrals, settings
from peerdesk.core.services.directory import AddressItem, HoursItem, PhoneItem, ServiceRecord
from peerdesk.core.vault import Vault

TODAY = date(2026, 11, 26)  # a Thursday
THURSDAY_NOON = datetime(2026, 11, 26, 12, 0)


def pantry(**extra) -> ServiceRecord:
    fields = dict(
        name="Riverside Pantry",
        organization_name="Riverside Pantry Trust (demo)",
        needs=["food"],
        phones=[PhoneItem("555-0101")],
        hours=[HoursItem(["TU", "TH"], time(10), time(14)), HoursItem(["SA"], time(9), time(12))],
        addresses=[AddressItem("1 Mill Street", "Riverside Falls", "Demo County", "00000", "US")],
        region="US",
        assured_date=date(2026, 10, 1),
    )
    fields.update(extra)
    return ServiceRecord(**fields)


def names(rows) -> list[str]:
    return [r.name for r in rows]


def test_taxonomy_has_the_needs_mentors_search_by() -> None:
    codes = [n.code for n in directory.needs()]
    assert codes == [
        "food",
        "housing",
        "getting-around",
        "money-and-benefits",
        "health",
        "mental-health",
        "substance-use",
        "crisis",
        "legal",
        "work",
        "learning",
        "family-and-carers",
        "peer-and-community-groups",
        "daily-living",
    ]
    assert len({n.id for n in directory.needs()}) == 14


def test_seed_loads_once_with_sources_and_dates(vault: Vault) -> None:
    assert directory.seed_is_due(vault)
    added = directory.ensure_seed(vault)
    assert added == 12
    assert directory.ensure_seed(vault) == 0  # lazy: only into an empty directory
    rows = directory.search_services(vault, today=TODAY, region="GB")
    assert rows[0].region == "GB"  # the mentor's region comes first
    by_name = {r.name: r for r in rows}
    assert "988 Suicide and Crisis Lifeline" in by_name
    assert "Samaritans" in by_name and "Samaritans Ireland" in by_name
    assert "Lifeline 13 11 14" in by_name and "9-8-8: Suicide Crisis Helpline" in by_name
    assert by_name["Shout 85258"].phones == ("Text SHOUT to 85258",)
    assert by_name["Crisis Text Line"].phones == ("Text HOME to 741741",)
    assert "1-800-662-4357" in by_name["SAMHSA National Helpline"].phones
    assert "0300 123 3393" in by_name["Mind Infoline"].phones
    for row in rows:
        record = directory.get_service(vault, service_id=row.id)
        if row.name.startswith("Text About It"):
            assert record.assured_date is None and row.stale  # not checked yet, and says so
        else:
            assert record.source.startswith("http") and record.assured_date == date(2026, 11, 26)


def test_seed_files_are_valid_hsds() -> None:
    from peerdesk.core.formats.hsds import schema

    folder = resources.files("peerdesk.resources").joinpath("directory")
    for name in directory.SEED_FILES:
        doc = json.loads(folder.joinpath(name).read_text("utf-8"))
        for record in doc["services"]:
            assert schema.errors("service", record) == [], (name, record["name"])
            assert record["id"] in doc["peerdesk_sources"]


def test_region_comes_from_setting_then_profile(vault: Vault) -> None:
    from peerdesk.core.services import profile

    assert directory.preferred_region(vault) == ""
    profile.save_profile(vault, profile.Profile(name="Alex", region="ie"))
    assert directory.preferred_region(vault) == "IE"
    directory.ensure_seed(vault)
    assert directory.search_services(vault)[0].region == "IE"  # the search reads it too
    settings.set_setting(vault, "region", "AU")
    assert directory.preferred_region(vault) == "AU"
    assert directory.search_services(vault)[0].region == "AU"


def test_search_by_need_name_text_and_number(vault: Vault) -> None:
    directory.ensure_seed(vault)
    directory.save_service(vault, record=pantry())
    assert names(directory.search_services(vault, need="food")) == [
        "211 (community help and referral)",
        "Riverside Pantry",
    ]
    # "pantry" is in the Food need's words: the named pantry ranks first, then 211 (Food)
    assert names(directory.search_services(vault, query="pantry")) == [
        "Riverside Pantry",
        "211 (community help and referral)",
    ]
    assert names(directory.search_services(vault, query="PANTRY trust")) == ["Riverside Pantry"]
    assert names(directory.search_services(vault, query="555-0101")) == ["Riverside Pantry"]
    assert names(directory.search_services(vault, query="5550101")) == ["Riverside Pantry"]
    assert names(directory.search_services(vault, query="pantry", need="crisis")) == []
    assert directory.search_services(vault, query="%_") == []


def test_open_now_on_a_fake_clock(vault: Vault) -> None:
    directory.save_service(vault, record=pantry())
    directory.save_service(
        vault,
        record=pantry(
            name="Night Shelter",
            needs=["housing"],
            hours=[HoursItem(["WE"], time(19), time(8))],  # overnight
        ),
    )
    directory.save_service(vault, record=pantry(name="No hours known", hours=[]))
    open_at = lambda when: names(directory.search_services(vault, open_at=when))  # noqa: E731
    assert open_at(THURSDAY_NOON) == ["Riverside Pantry"]
    assert open_at(datetime(2026, 11, 26, 14, 1)) == []
    assert open_at(datetime(2026, 11, 26, 7, 30)) == ["Night Shelter"]  # Wednesday's night
    assert open_at(datetime(2026, 11, 25, 23, 0)) == ["Night Shelter"]
    assert open_at(datetime(2026, 11, 28, 9, 0)) == ["Riverside Pantry"]  # Saturday morning
    rows = {r.name: r for r in directory.search_services(vault)}
    assert rows["No hours known"].open_now is None


def test_dated_hours_and_every_day() -> None:
    winter = HoursItem(
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
        time(0),
        time(23, 59),
        date(2026, 12, 1),
        date(2027, 2, 28),
    )
    assert directory.is_open([winter], datetime(2026, 11, 30, 12)) is False
    assert directory.is_open([winter], datetime(2026, 12, 24, 23, 59, 30)) is True
    assert directory.is_open([winter], datetime(2027, 3, 1, 12)) is False
    assert directory.is_open([], THURSDAY_NOON) is None
    assert directory.hours_text(winter) == "Every day 24 hours (2026-12-01–2027-02-28)"
    assert (
        directory.hours_text(HoursItem(["MO", "TU", "WE", "TH", "FR"], time(9), time(17)))
        == "Mon–Fri 09:00–17:00"
    )


def test_stale_flag_follows_the_setting_and_mark_verified(vault: Vault) -> None:
    sid = directory.save_service(vault, record=pantry(assured_date=date(2026, 4, 1)))
    assert directory.search_services(vault, today=TODAY)[0].stale  # older than 6 months
    settings.set_setting(vault, "directory_stale_months", 12)
    assert not directory.search_services(vault, today=TODAY)[0].stale
    settings.set_setting(vault, "directory_stale_months", 6)
    assert directory.mark_verified(vault, service_id=sid, today=TODAY) == TODAY
    row = directory.search_services(vault, today=TODAY)[0]
    assert not row.stale and row.assured_date == TODAY
    assert directory.is_stale(None, today=TODAY, months=6)
    assert directory.is_stale(date(2026, 5, 25), today=TODAY, months=6)
    assert not directory.is_stale(date(2026, 5, 27), today=TODAY, months=6)


def test_favourites(vault: Vault) -> None:
    sid = directory.save_service(vault, record=pantry())
    directory.save_service(vault, record=pantry(name="Another pantry"))
    assert directory.search_services(vault, favourites_only=True) == []
    directory.set_favourite(vault, service_id=sid, favourite=True)
    assert names(directory.search_services(vault, favourites_only=True)) == ["Riverside Pantry"]
    assert names(directory.search_services(vault))[0] == "Riverside Pantry"


def test_form_adds_and_edits_a_service(vault: Vault) -> None:
    sid = directory.save_service(vault, record=pantry(notes="Ask for Rosa"))
    record = directory.get_service(vault, service_id=sid)
    assert record.needs == ["food"] and record.notes == "Ask for Rosa"
    assert [h.days for h in record.hours] == [["TU", "TH"], ["SA"]]
    record.name = "Riverside Community Pantry"
    record.needs = ["food", "daily-living"]
    record.phones.append(PhoneItem("555-0102", "text", "Text FOOD to 555-0102"))
    record.hours = [HoursItem(["MO"], time(9), time(11))]
    record.addresses[0].address_1 = "2 Mill Street"
    directory.save_service(vault, record=record)
    again = directory.get_service(vault, service_id=sid)
    assert again.name == "Riverside Community Pantry"
    assert sorted(again.needs) == ["daily-living", "food"]
    assert [p.number for p in again.phones] == ["555-0101", "555-0102"]
    assert [h.days for h in again.hours] == [["MO"]]
    assert [a.address_1 for a in again.addresses] == ["2 Mill Street"]
    assert directory.count_services(vault) == 1


def test_phones_keep_the_order_the_mentor_gave_them(vault: Vault) -> None:
    """The first number is the one a mentor reads out first; ids are random, order is not."""
    numbers = [f"555-01{n:02d}" for n in (7, 3, 9, 1, 5, 8)]
    sid = directory.save_service(vault, record=pantry(phones=[PhoneItem(n) for n in numbers]))
    for _ in range(3):  # saving again (phones are replaced) keeps the order too
        record = directory.get_service(vault, service_id=sid)
        assert [p.number for p in record.phones] == numbers
        directory.save_service(vault, record=record)
    (row,) = directory.search_services(vault, query="Riverside")
    assert [p.split()[0] for p in row.phones] == numbers


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"name": " "}, "name"),
        ({"organization_name": ""}, "organisation"),
        ({"status": "closed"}, "status"),
        ({"email": "nobody"}, "@"),
        ({"needs": ["unicorns"]}, "needs"),
        ({"phones": [PhoneItem("")]}, "number"),
        ({"hours": [HoursItem([], time(9), time(10))]}, "day"),
        ({"hours": [HoursItem(["MO"], time(9), None)]}, "closing"),
        ({"hours": [HoursItem(["MO"], time(9), time(9))]}, "same time"),
        (
            {"hours": [HoursItem(["MO"], time(9), time(10), date(2026, 2, 1), date(2026, 1, 1))]},
            "end before",
        ),
        ({"addresses": [AddressItem("1 Mill Street", country="USA")]}, "two-letter"),
    ],
)
def test_form_validation_messages(vault: Vault, change: dict, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        directory.save_service(vault, record=pantry(**change))
    assert directory.count_services(vault) == 0


def test_a_referred_service_cannot_be_deleted(vault: Vault) -> None:
    sid = directory.save_service(vault, record=pantry())
    spare = directory.save_service(vault, record=pantry(name="Spare"))
    maria = mentees.add_mentee(vault, record=mentees.MenteeRecord(display_name="Maria"))
    referrals.add_referral(
        vault,
        record=referrals.ReferralRecord(mentee_id=maria, service_id=sid, referred_on=TODAY),
        today=TODAY,
    )
    with pytest.raises(ValidationError, match="inactive"):
        directory.delete_service(vault, service_id=sid)
    directory.delete_service(vault, service_id=spare)
    assert directory.count_services(vault) == 1


def test_repr_shows_ids_only() -> None:
    record = pantry(notes="Zq9CanaryXylophone")
    assert "Canary" not in repr(record) and "Pantry" not in repr(record)
