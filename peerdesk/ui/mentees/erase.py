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
from peerdesk.i18n import tr


@dataclass(frozen=True)
class EraseChoice:
    typed_name: str
    remove_backups: bool
    discard_open_drafts: bool


def plan_text(plan: ErasurePlan) -> str:
    text = tr(
        "Erasing {display_name} removes their profile, {notes} with their addenda, {goals}, "
        "{agreements}, {referrals} and {reminders}. {group_notes} for the others, with "
        "{display_name} taken out. Signed notes leave only their place in the fingerprint "
        "chain, with no content. This cannot be undone."
    ).format(
        display_name=plan.display_name,
        notes=tr("%n note(s)", None, plan.own_notes),
        goals=tr("%n goal(s)", None, plan.goals),
        agreements=tr("%n agreement(s)", None, plan.agreements),
        referrals=tr("%n referral(s)", None, plan.referrals),
        reminders=tr("%n reminder(s)", None, plan.reminders),
        group_notes=tr("%n group note(s) stay", None, plan.group_notes),
    )
    if plan.mentions:
        text += (
            f" {plan.mentions} of your other entries (reminders, "
            "self-care, supervision topics, directory notes) name them: the names are "
            "taken out, the rest of what you wrote stays."
        )
    if plan.backups:
        text += "\n\n" + tr(
            "Backups that still hold this person until they are removed: %n.",
            None,
            len(plan.backups),
        )
    return text


class EraseMenteeDialog(QDialog):
    def __init__(self, parent: QWidget | None, plan: ErasurePlan) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(tr("Erase this person's record"))
        self.explain = QLabel(plan_text(plan), wordWrap=True)
        self.name = QLineEdit(
            placeholderText=tr("Type {display_name} to confirm").format(
                display_name=plan.display_name
            )
        )
        self.name.setAccessibleName(tr("Their name, to confirm"))
        self.remove_backups = QCheckBox(
            tr(
                "Also remove the %n backup(s) that still hold them (backups hold everyone "
                "else too)",
                None,
                len(plan.backups),
            )
        )
        self.remove_backups.setVisible(bool(plan.backups))
        self.discard = QCheckBox(tr("A draft about them is open: discard it"))
        self.discard.setVisible(bool(plan.open_drafts))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(tr("Erase"))
        self.erase_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(QLabel(tr("To confirm, type the name as shown:")))
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
