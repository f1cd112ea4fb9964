"""The translation machinery: the build on a clean tree, English when nothing is built,
the pseudo-locale, core messages translated with QLocale dates."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from peerdesk import i18n
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message, english_plural

SOURCES = Path(__file__).resolve().parents[1] / "resources" / "translations"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs, the next test starts in English."""
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def clean_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of resources/translations as a clean clone has it: .ts sources, no .qm."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts in SOURCES.glob("*.ts"):
        shutil.copy(ts, folder)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return folder


def test_build_makes_qm_files_on_a_clean_tree(clean_tree: Path, english: None) -> None:
    assert not list(clean_tree.glob("*.qm"))
    written = i18n.build(clean_tree)
    names = sorted(p.name for p in written)
    assert names == ["peerdesk_es.qm", f"peerdesk_{i18n.PSEUDO}.qm"]
    for qm in written:
        assert QTranslator().load(str(qm)), qm
    assert i18n.install(i18n.PSEUDO) == i18n.PSEUDO
    assert i18n.tr("Today").startswith("[")


def test_without_qm_or_ts_peerdesk_starts_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.available_languages() == {"en": "English"}
    assert i18n.install("es") == "en"
    assert i18n.tr("Today") == "Today"
    assert i18n.tr("%n note(s)", None, 1) == "1 note"
    assert i18n.tr("%n note(s)", None, 4) == "4 notes"


def test_an_install_without_the_build_step_compiles_from_the_ts(
    clean_tree: Path, english: None
) -> None:
    assert i18n.install("es") == "es"
    assert not list(clean_tree.glob("*.qm"))  # compiled into the user's cache instead


def test_pseudo_keeps_fields_and_lengthens_by_forty_percent() -> None:
    text = "Write a note for {name} (%n left) <b>now</b> &Save"
    out = i18n.pseudo(text)
    assert out.startswith("[") and out.endswith("]")
    for kept in ("{name}", "%n", "<b>", "</b>", "&Š"):
        assert kept in out
    plain = "Save the session note"
    assert len(i18n.pseudo(plain)) >= 1.4 * len(plain)


def test_core_message_is_its_english_text() -> None:
    m = Message(QT_TRANSLATE_NOOP("core", "Review on {day:%d %b}"), day=date(2026, 3, 5))
    assert m == "Review on 05 Mar"
    assert isinstance(m, str) and m.template == "Review on {day:%d %b}"
    assert Message("%n comment(s)", 3) == "3 comments"
    assert english_plural("%n comment(s)", 1) == "1 comment"


def test_core_text_formats_dates_with_the_locale(english: None) -> None:
    i18n.install("en")
    m = Message("Review on {day:%d %b}", day=date(2026, 3, 5))
    assert i18n.core_text(m) == "Review on 5 Mar"  # a day before a month: no leading zero
    assert i18n.core_text("plain") == "plain"
    assert i18n.date_text(datetime(2026, 3, 5, 9, 30), "%a %d %b %H:%M") == "Thu 5 Mar 09:30"
    assert i18n.date_text(date(2026, 3, 5), "%d/%m/%Y") == "05/03/2026"  # numeric: kept
    assert i18n.date_text(date(2026, 3, 5), "%Y-%m-%d") == "2026-03-05"


def test_preference_beside_the_vault(tmp_path: Path) -> None:
    assert i18n.read_preference(tmp_path) == ""
    i18n.write_preference(tmp_path, "es")
    assert i18n.read_preference(tmp_path) == "es"
    with pytest.raises(ValueError):
        i18n.write_preference(tmp_path, "xx")


def test_every_marked_string_has_its_spanish(tmp_path: Path) -> None:
    """lupdate over the code as it is adds nothing to peerdesk_es.ts, and nothing in it is
    left unfinished: a string added without its translation fails here, not in front of a
    Spanish-speaking mentor."""
    import xml.etree.ElementTree as ET

    repo = Path(__file__).resolve().parents[1]
    copy = tmp_path / "resources" / "translations"
    copy.mkdir(parents=True)
    shutil.copy(SOURCES / "peerdesk_es.ts", copy)
    subprocess.run(
        [
            i18n._tool("lupdate"),
            *map(str, i18n.source_files(repo)),
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            str(copy / "peerdesk_es.ts"),
        ],
        check=True,
    )

    def entries(ts: Path) -> dict[str, str | None]:
        return {
            (m.findtext("source") or ""): (m.find("translation").get("type"))  # type: ignore[union-attr]
            for m in ET.parse(ts).getroot().iter("message")
        }

    shipped, wanted = entries(SOURCES / "peerdesk_es.ts"), entries(copy / "peerdesk_es.ts")
    missing = sorted(set(wanted) - set(shipped))
    assert not missing, "run `python -m peerdesk.i18n update` and translate:\n" + "\n".join(missing)
    unfinished = sorted(s for s, state in shipped.items() if state in ("unfinished", "vanished"))
    assert not unfinished, "not yet in Spanish:\n" + "\n".join(unfinished)
    assert len(shipped) > 900


def test_opening_hours_read_in_spanish(clean_tree: Path, english: None) -> None:
    """A service's weekly hours come from core as a Message: English for the CLI, the
    mentor's language on the service card."""
    from datetime import time

    from peerdesk.core.services.directory import HoursItem, hours_text

    weekdays = hours_text(HoursItem(["MO", "TU", "WE", "TH", "FR"], time(9), time(17)))
    always = hours_text(
        HoursItem(["MO", "TU", "WE", "TH", "FR", "SA", "SU"], time(0), time(23, 59))
    )
    two = hours_text(HoursItem(["MO", "WE"], time(9), time(17, 30)))
    assert (weekdays, always, two) == (
        "Mon–Fri 09:00–17:00",
        "Every day 24 hours",
        "Mon, Wed 09:00–17:30",
    )
    assert i18n.install("es") == "es"
    assert i18n.core_text(weekdays) == "lun–vie 09:00–17:00"
    assert i18n.core_text(always) == "Todos los días 24 horas"
    assert i18n.core_text(two) == "lun, mié 09:00–17:30"


def test_monthly_and_every_other_week_hours_read_in_spanish(
    clean_tree: Path, english: None
) -> None:
    from datetime import time

    from peerdesk.core.services.directory import HoursItem, hours_text

    def hours(days: list[str], **rule: object) -> str:
        return hours_text(HoursItem(days, time(10), time(14), **rule))  # type: ignore[arg-type]

    other_tuesday = hours(["TU"], interval=2)
    first_monday = hours(["1MO"], freq="MONTHLY")
    two_fridays = hours(["1FR", "-1FR"], freq="MONTHLY")
    last_day = hours([], freq="MONTHLY", bymonthday="-1")
    every_other_month = hours(["2WE"], freq="MONTHLY", interval=2)
    every_three_weeks = hours(["MO", "TH"], interval=3)
    assert (other_tuesday, first_monday, two_fridays, last_day) == (
        "Every other Tue 10:00–14:00",
        "First Mon of the month 10:00–14:00",
        "First Fri and last Fri of the month 10:00–14:00",
        "Last day of the month 10:00–14:00",
    )
    assert every_other_month == "Second Wed of the month, every other month 10:00–14:00"
    assert every_three_weeks == "Every 3 weeks on Mon, Thu 10:00–14:00"
    assert i18n.install("es") == "es"
    assert i18n.core_text(other_tuesday) == "Cada dos semanas, mar 10:00–14:00"
    assert i18n.core_text(first_monday) == "El primer lun de cada mes 10:00–14:00"
    assert i18n.core_text(two_fridays) == "El primer vie y el último vie de cada mes 10:00–14:00"
    assert i18n.core_text(last_day) == "El último día de cada mes 10:00–14:00"
    assert i18n.core_text(every_other_month) == "El segundo mié del mes, cada dos meses 10:00–14:00"
    assert i18n.core_text(every_three_weeks) == "Cada 3 semanas, lun, jue 10:00–14:00"


def test_spanish_dates_join_day_month_and_year_as_spanish_does(
    clean_tree: Path, english: None
) -> None:
    """A full month name takes the language's own joins from QLocale's long format:
    "miércoles, 2 de diciembre", "2 de diciembre de 2026"; English keeps its order."""
    day = date(2026, 12, 2)
    assert i18n.date_text(day, "%A %-d %B") == "Wednesday 2 December"
    assert i18n.install("es") == "es"
    assert i18n.date_text(day, "%A %-d %B") == "miércoles, 2 de diciembre"
    assert i18n.date_text(day, "%d %B %Y") == "2 de diciembre de 2026"
    assert i18n.date_text(day, "%B %Y") == "diciembre de 2026"
    assert i18n.date_text(day, "%a %-d %b") == "mié 2 dic"  # short forms stay short
    assert i18n.core_text(Message(QT_TRANSLATE_NOOP("core", "{day:%d %B %Y}"), day=day)) == (
        "2 de diciembre de 2026"
    )
