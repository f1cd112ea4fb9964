"""The supervision export as a pure format: suppression, building from literal records,
the fail-closed check that ignores the engine's own words. No vault anywhere."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core.formats.deid import Identifier
from peerdesk.core.formats.supervision import (
    Addendum,
    ExportBlocked,
    ExportRequest,
    ExportSource,
    NoteRow,
    birth_date_hits,
    build_export,
    check_output,
    explain,
    validate,
)
from peerdesk.core.formats.suppression import merged_groups, suppress, suppression_mask

PERIOD = (date(2026, 6, 1), date(2026, 6, 30))
TODAY = date(2026, 7, 2)
MARIA = (
    Identifier("Maria", "a mentee's name", owner=1),
    Identifier("Santos", "a mentee's full name", owner=1),
    Identifier("June", "an important person's name"),
)


# --- suppression ------------------------------------------------------------------------


def test_single_suppressed_cell_gets_a_complement_in_row_and_column() -> None:
    table = [[20, 3, 40], [30, 50, 60]]
    mask = suppression_mask(table, 10)
    # 3 is primary; row 0's next smallest (20) joins it; then column 0 has a lone
    # suppressed cell, so its next smallest (30) joins; row 1 then needs a second (50).
    assert mask == [[True, True, False], [True, True, False]]


def test_a_zero_is_only_a_complement_when_nothing_else_is_left() -> None:
    assert suppression_mask([[0, 4, 25]], 10) == [[False, True, True]]
    assert suppression_mask([[0, 4]], 10) == [[True, True]]


def test_totals_over_suppressed_cells_are_ranges_or_small() -> None:
    t = suppress(["a", "b"], ["x", "y", "z"], [[20, 3, 40], [30, 50, 60]], threshold=10)
    assert t.cells == (("<11", "<11", "40"), ("<11", "<11", "60"))
    assert t.row_totals == ("55–65", "132–142")
    assert t.column_totals == ("44–54", "44–54", "100")
    assert t.total == "198–208"
    small = suppress(["a"], ["x", "y"], [[2, 3]], threshold=10)
    assert small.row_totals == ("<11",) and small.total == "<11"


def test_no_cell_can_be_recovered_from_the_totals() -> None:
    import itertools

    table = [[12, 4, 15], [25, 30, 7], [14, 16, 18]]
    t = suppress(list("abc"), list("xyz"), table, threshold=10)
    for line in [*t.suppressed, *zip(*t.suppressed, strict=True)]:
        assert sum(line) != 1
    for i, j in itertools.product(range(3), range(3)):
        if t.suppressed[i][j]:
            assert t.cells[i][j] == "<11"


def note(number: int, did: str = "We took the bus to the library.", **kw: object) -> NoteRow:
    base: dict = dict(
        id=number,
        occurred_on=date(2026, 6, 10),
        modality="phone",
        kind="practical support",
        mentee_ids=(1,),
        minutes=60,
        flagged=True,
        sections=(("did", did),),
    )
    base.update(kw)
    return NoteRow(**base)


def source(*notes: NoteRow, fmt: str = "md", **kw: object) -> ExportSource:
    return ExportSource(
        request=ExportRequest(*PERIOD, format=fmt, **kw),  # type: ignore[arg-type]
        identifiers=MARIA,
        scope=(1,),
        notes=notes,
        today=TODAY,
    )


def test_builds_every_format_from_literal_records() -> None:
    prepared = build_export(source(note(1, "Maria rang Siobhan.")))
    assert "Mentee A rang [PERSON]." in prepared.text
    assert prepared.note_count == 1 and prepared.flagged_count == 1
    assert "Maria" not in prepared.markdown + prepared.json_text + prepared.csv_text
    assert prepared.blocked is None
    for s in prepared.spans:
        assert prepared.text[s.start : s.end] == s.replacement
        assert explain(s) in ("a name the vault knows", "a person's name")


def test_a_month_called_like_a_person_never_blocks_the_export() -> None:
    """The heading "June 2026" and the period label are the export's own words."""
    prepared = build_export(
        source(note(1), note(2, addenda=(Addendum(9, date(2026, 6, 12), "ok"),)))
    )
    assert "June 2026" in prepared.markdown
    assert prepared.blocked is None
    check_output(prepared, prepared.markdown.encode(), "md")
    check_output(prepared, prepared.json_text.encode(), "json")


def test_a_leak_names_the_field_and_the_fix_only_hides_more() -> None:
    prepared = build_export(source(note(1, "A good week.")))
    leaky = prepared.markdown.replace("A good week.", "A good week with June.")
    prepared.fields = (("note 1 (What we did)", "A good week with June."),)
    with pytest.raises(ExportBlocked) as caught:
        check_output(prepared, leaky.encode(), "md")
    block = caught.value.block
    assert block is not None and block.kind == "an important person's name"
    assert block.field == "note 1 (What we did)"
    assert "June" not in str(caught.value)
    assert block.fix is not None
    assert block.fix.extra_terms == ("June",) and block.fix.keep == prepared.request.keep
    again = build_export(
        source(note(1, "A good week with June."), extra_terms=block.fix.extra_terms)
    )
    assert again.blocked is None and "June." not in again.markdown


def test_small_counts_are_suppressed_in_the_activity_summary() -> None:
    prepared = build_export(source(*(note(i, flagged=False) for i in range(3))))
    assert "Sessions: <11" in prepared.markdown
    assert "By how we met" not in prepared.markdown  # nothing above 10 to tell
    assert "Hours (from start and end times): under 5" in prepared.markdown
    assert "nobody can be recognised from a small number" in prepared.markdown
    many = build_export(source(*(note(i, flagged=False, minutes=90) for i in range(4))))
    assert "Hours (from start and end times): between 5 and 10" in many.markdown


def test_the_number_of_mentees_keeps_the_small_count_promise_too() -> None:
    """ "No count from 1 to 10 is shown on its own" holds for the header's mentee count."""
    one = build_export(source(note(1, flagged=False)))
    assert "Mentees: <11" in one.markdown and "Mentees: 1\n" not in one.markdown
    assert json.loads(one.json_text)["scope"]["mentees"] == "<11"
    twelve = replace(source(note(1, flagged=False)), scope=tuple(range(1, 13)))
    assert "Mentees: 12" in build_export(twelve).markdown


def test_the_summary_joins_small_groups_so_it_still_says_something() -> None:
    """14 sessions: 12 by phone and 2 in person, 9 practical, 3 advocacy, 2 crisis.
    Every number shown is over 10, the total is exact, and no small count can be worked
    out from what is shown."""
    rows = [
        *(note(i, flagged=False, modality="phone", kind="practical support") for i in range(9)),
        *(note(10 + i, flagged=False, modality="phone", kind="advocacy") for i in range(3)),
        *(
            note(20 + i, flagged=False, modality="in person", kind="crisis support")
            for i in range(2)
        ),
    ]
    md = build_export(source(*rows)).markdown
    assert "Sessions: 14" in md
    assert "By how we met: phone and in person together 14" in md
    assert "By kind of session: practical support, advocacy and crisis support together 14" in md
    assert "<11" not in md.split("Activity summary", 1)[1].split("##", 1)[0]
    assert "nobody can be recognised from a small number" in md


def test_merged_groups_show_no_count_of_ten_or_under() -> None:
    t = 10
    assert merged_groups([("a", 30), ("b", 12), ("c", 0)], t) == [(("a",), 30), (("b",), 12)]
    # the small ones together are over 10: one joined group
    assert merged_groups([("a", 30), ("b", 6), ("c", 5)], t) == [(("a",), 30), (("b", "c"), 11)]
    # still small together: they join the smallest large one
    assert merged_groups([("a", 30), ("b", 14), ("c", 3)], t) == [(("a",), 30), (("b", "c"), 17)]
    # only small ones: one group when they are over 10 together, else nothing
    assert merged_groups([("a", 4), ("b", 9)], t) == [(("b", "a"), 13)]
    assert merged_groups([("a", 4), ("b", 3)], t) == []
    assert merged_groups([], t) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=7))
def test_merged_groups_add_up_and_hide_every_small_count(values: list[int]) -> None:
    counts = [(f"k{i}", v) for i, v in enumerate(values)]
    groups = merged_groups(counts, 10)
    for _names, n in groups:
        assert n > 10
    named = [c for names, _n in groups for c in names]
    assert len(named) == len(set(named))
    if groups:
        assert sum(n for _names, n in groups) == sum(values)
        assert set(named) == {c for c, v in counts if v}
    # a category shown on its own is shown with its true count
    for names, n in groups:
        if len(names) == 1:
            assert dict(counts)[names[0]] == n


def test_unknown_sections_and_backwards_periods_are_refused() -> None:
    with pytest.raises(Exception, match="at least one section"):
        validate(ExportRequest(*PERIOD, sections=("selfcare",)), ["activity"])
    with pytest.raises(Exception, match="ends before"):
        validate(ExportRequest(PERIOD[1], PERIOD[0]), ["activity"])


@pytest.mark.parametrize(
    "text",
    ["born 3/14/1967", "14.03.67", "1967-03-14", "March 14th, 1967", "the 14th of March 1967"],
)
def test_a_birth_date_is_found_by_value_in_any_form(text: str) -> None:
    assert birth_date_hits(f"She said {text}.", {date(1967, 3, 14)})
    assert not birth_date_hits(text.replace("14", "15"), {date(1967, 3, 14)})


def test_a_birth_date_in_the_output_blocks_and_names_the_field() -> None:
    src = source(note(1, "A good week."))
    prepared = build_export(replace(src, birth_dates=frozenset({date(1967, 3, 14)})))
    leaky = prepared.markdown.replace("A good week.", "Born 14 March 1967.")
    prepared.fields = (("note 1 (What we did)", "Born 14 March 1967."),)
    with pytest.raises(ExportBlocked) as caught:
        check_output(prepared, leaky.encode(), "md")
    block = caught.value.block
    assert block is not None and block.kind == "a mentee's birth date"
    assert block.fix is not None and block.fix.extra_terms == ("14 March 1967",)
