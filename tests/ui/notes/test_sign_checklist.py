"""The checklist before signing, from the chosen documentation profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.core.models import NoteState
from peerdesk.core.services import documentation, notes
from peerdesk.core.vault import Vault
from peerdesk.ui.compat import emit
from peerdesk.ui.widgets import messages
from peerdesk.ui.window import MainWindow

from ..notes_helpers import add_mentee


def open_for(qtbot: QtBot, window: MainWindow, vault: Vault, name: str):
    mentee = add_mentee(vault, name)
    emit(window.signals.vault_unlocked)
    window.desk.show_page("Mentees")
    window.desk.mentees.select(mentee)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.desk.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editors[0]
    editor.set_autosave_ms(50, 200)
    qtbot.keyClicks(editor.sections["did"], "We rode the bus to the library together today.")
    qtbot.waitUntil(lambda: editor.note_id is not None and not editor.dirty)  # autosaved
    return editor


def test_a_blocking_profile_lists_what_is_missing_and_does_not_sign(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    documentation.choose_profile(vault, profile_id="us-medicaid")
    editor = open_for(qtbot, window, vault, "Maria")
    messages.history.clear()
    editor.sign()
    shown = messages.history[-1]
    assert "US peer support, Medicaid-style elements also asks for:" in shown
    assert "• Say how Maria responded.  (needed before signing)" in shown
    assert "patient" not in shown.lower()
    assert notes.get_note(vault, note_id=editor.note_id).state == NoteState.DRAFT
    assert not editor.read_only


def test_a_light_profile_shows_the_checklist_in_the_confirmation_and_signs(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    editor = open_for(qtbot, window, vault, "Maria")
    messages.history.clear()
    editor.sign()
    assert "• Say how Maria felt it went." in messages.history[-1]
    assert "Sign now?" in messages.history[-1]
    assert notes.get_note(vault, note_id=editor.note_id).state == NoteState.SIGNED
