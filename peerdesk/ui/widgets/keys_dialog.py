"""This vault's key and the keys it trusts: show the fingerprint to read aloud, save the
public key to hand over, and trust someone's key once its fingerprint was compared."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError
from peerdesk.core.formats.sealed import PublicIdentity
from peerdesk.core.services import keys
from peerdesk.core.vault import Vault
from peerdesk.core.vault.files import atomic_write
from peerdesk.i18n import QT_TR_NOOP, error_text, tr
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.files import ask_save_path

KEY_FILTER = QT_TR_NOOP("peerdesk public keys (*.pdkey);;All files (*)")


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None


class TrustKeyDialog(QDialog):
    """Name a key and confirm its fingerprint matches what its owner reads out."""

    def __init__(self, parent: QWidget | None, public: PublicIdentity, suggested: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Trust a key"))
        self.public = public
        self.name = QLineEdit(suggested, placeholderText=tr("For example: My supervisor"))
        self.name.setAccessibleName(tr("Name for this key"))
        fingerprint = QLabel(public.fingerprint, objectName="fingerprint")
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setAccessibleName(tr("Fingerprint of the key"))
        ask = QLabel(
            tr(
                "Ask its owner to read their fingerprint to you, by phone or in person. Trust the "
                "key only if every group matches."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox()
        self.trust_button = buttons.addButton(
            tr("It matches: trust this key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Fingerprint"), fingerprint)
        layout = QVBoxLayout(self)
        layout.addWidget(ask)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.setFocus()


class KeysDialog(QDialog):
    def __init__(self, parent: QWidget | None, vault: Vault) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(tr("Keys for sealed packets"))
        self.resize(560, 420)
        own = keys.own_public_key(vault)
        intro = QLabel(
            tr(
                "Sealed packets travel as files (a USB stick, an e-mail attachment). Only the "
                "person whose key you trust can open what you seal, and you know a packet came "
                "from them. Read your fingerprint to them, and theirs back, before trusting."
            ),
            wordWrap=True,
        )
        self.fingerprint = QLabel(own.fingerprint, objectName="fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(tr("Your key's fingerprint"))
        self.save_button = QPushButton(tr("Save my public key…"))
        self.save_button.clicked.connect(self.save_key)
        self.trust_button = QPushButton(tr("Trust someone's key…"))
        self.trust_button.clicked.connect(self.trust)
        self.trusted = QListWidget()
        self.trusted.setAccessibleName(tr("Keys you trust"))
        self.forget_button = QPushButton(tr("Stop trusting…"))
        self.forget_button.setToolTip(tr("Nothing more can be sealed to the chosen key"))
        self.forget_button.clicked.connect(self.forget)
        self.trusted.currentRowChanged.connect(self._chosen)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.trust_button)
        row.addStretch()
        row.addWidget(self.forget_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(tr("Your fingerprint")))
        layout.addWidget(self.fingerprint)
        layout.addLayout(row)
        layout.addWidget(QLabel(tr("Keys you trust")))
        layout.addWidget(self.trusted, 1)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.trusted.clear()
        for t in keys.trusted_keys(self.vault):
            item = QListWidgetItem(f"{t.name}  ·  {t.fingerprint}")
            item.setData(Qt.ItemDataRole.UserRole, (t.id, t.name))
            self.trusted.addItem(item)
        if not self.trusted.count():
            self.trusted.addItem(tr("No keys yet."))
        self._chosen()

    def _chosen(self, *_args: object) -> None:
        item = self.trusted.currentItem()
        self.forget_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        )

    def forget(self) -> None:
        item = self.trusted.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if chosen is None:
            return
        key_id, name = chosen
        if not messages.confirm(
            self,
            tr("Stop trusting"),
            tr(
                "Stop trusting {name}'s key? Nothing more can be sealed to it and replies signed with it are refused. You can trust it again from their key file."
            ).format(name=name),
        ):
            return
        try:
            keys.forget_key(self.vault, key_id=key_id)
        except PeerdeskError as exc:
            messages.warn(self, tr("Still trusted"), error_text(exc))
            return
        self.refresh()

    def save_key(self) -> None:
        path = ask_save_path(self, tr("Save your public key"), "peerdesk.pdkey", tr(KEY_FILTER))
        if path is None:
            return
        try:
            atomic_write(path, keys.public_key_file(self.vault, name="peerdesk"))
        except (PeerdeskError, OSError) as exc:
            messages.warn(self, tr("Not saved"), error_text(exc) if isinstance(exc, PeerdeskError) else
                          tr("That file could not be written; choose another folder."))  # fmt: skip
            return
        messages.inform(
            self,
            tr("Saved"),
            tr("Your public key is in {name}. It holds no secret.").format(name=path.name),
        )

    def trust(self) -> None:
        path = ask_open_path(self, tr("Their public key"), tr(KEY_FILTER))
        if path is None:
            return
        try:
            raw = path.read_bytes()[: 64 * 1024]
            public, name = PublicIdentity.read_file(raw)
        except OSError:
            messages.warn(self, tr("Not trusted"), tr("That file could not be read."))
            return
        except PeerdeskError as exc:
            messages.warn(self, tr("Not trusted"), error_text(exc))
            return
        dialog = TrustKeyDialog(self, public, name if name != "peerdesk" else "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            keys.trust_key(
                self.vault, key_file=raw, name=dialog.name.text(),
                confirmed_fingerprint=public.fingerprint,
            )  # fmt: skip
        except PeerdeskError as exc:
            messages.warn(self, tr("Not trusted"), error_text(exc))
            return
        self.refresh()
