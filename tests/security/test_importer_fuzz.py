"""1,000 fuzzed inputs per importer, and not one "unexpected error".

Importers: directory zip, HSDS JSON (bytes and structure), HSDS CSV, the note importer,
the full export (peerdesk-export JSON), passphrase packets and sealed packets. Any
exception that is not a PeerdeskError is what the CLI and the GUI would call an
unexpected error; each refusal must also be one sentence, and nothing is written by an
import that was refused. Derandomised (the same inputs every run, so CI is steady) and
without the shrink phase, so one failure cannot turn into minutes of shrinking.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from peerdesk.core.errors import PeerdeskError
from peerdesk.core.formats import packet, sealed
from peerdesk.core.services import archive, directory_import, mentees, note_import, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault

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
SEEN: dict[str, int] = {}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=16),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4)
    ),
    max_leaves=12,
)


def refused_well(exc: BaseException) -> None:
    """A refusal a mentor can read: a peerdesk error of one sentence."""
    assert isinstance(exc, PeerdeskError), f"unexpected error ({type(exc).__name__}: {exc})"
    text = str(exc)
    assert text and "\n" not in text and "Traceback" not in text, text


def count(name: str) -> None:
    SEEN[name] = SEEN.get(name, 0) + 1


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


@pytest.fixture(scope="module")
def shared_vault(folder: Path) -> Iterator[Vault]:
    vault = Vault(folder / "vault")
    session.create_vault(vault, passphrase=PASSPHRASE)
    session.confirm_recovery_key(vault)
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana"))
    yield vault
    vault.close()


def services(vault: Vault) -> int:
    from sqlalchemy import func, select

    from peerdesk.core.models import DirService

    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(DirService)) or 0


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


@pytest.mark.slow
@FUZZ
@given(data=st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()))
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


@pytest.mark.slow
@FUZZ
@given(
    suffix=st.sampled_from([".csv", ".json", ".txt", ".md"]),
    data=st.binary(max_size=300)
    | st.text(max_size=300).map(str.encode)
    | json_values.map(lambda v: json.dumps(v).encode()),
)
def test_note_import(shared_vault: Vault, folder: Path, suffix: str, data: bytes) -> None:
    count("note import")
    path = folder / f"notes{suffix}"
    path.write_bytes(data)
    try:
        note_import.preview(shared_vault, path=path, mentee="Ana")
    except Exception as exc:
        refused_well(exc)


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


def test_zz_every_importer_saw_its_thousand() -> None:
    """Runs after the fuzz tests in this file (they are slow: .ci/run runs them all)."""
    if not SEEN:
        pytest.skip("the fuzz tests did not run in this selection (-m 'not slow')")
    print("fuzzed inputs per importer:", SEEN)
    assert all(n >= EXAMPLES for n in SEEN.values()), SEEN
