"""The Directory page, service form, import preview, referral dialog and panel, standalone."""

from __future__ import annotations

import json
import threading
import time as time_
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from peerdesk.core.models import ReferralStatus
from peerdesk.core.services import directory, mentees, referrals, settings
from peerdesk.core.vault import Vault
from peerdesk.ui import ops
from peerdesk.ui.directory import dialogs as directory_dialogs
from peerdesk.ui.directory.dialogs import ImportPreviewDialog, ReferDialog, ServiceDialog
from peerdesk.ui.directory.page import (
    DirectoryPage,
    ReferralsPanel,
    ReferralsTableModel,
    ServicesTableModel,
)
from peerdesk.ui.signals import AppSignals

THURSDAY_NOON = datetime(2026, 11, 26, 12, 0)


def pantry(**extra) -> directory.ServiceRecord:
    fields = dict(
        name="Riverside Pantry",
        organization_name="Riverside Pantry Trust (demo)",
        needs=["food"],
        phones=[directory.PhoneItem("555-0101")],
        hours=[directory.HoursItem(["TH"], time(10), time(14))],
        addresses=[
            directory.AddressItem("1 Mill Street", "Riverside Falls", "Demo County", "00000", "US")
        ],
        assured_date=date(2026, 1, 1),
    )
    fields.update(extra)
    return directory.ServiceRecord(**fields)


@pytest.fixture
def page(qtbot: QtBot, vault: Vault) -> Iterator[DirectoryPage]:
    directory.ensure_seed(vault)
    directory.save_service(vault, record=pantry())
    directory.save_service(
        vault,
        record=pantry(
            name="Night Shelter",
            needs=["housing"],
            hours=[directory.HoursItem(["TH"], time(19), time(8))],
        ),
    )
    p = DirectoryPage(vault, AppSignals())
    p.clock = lambda: THURSDAY_NOON
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    p.reload()
    yield p
    qtbot.waitUntil(lambda: ops.running() == 0)  # no search left running as the vault closes


def settle(page: DirectoryPage) -> None:
    """Wait until the page's search (off the GUI thread) has shown its rows."""
    deadline = time_.monotonic() + 15
    while (page.searching() or ops.running()) and time_.monotonic() < deadline:
        QTest.qWait(5)
    assert not page.searching(), "the search did not finish"


def shown(page: DirectoryPage) -> list[str]:
    settle(page)
    return [page.model.summary(r).name for r in range(page.model.rowCount())]


def select(page: DirectoryPage, name: str) -> None:
    settle(page)
    for r in range(page.model.rowCount()):
        if page.model.summary(r).name == name:
            page.table.selectRow(r)
            return
    raise AssertionError(name)


def test_models_pass_the_model_tester(qtmodeltester, vault: Vault) -> None:
    directory.ensure_seed(vault)
    model = ServicesTableModel()
    model.set_rows(directory.search_services(vault))
    assert model.rowCount() == 12
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)
    maria = mentees.add_mentee(vault, record=mentees.MenteeRecord(display_name="Maria"))
    sid = directory.search_services(vault)[0].id
    referrals.add_referral(
        vault,
        record=referrals.ReferralRecord(maria, sid, date(2026, 11, 1)),
        today=date(2026, 11, 26),
    )
    rmodel = ReferralsTableModel()
    rmodel.set_rows(referrals.referrals_for_mentee(vault, mentee_id=maria))
    qtmodeltester.check(rmodel)


def test_search_by_need_and_name(page: DirectoryPage, qtbot: QtBot, vault: Vault) -> None:
    assert len(shown(page)) == 14
    page.need.setCurrentIndex(page.need.findData("food"))
    assert set(shown(page)) == {"Riverside Pantry", "211 (community help and referral)"}
    page.need.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "samaritans")
    assert set(shown(page)) == {"Samaritans", "Samaritans Ireland"}
    for region, first in (("GB", "Samaritans"), ("IE", "Samaritans Ireland")):
        settings.set_setting(vault, "region", region)
        page.reload()
        assert shown(page)[0] == first
    page.search.setText("no such thing at all")
    assert shown(page) == [] and page.empty.isVisible()
    assert "Nothing matches" in page.empty.text()


def test_open_now_uses_the_page_clock(page: DirectoryPage) -> None:
    page.open_now.setChecked(True)
    names = shown(page)
    assert "Riverside Pantry" in names and "Night Shelter" not in names and "Mind Infoline" in names
    page.clock = lambda: datetime(2026, 11, 26, 22, 0)
    page.reload()
    names = shown(page)
    assert (
        "Night Shelter" in names
        and "Riverside Pantry" not in names
        and "Mind Infoline" not in names
    )


def test_imported_text_is_shown_as_text_on_the_card(
    page: DirectoryPage, vault: Vault, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QTextDocument

    directory.save_service(
        vault,
        record=pantry(
            name="St. Brigid's Hall <b>& Café</b>",
            organization_name="O'Neill & Daughters (demo)",
            description="Don't <i>panic</i> &amp; ask at the desk.",
        ),
    )
    page.reload()
    select(page, "St. Brigid's Hall <b>& Café</b>")
    card = page.card
    assert card.title.text() == "St. Brigid's Hall <b>& Café</b>"
    assert card.title.textFormat() == Qt.TextFormat.PlainText
    assert card.organisation.text() == "O'Neill & Daughters (demo)"
    assert card.organisation.textFormat() == Qt.TextFormat.PlainText
    rendered = QTextDocument()
    rendered.setHtml(card.body.text())  # the body is rich text built from escaped parts
    assert "Don't <i>panic</i> &amp; ask at the desk." in rendered.toPlainText()
    assert "&#x27;" not in rendered.toPlainText()


def test_card_favourite_and_mark_verified(page: DirectoryPage, qtbot: QtBot) -> None:
    select(page, "Riverside Pantry")
    card = page.card
    assert card.title.text() == "Riverside Pantry"
    assert "555-0101" in card.body.text() and "open now" in card.body.text()
    assert "⚠" in card.verified.text()  # checked in January: stale
    qtbot.mouseClick(card.favourite_button, Qt.MouseButton.LeftButton)
    assert page.favourites.text() == "Favourites"
    page.favourites.setChecked(True)
    assert shown(page) == ["Riverside Pantry"]
    select(page, "Riverside Pantry")
    qtbot.mouseClick(page.card.verify_button, Qt.MouseButton.LeftButton)
    settle(page)
    # the day as every other date on screen: "26 Nov 2026" (it said "26 November 2026")
    assert "Checked on 26 Nov 2026" in page.card.verified.text()
    assert "⚠" not in page.card.verified.text()
    assert directory.get_service(page.vault, service_id=page.selected_id()).assured_date == date(
        2026, 11, 26
    )


def test_add_and_edit_through_the_form(page: DirectoryPage, qtbot: QtBot, monkeypatch) -> None:
    def fill(parent, record=None):
        dialog = ServiceDialog(record, parent)
        qtbot.addWidget(dialog)
        if record is None:
            dialog.name.setText("Bike Kitchen")
            dialog.organisation.setText("Pedal Together (demo)")
            dialog.need_boxes["getting-around"].setChecked(True)
            dialog.phone_numbers[0].setText("555-0109")
            dialog.day_open[5].setChecked(True)  # Saturday
        else:
            dialog.description.setPlainText("Fix a bike with help.")
        return dialog.record()

    monkeypatch.setattr(
        ServiceDialog, "ask", classmethod(lambda cls, parent, record=None: fill(parent, record))
    )
    page.add_button.click()
    assert "Bike Kitchen" in shown(page)
    assert page.card.title.text() == "Bike Kitchen"
    record = directory.get_service(page.vault, service_id=page.selected_id())
    assert record.needs == ["getting-around"] and record.hours[0].days == ["SA"]
    page.card.edit_button.click()
    settle(page)
    assert "Fix a bike with help." in page.card.body.text()
    assert directory.get_service(page.vault, service_id=page.selected_id()).hours[0].days == ["SA"]


def test_service_dialog_keeps_what_was_typed_on_a_refusal(qtbot: QtBot) -> None:
    dialog = ServiceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Laundry")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "organisation" in dialog.error.text()
    dialog.organisation.setText("St. Brigid's Hall (demo)")
    dialog.day_open[0].setChecked(True)
    dialog.day_from[0].setTime(dialog.day_to[0].time())
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "same time" in dialog.error.text()
    dialog.all_day.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.record().hours[0].opens_at == time(0, 0)


def _broken_package(tmp_path: Path) -> Path:
    records = [
        {
            "id": "3f1b0d7e-8c55-4f3a-9a7e-1c2d3e4f5a6b",
            "name": "Riverside Job Club",
            "status": "active",
            "organization": {
                "id": "6a1b0d7e-8c55-4f3a-9a7e-1c2d3e4f5a6b",
                "name": "Riverside Works (demo)",
                "description": "",
            },
        },
        {"id": "not-a-service", "status": "open"},
        {
            "name": "Warm Line",
            "status": "active",
            "phones": [{"id": "p1", "number": "555-0116", "type": "pigeon"}],
        },
    ]
    path = tmp_path / "shared-directory.json"
    path.write_text(json.dumps(records))
    return path


def test_import_shows_a_preview_with_errors_then_imports(
    page: DirectoryPage, qtbot: QtBot, tmp_path: Path, monkeypatch, wait_ops, answer_message_boxes
) -> None:
    seen = {}

    def preview(parent, plan):
        dialog = ImportPreviewDialog(plan, parent)
        qtbot.addWidget(dialog)
        seen["rows"] = [
            [dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())
        ]
        seen["summary"] = dialog.summary.text()
        seen["button"] = dialog.import_button.text()
        return True

    monkeypatch.setattr(
        ImportPreviewDialog, "ask", classmethod(lambda cls, parent, plan: preview(parent, plan))
    )
    page.import_file(_broken_package(tmp_path))
    wait_ops()
    qtbot.waitUntil(lambda: "Riverside Job Club" in shown(page), timeout=10_000)
    assert "1 new" in seen["summary"] and "2 with problems" in seen["summary"]
    assert seen["button"] == "Import 1 service"
    assert ["shared-directory.json", "2", "name", "is required but missing"] in seen["rows"]
    assert any(row[2] == "phones.0.type" for row in seen["rows"])
    assert any("Imported 1 service." in text for text in answer_message_boxes)


def test_a_broken_file_is_a_message_not_a_crash(
    page: DirectoryPage, tmp_path: Path, wait_ops, answer_message_boxes
) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{nope")
    page.import_file(path)
    wait_ops()
    assert any("not valid JSON" in text for text in answer_message_boxes)


def test_export_writes_hsds(
    page: DirectoryPage, tmp_path: Path, wait_ops, answer_message_boxes
) -> None:
    page.export_file(tmp_path / "dir.json")
    wait_ops()
    assert len(json.loads((tmp_path / "dir.json").read_text())) == 14
    assert any("No mentee data" in text for text in answer_message_boxes)


def test_clear_leaves_no_text(page: DirectoryPage) -> None:
    page.search.setText("pantry")
    select(page, "Riverside Pantry")
    assert page.card.title.text()
    page.clear()
    assert page.model.rowCount() == 0 and page.search.text() == ""
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(page) and label.objectName() not in ("pageHeader", "pageIntro"):
            assert "Pantry" not in label.text() and "555" not in label.text()
    for edit in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit):
        assert not edit.text() if isinstance(edit, QLineEdit) else not edit.toPlainText()


def test_vault_locked_signal_clears(page: DirectoryPage) -> None:
    page.search.setText("pantry")
    page.signals.vault_locked.emit()
    assert page.model.rowCount() == 0 and page.search.text() == ""


@pytest.fixture
def maria(vault: Vault) -> int:
    return mentees.add_mentee(vault, record=mentees.MenteeRecord(display_name="Maria"))


def test_refer_dialog_saves_a_referral(qtbot: QtBot, vault: Vault, maria: int) -> None:
    sid = directory.save_service(vault, record=pantry())
    dialog = ReferDialog(vault, mentee_id=maria, service_id=sid, today=date(2026, 11, 26))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setPlainText("Groceries on Saturdays.")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [r] = referrals.referrals_for_mentee(vault, mentee_id=maria)
    assert r.id == dialog.referral_id and r.reason == "Groceries on Saturdays."
    assert r.follow_up_on == date(2026, 12, 3)


def test_refer_from_the_service_card(page: DirectoryPage, maria: int, monkeypatch) -> None:
    asked = {}

    def ask(cls, parent, vault, mentee_id=None, service_id=None, note_id=None):
        asked["service"] = service_id
        return referrals.add_referral(
            vault,
            record=referrals.ReferralRecord(maria, service_id, date(2026, 11, 26)),
            today=date(2026, 11, 26),
        )

    monkeypatch.setattr(directory_dialogs.ReferDialog, "ask", classmethod(ask))
    select(page, "Riverside Pantry")
    emitted = []
    page.signals.referrals_changed.connect(lambda: emitted.append(True))
    page.card.refer_button.click()
    assert asked["service"] == page.selected_id() and len(emitted) == 1


def test_referrals_panel_changes_status_with_history(
    qtbot: QtBot, vault: Vault, maria: int
) -> None:
    sid = directory.save_service(vault, record=pantry())
    referrals.add_referral(
        vault,
        record=referrals.ReferralRecord(
            maria, sid, date(2026, 11, 1), reason="Groceries", follow_up_on=date(2026, 11, 20)
        ),
        today=date(2026, 11, 26),
    )
    panel = ReferralsPanel(vault, AppSignals())
    panel.today = lambda: date(2026, 11, 26)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(maria)
    assert panel.model.rowCount() == 1 and panel.editor.isVisible()
    assert "Suggested" in panel.history.text()
    panel.status.setCurrentIndex(panel.status.findData(ReferralStatus.CONNECTED.value))
    panel.outcome.setText("Went on Saturday; got a week of groceries.")
    panel.follow_up.setChecked(False)
    panel.save_selected()
    [r] = referrals.referrals_for_mentee(vault, mentee_id=maria)
    assert r.status == ReferralStatus.CONNECTED and r.follow_up_on is None
    assert [h.label for h in r.history] == ["Suggested", "Connected"]
    assert "Connected (26 Nov)" in panel.history.text()
    panel.clear()
    assert panel.model.rowCount() == 0 and not panel.history.text() and not panel.outcome.text()


# --- searching while typing ----------------------------------------------------------------


@pytest.fixture
def spy(monkeypatch) -> list[tuple[str, int]]:
    """Every search the page starts: (query, thread). The real search still runs."""
    calls: list[tuple[str, int]] = []
    real = directory.search_services

    def search(vault, **kw):
        calls.append((kw.get("query", ""), threading.get_ident()))
        return real(vault, **kw)

    monkeypatch.setattr(directory, "search_services", search)
    return calls


def test_typing_searches_after_a_pause_off_the_gui_thread(
    page: DirectoryPage, qtbot: QtBot, spy: list
) -> None:
    settle(page)
    spy.clear()
    qtbot.keyClicks(page.search, "samaritans")
    assert page.model.rowCount() == 14  # nothing ran while the keys were typed
    assert set(shown(page)) == {"Samaritans", "Samaritans Ireland"}
    assert 1 <= len(spy) < len("samaritans")
    assert spy[-1][0] == "samaritans"
    assert all(thread != threading.get_ident() for _q, thread in spy)


def test_the_newest_filters_win_over_a_search_under_way(page: DirectoryPage, spy: list) -> None:
    settle(page)
    page.search.setText("food")
    page.reload()  # runs now, without waiting for the pause
    page.search.setText("samaritans")
    page.reload()  # while the first runs: queued, not lost
    page.need.setCurrentIndex(page.need.findData("crisis"))
    assert set(shown(page)) == {"Samaritans", "Samaritans Ireland"}
    assert spy[-1][0] == "samaritans" and len(spy) <= 3


def test_a_search_under_way_when_the_vault_locks_shows_nothing(page: DirectoryPage) -> None:
    settle(page)
    page.search.setText("pantry")
    page.reload()
    page.signals.vault_locked.emit()
    settle(page)
    assert page.model.rowCount() == 0 and page.search.text() == ""
    assert page.card.title.text() == ""


def test_a_service_asked_for_before_the_rows_arrive_is_selected(page: DirectoryPage) -> None:
    settle(page)
    sid = directory.search_services(page.vault, query="night shelter")[0].id
    page.search.setText("shelter")
    page.select(sid)  # as Today does when it opens the Directory at a service
    settle(page)
    assert page.selected_id() == sid and page.card.title.text() == "Night Shelter"


def test_typing_does_no_database_work_on_the_gui_thread(page: DirectoryPage, qtbot: QtBot) -> None:
    """Responsive while typing: every statement of every search runs on the worker; the
    GUI thread only starts searches and shows the light rows they return."""
    from sqlalchemy import event

    settle(page)
    gui = threading.get_ident()
    statements: list[int] = []

    def seen(*_args: object) -> None:
        statements.append(threading.get_ident())

    event.listen(page.vault.engine, "before_cursor_execute", seen)
    try:
        qtbot.keyClicks(page.search, "sama")
        assert set(shown(page)) >= {"Samaritans"}
        qtbot.keyClicks(page.search, "ritans ire")
        assert shown(page) == ["Samaritans Ireland"]
    finally:
        event.remove(page.vault.engine, "before_cursor_execute", seen)
    assert statements, "the searches ran no SQL at all"
    assert gui not in statements


def test_show_more_adds_the_next_page(page: DirectoryPage, qtbot: QtBot) -> None:
    before = len(shown(page))
    assert not page.more_button.isVisible()  # the seed lines and two more: one page
    for i in range(directory.PAGE_SIZE):
        directory.save_service(page.vault, record=pantry(name=f"Pantry {i:02d}"))
    page.reload()
    first = shown(page)
    assert len(first) == directory.PAGE_SIZE and page.more_button.isVisible()
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    every = shown(page)
    assert every[: len(first)] == first and len(every) == directory.PAGE_SIZE + before
    assert len(set(every)) == len(every) and not page.more_button.isVisible()


def test_the_seeded_lines_read_in_the_language_shown_and_switch_with_it(
    page: DirectoryPage,
) -> None:
    """Seeded in English, read in Spanish once the mentor switches, and back."""
    from PySide6.QtGui import QTextDocument

    from peerdesk import i18n

    def card_text(name: str) -> str:
        select(page, name)
        rendered = QTextDocument()
        rendered.setHtml(page.card.body.text())
        return " ".join(rendered.toPlainText().split())

    def phone_column(name: str) -> str:
        settle(page)
        column = [title for title, _get in page.model.COLUMNS].index("Phone")
        for r in range(page.model.rowCount()):
            if page.model.summary(r).name == name:
                return page.model.index(r, column).data()
        raise AssertionError(name)

    assert "Call or text 988" in card_text("988 Suicide and Crisis Lifeline")
    assert i18n.install("es") == "es"
    try:
        page.reload()
        text = card_text("988 Suicide and Crisis Lifeline")
        assert "Llama o escribe al 988" in text and "Escribe al 988" in text
        assert "Call or text" not in text
        assert phone_column("Shout 85258") == "Escribe SHOUT al 85258"
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)
    page.reload()
    assert "Call or text 988" in card_text("988 Suicide and Crisis Lifeline")
    assert phone_column("Shout 85258") == "Text SHOUT to 85258"


def test_the_import_preview_reads_in_spanish(vault: Vault, qtbot: QtBot, tmp_path: Path) -> None:
    """The summary, the notes and every problem's reason come from core as Messages."""
    import re

    from peerdesk import i18n
    from peerdesk.core.services import directory_import

    plan = directory_import.plan_import(vault, _broken_package(tmp_path))
    english = ImportPreviewDialog(plan)
    qtbot.addWidget(english)
    reasons = [english.table.item(r, 3).text() for r in range(english.table.rowCount())]
    assert "is required but missing" in reasons and english.table.rowCount() >= 3
    assert i18n.install("es") == "es"
    try:
        dialog = ImportPreviewDialog(plan)
        qtbot.addWidget(dialog)
        summary = dialog.summary.text()
        rows = [
            [dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())
        ]
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)
    assert "3 servicios leídos. Nuevos: 1;" in summary and "con problemas: 2" in summary
    assert ["shared-directory.json", "2", "name", "es obligatorio y falta"] in rows
    type_row = next(row for row in rows if row[2] == "phones.0.type")
    assert type_row[3].startswith("debe ser uno de estos: voice, text")
    english_words = {"is", "must", "left", "out", "with", "this", "the", "not", "be"}
    for row in rows:
        assert not english_words & set(re.findall(r"[a-z]+", row[3])), row
