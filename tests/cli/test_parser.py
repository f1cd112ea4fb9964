"""The command line parser built for one named command parses exactly as the full one."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk import cli
from peerdesk.cli import common


def test_the_table_of_command_words_is_what_the_groups_register() -> None:
    shared = {"__init__", "common", "language"}
    modules = {p.stem for p in Path(cli.__file__).parent.glob("*.py")} - shared
    assert set(cli.GROUPS) == modules
    registered = {}
    for group in cli.GROUPS:
        parser = common.ArgParser(prog="peerdesk")
        plain = common.ArgParser(add_help=False)
        sub = parser.add_subparsers(dest="command")
        importlib.import_module(f"peerdesk.cli.{group}").register(
            common.Registry(sub, plain, plain)
        )
        registered.update(dict.fromkeys(sub.choices, group))
    assert registered == cli.GROUP_OF


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> dict | int:
    """The parsed options, or the exit code (usage error, --help) with its text hidden."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            return vars(parser.parse_args(argv))
    except SystemExit as exc:
        return int(exc.code or 0)


OPTIONS = st.lists(
    st.sampled_from(["--debug", "--vault", "v", "--vault=w", "--demo", "-h", "--vau", "--", "x"]),
    max_size=4,
)
WORDS = st.sampled_from([*cli.GROUP_OF, "version", "nonsense"])
REST = st.lists(
    st.sampled_from(
        [
            "add",
            "list",
            "--mentee",
            "Sam",
            "--limit",
            "3",
            "--json",
            "--passphrase-stdin",
            "library",
            "--sign",
            "--kind",
            "x",
            "-",
            "--year",
            "2025",
            "--vault",
            "u",
        ]
    ),
    max_size=5,
)


@settings(max_examples=150, deadline=None)
@given(OPTIONS, WORDS, REST)
def test_the_parser_for_a_named_command_parses_as_the_full_parser(
    before: list[str], word: str, after: list[str]
) -> None:
    argv = [*before, word, *after]
    assert _parse(cli.build_parser(argv), argv) == _parse(cli.build_parser(), argv)


def test_a_named_command_registers_only_its_group() -> None:
    assert cli.named_group(["--vault", "search", "note", "add"]) == "note"
    assert cli.named_group(["--debug", "--vault=x", "search", "q"]) == "search"
    assert cli.named_group(["--vau", "x", "search"]) is None  # abbreviated: parse in full
    assert cli.named_group([]) is None
    parser = cli.build_parser(["search", "library"])
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == {"search", "version"}
