"""The agreement editor and the boundary-event form of the Agreements page."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import agreements
from peerdesk.core.services.agreements import CHANNELS, AgreementRecord
from peerdesk.core.services.boundary_events import EventRecord, event_label
from peerdesk.core.services.contact_hours import DAYS
from peerdesk.core.vocab import EVENT_KINDS, BoundaryEventKind
from peerdesk.i18n import core_label, error_text, tr
from peerdesk.ui.widgets.dates import optional_date, optional_date_edit, set_optional_date
from peerdesk.ui.widgets.wheel import wheel_scrolls_form


def lines_of(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _day_name(index: int) -> str:
    """Monday (0) to Sunday (6) in the mentor's language."""
    return QLocale().standaloneDayName(index + 1, QLocale.FormatType.LongFormat)


class AgreementEditor(QDialog):
    """Edit a draft version. Contact hours: one line per day, e.g. "09:00-18:00, 19:00-20:00"."""

    def __init__(self, parent: QWidget | None, record: AgreementRecord) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(
            tr("Agreement, version {version}").format(version=record.version)
            if record.version
            else tr("New agreement version")
        )
        self.resize(820, 760)
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.template = QComboBox()
        self.template.addItem(tr("(keep what is written)"), "")
        for t in agreements.templates():
            self.template.addItem(t.name, t.key)
        self.template.setToolTip(tr("Fill every field from a programme's template"))
        form.addRow(tr("Start from a template"), self.template)
        dates = QHBoxLayout()
        self.effective = optional_date_edit(tr("not yet"))
        self.review = optional_date_edit(tr("not yet"))
        self.effective.setAccessibleName(tr("Starts"))
        self.review.setAccessibleName(tr("Look at it again on"))
        dates.addWidget(QLabel(tr("Starts")))
        dates.addWidget(self.effective)
        dates.addSpacing(16)
        dates.addWidget(QLabel(tr("Look at it again on")))
        dates.addWidget(self.review)
        dates.addStretch()
        form.addRow(tr("Dates"), dates)
        hours = QGridLayout()
        self.hours: dict[str, QLineEdit] = {}
        for i, day in enumerate(DAYS):
            edit = QLineEdit()
            edit.setPlaceholderText(tr("no contact (e.g. 09:00-18:00; night: 22:00-02:00)"))
            edit.setAccessibleName(tr("Contact hours on {v0}").format(v0=_day_name(i)))
            self.hours[day] = edit
            hours.addWidget(QLabel(_day_name(i)), i, 0)
            hours.addWidget(edit, i, 1)
        form.addRow(tr("When we can be in touch"), hours)
        channels = QHBoxLayout()
        self.channels: dict[str, QCheckBox] = {}
        for c in CHANNELS:
            self.channels[c] = QCheckBox(core_label(c))
            channels.addWidget(self.channels[c])
        channels.addStretch()
        form.addRow(tr("How we keep in touch"), channels)
        self.response = QLineEdit()
        form.addRow(tr("How soon I reply"), self.response)
        self.places = self._text(tr("One place per line"))
        form.addRow(tr("Where we meet"), self.places)
        self.will = self._text(tr("One per line"))
        form.addRow(tr("What I will do"), self.will)
        self.will_not = self._text(tr("One per line, e.g. lend money, give rides, meet at home"))
        form.addRow(tr("What I will not do"), self.will_not)
        self.confidentiality = self._text()
        form.addRow(tr("What stays between us"), self.confidentiality)
        self.limits = self._text()
        form.addRow(tr("When I would have to share"), self.limits)
        self.crisis = self._text()
        form.addRow(tr("If there is a crisis"), self.crisis)
        self.ending = self._text()
        form.addRow(tr("How mentoring ends"), self.ending)
        self.change = self._text()
        form.addRow(tr("A different mentor"), self.change)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it scrolls to them
        scroll.setWidget(body)
        wheel_scrolls_form(scroll, body)
        self.error = QLabel(wordWrap=True, objectName="formError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "Write it so you could read it aloud together. It stays a draft until you "
                    "both agree to it."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.template.activated.connect(lambda _i: self._use_template())
        self.fill(record)

    @staticmethod
    def _text(placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(72)
        return edit

    def fill(self, r: AgreementRecord) -> None:
        set_optional_date(self.effective, r.effective_on)
        set_optional_date(self.review, r.review_on)
        for day, edit in self.hours.items():
            edit.setText(", ".join(f"{s}-{e}" for s, e in r.contact_hours.get(day) or []))
        for c, box in self.channels.items():
            box.setChecked(c in r.channels)
        self.response.setText(r.response_time)
        self.response.setCursorPosition(0)  # show how it starts, not "eply to texts… weekends."
        for lines_box, items in (
            (self.places, r.meeting_places),
            (self.will, r.mentor_will),
            (self.will_not, r.mentor_will_not),
        ):
            lines_box.setPlainText("\n".join(items))
        for text_box, text in (
            (self.confidentiality, r.confidentiality),
            (self.limits, r.confidentiality_limits),
            (self.crisis, r.crisis_plan),
            (self.ending, r.ending),
            (self.change, r.change_of_mentor),
        ):
            text_box.setPlainText(text)

    def _use_template(self) -> None:
        key = self.template.currentData()
        if key:
            fresh = agreements.from_template(key, mentee_id=self.record.mentee_id)
            fresh.effective_on, fresh.review_on = (
                optional_date(self.effective),
                optional_date(self.review),
            )
            self.fill(fresh)
            self.record.template = key

    def value(self) -> AgreementRecord:
        hours: dict[str, list[list[str]]] = {}
        for day, edit in self.hours.items():
            windows = []
            for part in edit.text().replace(";", ",").split(","):
                if part.strip():
                    start, _, end = part.strip().partition("-")
                    windows.append([start.strip(), end.strip()])
            if windows:
                hours[day] = windows
        r = self.record
        return AgreementRecord(
            mentee_id=r.mentee_id,
            template=r.template,
            effective_on=optional_date(self.effective),
            review_on=optional_date(self.review),
            contact_hours=hours,
            channels=[c for c, box in self.channels.items() if box.isChecked()],
            response_time=self.response.text().strip(),
            meeting_places=lines_of(self.places),
            mentor_will=lines_of(self.will),
            mentor_will_not=lines_of(self.will_not),
            confidentiality=self.confidentiality.toPlainText().strip(),
            confidentiality_limits=self.limits.toPlainText().strip(),
            crisis_plan=self.crisis.toPlainText().strip(),
            ending=self.ending.toPlainText().strip(),
            change_of_mentor=self.change.toPlainText().strip(),
            status=r.status,
            version=r.version,
            id=r.id,
        )

    def _accept(self) -> None:
        try:
            agreements.validate(self.value())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, record: AgreementRecord) -> AgreementRecord | None:
        dialog = cls(parent, record)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class EventDialog(QDialog):
    """Log a boundary event: what happened, what I did, and whether supervision has heard."""

    def __init__(self, parent: QWidget | None, record: EventRecord) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(tr("Boundary event"))
        self.resize(520, 420)
        form = QFormLayout()
        self.when = QDateTimeEdit(QDateTime(record.occurred_at), calendarPopup=True)
        self.when.setDisplayFormat("d MMM yyyy HH:mm")
        self.kind = QComboBox()
        for k in EVENT_KINDS:
            self.kind.addItem(core_label(event_label(k)), k.value)
        self.kind.setCurrentIndex(self.kind.findData(BoundaryEventKind(record.kind).value))
        self.happened = QPlainTextEdit(record.what_happened)
        self.did = QPlainTextEdit(record.what_i_did)
        for edit in (self.happened, self.did):
            edit.setTabChangesFocus(True)
        self.discussed = QCheckBox(tr("Talked it through in supervision"))
        self.discussed.setChecked(record.discussed_in_supervision)
        form.addRow(tr("When"), self.when)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("What happened"), self.happened)
        form.addRow(tr("What I did"), self.did)
        form.addRow("", self.discussed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Noticing is the point, not blame. A few words are enough."), wordWrap=True)
        )
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> EventRecord:
        return EventRecord(
            mentee_id=self.record.mentee_id,
            occurred_at=self.when.dateTime().toPython().replace(second=0, microsecond=0),
            kind=BoundaryEventKind(self.kind.currentData()),
            what_happened=self.happened.toPlainText().strip(),
            what_i_did=self.did.toPlainText().strip(),
            discussed_in_supervision=self.discussed.isChecked(),
            note_id=self.record.note_id,
            id=self.record.id,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, record: EventRecord) -> EventRecord | None:
        dialog = cls(parent, record)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
