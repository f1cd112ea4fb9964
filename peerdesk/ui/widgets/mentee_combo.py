"""The "whose …?" mentee chooser that several pages share (Goals, Agreements)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from peerdesk.core.services import mentees
from peerdesk.core.vault import Vault
from peerdesk.ui.widgets.privacy import privacy_on, shown_name


class MenteeCombo(QComboBox):
    """Active mentees by name (initials in privacy mode); refilling keeps the choice."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setMinimumWidth(220)

    def fill(self, vault: Vault) -> None:
        """Reload the names without emitting changes; the caller shows the result."""
        keep = self.mentee_id()
        privacy = privacy_on(vault)
        self.blockSignals(True)
        self.clear()
        for m in mentees.list_mentees(vault):
            self.addItem(shown_name(m.display_name, privacy=privacy), m.id)
        index = self.findData(keep)
        self.setCurrentIndex(max(0, index) if self.count() else -1)
        self.blockSignals(False)

    def mentee_id(self) -> int | None:
        return self.currentData()

    def select(self, mentee_id: int) -> None:
        index = self.findData(mentee_id)
        if index >= 0:
            self.setCurrentIndex(index)
