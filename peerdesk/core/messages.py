"""The one catalogue of text that core produces for people (Today items, reminders, export
headings, errors), kept free of Qt.

Core builds a ``Message``: a ``str`` holding the English text, so the CLI, logs and tests
use it as they always did, that also carries its English template and fields. The GUI
translates the template (context "core") and fills in the fields with the mentor's
locale (``peerdesk.i18n.core_text``). Templates are marked ``QT_TRANSLATE_NOOP("core",
...)`` where they are written, so pyside6-lupdate gathers them into the .ts files; the
marker itself only returns its text.

Templates use ``str.format`` fields (``{name}``, ``{day:%a %d %b}`` for dates, formatted
by strftime in English and by QLocale in the GUI) and ``%n`` for a count, with ``(s)``
where English adds an s: "%n comment(s)".
"""

from __future__ import annotations

import re
from typing import Any

CONTEXT = "core"
_content_language = ["en"]  # set by the GUI when it installs a language (peerdesk.i18n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks a template for pyside6-lupdate; returns it unchanged."""
    return text


def english_plural(text: str, n: int) -> str:
    """'%n comment(s)' -> '1 comment' / '3 comments' (English has one plural form)."""
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


class Message(str):
    """English text for a person, with the template and fields it was made from.

    ``Message(T("core", "Write a note for {name}"), name=...)``: equal to, and usable as,
    the English string; ``template``, ``fields`` and ``n`` let the GUI translate it.
    """

    template: str
    fields: dict[str, Any]
    n: int

    def __new__(cls, template: str, /, n: int = -1, **fields: Any) -> Message:
        text = english_plural(template, n) if n >= 0 else template
        self = super().__new__(cls, text.format(**fields) if fields else text)
        self.template = template
        self.fields = fields
        self.n = n
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.n, self.fields))


def _rebuild(template: str, n: int, fields: dict[str, Any]) -> Message:
    return Message(template, n, **fields)


_FIELD = re.compile(r"\{(\w+)(?::[^}]*)?\}")


def fields_in(template: str) -> set[str]:
    """The field names a template uses (a translation must use the same ones)."""
    return set(_FIELD.findall(template))


# --- data files in the mentor's language ---------------------------------------------------


def set_content_language(code: str) -> None:
    """Which language the shipped data files (templates, agreements, prompts, word lists)
    are read in; the GUI sets it with its translator. English when a variant is missing."""
    _content_language[0] = code or "en"


def content_language() -> str:
    return _content_language[0]


def resource_text(path: str) -> str:
    """resources/<folder>/<file> in the content language: <folder>/<lang>/<file> when
    that variant exists (same ids and keys, the words translated), else the English file."""
    from importlib import resources  # not at import: every command imports this module

    folder, _, name = path.rpartition("/")
    base = resources.files("peerdesk.resources").joinpath(folder)
    code = content_language()
    if code != "en":
        variant = base.joinpath(code).joinpath(name)
        if variant.is_file():
            return variant.read_text("utf-8")
    return base.joinpath(name).read_text("utf-8")
