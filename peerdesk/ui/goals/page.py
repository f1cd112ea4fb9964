"""The Goals page: a mentee's goals by life domain in their own words, steps, progress
with its chart, the overview across domains, the recovery check-in, and the plan PDF."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.services import changes, goals
from peerdesk.core.services.changes import Changes
from peerdesk.core.services.goals import GoalDetail, GoalRecord
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import GoalStatus
from peerdesk.i18n import core_label, date_text, error_text, tr
from peerdesk.ui.compat import emit
from peerdesk.ui.goals.charts import CheckinChart, DomainsChart, ProgressChart
from peerdesk.ui.goals.dialogs import STATUS_WORDS, GoalDialog
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import files, messages
from peerdesk.ui.widgets.dates import NO_DATE, optional_date, optional_date_edit
from peerdesk.ui.widgets.hinted import HintedLineEdit
from peerdesk.ui.widgets.mentee_combo import MenteeCombo
from peerdesk.ui.widgets.page import page_layout, reload_when_shown
from peerdesk.ui.widgets.wheel import wheel_scrolls_form

GOAL_ROLE = Qt.ItemDataRole.UserRole
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2
SCORE_UNSET = "– / 10"


def _when(d: date) -> str:
    return date_text(d, "%-d %b %Y")


class GoalsPage(QWidget):
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
        self.detail: GoalDetail | None = None
        layout = page_layout(
            self,
            tr("Goals"),
            tr(
                "What each person wants, in their own words: small steps, and the progress you "
                "notice together."
            ),
        )
        top = QHBoxLayout()
        self.mentee = MenteeCombo(tr("Whose goals"))
        self.new_goal_button = QPushButton(tr("New goal…"))
        self.plan_button = QPushButton(tr("My plan on a page (PDF)…"))
        self.plan_button.setToolTip(
            tr("A one-page plan for them to keep: their goals in their own words and next steps")
        )
        top.addWidget(QLabel(tr("Mentee")))
        top.addWidget(self.mentee)
        top.addWidget(self.new_goal_button)
        top.addStretch()
        top.addWidget(self.plan_button)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_goals_tab()
        self._build_overview_tab()
        self._build_checkin_tab()

        self.mentee.currentIndexChanged.connect(lambda _i: self.show_mentee())
        self.goal_list.currentItemChanged.connect(lambda item, _prev: self._goal_chosen(item))
        self.new_goal_button.clicked.connect(self.new_goal)
        self.edit_button.clicked.connect(self.edit_goal)
        self.delete_button.clicked.connect(self.delete_goal)
        self.status_box.activated.connect(lambda _i: self._status_chosen())
        self.plan_button.clicked.connect(self.export_plan)
        self.score.valueChanged.connect(lambda _v: self._score_touched())
        self.score.sliderPressed.connect(self._score_touched)
        self.score.actionTriggered.connect(lambda _a: self._score_touched())
        self.add_progress_button.clicked.connect(self.add_progress)
        self.sentence.returnPressed.connect(self.add_progress)
        self.progress_list.itemActivated.connect(self._open_note)
        self.progress_list.currentItemChanged.connect(self._progress_chosen)
        self.remove_progress_button.clicked.connect(self.remove_progress)
        self.add_step_button.clicked.connect(self.add_step)
        self.step_text.returnPressed.connect(self.add_step)
        self.steps.itemChanged.connect(self._step_ticked)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.remove_step_button.clicked.connect(self.remove_step)
        self.save_checkin_button.clicked.connect(self.save_checkin)
        reload_when_shown(self, (signals.vault_unlocked, signals.mentees_changed), self.reload)
        signals.vault_locked.connect(self.clear)
        signals.notes_changed.connect(self._notes_changed)
        signals.settings_changed.connect(self._setting_changed)
        self.clear()

    # -- building -------------------------------------------------------------------------------
    def _build_goals_tab(self) -> None:
        self.goal_list = QListWidget()
        self.goal_list.setAccessibleName(tr("Goals by life domain"))
        self.goal_list.setWordWrap(True)
        self.goal_list.setMinimumWidth(260)

        self.statement = QLabel(wordWrap=True, objectName="goalStatement")
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(wordWrap=True, objectName="hint")
        self.why = QLabel(wordWrap=True)
        self.strengths = QLabel(wordWrap=True)
        self.edit_button = QPushButton(tr("Edit…"))
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(tr("Status"))
        for st in goals.STATUSES:
            self.status_box.addItem(tr(STATUS_WORDS[st]).capitalize(), st.value)
        self.delete_button = QPushButton(tr("Delete…"))
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.status_box)
        actions.addStretch()
        actions.addWidget(self.delete_button)

        self.chart = ProgressChart()
        self.score = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=10, value=5)
        self.score.setAccessibleName(tr("Progress, 0 to 10"))
        self.score.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.score.setTickInterval(1)
        self.score_label = QLabel(SCORE_UNSET)
        self.score_label.setToolTip(tr("Move the slider to how it is going, 0 to 10"))
        self.score_set = False  # the slider starts unset: no accidental 5
        self.sentence = HintedLineEdit(
            placeholderText=tr("A sentence about how it is going, in their words")
        )
        self.sentence.setAccessibleName(tr("How it is going, in their words"))
        self.add_progress_button = QPushButton(tr("Add progress"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.score, 1)
        add_row.addWidget(self.score_label)
        add_row.addWidget(self.sentence, 2)
        add_row.addWidget(self.add_progress_button)
        self.progress_list = QListWidget(wordWrap=True)
        self.progress_list.setAccessibleName(tr("Progress entries"))
        self.progress_list.setMaximumHeight(130)
        self.progress_list.setWordWrap(True)
        self.progress_list.setToolTip(tr("Enter or a double-click opens the session note"))
        self.remove_progress_button = QPushButton(tr("Remove entry"))
        self.remove_progress_button.setToolTip(
            tr(
                "Remove a progress entry added here by mistake. Entries from a session note "
                "are changed in that note."
            )
        )
        self.remove_progress_button.setEnabled(False)

        self.steps = QListWidget(wordWrap=True)
        self.steps.setAccessibleName(tr("Steps"))
        self.steps.setMaximumHeight(150)
        self.step_text = QLineEdit(placeholderText=tr("A small, concrete next step"))
        self.step_text.setAccessibleName(tr("New step"))
        self.step_due = optional_date_edit(tr("no date"))
        self.step_due.setAccessibleName(tr("New step by"))
        self.add_step_button = QPushButton(tr("Add step"))
        self.up_button = QPushButton(tr("Up"))
        self.down_button = QPushButton(tr("Down"))
        self.remove_step_button = QPushButton(tr("Remove step"))
        step_row = QHBoxLayout()
        step_row.addWidget(self.step_text, 1)
        step_row.addWidget(QLabel(tr("by")))
        step_row.addWidget(self.step_due)
        step_row.addWidget(self.add_step_button)
        order_row = QHBoxLayout()
        order_row.addWidget(self.up_button)
        order_row.addWidget(self.down_button)
        order_row.addStretch()
        order_row.addWidget(self.remove_step_button)
        self.error = QLabel(objectName="formError", wordWrap=True)

        detail = QWidget()
        col = QVBoxLayout(detail)
        col.setContentsMargins(12, 0, 8, 0)
        col.addWidget(self.statement)
        col.addWidget(self.facts)
        col.addWidget(self.why)
        col.addWidget(self.strengths)
        col.addLayout(actions)
        col.addWidget(self.error)
        col.addWidget(self.chart)
        col.addLayout(add_row)
        col.addWidget(self.progress_list)
        remove_row = QHBoxLayout()
        remove_row.addStretch()
        remove_row.addWidget(self.remove_progress_button)
        col.addLayout(remove_row)
        col.addWidget(QLabel(tr("Steps"), objectName="sectionTitle"))
        col.addWidget(self.steps)
        col.addLayout(step_row)
        col.addLayout(order_row)
        col.addStretch()
        self.detail_widget = detail
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it scrolls to them
        scroll.setWidget(detail)
        wheel_scrolls_form(scroll, detail)
        self.detail_scroll = scroll
        self.empty = QLabel(objectName="emptyState", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right = QWidget()
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(0, 0, 0, 0)
        right_col.addWidget(self.empty)
        right_col.addWidget(scroll, 1)

        split = QSplitter()
        split.addWidget(self.goal_list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 700])
        self.tabs.addTab(split, tr("Goals"))

    def _build_overview_tab(self) -> None:
        page = QWidget()
        col = QVBoxLayout(page)
        self.domains_chart = DomainsChart()
        col.addWidget(self.domains_chart)
        col.addWidget(QLabel(tr("Next steps"), objectName="sectionTitle"))
        self.next_steps = QListWidget(wordWrap=True)
        self.next_steps.setAccessibleName(tr("Next step of each active goal"))
        col.addWidget(self.next_steps, 1)
        self.tabs.addTab(page, tr("Overview"))

    def _build_checkin_tab(self) -> None:
        form = goals.checkin_form()
        page = QWidget()
        outer = QHBoxLayout(page)
        left = QVBoxLayout()
        intro = QLabel(
            form.intro
            + tr(" Scores: ")
            + "; ".join(f"{i + 1} {w.lower()}" for i, w in enumerate(form.labels))
            + ".",
            wordWrap=True,
            objectName="hint",
        )
        left.addWidget(intro)
        grid = QGridLayout()
        self.checkin_items: dict[int, QSpinBox] = {}
        for row, item in enumerate(form.items):
            label = QLabel(f"{item.n}. {item.text}", wordWrap=True)
            spin = QSpinBox(minimum=1, maximum=6, value=3)
            spin.setAccessibleName(item.text)
            spin.setToolTip(" · ".join(f"{i + 1}: {w}" for i, w in enumerate(form.labels)))
            label.setBuddy(spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            self.checkin_items[item.n] = spin
        grid.setColumnStretch(0, 1)
        left.addLayout(grid)
        self.checkin_note = QLineEdit(placeholderText=tr("Anything they want to add (optional)"))
        left.addWidget(self.checkin_note)
        save_row = QHBoxLayout()
        self.save_checkin_button = QPushButton(tr("Save check-in"))
        self.checkin_saved = QLabel(objectName="hint")
        save_row.addWidget(self.save_checkin_button)
        save_row.addWidget(self.checkin_saved, 1)
        left.addLayout(save_row)
        left.addStretch()
        right = QVBoxLayout()
        self.checkin_chart = CheckinChart()
        right.addWidget(self.checkin_chart)
        self.checkin_history = QListWidget()
        self.checkin_history.setAccessibleName(tr("Earlier check-ins"))
        right.addWidget(self.checkin_history, 1)
        source = QLabel(
            tr(
                "Ten strengths-based statements written for peerdesk (not a clinical measure); "
                "see resources/recovery-checkin/README.md."
            ),
            wordWrap=True,
            objectName="hint",
        )
        right.addWidget(source)
        outer.addLayout(left, 3)
        outer.addLayout(right, 2)
        self.tabs.addTab(page, tr("Recovery check-in"))

    # -- data -------------------------------------------------------------------------------------
    def today(self) -> date:
        return self.fixed_today or date.today()

    def mentee_id(self) -> int | None:
        return self.mentee.mentee_id()

    def goal_id(self) -> int | None:
        return self.detail.id if self.detail else None

    def reload(self) -> None:
        """Refill the mentee list, keeping the chosen mentee and goal."""
        if not self.vault.is_open:
            return
        keep_goal = self.goal_id()
        self.mentee.fill(self.vault)
        self.show_mentee(keep_goal=keep_goal)

    def select_mentee(self, mentee_id: int) -> None:
        self.mentee.select(mentee_id)

    def show_mentee(self, keep_goal: int | None = None) -> None:
        who = self.mentee_id()
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        self.goal_list.blockSignals(False)
        has = who is not None and self.vault.is_open
        for button in (self.new_goal_button, self.plan_button, self.save_checkin_button):
            button.setEnabled(has)
        if not has:
            self.show_goal(None)
            self.empty.setText(tr("Add a mentee first; their goals will live here."))
            return
        current = None
        domain = None
        for g in goals.list_goals(self.vault, mentee_id=who):
            if g.domain != domain:
                domain = g.domain
                header = QListWidgetItem(core_label(domain, capital=True))
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                self.goal_list.addItem(header)
            text = g.statement
            extra = []
            if g.status != GoalStatus.ACTIVE:
                extra.append(tr(STATUS_WORDS[g.status]))
            if g.latest_score is not None:
                extra.append(f"{g.latest_score}/10")
            if extra:
                text += f"  ({', '.join(extra)})"
            item = QListWidgetItem("   " + text)
            item.setData(GOAL_ROLE, g.id)
            if g.status in (GoalStatus.ACHIEVED, GoalStatus.LET_GO):
                item.setForeground(self.palette().color(self.foregroundRole()).lighter(140))
            self.goal_list.addItem(item)
            if current is None or g.id == keep_goal:
                current = item
        if current is not None:
            self.goal_list.setCurrentItem(current)
        else:
            self.show_goal(None)
            self.empty.setText(
                tr(
                    "No goals yet. Ask what they would like to work on, and write it down in "
                    "their own words with New goal."
                )
            )
        self._show_overview(who)
        self._show_checkins(who)

    def _goal_chosen(self, item: QListWidgetItem | None) -> None:
        goal_id = item.data(GOAL_ROLE) if item else None
        self.show_goal(goal_id)

    def show_goal(self, goal_id: int | None) -> None:
        self.error.clear()
        if goal_id is None or not self.vault.is_open:
            self.detail = None
            self._clear_detail()
            self.detail_scroll.setVisible(False)
            self.empty.setVisible(True)
            return
        try:
            d = goals.get_goal(self.vault, goal_id=goal_id)
        except ValidationError:
            self.show_goal(None)
            return
        if self.detail is None or self.detail.id != d.id:
            self.reset_score()
        self.detail = d
        self.empty.setVisible(False)
        self.detail_scroll.setVisible(True)
        self.statement.setText(f"“{d.statement}”")
        facts = [core_label(d.domain, capital=True), tr(STATUS_WORDS[d.status])]
        if d.target_on:
            passed = d.target_on < self.today() and d.status == GoalStatus.ACTIVE
            facts.append(
                tr("hoping for {v0}").format(v0=_when(d.target_on))
                + (tr(" (that date has passed: still the right one?)") if passed else "")
            )
        if d.review_on:
            facts.append(tr("review together {v0}").format(v0=_when(d.review_on)))
        self.facts.setText(" · ".join(facts))
        self.why.setText(tr("<b>Why it matters:</b> {v0}").format(v0=_esc(d.why)) if d.why else "")
        self.why.setVisible(bool(d.why))
        self.strengths.setText(
            tr("<b>Strengths they bring:</b> {v0}").format(v0=_esc(d.strengths))
            if d.strengths
            else ""
        )
        self.strengths.setVisible(bool(d.strengths))
        self.status_box.setCurrentIndex(goals.STATUSES.index(d.status))
        self.chart.set_progress(d)
        self.progress_list.clear()
        dates = goals.note_dates(self.vault, note_ids=[p.note_id for p in d.progress if p.note_id])
        for p in reversed(d.progress):
            text = f"{_when(p.on)} · {p.score}/10"
            if p.sentence:
                text += f" · {p.sentence}"
            item = QListWidgetItem(text)
            item.setData(PROGRESS_ROLE, p.id)
            if p.note_id:
                item.setData(NOTE_ROLE, p.note_id)
                item.setText(text + tr("  · from a session note"))
                item.setToolTip(
                    tr("Session note of {v0}: Enter opens it").format(
                        v0=_when(dates.get(p.note_id, p.on))
                    )
                )
            self.progress_list.addItem(item)
        self.steps.blockSignals(True)
        self.steps.clear()
        for st in d.steps:
            text = st.text
            if st.done_on:
                text += tr("  (done {v0})").format(v0=_when(st.done_on))
            elif st.due_on:
                text += tr("  (by {v0})").format(v0=_when(st.due_on))
            item = QListWidgetItem(text)
            item.setData(GOAL_ROLE, st.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if st.done_on else Qt.CheckState.Unchecked)
            if st.due(self.today()):
                item.setToolTip(tr("Due now: done, or still to do?"))
            self.steps.addItem(item)
        self.steps.blockSignals(False)

    def _show_overview(self, who: int) -> None:
        self.domains_chart.set_domains(goals.domain_overview(self.vault, mentee_id=who))
        self.next_steps.clear()
        for g, st in goals.next_steps(self.vault, mentee_id=who):
            when = tr(" (by {v0})").format(v0=_when(st.due_on)) if st.due_on else ""
            self.next_steps.addItem(
                tr("{v0}: {text}{when}  ·  for “{statement}”").format(
                    v0=core_label(g.domain, capital=True),
                    text=st.text,
                    when=when,
                    statement=g.statement,
                )
            )

    def _show_checkins(self, who: int) -> None:
        found = goals.list_checkins(self.vault, mentee_id=who)
        self.checkin_chart.set_totals([(c.on, c.total) for c in found])
        self.checkin_history.clear()
        for c in reversed(found):
            text = tr("{day} · total {total} of 60").format(day=_when(c.on), total=c.total)
            if c.note:
                text += f" · {c.note}"
            self.checkin_history.addItem(text)

    def _clear_detail(self) -> None:
        for label in (self.statement, self.facts, self.why, self.strengths, self.error):
            label.clear()
        self.progress_list.clear()
        self.steps.blockSignals(True)
        self.steps.clear()
        self.steps.blockSignals(False)
        self.sentence.clear()
        self.step_text.clear()
        self.chart.set_progress(None)

    def clear(self) -> None:
        """On lock: nothing of anyone's goals stays on screen."""
        self.detail = None
        self._clear_detail()
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        self.goal_list.blockSignals(False)
        self.mentee.blockSignals(True)
        self.mentee.clear()
        self.mentee.blockSignals(False)
        self.domains_chart.set_domains([])
        self.next_steps.clear()
        self.checkin_chart.set_totals([])
        self.checkin_history.clear()
        self.checkin_note.clear()
        self.checkin_saved.clear()
        for spin in self.checkin_items.values():
            spin.setValue(3)
        self.empty.clear()
        self.detail_scroll.setVisible(False)

    def _notes_changed(self) -> None:
        if self.vault.is_open and self.mentee_id() is not None:
            self.show_mentee(keep_goal=self.goal_id())

    def _setting_changed(self, name: str) -> None:
        if name == "privacy_mode":
            self.reload()

    # -- actions ------------------------------------------------------------------------------------
    def _save(self, record: GoalRecord) -> int | None:
        past_ok = False
        if goals.target_in_past(record, self.today()):
            if not messages.confirm(
                self,
                tr("Target date has passed"),
                tr(
                    "That target date is already behind us. Keep it anyway (for a goal set "
                    "earlier), or go back and choose a date ahead?"
                ),
                default=False,
            ):
                return None
            past_ok = True
        try:
            return goals.save_goal(
                self.vault, goal=record, today=self.today(), past_target_ok=past_ok
            )
        except ValidationError as exc:
            messages.warn(self, tr("Goal not saved"), error_text(exc))
            return None

    def new_goal(self) -> None:
        who = self.mentee_id()
        if who is None:
            return
        record = GoalDialog.ask(self, GoalRecord(mentee_id=who, statement=""))
        if record is None or not self.vault.is_open:
            return
        goal_id = self._save(record)
        if goal_id is not None:
            self._changed(changes.GOALS, goal_id)

    def edit_goal(self) -> None:
        if self.detail is None:
            return
        record = GoalDialog.ask(self, self.detail)
        if record is None or not self.vault.is_open:
            return
        if self._save(record) is not None:
            self._changed(changes.GOALS, record.id)

    def _status_chosen(self) -> None:
        if self.detail is None:
            return
        status = GoalStatus(self.status_box.currentData())
        done = goals.set_status(
            self.vault, goal_id=self.detail.id, status=status, today=self.today()
        )
        self._changed(done, self.detail.id)

    def delete_goal(self) -> None:
        if self.detail is None:
            return
        goal_id = self.detail.id
        linked = goals.linked_note_count(self.vault, goal_id=goal_id)
        if linked:
            if messages.confirm(
                self,
                tr("Keep this goal's history?"),
                tr(
                    "Session notes mention this goal ({linked}), so it stays with its history. Mark it 'let go' instead? It moves to the end of the list and off Today."
                ).format(linked=linked),
                default=True,
            ):
                done = goals.set_status(
                    self.vault, goal_id=goal_id, status=GoalStatus.LET_GO, today=self.today()
                )
                self._changed(done, goal_id)
            return
        if not messages.confirm(
            self,
            tr("Delete this goal?"),
            tr(
                "Delete this goal with its steps and progress? This cannot be undone. "
                "(To keep it for the record, mark it 'let go' instead.)"
            ),
            default=False,
        ):
            return
        self._changed(goals.delete_goal(self.vault, goal_id=goal_id))

    def _score_touched(self) -> None:
        self.score_set = True
        self.score_label.setText(f"{self.score.value()} / 10")
        self.add_progress_button.setEnabled(self.detail is not None)

    def reset_score(self) -> None:
        """Back to unset (after an entry, or on another goal): nothing is recorded by chance."""
        self.score.blockSignals(True)
        self.score.setValue(5)
        self.score.blockSignals(False)
        self.score_set = False
        self.score_label.setText(SCORE_UNSET)
        self.add_progress_button.setEnabled(False)

    def add_progress(self) -> None:
        if self.detail is None:
            return
        if not self.score_set:
            self.error.setText(tr("Move the slider to how it is going (0 to 10) first."))
            return
        try:
            goals.add_progress(
                self.vault,
                goal_id=self.detail.id,
                score=self.score.value(),
                sentence=self.sentence.text(),
                today=self.today(),
            )
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        self.sentence.clear()
        self.reset_score()
        self._changed(changes.GOALS, self.detail.id)

    def _changed(self, done: Changes, goal_id: int | None = None) -> None:
        """After a change: refresh this page, and tell Today (stalled goals, steps due)."""
        self.show_mentee(keep_goal=goal_id)
        self.signals.apply(done)

    def _progress_chosen(self, item: QListWidgetItem | None) -> None:
        self.remove_progress_button.setEnabled(
            item is not None and item.data(PROGRESS_ROLE) is not None and not item.data(NOTE_ROLE)
        )

    def remove_progress(self) -> None:
        item = self.progress_list.currentItem()
        if self.detail is None or item is None or item.data(PROGRESS_ROLE) is None:
            return
        if not messages.confirm(
            self,
            tr("Remove this entry?"),
            tr("Remove the progress entry \u201c{v0}\u201d? The chart leaves it out.").format(
                v0=item.text()
            ),
            default=False,
        ):
            return
        try:
            done = goals.delete_progress(self.vault, progress_id=item.data(PROGRESS_ROLE))
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.clear()
        self._changed(done, self.detail.id)

    def _open_note(self, item: QListWidgetItem) -> None:
        note_id = item.data(NOTE_ROLE)
        if note_id:
            emit(self.signals.note_open_requested, note_id)

    def add_step(self) -> None:
        if self.detail is None:
            return
        try:
            goals.add_step(
                self.vault,
                goal_id=self.detail.id,
                text_=self.step_text.text(),
                due_on=optional_date(self.step_due),
            )
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        self.step_text.clear()
        self.step_due.setDate(NO_DATE)
        self._changed(changes.GOALS, self.detail.id)

    def _step_ticked(self, item: QListWidgetItem) -> None:
        if self.detail is None or not self.vault.is_open:
            return
        done = goals.set_step_done(
            self.vault,
            step_id=item.data(GOAL_ROLE),
            done=item.checkState() == Qt.CheckState.Checked,
            today=self.today(),
        )
        goal_id = self.detail.id
        # Later: refilling the list inside its own itemChanged signal is unsafe.
        QTimer.singleShot(0, lambda: self._changed(done, goal_id))

    def _current_step(self) -> int | None:
        item = self.steps.currentItem()
        return item.data(GOAL_ROLE) if item else None

    def move_step(self, offset: int) -> None:
        step_id = self._current_step()
        if step_id is None or self.detail is None:
            return
        done = goals.move_step(self.vault, step_id=step_id, offset=offset)
        self.show_goal(self.detail.id)
        self.signals.apply(done)
        for row in range(self.steps.count()):
            if self.steps.item(row).data(GOAL_ROLE) == step_id:
                self.steps.setCurrentRow(row)

    def remove_step(self) -> None:
        step_id = self._current_step()
        if step_id is None or self.detail is None:
            return
        self._changed(goals.delete_step(self.vault, step_id=step_id), self.detail.id)

    def save_checkin(self) -> None:
        who = self.mentee_id()
        if who is None:
            return
        try:
            goals.save_checkin(
                self.vault,
                mentee_id=who,
                on=self.today(),
                scores={n: spin.value() for n, spin in self.checkin_items.items()},
                note=self.checkin_note.text(),
                today=self.today(),
            )
        except ValidationError as exc:
            self.checkin_saved.setText(error_text(exc))
            return
        self.checkin_note.clear()
        self.checkin_saved.setText(tr("Saved. Thank them for sharing it."))
        self._show_checkins(who)
        self.signals.apply(changes.GOALS)

    def export_plan(self) -> None:
        who = self.mentee_id()
        if who is None:
            return
        out = files.ask_save_path(
            self, tr("Save the plan as PDF"), "my-plan.pdf", tr("PDF (*.pdf)")
        )
        if out is None or not self.vault.is_open:
            return
        from peerdesk.core.services.documents import plan_document, write_document
        from peerdesk.render.plan import plan_pdf

        try:
            doc = plan_document(self.vault, mentee_id=who, today=self.today())
            overview = goals.domain_overview(self.vault, mentee_id=who)
            write_document(doc, out=out, pdf=lambda d: plan_pdf(d, overview))
        except (PeerdeskError, OSError):
            messages.warn(
                self,
                tr("Plan not saved"),
                tr("The PDF could not be written there. Try another folder."),
            )
            return
        messages.inform(
            self, tr("Plan saved"), tr("Saved. Read it through together before handing it over.")
        )


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
