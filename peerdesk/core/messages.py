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

import os
import re
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

CONTEXT = "core"
LANGUAGE_CODES = ("en", "es")  # the languages peerdesk speaks (peerdesk.i18n names them)
PREFERENCE_FILE = "language"  # beside the vault: read before it is unlocked; holds a code
# A function that gives core's text for a person in one language: a Message in, its
# translation out (plain strings unchanged). The GUI passes peerdesk.i18n.core_text; the
# CLI passes catalogue(code). English is the Message itself.
Translate = Callable[[str], str]
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


def looked_up(text: str) -> Message:
    """A line core wrote, ready for a catalogue: a Message as it is; a plain line (marked
    ``QT_TRANSLATE_NOOP("core", ...)`` where it is written) as its own template, found as it
    is, English when the catalogue does not have it. Never for what the mentor wrote."""
    return text if isinstance(text, Message) else Message(text)


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


# --- one language for a process without Qt (the CLI) ------------------------------------


def english(text: str) -> str:
    """The Translate of English: a Message is its English text already."""
    return str(text)


def read_language(vault_dir: Path) -> str:
    """The language chosen in Settings or the wizard, kept beside the vault ("" = follow
    the system)."""
    try:
        code = (Path(vault_dir) / PREFERENCE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    return code if code in LANGUAGE_CODES else ""


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The system's language as a terminal sees it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG,
    as Qt reads them for the GUI): the first peerdesk has, else English."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for name in env.get(var, "").split(":"):
            code = name.replace("_", "-").split("-")[0].split(".")[0].lower()
            if code in LANGUAGE_CODES:
                return code
            if code and code not in ("c", "posix") and var != "LANGUAGE":
                return "en"  # the locale names a language peerdesk does not have
    return "en"


def language_for(vault_dir: Path | None, environ: Mapping[str, str] | None = None) -> str:
    """The language the mentor reads peerdesk in: their choice, else the system's."""
    return (read_language(vault_dir) if vault_dir is not None else "") or environment_language(
        environ
    )


def _plural_index(code: str, n: int) -> int:
    """Which numerus form a count takes (English and Spanish: one, other)."""
    return 0 if n == 1 else 1


def _translations_file(code: str) -> Path | None:
    from importlib import resources

    path = Path(str(resources.files("peerdesk.resources"))) / "translations"
    ts = path / f"peerdesk_{code}.ts"
    return ts if ts.is_file() else None


@cache
def _core_entries(code: str) -> dict[str, tuple[str, ...]]:
    """Source -> translation (numerus forms in order) of context "core" in the .ts that
    the GUI's .qm is compiled from; unfinished entries are left out (English shows)."""
    import xml.etree.ElementTree as ET

    ts = _translations_file(code)
    if ts is None:
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            forms = forms or ((translation.text or ""),)
            if any(forms):
                out[source] = forms
    return out


def catalogue(code: str) -> Translate:
    """The Translate for ``code`` read from core's catalogue without Qt, for the CLI.
    Dates in fields are written in English (strftime); the GUI uses QLocale."""
    if code == "en":
        return english
    entries = _core_entries(code)

    def translate(text: str) -> str:
        if not isinstance(text, Message):
            return text
        forms = entries.get(text.template)
        if forms is None:
            out = str(english_plural(text.template, text.n) if text.n >= 0 else text.template)
        else:
            out = (
                forms[min(_plural_index(code, text.n), len(forms) - 1)] if text.n >= 0 else forms[0]
            )
            if text.n >= 0:  # as the GUI's core_text: %n, and "(s)" where a form has it
                out = out.replace("%n", str(text.n))
                out = english_plural(out, text.n) if "(s)" in out else out
        if not text.fields:
            return out
        fields = {k: translate(v) if isinstance(v, Message) else v for k, v in text.fields.items()}
        try:
            return out.format(**fields)
        except (KeyError, IndexError, ValueError):  # a translation broke its fields
            return str(text)

    return translate
