"""Plan a meeting: who, when, how long, where or how, what for, and whether it repeats."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import changes, meetings, mentees
from peerdesk.core.services.meetings import RECURRENCE_LABELS, MeetingRecord
from peerdesk.core.services.notes import MODALITIES
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import MenteeStatus, Recurrence
from peerdesk.i18n import core_label, date_text, error_text, tr
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.hinted import HintedLineEdit


class PlanMeetingDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        signals: AppSignals,
        parent: QWidget | None = None,
        *,
        mentee_id: int | None = None,
        starts_at: datetime | None = None,
        purpose: str = "",
        modality: str = "in person",
        place: str = "",
        from_note_id: int | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        self.from_note_id = from_note_id
        self.meeting_id: int | None = None
        self.setWindowTitle(tr("Plan a meeting"))
        self.resize(520, 520)
        if starts_at is None:  # today at the usual hour, or tomorrow once that has passed
            now = now or datetime.now()
            starts_at = meetings.next_meeting_default(now.date(), None, weeks=0)
            if starts_at <= now:
                starts_at += timedelta(days=1)

        self.who = QComboBox()
        for m in mentees.list_mentees(vault):
            if m.status != MenteeStatus.ENDED:
                self.who.addItem(m.display_name, m.id)
        self.who.addItem(tr("A group session"), 0)
        if mentee_id is not None:
            self.who.setCurrentIndex(max(0, self.who.findData(mentee_id)))
        self.when = QDateTimeEdit(
            QDateTime(
                QDate(starts_at.year, starts_at.month, starts_at.day),
                QTime(starts_at.hour, starts_at.minute),
            )
        )
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.minutes = QSpinBox(minimum=5, maximum=480, singleStep=15, value=60, suffix=tr(" min"))
        self.modality = QComboBox()
        for way in MODALITIES:
            self.modality.addItem(core_label(way), way)
        self.modality.setCurrentIndex(max(0, self.modality.findData(modality)))
        self.place = HintedLineEdit(
            place, placeholderText=tr("A place, a phone number, a video link…")
        )
        self.purpose = QPlainTextEdit(purpose)
        self.purpose.setPlaceholderText(tr("What you plan to do together (optional)"))
        self.purpose.setFixedHeight(80)
        self.purpose.setTabChangesFocus(True)
        self.repeat = QComboBox()
        for r in Recurrence:
            self.repeat.addItem(core_label(RECURRENCE_LABELS[r]), r.value)
        self.until = QDateEdit(QDate(starts_at.date() + timedelta(weeks=8)), calendarPopup=True)
        self.until.setDisplayFormat("d MMM yyyy")
        self.until_label = QLabel("until")
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat)
        repeat_row.addWidget(self.until_label)
        repeat_row.addWidget(self.until, 1)
        self.zone = meetings.local_tz_name()
        zone_note = QLabel(
            tr(
                "Times are on this computer's clock ({v0}); a weekly meeting keeps its time when the clocks change."
            ).format(v0=self.zone or tr("local time")),
            objectName="hint",
            wordWrap=True,
        )
        self.error = QLabel(objectName="formError", wordWrap=True)

        form = QFormLayout()
        form.addRow(tr("With"), self.who)
        form.addRow(tr("When"), self.when)
        form.addRow(tr("How long"), self.minutes)
        form.addRow(tr("How"), self.modality)
        form.addRow(tr("Where"), self.place)
        form.addRow(tr("Purpose"), self.purpose)
        form.addRow(tr("Repeats"), repeat_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Plan it"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(zone_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        self._repeat_changed()
        signals.vault_about_to_lock.connect(self._close_for_lock)

    def _close_for_lock(self) -> None:
        """Locking leaves no names or purposes on screen."""
        self.who.clear()
        self.place.clear()
        self.purpose.clear()
        self.reject()

    def _repeat_changed(self) -> None:
        on = self.repeat.currentData() != Recurrence.NONE.value
        self.until.setVisible(on)
        self.until_label.setVisible(on)

    def record(self) -> MeetingRecord:
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        who = self.who.currentData()
        repeat = Recurrence(self.repeat.currentData())
        u = self.until.date()
        return MeetingRecord(
            mentee_id=who or None,
            is_group=not who,
            starts_at=datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            duration_minutes=self.minutes.value(),
            tz=self.zone,
            modality=self.modality.currentData(),
            place=self.place.text(),
            purpose=self.purpose.toPlainText(),
            recurrence=repeat,
            until=date(u.year(), u.month(), u.day()) if repeat != Recurrence.NONE else None,
            from_note_id=self.from_note_id,
        )

    def save(self) -> None:
        record = self.record()
        try:
            meetings.validate(record)
            clashes = meetings.overlaps(self.vault, record=record, meeting_id=self.meeting_id)
            if clashes:
                first = clashes[0]
                more = tr(" and %n more", None, len(clashes) - 1) if len(clashes) > 1 else ""
                if not messages.confirm(
                    self,
                    tr("Two meetings at once"),
                    tr("This overlaps with a meeting on {starts_at}{more}. Plan it anyway?").format(
                        starts_at=date_text(first.starts_at, "%a %-d %b at %H:%M"), more=more
                    ),
                    default=True,
                ):
                    return
            self.meeting_id = meetings.save_meeting(
                self.vault, record=record, meeting_id=self.meeting_id
            )
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        self.signals.apply(changes.MEETINGS)
        self.accept()
