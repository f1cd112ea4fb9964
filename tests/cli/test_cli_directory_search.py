"""`peerdesk directory search` in a child process: ranked text, --need, --open-now, --json,
the mentor's region first, and one clear line for a need that does not exist."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

PASSPHRASE = "orange kettle meadow 42"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "formats" / "hsds"))
from samples import SEARCH_RECORDS, write_json  # noqa: E402


@pytest.fixture
def folder(cli, tmp_path: Path) -> Path:
    from peerdesk.core.services import session
    from peerdesk.core.vault import Vault

    vault = tmp_path / "vault"  # made without the seed lines: these tests count their own
    with Vault(vault) as made:
        session.create_vault(made, passphrase=PASSPHRASE, seed=False)
        session.confirm_recovery_key(made)
    path = write_json(tmp_path / "dir.json", SEARCH_RECORDS)
    done = search(cli, vault, "import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    return vault


def search(cli, folder: Path, *args: str):
    return cli(
        "directory", *args, "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n"
    )


def found(cli, folder: Path, *args: str) -> list[dict]:
    result = search(cli, folder, "search", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_search_ranked_by_need_region_open_now_json_and_text(cli, folder: Path) -> None:
    food = found(cli, folder, "groceries", "--region", "US")
    names = [r["name"] for r in food]
    assert {"Northside Community Kitchen", "Mill Lane Larder"} <= set(names)
    by_need = [r["name"] for r in found(cli, folder, "", "--need", "Food", "--region", "US")]
    assert set(by_need) == {"Northside Community Kitchen", "Mill Lane Larder"}
    assert set(by_need) <= {r["name"] for r in found(cli, folder, "food", "--region", "US")}
    cafe = found(cli, folder, "cafe")
    assert [(r["name"], r["country"], r["country_name"], r["city"]) for r in cafe] == [
        ("Café Solidarité", "GB", "United Kingdom", "York")
    ]
    assert set(cafe[0]) >= {"id", "phones", "open_now", "verified_on", "needs", "stale"}
    every = found(cli, folder, "hall", "--region", "GB", "--limit", "50")
    hall = [r["country"] for r in every]
    assert hall[:2] == ["GB", "GB"] and set(hall[2:]) == {"US"} and len(hall) == 11
    # text output, --open-now, nothing found, a need that does not exist
    text = search(cli, folder, "search", "crisis line", "--region", "GB")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].startswith("  1. Valley Crisis Line (Valley Crisis Line Trust) [Leeds, United")
    assert "0800 555 0199" in lines[1]
    # the crisis line is open every day 09:00-17:00, the rest on some days: all or some shown
    open_now = found(cli, folder, "", "--open-now", "--limit", "50")
    assert all(r["open_now"] is True for r in open_now)
    assert {r["id"] for r in open_now} == {r["id"] for r in every if r["open_now"]}
    none = search(cli, folder, "search", "zzzqqq")
    assert none.returncode == 0 and none.stdout.strip() == "No services match."
    bad = search(cli, folder, "search", "food", "--need", "spaceships")
    assert bad.returncode == 1
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in bad.stderr
    assert "spaceships" in lines[0] and "food, housing" in lines[0]


def test_init_seeds_the_same_lines_as_the_gui(cli, tmp_path: Path) -> None:
    """`peerdesk init` gives the directory the national crisis and help lines, the ones a
    vault made in the wizard has (both call session.create_vault, which seeds)."""
    from peerdesk.core.services import directory, session
    from peerdesk.core.vault import Vault

    vault = Vault(tmp_path / "made-like-the-wizard")
    session.create_vault(vault, passphrase=PASSPHRASE)
    session.confirm_recovery_key(vault)

    made = tmp_path / "made-by-cli"
    done = cli("init", "--vault", str(made), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    rows = found(cli, made, "", "--limit", "200")  # no words: the whole directory
    listed = search(cli, made, "search", "samaritans", "--region", "GB")
    assert listed.returncode == 0 and "Samaritans" in listed.stdout
    gui = directory.search_services(vault, limit=200)
    assert len(gui) == directory.count_services(vault) >= 10
    assert sorted((r["name"], r["country"]) for r in rows) == sorted(
        (s.name, s.region) for s in gui
    )
    vault.close()
