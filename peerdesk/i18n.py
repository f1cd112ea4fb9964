"""Translations with Qt's own machinery: the ``tr()`` that ui/ and render/ call, the
language in effect, and the build step that compiles the .ts sources.

- ``resources/translations/peerdesk_<lang>.ts`` are the sources people edit (Qt Linguist
  or a text editor). ``python -m peerdesk.i18n update`` refreshes them with pyside6-lupdate
  after strings change in the code.
- ``python -m peerdesk.i18n build`` compiles them to ``.qm`` with pyside6-lrelease, and
  writes the pseudo-locale (every string bracketed and 40% longer) that tests use to find
  strings nobody marked. The .qm files are build output (git-ignored); .ci/run and the
  packaging steps run the build. Without them peerdesk starts in English.

Strings are marked ``tr("...")`` (context "", one catalogue for the GUI), with ``%n`` for
counts (``tr("%n note(s)", None, n)``) and ``str.format`` fields filled in after
translation. Text that core/ produces arrives as ``core.messages.Message`` and goes
through ``core_text``. Dates and times go through ``date_text`` (QLocale).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import date, datetime, time
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from peerdesk.core.messages import (
    CONTEXT,
    LANGUAGE_CODES,
    PREFERENCE_FILE,
    Message,
    english_plural,
    looked_up,
    read_language,
    set_content_language,
)

# Languages peerdesk speaks, by code, each named in itself (never translated).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"  # the test locale; not offered in the interface
assert tuple(LANGUAGES) == LANGUAGE_CODES  # core's list (the CLI reads it without Qt)

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def QT_TR_NOOP(text: str) -> str:  # the name lupdate knows
    """Marks a string for translation where it is declared (a table, a constant); the
    code that shows it calls ``tr(value)``."""
    return text


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of ``source`` in the language in effect (English if none)."""
    text = QCoreApplication.translate("", source, disambiguation, n)
    if n >= 0 and "(s)" in text:  # untranslated English: Qt only replaced %n
        text = english_plural(text, n)
    return text


def core_text(text: str) -> str:
    """Text from core/ in the language in effect; plain strings pass through unchanged."""
    if not isinstance(text, Message):
        return text
    translated = QCoreApplication.translate(CONTEXT, text.template, None, text.n)
    if text.n >= 0 and "(s)" in translated:
        translated = english_plural(translated, text.n)
    if not text.fields:
        return translated
    fields = {k: _localised(v) for k, v in text.fields.items()}
    try:
        return translated.format(**fields)
    except (KeyError, IndexError, ValueError):  # a translation broke its fields: use English
        return str(text)


def core_said(text: str) -> str:
    """A refusal or notice core wrote, in the language in effect: a Message as core_text
    gives it, a plain line (marked ``QT_TRANSLATE_NOOP("core", ...)`` where it is written)
    looked up as it is, English when the catalogue does not have it. Never for what the
    mentor wrote: their words are shown as they are."""
    return core_text(looked_up(text))


def error_text(exc: BaseException) -> str:
    """What a PeerdeskError says, in the language in effect (its message may be a core
    Message; ``str(exc)`` would drop the template)."""
    message = exc.args[0] if len(exc.args) == 1 else None
    return core_said(message) if isinstance(message, str) else str(exc)


def core_label(word: str, *, capital: bool = False) -> str:
    """A word from core.vocab (a status, a kind, a life domain) in the language in effect;
    ``capital`` starts it with a capital letter, as a label does."""
    text = QCoreApplication.translate(CONTEXT, str(getattr(word, "value", word)))
    return text[:1].upper() + text[1:] if capital else text


def current_language() -> str:
    return _current


# ---- dates, times and numbers through QLocale ----------------------------------------

_STRFTIME_TO_QT = {
    "a": "ddd",
    "A": "dddd",
    "d": "dd",
    "-d": "d",
    "e": "d",
    "b": "MMM",
    "B": "MMMM",
    "m": "MM",
    "-m": "M",
    "y": "yy",
    "Y": "yyyy",
    "H": "HH",
    "-H": "H",
    "I": "hh",
    "-I": "h",
    "M": "mm",
    "p": "AP",
}
_DIRECTIVE = re.compile(r"%(-?[A-Za-z%])")


_DAY_BEFORE_MONTH = re.compile(r"%d(?=[ ]+%[bB])")


def _qt_format(spec: str) -> str:
    """A strftime pattern as a QLocale pattern, literal letters quoted. A day before a
    month's name has no leading zero ("Fri 4 Dec"), as people write it; numeric dates
    keep theirs."""
    spec = _DAY_BEFORE_MONTH.sub("%-d", spec)
    out: list[str] = []
    pos = 0
    for m in _DIRECTIVE.finditer(spec):
        out.append(_quote(spec[pos : m.start()]))
        code = m.group(1)
        out.append("%" if code == "%" else _STRFTIME_TO_QT.get(code, ""))
        pos = m.end()
    out.append(_quote(spec[pos:]))
    return "".join(out)


def _quote(literal: str) -> str:
    if not literal:
        return ""
    if re.search(r"[A-Za-z']", literal):
        return "'" + literal.replace("'", "''") + "'"
    return literal


# A locale's long date as weekday, day, month, year, with what joins them ("dddd, d 'de'
# MMMM 'de' yyyy"): the words and commas a language puts between a day and its month.
_LITERAL = r"(?:[^dMy']|'[^']*')*"
_LONG_ORDER = re.compile(rf"^dddd(?P<wd>{_LITERAL})d(?P<dm>{_LITERAL})MMMM(?P<my>{_LITERAL})y+$")


def _in_locale_order(fmt: str, locale: QLocale) -> str:
    """A pattern with a full month name joined as the language joins it: in Spanish
    "dddd d MMMM" is "dddd, d 'de' MMMM" (miércoles, 2 de diciembre) and "d MMMM yyyy" is
    "d 'de' MMMM 'de' yyyy", as QLocale's own long format writes them. English keeps the
    app's own order ("Wednesday 2 December")."""
    if "MMMM" not in fmt or _current in (SOURCE_LANGUAGE, PSEUDO):
        return fmt
    long = _LONG_ORDER.match(locale.dateFormat(QLocale.FormatType.LongFormat))
    if long is None:  # a language that writes the month first: the pattern stays
        return fmt
    wd, dm, my = long["wd"], long["dm"], long["my"]
    fmt = re.sub(r"dddd d{1,2}(?!d)", lambda _: f"dddd{wd}d", fmt)
    fmt = re.sub(r"(?<!d)d{1,2} MMMM", lambda _: f"d{dm}MMMM", fmt)
    return re.sub(r"MMMM yyyy", lambda _: f"MMMM{my}yyyy", fmt)


def date_text(value: date | datetime | time, spec: str) -> str:
    """``value`` written with a strftime pattern ("%a %d %b"), in the mentor's language
    (a full month name joined to its day and year as that language does)."""
    locale = QLocale()
    fmt = _in_locale_order(_qt_format(spec), locale)
    if isinstance(value, datetime):
        return locale.toString(QDateTime(_qdate(value), _qtime(value)), fmt)
    if isinstance(value, date):
        return locale.toString(_qdate(value), fmt)
    return locale.toString(_qtime(value), fmt)


def number_text(value: float, decimals: int = 0) -> str:
    return (
        QLocale().toString(float(value), "f", decimals)
        if decimals
        else QLocale().toString(int(value))
    )


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _qtime(t: time | datetime) -> QTime:
    return QTime(t.hour, t.minute, t.second)


class _LocaleValue:
    """A date/time field of a Message, formatted by QLocale when the template asks."""

    def __init__(self, value: date | datetime | time) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        return date_text(self.value, spec) if spec else str(self.value)


def _localised(value: Any) -> Any:
    if isinstance(value, (date, datetime, time)):
        return _LocaleValue(value)
    if isinstance(value, Message):
        return core_text(value)
    return value


# ---- choosing and installing a language ----------------------------------------------


def translations_dir() -> Path:
    return Path(str(resources.files("peerdesk.resources"))) / "translations"


def available_languages() -> dict[str, str]:
    """The languages that can be shown: English and every one with a .qm or a .ts."""
    folder = translations_dir()
    return {
        code: name
        for code, name in LANGUAGES.items()
        if code == SOURCE_LANGUAGE
        or (folder / f"peerdesk_{code}.qm").exists()
        or (folder / f"peerdesk_{code}.ts").exists()
    }


def compiled(code: str) -> Path | None:
    """The .qm for ``code``: the built one, else one compiled now from the .ts into the
    user's cache (an install made without the build step, ``pip install .``); None when
    neither can be had, and peerdesk stays in English."""
    built = translations_dir() / f"peerdesk_{code}.qm"
    if built.exists():
        return built
    ts = translations_dir() / f"peerdesk_{code}.ts"
    if not ts.exists():
        return None
    import platformdirs

    cache = Path(platformdirs.user_cache_dir("peerdesk")) / "translations"
    qm = cache / f"peerdesk_{code}-{ts.stat().st_mtime_ns}.qm"
    if not qm.exists():
        try:
            cache.mkdir(parents=True, exist_ok=True)
            _lrelease(ts, qm)
        except (OSError, subprocess.CalledProcessError):
            return None
    return qm


def system_language() -> str:
    """The first of the system's interface languages that peerdesk has, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def read_preference(vault_dir: Path) -> str:
    """The language chosen in Settings or the wizard ("" = follow the system)."""
    return read_language(vault_dir)


def write_preference(vault_dir: Path, code: str) -> None:
    if code and code not in LANGUAGES:
        raise ValueError(f"peerdesk has no language {code!r}")
    from peerdesk.core.vault.files import atomic_write, make_private_dir

    make_private_dir(vault_dir)  # the vault's folder: private
    atomic_write(vault_dir / PREFERENCE_FILE, (code + "\n").encode("utf-8"))


def install(code: str = "") -> str:
    """Put ``code`` ("" = the system's) in effect for the whole app and return the code in
    effect. Widgets receive QEvent.LanguageChange; a missing .qm leaves English."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    wanted = code or system_language()
    effective = SOURCE_LANGUAGE
    if wanted != SOURCE_LANGUAGE and app is not None:
        own = QTranslator(app)
        qm = compiled(wanted)
        if qm is not None and own.load(str(qm)):
            app.installTranslator(own)
            _installed.append(own)
            effective = wanted
            qt = QTranslator(app)  # Qt's own words: standard buttons, file dialogs
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if wanted != PSEUDO and qt.load(f"qtbase_{wanted}", qt_dir):
                app.installTranslator(qt)
                _installed.append(qt)
    locale_name = "en_US" if effective in (SOURCE_LANGUAGE, PSEUDO) else effective
    if effective == SOURCE_LANGUAGE and not code:
        QLocale.setDefault(QLocale.system())
    else:
        QLocale.setDefault(QLocale(locale_name))
    _current = effective
    set_content_language(SOURCE_LANGUAGE if effective == PSEUDO else effective)
    return effective


# ---- build: lupdate, lrelease, the pseudo-locale -------------------------------------

SOURCE_ROOTS = (
    "peerdesk/ui",
    "peerdesk/render",
    "peerdesk/core",
    "peerdesk/cli",
    "peerdesk/i18n.py",
)


def source_files(repo: Path) -> list[Path]:
    """The Python files lupdate reads (it does not look for .py in folders by itself);
    core and cli (which say things through core's catalogue) only where they mark a
    template."""
    files: list[Path] = []
    for root in SOURCE_ROOTS:
        path = repo / root
        for py in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            parts = py.relative_to(repo).parts
            if ("core" in parts or "cli" in parts) and "QT_TRANSLATE_NOOP" not in py.read_text(
                encoding="utf-8"
            ):
                continue
            files.append(py)
    return files


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: the binaries shipped inside PySide6."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} was not found; install PySide6")
    return found


def update_sources(repo: Path) -> list[Path]:
    """Refresh every .ts from the marked strings in the code (pyside6-lupdate)."""
    folder = repo / "resources" / "translations"
    files = sorted(folder.glob("peerdesk_*.ts"))
    sources = [str(p) for p in source_files(repo)]
    for ts in files:
        subprocess.run(
            [
                _tool("lupdate"),
                *sources,
                "-locations",
                "none",
                "-no-obsolete",
                "-silent",
                "-ts",
                str(ts),
            ],
            check=True,
        )
    return files


def build(folder: Path | None = None) -> list[Path]:
    """Compile every .ts in ``folder`` to .qm, and the pseudo-locale from the Spanish
    sources; returns the .qm files written."""
    folder = folder or translations_dir()
    written: list[Path] = []
    sources = sorted(folder.glob("peerdesk_*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        _lrelease(ts, qm)
        written.append(qm)
    if sources:
        with tempfile.TemporaryDirectory() as tmp:
            pseudo_ts = Path(tmp) / f"peerdesk_{PSEUDO}.ts"
            write_pseudo(sources[0], pseudo_ts)
            qm = folder / f"peerdesk_{PSEUDO}.qm"
            _lrelease(pseudo_ts, qm)
            written.append(qm)
    return written


def _lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(qm)],
        check=True,
    )


_KEEP = re.compile(r"(\{[^{}]*\}|%L?n|%L?\d+|<[^<>]*>|&[a-z]+;|&&|&(?=\w)|\n)")
_ACCENTED = str.maketrans("aeiouAEIOUcnsyCNSY", "àéîöûÀÉÎÖÛçñšýÇÑŠÝ")


def pseudo(text: str) -> str:
    """'Save note' -> '[Šàvé ñöté ·····]': accented, 40% longer, bracketed; fields,
    %n, tags and accelerators are kept so the strings still work."""
    parts = _KEEP.split(text)
    visible = sum(len(p) for i, p in enumerate(parts) if i % 2 == 0)
    out = "".join(p if i % 2 else p.translate(_ACCENTED) for i, p in enumerate(parts))
    pad = "·" * max(1, round(visible * 0.4))
    return f"[{out} {pad}]"


def write_pseudo(template: Path, out: Path) -> None:
    """A .ts with every source's pseudo translation (numerus forms too)."""
    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(out, encoding="utf-8", xml_declaration=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m peerdesk.i18n", description=__doc__.split("\n")[0]
    )
    parser.add_argument("command", choices=("build", "update"))
    args = parser.parse_args(argv)
    if args.command == "update":
        repo = Path(__file__).resolve().parents[1]
        for ts in update_sources(repo):
            print(f"updated {ts.relative_to(repo)}")
        return 0
    for qm in build():
        print(f"built {qm.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
