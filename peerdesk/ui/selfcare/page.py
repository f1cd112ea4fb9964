"""The Self-care page: the mentor's private check-ins, caseload, supervision topics, support lines."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import changes, directory, profile, selfcare
from peerdesk.core.services.selfcare import SelfCareRecord, WeekLoad
from peerdesk.core.vault import Vault
from peerdesk.i18n import QT_TR_NOOP, date_text, error_text, tr
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets.hinted import HintedLineEdit
from peerdesk.ui.widgets.page import page_layout, reload_when_shown
from peerdesk.ui.widgets.screen import resize_within_screen

# Topics already talked through that the list keeps, newest first (the rest stay in the
# vault and in the supervision export; years of them would bury what is still open).
RECENT_DISCUSSED = 30

SCALE_WORDS = {
    "energy": (
        QT_TR_NOOP("very low"),
        QT_TR_NOOP("low"),
        QT_TR_NOOP("okay"),
        QT_TR_NOOP("good"),
        QT_TR_NOOP("full"),
    ),
    "mood": (
        QT_TR_NOOP("very low"),
        QT_TR_NOOP("low"),
        QT_TR_NOOP("okay"),
        QT_TR_NOOP("good"),
        QT_TR_NOOP("bright"),
    ),
    "strain": (
        QT_TR_NOOP("light"),
        QT_TR_NOOP("some"),
        QT_TR_NOOP("moderate"),
        QT_TR_NOOP("heavy"),
        QT_TR_NOOP("too much"),
    ),
}


class ScaleRow(QWidget):
    """Five labelled choices, 1-5, chosen with the mouse or the arrow keys."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for value, word in enumerate(SCALE_WORDS[name], start=1):
            button = QRadioButton(f"{value} {tr(word)}")
            self.group.addButton(button, value)
            row.addWidget(button)
        row.addStretch()

    def value(self) -> int:
        return self.group.checkedId() if self.group.checkedId() > 0 else 0

    def set_value(self, value: int) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)
        self.group.setExclusive(True)


class CheckInForm(QWidget):
    """Date, energy, mood, strain, what helped, what I need, anything else."""

    def __init__(self, *, short: bool = False) -> None:
        super().__init__()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        self.on = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.on.setDisplayFormat("d MMM yyyy")
        self.energy = ScaleRow("energy")
        self.mood = ScaleRow("mood")
        self.strain = ScaleRow("strain")
        self.helped = QLineEdit(placeholderText=tr("A walk, a call with a friend, music…"))
        self.need = HintedLineEdit(placeholderText=tr("An early night, a word with my supervisor…"))
        self.note = QPlainTextEdit(placeholderText=tr("Anything else, just for you"))
        self.note.setMaximumHeight(90)
        self.note.setTabChangesFocus(True)
        if not short:
            form.addRow(tr("Day"), self.on)
            form.addRow(tr("Energy"), self.energy)
            form.addRow(tr("Mood"), self.mood)
        form.addRow(tr("How much strain am I carrying?"), self.strain)
        if not short:
            form.addRow(tr("What helped"), self.helped)
        form.addRow(tr("What would help me now"), self.need)
        if not short:
            form.addRow(tr("Notes"), self.note)
        self.short = short

    def record(self) -> SelfCareRecord:
        default = 3 if self.short else 0  # the two-question check-in skips energy and mood
        return SelfCareRecord(
            on=self.on.date().toPython(),
            energy=self.energy.value() or default,
            mood=self.mood.value() or default,
            strain=self.strain.value(),
            helped=self.helped.text(),
            need=self.need.text(),
            note=self.note.toPlainText(),
        )

    def clear(self) -> None:
        self.on.setDate(QDate.currentDate())
        for row in (self.energy, self.mood, self.strain):
            row.set_value(0)
        self.helped.clear()
        self.need.clear()
        self.note.clear()


class CheckInDialog(QDialog):
    """The gentle two-question check-in offered after a hard session. Never required."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(tr("A moment for you"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "That sounded like a lot to hold. How are you doing? This stays private; "
                    "you can skip it."
                ),
                wordWrap=True,
            )
        )
        self.form = CheckInForm(short=True)
        layout.addWidget(self.form)
        self.error = QLabel(objectName="formError", wordWrap=True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Save for me"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # As wide as it would like (Qt opens a window whose text wraps at its narrowest,
        # then cuts the wrapped line at a large text size), within the screen.
        hint = self.sizeHint()  # measured in the text size in effect already
        resize_within_screen(self, hint.width(), hint.height(), grow=False)

    def _save(self) -> None:
        try:
            selfcare.save_entry(self.vault, entry=self.form.record())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()

    @classmethod
    def offer(cls, parent: QWidget | None, vault: Vault, *, note_id: int) -> CheckInDialog | None:
        """Show the check-in (non-modal) if this note calls for one and the setting allows."""
        if not selfcare.checkin_offer_due(vault, note_id=note_id):
            return None
        dialog = cls(vault, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


class WeeksChart(QWidget):
    """Small bars, one per week, drawn with QPainter in the palette's own colours."""

    def __init__(self, title: str, field: str, unit: str = "") -> None:
        super().__init__()
        self.title, self.field, self.unit = title, field, unit
        self.weeks: list[WeekLoad] = []
        self.set_weeks([])
        self.setMinimumSize(QSize(220, 120))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_weeks(self, weeks: list[WeekLoad]) -> None:
        self.weeks = weeks
        values = [getattr(w, self.field) for w in weeks]
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(
            tr(
                "{title}: {latest}{unit} this week, {highest}{unit} at most in the last {weeks} weeks."
            ).format(
                title=self.title,
                latest=f"{values[-1]:g}",
                highest=f"{max(values):g}",
                unit=self.unit,
                weeks=len(values),
            )
            if values
            else tr("{title}: nothing yet.").format(title=self.title)
        )
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        bar = pal.color(QPalette.ColorRole.Highlight)
        muted = QColor(text)
        muted.setAlpha(110)
        painter.setPen(text)
        values = [float(getattr(w, self.field)) for w in self.weeks]
        latest = (
            tr("{v0:g}{unit} this week").format(v0=values[-1], unit=self.unit) if values else ""
        )
        painter.drawText(QRectF(0, 0, self.width(), 18), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setPen(muted)
        painter.drawText(QRectF(0, 0, self.width(), 18), Qt.AlignmentFlag.AlignRight, latest)
        if not values:
            return
        top, bottom = 24.0, self.height() - 16.0
        peak = max(max(values), 1.0)
        step = self.width() / len(values)
        for i, value in enumerate(values):
            height = (bottom - top) * value / peak
            colour = QColor(bar)
            if i < len(values) - 1:
                colour.setAlpha(150)
            painter.fillRect(QRectF(i * step + 3, bottom - height, step - 6, height), colour)
        painter.setPen(muted)
        painter.drawText(
            QRectF(0, bottom + 2, self.width(), 14), Qt.AlignmentFlag.AlignLeft, tr("12 weeks ago")
        )
        painter.drawText(
            QRectF(0, bottom + 2, self.width(), 14), Qt.AlignmentFlag.AlignRight, tr("this week")
        )
        painter.end()


class SelfCarePage(QWidget):
    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        layout = page_layout(
            self,
            tr("Self-care"),
            tr(
                "A private place for you. Nothing here leaves peerdesk unless you tick it for one "
                "supervision export, and then only as averages."
            ),
        )
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # -- check-in --
        checkin = QWidget()
        col = QVBoxLayout(checkin)
        self.form = CheckInForm()
        col.addWidget(self.form)
        row = QHBoxLayout()
        self.save_button = QPushButton(tr("Save my check-in"))
        self.saved = QLabel(objectName="hint")
        self.error = QLabel(objectName="formError", wordWrap=True)
        row.addWidget(self.save_button)
        row.addWidget(self.saved)
        row.addStretch()
        col.addLayout(row)
        col.addWidget(self.error)
        col.addWidget(QLabel(tr("Recent check-ins"), objectName="sectionTitle"))
        self.history = QListWidget()
        self.history.setAccessibleName(tr("Recent check-ins"))
        col.addWidget(self.history, 1)
        self.tabs.addTab(checkin, tr("My check-in"))

        # -- caseload --
        load = QWidget()
        grid = QGridLayout(load)
        self.signal = QLabel(objectName="hint", wordWrap=True)
        grid.addWidget(self.signal, 0, 0, 1, 2)
        self.charts = [
            WeeksChart(tr("Sessions per week"), "sessions"),
            WeeksChart(tr("Hours per week"), "hours", tr(" h")),
            WeeksChart(tr("Out-of-hours contacts"), "out_of_hours"),
            WeeksChart(tr("Crisis sessions"), "crisis"),
            WeeksChart(tr("People I saw"), "active_mentees"),
        ]
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, 1 + i // 2, i % 2)
        grid.setRowStretch(4, 1)
        self.tabs.addTab(load, tr("My caseload"))

        # -- supervision topics --
        topics = QWidget()
        tcol = QVBoxLayout(topics)
        tcol.addWidget(
            QLabel(
                tr(
                    "Things to take to your next supervision: notes you flagged, and anything you "
                    "add here. Tick one when you have talked it through, with a word on what you agreed."
                ),
                wordWrap=True,
                objectName="hint",
            )
        )
        add_row = QHBoxLayout()
        self.new_topic = QLineEdit(placeholderText=tr("Something I would like to talk through…"))
        self.add_topic_button = QPushButton(tr("Add topic"))
        add_row.addWidget(self.new_topic, 1)
        add_row.addWidget(self.add_topic_button)
        tcol.addLayout(add_row)
        self.topics = QListWidget()
        self.topics.setAccessibleName(tr("Supervision topics"))
        tcol.addWidget(self.topics, 1)
        done_row = QHBoxLayout()
        self.agreed = QLineEdit(placeholderText=tr("What we agreed (private)"))
        self.discussed_button = QPushButton(tr("Mark as talked through"))
        done_row.addWidget(self.agreed, 1)
        done_row.addWidget(self.discussed_button)
        tcol.addLayout(done_row)
        self.tabs.addTab(topics, tr("Supervision topics"))

        # -- support --
        support = QScrollArea()
        support.setWidgetResizable(True)
        support.setFrameShape(QFrame.Shape.NoFrame)
        self.support_body = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.support_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.support_body.setOpenExternalLinks(False)
        support.setWidget(self.support_body)
        self.tabs.addTab(support, tr("Support for me"))

        self.save_button.clicked.connect(self.save_checkin)
        self.add_topic_button.clicked.connect(self.add_topic)
        self.new_topic.returnPressed.connect(self.add_topic)
        self.discussed_button.clicked.connect(self.mark_discussed)
        reload_when_shown(self, signals.vault_unlocked, self.reload)
        reload_when_shown(self, (signals.notes_changed, signals.selfcare_changed), self.reload)
        signals.vault_locked.connect(self.clear)
        self.clear()

    # -- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.vault.is_open:
            return
        self.history.clear()
        for entry in selfcare.list_entries(self.vault)[:60]:
            words = tr("{day}: energy {energy}, mood {mood}, strain {strain}").format(
                day=date_text(entry.on, "%a %-d %b"),
                energy=entry.energy,
                mood=entry.mood,
                strain=entry.strain,
            )
            if entry.helped:
                words += tr(". Helped: {helped}").format(helped=entry.helped)
            self.history.addItem(words)
        weeks = selfcare.caseload(self.vault)
        for chart in self.charts:
            chart.set_weeks(weeks)
        self.signal.setText(
            selfcare.load_signal(weeks)
            or tr(
                "Your load over the last 12 weeks, from your session notes. Out of hours means "
                "outside the usual hours you set in Settings, under “Your profile and usual hours”."
            )
        )
        selfcare.gather_flagged_notes(self.vault)
        self.topics.clear()
        shown = selfcare.list_topics(
            self.vault, include_discussed=True, recent_discussed=RECENT_DISCUSSED
        )
        for topic in shown:
            self.topics.addItem(self._topic_item(topic))
        self._show_support()

    def _topic_item(self, topic: selfcare.TopicRow) -> QListWidgetItem:
        if topic.note_id is not None and topic.note_date is not None:
            text = tr("Session note, {v0} with {names}: {kind}").format(
                v0=date_text(topic.note_date, "%-d %b"),
                names=", ".join(topic.note_names),
                kind=topic.note_kind,
            )
        elif topic.note_id is not None:
            text = tr("A session note")
        else:
            text = topic.text
        if topic.discussed_on:
            text = "✓ " + tr("{topic} (talked through {day})").format(
                topic=text, day=date_text(topic.discussed_on, "%-d %b")
            )
            if topic.agreed:
                text += f": {topic.agreed}"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, topic.id)
        if topic.discussed_on:
            item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        return item

    def _show_support(self) -> None:
        mentor = profile.get_profile(self.vault)
        lines = selfcare.support_lines(region=directory.preferred_region(self.vault))
        parts = []
        for line in lines:
            who = line.name
            if line.name == "Your supervisor" and mentor.supervisor:
                who = tr("Your supervisor, {supervisor}").format(supervisor=mentor.supervisor)
            where = (
                ""
                if line.region == "any"
                else f" ({html.escape(directory.country_name(line.region))})"
            )
            parts.append(
                f"<p><b>{html.escape(who)}</b>{where}<br>{html.escape(line.how)}<br><span>{html.escape(line.about)}</span></p>"
            )
        self.support_body.setText("".join(parts))

    def clear(self) -> None:
        """On lock: forget every entry, topic and text field."""
        self.form.clear()
        self.history.clear()
        self.topics.clear()
        self.new_topic.clear()
        self.agreed.clear()
        self.saved.clear()
        self.error.clear()
        self.signal.clear()
        self.support_body.clear()
        for chart in self.charts:
            chart.set_weeks([])

    # -- actions ----------------------------------------------------------------------------------
    def save_checkin(self) -> None:
        try:
            selfcare.save_entry(self.vault, entry=self.form.record())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.clear()
        self.form.clear()
        self.saved.setText(tr("Saved. Thank you for taking a moment for yourself."))
        self.signals.apply(changes.SELFCARE)

    def add_topic(self) -> None:
        try:
            selfcare.add_topic(self.vault, text=self.new_topic.text())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        self.new_topic.clear()
        self.signals.apply(changes.SELFCARE)

    def mark_discussed(self) -> None:
        item = self.topics.currentItem()
        if item is None:
            return
        done = selfcare.mark_discussed(
            self.vault, topic_id=item.data(Qt.ItemDataRole.UserRole), agreed=self.agreed.text()
        )
        self.agreed.clear()
        self.signals.apply(done)
