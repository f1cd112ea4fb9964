"""1,000 fuzzed inputs per importer, and not one "unexpected error".

Importers: directory zip, HSDS JSON (bytes and structure), HSDS CSV, the note importer,
the full export (peerdesk-export JSON), passphrase packets, sealed packets, a supervisor's
reply packet as the mentor opens it (its bytes, and trusted replies with any content), and
a backup file as restore reads it (its bytes and its header). Any
exception that is not a PeerdeskError is what the CLI and the GUI would call an
unexpected error; each refusal must also be one sentence, and nothing is written by an
import that was refused. Derandomised (the same inputs every run, so CI is steady) and
without the shrink phase, so one failure cannot turn into minutes of shrinking.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import struct
import tempfile
import time
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from peerdesk.core.errors import PeerdeskError
from peerdesk.core.formats import packet, sealed
from peerdesk.core.services import (
    archive,
    directory_import,
    keys,
    mentees,
    note_import,
    notes,
    session,
    supervision_loop,
)
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.services.supervision_loop import REPLY_SCHEMA
from peerdesk.core.vault import Vault
from peerdesk.core.vault.backup import MAGIC, restore_backup
from tests.conftest import trust_key_of

PASSPHRASE = "orange kettle meadow 42"
EXAMPLES = 1_000
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
SEEN: dict[str, int] = {}  # inputs per importer
FILED: dict[str, int] = {}  # of those, inputs taken in (not refused)
CPU: dict[str, float] = {}  # CPU seconds per fuzz test

# Text a JSON document can carry and hypothesis's text() does not draw: lone surrogates
# (json.loads makes them from \ud800, and no text column can hold them) and NUL.
odd_text = st.sampled_from(["\ud800", "a\udfffb", "\x00"])
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=16)
    | odd_text,
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4)
    ),
    max_leaves=12,
)


_INTERNAL_NAME = re.compile(r"\b\w*(?:Error|Exception|BadZipFile)\b")


def refused_well(exc: BaseException) -> None:
    """A refusal a mentor can read: a peerdesk error of one sentence."""
    assert isinstance(exc, PeerdeskError), f"unexpected error ({type(exc).__name__}: {exc})"
    text = str(exc)
    assert text and "\n" not in text and "Traceback" not in text, text
    assert not _INTERNAL_NAME.search(text), text  # "(KeyError)" tells a mentor nothing


@pytest.fixture(autouse=True)
def cpu_time(request: pytest.FixtureRequest) -> Iterator[None]:
    started = time.process_time()
    yield
    CPU[request.node.name] = round(time.process_time() - started, 1)


def count(name: str) -> None:
    SEEN[name] = SEEN.get(name, 0) + 1


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


@pytest.fixture(scope="module")
def shared_vault(folder: Path) -> Iterator[Vault]:
    vault = Vault(folder / "vault")
    vault.test_recovery_key = session.create_vault(vault, passphrase=PASSPHRASE)  # type: ignore[attr-defined]
    session.confirm_recovery_key(vault)
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana"))
    yield vault
    vault.close()


def services(vault: Vault) -> int:
    from sqlalchemy import func, select

    from peerdesk.core.models import DirService

    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(DirService)) or 0


def note_count(vault: Vault) -> int:
    from sqlalchemy import func, select

    from peerdesk.core.models import SessionNote

    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(SessionNote)) or 0


def directory_attempt(vault: Vault, path: Path, name: str) -> None:
    count(name)
    before = services(vault)
    try:
        plan = directory_import.plan_import(vault, path)
        directory_import.apply_import(vault, plan)
    except Exception as exc:
        refused_well(exc)
        assert services(vault) == before  # nothing half-written
        return
    assert services(vault) == before + plan.new


def sample_service(n: int) -> dict[str, Any]:
    return {
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "name": f"Riverside Pantry {n}",
        "status": "active",
        "organization": {"id": f"00000000-0000-4000-9000-{n:012d}", "name": "Food Network"},
        "phones": [{"id": f"00000000-0000-4000-a000-{n:012d}", "number": "555-0100"}],
    }


# --- directory: zip, JSON bytes, JSON structure, CSV -------------------------------------------

ZIP_NAMES = ["services.csv", "organizations.csv", "phones.csv", "datapackage.json", "x.json"]


@pytest.mark.slow
@FUZZ
@given(
    members=st.lists(
        st.tuples(st.sampled_from(ZIP_NAMES), st.binary(max_size=200)), min_size=0, max_size=4
    ),
    cut=st.integers(0, 400),
    junk=st.binary(max_size=16),
)
def test_zip_inputs(shared_vault: Vault, folder: Path, members, cut: int, junk: bytes) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members:
            z.writestr(name, data)
    raw = buffer.getvalue()
    if cut:  # a zip cut short or with bytes changed in the middle
        raw = raw[: max(4, len(raw) - cut % max(1, len(raw)))] + junk
    path = folder / "fuzz.zip"
    path.write_bytes(raw)
    directory_attempt(shared_vault, path, "zip")


# JSON nested deeper than the parser's recursion limit.
too_deep = st.sampled_from([b"[" * 100_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000])


@pytest.mark.slow
@FUZZ
@given(data=st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()) | too_deep)
def test_json_bytes(shared_vault: Vault, folder: Path, data: bytes) -> None:
    path = folder / "fuzz.json"
    path.write_bytes(data)
    directory_attempt(shared_vault, path, "json")


@pytest.mark.slow
@FUZZ
@given(
    mutations=st.lists(
        st.tuples(
            st.integers(0, 1),
            st.sampled_from(["id", "name", "status", "organization", "phones", "schedules"]),
            json_values,
        ),
        max_size=4,
    )
)
def test_hsds_structure(shared_vault: Vault, folder: Path, mutations) -> None:
    records = [sample_service(1), sample_service(2)]
    for index, key, value in mutations:
        records[index][key] = value
    path = folder / "fuzz-structure.json"
    path.write_text(json.dumps(records))
    directory_attempt(shared_vault, path, "hsds structure")


@pytest.mark.slow
@FUZZ
@given(
    header=st.sampled_from(["id,name,organization_id,status", "id,name", "", "name;id"]),
    body=st.binary(max_size=200) | st.text(max_size=200).map(str.encode),
)
def test_csv_inputs(shared_vault: Vault, folder: Path, header: str, body: bytes) -> None:
    package = folder / "csvpkg"
    package.mkdir(exist_ok=True)
    (package / "services.csv").write_bytes(header.encode() + b"\n" + body)
    directory_attempt(shared_vault, package, "csv")


# --- notes ---------------------------------------------------------------------------------------


# jrnl's JSON export, the one JSON shape the note importer reads.
jrnl_entries = st.lists(
    st.fixed_dictionaries(
        {"date": st.sampled_from(["2026-03-04"] * 4 + ["2026-02-30", "x"]) | json_values},
        optional={
            "time": st.sampled_from(["10:00", "25:61"]) | json_values,
            "title": st.text(max_size=20) | json_values,
            "body": st.text(min_size=1, max_size=80) | odd_text | json_values,
            "tags": st.lists(st.sampled_from(["@Ana", "@Nobody"]) | json_values, max_size=2),
        },
    ),
    max_size=3,
)


@pytest.mark.slow
@FUZZ
@given(
    suffix=st.sampled_from([".csv", ".json", ".txt", ".md"]),
    data=st.binary(max_size=300)
    | st.text(max_size=300).map(str.encode)
    | json_values.map(lambda v: json.dumps(v).encode())
    | too_deep,
    jrnl=st.none() | jrnl_entries,
)
def test_note_import(
    shared_vault: Vault, folder: Path, suffix: str, data: bytes, jrnl: list | None
) -> None:
    """Any bytes under any name, or (about half the inputs) jrnl's JSON export with entries
    of any shape; the preview, and the import itself when the preview found notes."""
    count("note import")
    if jrnl is not None:
        suffix, data = ".json", json.dumps({"entries": jrnl}).encode()
    path = folder / f"notes{suffix}"
    path.write_bytes(data)
    before = note_count(shared_vault)
    try:
        prepared = note_import.preview(shared_vault, path=path, mentee="Ana")
        if prepared.notes:
            note_import.commit(shared_vault, prepared=prepared)
            FILED["note import"] = FILED.get("note import", 0) + 1
    except Exception as exc:
        refused_well(exc)
        assert note_count(shared_vault) == before  # nothing written


# --- the full export ----------------------------------------------------------------------------


def base_export() -> dict[str, Any]:
    return {
        "format": "peerdesk-export",
        "version": 1,
        "mentees": [{"key": "mentee:1", "display_name": "Ana", "status": "active"}],
        "notes": [],
        "services": [],
    }


@pytest.mark.slow
@FUZZ
@given(
    mutations=st.lists(
        st.tuples(
            st.sampled_from(["mentees", "notes", "services", "goals", "version", "format"]),
            st.integers(0, 2),
            st.sampled_from(["key", "display_name", "status", "mentee_key", "hsds_id", "name"]),
            json_values,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_full_export(folder: Path, mutations) -> None:
    count("full export")
    doc: dict[str, Any] = base_export()
    for table, index, key, value in mutations:
        if table in ("version", "format"):
            doc[table] = value
            continue
        rows = doc.setdefault(table, [])
        if not isinstance(rows, list):
            continue
        while len(rows) <= index:
            rows.append({"key": f"{table}:{len(rows) + 1}"})
        if isinstance(rows[index], dict):
            rows[index][key] = value
        else:
            rows[index] = value
    path = folder / "export.json"
    path.write_text(json.dumps(doc))
    vault = empty_vault(folder)
    try:
        archive.import_archive(vault, path=path)
    except Exception as exc:
        refused_well(exc)
        assert mentees.list_mentees(vault, include_archived=True) == []  # nothing written
    else:
        _fresh.clear()  # it holds an import now: the next example gets a new vault


_fresh: list[Vault] = []


def empty_vault(folder: Path) -> Vault:
    if not _fresh:
        path = folder / f"empty-{SEEN.get('full export', 0)}"
        vault = Vault(path)
        session.create_vault(vault, passphrase=PASSPHRASE)
        session.confirm_recovery_key(vault)
        _fresh.append(vault)
    return _fresh[0]


# --- packets ------------------------------------------------------------------------------------

PACKET_KEY = bytes(range(32))
PLAIN_PACKET = packet.seal(
    b'{"a": 1}', key=PACKET_KEY, kdf={"kdf": "argon2id", "memory_kib": 1}, content="json"
)
SENDER, RECIPIENT = sealed.Identity.generate(), sealed.Identity.generate()
SEALED_PACKET = sealed.seal(b'{"a": 1}', sender=SENDER, recipient=RECIPIENT.public, kind="export")


def mutated(raw: bytes, edits: list[tuple[int, int]], cut: int) -> bytes:
    out = bytearray(raw)
    for at, value in edits:
        out[at % len(out)] = value
    return bytes(out[: len(out) - cut % len(out)] if cut else out)


# A packet with up to three bytes changed and its end cut, or other bytes altogether.
PACKET_INPUTS = {
    "edits": st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=3),
    "cut": st.integers(0, 50),
    "other": st.binary(max_size=80),
    "use_other": st.booleans(),
}


@pytest.mark.slow
@FUZZ
@given(**PACKET_INPUTS)
def test_passphrase_packets(edits, cut: int, other: bytes, use_other: bool) -> None:
    count("passphrase packet")
    raw = other if use_other else mutated(PLAIN_PACKET, edits, cut)
    try:
        _content, data = packet.open_packet(raw, derive=lambda _spec: PACKET_KEY)
    except Exception as exc:
        refused_well(exc)
        return
    assert raw == PLAIN_PACKET and data == b'{"a": 1}'  # only the untouched packet opens


@pytest.mark.slow
@FUZZ
@given(**PACKET_INPUTS)
def test_sealed_packets(edits, cut: int, other: bytes, use_other: bool) -> None:
    count("sealed packet")
    raw = other if use_other else mutated(SEALED_PACKET, edits, cut)
    trusted = {SENDER.public.fingerprint: SENDER.public}
    try:
        opened = sealed.open_sealed(raw, recipient=RECIPIENT, trusted=trusted)
    except Exception as exc:
        refused_well(exc)
        return
    assert opened.content == b'{"a": 1}'


# --- a supervisor's reply, as the mentor's vault files it ----------------------------------


@pytest.fixture(scope="module")
def reply_loop(folder: Path) -> Iterator[SimpleNamespace]:
    """A mentor who sent an export (one flagged note) to a supervisor who trusts them back;
    the supervisor's real reply, and the means to seal any other content as that supervisor."""
    mentor, supervisor = Vault(folder / "mentor"), Vault(folder / "supervisor")
    for v in (mentor, supervisor):
        session.create_vault(v, passphrase=PASSPHRASE, seed=False)
        session.confirm_recovery_key(v)
    supervision_loop.make_supervisor_vault(supervisor)
    to = trust_key_of(mentor, supervisor, "My supervisor")
    trust_key_of(supervisor, mentor, "Alex (mentor)")
    who = mentees.add_mentee(mentor, record=MenteeRecord(display_name="Maria"))
    draft = NoteDraft(participant_ids=[who], occurred_on=date(2026, 11, 3), did="A walk.")
    note_id = notes.save_draft(mentor, draft=draft)
    notes.sign_note(mentor, note_id=note_id)
    sent = supervision_loop.seal_export(
        mentor,
        markdown="# Supervision summary\n\nNote 1: Mentee A\n",
        export_json=json.dumps({"format": "peerdesk-supervision", "version": 1}),
        period="2026-11/2026-11",
        date_from=date(2026, 11, 1),
        date_to=date(2026, 11, 30),
        flagged=[(note_id, "Note 1: Mentee A")],
        to_key_id=to,
    )
    filed = supervision_loop.file_packet(supervisor, raw=sent.data)
    item = supervision_loop.get_packet(supervisor, packet_id=filed.packet_id).items[0]["id"]
    supervision_loop.add_comment(
        supervisor, packet_id=filed.packet_id, item_id=item, text="Good listening."
    )
    reply = supervision_loop.write_reply(supervisor, packet_id=filed.packet_id)
    with supervisor.session() as s:
        identity = keys.identity_in(s)
    yield SimpleNamespace(
        mentor=mentor,
        reply=reply,
        sent_id=sent.packet_id,
        item=item,
        sender=identity,
        recipient=keys.own_public_key(mentor),
    )
    mentor.close()
    supervisor.close()


def _mentor_rows(vault: Vault) -> tuple[int, ...]:
    from sqlalchemy import func, select

    from peerdesk.core.models import ReceivedPacket, Reminder, SupervisionComment

    with vault.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(table)) or 0
            for table in (ReceivedPacket, Reminder, SupervisionComment)
        )


def reply_attempt(loop: SimpleNamespace, raw: bytes) -> bool:
    """Open one reply; a refusal is one sentence and files nothing. True if it was filed."""
    count("reply packet")
    before = _mentor_rows(loop.mentor)
    try:
        supervision_loop.open_reply(loop.mentor, raw=raw, today=date(2026, 12, 1))
    except Exception as exc:
        refused_well(exc)
        assert _mentor_rows(loop.mentor) == before  # nothing filed
        return False
    FILED["reply packet"] = FILED.get("reply packet", 0) + 1
    return True


# The longest strings the limits allow, and empty ones.
comment_values = json_values | st.sampled_from(["x" * 6_000, "", " "])
comments = st.lists(
    st.fixed_dictionaries(
        {"text": st.text(max_size=40) | odd_text | comment_values},
        optional={"item": comment_values, "action": comment_values, "extra": comment_values},
    )
    | comment_values,
    max_size=5,
)


@pytest.mark.slow
@FUZZ
@given(
    choice=st.integers(0, 9),
    edits=PACKET_INPUTS["edits"],
    cut=PACKET_INPUTS["cut"],
    other=PACKET_INPUTS["other"],
    # mostly a valid envelope, so most sealed replies reach the comments they carry
    schema=st.sampled_from([REPLY_SCHEMA] * 12 + ["peerdesk-supervision-packet", 1]),
    version=st.sampled_from([1] * 12 + [2, "1", None]),
    replies_to=st.sampled_from(["sent"] * 12 + ["", None, 7, "unknown"]),
    body=comments | json_values,
    sessions=st.lists(
        st.dictionaries(st.sampled_from(["held_on", "topics"]), comment_values, max_size=2)
        | st.sampled_from(["2026-11-20", "2026-02-30", "9999-99-99"]),
        max_size=3,
    )
    | json_values,
    extra=st.dictionaries(st.text(max_size=8), json_values, max_size=2),
    raw_json=st.integers(0, 4),
)
def test_reply_packets(
    reply_loop,
    choice,
    edits,
    cut,
    other,
    schema,
    version,
    replies_to,
    body,
    sessions,
    extra,
    raw_json,
) -> None:
    """A reply changed or cut, other bytes, or a reply the trusted supervisor really sealed
    that holds anything at all."""
    if choice == 0:
        reply_attempt(reply_loop, mutated(reply_loop.reply, edits, cut))
        return
    if choice == 1:
        reply_attempt(reply_loop, other)
        return
    content: Any = {
        **extra,
        "schema": schema,
        "version": version,
        "replies_to": reply_loop.sent_id if replies_to == "sent" else replies_to,
        "comments": body,
        "sessions": sessions,
    }
    if isinstance(body, list) and body and isinstance(body[0], dict) and "item" in body[0]:
        body[0]["item"] = reply_loop.item  # some comments are about the note that was sent
    text = json.dumps(content)
    if raw_json == 0:  # the same JSON cut short or with bytes changed
        text = mutated(text.encode(), edits, cut).decode("utf-8", "replace")
    raw = sealed.seal(
        text.encode("utf-8", "surrogatepass"),
        sender=reply_loop.sender,
        recipient=reply_loop.recipient,
        kind="export" if cut % 7 == 1 else "reply",
    )
    reply_attempt(reply_loop, raw)


# --- a backup file, as restore reads it --------------------------------------------------------


@pytest.fixture(scope="module")
def backup_file(shared_vault: Vault, folder: Path) -> SimpleNamespace:
    """A real backup of the shared vault; restored with the recovery key (HKDF, no Argon2)."""
    recovery = shared_vault.test_recovery_key
    out = folder / "fuzz-source.pdbackup"
    session.backup(shared_vault, out=out)
    raw = out.read_bytes()
    (length,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
    header = json.loads(raw[len(MAGIC) + 4 : len(MAGIC) + 4 + length])
    return SimpleNamespace(
        raw=raw, header=header, body=raw[len(MAGIC) + 4 + length :], recovery=recovery
    )


def backup_attempt(source: SimpleNamespace, raw: bytes, folder: Path) -> None:
    count("backup file")
    path, target = folder / "fuzz.pdbackup", folder / "restore-target"
    path.write_bytes(raw)
    shutil.rmtree(target, ignore_errors=True)
    try:
        restore_backup(path, target, source.recovery, recovery=True)
    except Exception as exc:
        refused_well(exc)
        assert not target.exists() or not any(target.rglob("*"))  # nothing written
        return
    assert raw == source.raw  # only the untouched backup restores
    FILED["backup file"] = FILED.get("backup file", 0) + 1


@pytest.mark.slow
@FUZZ
@given(
    choice=st.integers(0, 2),
    edits=st.lists(st.tuples(st.integers(0, 100_000), st.integers(0, 255)), max_size=3),
    cut=st.integers(0, 5_000),
    other=st.binary(max_size=120),
    mutations=st.dictionaries(
        st.sampled_from(["format", "version", "vault_id", "created", "keys", "extra"]),
        json_values,
        max_size=3,
    ),
    length_delta=st.sampled_from([0, 0, 1, -1, 2**31, -(2**20)]),
)
def test_backup_files(
    backup_file, folder: Path, choice, edits, cut, other, mutations, length_delta
) -> None:
    """A backup with bytes changed or cut, other bytes under the backup's magic, or a
    header of any shape (its length field wrong too)."""
    if choice == 0:
        raw = mutated(backup_file.raw, edits, cut)
    elif choice == 1:
        raw = MAGIC + other if edits else other
    else:
        header = json.dumps({**backup_file.header, **mutations}).encode()
        length = max(0, min(2**32 - 1, len(header) + length_delta))
        raw = MAGIC + struct.pack(">I", length) + header + backup_file.body
    if raw == backup_file.raw:  # no change drawn: cut the last byte, so every input is damaged
        raw = raw[:-1]
    backup_attempt(backup_file, raw, folder)


def test_zz_every_importer_saw_its_thousand() -> None:
    """Runs after the fuzz tests in this file (they are slow: .ci/run runs them all)."""
    if not SEEN:
        pytest.skip("the fuzz tests did not run in this selection (-m 'not slow')")
    print("fuzzed inputs per importer:", SEEN)
    print("of those taken in, not refused:", FILED)
    print("CPU seconds per fuzz test:", CPU)
    assert all(n >= EXAMPLES for n in SEEN.values()), SEEN
