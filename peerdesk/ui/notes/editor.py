"""The session note editor: a draft that saves itself while the mentor types, signing,
and the read-only view of a signed note with its dated addenda.

Autosave: every change restarts a short timer (``debounce_ms``, 2 s) and, while the
mentor keeps typing, a second timer (``max_wait_ms``, 5 s) saves anyway, so a crash or
kill loses at most a few seconds. Saves run on the GUI thread: one save is a few ms.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import (
    changes,
    documentation,
    mentees,
    notes,
    settings,
    supervision_loop,
    templates,
)
from peerdesk.core.services.notes import SECTIONS, FollowUpItem, NoteDraft, NoteRecord
from peerdesk.core.vault import Vault
from peerdesk.i18n import core_label, date_text, error_text, tr
from peerdesk.ui import shortcuts
from peerdesk.ui.agreements.banner import BoundaryBanner
from peerdesk.ui.compat import emit
from peerdesk.ui.notes.checklist import checklist_text
from peerdesk.ui.notes.goals_touched import GoalsTouchedBox
from peerdesk.ui.notes.language import SectionEdit
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.announce import show_status
from peerdesk.ui.widgets.dates import (
    OneStopDateEdit,
    TimeField,
    optional_date,
    optional_date_edit,
    set_optional_date,
)
from peerdesk.ui.widgets.privacy import privacy_on, shown_name, shown_names
from peerdesk.ui.widgets.screen import resize_within_screen, text_width
from peerdesk.ui.widgets.wrapcheck import WrapCheckBox


def rounded_now(now: datetime | None = None) -> time:
    """Now, rounded to the nearest 5 minutes (23:58 stays 23:55: same day)."""
    now = now or datetime.now()
    minutes = now.hour * 60 + now.minute
    minutes = min(23 * 60 + 55, 5 * round(minutes / 5))
    return time(minutes // 60, minutes % 60)


def an_hour_later(start: time) -> time:
    end = datetime.combine(date.min, start) + timedelta(hours=1)
    return end.time() if end.date() == date.min else time(23, 59)


def duration_text(minutes: int | None) -> str:
    if minutes is None:
        return ""
    if minutes < 0:
        return tr("The session ends before it starts.")
    hours, mins = divmod(minutes, 60)
    if hours and mins:
        return f"{hours} h {mins} min"
    return f"{hours} h" if hours else f"{mins} min"


def fingerprint_text(record: NoteRecord) -> str:
    signed = date_text(record.signed_at, "%-d %b %Y") if record.signed_at else ""
    digest = (record.content_hash or "")[:4]
    return tr("Signed {signed} · fingerprint {digest}…").format(signed=signed, digest=digest)


class AddendumDialog(QDialog):
    """A dated correction or later detail for a signed note."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add an addendum"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Addendum"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            tr(
                "What needs adding or correcting? It is saved with today's date; the signed note "
                "stays as it was."
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add addendum"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title, wordWrap=True))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(520, 300)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> str | None:
        dialog = cls(parent, title)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text.toPlainText().strip():
                return dialog.text.toPlainText()
            return None
        finally:
            dialog.text.clear()
            dialog.deleteLater()


class FollowUpRow(QWidget):
    """One follow-up: what, and when (optional)."""

    removed = Signal(object)
    changed = Signal()

    def __init__(self, item: FollowUpItem | None = None) -> None:
        super().__init__()
        self.done_on = item.done_on if item else None
        self.task = QLineEdit(placeholderText=tr("What needs doing, and by whom"))
        self.due = optional_date_edit(tr("no date"))
        self.remove = QToolButton(text="✕", toolTip=tr("Remove this follow-up"))
        self.remove.setAccessibleName(tr("Remove follow-up"))
        if item is not None:
            self.task.setText(item.task)
            set_optional_date(self.due, item.due_on)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.task, 1)
        layout.addWidget(QLabel(tr("due", "before a follow-up's date")))
        layout.addWidget(self.due)
        layout.addWidget(self.remove)
        self.task.textChanged.connect(lambda _t: emit(self.changed))
        self.due.dateChanged.connect(lambda _d: emit(self.changed))
        self.remove.clicked.connect(lambda: emit(self.removed, self))

    def item(self) -> FollowUpItem:
        return FollowUpItem(self.task.text(), optional_date(self.due), self.done_on)

    def set_read_only(self, on: bool) -> None:
        self.task.setReadOnly(on)
        self.due.setReadOnly(on)
        self.remove.setVisible(not on)


class NoteEditor(QDialog):
    """One session note. Opened with ``NoteEditor.for_new`` or ``NoteEditor.for_note``."""

    # Once it has saved and let go. No argument: in PySide6 6.12, emitting a Signal(object)
    # with the dialog itself over-releases Python's True (a crash at interpreter exit).
    closed = Signal()

    debounce_ms = 2000
    max_wait_ms = 5000

    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        self.note_id: int | None = None
        self.record: NoteRecord | None = None
        self.dirty = False
        self.read_only = False
        self._loading = True
        self._finished = False
        self.setWindowTitle(tr("Session note"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        resize_within_screen(self, 1060, 760)

        self._debounce = QTimer(self, singleShot=True, interval=self.debounce_ms)
        self._max_wait = QTimer(self, singleShot=True, interval=self.max_wait_ms)
        self._debounce.timeout.connect(self.autosave)
        self._max_wait.timeout.connect(self.autosave)

        self._build()
        self._connect()
        signals.vault_about_to_lock.connect(self.close_for_lock)
        signals.settings_changed.connect(self._setting_changed)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.signed_label = QLabel(objectName="hint")
        self.template = QComboBox()
        for t in templates.load_templates():
            self.template.addItem(t.name, t.id)
            self.template.setItemData(
                self.template.count() - 1, t.description, Qt.ItemDataRole.ToolTipRole
            )
        self.occurred_on = OneStopDateEdit()
        self.occurred_on.setDisplayFormat("ddd d MMM yyyy")
        self.start = TimeField()
        self.end = TimeField()
        self.start.setAccessibleName(tr("Start time"))
        self.end.setAccessibleName(tr("End time"))
        self.duration = QLabel(objectName="hint")
        self.modality = QComboBox()
        for m in notes.MODALITIES:
            self.modality.addItem(core_label(m, capital=True), m)
        self.setting = QComboBox()
        for s in notes.SETTINGS:
            self.setting.addItem(core_label(s, capital=True), s)
        self.kind = QComboBox()
        for k in notes.KINDS:
            self.kind.addItem(core_label(k, capital=True), k)
        self.participants = QListWidget()
        self.participants.setMinimumHeight(110)
        self.participants.setMaximumHeight(220)
        self.participants.setAccessibleName(tr("Who the session was with"))
        self.location = QLineEdit(placeholderText=tr("e.g. the library café"))
        self.supervision = QCheckBox(tr("Discuss in supervision"))
        self.safety = QCheckBox(tr("Safety concern"))

        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(tr("to")))
        times.addWidget(self.end)
        times.addWidget(self.duration, 1)
        meta = QFormLayout()
        meta.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        meta.addRow(tr("&Template"), self.template)
        meta.addRow(tr("&Date"), self.occurred_on)
        meta.addRow(tr("Time"), times)
        meta.addRow(tr("&How"), self.modality)
        meta.addRow(tr("Setting"), self.setting)
        meta.addRow(tr("&Kind"), self.kind)
        meta.addRow(tr("With"), self.participants)
        meta.addRow(tr("&Where"), self.location)
        flags = QVBoxLayout()
        flags.addWidget(self.supervision)
        flags.addWidget(self.safety)
        meta.addRow(tr("Flags"), flags)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(meta)
        left_column.addStretch()
        left.setMinimumWidth(max(330, text_width(left, 36)))  # grows with the text size
        left.setMaximumWidth(max(400, text_width(left, 48)))

        # Sections, follow-ups, earlier follow-ups, addenda: the right-hand column scrolls.
        self.section_labels: dict[str, QLabel] = {}
        self.sections: dict[str, SectionEdit] = {}
        column = QVBoxLayout()
        column.setSpacing(4)
        for name in SECTIONS:
            label = QLabel(objectName="sectionLabel")
            edit = SectionEdit()
            edit.setObjectName(f"section_{name}")
            edit.setMinimumHeight(96)
            label.setBuddy(edit)
            self.section_labels[name] = label
            self.sections[name] = edit
            column.addWidget(label)
            column.addWidget(edit)
            column.addSpacing(6)

        self.follow_up_rows: list[FollowUpRow] = []
        self.follow_up_box = QGroupBox(tr("Follow-ups from this session"))
        self.follow_up_layout = QVBoxLayout(self.follow_up_box)
        self.add_follow_up_button = QPushButton(tr("Add follow-up"))
        self.suggestions = QComboBox()
        self.suggestions.setAccessibleName(tr("Suggested follow-ups"))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_follow_up_button)
        buttons_row.addWidget(self.suggestions, 1)
        self.follow_up_layout.addLayout(buttons_row)
        column.addWidget(self.follow_up_box)
        self.goals_box = GoalsTouchedBox()
        column.addWidget(self.goals_box)

        self.earlier_box = QGroupBox(tr("Open follow-ups from earlier sessions"))
        self.earlier_layout = QVBoxLayout(self.earlier_box)
        self.earlier_checks: list[QCheckBox] = []
        column.addWidget(self.earlier_box)

        self.addenda_box = QGroupBox(tr("Addenda"))
        self.addenda_layout = QVBoxLayout(self.addenda_box)
        self.addenda_list = QLabel(wordWrap=True)
        self.addenda_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addenda_layout.addWidget(self.addenda_list)
        self.add_addendum_button = QPushButton(tr("Add addendum…"))
        row = QHBoxLayout()
        row.addWidget(self.add_addendum_button)
        row.addStretch()
        self.addenda_layout.addLayout(row)
        column.addWidget(self.addenda_box)
        self.addenda_box.setVisible(False)  # addenda belong to signed notes only
        # What a supervisor said about this note, from a sealed reply (read-only).
        self.supervision_box = QGroupBox(tr("From supervision"))
        self.supervision_list = QLabel(wordWrap=True)
        self.supervision_list.setTextFormat(Qt.TextFormat.PlainText)
        self.supervision_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.supervision_box).addWidget(self.supervision_list)
        self.supervision_box.hide()
        column.insertWidget(0, self.supervision_box)  # first thing seen on the note
        column.addStretch()

        right = QWidget()
        right.setLayout(column)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(right)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a silent Tab stop; it follows focus

        body = QHBoxLayout()
        body.addWidget(left)
        body.addSpacing(14)
        body.addWidget(scroll, 1)

        self.error = QLabel(objectName="formError", wordWrap=True)
        self._refused_field: tuple[QWidget | None, str] = (None, "")  # and its description
        self.saved_status = QLabel(objectName="hint")
        self.save_button = QPushButton(tr("Save draft"))
        self.save_button.setToolTip(tr("Save draft (Ctrl+S). Drafts also save by themselves."))
        self.sign_button = QPushButton(tr("Sign…"))
        self.sign_button.setToolTip(tr("Sign (Ctrl+Enter): the note becomes read-only."))
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setToolTip(tr("Close (Esc). The draft is saved."))
        self.plan_button = QPushButton(tr("Plan next meeting…"))
        self.plan_button.setToolTip(tr("Plan the next meeting from this note's next steps"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_status)
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.plan_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.sign_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.signed_label)
        self.boundary_banner = BoundaryBanner()  # offers to log a boundary event; never blocks
        layout.addWidget(self.boundary_banner)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self._update_tab_order()

    def _connect(self) -> None:
        self.template.currentIndexChanged.connect(lambda _i: self.apply_template())
        for edit in self.sections.values():
            edit.textChanged.connect(self.changed)
        self.occurred_on.dateChanged.connect(lambda _d: self.changed())
        for t in (self.start, self.end):
            t.timeChanged.connect(lambda _t: self._times_changed())
        for combo in (self.modality, self.setting, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.changed())
        self.participants.itemChanged.connect(self._participants_changed)
        self.location.textChanged.connect(lambda _t: self.changed())
        for box in (self.supervision, self.safety):
            box.toggled.connect(lambda _on: self.changed())
        self.add_follow_up_button.clicked.connect(lambda: self.add_follow_up())
        self.goals_box.changed.connect(self.changed)
        self.suggestions.activated.connect(self._suggestion_chosen)
        self.save_button.clicked.connect(self.save_now)
        self.sign_button.clicked.connect(self.sign)
        self.close_button.clicked.connect(self.reject)
        self.add_addendum_button.clicked.connect(self.add_addendum)
        self.plan_button.clicked.connect(self.plan_next_meeting)
        self.boundary_banner.watch(self)
        shortcuts.bind("save", self, self.save_now)  # keys declared in ui/shortcuts.py
        shortcuts.bind("sign", self, self.sign)
        for number, name in enumerate(SECTIONS, start=1):  # Alt+1..4: straight to a section
            shortcuts.bind(
                f"section_{number}",
                self,
                lambda n=name: self.sections[n].setFocus(Qt.FocusReason.ShortcutFocusReason),
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a one-line field (Where, a follow-up's task) does nothing here: as a
        dialog's default it added a follow-up or pressed whichever button came first.
        Saving and signing have their own keys (Ctrl+S, Ctrl+Enter); Enter on a focused
        button still presses it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus.isEnabled():
                focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def plan_next_meeting(self):
        """A meeting a week on, same time and way, its purpose from the next steps."""
        from peerdesk.core.services import meetings
        from peerdesk.ui.widgets.meeting_dialog import PlanMeetingDialog

        d, t = self.occurred_on.date(), self.start.time()
        starts = meetings.next_meeting_default(
            date(d.year(), d.month(), d.day()), time(t.hour(), t.minute())
        )
        ids = self.participant_ids()
        steps = self.sections["next_steps"].toPlainText().strip()
        dialog = PlanMeetingDialog(
            self.vault,
            self.signals,
            self,
            mentee_id=ids[0] if ids else None,
            starts_at=starts,
            purpose=steps.splitlines()[0] if steps else "",
            modality=self.modality.currentData() or "in person",
            place=self.location.text(),
            from_note_id=self.note_id,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _update_tab_order(self) -> None:
        # Reading order: the boundary banner above the form, the form, the right-hand
        # column top to bottom, then the buttons along the bottom from left to right.
        chain: list[QWidget] = [
            self.boundary_banner.log_button,
            self.boundary_banner.dismiss_button,
            self.template,
            self.occurred_on,
            self.start,
            self.end,
            self.modality,
            self.setting,
            self.kind,
            self.participants,
            self.location,
            self.supervision,
            self.safety,
            *self.sections.values(),
        ]
        for row in self.follow_up_rows:
            chain += [row.task, row.due, row.remove]
        chain += [self.add_follow_up_button, self.suggestions]
        chain += self.goals_box.focus_chain()
        chain += [*self.earlier_checks, self.add_addendum_button]
        chain += [self.plan_button, self.save_button, self.sign_button, self.close_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def for_new(
        cls,
        vault: Vault,
        signals: AppSignals,
        parent: QWidget | None = None,
        *,
        mentee_id: int | None = None,
        now: datetime | None = None,
    ) -> NoteEditor:
        editor = cls(vault, signals, parent)
        defaults = notes.defaults_for(vault, mentee_id=mentee_id, now=now or datetime.now())
        editor.occurred_on.setDate(QDate(defaults.occurred_on))
        editor.start.setTime(QTime(defaults.start_time.hour, defaults.start_time.minute))
        editor.end.setTime(QTime(defaults.end_time.hour, defaults.end_time.minute))
        editor._fill_participants([mentee_id] if mentee_id else [])
        editor.template.blockSignals(True)
        editor.template.setCurrentIndex(max(0, editor.template.findData(defaults.template)))
        editor.template.blockSignals(False)
        editor.apply_template()
        editor._fill_earlier()
        editor.goals_box.load(vault, editor.participant_ids(), note_id=None)
        editor._finish_loading()
        editor.setWindowTitle(tr("New session note"))
        editor.sections["wanted"].setFocus()
        return editor

    def _no_default_button(self) -> None:
        """No button is the default (Enter is handled in keyPressEvent): Add follow-up, the
        first one, was drawn as the main action."""
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def showEvent(self, event: QShowEvent) -> None:
        self._no_default_button()
        super().showEvent(event)
        if not self.read_only and self.focusWidget() in (None, self.template):
            self.sections["wanted"].setFocus()

    @classmethod
    def for_note(
        cls, vault: Vault, signals: AppSignals, parent: QWidget | None = None, *, note_id: int
    ) -> NoteEditor:
        editor = cls(vault, signals, parent)
        editor.load(notes.get_note(vault, note_id=note_id))
        return editor

    def load(self, record: NoteRecord) -> None:
        self._loading = True
        self.record = record
        self.note_id = record.id
        index = self.template.findData(record.template)
        self.template.blockSignals(True)
        self.template.setCurrentIndex(max(0, index))
        self.template.blockSignals(False)
        self._apply_labels()
        self.occurred_on.setDate(QDate(record.occurred_on))
        if record.start_time:
            self.start.setTime(QTime(record.start_time.hour, record.start_time.minute))
        if record.end_time:
            self.end.setTime(QTime(record.end_time.hour, record.end_time.minute))
        elif record.start_time:
            end = an_hour_later(record.start_time)
            self.end.setTime(QTime(end.hour, end.minute))
        self._select(self.modality, record.modality)
        self._select(self.setting, record.setting)
        self._select(self.kind, record.kind)
        self.location.setText(record.location)
        for name in SECTIONS:
            self.sections[name].setPlainText(getattr(record, name))
        self.supervision.setChecked(record.discuss_in_supervision)
        self.safety.setChecked(record.safety_concern)
        self._fill_participants(record.participant_ids)
        for row in list(self.follow_up_rows):
            self._remove_row(row)
        for item in record.follow_ups:
            self.add_follow_up(item)
        self._fill_earlier()
        self.goals_box.load(self.vault, record.participant_ids, note_id=record.id)
        names = ", ".join(record.participant_names) or tr("no one chosen yet")
        when = date_text(record.occurred_on, "%-d %b %Y")
        self.setWindowTitle(
            tr("Session note · {when} · {v1}").format(
                when=when, v1=self._privacy_names(record.participant_names) or names
            )
        )
        self.set_read_only(record.signed)
        self._finish_loading()
        if record.updated_at and not record.signed:
            self.saved_status.setText(tr("Draft"))

    def _finish_loading(self) -> None:
        self._loading = False
        self.dirty = False
        self._update_duration()
        self._setting_changed("peer_language_helper")
        self.boundary_banner.check()
        self._update_tab_order()  # the goals' rows exist only now

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _privacy_names(self, names: list[str]) -> str:
        return shown_names(names, privacy=privacy_on(self.vault))

    def _fill_participants(self, chosen: list[int]) -> None:
        self.participants.blockSignals(True)
        self.participants.clear()
        privacy = privacy_on(self.vault)
        for m in mentees.list_mentees(self.vault, include_archived=True):
            if m.archived and m.id not in chosen:
                continue
            name = shown_name(m.display_name, privacy=privacy)
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in chosen else Qt.CheckState.Unchecked)
            self.participants.addItem(item)
            if m.id in chosen and self.participants.currentRow() < 0:
                self.participants.setCurrentItem(item)
        self.participants.blockSignals(False)

    def participant_ids(self) -> list[int]:
        ids = []
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids

    def _fill_earlier(self) -> None:
        """Open follow-ups of the chosen mentees from other notes, to tick off."""
        for box in self.earlier_checks:
            box.setParent(None)
            box.deleteLater()
        self.earlier_checks = []
        seen: set[int] = set()
        if self.vault.is_open and not self.read_only:
            for mentee_id in self.participant_ids():
                for item in notes.open_follow_ups(self.vault, mentee_id=mentee_id):
                    if item.note_id == self.note_id or item.id in seen:
                        continue
                    seen.add(item.id)
                    text = item.task
                    if item.due_on:
                        text += tr("  (due {due_on})").format(
                            due_on=date_text(item.due_on, "%-d %b")
                        )
                    box = WrapCheckBox(text)
                    box.setProperty("follow_up_id", item.id)
                    if item.overdue(date.today()):
                        box.setToolTip(tr("This was due earlier: is it done, or still to do?"))
                    box.toggled.connect(lambda on, fid=item.id: self._tick_earlier(fid, on))
                    self.earlier_layout.addWidget(box)
                    self.earlier_checks.append(box)
        self.earlier_box.setVisible(bool(self.earlier_checks))
        self._update_tab_order()

    def _tick_earlier(self, follow_up_id: int, done: bool) -> None:
        if not self.vault.is_open:
            return
        self.signals.apply(
            notes.set_follow_up_done(self.vault, follow_up_id=follow_up_id, done=done)
        )

    # -- templates ----------------------------------------------------------------------------
    def apply_template(self) -> None:
        """The template sets kind, modality and setting, and the sections' prompts."""
        template = templates.template_by_id(self.template.currentData())
        self._select(self.kind, template.kind)
        self._select(self.modality, template.modality)
        self._select(self.setting, template.setting)
        self._apply_labels()
        self.changed()

    def _apply_labels(self) -> None:
        template = templates.template_by_id(self.template.currentData())
        for section in template.sections:
            self.section_labels[section.name].setText(section.label)
            self.sections[section.name].setPlaceholderText(section.prompt)
            self.sections[section.name].setAccessibleName(section.label)
        self.suggestions.blockSignals(True)
        self.suggestions.clear()
        self.suggestions.addItem(tr("Suggestions…"))
        for text in template.follow_up_suggestions:
            self.suggestions.addItem(text)
        self.suggestions.setVisible(bool(template.follow_up_suggestions))
        self.suggestions.blockSignals(False)

    def _suggestion_chosen(self, index: int) -> None:
        if index > 0:
            self.add_follow_up(FollowUpItem(self.suggestions.itemText(index)))
        self.suggestions.setCurrentIndex(0)

    # -- follow-ups ---------------------------------------------------------------------------
    def add_follow_up(self, item: FollowUpItem | None = None) -> FollowUpRow:
        row = FollowUpRow(item)
        row.changed.connect(self.changed)
        row.removed.connect(self._remove_row)
        row.set_read_only(self.read_only)
        self.follow_up_layout.insertWidget(len(self.follow_up_rows), row)
        self.follow_up_rows.append(row)
        self._no_default_button()
        self._update_tab_order()
        if item is None:
            row.task.setFocus()
        self.changed()
        return row

    def _remove_row(self, row: FollowUpRow) -> None:
        if row in self.follow_up_rows:
            self.follow_up_rows.remove(row)
            row.setParent(None)
            row.deleteLater()
            self._update_tab_order()
            self.changed()

    # -- the draft --------------------------------------------------------------------------------
    def draft(self) -> NoteDraft:
        ids = self.participant_ids()
        return NoteDraft(
            participant_ids=ids,
            occurred_on=self.occurred_on.date().toPython(),
            start_time=self.start.time().toPython().replace(second=0, microsecond=0),
            end_time=self.end.time().toPython().replace(second=0, microsecond=0),
            modality=self.modality.currentData(),
            setting=self.setting.currentData(),
            kind=self.kind.currentData(),
            location=self.location.text(),
            template=self.template.currentData() or "",
            discuss_in_supervision=self.supervision.isChecked(),
            safety_concern=self.safety.isChecked(),
            follow_ups=[row.item() for row in self.follow_up_rows],
            **{name: self.sections[name].toPlainText() for name in SECTIONS},
        )

    def changed(self) -> None:
        if self._loading or self.read_only or self._finished:
            return
        self.dirty = True
        self._debounce.start(self.debounce_ms)
        if not self._max_wait.isActive():
            self._max_wait.start(self.max_wait_ms)

    def set_autosave_ms(self, debounce_ms: int, max_wait_ms: int) -> None:
        """For tests and the kill test: shorter autosave timers."""
        self.debounce_ms = debounce_ms
        self.max_wait_ms = max_wait_ms

    def _times_changed(self) -> None:
        self._update_duration()
        self.changed()

    def _update_duration(self) -> None:
        start, end = self.start.time().toPython(), self.end.time().toPython()
        text = duration_text(notes.duration_minutes(start, end))
        if notes.ends_next_day(start, end):
            text = tr("+1 day · {duration}").format(
                duration=text
            )  # 23:30 to 00:15: the end is after midnight
        self.duration.setText(text)
        self.duration.setToolTip(tr("Ends the next day") if notes.ends_next_day(start, end) else "")

    def _participants_changed(self, item: QListWidgetItem) -> None:
        if (
            item.checkState() == Qt.CheckState.Checked
            and len(self.participant_ids()) > 1
            and self.setting.currentData() == "one-to-one"
        ):
            self._select(self.setting, "group")
        if not self._loading:
            self._fill_earlier()
            self.goals_box.load(self.vault, self.participant_ids(), note_id=self.note_id)
            self._update_tab_order()
        self.changed()

    # -- saving -----------------------------------------------------------------------------------
    def autosave(self) -> None:
        self._debounce.stop()
        self._max_wait.stop()
        if self.dirty and not self.read_only and not self._finished:
            self.save(editing=True)

    def save_now(self) -> None:
        if self.read_only:
            return
        self._debounce.stop()
        self._max_wait.stop()
        self.save(editing=True, force=True)

    def save(self, *, editing: bool, force: bool = False) -> bool:
        """Save the draft; on a refusal show why in the editor and keep everything."""
        if not self.vault.is_open or self.read_only:
            return False
        if not (self.dirty or force):
            return True
        created = self.note_id is None
        try:
            self.note_id = notes.save_draft(
                self.vault,
                draft=self.draft(),
                note_id=self.note_id,
                editing=editing,
                touched=self.goals_box.touched(),
            )
        except ValidationError as exc:
            self._refuse(error_text(exc))
            return False
        self.dirty = False
        self._refuse("")
        self.saved_status.setText(tr("Saved {v0}").format(v0=date_text(datetime.now(), "%H:%M")))
        if created or force or not editing:
            self.signals.apply(changes.NOTES)
        return True

    def _refuse(self, text: str) -> None:
        """Show why something was refused ("" clears it), and make a screen reader say it:
        it becomes the description of the field the mentor is on (Orca reads that at
        once and again on return), besides the announcement newer readers speak."""
        field = QApplication.focusWidget()
        if field is None or not self.isAncestorOf(field):
            field = None
        previous, before = self._refused_field
        if previous is not None and shiboken6.isValid(previous):
            if isinstance(previous, SectionEdit):
                previous.set_status_description("")
            else:
                previous.setAccessibleDescription(before)
        self._refused_field = (None, "")
        if text and field is not None:
            self._refused_field = (field, field.accessibleDescription())
        show_status(self.error, text, field=field if text else None)

    def sign(self) -> None:
        if self.read_only or not self.vault.is_open:
            return
        self._debounce.stop()
        self._max_wait.stop()
        try:  # a note that cannot be signed is refused before asking, and nothing is made
            notes.validate(self.draft(), for_signing=True)
        except ValidationError as exc:
            self._refuse(error_text(exc))
            if self.note_id is None and not self._has_content():
                self.dirty = False  # nothing typed: no empty draft is left behind
            return
        gaps = documentation.checklist(
            self.vault,
            draft=self.draft(),
            note_id=self.note_id,
            goal_linked=bool(self.goals_box.touched()) or None,
        )
        listed = checklist_text(gaps, documentation.current_profile(self.vault).name)
        if any(g.blocks for g in gaps):
            messages.warn(self, tr("Not ready to sign yet"), listed + tr("Add these, then sign."))
            return
        if not messages.confirm(
            self,
            tr("Sign this note?"),
            listed
            + tr(
                "Signed notes become read-only. Anything to add later goes in a dated "
                "addendum. Sign now?"
            ),
            default=True,
        ):
            return
        # One click, one unit of work: the draft, its goals touched and the signature.
        # A note never saved yet is saved first, to have an id.
        if self.note_id is None and not self.save(editing=True, force=True):
            return
        assert self.note_id is not None
        try:
            done = notes.sign_note(
                self.vault,
                note_id=self.note_id,
                draft=self.draft(),
                touched=self.goals_box.touched(),
            )
        except ValidationError as exc:
            # Not signed: keep what was typed as a draft, and say why.
            self.save(editing=True, force=True)
            self._refuse(error_text(exc))
            return
        self.dirty = False
        self.load(notes.get_note(self.vault, note_id=self.note_id))
        self.saved_status.setText(tr("Signed {v0}").format(v0=date_text(datetime.now(), "%H:%M")))
        self.signals.apply(done)
        emit(self.signals.note_signed, self.note_id)

    def _has_content(self) -> bool:
        d = self.draft()
        return any(getattr(d, name).strip() for name in SECTIONS) or bool(
            d.location.strip() or any(f.task.strip() for f in d.follow_ups)
        )

    # -- read-only (signed) --------------------------------------------------------------------
    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        for edit in self.sections.values():
            edit.setReadOnly(on)
        for widget in (self.occurred_on, self.start, self.end):
            widget.setReadOnly(on)
        self.location.setReadOnly(on)
        for widget in (
            self.template,
            self.modality,
            self.setting,
            self.kind,
            self.supervision,
            self.safety,
            self.add_follow_up_button,
            self.suggestions,
        ):
            widget.setEnabled(not on)
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            flags = item.flags()
            if on:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
        for follow_up in self.follow_up_rows:
            follow_up.set_read_only(on)
        self.goals_box.set_read_only(on)
        self.save_button.setVisible(not on)
        self.sign_button.setVisible(not on)
        self.addenda_box.setVisible(on)
        self.add_follow_up_button.setVisible(not on)
        self.suggestions.setVisible(not on and self.suggestions.count() > 1)
        if on and self.record is not None:
            self.signed_label.setText(fingerprint_text(self.record))
            self.signed_label.setToolTip(
                tr("The fingerprint (SHA-256) changes if anyone alters the signed note.\n")
                + (self.record.content_hash or "")
            )
            self.signed_label.show()
            self._show_addenda()
            self._show_supervision()
            self.earlier_box.hide()
            self.follow_up_box.setTitle(tr("Follow-ups from this session"))
            self.follow_up_box.setVisible(bool(self.follow_up_rows))
        else:
            self.signed_label.hide()

    def _show_supervision(self) -> None:
        assert self.record is not None
        comments = supervision_loop.comments_for_note(self.vault, note_id=self.record.id)
        self.supervision_box.setVisible(bool(comments))
        self.supervision_list.setText(
            "\n\n".join(
                f"{date_text(c.created_at, '%-d %b %Y')}{' · agreed action' if c.is_action else ''}: {c.text}"
                for c in comments
            )
        )

    def _show_addenda(self) -> None:
        assert self.record is not None
        if not self.record.addenda:
            self.addenda_list.setText(tr("No addenda. Add one to correct or complete this note."))
            return
        parts = []
        for add in self.record.addenda:
            body = add.text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
            parts.append(f"<p><b>{date_text(add.created_at, '%-d %b %Y, %H:%M')}</b><br>{body}</p>")
        self.addenda_list.setText("".join(parts))

    def add_addendum(self) -> None:
        if not self.read_only or self.note_id is None:
            return
        text = AddendumDialog.ask(
            self,
            tr("The signed note stays as it is; the addendum is added below it with today's date."),
        )
        if text is None or not self.vault.is_open or self._finished:
            return
        try:
            notes.add_addendum(self.vault, note_id=self.note_id, text_=text)
        except ValidationError as exc:
            messages.warn(self, tr("Addendum not added"), error_text(exc))
            return
        self.load(notes.get_note(self.vault, note_id=self.note_id))
        self.signals.apply(changes.NOTES)

    def _setting_changed(self, name: str) -> None:
        if name == "peer_language_helper" and self.vault.is_open:
            on = bool(settings.get_setting(self.vault, "peer_language_helper"))
            for edit in self.sections.values():
                edit.set_helper_enabled(on)

    # -- closing -----------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Esc, Close or the window's X: save the draft, then let go of it."""
        if self._finished:
            return
        self._debounce.stop()
        self._max_wait.stop()
        if self.vault.is_open and not self.read_only:
            if (
                self.dirty
                and not self.save(editing=False)
                and not messages.confirm(
                    self,
                    tr("Close without saving?"),
                    tr(
                        "{v0}\n\nClose anyway? What you changed since the last save would be lost."
                    ).format(v0=self.error.text()),
                    default=False,
                )
            ):
                return
            if self.note_id is not None:
                self.signals.apply(notes.close_editor(self.vault, note_id=self.note_id))
        self._finish(result)

    def close_for_lock(self) -> None:
        """peerdesk is locking: save what is typed (offered again after unlock), then close."""
        if self._finished:
            return
        self._debounce.stop()
        self._max_wait.stop()
        if self.vault.is_open and not self.read_only and self.dirty:
            self.save(editing=True)
        self._finish(QDialog.DialogCode.Rejected)

    def _finish(self, result: int) -> None:
        self._finished = True
        self._wipe()
        super().done(result)
        emit(self.closed)
        self.deleteLater()

    def _wipe(self) -> None:
        """Take every word of the note off the screen (a hidden widget still holds text)."""
        self._loading = True
        for edit in self.sections.values():
            edit.clear()
        self.location.clear()
        for row in list(self.follow_up_rows):
            row.task.clear()
            row.setParent(None)
            row.deleteLater()
        self.follow_up_rows = []
        for box in self.earlier_checks:
            box.setText("")
        self.participants.clear()
        self.addenda_list.clear()
        self.supervision_list.clear()
        self.goals_box.wipe()
        self.signed_label.clear()
        self.boundary_banner.clear()
        self._refuse("")
        self.setWindowTitle(tr("Session note"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._finished:
            self.done(QDialog.DialogCode.Rejected)
            if not self._finished:
                event.ignore()
                return
        super().closeEvent(event)
