"""Settings for programme records: the documentation profile and the retention period,
with the people past it listed for review (nothing is erased from here)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import changes, documentation, settings
from peerdesk.core.settings import BY_NAME
from peerdesk.core.vault import Vault
from peerdesk.i18n import core_label, error_text, tr
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets.privacy import privacy_on, shown_name


class RecordsSettingsBox(QGroupBox):
    def __init__(self, vault: Vault, signals: AppSignals) -> None:
        super().__init__(tr("Programme records"))
        self.vault, self.signals = vault, signals
        profile_spec, retention_spec = BY_NAME["documentation_profile"], BY_NAME["retention_months"]
        self.profile = QComboBox()
        self.profile_hint = QLabel(wordWrap=True, objectName="hint")
        self.retention = QSpinBox(suffix=tr(" months"))
        self.retention.setRange(retention_spec.minimum or 0, retention_spec.maximum or 1200)
        self.retention.setSpecialValueText(tr("no limit"))
        self.error = QLabel(wordWrap=True, objectName="error")
        self.due = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(core_label(profile_spec.label)))
        row.addWidget(self.profile, 1)
        layout.addLayout(row)
        layout.addWidget(self.profile_hint)
        row = QHBoxLayout()
        row.addWidget(QLabel(core_label(retention_spec.label)))
        row.addWidget(self.retention)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(
            QLabel(core_label(retention_spec.description), wordWrap=True, objectName="hint")
        )
        layout.addWidget(self.error)
        layout.addWidget(self.due)
        self.profile.activated.connect(self.choose_profile)
        self.retention.editingFinished.connect(self.set_retention)

    def reload(self) -> None:
        if not self.vault.is_open:
            return
        current = documentation.current_profile(self.vault)
        self.profile.blockSignals(True)
        self.profile.clear()
        for profile in documentation.load_profiles():
            self.profile.addItem(profile.name, profile.id)
        self.profile.setCurrentIndex(max(0, self.profile.findData(current.id)))
        self.profile.blockSignals(False)
        self.profile_hint.setText(current.description)
        self.retention.blockSignals(True)
        self.retention.setValue(settings.get_setting(self.vault, "retention_months"))
        self.retention.blockSignals(False)
        self._show_due()

    def _show_due(self) -> None:
        due = documentation.retention_due(self.vault)
        if not due:
            self.due.clear()
            return
        privacy = privacy_on(self.vault)
        names = ", ".join(shown_name(d.display_name, privacy=privacy) for d in due)
        self.due.setText(
            tr(
                "Past the retention period, for you to review: {names}. Erase a person's record from the Mentees page when the programme's rule says so."
            ).format(names=names)
        )

    def choose_profile(self) -> None:
        try:
            documentation.choose_profile(self.vault, profile_id=self.profile.currentData())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.reload()
            return
        self.error.clear()
        self.reload()
        self.signals.apply(changes.setting("documentation_profile"))

    def set_retention(self) -> None:
        if not self.vault.is_open:
            return
        try:
            documentation.set_retention(self.vault, months=self.retention.value())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.reload()
            return
        self.error.clear()
        self._show_due()
        self.signals.apply(changes.setting("retention_months"))

    def clear(self) -> None:
        self.profile.clear()
        self.profile_hint.clear()
        self.due.clear()
        self.error.clear()
