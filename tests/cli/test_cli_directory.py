"""`peerdesk directory import` and `peerdesk directory export` in a child process."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

PASSPHRASE = "orange kettle meadow 42"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "formats" / "hsds"))
from samples import service, tabular, write_json  # noqa: E402


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture
def folder(cli, tmp_path: Path) -> Path:
    vault = tmp_path / "vault"
    made = cli("init", "--vault", str(vault), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr
    return vault


def directory(cli, folder: Path, *args: str):
    return cli(
        "directory", *args, "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n"
    )


def test_import_previews_and_refuses_without_yes(cli, folder: Path, tmp_path: Path) -> None:
    path = write_json(tmp_path / "dir.json", [service(1), service(2)])
    result = directory(cli, folder, "import", str(path))
    assert result.returncode == 2
    assert "2 services read: 2 new" in result.stdout
    assert "--yes" in one_line(result.stderr)
    done = directory(cli, folder, "import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Imported 2 services." in done.stdout
    again = directory(cli, folder, "import", str(path), "--yes")
    assert "2 unchanged" in again.stdout and "Nothing to import." in again.stdout


def test_import_with_errors_reports_them_and_imports_the_valid_ones(
    cli, folder: Path, tmp_path: Path
) -> None:
    pkg = tabular(tmp_path / "pkg", 3)
    lines = (pkg / "phones.csv").read_text().splitlines()
    lines[1] = lines[1].replace("voice", "pigeon")  # a bad field: left out, service kept
    (pkg / "phones.csv").write_text("\n".join(lines) + "\n")
    rows = (pkg / "services.csv").read_text().splitlines()
    rows[3] = rows[3].replace("Riverside Pantry 3", "")  # no name: the service is refused
    (pkg / "services.csv").write_text("\n".join(rows) + "\n")
    result = directory(cli, folder, "import", str(pkg), "--yes")
    assert result.returncode == 0, result.stderr
    assert "  phones.csv:2:type: must be one of" in result.stdout
    assert "; left out" in result.stdout
    assert "  services.csv:4:name: is required" in result.stdout
    assert "Imported 2 services; 1 with problems left out." in result.stdout


def test_the_import_preview_is_in_the_mentors_language(cli, folder: Path, tmp_path: Path) -> None:
    """The same preview in Spanish (the choice beside the vault): the summary, each
    problem's reason after its file, row and field, the notes and the last line."""
    pkg = tabular(tmp_path / "pkg", 3)
    rows = (pkg / "services.csv").read_text().splitlines()
    rows[3] = rows[3].replace("Riverside Pantry 3", "")  # no name: the service is refused
    rows[2] = rows[2] + ",surplus"  # a cell too many: the row is left out
    (pkg / "services.csv").write_text("\n".join(rows))  # and no final line break
    (folder / "language").write_text("es\n")
    result = directory(cli, folder, "import", str(pkg), "--yes")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "  services.csv:3:(row): tiene 7 celdas donde el encabezado tiene 6" in out, out
    assert "services.csv:4:(row): es la última fila y el archivo no termina" in out, out
    assert "Servicios importados: 1; 1 con problemas quedaron fuera." in out, out
    assert "left out" not in out and "Imported" not in out


def test_errors_are_capped(cli, folder: Path, tmp_path: Path) -> None:
    records = [service(i, status="open") for i in range(80)]
    result = directory(
        cli, folder, "import", str(write_json(tmp_path / "bad.json", records)), "--max-errors", "5"
    )
    assert result.returncode == 1
    assert result.stdout.count("dir.json") == 0 and result.stdout.count("bad.json:") == 5
    assert "... and 75 more problems" in result.stdout


def test_broken_file_is_one_line_and_fails_before_unlocking(
    cli, folder: Path, tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json")
    result = cli(
        "directory", "import", str(path), "--vault", str(folder), "--passphrase-stdin", input=""
    )
    assert result.returncode == 1
    assert "broken.json is not valid JSON" in one_line(result.stderr)


def test_export_both_formats(cli, folder: Path, tmp_path: Path) -> None:
    directory(cli, folder, "import", str(write_json(tmp_path / "dir.json", [service(1)])), "--yes")
    out = tmp_path / "out.json"
    result = directory(cli, folder, "export", "--format", "hsds-json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    names = [r["name"] for r in json.loads(out.read_text())]
    assert "Riverside Pantry 1" in names and "Samaritans" in names  # init seeded the lines
    result = directory(
        cli, folder, "export", "--format", "hsds-csv", "--out", str(tmp_path / "pkg")
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pkg" / "datapackage.json").exists()
    bad = directory(cli, folder, "export", "--format", "pdf", "--out", str(tmp_path / "x"))
    assert bad.returncode == 2
    assert "invalid choice" in one_line(bad.stderr)
