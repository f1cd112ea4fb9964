"""The supervision export: suppression, preview spans, fail-closed check, storage, audit."""

from __future__ import annotations

import errno
import json
import os
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.errors import StorageError, ValidationError
from peerdesk.core.formats import supervision
from peerdesk.core.formats.supervision import ExportBlocked, ExportRequest
from peerdesk.core.formats.suppression import suppress, suppression_mask
from peerdesk.core.services import audit, mentees, notes
from peerdesk.core.services.mentees import Contact, MenteeRecord, Person
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.vault import Vault

DAY = date(2026, 11, 12)
PERIOD = (date(2026, 10, 1), date(2026, 11, 30))


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


def test_threshold_comes_from_settings(vault: Vault) -> None:
    from peerdesk.core.services import settings as settings_service

    settings_service.set_setting(vault, "suppression_threshold", 2)
    assert supervision._threshold(vault) == 2


# --- a small vault ----------------------------------------------------------------------


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def people(vault: Vault) -> dict[str, int]:
    maria = mentees.add_mentee(
        vault,
        record=MenteeRecord(
            display_name="Maria",
            full_name="Maria Santos",
            aliases=["Mari"],
            contacts=[Contact("phone", "+1 555 0134")],
            important_people=[Person("Lucia", "sister")],
            address="22 Birch Road, Springfield",
        ),
    )
    tom = mentees.add_mentee(
        vault, record=MenteeRecord(display_name="Tom", full_name="Thomas Becker")
    )
    return {"Maria": maria, "Tom": tom}


def add(vault: Vault, who: list[int], *, flagged: bool = False, day: date = DAY, **kw) -> int:
    if not any(kw.get(f) for f in ("wanted", "did", "how_it_went", "next_steps")):
        kw["did"] = "We took the bus to the library."
    note_id = notes.save_draft(
        vault,
        draft=NoteDraft(
            participant_ids=who,
            occurred_on=day,
            start_time=time(10),
            end_time=time(11),
            discuss_in_supervision=flagged,
            **kw,
        ),
    )
    notes.sign_note(vault, note_id=note_id)
    return note_id


def request(fmt: str = "md", **kw) -> ExportRequest:
    return ExportRequest(*PERIOD, format=fmt, **kw)


def test_preview_spans_point_at_the_replacements(vault, people) -> None:
    add(
        vault,
        [people["Maria"]],
        flagged=True,
        did="Maria's sister Lucia rang 555 0134 on 12/11/2026; Siobhan helped.",
    )
    prepared = supervision.preview(vault, request=request())
    assert "Mentee A's sister [PERSON] rang [PHONE] on [date]; [PERSON] helped." in (prepared.text)
    labels = [s.label for s in prepared.spans]
    assert labels == ["KNOWN_NAME", "KNOWN_NAME", "PHONE", "DATE", "PERSON"]
    for s in prepared.spans:
        assert prepared.text[s.start : s.end] == s.replacement
    assert "\ue000" not in prepared.text


def test_json_preview_spans_and_schema(vault, people) -> None:
    add(vault, [people["Tom"]], flagged=True, did="Tommy? No: Tom and Becker.")
    prepared = supervision.preview(vault, request=request("json"))
    doc = json.loads(prepared.text)
    assert doc["format"] == "peerdesk-supervision" and doc["version"] == 1
    assert doc["flagged_notes"][0]["sections"]["did"] == "Tommy? No: Mentee B and Mentee B."
    for s in prepared.spans:
        assert prepared.text[s.start : s.end] == s.replacement


def test_redact_selection_and_undo(vault, people) -> None:
    add(vault, [people["Maria"]], flagged=True, did="At the Blue Door cafe with Siobhan.")
    first = supervision.preview(vault, request=request())
    person = next(s for s in first.spans if s.label == "PERSON")
    again = supervision.preview(
        vault, request=request(extra_terms=("Blue Door",), keep=frozenset({person.key}))
    )
    assert "At the [REDACTED] cafe with Siobhan." in again.text


def test_empty_period_and_mentee_without_notes(vault, people) -> None:
    with pytest.raises(ValidationError, match="no signed session notes"):
        supervision.prepare(vault, request=request())
    add(vault, [people["Maria"]])
    with pytest.raises(ValidationError, match="chosen mentees"):
        supervision.prepare(vault, request=request(mentee_ids=(people["Tom"],)))
    with pytest.raises(ValidationError, match="ends before"):
        supervision.prepare(vault, request=ExportRequest(PERIOD[1], PERIOD[0]))


def test_group_notes_count_for_mentees_in_scope(vault, people) -> None:
    add(vault, [people["Maria"], people["Tom"]], flagged=True, setting="group", kind="group")
    prepared = supervision.prepare(vault, request=request(mentee_ids=(people["Tom"],)))
    assert prepared.note_count == 1 and "Mentee A, Mentee B" in prepared.text


def test_write_checks_logs_and_leaves_nothing_else(vault, people, outdir) -> None:
    add(vault, [people["Maria"]], flagged=True, did="Maria did it.")
    prepared = supervision.prepare(vault, request=request())
    result = supervision.write_export(vault, prepared=prepared, out=outdir / "s.md")
    assert list(outdir.iterdir()) == [outdir / "s.md"]
    with vault.session() as s:
        event = next(r for r in audit.recent(s) if r.kind == "exported")
    assert event.detail["sha256"] == result.sha256
    assert event.detail["period"] == "2026-10/2026-11"
    assert "Maria" not in json.dumps(event.detail)
    assert supervision.past_exports(vault)[0].format == "md"


def test_fail_closed_deletes_and_names_only_the_field(vault, people, outdir, caplog) -> None:
    add(vault, [people["Maria"]], flagged=True, did="Mari did it.")
    prepared = supervision.prepare(vault, request=request())
    prepared.markdown = prepared.markdown.replace("Mentee A did", "M a r i did")
    out = outdir / "s.md"
    with pytest.raises(ExportBlocked) as caught:
        supervision.write_export(vault, prepared=prepared, out=out)
    assert "a mentee's alias" in str(caught.value)
    assert "Mari" not in str(caught.value).replace("a mentee", "")
    assert list(outdir.iterdir()) == []
    assert "Mari " not in caplog.text
    with vault.session() as s:
        assert not [r for r in audit.recent(s) if r.kind == "exported"]


def test_a_full_disk_leaves_no_partial_file(vault, people, outdir, monkeypatch) -> None:
    add(vault, [people["Maria"]])
    prepared = supervision.prepare(vault, request=request())

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError, match="no partial file"):
        supervision.write_export(vault, prepared=prepared, out=outdir / "s.md")
    assert list(outdir.iterdir()) == []


def test_pdf_is_checked_through_its_text(vault, people, outdir, qapp) -> None:
    from peerdesk.render.pdf import write_pdf

    add(vault, [people["Maria"]], flagged=True, did="Maria took the bus.")
    prepared = supervision.prepare(vault, request=request("pdf"))
    result = supervision.write_export(
        vault, prepared=prepared, out=outdir / "s.pdf", pdf_writer=write_pdf
    )
    text = " ".join(supervision.extract_text(result.path.read_bytes(), "pdf").split())
    assert "Mentee A took the bus." in text
    leaky = prepared.document
    leaky.blocks[-1] = type(leaky.blocks[-1])((("What we did", "Maria Santos took the bus."),))
    with pytest.raises(ExportBlocked, match="a mentee's"):
        supervision.write_export(
            vault, prepared=prepared, out=outdir / "t.pdf", pdf_writer=write_pdf
        )
    assert not (outdir / "t.pdf").exists()


# --- the property -----------------------------------------------------------------------

NAMES = st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=4, max_size=9).map(str.capitalize)
FIELDS = ("wanted", "did", "how_it_went", "next_steps")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    name=NAMES,
    alias=NAMES,
    field=st.sampled_from(FIELDS),
    where=st.integers(min_value=0, max_value=12),
    case=st.sampled_from([str, str.upper, str.lower]),
    suffix=st.sampled_from(["", "'s", "’s", ".", ",", "!"]),
    also_addendum=st.booleans(),
)
def test_known_identifiers_never_reach_any_format(
    vault: Vault, tmp_path: Path, name, alias, field, where, case, suffix, also_addendum
) -> None:
    mentee_id = mentees.add_mentee(
        vault,
        record=MenteeRecord(display_name=name, full_name=f"{name} {alias}x", aliases=[alias]),
    )
    base = [
        "we",
        "walked",
        "to",
        "the",
        "library",
        "together",
        "and",
        "talked",
        "about",
        "the",
        "week",
        "ahead",
    ]
    for ident in (name, alias, f"{name} {alias}x"):
        words = list(base)
        words.insert(where, case(ident) + suffix)
        text = " ".join(words)
        note_id = add(vault, [mentee_id], flagged=True, **{field: text})
        if also_addendum:
            notes.add_addendum(vault, note_id=note_id, text_=text)
    for fmt in ("md", "csv", "json"):
        prepared = supervision.prepare(vault, request=request(fmt, mentee_ids=(mentee_id,)))
        out = tmp_path / f"p-{mentee_id}.{fmt}"
        supervision.write_export(vault, prepared=prepared, out=out)
        written = out.read_text(encoding="utf-8").lower()
        for ident in (name, alias, f"{alias}x"):
            assert ident.lower() not in written
        assert ident.lower() not in prepared.document.to_text().lower()
