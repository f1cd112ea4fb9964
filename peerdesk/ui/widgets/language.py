"""The language chooser shown in Settings and on the wizard's first page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from peerdesk import i18n
from peerdesk.i18n import tr
from peerdesk.ui.compat import emit


class LanguageChooser(QWidget):
    """ "Language": follow the system, or one of the languages peerdesk has. The choice is
    kept beside the vault (it is needed before unlocking) and takes effect at once."""

    language_chosen = Signal(str)  # the code in effect

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self.label = QLabel(tr("Language"))
        self.combo = QComboBox()
        self.label.setBuddy(self.combo)
        self.combo.setAccessibleName(tr("Language"))
        system = i18n.LANGUAGES[i18n.system_language()]
        self.combo.addItem(tr("Follow the system ({language})").format(language=system), "")
        for code, name in i18n.available_languages().items():
            self.combo.addItem(name, code)  # each language named in itself
        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.read_preference(vault_dir))))
        self.combo.currentIndexChanged.connect(self._chosen)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)

    def _chosen(self) -> None:
        code = self.combo.currentData() or ""
        i18n.write_preference(self.vault_dir, code)
        emit(self.language_chosen, i18n.install(code))
