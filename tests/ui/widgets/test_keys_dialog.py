"""The Keys dialog: a trusted key can be let go, with a confirmation, and nothing is sealed
to it afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from peerdesk.core.services import keys
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.keys_dialog import KeysDialog


def test_stop_trusting_a_key_after_confirming(
    qtbot, vault, supervisor, trust, answer_message_boxes
) -> None:
    trust(vault, supervisor, "Sam (supervisor)")
    dialog = KeysDialog(None, vault)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.forget_button.isEnabled()  # nothing chosen yet
    dialog.trusted.setCurrentRow(0)
    assert dialog.forget_button.isEnabled()

    messages.set_next_answer(False)  # the mentor thinks again
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert [k.name for k in keys.trusted_keys(vault)] == ["Sam (supervisor)"]
    assert "Stop trusting Sam (supervisor)'s key?" in answer_message_boxes[-1]

    messages.set_next_answer(True)
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert keys.trusted_keys(vault) == []
    assert dialog.trusted.item(0).text() == "No keys yet." and not dialog.forget_button.isEnabled()
