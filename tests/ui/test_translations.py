"""Every page and dialog in the pseudo-locale (each translated string bracketed, so one
without brackets was never marked) and in Spanish (no English left showing)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk import i18n
from peerdesk.core.services import mentees
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault
from peerdesk.ui.window import MainWindow

from .walk import dialogs, pages, shown, texts

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"
NAME = "Maribel"  # the one mentee: her name may show anywhere

# Shown as they are in every language: the app's name, the mentee's name, file formats,
# keyboard keys, a web address, country codes, a recovery key's mask, numbers, times and
# punctuation.
ALLOWED = re.compile(
    r"peerdesk|Maribel|English|Español|PDF|CSV|JSON|Markdown|SHA-256|Ctrl|Shift|Esc|Enter"
    r"|Return|Tab|F1|https?://\S*|\b[A-Z]{2}\b|XXXX[-X]*|\b[A-Z0-9]{4}\b|\b\d+\w*\b|[A-Z]\.|(?:/[\w.-]+)+",
)
# Standard dialog buttons, translated by Qt's own qtbase catalogue (none for the pseudo-locale).
QT_OWN = {
    "OK",
    "Cancel",
    "Save",
    "Close",
    "&OK",
    "&Cancel",
    "&Save",
    "&Close",
    "Apply",
    "&Yes",
    "&No",
}
# Words that are English and never Spanish: one of them in a visible text means a
# string nobody translated.
ENGLISH = re.compile(
    r"\b(the|and|your|you|with|this|that|what|when|not|are|is|of|to|for|have|will|"
    r"here|there|it|they|their|them|we|our|on|in|at|by|from|yet|no one|nothing|open|save|"
    r"add|new|edit|delete|close|cancel|choose|show|search|note|notes|goal|goals|today)\b",
    re.IGNORECASE,
)


# In the pseudo-locale dates are QLocale's en_US: its day and month names are not ours.
QLOCALE_NAMES = re.compile(
    r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b"
)
RESOURCES = SOURCES.parent


def _data_file_words() -> set[str]:
    """Every string of the shipped English data files (templates, profiles, agreements,
    needs...): they are translated by their language variant (resources/<kind>/es/), which
    the Spanish walk checks, so the pseudo-locale cannot bracket them."""
    import json

    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(" ".join(value.split()))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for path in RESOURCES.glob("*/*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files, built from the .ts sources into a folder of the test's own."""
    folder = tmp_path_factory.mktemp("translations")
    for ts in SOURCES.glob("*.ts"):
        shutil.copy(ts, folder)
    i18n.build(folder)
    return folder


@pytest.fixture
def language(built: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: built)

    def put(code: str) -> None:
        assert i18n.install(code) == code

    yield put
    i18n.install(i18n.SOURCE_LANGUAGE)


def _everything(qtbot: QtBot, vault: Vault) -> Iterator[tuple[str, str]]:
    """(where, text) for every text on every page and dialog over a vault with one
    mentee (a new vault, so what shows is the interface, not notes)."""
    mentee_id = mentees.add_mentee(vault, record=MenteeRecord(display_name=NAME))
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    for where, root in chain(pages(window), dialogs(qtbot, window, vault, mentee_id)):
        for widget in shown(root):
            for text in texts(widget):
                yield f"{where}: {type(widget).__name__}", text


def _plain(text: str) -> str:
    """Rich text as the words it shows."""
    return re.sub(r"<[^>]*>|&\w+;", " ", text).replace("&", "")


def test_every_visible_string_is_marked_for_translation(
    qtbot: QtBot, vault: Vault, language: object
) -> None:
    language(i18n.PSEUDO)  # type: ignore[operator]
    data = _data_file_words()
    unmarked = set()
    for where, text in _everything(qtbot, vault):
        if where.endswith("QPushButton") and text in QT_OWN:
            continue  # a standard button: Qt's own translation names it
        if " ".join(_plain(text).split()) in data:
            continue  # from a data file: its language variant translates it
        rest = QLOCALE_NAMES.sub("", ALLOWED.sub("", _plain(text)))
        while re.search(r"\[[^\[\]]*\]", rest):  # every translated part is bracketed
            rest = re.sub(r"\[[^\[\]]*\]", "", rest)
        if re.search(r"[A-Za-z]{2,}", rest):
            unmarked.add(f"{where}: {text[:80]!r}")
    assert not unmarked, "not marked for translation:\n" + "\n".join(sorted(unmarked))


def test_no_english_left_in_the_spanish_interface(
    qtbot: QtBot, vault: Vault, language: object
) -> None:
    language("es")  # type: ignore[operator]
    english = set()
    for where, text in _everything(qtbot, vault):
        plain = ALLOWED.sub("", _plain(text))
        found = ENGLISH.findall(plain)
        if found:
            english.add(f"{where}: {text[:80]!r} ({', '.join(sorted(set(found)))})")
    assert not english, "still English in Spanish:\n" + "\n".join(sorted(english))


def test_the_spanish_greeting_writes_the_date_as_spanish_does(
    qtbot: QtBot, vault: Vault, language: object
) -> None:
    """Today's greeting: "miércoles, 2 de diciembre.", not "miércoles 2 diciembre"."""
    from datetime import datetime

    from peerdesk.ui.compat import emit

    language("es")  # type: ignore[operator]
    window = MainWindow(vault)
    qtbot.addWidget(window)
    today = window.desk.today
    day = datetime(2026, 12, 2, 9, 30)
    today.now = lambda: day  # type: ignore[method-assign]
    emit(window.signals.vault_unlocked)
    assert today.greeting.text().startswith("miércoles, 2 de diciembre.")


def test_an_agreements_versions_are_named_in_spanish_with_the_day_as_elsewhere(
    qtbot: QtBot, vault: Vault, language: object
) -> None:
    """The versions list said "Version 1 (active, from 02 Dec 2026)" under Spanish: core's
    English label, with the leading zero no other date on screen has."""
    from datetime import date

    from peerdesk.core.services import agreements
    from peerdesk.ui.agreements.page import AgreementsPage
    from peerdesk.ui.signals import AppSignals

    who = mentees.add_mentee(vault, record=MenteeRecord(display_name=NAME))
    first = agreements.save_agreement(
        vault, record=agreements.from_template("practical-support", mentee_id=who)
    )
    agreements.activate(vault, agreement_id=first, today=date(2026, 12, 2))
    agreements.save_agreement(vault, record=agreements.new_version(vault, mentee_id=who))
    for code, current, draft in (
        (i18n.SOURCE_LANGUAGE, "Version 1 (active, from 2 Dec 2026)", "Version 2 (draft)"),
        ("es", "Versión 1 (activa, desde el 2 ", "Versión 2 (borrador)"),
    ):
        language(code)  # type: ignore[operator]
        page = AgreementsPage(vault, AppSignals(), today=date(2026, 12, 3))
        qtbot.addWidget(page)
        page.show()
        page.reload()
        shown = [page.versions.item(i).text() for i in range(page.versions.count())]
        assert shown[0] == draft and shown[1].startswith(current), shown
        assert page.newer.itemText(0) == draft


def test_every_page_keeps_its_icon_in_spanish(qtbot: QtBot, vault: Vault, language: object) -> None:
    """Icons are named in English; a page titled "Ajustes" looked for an icon of that name,
    and in Spanish every page header lost its icon."""
    from peerdesk.ui.widgets.page import PageHeader

    language("es")  # type: ignore[operator]
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    headers = {}
    for name, page in pages(window):
        header = page.findChild(PageHeader)
        if header is not None:
            headers[name] = (header.title.text(), header.icon_name)
    assert headers["Settings"] == ("Ajustes", "Settings")
    assert all(icon for _title, icon in headers.values()), headers


def test_core_refusals_and_notices_show_in_spanish(
    language, qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """What core refuses with (a plain line marked for core's catalogue, or a Message with
    fields) reaches a Spanish-speaking mentor in Spanish: they showed in English, every
    one from the vault (backups, keys, a full disk, a vault open elsewhere) among them."""
    import errno

    from peerdesk.core.errors import PeerdeskError
    from peerdesk.core.vault import backup
    from peerdesk.core.vault.files import storage_error
    from peerdesk.core.vault.keys import check_passphrase_rules

    language("es")
    not_a_backup = tmp_path / "notes.pdbackup"
    not_a_backup.write_bytes(b"just some text, not a backup")
    refusals: list[PeerdeskError] = []
    try:
        backup.read_backup(not_a_backup, "any passphrase at all")
    except PeerdeskError as exc:
        refusals.append(exc)
    try:
        check_passphrase_rules("short")
    except PeerdeskError as exc:
        refusals.append(exc)
    try:
        mentees.validate(MenteeRecord(display_name="Ana " * 200))
    except PeerdeskError as exc:
        refusals.append(exc)
    refusals.append(storage_error(OSError(errno.ENOSPC, "No space left on device")))
    refusals.append(storage_error(OSError(errno.EIO, "I/O error")))
    said = [i18n.error_text(exc) for exc in refusals]
    assert said[0] == "Ese archivo no es una copia de seguridad de peerdesk."
    assert said[1].startswith("Usa una frase de contraseña de al menos 10 caracteres")
    assert said[2] == f"Un nombre puede tener como mucho {mentees.MAX_NAME} caracteres."
    assert said[3].startswith("El disco está lleno.")
    assert said[4] == "No se pudo escribir el archivo (EIO). No se cambió nada."
    for text in said:
        assert not ENGLISH.search(ALLOWED.sub("", text)), text


def test_every_refusal_core_writes_is_marked_for_the_catalogue() -> None:
    """A refusal raised in core with a plain literal message would show in English under
    Spanish (neither the GUI nor the CLI can look up a line lupdate never gathered): each
    is written QT_TRANSLATE_NOOP("core", ...) or as a Message."""
    import ast

    internal = {  # programming errors, never shown to a mentor as a refusal
        "AssertionError",
        "AttributeError",
        "KeyError",
        "LookupError",
        "NotImplementedError",
        "RuntimeError",
        "TypeError",
        "ValueError",
        "FrozenRecordError",
        "bad",
    }
    core = Path(__file__).resolve().parents[2] / "peerdesk" / "core"
    plain = []
    for path in sorted(core.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            name = ast.unparse(node.exc.func)
            first = node.exc.args[0] if node.exc.args else None
            if name not in internal and isinstance(first, ast.Constant) and first.value:
                plain.append(f"{path.relative_to(core)}:{node.lineno} {name}")
    assert not plain, "mark these QT_TRANSLATE_NOOP('core', ...):\n" + "\n".join(plain)
