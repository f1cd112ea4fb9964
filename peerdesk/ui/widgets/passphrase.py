"""Choosing a passphrase: an honest strength estimate, the fields with their meter, and the
dialogs that set or change it (each runs the key derivation in the background)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.services import session
from peerdesk.core.vault import Vault
from peerdesk.core.vault.keys import MIN_PASSPHRASE_LENGTH, check_passphrase_rules
from peerdesk.i18n import QT_TR_NOOP, error_text, tr
from peerdesk.ui.compat import emit
from peerdesk.ui.ops import QueryOp
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.screen import resize_within_screen, text_width
from peerdesk.ui.widgets.wrapcheck import WrapCheckBox

RULE_TEXT = QT_TR_NOOP(
    "At least {minimum} characters; a few unrelated words work well, "
    "for example four words you can picture together but nobody would guess."
)

# Words and patterns that people pick first; each one found costs the estimate dearly.
COMMON = (
    "password", "passwort", "letmein", "welcome", "qwerty", "azerty", "asdf", "zxcv",
    "iloveyou", "admin", "login", "monkey", "dragon", "sunshine", "princess", "football",
    "baseball", "master", "shadow", "secret", "peerdesk", "mentor", "recovery", "abc",
    "123", "234", "345", "456", "567", "678", "789", "000", "111", "2020", "2021", "2022",
    "2023", "2024", "2025", "2026",
)  # fmt: skip


@dataclass(frozen=True)
class Strength:
    bits: float
    score: int  # 0 too short / 1 weak / 2 fair / 3 good / 4 strong
    label: str


def estimate_strength(passphrase: str) -> Strength:
    """A deliberately modest guess at how hard the passphrase is to guess.

    Two views, take the larger: characters (pool size from the classes used, but people
    are not random, so half the bits) and words (about 11 bits per word of 3+ letters,
    as if picked from a 2,000-word list). Common words and runs cost 10 bits each, and a
    passphrase with few distinct characters is capped.
    """
    text = passphrase.strip()
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return Strength(0.0, 0, tr("Too short"))
    pool = 0
    pool += 26 if re.search(r"[a-z]", text) else 0
    pool += 26 if re.search(r"[A-Z]", text) else 0
    pool += 10 if re.search(r"\d", text) else 0
    pool += 33 if re.search(r"[^a-zA-Z0-9\s]", text) else 0
    pool += 1 if " " in text else 0
    pool += 100 if re.search(r"[^\x00-\x7f]", text) else 0
    by_chars = len(text) * math.log2(max(pool, 2)) / 2
    words = [w for w in re.split(r"[\s\-_.,]+", text.lower()) if len(w) >= 3]
    by_words = 11.0 * len(set(words))
    bits = max(by_chars, by_words)
    lowered = text.lower()
    bits -= 10 * sum(1 for w in COMMON if w in lowered)
    bits = min(bits, 4.0 * len(set(lowered)))
    bits = max(bits, 0.0)
    if bits < 30:
        return Strength(bits, 1, tr("Weak: easy to guess"))
    if bits < 45:
        return Strength(bits, 2, tr("Fair: add another unrelated word"))
    if bits < 60:
        return Strength(bits, 3, tr("Good"))
    return Strength(bits, 4, tr("Strong"))


# strength score -> the meter's level; theme.py colours each level from its tokens
_METER_LEVELS = {0: "weak", 1: "weak", 2: "fair", 3: "good", 4: "strong"}


WEAK = 1  # a score at or below this needs "use it anyway"


class PassphraseFields(QWidget):
    """New passphrase, confirmation and the strength meter."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, label: str = QT_TR_NOOP("New passphrase")
    ) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(objectName="strength", textVisible=False)
        self.meter.setRange(0, 4)
        self.meter.setValue(0)
        self.verdict = QLabel(objectName="hint")
        self.rule = QLabel(
            tr(RULE_TEXT).format(minimum=MIN_PASSPHRASE_LENGTH), objectName="hint", wordWrap=True
        )
        self.show_text = QCheckBox(tr("Show what I type"))
        self.show_text.setToolTip(tr("Only when nobody can see your screen"))
        self.use_anyway = QCheckBox(tr("This passphrase is weak: use it anyway"))
        self.use_anyway.setVisible(False)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr(label), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        # After the confirmation, so that Tab goes from the passphrase straight to typing
        # it again (the box appears as the first entry turns out weak, and took the Tab)
        form.addRow(tr("Type it again"), self.confirmation)
        form.addRow("", self.use_anyway)
        form.addRow("", self.show_text)
        form.addRow("", self.rule)
        self.show_text.toggled.connect(self._show)
        self.use_anyway.toggled.connect(lambda _on: emit(self.changed))
        self.passphrase.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self._update()

    def value(self) -> str:
        return self.passphrase.text()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, in plain words; None when it can."""
        try:
            check_passphrase_rules(self.passphrase.text())
        except ValidationError as exc:
            return error_text(exc)
        if self.is_weak() and not self.use_anyway.isChecked():
            return tr(
                "This passphrase is weak: add a few more words, or tick "
                "“use it anyway” if you are sure."
            )
        if self.confirmation.text() != self.passphrase.text():
            return tr("The two passphrases are not the same yet.")
        return None

    def is_weak(self) -> bool:
        """Allowed by the rules but rated weak: it needs an explicit "use it anyway"."""
        text = self.passphrase.text()
        return bool(text) and estimate_strength(text).score <= WEAK

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirmation.setEchoMode(mode)

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()
        self.use_anyway.setChecked(False)
        self.show_text.setChecked(False)

    def _update(self) -> None:
        strength = estimate_strength(self.passphrase.text())
        self.meter.setValue(strength.score)
        self.meter.setProperty("level", _METER_LEVELS[strength.score])
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        text = self.passphrase.text()
        weak = self.is_weak()
        if not weak:
            self.use_anyway.setChecked(False)
        self.use_anyway.setVisible(weak)
        if not text:
            self.verdict.setText("")
        elif self.confirmation.text() and self.confirmation.text() != text:
            self.verdict.setText(
                tr("{label}. The two entries differ.").format(label=strength.label)
            )
        else:
            self.verdict.setText(strength.label)
        emit(self.changed)


class _PassphraseDialog(QDialog):
    """Shared shape: some fields, an error line, and an OK that runs a background job."""

    def __init__(self, parent: QWidget | None, vault: Vault, title: str, intro: str) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(title)
        self.setMinimumWidth(max(480, text_width(self, 64)))  # wider with larger text
        self.intro = QLabel(intro, wordWrap=True)
        self.fields = PassphraseFields()
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(
            tr("Save new passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _job(self, new_passphrase: str) -> None:
        raise NotImplementedError

    def _save(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.error.setText(problem)
            return
        self.error.setText(tr("Saving… (this takes a moment on purpose: it slows down guessing)"))
        new = self.fields.value()
        (
            QueryOp(parent=self, job=lambda: self._job(new))
            .success(lambda _r: self._saved())
            .failure(self._failed)
            .disable_while_running(self.buttons)
            .run()
        )

    def _saved(self) -> None:
        self.fields.clear()
        self.error.clear()
        self.accept()
        messages.inform(
            self.parentWidget(),
            tr("Passphrase saved"),
            tr("Your new passphrase is saved. Use it the next time you unlock peerdesk."),
        )

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, PeerdeskError):
            raise exc
        if str(exc) == session.SAME_PASSPHRASE:
            self.error.setText(
                tr(
                    "Choose a passphrase you have not used for this vault: someone may know the "
                    "current one."
                )
            )
            return
        self.error.setText(error_text(exc))


class NewPassphraseDialog(_PassphraseDialog):
    """After a recovery-key unlock: the mentor must choose a new passphrase before going on."""

    def __init__(self, parent: QWidget | None, vault: Vault) -> None:
        super().__init__(
            parent,
            vault,
            tr("Choose a new passphrase"),
            tr(
                "You opened peerdesk with your recovery key. Please choose a new passphrase now; "
                "your recovery key keeps working as well."
            ),
        )

    def _job(self, new_passphrase: str) -> None:
        session.set_passphrase(self.vault, new_passphrase=new_passphrase)

    def reject(self) -> None:
        """Not optional: Escape and the close button do nothing (locking uses done())."""
        self.error.setText(tr("Please choose a new passphrase to continue."))


class ChangePassphraseDialog(_PassphraseDialog):
    """``compromised``: someone may know the passphrase or have a copy of the vault, so the
    encryption key and the recovery key change with the passphrase (not a choice then)."""

    def __init__(self, parent: QWidget | None, vault: Vault, *, compromised: bool = False) -> None:
        if compromised:
            title = tr("Secure your vault")
            intro = tr(
                "If someone may know your passphrase or have a copy of this vault, peerdesk "
                "changes three things together: your passphrase, the encryption key and your "
                "recovery key. A copy taken before now will no longer open this vault."
            )
        else:
            title = tr("Change passphrase")
            intro = tr(
                "Your notes stay as they are; only the passphrase that opens them changes. "
                "Your recovery key keeps working."
            )
        super().__init__(parent, vault, title, intro)
        self.compromised = compromised
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self._current = ""
        self._rotate = False
        self._recovery = ""
        self.form.addRow(tr("Current passphrase"), self.current)
        # A backup keeps the key file of its day: with the old passphrase it still yields
        # the key to this vault unless that key changes too.
        self.rotate = WrapCheckBox(
            tr(
                "Also change the encryption key, so that backups made before now and the old "
                "passphrase cannot open this vault (you will get a new recovery key)"
            )
        )
        self.layout().insertWidget(self.layout().indexOf(self.error), self.rotate)
        self.backups_note = QLabel(
            tr(
                "Backups made before now still open with the old passphrase and show what the "
                "vault held then, so delete any copy you do not keep safe; nothing in them "
                "opens this vault any more."
            ),
            wordWrap=True,
        )
        self.layout().insertWidget(self.layout().indexOf(self.error), self.backups_note)
        self.backups_note.setVisible(compromised)
        if compromised:  # required, and the intro says so: no choice to show
            self.rotate.setChecked(True)
            self.rotate.setVisible(False)
            self.ok.setText(tr("Change all three"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # as tall as its wrapped text needs at this width (200% text: several lines)
        resize_within_screen(self, self.minimumWidth(), 0, grow=False)

    def _save(self) -> None:
        if not self.current.text():
            self.error.setText(tr("Please type your current passphrase first."))
            return
        self._current = self.current.text()  # read here: the job must not touch widgets
        self._rotate = self.rotate.isChecked()
        super()._save()

    def _job(self, new_passphrase: str) -> None:
        if self.compromised:
            self._recovery = session.secure_after_compromise(
                self.vault, current=self._current, new_passphrase=new_passphrase
            )
            return
        session.change_passphrase(self.vault, current=self._current, new_passphrase=new_passphrase)
        if self._rotate:
            self._recovery = session.rotate_data_key(self.vault, passphrase=new_passphrase)

    def _saved(self) -> None:
        self.current.clear()
        self._current = ""
        recovery, self._recovery = self._recovery, ""
        self.fields.clear()
        self.error.clear()
        self.accept()
        if not recovery:
            messages.inform(
                self.parentWidget(),
                tr("Passphrase saved"),
                tr(
                    "Your new passphrase is saved. Use it the next time you unlock peerdesk. "
                    "Backups made before now still open with the old passphrase, and hold the "
                    "key to this vault: if someone may know the old one, change the encryption "
                    "key too."
                ),
            )
            return
        from peerdesk.ui.recovery import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(self.parentWidget(), recovery)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: session.confirm_recovery_key(self.vault))
        dialog.open()
        self.recovery_dialog = dialog
