"""The Agreements page: each mentee's boundary agreement (versions, what changed, dates
each of you agreed, printing), boundary events with their pattern and reflection
prompts, and the crisis card."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.services import agreements, boundary_events, crisis_cards, directory
from peerdesk.core.services.agreements import CHANNELS, AgreementRecord
from peerdesk.core.services.boundary_events import EventRecord, event_label
from peerdesk.core.services.contact_hours import DAY_NAMES, DAYS
from peerdesk.core.services.crisis_cards import CrisisCardRecord
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import EVENT_KINDS, AgreementStatus, BoundaryEventKind
from peerdesk.render.charts import ChartColours
from peerdesk.ui import files, messages
from peerdesk.ui.compat import emit
from peerdesk.ui.mentee_combo import MenteeCombo
from peerdesk.ui.pages.common import page_layout
from peerdesk.ui.signals import AppSignals

ID_ROLE = Qt.ItemDataRole.UserRole
NO_DATE = QDate(2000, 1, 1)
KIND_COLOURS = {
    BoundaryEventKind.OUT_OF_HOURS: "#2b6cb0",
    BoundaryEventKind.GIFT: "#38a169",
    BoundaryEventKind.MONEY_REQUEST: "#d69e2e",
    BoundaryEventKind.DUAL_RELATIONSHIP: "#805ad5",
    BoundaryEventKind.DEPENDENCY: "#dd6b20",
    BoundaryEventKind.OVER_SHARING: "#319795",
    BoundaryEventKind.OVER_IDENTIFICATION: "#d53f8c",
    BoundaryEventKind.OTHER: "#718096",
}
DIFF_COLOURS = {"replace": "#fff3c4", "delete": "#fde2e1", "insert": "#dcf5e3"}


def _date_edit() -> QDateEdit:
    edit = QDateEdit(calendarPopup=True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("not yet")
    edit.setDate(NO_DATE)
    return edit


def _set_date(edit: QDateEdit, d: date | None) -> None:
    edit.setDate(QDate(d) if d else NO_DATE)


def _date_of(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else edit.date().toPython()


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _when(d: date | None) -> str:
    return d.strftime("%d %b %Y").lstrip("0") if d else "not yet"


# --- the agreement editor --------------------------------------------------------------------


class AgreementEditor(QDialog):
    """Edit a draft version. Contact hours: one line per day, e.g. "09:00-18:00, 19:00-20:00"."""

    def __init__(self, parent: QWidget | None, record: AgreementRecord) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(
            f"Agreement, version {record.version}" if record.version else "New agreement version"
        )
        self.resize(820, 760)
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.template = QComboBox()
        self.template.addItem("(keep what is written)", "")
        for t in agreements.templates():
            self.template.addItem(t.name, t.key)
        self.template.setToolTip("Fill every field from a programme's template")
        form.addRow("Start from a template", self.template)
        dates = QHBoxLayout()
        self.effective = _date_edit()
        self.review = _date_edit()
        dates.addWidget(QLabel("Starts"))
        dates.addWidget(self.effective)
        dates.addSpacing(16)
        dates.addWidget(QLabel("Look at it again on"))
        dates.addWidget(self.review)
        dates.addStretch()
        form.addRow("Dates", dates)
        hours = QGridLayout()
        self.hours: dict[str, QLineEdit] = {}
        for i, day in enumerate(DAYS):
            edit = QLineEdit()
            edit.setPlaceholderText("no contact (e.g. 09:00-18:00; night: 22:00-02:00)")
            edit.setAccessibleName(f"Contact hours on {DAY_NAMES[day]}")
            self.hours[day] = edit
            hours.addWidget(QLabel(DAY_NAMES[day]), i, 0)
            hours.addWidget(edit, i, 1)
        form.addRow("When we can be in touch", hours)
        channels = QHBoxLayout()
        self.channels: dict[str, QCheckBox] = {}
        for c in CHANNELS:
            self.channels[c] = QCheckBox(c)
            channels.addWidget(self.channels[c])
        channels.addStretch()
        form.addRow("How we keep in touch", channels)
        self.response = QLineEdit()
        form.addRow("How soon I reply", self.response)
        self.places = self._text("One place per line")
        form.addRow("Where we meet", self.places)
        self.will = self._text("One per line")
        form.addRow("What I will do", self.will)
        self.will_not = self._text("One per line, e.g. lend money, give rides, meet at home")
        form.addRow("What I will not do", self.will_not)
        self.confidentiality = self._text()
        form.addRow("What stays between us", self.confidentiality)
        self.limits = self._text()
        form.addRow("When I would have to share", self.limits)
        self.crisis = self._text()
        form.addRow("If there is a crisis", self.crisis)
        self.ending = self._text()
        form.addRow("How mentoring ends", self.ending)
        self.change = self._text()
        form.addRow("A different mentor", self.change)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        self.error = QLabel(wordWrap=True, objectName="formError")
        self.error.setStyleSheet("color: #c53030;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "Write it so you could read it aloud together. It stays a draft until you "
                "both agree to it.",
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
        _set_date(self.effective, r.effective_on)
        _set_date(self.review, r.review_on)
        for day, edit in self.hours.items():
            edit.setText(", ".join(f"{s}-{e}" for s, e in r.contact_hours.get(day) or []))
        for c, box in self.channels.items():
            box.setChecked(c in r.channels)
        self.response.setText(r.response_time)
        for edit, items in (
            (self.places, r.meeting_places),
            (self.will, r.mentor_will),
            (self.will_not, r.mentor_will_not),
        ):
            edit.setPlainText("\n".join(items))
        for edit, text in (
            (self.confidentiality, r.confidentiality),
            (self.limits, r.confidentiality_limits),
            (self.crisis, r.crisis_plan),
            (self.ending, r.ending),
            (self.change, r.change_of_mentor),
        ):
            edit.setPlainText(text)

    def _use_template(self) -> None:
        key = self.template.currentData()
        if key:
            fresh = agreements.from_template(key, mentee_id=self.record.mentee_id)
            fresh.effective_on, fresh.review_on = _date_of(self.effective), _date_of(self.review)
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
            effective_on=_date_of(self.effective),
            review_on=_date_of(self.review),
            contact_hours=hours,
            channels=[c for c, box in self.channels.items() if box.isChecked()],
            response_time=self.response.text().strip(),
            meeting_places=_lines(self.places),
            mentor_will=_lines(self.will),
            mentor_will_not=_lines(self.will_not),
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
            self.error.setText(str(exc))
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
        self.setWindowTitle("Boundary event")
        self.resize(520, 420)
        form = QFormLayout()
        self.when = QDateTimeEdit(QDateTime(record.occurred_at), calendarPopup=True)
        self.when.setDisplayFormat("d MMM yyyy HH:mm")
        self.kind = QComboBox()
        for k in EVENT_KINDS:
            self.kind.addItem(event_label(k), k.value)
        self.kind.setCurrentIndex(self.kind.findData(BoundaryEventKind(record.kind).value))
        self.happened = QPlainTextEdit(record.what_happened)
        self.did = QPlainTextEdit(record.what_i_did)
        for edit in (self.happened, self.did):
            edit.setTabChangesFocus(True)
        self.discussed = QCheckBox("Talked it through in supervision")
        self.discussed.setChecked(record.discussed_in_supervision)
        form.addRow("When", self.when)
        form.addRow("Kind", self.kind)
        form.addRow("What happened", self.happened)
        form.addRow("What I did", self.did)
        form.addRow("", self.discussed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel("Noticing is the point, not blame. A few words are enough.", wordWrap=True)
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


# --- the events chart ------------------------------------------------------------------------


class EventsChart(QWidget):
    """Boundary events per month, stacked by kind, in a QPainter bar chart."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(QSize(360, 200))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Boundary events per month, by kind")
        self.months: list[tuple[date, Counter]] = []

    def set_months(self, months: list[tuple[date, Counter]]) -> None:
        self.months = months
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = ChartColours.from_palette(self.palette())
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        fm = painter.fontMetrics()
        line_h = fm.height()
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), line_h),
            Qt.AlignmentFlag.AlignLeft,
            "Boundary events per month",
        )
        used = [k for k in EVENT_KINDS if any(c[k] for _, c in self.months)]
        legend_h = line_h + 4 if used else 0
        top = rect.top() + line_h + 8
        bottom = rect.bottom() - line_h - 4 - legend_h
        if not used:
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(rect.left(), top, rect.width(), bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                "Nothing logged in these months.",
            )
            painter.end()
            return
        peak = max(max(sum(c.values()) for _, c in self.months), 1)
        slot = rect.width() / max(len(self.months), 1)
        unit = (bottom - top) / peak
        painter.setPen(colours.grid)
        painter.drawLine(int(rect.left()), int(bottom), int(rect.right()), int(bottom))
        for i, (month, counts) in enumerate(self.months):
            x = rect.left() + i * slot + slot * 0.2
            y = bottom
            for k in used:
                n = counts[k]
                if n:
                    h = n * unit
                    painter.fillRect(QRectF(x, y - h, slot * 0.6, h), QColor(KIND_COLOURS[k]))
                    y -= h
            total = sum(counts.values())
            painter.setPen(colours.text)
            if total:
                painter.drawText(
                    QRectF(x, y - line_h, slot * 0.6, line_h),
                    Qt.AlignmentFlag.AlignHCenter,
                    str(total),
                )
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(rect.left() + i * slot, bottom + 2, slot, line_h),
                Qt.AlignmentFlag.AlignHCenter,
                month.strftime("%b"),
            )
        x = rect.left()
        ly = rect.bottom() - line_h
        for k in used:
            label = event_label(k)
            painter.fillRect(
                QRectF(x, ly + line_h * 0.2, 10, line_h * 0.6), QColor(KIND_COLOURS[k])
            )
            painter.setPen(colours.text)
            painter.drawText(QRectF(x + 14, ly, fm.horizontalAdvance(label) + 4, line_h), label)
            x += 14 + fm.horizontalAdvance(label) + 16
        painter.end()


# --- the page --------------------------------------------------------------------------------


class AgreementsPage(QWidget):
    def __init__(
        self,
        vault: Vault,
        signals: AppSignals,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        self.fixed_today = today
        self.current: AgreementRecord | None = None
        layout = page_layout(
            self,
            "Agreements",
            "What you and each mentee agreed about contact, places and limits, how it has "
            "changed, and the moments that touched a boundary. A clear agreement protects you both.",
        )
        top = QHBoxLayout()
        self.mentee = MenteeCombo("Whose agreement")
        self.new_button = QPushButton("New version…")
        self.print_button = QPushButton("To sign (PDF)…")
        self.copy_button = QPushButton("Their copy (PDF)…")
        top.addWidget(QLabel("Mentee"))
        top.addWidget(self.mentee)
        top.addWidget(self.new_button)
        top.addStretch()
        top.addWidget(self.print_button)
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_agreement_tab()
        self._build_diff_tab()
        self._build_events_tab()
        self._build_card_tab()

        self.mentee.currentIndexChanged.connect(lambda _i: self.show_mentee())
        self.versions.currentItemChanged.connect(lambda item, _p: self._version_chosen(item))
        self.new_button.clicked.connect(self.new_version)
        self.edit_button.clicked.connect(self.edit_draft)
        self.activate_button.clicked.connect(self.activate)
        self.delete_button.clicked.connect(self.delete_draft)
        self.ack_button.clicked.connect(self.save_acknowledgements)
        self.print_button.clicked.connect(lambda: self.save_pdf(for_mentee=False))
        self.copy_button.clicked.connect(lambda: self.save_pdf(for_mentee=True))
        self.older.currentIndexChanged.connect(lambda _i: self.show_difference())
        self.newer.currentIndexChanged.connect(lambda _i: self.show_difference())
        self.log_button.clicked.connect(lambda: self.log_event())
        self.events.itemActivated.connect(self._edit_event)
        self.delete_event_button.clicked.connect(self.delete_event)
        self.card_save.clicked.connect(self.save_card)
        self.card_pdf.clicked.connect(self.save_card_pdf)
        self.service_search.textChanged.connect(lambda _t: self._fill_services())
        signals.vault_unlocked.connect(self.reload)
        signals.vault_locked.connect(self.clear)
        signals.mentees_changed.connect(self.reload)
        signals.settings_changed.connect(self._setting_changed)
        self.clear()

    # -- building -------------------------------------------------------------------------------
    def _build_agreement_tab(self) -> None:
        page = QWidget()
        row = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addWidget(QLabel("Versions"))
        self.versions = QListWidget()
        self.versions.setAccessibleName("Versions of the agreement")
        self.versions.setMaximumWidth(260)
        left.addWidget(self.versions, 1)
        row.addLayout(left)
        right = QVBoxLayout()
        self.status = QLabel(wordWrap=True, objectName="agreementStatus")
        right.addWidget(self.status)
        self.text = QTextBrowser()
        self.text.setAccessibleName("The agreement")
        right.addWidget(self.text, 1)
        acks = QHBoxLayout()
        self.ack_mentee = _date_edit()
        self.ack_mentor = _date_edit()
        self.ack_button = QPushButton("Save dates")
        acks.addWidget(QLabel("They agreed on"))
        acks.addWidget(self.ack_mentee)
        acks.addWidget(QLabel("I agreed on"))
        acks.addWidget(self.ack_mentor)
        acks.addWidget(self.ack_button)
        acks.addStretch()
        right.addLayout(acks)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton("Edit draft…")
        self.activate_button = QPushButton("We both agree: make it current")
        self.delete_button = QPushButton("Delete draft")
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.activate_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        right.addLayout(buttons)
        row.addLayout(right, 1)
        self.tabs.addTab(page, "Agreement")

    def _build_diff_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        pick = QHBoxLayout()
        self.older = QComboBox()
        self.newer = QComboBox()
        pick.addWidget(QLabel("Compare"))
        pick.addWidget(self.older)
        pick.addWidget(QLabel("with"))
        pick.addWidget(self.newer)
        pick.addStretch()
        layout.addLayout(pick)
        self.diff = QTableWidget(0, 2)
        self.diff.setHorizontalHeaderLabels(["Before", "After"])
        self.diff.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.diff.verticalHeader().setVisible(False)
        self.diff.setWordWrap(True)
        self.diff.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff.setAccessibleName("What changed between versions")
        layout.addWidget(self.diff, 1)
        self.diff_summary = QLabel(wordWrap=True)
        layout.addWidget(self.diff_summary)
        self.tabs.addTab(page, "What changed")

    def _build_events_tab(self) -> None:
        page = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal, page)
        outer = QVBoxLayout(page)
        outer.addWidget(split)
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        self.signal = QLabel(wordWrap=True, objectName="gentleSignal")
        col.addWidget(self.signal)
        self.chart = EventsChart()
        col.addWidget(self.chart)
        self.events = QListWidget()
        self.events.setWordWrap(True)
        self.events.setAccessibleName("Boundary events, newest first")
        col.addWidget(self.events, 1)
        buttons = QHBoxLayout()
        self.log_button = QPushButton("Log a boundary event…")
        self.delete_event_button = QPushButton("Delete")
        buttons.addWidget(self.log_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_event_button)
        col.addLayout(buttons)
        split.addWidget(left)
        self.reflections = QTextBrowser()
        self.reflections.setAccessibleName("Questions to reflect on")
        split.addWidget(self.reflections)
        split.setSizes([560, 300])
        self.tabs.addTab(page, "Boundary events")

    def _build_card_tab(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        self.signs = QPlainTextEdit()
        self.signs.setPlaceholderText("In their words: what they notice when things get hard")
        self.helps = QPlainTextEdit()
        self.helps.setPlaceholderText("In their words: what helps")
        self.people = QPlainTextEdit()
        self.people.setPlaceholderText("One per line: name, relation, phone")
        self.other_services = QPlainTextEdit()
        self.other_services.setPlaceholderText("One per line, e.g. GP surgery 01632 960000")
        for edit in (self.signs, self.helps, self.people, self.other_services):
            edit.setTabChangesFocus(True)
        self.service_search = QLineEdit(placeholderText="Search the directory")
        self.services = QListWidget()
        self.services.setAccessibleName("Services and crisis lines from the directory")
        grid.addWidget(QLabel("Signs that things are getting hard"), 0, 0)
        grid.addWidget(self.signs, 1, 0)
        grid.addWidget(QLabel("What helps"), 2, 0)
        grid.addWidget(self.helps, 3, 0)
        grid.addWidget(QLabel("People to call"), 4, 0)
        grid.addWidget(self.people, 5, 0)
        grid.addWidget(QLabel("Services and crisis lines (tick to add)"), 0, 1)
        box = QVBoxLayout()
        box.addWidget(self.service_search)
        box.addWidget(self.services, 1)
        holder = QWidget()
        holder.setLayout(box)
        box.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(holder, 1, 1, 3, 1)
        grid.addWidget(QLabel("Other services, written by hand"), 4, 1)
        grid.addWidget(self.other_services, 5, 1)
        buttons = QHBoxLayout()
        self.card_saved = QLabel()
        self.card_save = QPushButton("Save card")
        self.card_pdf = QPushButton("Print on one page (PDF)…")
        buttons.addWidget(self.card_saved, 1)
        buttons.addWidget(self.card_save)
        buttons.addWidget(self.card_pdf)
        grid.addLayout(buttons, 6, 0, 1, 2)
        self.tabs.addTab(page, "Crisis card")
        self.card_tab = page

    # -- data -------------------------------------------------------------------------------------
    def today(self) -> date:
        return self.fixed_today or date.today()

    def mentee_id(self) -> int | None:
        return self.mentee.mentee_id()

    def reload(self) -> None:
        if not self.vault.is_open:
            return
        self.mentee.fill(self.vault)
        self.show_mentee()

    def select_mentee(self, mentee_id: int) -> None:
        if self.mentee.count() == 0:
            self.reload()
        self.mentee.select(mentee_id)

    def show_crisis_card(self, mentee_id: int | None = None) -> None:
        if mentee_id is not None:
            self.select_mentee(mentee_id)
        if self.vault.is_open and self.mentee_id() is not None:
            self._show_card(self.mentee_id())  # the directory may have changed since
        self.tabs.setCurrentWidget(self.card_tab)
        self.signs.setFocus()

    def show_mentee(self, keep_version: int | None = None) -> None:
        who = self.mentee_id()
        has = who is not None and self.vault.is_open
        for w in (self.new_button, self.log_button, self.card_save, self.card_pdf):
            w.setEnabled(has)
        self.versions.blockSignals(True)
        self.versions.clear()
        self.versions.blockSignals(False)
        if not has:
            self._show_version(None)
            return
        rows = agreements.history(self.vault, mentee_id=who)
        chosen = None
        for r in rows:
            item = QListWidgetItem(r.label)
            item.setData(ID_ROLE, r.id)
            if r.status == AgreementStatus.ACTIVE:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.versions.addItem(item)
            if r.id == keep_version or (
                keep_version is None and chosen is None and r.status == AgreementStatus.ACTIVE
            ):
                chosen = item
        if chosen is None and self.versions.count():
            chosen = self.versions.item(0)
        if chosen is not None:
            self.versions.setCurrentItem(chosen)
        else:
            self._show_version(None)
        for combo in (self.older, self.newer):
            combo.blockSignals(True)
            combo.clear()
            for r in rows:
                combo.addItem(r.label, r.id)
            combo.blockSignals(False)
        if len(rows) >= 2:
            self.newer.setCurrentIndex(0)
            self.older.setCurrentIndex(1)
        self.show_difference()
        self._show_events(who)
        self._show_card(who)

    def _version_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self._show_version(None)
            return
        self._show_version(agreements.get_agreement(self.vault, agreement_id=item.data(ID_ROLE)))

    def _show_version(self, record: AgreementRecord | None) -> None:
        self.current = record
        draft = record is not None and record.status == AgreementStatus.DRAFT
        for w in (self.edit_button, self.activate_button, self.delete_button):
            w.setEnabled(draft)
        for w in (
            self.ack_button,
            self.ack_mentee,
            self.ack_mentor,
            self.print_button,
            self.copy_button,
        ):
            w.setEnabled(record is not None)
        if record is None:
            self.text.clear()
            _set_date(self.ack_mentee, None)
            _set_date(self.ack_mentor, None)
            self.status.setText(
                "No agreement yet. Start one with 'New version…': pick the programme's "
                "template and make it yours together."
                if self.mentee_id() is not None
                else ""
            )
            return
        words = {
            AgreementStatus.ACTIVE: "This is the current agreement.",
            AgreementStatus.DRAFT: "A draft: talk it through, then make it current when you both agree.",
            AgreementStatus.SUPERSEDED: "An earlier version, kept as history.",
        }[record.status]
        review = ""
        if record.review_on:
            due = record.review_on <= self.today()
            review = f" Review {'was due' if due else 'planned'} on {_when(record.review_on)}."
        self.status.setText(f"Version {record.version}. {words}{review}")
        self.text.setHtml(_agreement_html(record))
        _set_date(self.ack_mentee, record.acknowledged_by_mentee_on)
        _set_date(self.ack_mentor, record.acknowledged_by_mentor_on)

    def show_difference(self) -> None:
        self.diff.setRowCount(0)
        self.diff_summary.clear()
        a, b = self.older.currentData(), self.newer.currentData()
        if a is None or b is None or not self.vault.is_open:
            self.diff_summary.setText("Once there are two versions, what changed shows here.")
            return
        old = agreements.get_agreement(self.vault, agreement_id=a)
        new = agreements.get_agreement(self.vault, agreement_id=b)
        rows = agreements.difference(old, new)
        self.diff.setRowCount(len(rows))
        changed = 0
        for i, r in enumerate(rows):
            for col, text in enumerate((r.left, r.right)):
                cell = QTableWidgetItem(text)
                colour = DIFF_COLOURS.get(r.tag)
                if colour and text:
                    cell.setBackground(QColor(colour))
                    cell.setForeground(QColor("#1a202c"))
                self.diff.setItem(i, col, cell)
            changed += r.tag != "equal"
        self.diff.resizeRowsToContents()
        first = next((i for i, r in enumerate(rows) if r.tag != "equal"), None)
        if first is not None:  # open at the first change, with a little context above
            self.diff.scrollToItem(
                self.diff.item(max(0, first - 3), 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        self.diff_summary.setText(
            f"{changed} line{'s' if changed != 1 else ''} changed. Yellow: reworded; "
            "red: taken out; green: added."
            if changed
            else "These two versions say the same."
        )

    def _show_events(self, who: int) -> None:
        self.events.clear()
        for e in boundary_events.list_events(self.vault, mentee_id=who):
            lines = [f"{e.occurred_at:%d %b %Y %H:%M}".lstrip("0") + f" · {event_label(e.kind)}"]
            if e.what_happened:
                lines.append(e.what_happened)
            if e.what_i_did:
                lines.append(f"What I did: {e.what_i_did}")
            if e.discussed_in_supervision:
                lines.append("Talked through in supervision.")
            item = QListWidgetItem("\n".join(lines))
            item.setData(ID_ROLE, e.id)
            self.events.addItem(item)
        self.chart.set_months(
            boundary_events.monthly_pattern(self.vault, mentee_id=who, today=self.today(), months=6)
        )
        found = [
            c
            for c in boundary_events.clusters(self.vault, today=self.today())
            if c.mentee_id == who
        ]
        self.signal.setText(" ".join(c.text for c in found))
        self.signal.setVisible(bool(found))
        html = [
            "<h3>Questions for you</h3><p>For your own thinking, or to bring to supervision.</p>"
        ]
        for topic in agreements.reflections():
            html.append(f"<h4>{_esc(topic.title)}</h4><ul>")
            html.extend(f"<li>{_esc(p)}</li>" for p in topic.prompts)
            html.append("</ul>")
        self.reflections.setHtml("".join(html))

    def _show_card(self, who: int) -> None:
        card = crisis_cards.get_crisis_card(self.vault, mentee_id=who)
        self.card_record = card
        self.signs.setPlainText(card.warning_signs)
        self.helps.setPlainText(card.what_helps)
        self.people.setPlainText(
            "\n".join(
                ", ".join(x for x in (p.get("name", ""), p.get("relation", ""), p.get("phone", "")))
                for p in card.people
            )
        )
        self.other_services.setPlainText("\n".join(card.other_services))
        self.chosen_services = list(card.service_ids)
        self.card_saved.setText(
            f"Last updated {_when(card.updated_at.date())}." if card.updated_at else ""
        )
        self._fill_services()

    def _fill_services(self) -> None:
        self.services.blockSignals(True)
        for i in range(self.services.count()):
            item = self.services.item(i)
            sid = item.data(ID_ROLE)
            if item.checkState() == Qt.CheckState.Checked and sid not in self.chosen_services:
                self.chosen_services.append(sid)
            elif item.checkState() == Qt.CheckState.Unchecked and sid in self.chosen_services:
                self.chosen_services.remove(sid)
        self.services.clear()
        if self.vault.is_open and self.mentee_id() is not None:
            query = self.service_search.text().strip()
            found = directory.search_services(
                self.vault, query=query, need=None if query else "crisis", today=self.today()
            )[:60]
            chosen = [s for s in found if s.id in self.chosen_services]
            shown = {s.id for s in found}
            for sid in self.chosen_services:
                if sid not in shown:
                    try:
                        svc = directory.get_service(self.vault, service_id=sid)
                    except PeerdeskError:
                        continue
                    self._add_service_item(sid, svc.name, "", True)
            for s in chosen + [s for s in found if s.id not in self.chosen_services]:
                self._add_service_item(
                    s.id, s.name, ", ".join(s.phones[:2]), s.id in self.chosen_services
                )
        self.services.blockSignals(False)

    def _add_service_item(self, sid: str, name: str, phones: str, checked: bool) -> None:
        item = QListWidgetItem(name + (f"  ·  {phones}" if phones else ""))
        item.setData(ID_ROLE, sid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.services.addItem(item)

    def clear(self) -> None:
        """On lock: nothing of anyone's agreement, events or crisis card stays on screen."""
        self.current = None
        self.mentee.blockSignals(True)
        self.mentee.clear()
        self.mentee.blockSignals(False)
        for lst in (self.versions, self.events, self.services):
            lst.blockSignals(True)
            lst.clear()
            lst.blockSignals(False)
        for combo in (self.older, self.newer):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.diff.setRowCount(0)
        for w in (
            self.text,
            self.reflections,
            self.signs,
            self.helps,
            self.people,
            self.other_services,
        ):
            w.clear()
        for label in (self.status, self.diff_summary, self.signal, self.card_saved):
            label.clear()
        self.service_search.blockSignals(True)
        self.service_search.clear()
        self.service_search.blockSignals(False)
        self.chosen_services: list[str] = []
        _set_date(self.ack_mentee, None)
        _set_date(self.ack_mentor, None)
        self.chart.set_months([])
        for w in (
            self.new_button,
            self.print_button,
            self.copy_button,
            self.edit_button,
            self.activate_button,
            self.delete_button,
            self.ack_button,
            self.log_button,
            self.card_save,
            self.card_pdf,
        ):
            w.setEnabled(False)

    def _setting_changed(self, name: str) -> None:
        if name == "privacy_mode":
            self.reload()

    def _changed(self, keep_version: int | None = None) -> None:
        self.show_mentee(keep_version=keep_version)
        emit(self.signals.agreements_changed)

    # -- actions ------------------------------------------------------------------------------------
    def new_version(self) -> None:
        who = self.mentee_id()
        if who is None:
            return
        existing = [
            r
            for r in agreements.history(self.vault, mentee_id=who)
            if r.status == AgreementStatus.DRAFT
        ]
        if existing:
            self._changed(existing[0].id)
            self.edit_draft()
            return
        draft = agreements.new_version(self.vault, mentee_id=who)
        if not agreements.history(self.vault, mentee_id=who):
            draft.template = ""
        record = AgreementEditor.ask(self, draft)
        if record is None:
            return
        try:
            aid = agreements.save_agreement(self.vault, record=record)
        except ValidationError as exc:
            messages.warn(self, "Agreement not saved", str(exc))
            return
        self._changed(aid)

    def edit_draft(self) -> None:
        if self.current is None or self.current.status != AgreementStatus.DRAFT:
            return
        record = AgreementEditor.ask(self, self.current)
        if record is None:
            return
        try:
            aid = agreements.save_agreement(self.vault, record=record)
        except ValidationError as exc:
            messages.warn(self, "Agreement not saved", str(exc))
            return
        self._changed(aid)

    def activate(self) -> None:
        if self.current is None or self.current.id is None:
            return
        try:
            agreements.activate(self.vault, agreement_id=self.current.id, today=self.today())
        except ValidationError as exc:
            messages.warn(self, "Not made current", str(exc))
            return
        self._changed(self.current.id)

    def delete_draft(self) -> None:
        if self.current is None or self.current.id is None:
            return
        if not messages.confirm(
            self, "Delete this draft?", "The draft will be gone. Agreed versions stay."
        ):
            return
        agreements.delete_draft(self.vault, agreement_id=self.current.id)
        self._changed()

    def save_acknowledgements(self) -> None:
        if self.current is None or self.current.id is None:
            return
        try:
            agreements.acknowledge(
                self.vault,
                agreement_id=self.current.id,
                mentee_on=_date_of(self.ack_mentee),
                mentor_on=_date_of(self.ack_mentor),
                today=self.today(),
            )
        except ValidationError as exc:
            messages.warn(self, "Dates not saved", str(exc))
            return
        self._changed(self.current.id)

    def save_pdf(self, *, for_mentee: bool) -> None:
        if self.current is None or self.current.id is None:
            return
        name = "our-agreement-copy.pdf" if for_mentee else "our-agreement-to-sign.pdf"
        out = files.ask_save_path(self, "Save the agreement as PDF", name, "PDF (*.pdf)")
        if out is None or not self.vault.is_open:
            return
        from peerdesk.core.formats.agreements import agreement_document

        doc = agreement_document(
            self.vault, agreement_id=self.current.id, for_mentee=for_mentee, today=self.today()
        )
        self._write(doc, out, one_page=False)

    def _write(self, doc, out, *, one_page: bool) -> bool:
        from peerdesk.render.pdf import write_pdf

        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        try:
            write_pdf(doc, out, one_page=one_page)
        except (PeerdeskError, OSError):
            messages.warn(
                self, "PDF not saved", "The PDF could not be written there. Try another folder."
            )
            return False
        messages.inform(
            self,
            "PDF saved",
            f"Saved as {out.name}. You can print it from any computer, even without a printer here.",
        )
        return True

    def log_event(self, record: EventRecord | None = None) -> int | None:
        who = self.mentee_id()
        if who is None and record is None:
            return None
        record = record or EventRecord(who, datetime.now().replace(second=0, microsecond=0))
        value = EventDialog.ask(self, record)
        if value is None:
            return None
        try:
            eid = boundary_events.save_event(self.vault, event=value)
        except ValidationError as exc:
            messages.warn(self, "Not saved", str(exc))
            return None
        self._changed(self.current.id if self.current else None)
        return eid

    def _edit_event(self, item: QListWidgetItem) -> None:
        who = self.mentee_id()
        found = [
            e
            for e in boundary_events.list_events(self.vault, mentee_id=who)
            if e.id == item.data(ID_ROLE)
        ]
        if found:
            self.log_event(found[0])

    def delete_event(self) -> None:
        item = self.events.currentItem()
        if item is None:
            return
        if not messages.confirm(
            self, "Delete this boundary event?", "It will be gone from the pattern too."
        ):
            return
        boundary_events.delete_event(self.vault, event_id=item.data(ID_ROLE))
        self._changed(self.current.id if self.current else None)

    def card_value(self) -> CrisisCardRecord:
        self._fill_services()  # folds the ticks into chosen_services
        people = []
        for line in _lines(self.people):
            parts = [p.strip() for p in line.split(",")]
            name = parts[0]
            phone = parts[-1] if len(parts) >= 2 else ""
            relation = ", ".join(parts[1:-1]) if len(parts) >= 3 else ""
            people.append({"name": name, "relation": relation, "phone": phone})
        return CrisisCardRecord(
            mentee_id=self.mentee_id() or 0,
            warning_signs=self.signs.toPlainText().strip(),
            what_helps=self.helps.toPlainText().strip(),
            people=people,
            service_ids=list(self.chosen_services),
            other_services=_lines(self.other_services),
        )

    def save_card(self) -> bool:
        if self.mentee_id() is None:
            return False
        try:
            crisis_cards.save_crisis_card(self.vault, card=self.card_value())
        except ValidationError as exc:
            messages.warn(self, "Card not saved", str(exc))
            return False
        self._show_card(self.mentee_id())
        self.card_saved.setText("Saved. Read it through together.")
        return True

    def save_card_pdf(self) -> None:
        who = self.mentee_id()
        if who is None or not self.save_card():
            return
        out = files.ask_save_path(
            self, "Save the crisis card as PDF", "crisis-card.pdf", "PDF (*.pdf)"
        )
        if out is None or not self.vault.is_open:
            return
        from peerdesk.core.formats.agreements import crisis_card_document

        self._write(
            crisis_card_document(self.vault, mentee_id=who, today=self.today()), out, one_page=True
        )


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")


def _agreement_html(record: AgreementRecord) -> str:
    html = []
    for heading, lines in agreements.sections(record):
        html.append(f"<h4 style='margin-bottom:2px'>{_esc(heading)}</h4>")
        items = [line[4:] for line in lines if line.startswith("  - ")]
        if items:
            html.append(
                "<ul style='margin-top:0'>"
                + "".join(f"<li>{_esc(i)}</li>" for i in items)
                + "</ul>"
            )
        else:
            html.extend(f"<p style='margin-top:0'>{_esc(line.strip())}</p>" for line in lines)
    if record.review_on:
        html.append(f"<p><i>We will look at this again on {_when(record.review_on)}.</i></p>")
    return "".join(html)
