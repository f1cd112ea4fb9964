"""The command line in the mentor's language, beyond the lines commands print: argparse's
own words (usage, section titles, its error lines), every command's and option's help,
and the dates and numbers in a message's fields.

argparse writes its words in English through gettext, which knows nothing of the
language chosen beside the vault. So nothing is changed while parsing: help texts stay
English on the parser, and they are looked up in core's catalogue only when help is
shown or an error written (``translate``), which a command that parses fine never does.
argparse's own strings are marked below so that lupdate keeps them in the catalogue;
its error lines are matched back to these templates and refilled in Spanish.

Imported only to show help, write an error or print a message with a date: the quick
path (``peerdesk search``, ``mentee list``) parses without it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import cache
from typing import Any

from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message, Translate

# The words argparse itself writes (Python 3.11-3.13), as templates of core's catalogue.
# ``%(name)s`` / ``%s`` are argparse's fields; a translation keeps the same ones.
HEADINGS = (
    QT_TRANSLATE_NOOP("core", "usage: "),
    QT_TRANSLATE_NOOP("core", "positional arguments"),
    QT_TRANSLATE_NOOP("core", "options"),
    QT_TRANSLATE_NOOP("core", "show this help message and exit"),
)
ERRORS = (
    # the wrapper first: its message is one of the others, translated in turn
    QT_TRANSLATE_NOOP("core", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("core", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("core", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("core", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("core", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("core", "expected one argument"),
    QT_TRANSLATE_NOOP("core", "expected at most one argument"),
    QT_TRANSLATE_NOOP("core", "expected at least one argument"),
    QT_TRANSLATE_NOOP("core", "expected %s argument"),
    QT_TRANSLATE_NOOP("core", "expected %s arguments"),
    QT_TRANSLATE_NOOP("core", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("core", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("core", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("core", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("core", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("core", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("core", "can't open '%(filename)s': %(error)s"),
)
SEE_HELP = QT_TRANSLATE_NOOP("core", "{message} (see `{prog} --help`)")
# The templates whose first field names arguments (by metavar or option string).
_NAMING = (ERRORS[0], ERRORS[1])

_FIELD = re.compile(r"%(?:\((\w+)\))?[sr]")


def translator_for_argv(argv: list[str]) -> Translate:
    """core's catalogue in the language of the vault ``argv`` names (--vault DIR), else of
    the default vault, else the system's."""
    import argparse

    from peerdesk.cli.common import said, surely_english, vault_named
    from peerdesk.core.messages import english

    args = argparse.Namespace(vault=vault_named(argv))
    return english if surely_english(args) else said(args)


def translate(text: str, t: Translate) -> str:
    """A plain string of the catalogue (a help text, a heading) in the language of ``t``."""
    return t(Message(text)) if text else text


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for template in ERRORS:
        pattern, pos = [], 0
        for i, m in enumerate(_FIELD.finditer(template)):
            pattern.append(re.escape(template[pos : m.start()]))
            pattern.append(f"(?P<{m.group(1) or f'_{i}'}>.+?)")
            pos = m.end()
        pattern.append(re.escape(template[pos:]))
        out.append((template, re.compile("".join(pattern) + r"\Z", re.DOTALL)))
    return tuple(out)


def argparse_error(message: str, t: Translate) -> str:
    """One of argparse's error lines (English, fields filled in) in the language of ``t``;
    unchanged when it is none of the templates above."""
    for template, pattern in _patterns():
        m = pattern.match(message)
        if m is None:
            continue
        values = m.groupdict()
        if "message" in values:
            values["message"] = argparse_error(values["message"], t)
        if template in _NAMING:  # the metavars (NAME, ACTION) as help writes them
            key = "argument_name" if "argument_name" in values else next(iter(values))
            values[key] = ", ".join(
                "/".join(translate(name, t) for name in names.split("/"))
                for names in values[key].split(", ")
            )
        translated = translate(template, t)
        names = iter(values)

        def fill(field: re.Match[str], names: Any = names, values: dict[str, str] = values) -> str:
            return values[field.group(1) or next(names)]

        try:
            return _FIELD.sub(fill, translated)
        except (KeyError, StopIteration):  # a translation broke its fields
            return message
    return message


# ---- dates and numbers in a message's fields ------------------------------------------

# The names QLocale gives, so that the command line writes a date as the GUI does.
_NAMES = {
    "es": {
        "B": [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        "b": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
        "A": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "a": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    }
}
# Words a language puts between a day, its month's full name and the year
# ("2 de diciembre de 2026"), as QLocale's long date format joins them.
_JOINS = {"es": ((re.compile(r"%-d %B"), "%-d de %B"), (re.compile(r"%B %Y"), "%B de %Y"))}
_DAY_BEFORE_MONTH = re.compile(r"%d(?=[ ]+%[bB])")
_DIRECTIVE = re.compile(r"%(-?[A-Za-z%])")


def date_text(value: date | datetime | time, spec: str, code: str) -> str:
    """``value`` written with a strftime pattern in language ``code``: a day before a
    month's name without its leading zero ("Wed 2 Dec", "mié 2 dic"), as the GUI writes
    it; numeric dates keep theirs."""
    spec = _DAY_BEFORE_MONTH.sub("%-d", spec)
    for pattern, joined in _JOINS.get(code, ()):
        spec = pattern.sub(joined, spec)
    names = _NAMES.get(code)

    def one(m: re.Match[str]) -> str:
        directive = m.group(1)
        if directive == "-d":
            return str(value.day)  # type: ignore[union-attr]
        if names is not None and directive in ("b", "B"):
            return names[directive][value.month - 1]  # type: ignore[union-attr]
        if names is not None and directive in ("a", "A"):
            return names[directive][value.weekday()]  # type: ignore[union-attr]
        return value.strftime(m.group(0))

    return _DIRECTIVE.sub(one, spec)


def number_text(value: int | float, spec: str, code: str) -> str:
    """A number with a format spec (``{size:,}``), its separators as ``code`` writes them
    (Spanish: 12.345,5; four digits are not grouped)."""
    text = format(value, spec)
    if code != "es":
        return text
    if "," in spec and abs(int(value)) < 10_000:
        text = text.replace(",", "")
    return text.translate(str.maketrans(",.", ".,"))


class _Field:
    """A date or number field of a Message, written in the mentor's language."""

    def __init__(self, value: Any, code: str) -> None:
        self.value, self.code = value, code

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self.value) if isinstance(self.value, (date, time)) else format(self.value)
        if isinstance(self.value, (date, datetime, time)):
            return date_text(self.value, spec, self.code)
        return number_text(self.value, spec, self.code)


def localised(t: Translate, code: str) -> Translate:
    """``t`` with the dates and numbers of a message's fields in language ``code``."""

    def translate_message(text: str) -> str:
        if not isinstance(text, Message) or not text.fields:
            return t(text)
        fields = {
            k: _Field(v, code)
            if isinstance(v, (date, datetime, time, float))
            or (isinstance(v, int) and not isinstance(v, bool))
            else v
            for k, v in text.fields.items()
        }
        return t(Message(text.template, text.n, **fields))

    return translate_message
