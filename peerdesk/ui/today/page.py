"""The Today page: "what needs me today?" Meetings today and this week, notes to finish
or missing, follow-ups and reminders, goals, agreements and directory entries to re-check.

Everything comes from one core function, ``today.today_items(vault, now)``; each item
opens the right place with one click or Enter, and can be snoozed or set aside (right
click, or the buttons above the lists). Follow-ups keep their tick box.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError
from peerdesk.core.services import calendar_export, reminders
from peerdesk.core.services import today as today_service
from peerdesk.core.services.changes import Changes
from peerdesk.core.services.today import TodayItem
from peerdesk.core.vault import Vault
from peerdesk.i18n import QT_TR_NOOP, core_text, date_text, error_text, tr
from peerdesk.ui.compat import emit
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.theme import attention_colour
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.expander import ExpanderButton
from peerdesk.ui.widgets.meeting_dialog import PlanMeetingDialog
from peerdesk.ui.widgets.page import page_layout, reload_when_shown
from peerdesk.ui.widgets.privacy import privacy_on, shown_names

NOTE_ROLE = Qt.ItemDataRole.UserRole
FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_DRAFTS = today_service.MAX_DRAFTS

TITLES = {
    today_service.START: QT_TR_NOOP("Getting started"),
    today_service.MEETINGS_TODAY: QT_TR_NOOP("Meetings today"),
    today_service.THIS_WEEK: QT_TR_NOOP("Coming up this week"),
    today_service.NOTES: QT_TR_NOOP("Notes to finish"),
    today_service.FOLLOW_UPS: QT_TR_NOOP("Follow-ups due"),
    today_service.GOALS: QT_TR_NOOP("Goals to look at together"),
    today_service.AGREEMENTS: QT_TR_NOOP("Agreements and boundaries"),
    today_service.DIRECTORY: QT_TR_NOOP("Directory entries to re-check"),
}
EMPTY_TEXT = today_service.ALL_CLEAR


def _dot(colour: QColor, size: int = 8) -> QIcon:
    """A small round mark: overdue items are marked quietly, not in bold orange."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(size // 2, size // 2, size, size)
    painter.end()
    return QIcon(pixmap)


class TodaySection(QWidget):
    """A titled list that folds away (click its header); Enter, a double-click or a click
    on an item opens it. The list never scrolls by itself: the page has the one scroll."""

    def __init__(
        self, title: str, signals: AppSignals, opener: Callable[[str], None] | None = None
    ) -> None:
        super().__init__()
        # Never taller than its header and rows: a page with one short section keeps it at
        # the top instead of sharing the spare height with it (header adrift, list far below).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.signals = signals
        self.opener = opener
        self._title = title
        self._rows = 0
        self._expanded = True
        # wrapped lines change height with the width: fit once a burst of resizes settles,
        # never after the section is gone (the timer goes with it)
        self._fit_soon = QTimer(self, singleShot=True, interval=0)
        self._fit_soon.timeout.connect(self.fit)
        # A button that shows or hides the list (an expander), not a check box: a screen
        # reader hears "Follow-ups due, 3, button, expanded" (a real state, not words in
        # the name) and what Space will do.
        self.header = ExpanderButton(objectName="sectionHeader")
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.setAutoRaise(True)
        self.header.clicked.connect(lambda: self.set_expanded(not self._expanded))
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._clicked)

    def title(self) -> str:
        return self._title

    def set_expanded(self, on: bool) -> None:
        self._expanded = on
        self.header.set_expanded(on)
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.list.setVisible(on)
        self._name_header()

    @property
    def expanded(self) -> bool:
        return self._expanded

    def _name_header(self) -> None:
        """The header's accessible name says its title and its count (whether the list is
        shown is its expanded state), its description what Space or Enter does; no
        middle dot."""
        self.header.setAccessibleName(f"{self._title}, {self._rows}")
        self.header.setAccessibleDescription(
            tr("Space hides this section's list")
            if self._expanded
            else tr("Space shows this section's list")
        )

    def _clicked(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.CheckStateRole) is not None:
            return  # a click on a follow-up ticks it (the check box), Enter opens it
        # (not the ItemIsUserCheckable flag: every QListWidgetItem has it by default)
        self._open(item)

    def _open(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key and self.opener is not None:
            self.opener(key)
            return
        note_id = item.data(NOTE_ROLE)
        if note_id:
            emit(self.signals.note_open_requested, note_id)

    def fit(self) -> None:
        """As tall as all its rows, so the wheel scrolls the page, not a list inside it."""
        rows = self.list.count()
        gap = 2 * self.list.spacing()
        height = sum(self.list.sizeHintForRow(r) + gap for r in range(rows))
        self.list.setFixedHeight(max(height + 2 * self.list.frameWidth() + 4, 30))
        self.header.setText(f"{self._title}  ·  {rows}")
        self._rows = rows
        self._name_header()
        self.setVisible(rows > 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.list.count():
            self._fit_soon.start()

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
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        self.fixed_today = today
        self.clock = clock
        self.items: dict[str, TodayItem] = {}
        self._privacy = False  # privacy mode as read at the last reload
        outer = page_layout(self, tr("Today"))
        top = QHBoxLayout()
        self.greeting = QLabel(objectName="pageIntro", wordWrap=True)
        self.plan_button = QPushButton(tr("Plan a meeting…"))
        self.export_button = QPushButton(tr("Export calendar…"))
        self.export_button.setToolTip(
            tr(
                "An .ics file of your planned meetings, with initials only unless you choose full names"
            )
        )
        top.addWidget(self.greeting, 1)
        top.addWidget(self.plan_button)
        top.addWidget(self.export_button)
        outer.addLayout(top)

        actions = QHBoxLayout()
        self.open_button = QPushButton(tr("Open"))
        self.done_button = QPushButton(tr("Done"))
        self.done_button.setToolTip(tr("Done, or set aside: it leaves Today"))
        self.tomorrow_button = QPushButton(tr("Snooze until tomorrow"))
        self.week_button = QPushButton(tr("Snooze until next week"))
        for b in (self.open_button, self.done_button, self.tomorrow_button, self.week_button):
            actions.addWidget(b)
        actions.addStretch()
        self.action_bar = QWidget()
        self.action_bar.setLayout(actions)
        # Hidden while nothing is chosen, but its room is kept: if it pushed the lists down
        # as a row is pressed, the release would land beside the row and the click be lost.
        keep_room = self.action_bar.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.action_bar.setSizePolicy(keep_room)
        actions.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.action_bar)

        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(0, 0, 12, 0)
        self.column.setSpacing(14)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a silent Tab stop; it follows focus
        outer.addWidget(scroll, 1)

        self.section_by_name: dict[str, TodaySection] = {}
        for name in today_service.SECTIONS:
            section = TodaySection(tr(TITLES[name]), signals, self.open_item)
            section.list.customContextMenuRequested.connect(
                lambda pos, s=section: self._menu(s, pos)
            )
            # The row's actions from the keyboard: the Menu key or Shift+F10 on the chosen row
            section.list.installEventFilter(self)
            section.list.setAccessibleDescription(
                tr("Enter opens the chosen item; the Menu key or Shift+F10 lists what you can do")
            )
            section.list.currentItemChanged.connect(self._current_changed)
            self.section_by_name[name] = section
        self.meetings_today = self.section_by_name[today_service.MEETINGS_TODAY]
        self.week = self.section_by_name[today_service.THIS_WEEK]
        self.drafts = self.section_by_name[today_service.NOTES]
        self.follow_ups = self.section_by_name[today_service.FOLLOW_UPS]
        self.follow_ups.list.itemChanged.connect(self._follow_up_ticked)
        self.goals = self.section_by_name[today_service.GOALS]
        self.agreements = self.section_by_name[today_service.AGREEMENTS]
        self.directory = self.section_by_name[today_service.DIRECTORY]
        self.sections = tuple(self.section_by_name.values())
        for section in self.sections:
            self.column.addWidget(section)
        self.empty = QLabel(objectName="emptyState", wordWrap=True)
        self.empty.setMaximumWidth(640)
        self.column.addWidget(self.empty)
        self.column.addStretch()

        self.open_button.clicked.connect(lambda: self._act("open"))
        self.done_button.clicked.connect(lambda: self._act("done"))
        self.tomorrow_button.clicked.connect(lambda: self._act("tomorrow"))
        self.week_button.clicked.connect(lambda: self._act("week"))
        self.plan_button.clicked.connect(lambda: self.plan_meeting())
        self.export_button.clicked.connect(self.export_calendar)

        reload_when_shown(self, signals.vault_unlocked, self.reload)
        changed = (
            signals.notes_changed,
            signals.goals_changed,
            signals.agreements_changed,
            signals.mentees_changed,
            signals.meetings_changed,
            signals.reminders_changed,
            signals.referrals_changed,  # a referral's follow-up is due here
        )
        reload_when_shown(self, changed, self.reload)
        signals.vault_locked.connect(self.clear)
        signals.settings_changed.connect(self._setting_changed)
        self.clear()

    def _setting_changed(self, name: str) -> None:
        if name == "privacy_mode":
            self.reload()

    def now(self) -> datetime:
        if self.clock is not None:
            return self.clock()
        if self.fixed_today is not None:
            return datetime.combine(self.fixed_today, time(9, 0))
        return datetime.now().replace(second=0, microsecond=0)

    def today(self) -> date:
        return self.now().date()

    def _names(self, names: tuple[str, ...] | list[str]) -> str:
        return shown_names(names, privacy=self._privacy)

    # -- filling -----------------------------------------------------------------------------
    def _text(self, item: TodayItem) -> str:
        who = self._names(item.who)
        today = self.today()
        title, detail = core_text(item.title), core_text(item.detail)
        if item.kind in ("follow_up", "reminder", "referral"):
            # one shape for the section: what, who, when ("Renew my first-aid certificate ·
            # was due 1 Dec 09:00"; a referral's started with the name and had no date)
            parts = (title, who, self._due_words(item.due, today))
            text = "  ·  ".join(p for p in parts if p)
            return f"{text}\n{detail}" if detail else text
        if item.kind == "draft":
            head, _, rest = title.partition(" · ")
            text = f"{head} · {who or tr('no mentee chosen yet')} · {rest}"
        elif item.kind in ("meeting", "note_missing"):
            head, _, rest = title.partition(" · ")
            text = " · ".join(p for p in (head, who, rest) if p)
        elif item.kind == "cluster":
            text = f"{who}: {title}"
        else:
            text = f"{who} · {title}" if who else title
        if detail:
            text += f"\n{detail}"
        return text

    @staticmethod
    def _due_words(due: date | datetime | None, today: date) -> str:
        """ "today", "today 15:00", "was due 10 Nov", "was due 1 Dec 09:00"."""
        if due is None:
            return ""
        day = due.date() if isinstance(due, datetime) else due
        clock = f" {date_text(due, '%H:%M')}" if isinstance(due, datetime) else ""
        if day == today:
            return tr("today") + clock
        on = date_text(day, "%-d %b") + clock
        return tr("was due {due}").format(due=on) if day < today else on

    def reload(self) -> None:
        if not self.vault.is_open:
            return
        now = self.now()
        self.clear()
        try:
            self._privacy = privacy_on(self.vault)  # once, not once a row (a read each)
            found = today_service.today_items(self.vault, now)
        except PeerdeskError as exc:
            self.greeting.setText(error_text(exc))
            return
        self.follow_ups.list.blockSignals(True)
        for item in found:
            self.items[item.key] = item
            row = QListWidgetItem(self._text(item))
            row.setData(KEY_ROLE, item.key)
            if item.open_kind == today_service.OPEN_NOTE:
                row.setData(NOTE_ROLE, int(item.open_id))
            if item.kind == "follow_up":
                row.setData(FOLLOW_UP_ROLE, int(item.key.split(":")[1]))
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Unchecked)
                row.setToolTip(tr("Tick when done; Enter opens the session note it came from"))
            else:
                row.setToolTip(self._tooltip(item))
            if item.overdue:
                row.setIcon(_dot(attention_colour()))
                row.setToolTip(tr("Overdue. ") + row.toolTip())
            self.section_by_name[item.section].list.addItem(row)
        self.follow_ups.list.blockSignals(False)
        for section in self.sections:
            section.fit()
        nothing = not self.items
        if nothing:
            self.empty.setText(core_text(today_service.all_clear_text(self.vault)))
        self.empty.setVisible(nothing)
        self.greeting.setText(f"{date_text(now, '%A %-d %B')}." + self._summary())
        self._current_changed()

    def _summary(self) -> str:
        n = sum(1 for i in self.items.values() if i.section == today_service.MEETINGS_TODAY)
        if n == 0:
            return tr("  No meetings today.")
        return tr("  %n meeting(s) today.", None, n)

    @staticmethod
    def _tooltip(item: TodayItem) -> str:
        return tr(
            {
                today_service.OPEN_NOTE: QT_TR_NOOP("Open the note"),
                today_service.OPEN_MEETING: QT_TR_NOOP(
                    "Open the note for this meeting (a new one, prefilled)"
                ),
                today_service.OPEN_GOALS: QT_TR_NOOP(
                    "On the Goals page: add progress, tick the step or change the date"
                ),
                today_service.OPEN_AGREEMENTS: QT_TR_NOOP("On the Agreements page"),
                today_service.OPEN_MENTEE: QT_TR_NOOP("Open their page"),
                today_service.OPEN_SERVICE: QT_TR_NOOP("Open the directory entry to check it"),
                today_service.OPEN_NEW_MENTEE: QT_TR_NOOP("Open the Add mentee form"),
                today_service.OPEN_NEW_NOTE: QT_TR_NOOP("Start a session note (Ctrl+N)"),
                today_service.OPEN_SUPERVISION: QT_TR_NOOP(
                    "Read the replies on the Supervision page"
                ),
            }.get(item.open_kind, "")
        )

    def clear(self) -> None:
        self.items = {}
        for section in self.sections:
            section.list.blockSignals(True)
            section.clear()
            section.list.blockSignals(False)
        self.empty.hide()
        self.greeting.clear()
        self._current_changed()

    # -- acting on items ----------------------------------------------------------------------
    def current_item(self) -> TodayItem | None:
        focus = self.focusWidget()
        for section in self.sections:
            if section.list is focus and section.list.currentItem() is not None:
                return self.items.get(section.list.currentItem().data(KEY_ROLE))
        for section in self.sections:
            row = section.list.currentItem()
            if row is not None and row.isSelected():
                return self.items.get(row.data(KEY_ROLE))
        return None

    def _current_changed(self, *_args: object) -> None:
        item = self.current_item()
        self.open_button.setEnabled(item is not None)
        self.done_button.setEnabled(item is not None and item.can_done)
        for b in (self.tomorrow_button, self.week_button):
            b.setEnabled(item is not None and item.can_snooze)
        self.action_bar.setVisible(item is not None)

    def _act(self, what: str, item: TodayItem | None = None) -> None:
        item = item or self.current_item()
        if item is None:
            return
        if what == "open":
            self.open_item(item.key)
        elif what == "done":
            self.mark_done(item.key)
        else:
            now = self.now()
            until = reminders.tomorrow_morning(now) if what == "tomorrow" else None
            self.snooze(item.key, until or reminders.next_week(now))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QListWidget):
            assert isinstance(event, QKeyEvent)
            shift_f10 = event.key() == Qt.Key.Key_F10 and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if event.key() == Qt.Key.Key_Menu or shift_f10:
                for section in self.sections:
                    if section.list is watched:
                        self._menu(section, None)
                        return True
        return super().eventFilter(watched, event)

    def _menu(self, section: TodaySection, pos: QPoint | None) -> QMenu | None:
        """The row's actions: at the pointer for a right click, at the chosen row from the
        keyboard (``pos`` None)."""
        keyboard = pos is None
        if pos is None:
            row = section.list.currentItem()
            if row is not None:
                pos = section.list.visualItemRect(row).center()
        else:
            row = section.list.itemAt(pos)
        item = self.items.get(row.data(KEY_ROLE)) if row is not None else None
        if item is None or pos is None:
            return None
        menu = QMenu(self)
        menu.setAccessibleName(tr("Actions for {item}").format(item=row.text().split("\n")[0]))
        menu.addAction(tr("Open"), lambda: self._act("open", item))
        if item.can_done:
            menu.addAction(tr("Done"), lambda: self._act("done", item))
        if item.can_snooze:
            menu.addAction(tr("Snooze until tomorrow"), lambda: self._act("tomorrow", item))
            menu.addAction(tr("Snooze until next week"), lambda: self._act("week", item))
        menu.popup(section.list.viewport().mapToGlobal(pos))
        if keyboard:  # from the keyboard the first action is chosen, so it is read out at once
            menu.setActiveAction(menu.actions()[0])
        return menu

    def open_item(self, key: str) -> None:
        item = self.items.get(key)
        if item is None or not self.vault.is_open:
            return
        kind, target = item.open_kind, item.open_id
        if kind == today_service.OPEN_NOTE:
            emit(self.signals.note_open_requested, int(target))
        elif kind == today_service.OPEN_MEETING:
            emit(self.signals.meeting_open_requested, target)
        elif kind == today_service.OPEN_GOALS:
            emit(self.signals.page_open_requested, "Goals", str(item.mentee_id or ""))
        elif kind == today_service.OPEN_AGREEMENTS:
            emit(self.signals.page_open_requested, "Agreements", str(item.mentee_id or ""))
        elif kind == today_service.OPEN_MENTEE:
            emit(self.signals.page_open_requested, "Mentees", target)
        elif kind == today_service.OPEN_SERVICE:
            emit(self.signals.page_open_requested, "Directory", target)
        elif kind == today_service.OPEN_NEW_MENTEE:
            emit(self.signals.page_open_requested, "Mentees", "new")
        elif kind == today_service.OPEN_NEW_NOTE:
            emit(self.signals.new_note_requested, item.mentee_id or 0)
        elif kind == today_service.OPEN_SUPERVISION:
            emit(self.signals.page_open_requested, "Supervision", "")
        elif kind == today_service.OPEN_REMINDER:
            link, _, ident = target.partition(":")
            if link == "note" and ident.isdigit():
                emit(self.signals.note_open_requested, int(ident))
            elif link == "mentee" and ident:
                emit(self.signals.page_open_requested, "Mentees", ident)

    def mark_done(self, key: str) -> None:
        item = self.items.get(key)
        if item is None or not item.can_done:
            return
        self._changed(today_service.mark_done(self.vault, item, now=self.now()))

    def snooze(self, key: str, until: datetime) -> None:
        item = self.items.get(key)
        if item is None or not item.can_snooze:
            return
        self._changed(today_service.snooze(self.vault, item, until=until, now=self.now()))

    def _changed(self, done: Changes) -> None:
        # Later: a reload clears the list whose signal may still be running.
        QTimer.singleShot(0, lambda: self.signals.apply(done))

    def _follow_up_ticked(self, row: QListWidgetItem) -> None:
        key = row.data(KEY_ROLE)
        if not key or not self.vault.is_open:
            return
        if row.checkState() == Qt.CheckState.Checked:
            self.mark_done(key)

    # -- meetings and the calendar -----------------------------------------------------------
    def plan_meeting(self, mentee_id: int | None = None) -> PlanMeetingDialog:
        dialog = PlanMeetingDialog(self.vault, self.signals, self, mentee_id=mentee_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_calendar(self, path: str | None = None, *, full_names: bool | None = None) -> int:
        if path is None:
            box = QCheckBox(
                tr("Full names, place and purpose (only if this calendar stays private)")
            )
            dialog = QFileDialog(self, tr("Export planned meetings"), "meetings.ics")
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setNameFilter(tr("Calendar (*.ics)"))
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            layout = dialog.layout()
            if layout is not None:
                layout.addWidget(box)
            if not dialog.exec():
                return 0
            path = dialog.selectedFiles()[0]
            full_names = box.isChecked()
        try:
            count = calendar_export.export_ics(
                self.vault,
                out=Path(path),
                date_from=self.today(),
                date_to=self.today() + timedelta(days=366),
                full_names=bool(full_names),
            )
        except PeerdeskError as exc:
            messages.warn(self, tr("Calendar not exported"), error_text(exc))
            return 0
        names = tr("full names") if full_names else tr("initials only")
        messages.inform(
            self,
            tr("Calendar exported"),
            tr("{count} planned meetings, with {names}, are in the file.").format(
                count=count, names=names
            ),
        )
        return count
