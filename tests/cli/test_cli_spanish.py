"""The whole command line in Spanish for a mentor who reads Spanish: argparse's own words,
every command's help, every error a command can write, and the words and dates in its
output. English words that no Spanish line has are looked for in what it writes.

The commands run in one child process (peerdesk.cli.main once per command line, stdin
and the output captured), against a real vault whose language is Spanish: dozens of
command lines cost one interpreter start.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk import cli
from tests.conftest import cli_env

PASSPHRASE = "orange kettle meadow 42"

# Runs each command line of a JSON list (argv, stdin) through peerdesk.cli.main, as
# `python -m peerdesk` does, and prints what each wrote and its exit code.
CHILD = """
import contextlib, io, json, sys
from peerdesk import cli
results = []
for argv, stdin in json.load(sys.stdin):
    out, err = io.StringIO(), io.StringIO()
    sys.stdin = io.StringIO(stdin)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    results.append({"argv": argv, "code": code, "out": out.getvalue(), "err": err.getvalue()})
sys.stdout = sys.__stdout__
print(json.dumps(results))
"""

# Words of English that no Spanish line of peerdesk has (option names, metavars, command
# words, file names and quoted values are removed before looking).
ENGLISH = frozenset(
    """the is was are and or of to for with from not cannot must give expected required
    argument arguments invalid choice choose unrecognized usage options positional show
    help message exit there yet nothing changed file folder names name line passphrase
    vault mentee mentees note notes key keys read write this that only default it its
    their your you by as at on in an be been one too large unless instead after before
    comes empty asks type back pass take dates mapping valid unexpected""".split()  # noqa: SIM905
)
CODE = re.compile(r"`[^`]*`|'[^']*'|\"[^\"]*\"|«[^»]*»|\{[^}]*\}|\[[^\]]*\]")


def english_words(text: str, commands: set[str]) -> set[str]:
    """The English words left in ``text`` once code, quoted values, option names, command
    words, metavars and paths are taken out."""
    found = set()
    for word in CODE.sub(" ", text).split():
        word = word.strip(".,;:()¿?¡!…")
        if not word or word.startswith("-") or any(c in word for c in "/_.@=0123456789"):
            continue
        if word.isupper() or word in commands or word == "peerdesk":
            continue
        if word.lower() in ENGLISH:
            found.add(word)
    return found


def command_paths() -> list[list[str]]:
    """Every command and sub-command of the full parser, as the words that name it."""
    import argparse

    paths: list[list[str]] = []

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        paths.append(path)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*path, name])

    walk(cli.build_parser(), [])
    return paths


COMMANDS = {word for path in command_paths() for word in path}


def metavars() -> set[str]:
    """The placeholders help shows (NAME, FILE...), but single letters (A, N, CC)."""
    import argparse

    found: set[str] = set()

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)
            if isinstance(action.metavar, str):
                found.add(action.metavar)
            elif action.option_strings and action.nargs != 0 and not action.choices:
                found.add(action.dest.upper())

    walk(cli.build_parser())
    return {m for m in found if len(m) > 2}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("spanish")


@pytest.fixture(scope="module")
def env(home: Path) -> dict[str, str]:
    # a vault not yet made (no choice beside it) follows the system's language
    return {**cli_env(home, lang="es_ES.UTF-8"), "COLUMNS": "100"}


def run_all(env: dict[str, str], home: Path, cases: list[tuple[list[str], str]]) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=json.dumps(cases),
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def vault(env: dict[str, str], home: Path) -> Path:
    """A vault with one mentee and the mentor's choice of Spanish beside it; a key file
    from it (to trust) and a folder, for the error paths."""
    folder = home / "vault"
    made = run_all(
        env,
        home,
        [
            (["init", "--vault", str(folder), "--passphrase-stdin"], PASSPHRASE + "\n"),
            (["mentee", "add", "Maria", "--vault", str(folder), "--passphrase-stdin"], PASSPHRASE),
            (
                [
                    "keys",
                    "export",
                    "--out",
                    str(home / "mine.key"),
                    "--vault",
                    str(folder),
                    "--passphrase-stdin",
                ],
                PASSPHRASE,
            ),
        ],
    )
    other = home / "other"  # someone else's vault, whose key this one can trust
    made += run_all(
        env,
        home,
        [
            (["init", "--vault", str(other), "--passphrase-stdin"], PASSPHRASE + "\n"),
            (
                [
                    "keys",
                    "export",
                    "--out",
                    str(home / "theirs.key"),
                    "--vault",
                    str(other),
                    "--passphrase-stdin",
                ],
                PASSPHRASE,
            ),
        ],
    )
    assert [r["code"] for r in made] == [0, 0, 0, 0, 0], made
    (folder / "language").write_text("es\n")
    (home / "a-folder").mkdir()
    (home / "broken.json").write_text("{not json")
    return folder


def test_every_help_is_spanish(env: dict[str, str], home: Path, vault: Path) -> None:
    cases = [([*path, "--help", "--vault", str(vault)], "") for path in command_paths()]
    cases[0] = (["--vault", str(vault), "--help"], "")  # the top level takes --vault first
    results = run_all(env, home, cases)
    placeholders = metavars()
    assert {"NAME", "FILE", "DIR", "ACTION", "COMMAND", "YYYY-MM-DD"} <= placeholders
    for result in results:
        assert result["code"] == 0, result
        text = result["out"]
        assert text.startswith("uso: "), result
        assert "opciones:" in text and "mostrar esta ayuda y salir" in text, text
        assert not english_words(text, COMMANDS), (result["argv"], english_words(text, COMMANDS))
        left = set(re.findall(r"[A-Z][A-Z_-]*[A-Z]", text)) & placeholders
        assert not left, (result["argv"], left)
    usage = results[[r["argv"][:2] for r in results].index(["mentee", "add"])]["out"]
    assert "[--vault CARPETA]" in usage and "NOMBRE" in usage, usage


def test_every_error_is_spanish(env: dict[str, str], home: Path, vault: Path) -> None:
    v = ["--vault", str(vault)]
    out = str(home / "out.md")
    period = ["--from", "2026-01-01", "--to", "2026-02-01"]

    def unlocked(*argv: str, stdin: str = PASSPHRASE) -> tuple[list[str], str]:
        return [*argv, *v, "--passphrase-stdin"], stdin

    cases: list[tuple[list[str], str]] = [
        # argparse's own lines
        (["bogus", *v], ""),
        (["mentee", *v], ""),
        (["mentee", "add", *v], ""),
        (["search", "q", "--limit", "x", *v], ""),
        (["search", "q", "--zzz", *v], ""),
        (["note", "add", *v, "--mentee"], ""),
        (["export", "supervision", *period, "--out", out, "--format", "zz", *v], ""),
        # the commands' own
        unlocked("check", stdin=""),
        (["check", *v], ""),
        (["check", "--vault", str(home / "nowhere"), "--passphrase-stdin"], PASSPHRASE),
        unlocked("mentee", "add", "-", stdin=PASSPHRASE + "\n"),
        unlocked("mentee", "handover", "Maria", "--out", str(home / "x.doc")),
        unlocked("mentee", "record", "Maria", "--format", "md", "--out", str(home / "a-folder")),
        unlocked("mentee", "erase", "Maria"),
        unlocked("mentee", "erase", "-", "--yes", stdin=PASSPHRASE + "\n"),
        unlocked("note", "add", "--mentee", "Maria", stdin=PASSPHRASE + "\n"),
        unlocked("export", "supervision", *period, "--out", out),
        unlocked(
            "export",
            "supervision",
            "--from",
            "1 May",
            "--to",
            "2026-02-01",
            "--out",
            out,
            "--format",
            "md",
        ),
        unlocked(
            "export", "supervision", *period, "--out", out, "--format", "md", "--section", "bogus"
        ),
        unlocked("export", "all", "--format", "json", "--out", str(home / "broken.json")),
        unlocked("open-packet", str(home / "none.pdpacket"), "--out", out),
        unlocked(
            "calendar",
            "export",
            "--out",
            str(home / "x.ics"),
            "--from",
            "2026-03-01",
            "--to",
            "2026-01-01",
        ),
        unlocked("keys", "trust", str(home / "none.key"), "--name", "Sam"),
        unlocked("keys", "trust", str(home / "mine.key"), "--name", "Sam"),
        unlocked("supervision", "open", str(home / "none.pdpacket")),
        unlocked("backup", str(home / "a-folder")),
        unlocked("import", "notes", str(home / "none.csv")),
        unlocked(
            "import", "notes", str(home / "broken.json"), "--mapping", str(home / "broken.json")
        ),
        unlocked("keys", "forget", "--name", "Sam"),  # core's services' own refusals
        unlocked("keys", "trust", str(home / "broken.json"), "--name", "Sam"),  # and formats'
        unlocked("supervision", "open-reply", str(home / "broken.json")),
        unlocked("supervision", "list"),
        unlocked("search", "bus", "--mentee", "Nobody"),  # core's words, on the quick path
        unlocked("mentee", "handover", "Nobody", "--out", out),  # and on the full one
        unlocked("check", stdin="wrong wrong wrong\n"),  # last: the next unlock tells of it
    ]
    results = run_all(env, home, cases)
    for result in results:
        lines = result["err"].strip().splitlines()
        assert result["code"] != 0 and len(lines) == 1, result
        assert lines[0].startswith("peerdesk: "), result
        assert not english_words(lines[0], COMMANDS), (lines[0], english_words(lines[0], COMMANDS))
    assert "opción no válida: 'bogus'" in results[0]["err"]
    assert "argumento ACCIÓN: opción no válida" in results[1]["err"]
    assert "faltan estos argumentos obligatorios: NOMBRE" in results[2]["err"]
    assert "argumento --limit: valor int no válido: 'x'" in results[3]["err"]
    assert "(ver `peerdesk search --help`)" in results[3]["err"]
    assert (
        results[-3]["err"]
        == results[-2]["err"]
        == ("peerdesk: Ninguna persona acompañada tiene ese nombre u otro nombre.\n")
    )


def test_mentee_rows_and_dates_are_spanish(env: dict[str, str], home: Path, vault: Path) -> None:
    from datetime import date

    from peerdesk.cli.language import date_text, number_text

    unlock = ["--vault", str(vault), "--passphrase-stdin"]
    listed, found, _, review, hit, service = run_all(
        env,
        home,
        [
            (["mentee", "list", *unlock], PASSPHRASE),
            (["search", "nada", *unlock], PASSPHRASE),
            (["note", "add", "--mentee", "Maria", *unlock], PASSPHRASE + "\nMercado\n"),
            (
                ["notes", "review", "--from", "2026-01-01", "--to", "2099-12-31", *unlock],
                PASSPHRASE,
            ),
            (["search", "mercado", *unlock], PASSPHRASE),
            (["directory", "search", "food", "--limit", "1", *unlock], PASSPHRASE),
        ],
    )
    # a country and whether a service is open now
    assert re.search(r"\[Estados Unidos(; (abierto|cerrado) ahora)?\]", service["out"]), service
    assert hit["out"].splitlines()[0].endswith("  Maria  (apoyo práctico)"), hit  # the kind
    assert listed["out"].split("Maria", 1)[1].strip() == "ambos, activa", listed
    assert found["out"] == "Ninguna nota coincide.\n", found
    # the documentation profile's own words come from its Spanish file
    assert "[borrador]" in review["out"], review
    assert not english_words(review["out"], COMMANDS), review["out"]
    day = date(2026, 12, 2)
    assert date_text(day, "%a %d %b", "es") == "mié 2 dic"
    assert date_text(day, "%a %d %b", "en") == "Wed 2 Dec"  # as the GUI: no leading zero
    assert date_text(day, "%d %B %Y", "es") == "2 de diciembre de 2026"
    assert date_text(day, "%B %Y", "es") == "diciembre de 2026"
    assert date_text(day, "%Y-%m-%d", "es") == "2026-12-02"  # numeric dates keep theirs
    assert number_text(1234567, ",", "es") == "1.234.567"
    assert number_text(1234, ",", "es") == "1234"
    assert number_text(1234567, ",", "en") == "1,234,567"


def test_english_stays_english(cli, tmp_path: Path) -> None:
    """Without a choice and with an English system, help and errors are argparse's own."""
    helped = cli("search", "--help")
    assert helped.stdout.startswith("usage: peerdesk search") and "options:" in helped.stdout
    assert "search session notes and addenda" in helped.stdout
    wrong = cli("mentee", "add")
    assert wrong.stderr == (
        "peerdesk: the following arguments are required: NAME (see `peerdesk mentee add --help`)\n"
    )
    spanish = cli("search", "--help", lang="es_ES.UTF-8")  # the system's language decides
    assert spanish.stdout.startswith("uso: peerdesk search"), spanish.stdout


def test_the_templates_matched_are_argparse_s_own() -> None:
    """Each template that help and usage errors are matched against is one argparse of
    this Python writes (a new Python that rewords one would leave that line English)."""
    import argparse
    import inspect

    from peerdesk.cli import language

    source = inspect.getsource(argparse)
    missing = [t for t in (*language.HEADINGS, *language.ERRORS) if repr(t) not in source]
    assert not missing, missing


def test_a_question_at_the_terminal_is_spanish_and_takes_si(
    env: dict[str, str], home: Path, vault: Path
) -> None:
    """`keys trust` at a terminal: the passphrase prompt and the question in Spanish, and
    "sí" is a yes."""
    import pty
    import select

    master, slave = pty.openpty()
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "peerdesk",
            "keys",
            "trust",
            str(home / "theirs.key"),
            "--name",
            "Sam",
            "--vault",
            str(vault),
        ],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=home,
        start_new_session=True,
    )
    os.close(slave)
    seen = b""

    def until(text: bytes) -> None:
        nonlocal seen
        while text not in seen:
            ready, _, _ = select.select([master], [], [], 60)
            assert ready, seen
            try:
                chunk = os.read(master, 1024)
            except OSError:
                chunk = b""
            assert chunk, seen
            seen += chunk

    try:
        until("Frase de contraseña: ".encode())
        os.write(master, (PASSPHRASE + "\n").encode())
        until("Escribe sí: ".encode())
        os.write(master, "sí\n".encode())
        until("Ahora confías en «Sam»".encode())
    finally:
        child.wait(timeout=60)
        os.close(master)
    assert child.returncode == 0, seen.decode("utf-8", "replace")
