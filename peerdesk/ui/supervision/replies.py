"""What came back from supervision: open a supervisor's sealed reply, and read each
comment beside the export (and the note) it is about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from peerdesk.core.errors import PeerdeskError
from peerdesk.core.services import changes, supervision_loop
from peerdesk.core.vault import Vault
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.keys_dialog import KeysDialog, ask_open_path

PACKET_FILTER = "peerdesk sealed packets (*.pdsealed);;All files (*)"


class RepliesPanel(QWidget):
    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        self.keys_button = QPushButton("Keys…")
        self.keys_button.setToolTip("Your key's fingerprint, and your supervisor's key")
        self.keys_button.clicked.connect(lambda: KeysDialog(self, self.vault).exec())
        self.open_button = QPushButton("Open a reply from your supervisor…")
        self.open_button.clicked.connect(self.open_reply)
        self.history = QListWidget()
        self.history.setAccessibleName("Sealed exports and what came back")
        self.history.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.keys_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(QLabel("Sealed exports and your supervisor's replies"))
        layout.addWidget(self.history, 1)

    def refresh(self) -> None:
        self.history.clear()
        for row in supervision_loop.history(self.vault):
            when = f"{row.sent_at:%d %b %Y}"
            period = row.period.replace("/", " to ")
            if not row.comments:
                self.history.addItem(f"{when} · period {period} · no reply yet")
                continue
            for c in row.comments:
                tag = " (agreed action, now a follow-up)" if c.is_action else ""
                self.history.addItem(f"{when} · period {period}{tag}\n{c.text}")
        if not self.history.count():
            self.history.addItem(
                "Nothing sealed yet. Trust your supervisor's key (Keys…), then export with "
                "“Protect it: Sealed for …”. Their reply can be dropped on this window."
            )
        supervision_loop.mark_replies_seen(self.vault)

    def open_reply(self, path: Path | None = None) -> None:
        """File a reply: the one dropped on the window, else one chosen in a file dialog."""
        path = path or ask_open_path(self, "Your supervisor's reply", PACKET_FILTER)
        if path is None:
            return
        try:
            done = supervision_loop.open_reply(self.vault, raw=path.read_bytes())
        except OSError:
            messages.warn(self, "Not opened", "That file could not be read.")
            return
        except PeerdeskError as exc:
            messages.warn(self, "Not opened", str(exc))
            return
        lost = (
            f" {done.unplaced} are about notes that are no longer in this vault."
            if done.unplaced
            else ""
        )
        messages.inform(
            self,
            "Your supervisor replied",
            f"{done.comments} comments; {done.placed} now show beside their notes.{lost} "
            f"{done.actions} agreed actions were added as follow-ups.",
        )
        self.signals.apply(changes.NOTES)
        self.refresh()

    def clear(self) -> None:
        self.history.clear()
