"""The first-run wizard: what peerdesk protects, the mentor's profile, a passphrase, the
recovery key (shown once, then typed back in part) and "remember on this device"."""

from __future__ import annotations

import secrets

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from peerdesk.core.errors import PeerdeskError
from peerdesk.core.services import profile, session
from peerdesk.core.vault import Vault, device
from peerdesk.i18n import QT_TR_NOOP, error_text, tr
from peerdesk.ui.compat import emit
from peerdesk.ui.ops import QueryOp
from peerdesk.ui.recovery import RecoveryKeyView
from peerdesk.ui.widgets.language import LanguageChooser
from peerdesk.ui.widgets.passphrase import PassphraseFields
from peerdesk.ui.widgets.region import HINT as REGION_HINT
from peerdesk.ui.widgets.region import region_combo

PROTECTS = QT_TR_NOOP("""
<p>peerdesk keeps your mentees' details and your session notes in an encrypted vault on this
computer. Nothing is sent anywhere.</p>
<p><b>It protects you when</b></p>
<ul>
<li>your laptop is lost or stolen: without your passphrase the vault is unreadable;</li>
<li>you share a computer: peerdesk locks itself when you step away;</li>
<li>something could slip out by accident: exports leave out names, logs never hold
notes, copied text is cleared from the clipboard, and names can be shown as initials
while you share your screen.</li>
</ul>
<p><b>It cannot protect you when</b></p>
<ul>
<li>harmful software is running on your own account while the vault is unlocked;
keep your computer up to date and lock peerdesk when you are done;</li>
<li>you forget your passphrase <i>and</i> lose your recovery key: then nobody can open
the vault, not even the people who make peerdesk, and the notes are gone.</li>
</ul>
""")


class ProtectionPage(QWizardPage):
    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.language = LanguageChooser(vault.path, self)
        self.setTitle(tr("Welcome to peerdesk"))
        self.setSubTitle(
            tr("A private desk for your peer mentoring work. First, what it protects.")
        )
        text = QLabel(tr(PROTECTS), wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addWidget(text)
        layout.addStretch()


class ProfilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("About you"))
        self.setSubTitle(
            tr(
                "This stays in your vault. Your name and organisation appear on what you choose "
                "to print or export for supervision. Everything except your name is optional."
            )
        )
        self.name = QLineEdit(placeholderText=tr("The name you use at work"))
        self.role = QLineEdit(placeholderText=tr("For example: peer mentor, peer support worker"))
        self.organisation = QLineEdit()
        self.supervisor = QLineEdit()
        self.region = region_combo()
        form = QFormLayout(self)
        form.addRow(tr("Your name"), self.name)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Organisation"), self.organisation)
        form.addRow(tr("Supervisor"), self.supervisor)
        form.addRow(tr("Region"), self.region)
        form.addRow("", QLabel(tr(REGION_HINT), objectName="hint"))
        self.name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def profile(self) -> profile.Profile:
        return profile.Profile(
            name=self.name.text(),
            role=self.role.text(),
            organisation=self.organisation.text(),
            supervisor=self.supervisor.text(),
            region=self.region.currentData(),
        )


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Choose a passphrase"))
        self.setSubTitle(
            tr(
                "You will type it each time you open peerdesk. Make it long rather than "
                "complicated, and use it nowhere else."
            )
        )
        self.fields = PassphraseFields(label=tr("Passphrase"))
        self.problem = QLabel(objectName="hint", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addStretch()
        self.fields.changed.connect(self.completeChanged)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Create my vault"))

    def isComplete(self) -> bool:
        return self.fields.problem() is None


class RecoveryPage(QWizardPage):
    """Creates the vault in the background on arrival, then shows the recovery key."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.key = ""
        self.error = ""
        self.setTitle(tr("Your recovery key"))
        self.setSubTitle(
            tr(
                "If you forget your passphrase, this key is the only other way in. "
                "It is shown only now."
            )
        )
        self.status = QLabel(tr("Creating your encrypted vault…"), wordWrap=True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.view = RecoveryKeyView()
        self.view.hide()
        self.advice = QLabel(
            tr(
                "Print it or save it as a PDF, then keep the paper somewhere private, away from "
                "this computer. On the next page you will type part of it back."
            ),
            wordWrap=True,
        )
        self.advice.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.view)
        layout.addWidget(self.advice)
        layout.addStretch()

    def initializePage(self) -> None:
        if self.key or self.vault.exists():
            return
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        passphrase = wizard.passphrase_page.fields.value()
        wizard.passphrase_page.fields.clear()
        QueryOp(
            parent=self, job=lambda: session.create_vault(self.vault, passphrase=passphrase)
        ).success(self._created).failure(self._failed).run()

    def _created(self, key: str) -> None:
        self.key = key
        self.busy.hide()
        self.status.setText(tr("Your vault is ready."))
        self.view.set_key(key)
        self.view.show()
        self.advice.show()
        wizard = self.wizard()
        if wizard is not None:
            wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        emit(self.completeChanged)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, PeerdeskError):
            raise exc
        self.busy.hide()
        self.error = error_text(exc)
        self.status.setText(tr("The vault could not be created. {exc}").format(exc=exc))

    def isComplete(self) -> bool:
        return bool(self.key)


class ConfirmPage(QWizardPage):
    """The mentor types two groups of the key back, so we know it was written down."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Check your recovery key"))
        self.setSubTitle(tr("To be sure you have it, type two of its groups from your copy."))
        self.groups: tuple[int, int] = (2, 5)
        self.first = QLineEdit(maxLength=4)
        self.second = QLineEdit(maxLength=4)
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.hint = QLabel(
            tr("You can go back to see the key again. Letters and digits, in any case."),
            objectName="hint",
            wordWrap=True,
        )
        form = QFormLayout(self)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        self.message = QLabel(objectName="formError", wordWrap=True)
        form.addRow("", self.hint)
        form.addRow("", self.message)
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._check)

    def initializePage(self) -> None:
        # Two different groups among the six full ones (the seventh has two characters).
        first = secrets.randbelow(6) + 1
        second = secrets.choice([g for g in range(1, 7) if g != first])
        self.groups = (min(first, second), max(first, second))
        self.first_label.setText(tr("Group {v0}").format(v0=self.groups[0]))
        self.second_label.setText(tr("Group {v0}").format(v0=self.groups[1]))
        self.first.clear()
        self.second.clear()
        self.message.clear()
        self.first.setFocus()

    def _check(self) -> None:
        """A whole group typed wrong gets one sentence saying which; nothing is cleared."""
        expected = self.expected() if self._key() else ("", "")
        wrong = [
            tr("Group {group}").format(group=group)
            for group, edit, want in zip(
                self.groups, (self.first, self.second), expected, strict=True
            )
            if len(edit.text().strip()) == 4 and edit.text().strip().upper() != want
        ]
        self.message.setText(
            (
                tr(
                    "{groups} does not match your recovery key. Check your copy "
                    "(0 and O, 1 and I look alike)."
                )
                if len(wrong) == 1
                else tr(
                    "{groups} do not match your recovery key. Check your copy "
                    "(0 and O, 1 and I look alike)."
                )
            ).format(groups=tr(" and ").join(wrong))
            if wrong
            else ""
        )
        emit(self.completeChanged)

    def _key(self) -> str:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard.recovery_page.key

    def expected(self) -> tuple[str, str]:
        parts = self._key().split("-")
        return parts[self.groups[0] - 1], parts[self.groups[1] - 1]

    def isComplete(self) -> bool:
        if not self._key():
            return False
        typed = (self.first.text().strip().upper(), self.second.text().strip().upper())
        return typed == self.expected()

    def validatePage(self) -> bool:
        """Typed back: the recovery key is confirmed (until then each start offers it)."""
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        session.confirm_recovery_key(wizard.vault)
        return True


class DevicePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Almost done"))
        self.remember = QCheckBox(tr("Remember on this device"))
        available = device.is_available()
        # Without a keyring there is nothing left to choose: say the vault is ready and
        # leave out a box that could never be ticked.
        self.remember.setEnabled(available)
        self.remember.setVisible(available)
        if available:
            self.setSubTitle(tr("One last choice. You can change it later in Settings."))
            explain = tr(
                "peerdesk can keep a key in this computer's secure keyring, so it opens "
                "without your passphrase while you are logged in to your own account. "
                "Leave this off on a shared or family computer."
            )
        else:
            self.setSubTitle(tr("Your vault is ready."))
            explain = tr(
                "This computer has no secure keyring that peerdesk can use, so you will "
                "type your passphrase each time. That is the safest way anyway."
            )
        layout = QVBoxLayout(self)
        layout.addWidget(self.remember)
        layout.addWidget(QLabel(explain, wordWrap=True, objectName="hint"))
        layout.addStretch()


class SetupWizard(QWizard):
    """Emits ``completed(created)`` before it closes, so the main window shows first."""

    completed = Signal(bool)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(tr("Set up peerdesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(720, 600)
        self._build_pages()

    def _build_pages(self) -> None:
        self.setWindowTitle(tr("Set up peerdesk"))
        vault = self.vault
        self.protection_page = ProtectionPage(vault)
        self.protection_page.language.language_chosen.connect(self._language_chosen)
        self.profile_page = ProfilePage()
        self.passphrase_page = PassphrasePage()
        self.recovery_page = RecoveryPage(vault)
        self.confirm_page = ConfirmPage()
        self.device_page = DevicePage()
        for page in (
            self.protection_page,
            self.profile_page,
            self.passphrase_page,
            self.recovery_page,
            self.confirm_page,
            self.device_page,
        ):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Open peerdesk"))

    def _language_chosen(self, _code: str) -> None:
        QTimer.singleShot(0, self, self._rebuild)  # not inside the chooser's own signal

    def _rebuild(self) -> None:
        """A language was chosen on the first page: the pages are made again in it (nothing
        has been typed yet; the vault is created later)."""
        for page_id in self.pageIds():
            page = self.page(page_id)
            self.removePage(page_id)
            page.deleteLater()
        self._build_pages()
        self.restart()
        self.protection_page.language.combo.setFocus()

    def accept(self) -> None:
        try:
            profile.save_profile(self.vault, self.profile_page.profile())
            if self.device_page.remember.isChecked():
                session.remember_device(self.vault)
        except PeerdeskError as exc:
            self.device_page.setSubTitle(error_text(exc))
            return
        self.recovery_page.view.clear()
        self.recovery_page.key = ""
        emit(self.completed, True)
        super().accept()

    def reject(self) -> None:
        emit(self.completed, self.vault.is_open)
        super().reject()
