"""Ranked directory search (FTS5, bm25) on a real vault: needs from 211/AIRS codes and
free-text categories, plain words that find a need, accents and prefixes, notes, phone
numbers, region first, ties broken by open now then verified, and an index that follows
every edit, whoever makes it."""

from __future__ import annotations

import json
from datetime import date, datetime
from datetime import time as dt_time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from peerdesk.core.services import directory, directory_import, directory_index, session
from peerdesk.core.vault import Vault

from ..formats.hsds.samples import SEARCH_RECORDS as RECORDS
from ..formats.hsds.samples import uid

PASSPHRASE = "orange kettle meadow 42"
SATURDAY_10 = datetime(2026, 11, 28, 10, 0)
TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def dir_vault(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("search")
    vault = Vault(folder / "vault")
    session.create_vault(vault, passphrase=PASSPHRASE, seed=False)  # only the records below
    session.confirm_recovery_key(vault)
    path = folder / "dir.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    plan = directory_import.plan_import(vault, path)
    assert plan.issues == [] and plan.invalid == 0, [str(i) for i in plan.issues]
    directory_import.apply_import(vault, plan)
    yield vault
    vault.close()


def names(vault: Vault, query: str = "", **kw: Any) -> list[str]:
    kw.setdefault("region", "US")
    kw.setdefault("now", SATURDAY_10)
    kw.setdefault("today", TODAY)
    return [r.name for r in directory.search_services(vault, query=query, **kw)]


@pytest.mark.parametrize(
    ("code", "name", "taxonomy", "expected"),
    [
        ("BD-1800.2000", "Food Pantries", "AIRS", {"food"}),
        ("BH-1800.8500", "Emergency Shelter", "AIRS", {"housing"}),
        ("RP-1500.1400-800", "Suicide Prevention Hotlines", "AIRS", {"crisis", "mental-health"}),
        ("RX-8450", "Outpatient treatment", "AIRS", {"substance-use"}),
        ("BT-4500", "Bus Fare", "AIRS", {"getting-around"}),
        ("", "Soup Kitchens", "free text", {"food"}),
        ("", "Foodbank", "free text", {"food"}),
        ("", "Legal Aid Clinics", "free text", {"legal", "health"}),
        ("", "Knitting circle", "free text", set()),
        ("", "Workshop space", "free text", set()),  # a word is whole: work is not workshop
        ("food", "Food", "peerdesk-needs", {"food"}),
        ("housing", "Somewhere to live", "peerdesk-needs", {"housing"}),
        ("", "Soupe populaire", "free text", set()),
    ],
)
def test_taxonomy_terms_map_to_needs(code: str, name: str, taxonomy: str, expected: set) -> None:
    found = directory_index.needs_of_term(term_id="x", code=code, name=name, taxonomy=taxonomy)
    assert found == expected


def test_every_need_has_words_and_the_mapping_names_only_known_needs() -> None:
    raw = json.loads(
        (
            Path(directory_index.__file__).parents[3] / "resources/directory/need-mapping.json"
        ).read_text("utf-8")
    )
    codes = {n.code for n in directory.needs()}
    assert set(raw["needs"]) == codes
    assert all(n.words for n in directory.needs())
    assert all(w == w.lower() for n in directory.needs() for w in n.words)


def test_need_filter_finds_airs_and_free_text_categories(dir_vault: Vault) -> None:
    food = names(dir_vault, need="food")
    assert set(food) == {"Northside Community Kitchen", "Mill Lane Larder"}
    assert names(dir_vault, need="housing") == ["Harbour Night Shelter"]
    assert names(dir_vault, need="crisis", region="GB") == ["Valley Crisis Line"]
    assert names(dir_vault, need="getting-around") == ["Bus Pass Help Desk"]


@pytest.mark.parametrize("need", [n.code for n in directory.needs()])
def test_the_need_name_as_text_finds_at_least_what_the_need_finds(
    dir_vault: Vault, need: str
) -> None:
    by_need = set(names(dir_vault, need=need))
    name = next(n.name for n in directory.needs() if n.code == need)
    assert by_need <= set(names(dir_vault, name))


def test_plain_words_find_the_need(dir_vault: Vault) -> None:
    groceries = names(dir_vault, "groceries")
    assert {"Northside Community Kitchen", "Mill Lane Larder"} <= set(groceries)
    assert "Harbour Night Shelter" in names(dir_vault, "homeless")
    assert "Valley Crisis Line" in names(dir_vault, "suicide", region="GB")
    # the word in the text (a forum about food) is found too, after the Food services
    food = names(dir_vault, "food")
    assert {"Riverside Food Forum", "Quiet Room", "Mill Lane Larder"} <= set(food)


def test_accents_case_and_prefixes(dir_vault: Vault) -> None:
    for query in ("café", "cafe", "CAFE", "solidarite", "Solidarité", "caf soli"):
        assert names(dir_vault, query, region="GB") == ["Café Solidarité"], query
    assert names(dir_vault, "shelt") == ["Harbour Night Shelter"]
    assert names(dir_vault, "york", region="GB") == ["Café Solidarité"]  # the address


def test_phone_numbers_as_written_or_as_digits(dir_vault: Vault) -> None:
    for query in ("0800 555 0199", "08005550199", "0800"):
        assert names(dir_vault, query, region="GB") == ["Valley Crisis Line"], query


def test_a_hit_in_the_name_ranks_above_one_in_the_description(dir_vault: Vault) -> None:
    found = names(dir_vault, "food")
    assert found.index("Riverside Food Forum") < found.index("Quiet Room")


def test_the_mentors_region_comes_first(dir_vault: Vault) -> None:
    assert set(names(dir_vault, "hall", region="GB")[:2]) == {
        "Valley Crisis Line",
        "Café Solidarité",
    }
    us_first = names(dir_vault, "hall", region="US")
    assert set(us_first[-2:]) == {"Valley Crisis Line", "Café Solidarité"}


def test_equal_rank_open_now_then_most_recently_verified(dir_vault: Vault) -> None:
    assert names(dir_vault, "twin") == ["Twin Pantry B", "Twin Pantry C", "Twin Pantry A"]
    assert names(dir_vault, "twin", open_at=SATURDAY_10) == ["Twin Pantry B"]


def test_queries_that_cannot_match(dir_vault: Vault) -> None:
    for query in ('"', "*", "-", "()", "^", "zzzqqq", "food zzzqqq"):
        assert names(dir_vault, query) == [], query


def test_the_index_follows_every_edit(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "dir.json"
    path.write_text(json.dumps(RECORDS[:3]), encoding="utf-8")
    directory_import.apply_import(vault, directory_import.plan_import(vault, path))
    sid = uid("s", 2)
    record_ = directory.get_service(vault, service_id=sid)
    record_.notes = "Ask for Dana at the side door"
    directory.save_service(vault, record=record_)
    assert names(vault, "dana") == ["Mill Lane Larder"]  # the mentor's own notes
    record_.organization_name = "Larder Collective"
    directory.save_service(vault, record=record_)
    assert names(vault, "collective") == ["Mill Lane Larder"]
    assert set(names(vault, "trust")) == {"Northside Community Kitchen", "Harbour Night Shelter"}
    assert "Mill Lane Larder" in names(vault, need="food")  # its imported category kept
    with vault.session() as s:  # a writer that knows nothing of the index
        s.execute(
            text("UPDATE dir_organization SET name = 'Lantern Trust' WHERE id = :i"),
            {"i": uid("o", 3)},
        )
    assert names(vault, "lantern") == ["Harbour Night Shelter"]
    directory.delete_service(vault, service_id=sid)
    assert names(vault, "dana") == [] and names(vault, need="food") == [
        "Northside Community Kitchen"
    ]


def test_open_now_follows_every_edit_of_the_hours(vault: Vault, tmp_path: Path) -> None:
    """ "Open now" is a tag of the index: a schedule written by plain SQL (a location's
    hours), changed, deleted or written by the form lists its services for re-indexing."""
    path = tmp_path / "dir.json"
    path.write_text(json.dumps(RECORDS[:3]), encoding="utf-8")
    directory_import.apply_import(vault, directory_import.plan_import(vault, path))
    sid = uid("s", 2)
    sunday_3am, monday_3am = datetime(2026, 11, 29, 3, 0), datetime(2026, 11, 30, 3, 0)
    assert names(vault, "larder", open_at=sunday_3am) == []
    with vault.session() as s:  # a writer that knows nothing of the index
        s.execute(text("DELETE FROM dir_schedule"))
        location = s.execute(
            text("SELECT location_id FROM dir_service_at_location WHERE service_id = :s"),
            {"s": sid},
        ).scalar()
        s.execute(  # the place's own hours, all Sunday
            text(
                "INSERT INTO dir_schedule (id, location_id, byday, opens_at, closes_at, "
                "description, freq, wkst, byweekno, bymonthday, byyearday, schedule_link, "
                "attending_type, notes) VALUES ('h-loc', :l, 'SU', '00:00:00.000000', "
                "'23:59:00.000000', '', '', '', '', '', '', '', '', '')"
            ),
            {"l": location},
        )
    assert names(vault, "larder", open_at=sunday_3am) == ["Mill Lane Larder"]
    assert names(vault, open_at=sunday_3am) == ["Mill Lane Larder"]  # the list without text
    with vault.session() as s:
        s.execute(text("UPDATE dir_schedule SET byday = 'MO' WHERE id = 'h-loc'"))
    assert names(vault, open_at=monday_3am) == ["Mill Lane Larder"]
    with vault.session() as s:
        s.execute(text("DELETE FROM dir_schedule WHERE id = 'h-loc'"))
    assert names(vault, open_at=monday_3am) == []
    record_ = directory.get_service(vault, service_id=sid)
    record_.hours = [directory.HoursItem(["SA"], dt_time(22), dt_time(4))]  # past midnight
    directory.save_service(vault, record=record_)
    assert names(vault, "larder", open_at=sunday_3am) == ["Mill Lane Larder"]


_DAY = st.sampled_from([*directory.DAYS, "1MO", "-1FR", "2TU", " WE", "XX"])
_TIME = st.builds(dt_time, st.integers(0, 23), st.sampled_from([0, 1, 29, 30, 59]))


@given(
    days=st.lists(_DAY, max_size=3),
    opens=_TIME,
    closes=_TIME,
    moment=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31)),
)
def test_the_open_tags_hold_every_moment_the_rule_calls_open(
    days: list[str], opens: dt_time, closes: dt_time, moment: datetime
) -> None:
    """The index's "may be open" tokens never leave out a moment is_open calls open."""
    hours = directory.HoursItem(days, opens, closes, freq="MONTHLY" if "1MO" in days else "")
    if directory.is_open([hours], moment):
        tags = directory_index.open_tags([(",".join(days), opens, closes)])
        assert directory_index.open_tag(moment) in tags


def test_a_new_mapping_rebuilds_every_row(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "dir.json"
    path.write_text(json.dumps(RECORDS[:2]), encoding="utf-8")
    directory_import.apply_import(vault, directory_import.plan_import(vault, path))
    with vault.session() as s:
        s.execute(text("DELETE FROM dir_fts"))
        s.execute(text("DELETE FROM dir_fts_need"))
        s.execute(text("UPDATE dir_fts_meta SET value = 'older'"))
    assert set(names(vault, need="food")) == {"Northside Community Kitchen", "Mill Lane Larder"}
    with vault.session() as s:
        assert s.execute(text("SELECT count(*) FROM dir_fts")).scalar() == 2
        assert s.execute(text("SELECT count(*) FROM dir_fts_dirty")).scalar() == 0


@pytest.mark.parametrize(
    ("written", "code"),
    [("UK", "GB"), ("gb", "GB"), (" us ", "US"), ("other", ""), ("", ""), ("IE", "IE")],
)
def test_region_codes_as_mentors_write_them(written: str, code: str) -> None:
    assert directory.region_code(written) == code


def test_a_uk_mentor_sees_uk_crisis_lines_first_with_the_country(vault: Vault) -> None:
    from peerdesk.core.services import profile, selfcare

    directory.ensure_seed(vault)
    profile.save_profile(vault, profile.Profile(name="Sam", region="UK"))  # the wizard's code
    assert directory.preferred_region(vault) == "GB"
    crisis = directory.search_services(vault, need="crisis")
    regions = [r.region for r in crisis]
    assert regions[0] == "GB" and "US" in regions  # others one scroll away, never first
    assert regions == sorted(regions, key=lambda r: r != "GB")
    assert directory.country_name(crisis[0].region) == "United Kingdom"
    first = directory.search_services(vault, query="crisis")[0]
    assert first.region == "GB"
    lines = [line for line in selfcare.support_lines(region="UK") if line.region != "any"]
    assert lines[0].region == "GB" and {line.region for line in lines} >= {"US", "CA", "AU"}
