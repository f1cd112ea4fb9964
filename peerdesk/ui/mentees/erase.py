"""Erasing a mentee: the confirmation says what goes, what stays for others and which
backups still hold the person; the mentor types the name back to confirm."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.services.erasure import ErasurePlan


@dataclass(frozen=True)
class EraseChoice:
    typed_name: str
    remove_backups: bool
    discard_open_drafts: bool


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def plan_text(plan: ErasurePlan) -> str:
    stays = "stays" if plan.group_notes == 1 else "stay"
    text = (
        f"Erasing {plan.display_name} removes their profile, {_plural(plan.own_notes, 'note')} "
        f"with their addenda, {_plural(plan.goals, 'goal')}, "
        f"{_plural(plan.agreements, 'agreement')}, {_plural(plan.referrals, 'referral')} and "
        f"{_plural(plan.reminders, 'reminder')}. "
        f"{_plural(plan.group_notes, 'group note')} {stays} for the others, with "
        f"{plan.display_name} taken out. Signed notes leave only their place in the "
        "fingerprint chain, with no content. This cannot be undone."
    )
    if plan.mentions:
        text += (
            f" {plan.mentions} of your other entries (reminders, "
            "self-care, supervision topics, directory notes) name them: the names are "
            "taken out, the rest of what you wrote stays."
        )
    if plan.backups:
        verb = "still contains" if len(plan.backups) == 1 else "still contain"
        text += (
            f"\n\n{_plural(len(plan.backups), 'backup')} {verb} this person until they are removed."
        )
    return text


class EraseMenteeDialog(QDialog):
    def __init__(self, parent: QWidget | None, plan: ErasurePlan) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle("Erase this person's record")
        self.explain = QLabel(plan_text(plan), wordWrap=True)
        self.name = QLineEdit(placeholderText=f"Type {plan.display_name} to confirm")
        held = "holds" if len(plan.backups) == 1 else "hold"
        self.remove_backups = QCheckBox(
            f"Also remove the {_plural(len(plan.backups), 'backup')} that still {held} them "
            "(backups hold everyone else too)"
        )
        self.remove_backups.setVisible(bool(plan.backups))
        self.discard = QCheckBox("A draft about them is open: discard it")
        self.discard.setVisible(bool(plan.open_drafts))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText("Erase")
        self.erase_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(QLabel("To confirm, type the name as shown:"))
        layout.addWidget(self.name)
        layout.addWidget(self.remove_backups)
        layout.addWidget(self.discard)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._typed)
        self.discard.toggled.connect(lambda _on: self._typed(self.name.text()))

    def _typed(self, text: str) -> None:
        matches = text.strip().casefold() == self.plan.display_name.strip().casefold()
        drafts_ok = not self.plan.open_drafts or self.discard.isChecked()
        self.erase_button.setEnabled(matches and drafts_ok)

    def choice(self) -> EraseChoice:
        return EraseChoice(
            self.name.text(), self.remove_backups.isChecked(), self.discard.isChecked()
        )

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ErasurePlan) -> EraseChoice | None:
        dialog = cls(parent, plan)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
