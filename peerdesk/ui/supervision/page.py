"""The Supervision page: what an export contains, the button to make one, past exports."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QWidget

from peerdesk.core.services import supervision
from peerdesk.core.vault import Vault
from peerdesk.i18n import date_text, tr
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.supervision.export_dialog import ExportDialog
from peerdesk.ui.supervision.replies import RepliesPanel
from peerdesk.ui.widgets.page import page_layout, reload_when_shown

FORMAT_NAMES = {
    "pdf": "PDF",
    "md": "Markdown",
    "csv": "CSV",
    "json": "JSON",
    "sealed": "Sealed for your supervisor",
}


class SupervisionPage(QWidget):
    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        layout = page_layout(
            self,
            tr("Supervision"),
            tr(
                "Prepare a summary of your work for supervision: how many sessions and of what "
                "kind, and the notes you flagged to talk about. Mentees appear as Mentee A, "
                "Mentee B…; names, contact details and exact dates are taken out, small counts "
                "are hidden, and you see every change before anything is saved."
            ),
        )
        self.export_button = QPushButton(tr("Export for supervision…"))
        self.export_button.clicked.connect(self.export)
        self.history = QListWidget()
        self.history.setAccessibleName(tr("Past exports"))
        layout.addWidget(self.export_button)
        layout.addWidget(QLabel(tr("Past exports (when, format, period; never their content)")))
        layout.addWidget(self.history, 1)
        self.replies = RepliesPanel(vault, signals)
        layout.addWidget(self.replies, 1)
        signals.vault_locked.connect(self.clear)
        reload_when_shown(self, signals.vault_unlocked, self.refresh)

    def refresh(self) -> None:
        self.replies.refresh()
        self.history.clear()
        for e in supervision.past_exports(self.vault):
            packet = tr(", encrypted packet") if e.packet else ""
            self.history.addItem(
                tr("{at}  ·  {v1}{packet}  ·  period {v3}").format(
                    at=date_text(e.at, "%-d %b %Y %H:%M"),
                    v1=FORMAT_NAMES.get(e.format, e.format),
                    packet=packet,
                    v3=e.period.replace("/", " to "),
                )
            )
        if not self.history.count():
            self.history.addItem(tr("No exports yet."))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.vault.is_open:
            self.refresh()

    def export(self) -> None:
        if ExportDialog.ask(self, self.vault) is not None:
            self.refresh()

    def clear(self) -> None:
        """Drop all text (the vault locked)."""
        self.history.clear()
        self.replies.clear()
