"""What came back from supervision: open a supervisor's sealed reply, and read each
comment beside the export (and the note) it is about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from peerdesk.core.errors import PeerdeskError
from peerdesk.core.services import changes, supervision_loop
from peerdesk.core.vault import Vault
from peerdesk.i18n import QT_TR_NOOP, date_text, error_text, tr
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.keys_dialog import KeysDialog, ask_open_path

PACKET_FILTER = QT_TR_NOOP("peerdesk sealed packets (*.pdsealed);;All files (*)")


class RepliesPanel(QWidget):
    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        self.keys_button = QPushButton(tr("Keys…"))
        self.keys_button.setToolTip(tr("Your key's fingerprint, and your supervisor's key"))
        self.keys_button.clicked.connect(lambda: KeysDialog(self, self.vault).exec())
        self.open_button = QPushButton(tr("Open a reply from your supervisor…"))
        self.open_button.clicked.connect(self.open_reply)
        self.history = QListWidget()
        self.history.setAccessibleName(tr("Sealed exports and what came back"))
        self.history.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.keys_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(QLabel(tr("Sealed exports and your supervisor's replies")))
        layout.addWidget(self.history, 1)

    def refresh(self) -> None:
        self.history.clear()
        for row in supervision_loop.history(self.vault):
            when = f"{date_text(row.sent_at, '%-d %b %Y')}"
            period = row.period.replace("/", " to ")
            if not row.comments:
                self.history.addItem(
                    tr("{when} · period {period} · no reply yet").format(when=when, period=period)
                )
                continue
            for c in row.comments:
                tag = tr(" (agreed action, now a follow-up)") if c.is_action else ""
                self.history.addItem(
                    tr("{when} · period {period}{tag}\n{text}").format(
                        when=when, period=period, tag=tag, text=c.text
                    )
                )
        if not self.history.count():
            self.history.addItem(
                tr(
                    "Nothing sealed yet. Trust your supervisor's key (Keys…), then export with "
                    "“Protect it: Sealed for …”. Their reply can be dropped on this window."
                )
            )
        supervision_loop.mark_replies_seen(self.vault)

    def open_reply(self, path: Path | None = None) -> None:
        """File a reply: the one dropped on the window, else one chosen in a file dialog."""
        path = path or ask_open_path(self, tr("Your supervisor's reply"), PACKET_FILTER)
        if path is None:
            return
        try:
            done = supervision_loop.open_reply(self.vault, raw=path.read_bytes())
        except OSError:
            messages.warn(self, tr("Not opened"), tr("That file could not be read."))
            return
        except PeerdeskError as exc:
            messages.warn(self, tr("Not opened"), error_text(exc))
            return
        lost = (
            tr(" {unplaced} are about notes that are no longer in this vault.").format(
                unplaced=done.unplaced
            )
            if done.unplaced
            else ""
        )
        messages.inform(
            self,
            tr("Your supervisor replied"),
            tr(
                "{comments} comments; {placed} now show beside their notes.{lost} {actions} agreed actions were added as follow-ups."
            ).format(comments=done.comments, placed=done.placed, lost=lost, actions=done.actions),
        )
        self.signals.apply(changes.NOTES)
        self.refresh()

    def clear(self) -> None:
        self.history.clear()
