"""The goal form of the Goals page."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.services import goals
from peerdesk.core.services.goals import GoalRecord
from peerdesk.core.vocab import GoalDomain, GoalStatus
from peerdesk.i18n import QT_TR_NOOP, core_label, tr
from peerdesk.ui.widgets.dates import optional_date, optional_date_edit

STATUS_WORDS = {
    GoalStatus.ACTIVE: QT_TR_NOOP("working on it"),
    GoalStatus.ACHIEVED: QT_TR_NOOP("achieved"),
    GoalStatus.PAUSED: QT_TR_NOOP("paused"),
    GoalStatus.LET_GO: QT_TR_NOOP("let go"),
}


class GoalDialog(QDialog):
    """A new goal or changes to one, in the person's own words."""

    def __init__(self, parent: QWidget | None, record: GoalRecord) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(tr("New goal") if record.id is None else tr("Edit goal"))
        self.domain = QComboBox()
        for d in goals.DOMAINS:
            self.domain.addItem(core_label(d, capital=True), d.value)
        self.domain.setCurrentIndex(goals.DOMAINS.index(GoalDomain(record.domain)))
        self.statement = QPlainTextEdit(record.statement)
        self.statement.setPlaceholderText(tr("In their own words: what would they like to happen?"))
        self.statement.setTabChangesFocus(True)
        self.statement.setFixedHeight(70)
        self.why = QPlainTextEdit(record.why)
        self.why.setPlaceholderText(tr("Why it matters to them"))
        self.why.setTabChangesFocus(True)
        self.why.setFixedHeight(60)
        self.strengths = QPlainTextEdit(record.strengths)
        self.strengths.setPlaceholderText(tr("What they bring: skills, people, past wins"))
        self.strengths.setTabChangesFocus(True)
        self.strengths.setFixedHeight(60)
        self.target = optional_date_edit(tr("no date"))
        self.review = optional_date_edit(tr("no date"))
        for edit, value in ((self.target, record.target_on), (self.review, record.review_on)):
            if value:
                edit.setDate(QDate(value))
        self.status = QComboBox()
        for st in goals.STATUSES:
            self.status.addItem(tr(STATUS_WORDS[st]).capitalize(), st.value)
        self.status.setCurrentIndex(goals.STATUSES.index(GoalStatus(record.status)))
        form = QFormLayout()
        form.addRow(tr("Life &domain"), self.domain)
        form.addRow(tr("&Goal"), self.statement)
        form.addRow(tr("&Why it matters"), self.why)
        form.addRow(tr("&Strengths"), self.strengths)
        form.addRow(tr("&Target date"), self.target)
        form.addRow(tr("&Review together on"), self.review)
        form.addRow(tr("Status"), self.status)
        self.error = QLabel(objectName="formError", wordWrap=True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.statement.setFocus()  # their words first; the life domain can follow

    def value(self) -> GoalRecord:
        return GoalRecord(
            mentee_id=self.record.mentee_id,
            statement=self.statement.toPlainText(),
            domain=GoalDomain(self.domain.currentData()),
            why=self.why.toPlainText(),
            strengths=self.strengths.toPlainText(),
            target_on=optional_date(self.target),
            review_on=optional_date(self.review),
            status=GoalStatus(self.status.currentData()),
            id=self.record.id,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, record: GoalRecord) -> GoalRecord | None:
        dialog = cls(parent, record)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            for edit in (dialog.statement, dialog.why, dialog.strengths):
                edit.clear()
            dialog.deleteLater()
