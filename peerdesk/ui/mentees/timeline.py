"""A mentee's timeline on the Mentees page: open follow-ups first, then their session
notes newest first (group notes appear for every participant)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from peerdesk.core.services import notes
from peerdesk.core.services.notes import NoteFilter
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import NoteState
from peerdesk.i18n import core_label, date_text, tr
from peerdesk.ui.compat import emit
from peerdesk.ui.notes.models import state_label
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.theme import attention_colour

NOTE_ROLE = Qt.ItemDataRole.UserRole
LIMIT = 200


class MenteeTimeline(QWidget):
    """Click, double-click or Enter on a row opens its note. The page owning it reloads it
    when notes change."""

    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        self.mentee_id: int | None = None
        self.title = QLabel(tr("<b>Sessions and follow-ups</b>"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAccessibleName(tr("Timeline"))
        self.empty = QLabel(objectName="hint", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addStretch()  # with no rows, the title and the hint stay together at the top
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        self.clear()

    def load(self, mentee_id: int | None, *, today: date | None = None) -> None:
        self.mentee_id = mentee_id
        self.list.clear()
        if mentee_id is None or not self.vault.is_open:
            self.clear()
            return
        today = today or date.today()
        for f in notes.open_follow_ups(self.vault, mentee_id=mentee_id):
            when = (
                " · " + tr("due {day}").format(day=date_text(f.due_on, "%-d %b %Y"))
                if f.due_on
                else ""
            )
            item = QListWidgetItem(tr("To do: {task}{when}").format(task=f.task, when=when))
            item.setData(NOTE_ROLE, f.note_id)
            if f.overdue(today):
                item.setText(item.text() + tr(" (overdue)"))
                item.setForeground(attention_colour())
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        rows = notes.list_notes(self.vault, where=NoteFilter(mentee_id=mentee_id), limit=LIMIT)
        for row in rows:
            head = (
                f"{date_text(row.occurred_on, '%-d %b %Y')} · {core_label(row.kind)}"
                f" · {core_label(row.modality)}"
            )
            if len(row.participant_names) > 1:
                head += " · " + tr("group of %n", None, len(row.participant_names))
            head += f" · {state_label(row.state, row.addenda)}"
            if row.open_follow_ups:
                head += " · " + tr("%n open follow-up(s)", None, row.open_follow_ups)
            item = QListWidgetItem(f"{head}\n{row.preview[:120]}" if row.preview else head)
            item.setData(NOTE_ROLE, row.id)
            if row.state == NoteState.DRAFT:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setForeground(attention_colour())
                item.setToolTip(tr("Not signed yet: open it to finish and sign."))
            self.list.addItem(item)
        self.title.show()
        self.list.setVisible(self.list.count() > 0)
        self.empty.setVisible(self.list.count() == 0)
        self.empty.setText(tr("No session notes yet. Press Ctrl+N to write the first one."))

    def reload(self) -> None:
        if self.mentee_id is not None and self.vault.is_open:
            self.load(self.mentee_id)

    def clear(self) -> None:
        self.mentee_id = None
        self.list.clear()
        self.title.hide()
        self.list.hide()
        self.empty.clear()
        self.empty.hide()

    def _open(self, item: QListWidgetItem) -> None:
        note_id = item.data(NOTE_ROLE)
        if note_id:
            emit(self.signals.note_open_requested, note_id)
