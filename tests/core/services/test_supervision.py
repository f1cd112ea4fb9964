"""The supervision export on a real vault: preview spans, fail-closed check, storage, audit."""

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
from peerdesk.core.services import audit, mentees, notes, supervision
from peerdesk.core.services.mentees import Contact, MenteeRecord, Person
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.services.supervision import ExportBlocked, ExportRequest
from peerdesk.core.vault import Vault

DAY = date(2026, 11, 12)
PERIOD = (date(2026, 10, 1), date(2026, 11, 30))


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
    add(vault, [people["Maria"]], flagged=True, did="We sat by the Blue Door with Siobhan.")
    first = supervision.preview(vault, request=request())
    person = next(s for s in first.spans if s.label == "PERSON")
    again = supervision.preview(
        vault, request=request(extra_terms=("Blue Door",), keep=frozenset({person.key}))
    )
    assert "We sat by the [REDACTED] with Siobhan." in again.text


def test_only_signed_notes_are_exported(vault, people) -> None:
    """Drafts in the period are left out (the state is tested after the date range is
    read, so SQLite walks the date index on a big vault)."""
    signed = add(vault, [people["Maria"]], flagged=True, did="We walked to the market.")
    notes.save_draft(
        vault,
        draft=NoteDraft(
            participant_ids=[people["Tom"]],
            occurred_on=DAY,
            discuss_in_supervision=True,
            did="A draft about the allotment.",
        ),
    )
    prepared = supervision.prepare(vault, request=request())
    assert prepared.note_count == 1 and prepared.flagged_count == 1
    assert "market" in prepared.text and "allotment" not in prepared.text
    assert signed


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
    with pytest.raises(StorageError, match="disk is full"):
        supervision.write_export(vault, prepared=prepared, out=outdir / "s.md")
    assert list(outdir.iterdir()) == []


def test_pdf_is_checked_through_its_text(vault, people, outdir, qapp) -> None:
    from peerdesk.render.pdf import pdf_bytes

    add(vault, [people["Maria"]], flagged=True, did="Maria took the bus.")
    prepared = supervision.prepare(vault, request=request("pdf"))
    result = supervision.write_export(
        vault, prepared=prepared, out=outdir / "s.pdf", pdf_writer=pdf_bytes
    )
    text = " ".join(supervision.extract_text(result.path.read_bytes(), "pdf").split())
    assert "Mentee A took the bus." in text
    leaky = prepared.document
    leaky.blocks[-1] = type(leaky.blocks[-1])((("What we did", "Maria Santos took the bus."),))
    with pytest.raises(ExportBlocked, match="a mentee's"):
        supervision.write_export(
            vault, prepared=prepared, out=outdir / "t.pdf", pdf_writer=pdf_bytes
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


# --- packets ----------------------------------------------------------------------------


def test_packet_round_trip_and_weakened_kdf(tmp_path: Path) -> None:
    from peerdesk.core.errors import IntegrityError, WrongPassphrase
    from peerdesk.core.vault.keys import calibrate

    secret = "a long packet passphrase"
    raw = supervision.seal_packet(b"# Summary\n", secret, content="md", kdf=calibrate(0))
    out = tmp_path / "opened.md"
    assert supervision.open_packet(raw=raw, passphrase=secret, out=out) == "md"
    assert out.read_bytes() == b"# Summary\n"
    assert out.stat().st_mode & 0o777 == 0o600
    with pytest.raises(WrongPassphrase):
        supervision.read_packet(raw, "not the passphrase")
    doc = json.loads(raw)
    doc["kdf"]["memory_kib"] = 8
    with pytest.raises(IntegrityError):
        supervision.read_packet(json.dumps(doc).encode(), secret)


# --- the mentor's own directory and profile ----------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_the_directory_and_profile_are_known_identifiers(
    vault: Vault, people, outdir: Path, qapp, fmt: str
) -> None:
    """Every organisation, service and location name of the mentor's directory, its
    addresses (street, town, ZIP) and the mentor's own organisation are redacted wherever a
    note names them; the national lines the directory is seeded with stay."""
    from peerdesk.core.services import directory, profile
    from peerdesk.core.services.directory import AddressItem, ServiceRecord
    from peerdesk.render.pdf import pdf_bytes

    assert directory.ensure_seed(vault) > 0
    address = AddressItem("14 Kesterton Road", city="Hollybrook", postal_code="43219")
    address.state_province, address.location_name = "OH", "Marlow House"
    directory.save_service(
        vault,
        record=ServiceRecord(
            name="Tuesday Walk-In", organization_name="Wrenfield Family Clinic", addresses=[address]
        ),
    )
    profile.save_profile(vault, profile.Profile(name="Sam Mentor", organisation="Elmgate Peers"))
    add(
        vault,
        [people["Maria"]],
        flagged=True,
        did="Went with Maria to wrenfield family clinic (the tuesday walk-in) at Marlow House "
        "on Kesterton Road in Hollybrook, zip 43219. Elmgate Peers paid the bus. She saved "
        "988 and the 988 Suicide and Crisis Lifeline in her phone.",
    )
    prepared = supervision.prepare(vault, request=request(fmt))
    assert prepared.blocked is None
    result = supervision.write_export(
        vault, prepared=prepared, out=outdir / f"s.{fmt}", pdf_writer=pdf_bytes
    )
    text = " ".join(supervision.extract_text(result.path.read_bytes(), fmt).split()).lower()
    for secret in ("wrenfield", "walk-in", "marlow", "kesterton", "hollybrook", "43219", "elmgate"):
        assert secret not in text, secret
    assert "988 suicide and crisis lifeline" in text and "mentee a" in text


# --- a realistic vault: people called June, May and Will --------------------------------


@pytest.mark.parametrize("fmt", ["md", "csv", "json", "pdf"])
def test_a_realistic_vault_exports_every_format_without_being_blocked(
    vault: Vault, outdir: Path, qapp, fmt: str, realistic
) -> None:
    from peerdesk.render.pdf import pdf_bytes

    realistic.fill(vault)
    sections = tuple(supervision.available_sections(vault))
    req = ExportRequest(
        realistic.day.replace(day=1), realistic.day.replace(day=30), sections=sections, format=fmt
    )
    prepared = supervision.prepare(vault, request=req)
    assert prepared.blocked is None
    result = supervision.write_export(
        vault, prepared=prepared, out=outdir / f"s.{fmt}", pdf_writer=pdf_bytes
    )
    text = " ".join(supervision.extract_text(result.path.read_bytes(), fmt).split())
    assert realistic.leaks(text) == []
    if fmt != "csv":
        assert "Mentee A" in text and "Mentee B" in text


def test_every_field_of_the_record_is_a_known_identifier(vault: Vault, realistic) -> None:
    """ZIP, birth date (any format), street, house number, town, phone digits in any
    grouping, email local part and nickname are redacted where a note repeats them."""
    ids = realistic.fill(vault)
    note_id = add(
        vault,
        [ids["Rosa"]],
        flagged=True,
        day=realistic.day,
        did="Born 1967-03-14 (3/14/1967); 41 Birchwood, Millbrook OH "
        "43210-0000; ring 614 555 0182 or 6145550182; rosa.delgado67 on chat; Ro's idea.",
    )
    del note_id
    june = ExportRequest(realistic.day.replace(day=1), realistic.day.replace(day=30), format="md")
    prepared = supervision.prepare(vault, request=june)
    line = next(x for x in prepared.text.splitlines() if "Born" in x)
    for secret in ("03-14", "3/14", "Birchwood", "Millbrook", "43210", "0182", "delgado67", "Ro's"):
        assert secret not in line, secret
    kinds = {s.label for s in prepared.spans}
    assert {"DATE", "ADDRESS", "ZIP", "PHONE", "EMAIL", "KNOWN_NAME"} <= kinds


def test_a_leak_in_the_output_is_named_and_fixed_by_hiding_more(
    vault: Vault, outdir: Path, realistic
) -> None:
    realistic.fill(vault)
    june = ExportRequest(realistic.day.replace(day=1), realistic.day.replace(day=30), format="md")
    prepared = supervision.prepare(vault, request=june)
    prepared.markdown = prepared.markdown.replace("Mentee A rang", "Okafor rang")
    prepared.fields = (*prepared.fields, ("note 1 (What we did)", "Okafor rang"))
    with pytest.raises(ExportBlocked) as caught:
        supervision.write_export(vault, prepared=prepared, out=outdir / "s.md")
    block = caught.value.block
    assert block is not None and block.field == "note 1 (What we did)"
    assert "an important person's name" in str(caught.value) and "Okafor" not in str(caught.value)
    assert block.fix is not None and set(block.fix.extra_terms) >= {"Okafor"}
    assert block.fix.keep == prepared.request.keep  # nothing is shown again
    assert list(outdir.iterdir()) == []
