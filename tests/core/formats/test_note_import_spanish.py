"""Everything the note import tells a person (each row's reason, each refusal) is a
core Message with its Spanish: English under Spanish fails here, not in front of a
mentor. Pure parsing: no vault, no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats import note_import
from peerdesk.core.messages import Message, catalogue

SPANISH = catalogue("es")
MAPPING = {"date": "Date", "mentee": "Person", "did": "Notes", "start": "From"}
MAPPING.update(kind="Kind", modality="How")
MODULES = [
    Path(note_import.__file__),
    Path(note_import.__file__).parents[1] / "services" / "note_import.py",
]


def in_spanish(text: str) -> str:
    assert isinstance(text, Message), f"plain English, not core's catalogue: {text!r}"
    spanish = SPANISH(text)
    assert spanish != str(text), f"no Spanish for {text.template!r}"
    return spanish


def test_every_row_reason_reads_in_spanish() -> None:
    csv = (
        "Date,Person,Notes,From,Kind,How\n"
        "2026-11-02,Maria,Bus trip,10:30,,\n"
        ",Maria,No date,,,\n"
        "2026-11-03,,Nobody,,,\n"
        "2026-11-04,Tom,,,,\n"
        "2026-11-05,Tom,Late,soon,,\n"
        "2026-11-06,Tom,Odd,,knitting,\n"
        "2026-11-07,Tom,Odd,,,pigeon\n"
    )
    text = "before any date\n## 2026-11-02\nwent well\n## 2026-11-03\n"
    jrnl = (
        '{"entries": [1, {"date": "soon"}, {"date": "2026-11-02", "body": "x"},'
        ' {"date": "2026-11-02", "tags": ["@tom"]}]}'
    )
    errors = [
        *note_import.parse_csv(csv, MAPPING).errors,
        *note_import.parse_text(text, mentee="Tom").errors,
        *note_import.parse_jrnl(jrnl, mentee=None, known_names={"Tom"}).errors,
        *note_import.parse_csv(csv, {**MAPPING, "date_format": "%d/%m/%Y"}).errors[-1:],
    ]
    assert len({e.message.template for e in errors}) == 13  # every reason the parsers give
    spanish = [in_spanish(e.message) for e in errors]
    assert "la fecha está vacía" in spanish
    assert any(s.startswith("el tipo de sesión no es ninguno de estos: ") for s in spanish)


@pytest.mark.parametrize(
    "call",
    [
        lambda: note_import.check_mapping([]),
        lambda: note_import.check_mapping({"colour": "C"}),
        lambda: note_import.check_mapping({"date": "D"}),
        lambda: note_import.check_mapping({"date": "D", "mentee": "P"}),
        lambda: note_import.check_mapping({"date": "D", "mentee": "P", "did": "N"}, ["D"]),
        lambda: note_import.parse_csv("Date,Person,Notes\n", MAPPING),
        lambda: note_import.parse_csv("Date,Person,Notes\n,M,x\n", MAPPING),
        lambda: note_import.parse_csv("Date,Person,Notes\n03/11/2026,M,x\n", MAPPING),
        lambda: note_import.parse_csv("Date,Person,Notes\nsoon,M,x\n", MAPPING),
        lambda: note_import.parse_csv(
            "Date,Person,Notes\n2026-11-02,M,x\n03.11.2026,M,y\n", MAPPING
        ),
        lambda: note_import.parse_text("no dates at all", mentee="Tom").errors[0].message,
        lambda: note_import.parse_text("", mentee="Tom"),
        lambda: note_import.parse_jrnl("{", mentee=None, known_names=set()),
        lambda: note_import.parse_jrnl("{}", mentee=None, known_names=set()),
    ],
)
def test_every_refusal_reads_in_spanish(call) -> None:  # type: ignore[no-untyped-def]
    try:
        result = call()
    except ValidationError as exc:
        in_spanish(exc.args[0])
    else:
        in_spanish(result)  # a row reason in place of a refusal


def test_no_plain_string_reaches_a_person() -> None:
    """Every ValidationError, ValueError and RowError in the two modules is given a core
    Message, not an f-string or a literal (parse_time's 'not a time' is caught inside)."""
    plain = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            if name not in ("ValidationError", "ValueError", "RowError") or not node.args:
                continue
            arg = node.args[1 if name == "RowError" else 0]
            caught = name == "ValueError" and getattr(arg, "value", "") == "not a time"
            if isinstance(arg, (ast.Constant, ast.JoinedStr, ast.BinOp)) and not caught:
                plain.append(f"{path.name}:{node.lineno}")
    assert not plain, "give these a Message (QT_TRANSLATE_NOOP('core', ...)): " + ", ".join(plain)
