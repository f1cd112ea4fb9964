"""The supervision loop through the real widgets: a supervisor files a mentor's sealed
export, comments and replies; the mentor opens the reply and sees the comment beside the
note it is about."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.core.services import mentees, notes, supervision_loop
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.vault import Vault
from peerdesk.ui.window import MainWindow

PASS = "orange kettle meadow 42"
CANARY = "Zephyrine Okonkwo-Ballard"


def _flagged_note_sealed(
    vault: Vault, supervisor: Vault, trust, tmp_path: Path
) -> tuple[int, Path]:
    """A signed note flagged for supervision, and an export about it sealed to the
    supervisor (who trusts the mentor back): (note id, the packet file)."""
    who = mentees.add_mentee(vault, record=MenteeRecord(display_name=CANARY))
    note_id = notes.save_draft(
        vault,
        draft=NoteDraft(
            participant_ids=[who], occurred_on=date(2026, 11, 3), start_time=time(10, 0),
            end_time=time(11, 0), did="We talked about the week.", discuss_in_supervision=True,
        ),
    )  # fmt: skip
    notes.sign_note(vault, note_id=note_id)
    to = trust(vault, supervisor, "My supervisor")
    trust(supervisor, vault, "Alex (mentor)")
    packet = tmp_path / "export.pdsealed"
    packet.write_bytes(
        supervision_loop.seal_export(
            vault, markdown="# Supervision summary\n\n## Note 1: Mentee A\n",
            export_json=json.dumps({}), period="2026-11/2026-11", date_from=date(2026, 11, 1),
            date_to=date(2026, 11, 30), flagged=[(note_id, "Note 1: Mentee A")], to_key_id=to,
        ).data
    )  # fmt: skip
    return note_id, packet


def test_comment_travels_back_beside_its_note(
    qtbot: QtBot, vault: Vault, supervisor: Vault, tmp_path: Path, monkeypatch, trust
) -> None:
    note_id, packet = _flagged_note_sealed(vault, supervisor, trust, tmp_path)

    # The supervisor: a supervisor desk, never the mentor's pages.
    sup = MainWindow(supervisor)
    qtbot.addWidget(sup)
    sup.show()
    assert sup.stack.currentWidget() is sup.supervisor_desk
    inbox = sup.supervisor_desk.inbox
    monkeypatch.setattr("peerdesk.ui.supervisor.inbox.ask_open_path", lambda *a: packet)
    qtbot.mouseClick(inbox.open_button, Qt.MouseButton.LeftButton)
    assert inbox.packets.count() == 1
    inbox.packets.setCurrentRow(0)
    assert "Note 1" in inbox.document.toPlainText()
    assert CANARY not in inbox.document.toPlainText()
    inbox.items.setCurrentIndex(1)  # the flagged note, not the export as a whole
    qtbot.keyClicks(inbox.comment, "Good use of reflective listening.")
    qtbot.mouseClick(inbox.add_button, Qt.MouseButton.LeftButton)
    assert inbox.comments.count() == 1 and "reflective" in inbox.comments.item(0).text()
    reply = tmp_path / "reply.pdsealed"
    monkeypatch.setattr("peerdesk.ui.supervisor.inbox.ask_save_path", lambda *a: reply)
    qtbot.mouseClick(inbox.reply_button, Qt.MouseButton.LeftButton)
    assert reply.exists() and CANARY.encode() not in reply.read_bytes()
    sup.lock()
    assert inbox.packets.count() == 0 and not inbox.document.toPlainText()

    # The mentor: open the reply on the Supervision page; the comment is beside the note.
    win = MainWindow(vault)
    qtbot.addWidget(win)
    win.show()
    panel = win.desk.supervision.replies
    monkeypatch.setattr("peerdesk.ui.supervision.replies.ask_open_path", lambda *a: reply)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert any("reflective" in panel.history.item(i).text() for i in range(panel.history.count()))
    editor = win.open_note(note_id)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.supervision_box.isVisible(), timeout=5000)
    assert "reflective listening" in editor.supervision_list.text()


def _drop(window: MainWindow, path: Path) -> bool:
    """Drag a file over the window and drop it, as a file manager would; True if accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(window.width() / 2, window.height() / 2)
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        where.toPoint(), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        where, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


# PySide6 marks QDragEnterEvent's only constructor deprecated; tests have no other way in.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_packets_dropped_on_the_window_are_filed_and_opened(
    qtbot: QtBot, vault: Vault, supervisor: Vault, tmp_path: Path, trust, answer_message_boxes
) -> None:
    note_id, packet = _flagged_note_sealed(vault, supervisor, trust, tmp_path)
    other = tmp_path / "notes.txt"
    other.write_text("not a packet", encoding="utf-8")

    sup = MainWindow(supervisor)
    qtbot.addWidget(sup)
    sup.show()
    assert not _drop(sup, other)  # only a sealed packet is taken
    assert _drop(sup, packet)
    inbox = sup.supervisor_desk.inbox
    assert inbox.packets.count() == 1
    packet_id = supervision_loop.inbox(supervisor)[0].packet_id
    item = supervision_loop.get_packet(supervisor, packet_id=packet_id).items[0]["id"]
    supervision_loop.add_comment(
        supervisor, packet_id=packet_id, item_id=item, text="Lovely pacing."
    )
    reply = tmp_path / "reply.pdsealed"
    reply.write_bytes(supervision_loop.write_reply(supervisor, packet_id=packet_id))

    win = MainWindow(vault)
    qtbot.addWidget(win)
    win.show()
    assert _drop(win, reply)
    assert win.desk.pages.currentWidget() is win.desk.supervision
    assert [c.text for c in supervision_loop.comments_for_note(vault, note_id=note_id)] == [
        "Lovely pacing."
    ]
    assert any("1 now show beside their notes" in text for text in answer_message_boxes)
    win.lock()
    assert not _drop(win, reply)  # nothing is taken while locked
