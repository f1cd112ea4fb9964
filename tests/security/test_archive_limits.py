"""Archive inputs are bounded before they are unpacked: the total size, each member's
expansion ratio and the number of entries; each refusal is one sentence, nothing written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

import peerdesk.core.formats.hsds.read as read
from peerdesk.core.errors import ValidationError
from peerdesk.core.formats.hsds import DirectoryImportError
from peerdesk.core.services import archive, directory_import, mentees
from peerdesk.core.vault import Vault


def one_sentence(text: str) -> None:
    assert "\n" not in text and text.endswith(".") and len(text) < 200


def test_a_member_that_expands_too_much_is_refused(vault: Vault, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("services.csv", b"id,name\n" + b"0" * (4 * 1024 * 1024))
    assert bomb.stat().st_size < 64 * 1024  # a small file that claims megabytes
    with pytest.raises(DirectoryImportError, match="expands more than 100 times") as err:
        directory_import.plan_import(vault, bomb)
    one_sentence(str(err.value))


def test_too_many_entries_are_refused(vault: Vault, tmp_path: Path) -> None:
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as z:
        for n in range(read.MAX_ENTRIES + 1):
            z.writestr(f"t/{n}.txt", b"")
    with pytest.raises(DirectoryImportError, match="more than 10,000 files") as err:
        directory_import.plan_import(vault, many)
    one_sentence(str(err.value))


def test_a_package_too_large_in_total_is_refused(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.zip"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_STORED) as z:
        for n in range(3):
            z.writestr(f"t{n}.csv", b"id,name\n" + b"a,b\n" * 50_000)
    monkeypatch.setattr(read, "MAX_TOTAL_BYTES", 400_000)  # the limit, scaled to the test
    with pytest.raises(DirectoryImportError, match="too large to import") as err:
        directory_import.plan_import(vault, big)
    one_sentence(str(err.value))


def test_an_export_too_large_is_refused_before_reading(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"format": "peerdesk-export", "version": 1, "mentees": []}))
    monkeypatch.setattr(archive, "MAX_IMPORT_BYTES", 10)
    with pytest.raises(ValidationError, match="larger than any peerdesk export") as err:
        archive.import_archive(vault, path=path)
    one_sentence(str(err.value))
    assert mentees.list_mentees(vault) == []
