"""Dialogs of the resource directory: the service form, the import preview, and referring a
mentee to a service. Each has an ``ask`` classmethod that returns plain values."""

from __future__ import annotations

import html
from datetime import date, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import directory, mentees, referrals
from peerdesk.core.services.directory import AddressItem, HoursItem, PhoneItem, ServiceRecord
from peerdesk.core.services.directory_import import ImportPlan
from peerdesk.core.services.directory_index import need_label
from peerdesk.core.services.referrals import STATUS_LABELS, ReferralRecord
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import ReferralStatus
from peerdesk.i18n import QT_TR_NOOP, core_label, core_text, error_text, tr
from peerdesk.ui.widgets.dates import pydate, pytime, qdate, qtime
from peerdesk.ui.widgets.wheel import wheel_scrolls_form

DAY_LABELS = (
    QT_TR_NOOP("Monday"),
    QT_TR_NOOP("Tuesday"),
    QT_TR_NOOP("Wednesday"),
    QT_TR_NOOP("Thursday"),
    QT_TR_NOOP("Friday"),
    QT_TR_NOOP("Saturday"),
    QT_TR_NOOP("Sunday"),
)
PHONE_KINDS = (
    ("voice", QT_TR_NOOP("Call")),
    ("text", QT_TR_NOOP("Text")),
    ("textphone", QT_TR_NOOP("Textphone / TTY")),
    ("fax", QT_TR_NOOP("Fax")),
)
MAX_PREVIEW_ROWS = 1000
REFER_CHOICES = 500  # services listed in the referral form (favourites first, by name)
# Shown with tr(): a service's status (directory.STATUSES) and the countries peerdesk names.
_SHOWN_WORDS = (
    QT_TR_NOOP("Active"),
    QT_TR_NOOP("Inactive"),
    QT_TR_NOOP("Defunct"),
    QT_TR_NOOP("Temporarily closed"),
    QT_TR_NOOP("United States"),
    QT_TR_NOOP("United Kingdom"),
    QT_TR_NOOP("Canada"),
    QT_TR_NOOP("Ireland"),
    QT_TR_NOOP("Australia"),
)


class ServiceDialog(QDialog):
    """Add or edit a service in words a mentor uses: who runs it, how to reach it, when it
    is open, where it is, and what needs it helps with."""

    PHONE_ROWS = 3

    def __init__(self, record: ServiceRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit service") if record and record.id else tr("Add a service"))
        self._record = record
        self.resize(720, 760)
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()

        self.name = QLineEdit(placeholderText=tr("What people call it, e.g. Riverside Food Bank"))
        self.organisation = QLineEdit(placeholderText=tr("Who runs it"))
        self.description = QPlainTextEdit(placeholderText=tr("What they offer, in plain words"))
        self.description.setFixedHeight(70)
        self.description.setTabChangesFocus(True)  # Tab goes on to Website
        self.website = QLineEdit(placeholderText="https://…")
        self.email = QLineEdit()
        self.eligibility = QLineEdit(placeholderText=tr("Who it is for, if anyone is left out"))
        self.fees = QLineEdit(placeholderText=tr("Free, or what it costs"))
        self.status = QComboBox()
        for value in directory.STATUSES:
            self.status.addItem(tr(value.capitalize()), value)
        self.region = QComboBox()
        self.region.addItem(tr("(not set)"), "")
        for code, label in directory.REGIONS.items():
            self.region.addItem(tr(label), code)
        self.notes = QPlainTextEdit(placeholderText=tr("Your own notes (never exported)"))
        self.notes.setFixedHeight(50)
        self.notes.setTabChangesFocus(True)
        about = QFormLayout()
        about.addRow(tr("Service name"), self.name)
        about.addRow(tr("Organisation"), self.organisation)
        about.addRow(tr("What they offer"), self.description)
        about.addRow(tr("Who it is for"), self.eligibility)
        about.addRow(tr("Cost"), self.fees)
        about.addRow(tr("Website"), self.website)
        about.addRow(tr("Email"), self.email)
        about.addRow(tr("Status"), self.status)
        about.addRow(tr("Country"), self.region)
        about.addRow(tr("My notes"), self.notes)

        phones_box = QGroupBox(tr("How to reach them"))
        phones_grid = QGridLayout(phones_box)
        self.phone_numbers: list[QLineEdit] = []
        self.phone_kinds: list[QComboBox] = []
        self.phone_notes: list[QLineEdit] = []
        for row in range(self.PHONE_ROWS):
            number = QLineEdit(placeholderText=tr("Number or short code"))
            number.setAccessibleName(tr("Number {n}").format(n=row + 1))
            kind = QComboBox()
            kind.setAccessibleName(tr("Kind of number {n}").format(n=row + 1))
            for value, label in PHONE_KINDS:
                kind.addItem(tr(label), value)
            note = QLineEdit(placeholderText=tr("e.g. Text HOME to 741741"))
            note.setAccessibleName(tr("About number {n}").format(n=row + 1))
            phones_grid.addWidget(number, row, 0)
            phones_grid.addWidget(kind, row, 1)
            phones_grid.addWidget(note, row, 2)
            self.phone_numbers.append(number)
            self.phone_kinds.append(kind)
            self.phone_notes.append(note)

        hours_box = QGroupBox(tr("Opening hours (tick the days they are open)"))
        hours_grid = QGridLayout(hours_box)
        self.day_open: list[QCheckBox] = []
        self.day_from: list[QTimeEdit] = []
        self.day_to: list[QTimeEdit] = []
        for row, label in enumerate(DAY_LABELS):
            box = QCheckBox(tr(label))
            opens = QTimeEdit(QTime(9, 0), displayFormat="HH:mm")
            closes = QTimeEdit(QTime(17, 0), displayFormat="HH:mm")
            opens.setAccessibleName(tr("{day} opens").format(day=tr(label)))
            closes.setAccessibleName(tr("{day} closes").format(day=tr(label)))
            hours_grid.addWidget(box, row, 0)
            hours_grid.addWidget(QLabel(tr("from")), row, 1)
            hours_grid.addWidget(opens, row, 2)
            hours_grid.addWidget(QLabel(tr("to")), row, 3)
            hours_grid.addWidget(closes, row, 4)
            self.day_open.append(box)
            self.day_from.append(opens)
            self.day_to.append(closes)
        self.all_day = QCheckBox(tr("Open 24 hours on the ticked days"))
        hours_grid.addWidget(self.all_day, len(DAY_LABELS), 0, 1, 5)

        place_box = QGroupBox(tr("Where"))
        place = QFormLayout(place_box)
        self.address_1 = QLineEdit(
            placeholderText=tr("Street and number (leave empty for phone-only services)")
        )
        self.city = QLineEdit()
        self.state = QLineEdit()
        self.postal = QLineEdit()
        self.country = QLineEdit(placeholderText="US, GB, CA, IE, AU…", maxLength=2)
        self.transport = QLineEdit(placeholderText=tr("e.g. Bus 7 to Mill Street"))
        place.addRow(tr("Address"), self.address_1)
        place.addRow(tr("Town or city"), self.city)
        place.addRow(tr("State / county"), self.state)
        place.addRow(tr("Postal code"), self.postal)
        place.addRow(tr("Country code"), self.country)
        place.addRow(tr("Getting there"), self.transport)

        needs_box = QGroupBox(tr("Helps with"))
        needs_grid = QGridLayout(needs_box)
        self.need_boxes: dict[str, QCheckBox] = {}
        for i, need in enumerate(directory.needs()):
            name, about_need = need_label(need.code)
            box = QCheckBox(name)
            box.setToolTip(about_need)
            needs_grid.addWidget(box, i // 3, i % 3)
            self.need_boxes[need.code] = box

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(about)
        inner.addWidget(needs_box)
        inner.addWidget(phones_box)
        inner.addWidget(hours_box)
        inner.addWidget(place_box)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it scrolls to them
        scroll.setWidget(body)
        wheel_scrolls_form(scroll, body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._kept_hours: list[HoursItem] = []
        if record is not None:
            self._fill(record)

    def _fill(self, r: ServiceRecord) -> None:
        self.name.setText(r.name)
        self.organisation.setText(r.organization_name)
        self.description.setPlainText(r.description)
        self.website.setText(r.url)
        self.email.setText(r.email)
        self.eligibility.setText(r.eligibility_description)
        self.fees.setText(r.fees_description)
        self.notes.setPlainText(r.notes)
        self.status.setCurrentIndex(max(0, self.status.findData(r.status)))
        self.region.setCurrentIndex(max(0, self.region.findData(r.region)))
        for i, phone in enumerate(r.phones[: self.PHONE_ROWS]):
            self.phone_numbers[i].setText(phone.number)
            self.phone_kinds[i].setCurrentIndex(max(0, self.phone_kinds[i].findData(phone.type)))
            self.phone_notes[i].setText(phone.description)
        for h in r.hours:
            if not h.plain_weekly:
                self._kept_hours.append(h)  # dated, monthly or every-other hours: kept as is
                continue
            assert h.opens_at is not None and h.closes_at is not None
            for d in h.days:
                i = directory.DAYS.index(d)
                self.day_open[i].setChecked(True)
                self.day_from[i].setTime(qtime(h.opens_at))
                self.day_to[i].setTime(qtime(h.closes_at))
                if h.opens_at == time(0, 0) and h.closes_at == directory.END_OF_DAY:
                    self.all_day.setChecked(True)
        if r.addresses:
            a = r.addresses[0]
            self.address_1.setText(a.address_1)
            self.city.setText(a.city)
            self.state.setText(a.state_province)
            self.postal.setText(a.postal_code)
            self.country.setText(a.country)
            self.transport.setText(a.transportation)
        for code in r.needs:
            if code in self.need_boxes:
                self.need_boxes[code].setChecked(True)

    def record(self) -> ServiceRecord:
        base = self._record
        hours: dict[tuple[time, time], list[str]] = {}
        for i, box in enumerate(self.day_open):
            if not box.isChecked():
                continue
            span = (
                (time(0, 0), directory.END_OF_DAY)
                if self.all_day.isChecked()
                else (pytime(self.day_from[i].time()), pytime(self.day_to[i].time()))
            )
            hours.setdefault(span, []).append(directory.DAYS[i])
        addresses = []
        if self.address_1.text().strip():
            addresses.append(
                AddressItem(
                    address_1=self.address_1.text(),
                    city=self.city.text(),
                    state_province=self.state.text(),
                    postal_code=self.postal.text(),
                    country=self.country.text().upper(),
                    transportation=self.transport.text(),
                    location_name=base.addresses[0].location_name
                    if base and base.addresses
                    else "",
                    id=base.addresses[0].id if base and base.addresses else None,
                )
            )
        return ServiceRecord(
            id=base.id if base else None,
            organization_id=base.organization_id if base else None,
            name=self.name.text(),
            organization_name=self.organisation.text(),
            description=self.description.toPlainText(),
            url=self.website.text(),
            email=self.email.text(),
            status=self.status.currentData(),
            fees_description=self.fees.text(),
            eligibility_description=self.eligibility.text(),
            application_process=base.application_process if base else "",
            region=self.region.currentData(),
            needs=[code for code, box in self.need_boxes.items() if box.isChecked()],
            phones=[
                PhoneItem(n.text(), k.currentData(), d.text())
                for n, k, d in zip(
                    self.phone_numbers, self.phone_kinds, self.phone_notes, strict=True
                )
                if n.text().strip()
            ]
            + (base.phones[self.PHONE_ROWS :] if base else []),
            hours=[HoursItem(days, o, c) for (o, c), days in hours.items()] + self._kept_hours,
            addresses=addresses,
            assured_date=base.assured_date if base else date.today(),
            favourite=base.favourite if base else False,
            notes=self.notes.toPlainText(),
            source=base.source if base else "",
        )

    def _accept(self) -> None:
        try:
            directory.validate(self.record())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, record: ServiceRecord | None = None
    ) -> ServiceRecord | None:
        dialog = cls(record, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.record()


class ImportPreviewDialog(QDialog):
    """What an import would do, and every problem found (file, row, field, reason)."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import preview"))
        self.resize(760, 520)
        self.plan = plan
        self.summary = QLabel(wordWrap=True)
        self.summary.setText(
            f"<b>{html.escape(plan.source)}</b><br>{html.escape(core_text(plan.summary()))}."
            + (
                "<br>"
                + tr(
                    "Services with problems are left out; everything else is imported "
                    "together, or nothing is."
                )
                if plan.invalid
                else ""
            )
        )
        self.notes = QLabel(
            "<br>".join(html.escape(core_text(n)) for n in plan.notes),
            objectName="hint",
            wordWrap=True,
        )
        self.notes.setVisible(bool(plan.notes))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("File"), tr("Row"), tr("Field"), tr("Problem")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        shown = plan.issues[:MAX_PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        for row, issue in enumerate(shown):
            for col, value in enumerate(
                (
                    issue.file,
                    "" if issue.row is None else str(issue.row),
                    issue.field,
                    core_text(issue.reason),
                )
            ):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.setVisible(bool(shown))
        hidden = len(plan.issues) - len(shown) + plan.issues_dropped
        self.more = QLabel(
            tr("… and %n more problem(s).", None, hidden) if hidden else "", objectName="hint"
        )
        self.more.setVisible(bool(hidden))
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            tr("Import %n service(s)", None, plan.to_write), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(plan.to_write > 0)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        if shown:
            layout.addWidget(
                QLabel(
                    "<b>"
                    + tr("Problems (%n)", None, len(plan.issues) + plan.issues_dropped)
                    + "</b>"
                )
            )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)
        if not shown:
            layout.addStretch()
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ImportPlan) -> bool:
        return cls(plan, parent).exec() == QDialog.DialogCode.Accepted


class ReferDialog(QDialog):
    """Refer a mentee to a service. Saves the referral itself (so a refusal can be shown in
    place with everything kept) and hands back its id."""

    def __init__(
        self,
        vault: Vault,
        mentee_id: int | None = None,
        service_id: str | None = None,
        note_id: int | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Refer to a service"))
        self.resize(520, 380)
        self.vault = vault
        self.note_id = note_id
        self.today = today or date.today()
        self.referral_id: int | None = None
        self.mentee = QComboBox()
        for m in mentees.list_mentees(vault):
            self.mentee.addItem(m.display_name, m.id)
        if mentee_id is not None:
            self.mentee.setCurrentIndex(max(0, self.mentee.findData(mentee_id)))
        self.service = QComboBox()
        self.service.setEditable(True)
        self.service.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for s in directory.search_services(vault, today=self.today, limit=REFER_CHOICES):
            self.service.addItem(f"{s.name} ({s.organization_name})", s.id)
        if service_id is not None and self.service.findData(service_id) < 0:
            chosen = directory.get_service(vault, service_id=service_id)
            self.service.insertItem(0, f"{chosen.name} ({chosen.organization_name})", service_id)
        if service_id is not None:
            self.service.setCurrentIndex(max(0, self.service.findData(service_id)))
        self.referred_on = QDateEdit(
            qdate(self.today), calendarPopup=True, displayFormat="d MMM yyyy"
        )
        self.reason = QPlainTextEdit(placeholderText=tr("What they hope for, in their own words"))
        self.reason.setFixedHeight(70)
        self.reason.setTabChangesFocus(True)
        self.status = QComboBox()
        for status, label in STATUS_LABELS.items():
            self.status.addItem(core_label(label, capital=True), status.value)
        self.follow_up = QCheckBox(tr("Remind me to follow up on"))
        self.follow_up_on = QDateEdit(
            qdate(directory_next_week(self.today)), calendarPopup=True, displayFormat="d MMM yyyy"
        )
        self.follow_up_on.setAccessibleName(tr("Follow-up date"))
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        self.follow_up.setChecked(True)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_on, 1)
        form = QFormLayout()
        form.addRow(tr("Mentee"), self.mentee)
        form.addRow(tr("Service"), self.service)
        form.addRow(tr("Date"), self.referred_on)
        form.addRow(tr("Why"), self.reason)
        form.addRow(tr("Status"), self.status)
        form.addRow(follow)
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(self.buttons)

    def record(self) -> ReferralRecord | None:
        if self.mentee.currentData() is None or self.service.currentData() is None:
            return None
        return ReferralRecord(
            mentee_id=int(self.mentee.currentData()),
            service_id=str(self.service.currentData()),
            referred_on=pydate(self.referred_on.date()),
            reason=self.reason.toPlainText(),
            status=ReferralStatus(self.status.currentData()),
            follow_up_on=pydate(self.follow_up_on.date()) if self.follow_up.isChecked() else None,
            note_id=self.note_id,
        )

    def _save(self) -> None:
        record = self.record()
        if record is None:
            self.error.setText(tr("Choose a mentee and a service."))
            self.error.show()
            return
        try:
            self.referral_id = referrals.add_referral(self.vault, record=record, today=self.today)
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vault: Vault,
        mentee_id: int | None = None,
        service_id: str | None = None,
        note_id: int | None = None,
    ) -> int | None:
        """The new referral's id, or None when cancelled."""
        dialog = cls(vault, mentee_id, service_id, note_id, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.referral_id


def directory_next_week(today: date) -> date:
    from datetime import timedelta

    return today + timedelta(days=7)
