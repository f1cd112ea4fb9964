"""Documentation profiles as data: parsing, the calm checklist, the signature line."""

from __future__ import annotations

import json
from datetime import date, time
from importlib import resources

import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats.profiles import (
    CLINICAL_WORDS,
    NoteFacts,
    check_note,
    parse_profile,
    signature_line,
)


def shipped(profile_id: str):
    folder = resources.files("peerdesk.resources").joinpath("profiles")
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            doc = json.loads(entry.read_text("utf-8"))
            if doc["id"] == profile_id:
                return parse_profile(doc, source=entry.name)
    raise AssertionError(profile_id)


def facts(**kw) -> NoteFacts:
    base = dict(
        occurred_on=date(2026, 11, 2),
        start_time=time(10, 0),
        end_time=time(11, 0),
        location="Library",
        modality="in person",
        kind="practical support",
        template="practical-support",
        sections={
            "wanted": "To ride the bus alone",
            "did": "We rode the 7 bus together and read the timetable.",
            "how_it_went": "Maria said she felt proud.",
            "next_steps": "Saturday on her own.",
        },
        goal_linked=True,
        person_name="Maria",
        mentor={"name": "Alex Rivera", "credentials": "CPS", "role": "", "organisation": ""},
    )
    base.update(kw)
    return NoteFacts(**base)


@pytest.mark.parametrize("profile_id", ["general", "us-medicaid", "uk-peer-support-worker"])
def test_shipped_profiles_parse_and_a_complete_note_has_no_gaps(profile_id: str) -> None:
    profile = shipped(profile_id)
    assert check_note(profile, facts()) == []
    for element in profile.elements:
        assert not any(w in element.missing.lower().split() for w in CLINICAL_WORDS)


def test_medicaid_profile_names_each_missing_element_calmly_and_blocks() -> None:
    profile = shipped("us-medicaid")
    gaps = check_note(
        profile,
        facts(
            start_time=None,
            location="",
            sections={"wanted": "", "did": "Bus.", "how_it_went": "", "next_steps": ""},
            goal_linked=False,
            mentor={"name": "Alex Rivera", "credentials": "", "role": "", "organisation": ""},
            kind="social",
        ),
    )
    by_id = {g.element: g for g in gaps}
    assert set(by_id) == {
        "times",
        "place",
        "credentials",
        "service_type",
        "purpose",
        "intervention",
        "response",
        "plan",
        "goal",
    }
    assert by_id["response"].message == "Say how Maria responded."
    assert by_id["response"].blocks and not by_id["goal"].blocks
    assert [g.blocks for g in gaps] == sorted((g.blocks for g in gaps), reverse=True)


def test_light_profiles_never_block_and_groups_are_named_as_a_group() -> None:
    for profile_id in ("general", "uk-peer-support-worker"):
        gaps = check_note(
            shipped(profile_id),
            facts(
                person_name="",
                sections={k: "" for k in ("wanted", "did", "how_it_went", "next_steps")},
            ),
        )
        assert gaps and not any(g.blocks for g in gaps)
        assert all("{name}" not in g.message for g in gaps)
    uk = check_note(
        shipped("uk-peer-support-worker"),
        facts(
            person_name="",
            sections={"wanted": "x", "did": "x", "how_it_went": "", "next_steps": "x"},
        ),
    )
    assert [g.message for g in uk] == ["Say how the group felt it went."]


def test_template_sections_override_which_section_satisfies_an_element() -> None:
    doc = {
        "id": "p",
        "name": "P",
        "elements": [
            {
                "id": "response",
                "check": "section",
                "sections": ["how_it_went"],
                "template_sections": {"crisis-support": ["did"]},
                "missing": "Say how {name} responded.",
                "blocks": True,
            }
        ],
    }
    profile = parse_profile(doc)
    sections = {
        "wanted": "",
        "did": "Stayed on the phone; she was calmer.",
        "how_it_went": "",
        "next_steps": "",
    }
    assert check_note(profile, facts(template="crisis-support", sections=sections)) == []
    assert len(check_note(profile, facts(template="practical-support", sections=sections))) == 1


@pytest.mark.parametrize(
    "doc, words",
    [
        ([], "not a JSON object"),
        ({"id": "x", "name": "X"}, "no 'elements'"),
        (
            {"id": "x", "name": "X", "elements": [{"id": "a", "check": "magic", "missing": "m"}]},
            "unknown check",
        ),
        (
            {
                "id": "x",
                "name": "X",
                "elements": [
                    {"id": "a", "check": "section", "sections": ["feelings"], "missing": "m"}
                ],
            },
            "unknown note section",
        ),
        (
            {
                "id": "x",
                "name": "X",
                "elements": [{"id": "a", "check": "field", "fields": ["mood"], "missing": "m"}],
            },
            "fields are not among",
        ),
        (
            {
                "id": "x",
                "name": "X",
                "elements": [
                    {"id": "a", "check": "goal", "missing": "Record the patient's compliance."}
                ],
            },
            "clinical terms",
        ),
        (
            {
                "id": "x",
                "name": "X",
                "elements": [{"id": "a", "check": "goal", "missing": "m"}],
                "service_types": [{"kind": "therapy"}],
            },
            "service type",
        ),
    ],
)
def test_a_bad_profile_file_gets_one_clear_sentence(doc, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        parse_profile(doc, source="ours.json")
    assert "ours.json" in str(caught.value) and "\n" not in str(caught.value)


def test_signature_line_carries_name_and_credentials_and_drops_empty_parts() -> None:
    profile = shipped("us-medicaid")
    assert signature_line(profile, name="Alex Rivera", credentials="Certified Peer Specialist") == (
        "Alex Rivera, Certified Peer Specialist"
    )
    assert signature_line(profile, name="Alex Rivera", credentials="") == "Alex Rivera"


def test_facts_of_a_draft_or_a_stored_note_carry_every_field() -> None:
    """NoteFacts.of is the one way the quick path, the checklist and the review build them."""
    from peerdesk.core.services.drafts import NoteDraft

    want = facts()
    draft = NoteDraft(
        participant_ids=[1],
        occurred_on=want.occurred_on,
        start_time=want.start_time,
        end_time=want.end_time,
        location=want.location,
        modality=want.modality,
        kind=want.kind,
        template=want.template,
        **want.sections,
    )
    got = NoteFacts.of(draft, goal_linked=True, person_name="Maria", mentor=dict(want.mentor))
    assert got == want
