"""Choosing a passphrase: a weak one needs an explicit "use it anyway"; show and hide."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from peerdesk.ui.widgets.passphrase import PassphraseFields


def test_a_weak_passphrase_needs_use_it_anyway_and_typing_can_be_shown(qtbot: QtBot) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.show()
    qtbot.keyClicks(fields.passphrase, "password12")
    qtbot.keyClicks(fields.confirmation, "password12")
    assert fields.use_anyway.isVisible()
    assert "weak" in (fields.problem() or "")
    fields.use_anyway.click()
    assert fields.problem() is None
    # A stronger passphrase hides the box and needs nothing more.
    for edit in (fields.passphrase, fields.confirmation):
        edit.setText("otter lantern quietly 1987")
    assert not fields.use_anyway.isVisible() and not fields.use_anyway.isChecked()
    assert fields.problem() is None

    assert fields.passphrase.echoMode() == QLineEdit.EchoMode.Password
    fields.show_text.click()
    assert fields.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert fields.confirmation.echoMode() == QLineEdit.EchoMode.Normal
    fields.clear()
    assert fields.passphrase.echoMode() == QLineEdit.EchoMode.Password


def test_tab_goes_from_a_weak_passphrase_to_typing_it_again(qtbot: QtBot) -> None:
    """The "use it anyway" box appears while the first entry is typed; Tab must still go
    on to "Type it again", or the second entry is typed into nowhere."""
    from PySide6.QtCore import Qt

    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.show()
    fields.passphrase.setFocus()
    qtbot.keyClicks(fields.passphrase, "password12")
    assert fields.use_anyway.isVisible()
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: fields.confirmation.hasFocus())
    qtbot.keyClick(fields.confirmation, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: fields.use_anyway.hasFocus())
