"""The Settings page: locking, privacy, this device, passphrase and recovery, backups,
the activity log and what peerdesk is. Each setting's label comes from core SPECS."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

import peerdesk
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.services import audit, changes, profile, session, settings
from peerdesk.core.settings import BY_NAME
from peerdesk.core.vault import Vault, device
from peerdesk.core.vault.backup import SUFFIX, BackupInfo
from peerdesk.i18n import (
    QT_TR_NOOP,
    core_label,
    core_text,
    date_text,
    error_text,
    number_text,
    tr,
)
from peerdesk.ui import theme
from peerdesk.ui.ops import QueryOp
from peerdesk.ui.recovery import RecoveryKeyDialog
from peerdesk.ui.settings.records import RecordsSettingsBox
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import files, messages
from peerdesk.ui.widgets.language import LanguageChooser
from peerdesk.ui.widgets.page import page_layout, reload_when_shown
from peerdesk.ui.widgets.passphrase import ChangePassphraseDialog
from peerdesk.ui.widgets.region import region_combo, set_region
from peerdesk.ui.widgets.wheel import wheel_scrolls_form

ABOUT = QT_TR_NOOP(
    "peerdesk keeps everything in an encrypted vault on this computer and sends nothing "
    "anywhere. It protects your notes if the laptop is lost or stolen, on a shared "
    "computer, and against accidental disclosure through exports, logs, the clipboard or "
    "screen sharing. It cannot protect against harmful software running on your own "
    "account while the vault is unlocked."
)


PROFILE_SECTION = QT_TR_NOOP("Your profile and usual hours")  # Self-care names this section


def _hint(text: str) -> QLabel:
    return QLabel(text, objectName="hint", wordWrap=True)


class SettingsPage(QWidget):
    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        outer = page_layout(self, tr("Settings"))
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it scrolls to them
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(14)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # You: the mentor's profile (signature line, exports) and usual working hours
        self.profile_fields: dict[str, QLineEdit] = {}
        box = QGroupBox(tr(PROFILE_SECTION))
        form = QFormLayout()
        self.region = region_combo()  # the wizard's choices, not a code to type
        for name, label in profile.FIELD_LABELS.items():
            if name == "region":
                self.region.setAccessibleName(core_label(label))
                form.addRow(core_label(label), self.region)
                continue
            edit = QLineEdit(maxLength=profile.MAX_FIELD)
            edit.setAccessibleName(core_label(label))
            self.profile_fields[name] = edit
            form.addRow(core_label(label), edit)
        self.profile_fields["credentials"].setPlaceholderText(tr("e.g. Certified Peer Specialist"))
        start_spec, end_spec = BY_NAME["usual_hours_start"], BY_NAME["usual_hours_end"]
        self.hours_start = QSpinBox(suffix=":00")
        self.hours_start.setRange(start_spec.minimum or 0, start_spec.maximum or 23)
        self.hours_end = QSpinBox(suffix=":00")
        self.hours_end.setRange(end_spec.minimum or 1, end_spec.maximum or 24)
        self.hours_start.setAccessibleName(tr("My usual hours start at"))
        self.hours_end.setAccessibleName(tr("My usual hours end at"))
        hours = QHBoxLayout()
        hours.addWidget(self.hours_start)
        hours.addWidget(QLabel(tr("to")))
        hours.addWidget(self.hours_end)
        hours.addStretch()
        form.addRow(tr("Usual hours"), hours)
        self.save_profile_button = QPushButton(tr("Save profile"))
        self.profile_status = _hint("")
        layout = QVBoxLayout(box)
        layout.addWidget(
            _hint(
                tr(
                    "Your name and credentials are the signature line on signed notes. Contacts "
                    "outside your usual hours count as out of hours in Self-care."
                )
            )
        )
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.save_profile_button)
        row.addWidget(self.profile_status, 1)
        layout.addLayout(row)
        column.addWidget(box)
        self.save_profile_button.clicked.connect(self.save_profile)
        for edit in self.profile_fields.values():
            edit.returnPressed.connect(self.save_profile)

        column.addWidget(self._appearance_box())

        # Language, beside appearance (it was last, after the activity list). Kept beside the
        # vault: the unlock screen needs it
        box = QGroupBox(tr("Language"))
        layout = QVBoxLayout(box)
        self.language = LanguageChooser(vault.path, box)
        layout.addWidget(self.language)
        layout.addWidget(
            _hint(
                tr(
                    "The pages change at once. A session note window that is open changes "
                    "when you open it again."
                )
            )
        )
        column.addWidget(box)

        # Locking and privacy: declared in core.settings.SPECS
        idle_spec = BY_NAME["idle_lock_minutes"]
        self.idle_minutes = QSpinBox(suffix=tr(" min"))
        self.idle_minutes.setRange(idle_spec.minimum or 1, idle_spec.maximum or 120)
        self.idle_minutes.setValue(idle_spec.default)
        privacy_spec = BY_NAME["privacy_mode"]
        self.privacy_mode = QCheckBox(core_label(privacy_spec.label))
        box = QGroupBox(tr("Locking and privacy"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(core_label(idle_spec.label)))
        row.addWidget(self.idle_minutes)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(
            _hint(
                core_label(idle_spec.description) + tr(" You can also lock any time with Ctrl+L.")
            )
        )
        layout.addSpacing(6)
        layout.addWidget(self.privacy_mode)
        layout.addWidget(_hint(core_label(privacy_spec.description)))
        column.addWidget(box)
        self.idle_minutes.valueChanged.connect(lambda v: self._set("idle_lock_minutes", v))
        self.privacy_mode.toggled.connect(lambda on: self._set("privacy_mode", on))

        # Writing notes
        helper_spec = BY_NAME["peer_language_helper"]
        self.language_helper = QCheckBox(core_label(helper_spec.label))
        self.language_helper.setChecked(helper_spec.default)
        box = QGroupBox(tr("Writing session notes"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.language_helper)
        layout.addWidget(_hint(core_label(helper_spec.description)))
        column.addWidget(box)
        self.language_helper.toggled.connect(lambda on: self._set("peer_language_helper", on))

        # Programme records: documentation profile and retention
        self.records_box = RecordsSettingsBox(vault, signals)
        column.addWidget(self.records_box)

        # This device
        self.remember_button = QPushButton(tr("Remember on this device"))
        self.forget_button = QPushButton(tr("Forget this device"))
        self.device_status = _hint("")
        box = QGroupBox(tr("This device"))
        row = QHBoxLayout()
        row.addWidget(self.remember_button)
        row.addWidget(self.forget_button)
        row.addStretch()
        device_layout = QVBoxLayout(box)
        device_layout.addWidget(self.device_status)
        device_layout.addLayout(row)
        column.addWidget(box)
        self.remember_button.clicked.connect(self.remember_device)
        self.forget_button.clicked.connect(self.forget_device)

        # Passphrase and recovery
        self.change_button = QPushButton(tr("Change passphrase…"))
        self.recovery_button = QPushButton(tr("Make a new recovery key…"))
        self.compromise_button = QPushButton(tr("Someone may know my passphrase…"))
        box = QGroupBox(tr("Passphrase and recovery"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addWidget(self.recovery_button)
        row.addStretch()
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.compromise_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(
            _hint(
                tr(
                    "A new recovery key replaces the old one at once: the old key stops working. "
                    "Make one if you have lost yours or someone else may have seen it."
                )
            )
        )
        self.kdf_line = _hint("")
        layout.addWidget(self.kdf_line)
        column.addWidget(box)
        self.change_button.clicked.connect(self.change_passphrase)
        self.recovery_button.clicked.connect(self.replace_recovery_key)
        self.compromise_button.clicked.connect(self.secure_after_compromise)

        # Backups
        self.backup_button = QPushButton(tr("Back up now…"))
        self.backup_status = _hint(
            tr(
                "A backup is one encrypted file. It opens with the passphrase in use when it was "
                "made. Keep one on a USB stick somewhere safe."
            )
        )
        box = QGroupBox(tr("Backups"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.backup_status)
        column.addWidget(box)
        self.backup_button.clicked.connect(self.back_up)

        # Activity
        self.activity = QListWidget()
        self.activity.setMinimumHeight(160)
        self.activity.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        box = QGroupBox(tr("Activity"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            _hint(
                tr("What happened in this vault, newest first. It records events, never content.")
            )
        )
        layout.addWidget(self.activity)
        column.addWidget(box)

        # About
        self.about = QLabel(wordWrap=True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QGroupBox(tr("About peerdesk"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.about)
        column.addWidget(box)
        column.addStretch()
        wheel_scrolls_form(scroll, body)

        reload_when_shown(self, signals.vault_unlocked, self.reload)
        signals.vault_locked.connect(self.clear)
        signals.settings_changed.connect(lambda _name: self.reload_activity())
        signals.mentees_changed.connect(self.reload_activity)

    def _appearance_box(self) -> QGroupBox:
        """Theme and text size: kept beside the vault (ui/theme.py), so the unlock screen
        uses them too; they change the look at once."""
        box = QGroupBox(tr("Appearance"))
        self.theme_choice = QComboBox()
        self.theme_choice.setAccessibleName(tr("Theme"))
        for value, label in theme.THEME_LABELS.items():
            self.theme_choice.addItem(tr(label), value.value)
        self.font_scale = QSpinBox(suffix=" %")
        self.font_scale.setAccessibleName(tr("Text size"))
        self.font_scale.setRange(theme.FONT_SCALE_MIN, theme.FONT_SCALE_MAX)
        self.font_scale.setSingleStep(theme.FONT_SCALE_STEP)
        form = QFormLayout()
        form.addRow(tr("Theme"), self.theme_choice)
        form.addRow(tr("Text size"), self.font_scale)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(
            _hint(
                tr(
                    "Text size is a share of your system's font size. Ctrl+plus and "
                    "Ctrl+minus change it anywhere, Ctrl+0 sets it back; F1 lists every "
                    "keyboard shortcut."
                )
            )
        )
        self._show_appearance()
        self.theme_choice.currentIndexChanged.connect(
            lambda _i: theme.change_appearance(
                self.vault.path, theme=theme.Theme(self.theme_choice.currentData())
            )
        )
        self.font_scale.valueChanged.connect(
            lambda v: theme.change_appearance(self.vault.path, font_scale=v)
        )
        return box

    def _show_appearance(self) -> None:
        for widget in (self.theme_choice, self.font_scale):
            widget.blockSignals(True)
        self.theme_choice.setCurrentIndex(self.theme_choice.findData(theme.chosen_theme().value))
        self.font_scale.setValue(theme.font_scale())
        for widget in (self.theme_choice, self.font_scale):
            widget.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        """Ctrl+plus, Ctrl+minus or another window changed the look: show its values."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show_appearance()

    # -- loading and clearing ----------------------------------------------------------
    def reload(self) -> None:
        if not self.vault.is_open:
            return
        widgets = (self.idle_minutes, self.privacy_mode, self.language_helper)
        for widget in widgets:
            widget.blockSignals(True)
        self.idle_minutes.setValue(settings.get_setting(self.vault, "idle_lock_minutes"))
        self.privacy_mode.setChecked(settings.get_setting(self.vault, "privacy_mode"))
        self.language_helper.setChecked(settings.get_setting(self.vault, "peer_language_helper"))
        for widget in widgets:
            widget.blockSignals(False)
        self._load_profile()
        self._update_device()
        self.kdf_line.setText(self._kdf_text())
        self.records_box.reload()
        self.reload_activity()
        self.about.setText(
            tr("Version {version}\n\n{about}\n\nYour vault lives in:\n{path}").format(
                version=peerdesk.__version__, about=tr(ABOUT), path=self.vault.path
            )
        )

    def _load_profile(self) -> None:
        mine = profile.get_profile(self.vault)
        for name, edit in self.profile_fields.items():
            edit.setText(getattr(mine, name))
        set_region(self.region, mine.region)
        start, end = profile.usual_hours(self.vault)
        self.hours_start.setValue(start)
        self.hours_end.setValue(end)
        self.profile_status.clear()

    def save_profile(self) -> bool:
        """Save the profile and the usual hours; a refusal says why and keeps what is typed."""
        if not self.vault.is_open:
            return False
        values = {name: edit.text() for name, edit in self.profile_fields.items()}
        values["region"] = self.region.currentData()
        try:
            profile.save_profile(self.vault, profile.Profile(**values))
            profile.set_usual_hours(
                self.vault, start=self.hours_start.value(), end=self.hours_end.value()
            )
        except PeerdeskError as exc:
            self.profile_status.setText(error_text(exc))
            self.profile_status.setObjectName("formError")
            return False
        self.profile_status.setObjectName("hint")
        self.profile_status.setText(tr("Saved."))
        self.signals.apply(
            changes.Changes(settings=("usual_hours_start", "usual_hours_end", "region"))
        )
        return True

    def reload_activity(self) -> None:
        self.activity.clear()
        if not self.vault.is_open:
            return
        for row in audit.activity(self.vault, limit=200):
            self.activity.addItem(
                f"{date_text(row.at, '%-d %b %Y, %H:%M')}   {core_text(row.sentence)}"
            )

    def clear(self) -> None:
        for edit in self.profile_fields.values():
            edit.clear()
        self.profile_status.clear()
        self.records_box.clear()
        self.activity.clear()
        self.about.clear()

    def _set(self, name: str, value: object) -> None:
        if not self.vault.is_open:
            return
        settings.set_setting(self.vault, name, value)
        self.signals.apply(changes.setting(name))

    # -- this device ------------------------------------------------------------------------
    def _update_device(self) -> None:
        available = device.is_available()
        remembered = available and self.vault.device_remembered()
        self.remember_button.setVisible(available and not remembered)
        self.forget_button.setVisible(remembered)
        if not available:
            self.device_status.setText(
                tr(
                    "This computer has no secure keyring that peerdesk can use, so it cannot "
                    "remember the vault. You will type your passphrase each time, which is the "
                    "safest way anyway."
                )
            )
        elif remembered:
            self.device_status.setText(
                tr(
                    "This device is remembered: peerdesk can open without your passphrase while "
                    "you are logged in to your own account. Forget it on a shared computer."
                )
            )
        else:
            self.device_status.setText(
                tr(
                    "peerdesk can keep a key in this computer's secure keyring so it opens without "
                    "your passphrase. Best only on a computer nobody else uses."
                )
            )

    def remember_device(self) -> None:
        try:
            session.remember_device(self.vault)
        except PeerdeskError as exc:
            messages.warn(self, tr("Could not remember this device"), error_text(exc))
        self._update_device()
        self.reload_activity()

    def forget_device(self) -> None:
        session.forget_device(self.vault)
        self._update_device()
        self.reload_activity()

    def _kdf_text(self) -> str:
        kdf = session.key_derivation(self.vault)
        seconds = session.key_derivation_seconds(self.vault)
        chosen = tr(
            "The memory was chosen by the processor time it took on this computer, so a busy "
            "computer never weakened it."
        )
        if seconds is None:
            line = tr(
                "Your passphrase is strengthened with Argon2id: {mib} MiB, {passes} passes; "
                "how long that takes on this computer is measured the next time you unlock "
                "with your passphrase."
            )
            return line.format(mib=kdf.memory_kib // 1024, passes=kdf.iterations) + " " + chosen
        line = tr(
            "Your passphrase is strengthened with Argon2id: {mib} MiB, {passes} passes, about "
            "{seconds} s on this computer."
        )
        return (
            line.format(
                mib=kdf.memory_kib // 1024,
                passes=kdf.iterations,
                seconds=number_text(seconds, 2 if seconds < 1 else 1),
            )
            + " "
            + chosen
        )

    # -- passphrase, recovery, backup --------------------------------------------------------
    def change_passphrase(self, *, compromised: bool = False) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self, self.vault, compromised=compromised)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload_activity)
        dialog.open()
        return dialog

    def secure_after_compromise(self) -> ChangePassphraseDialog:
        """Someone may know the passphrase or have a copy: passphrase, key and recovery key."""
        return self.change_passphrase(compromised=True)

    def replace_recovery_key(self) -> RecoveryKeyDialog | None:
        if not messages.confirm(
            self,
            tr("Make a new recovery key?"),
            tr("Your current recovery key will stop working at once. Continue?"),
            default=True,
        ):
            return None
        key = session.replace_recovery_key(self.vault)
        dialog = RecoveryKeyDialog(self, key)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Closed (or closed by locking) = shown: only then does the earlier key stop working.
        dialog.finished.connect(lambda _result: session.confirm_recovery_key(self.vault))
        dialog.open()
        self.reload_activity()
        return dialog

    def back_up(self) -> None:
        suggested = str(Path.home() / f"peerdesk-{date.today():%Y-%m-%d}{SUFFIX}")
        out = files.ask_save_path(
            self,
            tr("Back up peerdesk"),
            suggested,
            tr("peerdesk backup (*{SUFFIX})").format(SUFFIX=SUFFIX),
        )
        if out is None:
            return
        if out.suffix != SUFFIX:
            out = out.with_name(out.name + SUFFIX)
        self.backup_status.setText(tr("Making the backup…"))
        (
            QueryOp(parent=self, job=lambda: session.backup(self.vault, out=out))
            .success(lambda info: self._backed_up(out, info))
            .failure(self._backup_failed)
            .disable_while_running(self.backup_button)
            .run()
        )

    def _backed_up(self, out: Path, info: BackupInfo) -> None:
        self.backup_status.setText(
            tr("Last backup: {name}, checked after writing.").format(name=out.name)
        )
        self.reload_activity()
        messages.inform(
            self,
            tr("Backup made"),
            tr("Your backup is saved as {name} and was checked after writing.").format(
                name=out.name
            ),
        )

    def _backup_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, PeerdeskError):
            raise exc
        self.backup_status.setText(tr("The last backup did not work."))
        messages.warn(self, tr("Backup not made"), error_text(exc))
