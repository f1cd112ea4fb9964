"""The import preview in Spanish: every reason, note and refusal that reading an HSDS file
gives comes from core's catalogue, so the mentor reads it in their language (the CLI
through messages.catalogue, the GUI through core_text), with its file, row and field."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from peerdesk.core.formats.hsds import DirectoryImportError, ParsedFile, read_hsds, read_json
from peerdesk.core.messages import Message, catalogue

from .samples import service, tabular, uid, write_csv

SPANISH = catalogue("es")
# Words that are English and never Spanish: one of them means a sentence nobody translated.
ENGLISH = re.compile(
    r"\b(the|and|is|of|to|for|with|this|that|was|row|rows|file|left|out|cells|has|have|"
    r"holds|not|no one|nothing|import|imported|missing|cannot|read|older|layout|kept)\b",
    re.IGNORECASE,
)
NAMES = re.compile(
    r"(?:/[\w.-]+)+|[\w.-]+\.(?:csv|json|zip)|\b\w+_id\b|\bid\b|\(row\)|'\w+'|HSDS|JSON|CSV"
)


def spanish(text: str) -> str:
    assert isinstance(text, Message), f"not from core's catalogue: {text!r}"
    out = SPANISH(text)
    english = ENGLISH.findall(NAMES.sub("", out))
    assert not english, f"still English: {out!r} ({english})"
    return out


def test_every_reason_and_note_of_a_broken_package_reads_in_spanish(tmp_path: Path) -> None:
    folder = tabular(tmp_path / "pkg", 4)
    lines = (folder / "services.csv").read_text().splitlines()
    lines[2] = lines[2] + ",surplus,cells"  # two cells too many
    lines[3] = lines[3].rsplit(",", 2)[0]  # cut off
    (folder / "services.csv").write_text("\n".join(lines))  # no final line break
    write_csv(
        folder / "phones.csv",
        [
            {"id": uid("p", 1), "service_id": uid("s", 99), "number": "555-0100"},
            {"id": uid("p", 2), "number": "555-0101"},
        ],
    )
    (folder / "extras.csv").write_text("id\n1\n")  # a table peerdesk does not keep
    (folder / "funding.csv").write_bytes("id,source\n1,Caf\xe9\n".encode("cp1252"))
    parsed = read_hsds(folder)
    reasons = {i.reason for i in parsed.issues}
    assert len(reasons) >= 5, reasons
    said = [spanish(r) for r in reasons] + [spanish(n) for n in parsed.notes]
    assert any("quedó fuera" in s for s in said)
    assert any("salto de línea" in s for s in said)
    assert any("extras.csv" in s for s in said)  # the fields are filled in
    assert any("Windows-1252" in s for s in said)


def test_json_that_holds_no_services_is_said_in_spanish() -> None:
    parsed = ParsedFile(source="d.json")
    read_json("d.json", json.dumps([service(1), 7, {"id": "o", "services": []}]).encode(), parsed)
    for text in [i.reason for i in parsed.issues] + parsed.notes:
        spanish(text)


@pytest.mark.parametrize(
    "content", [b"{not json", b'"a string"', b"\x00\x01\x02binary" * 50, b"\xff\xfe\x00\xd8"]
)
def test_a_refused_file_is_refused_in_spanish(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "d.json"
    path.write_bytes(content)
    with pytest.raises(DirectoryImportError) as refused:
        read_hsds(path)
    assert "d.json" in spanish(refused.value.args[0])


def test_a_missing_file_is_refused_in_spanish(tmp_path: Path) -> None:
    with pytest.raises(DirectoryImportError) as refused:
        read_hsds(tmp_path / "nowhere")
    assert spanish(refused.value.args[0]).startswith("No hay ningún archivo")
