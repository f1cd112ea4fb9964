"""Reading notes from CSV (with a mapping), Markdown/plain text and jrnl's JSON export."""

from __future__ import annotations

import json
from datetime import date, time

import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats.note_import import parse_csv, parse_jrnl, parse_text

MAPPING = {"date": "Date", "mentee": "Person", "did": "Notes", "start": "From", "end": "To"}


def test_csv_with_a_mapping_reads_rows_and_reports_bad_rows_without_quoting_them() -> None:
    text = (
        "Date,Person,Notes,From,To\n"
        "03/11/2026,Maria,Bus trip,10:00,11:30\n"
        "17/11/2026,Tom and Maria,Group walk,2:15pm,\n"
        "20/11/2026,,Secret words here,,\n"
        "21/11/2026,Tom,Another,25 past,\n"
    )
    parsed = parse_csv(text, MAPPING)
    assert [(n.row, n.occurred_on, n.mentee_names) for n in parsed.notes] == [
        (2, date(2026, 11, 3), ["Maria"]),
        (3, date(2026, 11, 17), ["Tom", "Maria"]),
    ]
    assert parsed.notes[0].end_time == time(11, 30) and parsed.notes[1].start_time == time(14, 15)
    assert [(e.row, e.message) for e in parsed.errors] == [
        (4, "nobody is named in the mentee column"),
        (5, "a start or end time is not a time like 10:30"),
    ]
    assert not any("Secret" in e.message for e in parsed.errors)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Date,Person,Notes\n2026-11-02,Maria,a\n03/11/2026,Tom,b\n", "mixes formats"),
        ("Date,Person,Notes\n03/11/2026,Maria,a\n04/11/2026,Tom,b\n", "two ways"),
        ("Date,Person,Notes\nyesterday,Maria,a\n", "cannot read"),
        ("Date,Person,Notes\n", "no notes"),
    ],
)
def test_csv_dates_that_cannot_be_read_one_way_get_a_clear_message(text: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        parse_csv(text, {"date": "Date", "mentee": "Person", "did": "Notes"})


def test_date_format_in_the_mapping_settles_day_or_month() -> None:
    text = "Date,Person,Notes\n03/11/2026,Maria,a\n04/11/2026,Tom,b\n"
    mapping = {"date": "Date", "mentee": "Person", "did": "Notes", "date_format": "%m/%d/%Y"}
    assert parse_csv(text, mapping).notes[0].occurred_on == date(2026, 3, 11)


@pytest.mark.parametrize(
    "mapping, words",
    [
        ({"date": "Date", "did": "Notes"}, "leaves 'mentee' empty"),
        ({"date": "", "mentee": "Person", "did": "Notes"}, "leaves 'date' empty"),
        ({"date": "Date", "mentee": "Person"}, "no column for the note's text"),
        ({"date": "Date", "mentee": "Person", "did": "Text"}, "no column called 'Text'"),
        ({"date": "Date", "mentee": "Person", "did": "Notes", "mood": "x"}, "does not know"),
    ],
)
def test_a_mapping_that_leaves_a_required_field_empty_is_refused(mapping, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        parse_csv("Date,Person,Notes\n2026-11-02,Maria,a\n", mapping)


def test_markdown_and_text_entries_start_at_a_date_line() -> None:
    text = (
        "Notes I kept\n\n"
        "## 2026-11-02\nWe met at the library.\nShe chose a book.\n\n"
        "3 November 2026\nPhone call, short.\n\n"
        "## 2026-11-05\n\n"
    )
    parsed = parse_text(text, mentee="Maria")
    assert [(n.occurred_on, n.sections["did"]) for n in parsed.notes] == [
        (date(2026, 11, 2), "We met at the library.\nShe chose a book."),
        (date(2026, 11, 3), "Phone call, short."),
    ]
    assert [e.row for e in parsed.errors] == [1, 10]
    with pytest.raises(ValidationError, match="No entries found"):
        parse_text("", mentee="Maria")


def test_jrnl_json_export_uses_tags_to_choose_the_mentee() -> None:
    doc = {
        "tags": {"@maria": 1},
        "entries": [
            {
                "date": "2026-11-02",
                "time": "10:15",
                "title": "Bus",
                "body": "Went well.",
                "tags": ["@maria"],
                "starred": False,
            },
            {"date": "2026-11-03", "time": "09:00", "title": "Untagged", "body": "", "tags": []},
            {"date": "02/11/2026", "title": "x", "body": "y", "tags": []},
        ],
    }
    parsed = parse_jrnl(json.dumps(doc), mentee=None, known_names={"Maria"})
    assert [(n.mentee_names, n.start_time, n.sections["did"]) for n in parsed.notes] == [
        (["Maria"], time(10, 15), "Bus\n\nWent well.")
    ]
    assert [e.row for e in parsed.errors] == [2, 3]
    with pytest.raises(ValidationError, match="jrnl"):
        parse_jrnl("[1, 2]", mentee=None, known_names=set())
