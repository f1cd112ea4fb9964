"""Showing a recovery key once: large and readable, with print and save-as-PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.i18n import tr
from peerdesk.render import recovery_sheet
from peerdesk.ui.widgets import files, messages


class RecoveryKeyView(QWidget):
    """The key in large monospace with 'Save as PDF…' and 'Print…' next to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self.key_label = QLabel(objectName="recoveryKey")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(tr("Save as PDF…"))
        self.print_button = QPushButton(tr("Print…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_sheet)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)

    def set_key(self, key: str) -> None:
        self._key = key
        self.key_label.setText(key)

    def clear(self) -> None:
        self.set_key("")

    def save_pdf(self) -> Path | None:
        out = files.ask_save_path(
            self, tr("Save the recovery sheet"), "peerdesk-recovery-sheet.pdf", tr("PDF (*.pdf)")
        )
        if out is None:
            return None
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        recovery_sheet.write_pdf(out, self._key)
        messages.inform(
            self,
            tr("Recovery sheet saved"),
            tr(
                "Saved as {name}. Print it, keep the paper somewhere private, and then delete the file."
            ).format(name=out.name),
        )
        return out

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            recovery_sheet.print_sheet(printer, self._key)


class RecoveryKeyDialog(QDialog):
    """A newly made recovery key, shown once."""

    def __init__(self, parent: QWidget | None, key: str, *, again: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your recovery key") if again else tr("Your new recovery key"))
        self.view = RecoveryKeyView()
        self.view.set_key(key)
        intro = QLabel(
            tr(
                "This is the recovery key made with your vault. peerdesk closed before you "
                "confirmed you have it, so here it is again: print it or save it as a PDF "
                "and keep it somewhere private."
            )
            if again
            else tr(
                "This is your new recovery key. The old one no longer works. It is shown only "
                "now: print it or save it as a PDF and keep it somewhere private."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox()
        buttons.addButton(tr("I have kept it safe"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.finished.connect(lambda _r: self.view.clear())
