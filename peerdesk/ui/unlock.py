"""The unlock screen: passphrase (or recovery key, or this device), a growing pause after
repeated wrong tries, and the key derivation in the background."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import IntegrityError, PeerdeskError, WrongPassphrase
from peerdesk.core.services import session
from peerdesk.core.vault import UnlockResult, Vault
from peerdesk.i18n import QT_TR_NOOP, core_said, error_text, tr
from peerdesk.ui.compat import emit
from peerdesk.ui.ops import QueryOp
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.announce import show_status

FREE_TRIES = 3
MAX_DELAY_SECONDS = 30

RESTORE_ADVICE = QT_TR_NOOP(
    " If you have a backup, restoring it brings your notes back: close peerdesk and run "
    "“peerdesk restore” with your most recent backup file."
)


def retry_delay(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong tries: 0, 0, 2, 4, 8, 16, 30, 30…"""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_TRIES + 1))


class UnlockScreen(QWidget):
    """Emits ``unlocked(with_recovery_key)`` once the vault is open."""

    unlocked = Signal(bool)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.failures = 0
        self.recovery_mode = False
        self._wait_left = 0
        self._countdown = QTimer(self, interval=1000)  # tests shorten the countdown's second
        self._countdown.timeout.connect(self._tick)

        self.title = QLabel(tr("Welcome back"), objectName="pageHeader")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro = QLabel(wordWrap=True, objectName="pageIntro")
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.secret.setMinimumHeight(34)
        self.unlock_button = QPushButton(tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumHeight(34)
        self.device_button = QPushButton(tr("Unlock with this device"))
        self.mode_button = QPushButton(flat=True)
        self.mode_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.message = QLabel(objectName="formError", wordWrap=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()

        card = QFrame()
        card.setFixedWidth(460)
        column = QVBoxLayout(card)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(8)
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(self.unlock_button)
        column.addLayout(row)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        column.addWidget(self.device_button)
        column.addWidget(self.mode_button, 0, Qt.AlignmentFlag.AlignCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.secret.returnPressed.connect(self.try_unlock)
        self.device_button.clicked.connect(self.try_device)
        self.mode_button.clicked.connect(lambda: self.set_recovery_mode(not self.recovery_mode))
        self.set_recovery_mode(False)

    # -- modes ----------------------------------------------------------------------------
    def set_recovery_mode(self, on: bool) -> None:
        self.recovery_mode = on
        self.secret.clear()
        self._say("")
        if on:
            self.intro.setText(tr("Type the recovery key from your recovery sheet."))
            self.secret.setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.mode_button.setText(tr("Use my passphrase instead"))
            self.secret.setAccessibleName(tr("Recovery key"))
        else:
            self.intro.setText(tr("Your notes are locked. Type your passphrase to open them."))
            self.secret.setPlaceholderText(tr("Passphrase"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.mode_button.setText(tr("Use recovery key instead"))
            self.secret.setAccessibleName(tr("Passphrase"))

    def prepare(self) -> None:
        """Called each time the screen is shown: clean fields, device button if remembered."""
        self.set_recovery_mode(False)
        self.device_button.setVisible(self.vault.device_remembered())
        # Wrong tries are counted on disk, so the pause outlives a restart of peerdesk.
        self.failures, last = session.failed_unlocks(self.vault)
        if last is not None and not self.waiting:
            elapsed = (datetime.now(timezone.utc) - last).total_seconds()
            left = int(retry_delay(self.failures) - max(0.0, elapsed))
            if left > 0:
                self._reason = "There were several wrong tries."
                self._tone(error=True)
                self._start_wait(left)
        self._update_enabled()
        self.secret.setFocus()

    # -- unlocking --------------------------------------------------------------------------
    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        secret = self.secret.text()
        if not secret.strip():
            self._tone(error=True)
            self._say(tr("Please type your passphrase first."))
            return
        if self.recovery_mode:
            self._run(
                lambda: session.unlock_with_recovery_key(self.vault, recovery_key=secret),
                recovery=True,
            )
        else:
            self._run(lambda: session.unlock(self.vault, passphrase=secret), recovery=False)

    def try_device(self) -> None:
        self._run(lambda: session.unlock_with_device(self.vault), recovery=False, counts=False)

    def _say(self, text: str) -> None:
        show_status(self.message, text, field=self.secret)

    def _tone(self, *, error: bool) -> None:
        self.message.setObjectName("formError" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _run(self, job, *, recovery: bool, counts: bool = True) -> None:
        self._say(tr("Opening…"))
        self._tone(error=False)  # progress, not an error: not in red
        self.busy.show()
        self._working = True
        self._update_enabled()
        (
            QueryOp(parent=self, job=job)
            .success(lambda result: self._opened(recovery, result))
            .failure(lambda exc: self._refused(exc, counts))
            .run()
        )

    def _opened(self, recovery: bool, result: UnlockResult) -> None:
        self._working = False
        self.busy.hide()
        self.failures = 0
        self.secret.clear()
        self._say("")
        self._update_enabled()
        emit(self.unlocked, recovery)
        for notice in result.notices:  # an operation cut short and what became of it
            messages.warn(self.window(), tr("Please read"), core_said(notice))
        if result.recovery_key_to_confirm is not None:
            self.offer_recovery_key(result.recovery_key_to_confirm)

    def offer_recovery_key(self, key: str) -> QDialog:
        """The vault's recovery key was never confirmed as kept: shown until it is."""
        from peerdesk.ui.recovery import RecoveryKeyDialog  # rarely needed: loaded then

        dialog = RecoveryKeyDialog(self.window(), key, again=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: session.confirm_recovery_key(self.vault))
        dialog.open()
        self.recovery_dialog = dialog
        return dialog

    def _refused(self, exc: BaseException, counts: bool) -> None:
        self._working = False
        self.busy.hide()
        self.secret.clear()
        if isinstance(exc, IntegrityError):
            self._tone(error=True)
            self._say(error_text(exc) + tr(RESTORE_ADVICE))
        elif isinstance(exc, WrongPassphrase):
            if counts:
                self.failures += 1
            self._reason = error_text(exc)
            self._tone(error=True)
            self._say(self._reason)
            self._start_wait(retry_delay(self.failures) if counts else 0)
        elif isinstance(exc, PeerdeskError):
            self._tone(error=True)
            self._say(error_text(exc))
        else:
            self._update_enabled()
            raise exc
        self._update_enabled()
        self.secret.setFocus()

    # -- the pause after repeated failures --------------------------------------------------
    _working = False
    _reason = ""

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        if seconds:
            self._show_wait(announce=True)
            self._countdown.start()

    @property
    def waiting(self) -> bool:
        return self._wait_left > 0

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self._say(tr("You can try again now."))
            self._tone(error=False)
        else:
            self._show_wait()
        self._update_enabled()

    def _show_wait(self, *, announce: bool = False) -> None:
        unit = "second" if self._wait_left == 1 else "seconds"
        text = tr("{reason} Please wait {wait_left} {unit} before trying again.").format(
            reason=self._reason, wait_left=self._wait_left, unit=unit
        )
        if announce:
            self._say(text)
        else:  # the countdown's ticks are not read out every second
            self.message.setText(text)

    def _update_enabled(self) -> None:
        free = not self._working and not self.waiting
        self.unlock_button.setEnabled(free)
        self.device_button.setEnabled(free)
        # read-only, not disabled, while opening: a disabled field loses the focus, and a
        # screen reader would jump to the next button instead of hearing the outcome here
        self.secret.setReadOnly(self._working)
