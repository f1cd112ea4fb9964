"""The Today page: what is waiting for the mentor now. Each part is a ``TodaySection``;
later issues add meetings, goals and agreements as further sections."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.models import NoteState
from peerdesk.core.services import agreements, goals, notes, settings
from peerdesk.core.services.notes import NoteFilter
from peerdesk.core.vault import Vault
from peerdesk.ui.compat import emit
from peerdesk.ui.models import attention_colour, initials
from peerdesk.ui.pages.common import page_layout
from peerdesk.ui.signals import AppSignals

NOTE_ROLE = Qt.ItemDataRole.UserRole
FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_DRAFTS = 50


class TodaySection(QGroupBox):
    """A titled list; Enter, a double-click or a click on an item opens its note."""

    def __init__(self, title: str, signals: AppSignals) -> None:
        super().__init__(title)
        self.signals = signals
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._clicked)

    def _clicked(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return  # a click on a follow-up ticks it (the check box), Enter opens it
        self._open(item)

    def _open(self, item: QListWidgetItem) -> None:
        note_id = item.data(NOTE_ROLE)
        if note_id:
            emit(self.signals.note_open_requested, note_id)

    def fit(self) -> None:
        rows = self.list.count()
        height = sum(self.list.sizeHintForRow(r) for r in range(min(rows, 10)))
        self.list.setFixedHeight(max(height + 2 * self.list.frameWidth() + 4, 30))
        self.setVisible(rows > 0)

    def clear(self) -> None:
        self.list.clear()
        self.hide()


class TodayPage(QWidget):
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
        outer = page_layout(self, "Today")
        self.greeting = QLabel(objectName="pageIntro", wordWrap=True)
        outer.addWidget(self.greeting)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(0, 0, 12, 0)
        self.column.setSpacing(14)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.drafts = TodaySection("Notes to finish", signals)
        self.follow_ups = TodaySection("Follow-ups due", signals)
        self.follow_ups.list.itemChanged.connect(self._follow_up_ticked)
        self.goals = TodaySection("Goals to look at together", signals)
        self.agreements = TodaySection("Agreements and boundaries", signals)
        self.sections = (self.drafts, self.follow_ups, self.goals, self.agreements)
        for section in self.sections:
            self.column.addWidget(section)
        self.empty = QLabel(
            "Nothing is waiting for you today. Every note is signed and no follow-up is "
            "due. Take a breath: this is a good moment for a cup of tea, or for "
            "yourself.",
            objectName="emptyState",
            wordWrap=True,
        )
        self.empty.setMaximumWidth(640)
        self.column.addWidget(self.empty)
        self.column.addStretch()

        signals.vault_unlocked.connect(self.reload)
        signals.vault_locked.connect(self.clear)
        signals.notes_changed.connect(self.reload)
        signals.goals_changed.connect(self.reload)
        signals.agreements_changed.connect(self.reload)
        signals.mentees_changed.connect(self.reload)
        signals.settings_changed.connect(self._setting_changed)
        self.clear()

    def _setting_changed(self, name: str) -> None:
        if name == "privacy_mode":
            self.reload()

    def today(self) -> date:
        return self.fixed_today or date.today()

    def _names(self, names: tuple[str, ...] | list[str]) -> str:
        privacy = bool(settings.get_setting(self.vault, "privacy_mode"))
        return ", ".join(initials(n) if privacy else n for n in names)

    def reload(self) -> None:
        if not self.vault.is_open:
            return
        today = self.today()
        self.clear()
        drafts = notes.list_notes(
            self.vault, where=NoteFilter(state=NoteState.DRAFT), limit=MAX_DRAFTS
        )
        for row in drafts:
            who = self._names(row.participant_names) or "no mentee chosen yet"
            text = f"{row.occurred_on:%a %d %b} · {who} · {row.kind}"
            if row.preview:
                text += f"\n{row.preview[:90]}"
            item = QListWidgetItem(text)
            item.setData(NOTE_ROLE, row.id)
            item.setToolTip("Open to finish and sign")
            self.drafts.list.addItem(item)

        self.follow_ups.list.blockSignals(True)
        due = [f for f in notes.open_follow_ups(self.vault) if f.due_on and f.due_on <= today]
        for f in due:
            assert f.due_on is not None
            when = "today" if f.due_on == today else f"was due {f.due_on:%d %b}"
            who = self._names(f.mentee_names)
            item = QListWidgetItem(f"{f.task}  ·  {who}  ·  {when}")
            item.setData(NOTE_ROLE, f.note_id)
            item.setData(FOLLOW_UP_ROLE, f.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip("Tick when done; Enter opens the session note it came from")
            if f.overdue(today):
                item.setForeground(attention_colour())
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.follow_ups.list.addItem(item)
        self.follow_ups.list.blockSignals(False)

        for a in goals.goals_needing_attention(self.vault, today):
            item = QListWidgetItem(f"{self._names([a.mentee_name])} · “{a.statement}”\n{a.text}")
            item.setToolTip("On the Goals page: add progress, tick the step or change the date")
            self.goals.list.addItem(item)

        for r in agreements.agreements_due_for_review(self.vault, today):
            when = "is due" if r.review_on <= today else f"is on {r.review_on:%d %b}"
            item = QListWidgetItem(
                f"{self._names([r.display_name])} · the agreement's review {when}: "
                "a good moment to ask how it is working for you both"
            )
            item.setToolTip("On the Agreements page: make a new version, or keep it as it is")
            self.agreements.list.addItem(item)
        for c in agreements.clusters(self.vault, today=today):
            item = QListWidgetItem(c.text.replace(c.display_name, self._names([c.display_name]), 1))
            item.setToolTip("On the Agreements page: the pattern, and questions to reflect on")
            self.agreements.list.addItem(item)

        for section in self.sections:
            section.fit()
        nothing = not any(s.list.count() for s in self.sections)
        self.empty.setVisible(nothing)
        self.greeting.setText(f"{today:%A %d %B}.")

    def clear(self) -> None:
        for section in self.sections:
            section.list.blockSignals(True)
            section.clear()
            section.list.blockSignals(False)
        self.empty.hide()
        self.greeting.clear()

    def _follow_up_ticked(self, item: QListWidgetItem) -> None:
        follow_up_id = item.data(FOLLOW_UP_ROLE)
        if not follow_up_id or not self.vault.is_open:
            return
        done = item.checkState() == Qt.CheckState.Checked
        notes.set_follow_up_done(self.vault, follow_up_id=follow_up_id, done=done)
        # Later: the reload it causes clears this list, so not inside the item's own signal.
        QTimer.singleShot(0, lambda: emit(self.signals.notes_changed))
