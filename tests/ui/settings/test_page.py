"""The Settings page: passphrase, recovery key, backups, this device, activity, about."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import peerdesk
from peerdesk.core.errors import WrongPassphrase
from peerdesk.core.services import session
from peerdesk.core.vault import Vault
from peerdesk.core.vault.backup import read_backup
from peerdesk.ui.settings.page import SettingsPage
from peerdesk.ui.widgets import files
from peerdesk.ui.window import MainWindow

PASSPHRASE = "orange kettle meadow 42"
NEW_PASSPHRASE = "violet harbour lantern 7"


@pytest.fixture
def page(window: MainWindow) -> SettingsPage:
    window.desk.show_page("Settings")
    return window.desk.settings


def test_change_passphrase(
    qtbot: QtBot, page: SettingsPage, vault: Vault, wait_ops: Callable[[], None]
) -> None:
    dialog = page.change_passphrase()
    dialog.current.setText("not my passphrase")
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirmation.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_ops()
    assert dialog.isVisible()
    assert dialog.error.text() == str(WrongPassphrase())

    dialog.current.setText(PASSPHRASE)
    dialog.fields.confirmation.setText(NEW_PASSPHRASE + "!")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error.text()

    dialog.fields.confirmation.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_ops()
    vault.lock()
    with pytest.raises(WrongPassphrase):
        session.unlock(vault, passphrase=PASSPHRASE)
    session.unlock(vault, passphrase=NEW_PASSPHRASE)


def test_new_recovery_key_replaces_the_old_one(page: SettingsPage, vault: Vault) -> None:
    old = vault.test_recovery_key  # type: ignore[attr-defined]
    dialog = page.replace_recovery_key()
    assert dialog is not None
    new = dialog.view.key_label.text()
    assert new and new != old
    dialog.accept()
    assert dialog.view.key_label.text() == ""
    vault.lock()
    with pytest.raises(WrongPassphrase):
        session.unlock_with_recovery_key(vault, recovery_key=old)
    session.unlock_with_recovery_key(vault, recovery_key=new)


def test_recovery_sheet_saves_as_pdf(
    page: SettingsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = page.replace_recovery_key()
    assert dialog is not None
    monkeypatch.setattr(files, "ask_save_path", lambda *a: tmp_path / "sheet")
    out = dialog.view.save_pdf()
    assert out == tmp_path / "sheet.pdf"
    assert out.read_bytes().startswith(b"%PDF")

    # Each key group stays whole on the sheet, and the sheet names a section that exists.
    from pypdf import PdfReader
    from PySide6.QtWidgets import QGroupBox

    from peerdesk.render import recovery_sheet

    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    key = dialog.view.key_label.text()
    lines = recovery_sheet.key_lines(key)
    assert "".join(lines).replace("-", "") == key.replace("-", "") and len(lines) > 1
    flat = " ".join(text.split())
    for line in lines:
        assert line in flat.replace(" ", "") or line in flat
    titles = {box.title() for box in page.findChildren(QGroupBox)}
    assert recovery_sheet.SETTINGS_SECTION in titles
    assert recovery_sheet.SETTINGS_SECTION in flat


def test_back_up_now(
    page: SettingsPage,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Callable[[], None],
    answer_message_boxes: list[str],
) -> None:
    monkeypatch.setattr(files, "ask_save_path", lambda *a: tmp_path / "my-backup")
    page.backup_button.click()
    wait_ops()
    out = tmp_path / "my-backup.pdbackup"
    assert out.exists()
    assert any("my-backup.pdbackup" in text for text in answer_message_boxes)
    read_backup(out, PASSPHRASE)  # opens with the passphrase of its time
    assert page.backup_button.isEnabled()


def test_remember_and_forget_this_device(page: SettingsPage, vault: Vault) -> None:
    assert page.remember_button.isVisibleTo(page) and not page.forget_button.isVisibleTo(page)
    page.remember_button.click()
    assert vault.device_remembered()
    assert page.forget_button.isVisibleTo(page) and not page.remember_button.isVisibleTo(page)
    page.forget_button.click()
    assert not vault.device_remembered()


def test_device_is_explained_without_a_keyring(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("peerdesk.core.vault.device.is_available", lambda: False)
    page = window.desk.settings
    page.reload()
    assert not page.remember_button.isVisibleTo(page)
    assert "no secure keyring" in page.device_status.text()


def test_activity_and_about(page: SettingsPage, vault: Vault) -> None:
    items = [page.activity.item(i).text() for i in range(page.activity.count())]
    assert any("Vault created" in item for item in items)
    assert peerdesk.__version__ in page.about.text()
    assert str(vault.path) in page.about.text()


def test_the_mentor_profile_and_usual_hours_are_edited_here(
    qtbot: QtBot, page: SettingsPage, vault: Vault
) -> None:
    from peerdesk.core.services import profile, selfcare

    profile.save_profile(vault, profile.Profile(name="Sam Rivera", organisation="Riverside"))
    page.reload()
    assert page.profile_fields["name"].text() == "Sam Rivera"
    assert page.profile_fields["organisation"].text() == "Riverside"
    for name, typed in (
        ("role", "Peer mentor"),
        ("credentials", "Certified Peer Specialist"),
        ("supervisor", "Alex Chen"),
    ):
        page.profile_fields[name].setFocus()
        qtbot.keyClicks(page.profile_fields[name], typed)
    page.region.setCurrentIndex(page.region.findText("United Kingdom"))
    page.hours_start.setValue(8)
    page.hours_end.setValue(16)
    qtbot.mouseClick(page.save_profile_button, Qt.MouseButton.LeftButton)
    assert page.profile_status.text() == "Saved."
    got = profile.get_profile(vault)
    assert (got.role, got.credentials, got.supervisor, got.region) == (
        "Peer mentor",
        "Certified Peer Specialist",
        "Alex Chen",
        "UK",
    )
    assert profile.usual_hours(vault) == (8, 16)
    from datetime import time

    assert selfcare.outside_usual_hours(vault, time(17, 0))

    # A refusal says why in one sentence and keeps what was typed.
    page.profile_fields["name"].clear()
    page.hours_start.setValue(20)
    assert not page.save_profile()
    assert "signature line" in page.profile_status.text()
    assert page.profile_fields["role"].text() == "Peer mentor"
    assert profile.get_profile(vault).name == "Sam Rivera"
    page.profile_fields["name"].setText("Sam Rivera")
    assert not page.save_profile()
    assert "end after they start" in page.profile_status.text()
    assert profile.usual_hours(vault) == (8, 16)


def test_the_region_is_chosen_from_the_wizards_list(page: SettingsPage, vault: Vault) -> None:
    """The wizard saves "UK" from a list; Settings showed it as text to type, with a hint
    of "e.g. GB or US". Now both choose from one list, and any spelling of a region finds
    it; a code peerdesk has no name for is kept."""
    from peerdesk.core.services import profile
    from peerdesk.ui.widgets.region import REGIONS

    assert [page.region.itemData(i) for i in range(page.region.count())] == [
        code for _label, code in REGIONS
    ]
    for stored, shown in (
        ("UK", "United Kingdom"),
        ("gb", "United Kingdom"),
        ("", "Somewhere else"),
        ("NZ", "NZ"),
    ):
        profile.save_profile(vault, profile.Profile(name="Sam Rivera", region=stored))
        page.reload()
        assert page.region.currentText() == shown, stored
    page.reload()
    assert page.region.count() == len(REGIONS) + 1  # kept once, however often it shows
    assert page.save_profile()
    assert profile.get_profile(vault).region == "NZ"


def test_language_sits_beside_appearance_not_after_the_activity_list(page: SettingsPage) -> None:
    """A new mentor looking for Spanish scrolled past backups and a long activity list."""
    from PySide6.QtWidgets import QGroupBox, QScrollArea

    area = page.findChild(QScrollArea)
    column = area.widget().layout()
    titles = [
        item.widget().title()
        for item in (column.itemAt(i) for i in range(column.count()))
        if isinstance(item.widget(), QGroupBox)
    ]
    assert titles.index("Language") == titles.index("Appearance") + 1
    assert titles.index("Language") < titles.index("Activity")
