"""The Mentees page: the model, the profile form, add/edit/archive, search, privacy mode."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from peerdesk.core.models import MenteeKind, MenteeStatus, SupportStyle
from peerdesk.core.services import mentees, settings
from peerdesk.core.services.mentees import Consent, Contact, MenteeRecord, Person
from peerdesk.core.vault import Vault
from peerdesk.ui.mentees.dialog import MenteeDialog
from peerdesk.ui.mentees.page import MenteesPage, MenteesTableModel
from peerdesk.ui.widgets.privacy import initials
from peerdesk.ui.window import MainWindow


def add(vault: Vault, name: str, **fields: object) -> int:
    return mentees.add_mentee(vault, record=MenteeRecord(display_name=name, **fields))  # type: ignore[arg-type]


@pytest.fixture
def page(window: MainWindow) -> MenteesPage:
    window.desk.show_page("Mentees")
    return window.desk.mentees


def names(page: MenteesPage) -> list[str]:
    return [page.model.summary(r).display_name for r in range(page.model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, vault: Vault) -> None:
    add(vault, "Maria", aliases=["Mari"])
    add(vault, "Jordan", support_style=SupportStyle.EMOTIONAL, started_on=date(2024, 3, 1))
    archived = add(vault, "Kai")
    mentees.set_archived(vault, mentee_id=archived)
    model = MenteesTableModel()
    model.load(vault, include_archived=True)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    model.set_privacy(True)
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_dialog_requires_a_name_and_keeps_what_was_typed(qtbot: QtBot) -> None:
    dialog = MenteeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.what_matters.setPlainText("Getting to the library on Saturdays.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "name" in dialog.error.text()
    assert dialog.what_matters.toPlainText() == "Getting to the library on Saturdays."

    dialog.people.add_row(("", "sister", ""))
    dialog.display_name.setText("Maria")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "important person" in dialog.error.text()


def test_dialog_fills_a_complete_record(qtbot: QtBot) -> None:
    dialog = MenteeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.display_name.setText("Maria")
    dialog.full_name.setText("Maria Santos")
    dialog.pronouns.setText("she/her")
    dialog.aliases.setText("Mari, M")
    dialog.support_style.setCurrentIndex(dialog.support_style.findData(SupportStyle.PRACTICAL))
    dialog.kind.setCurrentIndex(dialog.kind.findData(MenteeKind.FAMILY))
    dialog.started_on.set_value(date(2024, 5, 2))
    assert not dialog.status_reason.isVisibleTo(dialog)  # active: no reason to give
    dialog.status.setCurrentIndex(dialog.status.findData(MenteeStatus.ENDED))
    assert dialog.status_reason.isVisibleTo(dialog)
    dialog.status_reason.setCurrentText("asked for a different mentor")
    dialog.channel_boxes["text"].setChecked(True)
    dialog.channel_boxes["in person"].setChecked(True)
    dialog.phones.setPlainText("+1 555 0134, mobile")
    dialog.emails.setPlainText("maria@example.org")
    dialog.what_matters.setPlainText("Visiting my sister.")
    dialog.strengths.setPlainText("Stubborn in a good way.")
    dialog.people.add_row(("Lucia", "sister", ""))
    dialog.consents.add_row(("Hillside Housing Office", "housing application", "2030-01-31"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    record = dialog.result_record
    assert record is not None
    assert record.display_name == "Maria"
    assert record.aliases == ["Mari", "M"]
    assert record.support_style == SupportStyle.PRACTICAL
    assert record.kind == MenteeKind.FAMILY
    assert record.status == MenteeStatus.ENDED
    assert record.status_reason == "asked for a different mentor"
    assert record.started_on == date(2024, 5, 2)
    assert record.preferred_channels == ["in person", "text"]
    assert [(c.kind, c.value, c.label) for c in record.contacts] == [
        ("phone", "+1 555 0134", "mobile"),
        ("email", "maria@example.org", ""),
    ]
    assert [(p.name, p.relation) for p in record.important_people] == [("Lucia", "sister")]
    assert record.consents[0].until == date(2030, 1, 31)


def test_dialog_round_trips_a_saved_mentee(qtbot: QtBot, vault: Vault) -> None:
    original = MenteeRecord(
        display_name="Tom",
        full_name="Thomas Becker",
        pronouns="he/him",
        aliases=["Tommy"],
        support_style=SupportStyle.PRACTICAL,
        started_on=date(2024, 1, 15),
        status=MenteeStatus.PAUSED,
        status_reason="Travelling for a month",
        preferred_channels=["phone"],
        contacts=[Contact("phone", "+1 555 0178", "landline")],
        what_matters="Opening a bank account of my own.",
        strengths="Handy with tools.",
        important_people=[Person("Ana", "friend", "")],
        consents=[Consent("Benefits office", "letters only", None)],
    )
    mentee_id = add(vault, original.display_name, **{
        k: v for k, v in vars(original).items() if k not in ("display_name", "id")
    })  # fmt: skip
    stored = mentees.get_mentee(vault, mentee_id=mentee_id)
    dialog = MenteeDialog(None, stored)
    qtbot.addWidget(dialog)
    again = dialog.record()
    assert vars(again) == vars(stored)


def test_add_edit_archive_and_bring_back(
    page: MenteesPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.model.rowCount() == 0
    assert page.empty.isVisible()

    monkeypatch.setattr(
        MenteeDialog, "ask", classmethod(lambda cls, parent, record=None: MenteeRecord("Priya"))
    )
    page.add_button.click()
    assert names(page) == ["Priya"]
    assert page.selected_id() is not None
    assert page.detail.name.text().startswith("Priya")

    def rename(cls, parent, record=None):
        assert record is not None and record.display_name == "Priya"
        record.display_name = "Priya N."
        record.strengths = "Organised and funny."
        return record

    monkeypatch.setattr(MenteeDialog, "ask", classmethod(rename))
    page.edit_button.click()
    assert names(page) == ["Priya N."]
    assert page.detail.strengths.text() == "Organised and funny."

    page.archive_button.click()
    assert names(page) == []
    page.show_archived.setChecked(True)
    assert names(page) == ["Priya N."]
    page.select(page.model.summary(0).id)
    assert page.restore_button.isEnabled() and not page.archive_button.isEnabled()
    page.restore_button.click()
    page.show_archived.setChecked(False)
    assert names(page) == ["Priya N."]


def test_cancelled_dialog_changes_nothing(
    page: MenteesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MenteeDialog, "ask", classmethod(lambda cls, parent, record=None: None))
    page.add_button.click()
    assert page.model.rowCount() == 0


def test_enter_and_double_click_open_the_selected_mentee(
    qtbot: QtBot, page: MenteesPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(vault, "Jordan")
    page.reload()
    asked: list[str] = []
    monkeypatch.setattr(
        MenteeDialog,
        "ask",
        classmethod(lambda cls, parent, record=None: asked.append(record.display_name)),
    )
    page.select(page.model.summary(0).id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert asked == ["Jordan"]


def test_search_matches_names_and_aliases(page: MenteesPage, vault: Vault) -> None:
    add(vault, "Maria", aliases=["Mari"])
    add(vault, "Tom", aliases=["Tommy"])
    page.reload()
    page.search.setText("tommy")
    assert names(page) == ["Tom"]
    page.search.setText("nobody")
    assert names(page) == []
    assert page.empty.text() == "Nobody matches that search."
    page.search.clear()
    assert names(page) == ["Maria", "Tom"]


def test_privacy_mode_shows_initials(window: MainWindow, page: MenteesPage, vault: Vault) -> None:
    add(vault, "Maria Santos", important_people=[Person("Lucia", "sister", "")])
    page.reload()
    page.select(page.model.summary(0).id)
    window.desk.settings.privacy_mode.setChecked(True)
    assert settings.get_setting(vault, "privacy_mode") is True
    cell = page.model.index(0, 0).data()
    assert cell == "M. S." == initials("Maria Santos")
    assert "Maria" not in page.detail.name.text()
    assert "Lucia" not in page.detail.people.text()
    window.desk.settings.privacy_mode.setChecked(False)
    assert page.model.index(0, 0).data() == "Maria Santos"


def test_refused_save_asks_again_with_what_was_typed(
    page: MenteesPage, vault: Vault, monkeypatch: pytest.MonkeyPatch, answer_message_boxes
) -> None:
    seen: list[MenteeRecord | None] = []
    answers = iter(
        [
            MenteeRecord(display_name="Maria", birth_date=date(2999, 1, 1)),  # refused
            MenteeRecord(display_name="Maria", birth_date=date(1990, 1, 1)),
        ]
    )

    def ask(cls, parent, record=None):
        seen.append(record)
        return next(answers)

    monkeypatch.setattr(MenteeDialog, "ask", classmethod(ask))
    page.add_mentee()
    assert seen[0] is None
    assert seen[1] is not None and seen[1].birth_date == date(2999, 1, 1)  # kept, not lost
    assert any("future" in text for text in answer_message_boxes)
    (saved,) = mentees.list_mentees(vault)
    assert saved.display_name == "Maria"


@pytest.mark.parametrize("scale", [100, 150])
def test_every_column_of_the_caseload_is_in_view(
    qtbot: QtBot, window: MainWindow, vault: Vault, scale: int
) -> None:
    """At the default window size "Since" was cut off; at 150% text only the name and the
    kind of support showed, the rest behind a sideways scroll bar."""
    from PySide6.QtWidgets import QApplication

    from peerdesk.ui import theme
    from peerdesk.ui.theme import Theme

    add(vault, "Aisha", support_style=SupportStyle.EMOTIONAL, kind=MenteeKind.FAMILY,
        started_on=date(2026, 9, 1))  # fmt: skip
    add(vault, "Kai", support_style=SupportStyle.BOTH, status=MenteeStatus.PAUSED,
        started_on=date(2026, 6, 1))  # fmt: skip
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        theme.apply(app, theme=Theme.LIGHT, font_scale=scale)
        window.resize(1100, 720)
        window.desk.show_page("Mentees")
        page = window.desk.mentees
        page.reload()
        qtbot.waitUntil(lambda: page.table.isVisible())
        header = page.table.horizontalHeader()
        qtbot.waitUntil(lambda: header.length() > 0)
        assert header.length() <= page.table.viewport().width()
        assert page.table.horizontalScrollBar().maximum() == 0
        since = header.sectionSize(4)
        assert since >= page.table.fontMetrics().horizontalAdvance("Sep 2026")
    finally:
        theme.apply(app, theme=Theme.LIGHT, font_scale=100)


def test_adding_a_person_or_consent_opens_the_new_row_for_typing(qtbot: QtBot) -> None:
    """Add a consent made an empty row and left the focus on the button."""
    from PySide6.QtWidgets import QLineEdit, QPushButton

    dialog = MenteeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)
    add = next(b for b in dialog.consents.findChildren(QPushButton) if b.text() == "Add a consent")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    table = dialog.consents.table
    assert table.currentRow() == 0 and table.currentColumn() == 0
    editor = table.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor, "Her sister Rosa")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert table.item(0, 0).text() == "Her sister Rosa"
