"""The records views with real widgets on a real vault: the documentation review (one
click opens a note), the profile and retention settings, and the erase confirmation."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from peerdesk.core.services import documentation, erasure, integrity, mentees, notes, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import MenteeStatus
from peerdesk.ui.compat import emit
from peerdesk.ui.mentees.erase import EraseChoice, EraseMenteeDialog
from peerdesk.ui.notes.review import NOTE_ID, DocumentationReviewDialog
from peerdesk.ui.widgets import messages
from peerdesk.ui.window import MainWindow

from .notes_helpers import add_mentee, write_note


def test_review_lists_notes_and_opens_one(qtbot: QtBot, window: MainWindow, vault: Vault) -> None:
    maria = add_mentee(vault, "Maria")
    note_id = write_note(vault, [maria], days_ago=2)
    emit(window.signals.vault_unlocked)
    dialog = DocumentationReviewDialog(vault, window.signals, window, today=date.today())
    qtbot.addWidget(dialog)
    texts = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert "Not linked to a goal (1)" in texts
    row = next(
        dialog.items.item(i)
        for i in range(dialog.items.count())
        if dialog.items.item(i).data(NOTE_ID) == note_id
    )
    assert "Maria" in row.text()
    with qtbot.waitSignal(window.signals.note_open_requested) as opened:
        dialog.items.itemActivated.emit(row)
    assert opened.args == [note_id]
    assert notes.get_note(vault, note_id=note_id).id == note_id


def test_settings_choose_profile_and_refuse_a_retention_too_short(
    window: MainWindow, vault: Vault
) -> None:
    mentees.add_mentee(
        vault,
        record=MenteeRecord(
            display_name="Kai", status=MenteeStatus.ENDED, ended_on=date(2019, 1, 1)
        ),
    )
    emit(window.signals.vault_unlocked)
    window.desk.show_page("Settings")
    box = window.desk.settings.records_box
    box.profile.setCurrentIndex(box.profile.findData("us-medicaid"))
    box.profile.activated.emit(box.profile.currentIndex())
    assert documentation.current_profile(vault).id == "us-medicaid"
    box.retention.setValue(12)
    box.set_retention()
    assert "at least 72 months" in box.error.text()
    assert box.retention.value() == 0  # the refused value is not kept
    box.retention.setValue(84)
    box.set_retention()
    assert box.error.text() == "" and "Kai" in box.due.text()


def test_erase_needs_the_name_typed_back_and_names_the_backups(
    qtbot: QtBot, window: MainWindow, vault: Vault, monkeypatch
) -> None:

    maria = add_mentee(vault, "Maria")
    write_note(vault, [maria])
    session.backup(vault, out=vault.backups_dir / "b.pdbackup")
    plan = erasure.plan_erasure(vault, mentee_id=maria)
    dialog = EraseMenteeDialog(window, plan)
    qtbot.addWidget(dialog)
    assert "Backups that still hold this person until they are removed: 1." in dialog.explain.text()
    erase = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name.setText("Mari")
    assert not erase.isEnabled()
    dialog.name.setText("maria")
    assert erase.isEnabled()

    emit(window.signals.vault_unlocked)
    window.desk.show_page("Mentees")
    page = window.desk.mentees
    page.select(maria)
    monkeypatch.setattr(
        EraseMenteeDialog,
        "ask",
        classmethod(lambda cls, parent, p: EraseChoice("Maria", False, False)),
    )
    messages.history.clear()
    page.erase_selected()
    assert mentees.list_mentees(vault, include_archived=True) == []
    assert messages.history[-1].startswith("Erased: 1 note and everything else")
    assert integrity.check(vault) == []
