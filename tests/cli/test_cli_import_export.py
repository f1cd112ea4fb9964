"""`peerdesk import notes` (dry run, errors, saved mapping) and `peerdesk export all` in a
child process; the CLI round trip into a fresh vault."""

from __future__ import annotations

import json
from pathlib import Path

PASSPHRASE = "orange kettle meadow 42"


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def run(cli, folder: Path, *args: str):
    return cli(*args, "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n")


def test_import_dry_run_then_commit_then_export_all_round_trip(cli, tmp_path: Path) -> None:
    folder, fresh = tmp_path / "vault", tmp_path / "fresh"
    for path in (folder, fresh):
        assert (
            cli(
                "init", "--vault", str(path), "--passphrase-stdin", input=PASSPHRASE + "\n"
            ).returncode
            == 0
        )
    source = tmp_path / "notes.csv"
    source.write_text(
        "Date,Person,Notes\n2026-11-02,Maria,Bus trip\n2026-11-03,Tom,Market\n2026-11-04,,Empty\n"
    )
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"date": "Date", "mentee": "Person", "did": "Notes"}))

    dry = run(
        cli,
        folder,
        "import",
        "notes",
        str(source),
        "--mapping",
        str(mapping),
        "--save-mapping",
        "sheet",
        "--dry-run",
    )
    assert dry.returncode == 0, dry.stderr
    assert "2 notes can be imported, 1 row cannot:" in dry.stdout
    assert "row 4: nobody is named in the mentee column" in dry.stdout
    assert "New mentees to add: Maria, Tom" in dry.stdout and "nothing was written" in dry.stdout
    refused = run(cli, folder, "import", "notes", str(source), "--mapping", "sheet")
    assert refused.returncode == 2 and "--skip-errors" in one_line(refused.stderr)
    listed = run(cli, folder, "mentee", "list", "--json")
    assert json.loads(listed.stdout) == []  # nothing written before confirming
    done = run(
        cli, folder, "import", "notes", str(source), "--mapping", "sheet", "--skip-errors", "--sign"
    )
    assert done.returncode == 0, done.stderr
    assert "Imported 2 notes as signed" in done.stdout
    bad = run(cli, folder, "import", "notes", str(source), "--mapping", "nosuch")
    assert bad.returncode == 1 and "no saved mapping" in one_line(bad.stderr)

    out1, out2 = tmp_path / "out1", tmp_path / "out2"
    exported = run(cli, folder, "export", "all", "--format", "json", "--out", str(out1))
    assert exported.returncode == 0, exported.stderr
    assert "NOT de-identified" in exported.stdout
    imported = run(cli, fresh, "import", "all", str(out1))
    assert imported.returncode == 0, imported.stderr
    assert run(cli, fresh, "check").returncode == 0
    assert run(cli, fresh, "export", "all", "--format", "json", "--out", str(out2)).returncode == 0
    first = json.loads((out1 / "peerdesk-export.json").read_text())
    second = json.loads((out2 / "peerdesk-export.json").read_text())
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second and len(first["notes"]) == 2
    md = run(cli, folder, "export", "all", "--format", "markdown", "--out", str(tmp_path / "md"))
    assert md.returncode == 0 and (tmp_path / "md" / "mentees" / "mentee-0001.md").exists()


def test_the_import_preview_is_in_the_mentors_language(cli, tmp_path: Path) -> None:
    """With Spanish chosen beside the vault: the summary, each row's reason, the new
    mentees, the dry run's last line, the refusal without --skip-errors and core's own
    refusals are Spanish (each of them was English before)."""
    folder = tmp_path / "vault"
    made = cli("init", "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr
    (folder / "language").write_text("es\n")
    source = tmp_path / "notes.csv"
    source.write_text("Date,Person,Notes\n2026-11-02,Maria,Bus trip\n2026-11-04,,Empty\n")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"date": "Date", "mentee": "Person", "did": "Notes"}))
    dry = run(cli, folder, "import", "notes", str(source), "--mapping", str(mapping), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        "Notas que se pueden importar: 1. Filas que no se pueden importar (1):",
        "  fila 3: la columna de la persona no nombra a nadie",
        "Personas nuevas que se añadirán: Maria",
        "Prueba sin cambios: no se escribió nada.",
    ]
    refused = run(cli, folder, "import", "notes", str(source), "--mapping", str(mapping))
    assert refused.returncode == 2
    assert one_line(refused.stderr).startswith("peerdesk: algunas filas no se pueden importar")
    unknown = tmp_path / "notes.odt"
    unknown.write_text("x")
    bad = run(cli, folder, "import", "notes", str(unknown))
    assert one_line(bad.stderr).startswith("peerdesk: peerdesk importa notas de .csv"), bad.stderr
