"""The mentee profile form: add or edit one mentee, in tabs that keep it tidy."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import mentees
from peerdesk.core.services.mentees import Consent, Contact, MenteeRecord, Person
from peerdesk.core.vocab import MenteeKind, MenteeStatus, SupportStyle
from peerdesk.i18n import QT_TR_NOOP, error_text, tr
from peerdesk.ui.widgets.screen import text_width

SUPPORT_STYLES = (
    (QT_TR_NOOP("Practical support"), SupportStyle.PRACTICAL),
    (QT_TR_NOOP("Emotional support"), SupportStyle.EMOTIONAL),
    (QT_TR_NOOP("Both"), SupportStyle.BOTH),
)
KINDS = (
    (QT_TR_NOOP("Individual"), MenteeKind.INDIVIDUAL),
    (QT_TR_NOOP("Family peer support (a carer or relative)"), MenteeKind.FAMILY),
)
STATUSES = (
    (QT_TR_NOOP("Active"), MenteeStatus.ACTIVE),
    (QT_TR_NOOP("Paused"), MenteeStatus.PAUSED),
    (QT_TR_NOOP("Ended"), MenteeStatus.ENDED),
)


def _combo(choices: tuple[tuple[str, object], ...]) -> QComboBox:
    combo = QComboBox()
    for label, value in choices:
        combo.addItem(tr(label), value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class OptionalDate(QWidget):
    """A date that may be left unset: a checkbox plus a date field."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.enabled = QCheckBox(label)
        self.edit = QDateEdit(calendarPopup=True, displayFormat="d MMM yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setMaximumDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch()

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class RowsEditor(QWidget):
    """A small editable table (important people, consents) with add and remove buttons."""

    def __init__(self, columns: tuple[str, ...], add_label: str) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        add = QPushButton(add_label)
        remove = QPushButton(tr("Remove selected"))
        add.clicked.connect(self._add_and_edit)
        remove.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: tuple[str, ...] = ()) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = values[column] if column < len(values) else ""
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _add_and_edit(self) -> None:
        """A new row opens for typing in its first cell (it sat empty, the focus left on
        the button, until it was clicked)."""
        self.add_row()
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def rows(self) -> list[list[str]]:
        """Non-empty rows, each cell stripped."""
        result = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                cells.append(item.text().strip() if item else "")
            if any(cells):
                result.append(cells)
        return result


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _parse_contacts(kind: str, text: str) -> list[Contact]:
    """One per line; an optional label after a comma ("+1 555 0134, mobile")."""
    contacts = []
    for line in _lines(text):
        value, _sep, label = line.partition(",")
        contacts.append(Contact(kind, value.strip(), label.strip()))
    return contacts


def _format_contacts(contacts: list[Contact], kind: str) -> str:
    return "\n".join(
        f"{c.value}, {c.label}" if c.label else c.value for c in contacts if c.kind == kind
    )


def _parse_date(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            tr("Please write the 'until' date of a consent as year-month-day, like 2025-12-31.")
        ) from None


class MenteeDialog(QDialog):
    """Add or edit a mentee. Use ``MenteeDialog.ask(parent, record)``; tests patch it."""

    def __init__(self, parent: QWidget | None = None, record: MenteeRecord | None = None) -> None:
        super().__init__(parent)
        self._original = record
        self.result_record: MenteeRecord | None = None
        self.setWindowTitle(tr("Edit mentee") if record and record.id else tr("Add a mentee"))
        self.setMinimumSize(max(620, text_width(self, 80)), 560)  # wider with larger text

        # About
        self.display_name = QLineEdit(placeholderText=tr("The name they like to be called"))
        self.full_name = QLineEdit()
        self.pronouns = QLineEdit(placeholderText=tr("For example: she/her, they/them"))
        self.aliases = QLineEdit(placeholderText=tr("Nicknames, separated by commas"))
        self.support_style = _combo(SUPPORT_STYLES)
        self.kind = _combo(KINDS)
        self.started_on = OptionalDate(tr("Started on"))
        self.birth_date = OptionalDate(tr("Birth date"))
        self.status = _combo(STATUSES)
        self.status_reason = QComboBox(editable=True)
        self.status_reason.addItems(["", *mentees.ENDING_REASONS])
        reason_edit = self.status_reason.lineEdit()
        assert reason_edit is not None  # an editable combo box has one
        reason_edit.setPlaceholderText(tr("Why (optional, in a few words)"))
        self.status.currentIndexChanged.connect(self._status_changed)
        about = QWidget()
        form = self._about_form = QFormLayout(about)
        form.addRow(tr("Name *"), self.display_name)
        form.addRow(tr("Full name"), self.full_name)
        form.addRow(tr("Pronouns"), self.pronouns)
        form.addRow(tr("Also known as"), self.aliases)
        form.addRow(tr("Support style"), self.support_style)
        form.addRow(tr("Kind of support"), self.kind)
        form.addRow("", self.started_on)
        form.addRow("", self.birth_date)
        form.addRow(tr("Status"), self.status)
        form.addRow(tr("Reason"), self.status_reason)

        # Contact
        self.channel_boxes = {channel: QCheckBox(channel) for channel in mentees.CHANNELS}
        channels = QGroupBox(tr("Preferred ways to be in touch"))
        channels_row = QHBoxLayout(channels)
        for box in self.channel_boxes.values():
            channels_row.addWidget(box)
        channels_row.addStretch()
        self.phones = QPlainTextEdit(placeholderText=tr("One per line, e.g. +1 555 0134, mobile"))
        self.emails = QPlainTextEdit(placeholderText=tr("One per line"))
        self.address = QPlainTextEdit()
        for edit in (self.phones, self.emails, self.address):
            edit.setMaximumHeight(72)
            edit.setTabChangesFocus(True)
        contact = QWidget()
        contact_layout = QVBoxLayout(contact)
        contact_layout.addWidget(channels)
        contact_form = QFormLayout()
        contact_form.addRow(tr("Phones"), self.phones)
        contact_form.addRow(tr("Emails"), self.emails)
        contact_form.addRow(tr("Address"), self.address)
        contact_layout.addLayout(contact_form)

        # In their own words
        self.what_matters = QPlainTextEdit(
            placeholderText=tr('In their own words, e.g. "Getting to see my sister on Sundays."')
        )
        self.strengths = QPlainTextEdit(
            placeholderText=tr("What they are good at, what has helped before, in their words")
        )
        for edit in (self.what_matters, self.strengths):
            edit.setTabChangesFocus(True)  # Tab goes on to Strengths, never types a tab
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.addWidget(QLabel(tr("What matters to me")))
        words_layout.addWidget(self.what_matters)
        words_layout.addWidget(QLabel(tr("Strengths")))
        words_layout.addWidget(self.strengths)

        # People and consents
        self.people = RowsEditor((tr("Name"), tr("Relation"), tr("Contact")), tr("Add a person"))
        self.consents = RowsEditor(
            (tr("With whom"), tr("What may be shared"), tr("Until (YYYY-MM-DD)")),
            tr("Add a consent"),
        )
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(QLabel(tr("Important people")))
        people_layout.addWidget(self.people)
        people_layout.addWidget(QLabel(tr("Information-sharing consents")))
        people_layout.addWidget(self.consents)

        self.tabs = QTabWidget()
        self.tabs.addTab(about, tr("About"))
        self.tabs.addTab(words, tr("In their own words"))
        self.tabs.addTab(contact, tr("Contact"))
        self.tabs.addTab(people, tr("People and consents"))

        self.error = QLabel(objectName="formError", wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if record is not None:
            self.set_record(record)
        self._status_changed()
        self.tabs.setCurrentIndex(0)
        self.display_name.setFocus(Qt.FocusReason.OtherFocusReason)  # type the name first

    def _status_changed(self) -> None:
        """A reason belongs to a pause or an ending: the row shows only then."""
        self._about_form.setRowVisible(
            self.status_reason, self.status.currentData() != MenteeStatus.ACTIVE
        )

    def set_record(self, record: MenteeRecord) -> None:
        self.display_name.setText(record.display_name)
        self.full_name.setText(record.full_name)
        self.pronouns.setText(record.pronouns)
        self.aliases.setText(", ".join(record.aliases))
        _select(self.support_style, SupportStyle(record.support_style))
        _select(self.kind, MenteeKind(record.kind))
        _select(self.status, MenteeStatus(record.status))
        self.status_reason.setCurrentText(record.status_reason)
        self.started_on.set_value(record.started_on)
        self.birth_date.set_value(record.birth_date)
        for channel, box in self.channel_boxes.items():
            box.setChecked(channel in record.preferred_channels)
        self.phones.setPlainText(_format_contacts(record.contacts, "phone"))
        self.emails.setPlainText(_format_contacts(record.contacts, "email"))
        self.address.setPlainText(record.address)
        self.what_matters.setPlainText(record.what_matters)
        self.strengths.setPlainText(record.strengths)
        for person in record.important_people:
            self.people.add_row((person.name, person.relation, person.contact))
        for consent in record.consents:
            until = consent.until.isoformat() if consent.until else ""
            self.consents.add_row((consent.with_whom, consent.scope, until))

    def record(self) -> MenteeRecord:
        """The form as a record; raises ValidationError for a malformed consent date."""
        base = copy.copy(self._original) if self._original else MenteeRecord(display_name="")
        status = self.status.currentData()
        base.display_name = self.display_name.text().strip()
        base.full_name = self.full_name.text().strip()
        base.pronouns = self.pronouns.text().strip()
        base.aliases = [a.strip() for a in self.aliases.text().split(",") if a.strip()]
        base.support_style = self.support_style.currentData()
        base.kind = self.kind.currentData()
        base.status = status
        base.status_reason = (
            self.status_reason.currentText().strip() if status != MenteeStatus.ACTIVE else ""
        )
        base.started_on = self.started_on.value()
        base.birth_date = self.birth_date.value()
        base.preferred_channels = [c for c, box in self.channel_boxes.items() if box.isChecked()]
        base.contacts = _parse_contacts("phone", self.phones.toPlainText()) + _parse_contacts(
            "email", self.emails.toPlainText()
        )
        base.address = self.address.toPlainText().strip()
        base.what_matters = self.what_matters.toPlainText().strip()
        base.strengths = self.strengths.toPlainText().strip()
        base.important_people = [Person(*cells) for cells in self.people.rows()]
        base.consents = [
            Consent(cells[0], cells[1], _parse_date(cells[2])) for cells in self.consents.rows()
        ]
        return base

    def accept(self) -> None:
        try:
            record = self.record()
            mentees.validate(record)
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        self.result_record = record
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, record: MenteeRecord | None = None) -> MenteeRecord | None:
        """Show the form modally; the filled record, or None if the mentor cancels."""
        dialog = cls(parent, record)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_record
        return None
