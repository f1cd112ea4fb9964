"""The Mentees page: the list (a Qt model over mentees.list_mentees), search, archive,
the profile form, and a panel with the selected person's own words and strengths."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import changes, erasure, goals, mentees
from peerdesk.core.services.mentees import MenteeRecord, MenteeSummary
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import MenteeKind, MenteeStatus, SupportStyle
from peerdesk.i18n import QT_TR_NOOP, date_text, error_text, tr
from peerdesk.ui.compat import emit
from peerdesk.ui.directory.page import ReferralsPanel
from peerdesk.ui.mentees.dialog import MenteeDialog
from peerdesk.ui.mentees.erase import EraseMenteeDialog
from peerdesk.ui.mentees.timeline import MenteeTimeline
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.flow import FlowLayout
from peerdesk.ui.widgets.hinted import HintedLineEdit
from peerdesk.ui.widgets.page import page_layout, reload_when_shown
from peerdesk.ui.widgets.privacy import privacy_on, shown_name
from peerdesk.ui.widgets.tables import RowsTableModel, select_id, selected_id

# Labels are marked here and translated where they are shown (tr(STYLE_LABELS[...])).
STYLE_LABELS = {
    SupportStyle.PRACTICAL: QT_TR_NOOP("Practical"),
    SupportStyle.EMOTIONAL: QT_TR_NOOP("Emotional"),
    SupportStyle.BOTH: QT_TR_NOOP("Practical and emotional"),
}
KIND_LABELS = {
    MenteeKind.INDIVIDUAL: QT_TR_NOOP("Individual"),
    MenteeKind.FAMILY: QT_TR_NOOP("Family peer support"),
}
STATUS_LABELS = {
    MenteeStatus.ACTIVE: QT_TR_NOOP("Active"),
    MenteeStatus.PAUSED: QT_TR_NOOP("Paused"),
    MenteeStatus.ENDED: QT_TR_NOOP("Ended"),
}

_Index = QModelIndex | QPersistentModelIndex
SIZED_ROWS = 60  # rows the columns are sized from (more than a tall screen shows)


class MenteesTableModel(RowsTableModel):
    """Rows from mentees.list_mentees; in privacy mode names show as initials."""

    COLUMNS: ClassVar[tuple[tuple[str, Callable[[MenteeSummary], str]], ...]] = (
        (QT_TR_NOOP("Name"), lambda m: m.display_name),
        (QT_TR_NOOP("Support"), lambda m: tr(STYLE_LABELS[SupportStyle(m.support_style)])),
        (QT_TR_NOOP("Kind"), lambda m: tr(KIND_LABELS[MenteeKind(m.kind)])),
        (
            QT_TR_NOOP("Status"),
            lambda m: tr("Archived") if m.archived else tr(STATUS_LABELS[MenteeStatus(m.status)]),
        ),
        (QT_TR_NOOP("Since"), lambda m: date_text(m.started_on, "%b %Y") if m.started_on else ""),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.privacy = False

    def load(self, vault: Vault, *, query: str = "", include_archived: bool = False) -> None:
        self.set_rows(mentees.list_mentees(vault, include_archived=include_archived, query=query))

    def set_privacy(self, on: bool) -> None:
        self.beginResetModel()
        self.privacy = on
        self.endResetModel()

    def summary(self, row: int) -> MenteeSummary:
        return self.row_at(row)

    def display(self, record: MenteeSummary, column: int) -> str:
        if column == 0:
            return shown_name(record.display_name, privacy=self.privacy)
        return super().display(record, column)


class MenteeDetail(QFrame):
    """The selected mentee's own words and strengths, beside the list."""

    def __init__(self) -> None:
        super().__init__(objectName="detailPanel")
        self.setMinimumWidth(260)
        self.name = QLabel(objectName="detailName", wordWrap=True)
        self.facts = QLabel(objectName="hint", wordWrap=True)
        self.what_matters_title = QLabel(tr("<b>What matters to me</b>"))
        self.what_matters = QLabel(wordWrap=True)
        self.strengths_title = QLabel(tr("<b>Strengths</b>"))
        self.strengths = QLabel(wordWrap=True)
        self.people_title = QLabel(tr("<b>Important people</b>"))
        self.people = QLabel(wordWrap=True)
        self.steps_title = QLabel(tr("<b>Next steps on their goals</b>"))
        self.steps = QLabel(wordWrap=True)
        self.placeholder = QLabel(
            tr(
                "Choose someone in the list to see what matters to them and their strengths, "
                "in their own words."
            ),
            objectName="hint",
            wordWrap=True,
        )
        for label in (self.what_matters, self.strengths, self.people, self.steps):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(6)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addSpacing(8)
        for title, body in (
            (self.what_matters_title, self.what_matters),
            (self.strengths_title, self.strengths),
            (self.people_title, self.people),
            (self.steps_title, self.steps),
        ):
            layout.addWidget(title)
            layout.addWidget(body)
            layout.addSpacing(6)
        layout.addStretch()
        self.clear()

    def show_record(
        self, record: MenteeRecord, *, privacy: bool, next_steps: list[str] | None = None
    ) -> None:
        self.placeholder.hide()
        name = shown_name(record.display_name, privacy=privacy)
        if record.pronouns:
            name += f"  <span style='font-size:10pt; font-weight:400'>({record.pronouns})</span>"
        self.name.setText(name)
        facts = [
            tr("{style} support").format(
                style=tr(STYLE_LABELS[SupportStyle(record.support_style)])
            ),
            tr(KIND_LABELS[MenteeKind(record.kind)]),
            tr(STATUS_LABELS[MenteeStatus(record.status)]),
        ]
        if record.started_on:
            facts.append(tr("since {month}").format(month=date_text(record.started_on, "%B %Y")))
        if record.preferred_channels:
            facts.append("prefers " + ", ".join(record.preferred_channels))
        self.facts.setText(" · ".join(facts))
        self._section(self.what_matters_title, self.what_matters, record.what_matters)
        self._section(self.strengths_title, self.strengths, record.strengths)
        people = (
            ""
            if privacy
            else ", ".join(
                f"{p.name} ({p.relation})" if p.relation else p.name
                for p in record.important_people
            )
        )
        self._section(self.people_title, self.people, people)
        self._section(
            self.steps_title, self.steps, "\n".join(f"• {step}" for step in next_steps or [])
        )
        self.name.show()
        self.facts.show()

    @staticmethod
    def _section(title: QLabel, body: QLabel, text: str) -> None:
        body.setText(text)
        title.setVisible(bool(text))
        body.setVisible(bool(text))

    def clear(self) -> None:
        for label in (
            self.name,
            self.facts,
            self.what_matters,
            self.strengths,
            self.people,
            self.steps,
        ):
            label.clear()
            label.hide()
        for title in (
            self.what_matters_title,
            self.strengths_title,
            self.people_title,
            self.steps_title,
        ):
            title.hide()
        self.placeholder.show()


class _MenteesTable(QTableView):
    """Enter opens the selected mentee, like a double-click."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            emit(self.doubleClicked, self.currentIndex())
            return
        super().keyPressEvent(event)


class MenteesPage(QWidget):
    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        layout = page_layout(
            self,
            tr("Mentees"),
            tr("The people you support. Archived mentees are kept, just out of the everyday list."),
        )
        self.search = HintedLineEdit(placeholderText=tr("Search by name or nickname"))
        self.search.setAccessibleName(tr("Search mentees"))
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(tr("Show archived"))
        self.add_button = QPushButton(tr("Add mentee…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.archive_button = QPushButton(tr("Archive"))
        self.restore_button = QPushButton(tr("Bring back"))
        self.plan_button = QPushButton(tr("Plan a meeting…"))
        self.erase_button = QPushButton(tr("Erase…"))
        self.erase_button.setToolTip(
            tr("Erase everything about this person (their right to be forgotten)")
        )
        tools = FlowLayout()  # wraps at a large text size rather than cutting words
        tools.addWidget(self.search, 1)
        tools.addWidget(self.show_archived)
        for button in (self.add_button, self.edit_button, self.archive_button, self.restore_button):
            tools.addWidget(button)
        tools.addWidget(self.plan_button)
        tools.addWidget(self.erase_button)
        layout.addLayout(tools)

        self.model = MenteesTableModel(self)
        self.table = _MenteesTable()
        self.table.setAccessibleName(tr("Mentees"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Support and kind share what is left (a long one is elided, in full as a tooltip),
        # so that status and since stay in view: at the default size "Since" was cut off,
        # at 150% text only name and support showed, the rest behind a sideways scroll.
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Columns fit the first rows a screen shows, not all of them: with 500 mentees,
        # measuring every row (Qt's default, up to 1,000) read 65,000 cells at first show.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.table.horizontalHeader().setHighlightSections(False)
        self.empty = QLabel(objectName="emptyState", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = MenteeDetail()
        self.timeline = MenteeTimeline(vault, signals)
        self.referrals = ReferralsPanel(vault, signals)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(self.timeline, tr("Timeline"))
        self.detail_tabs.addTab(self.referrals, tr("Referrals"))
        detail_layout = self.detail.layout()
        assert isinstance(detail_layout, QVBoxLayout)
        detail_layout.insertWidget(detail_layout.count() - 1, self.detail_tabs, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(lambda _t: self.reload())
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.add_button.clicked.connect(self.add_mentee)
        self.plan_button.clicked.connect(self.plan_meeting)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(lambda: self.set_archived(True))
        self.restore_button.clicked.connect(lambda: self.set_archived(False))
        self.erase_button.clicked.connect(self.erase_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        reload_when_shown(self, (signals.vault_unlocked, signals.mentees_changed), self.reload)
        signals.vault_locked.connect(self.clear)
        signals.notes_changed.connect(self._notes_changed)
        signals.goals_changed.connect(self._selection_changed)
        signals.settings_changed.connect(self._setting_changed)
        self.clear()

    # -- data in and out ----------------------------------------------------------------
    def reload(self) -> None:
        if not self.vault.is_open:
            return
        keep = self.selected_id()
        self.model.privacy = privacy_on(self.vault)
        self.model.load(
            self.vault,
            query=self.search.text(),
            include_archived=self.show_archived.isChecked(),
        )
        if keep is not None:
            self.select(keep)
        self._update_empty()

    def clear(self) -> None:
        """Forget everything shown (on lock): rows, search text, the detail panel."""
        for widget in (self.search, self.show_archived):
            widget.blockSignals(True)
        self.search.clear()
        self.show_archived.setChecked(False)
        for widget in (self.search, self.show_archived):
            widget.blockSignals(False)
        self.model.clear()
        self.detail.clear()
        self.timeline.clear()
        self.referrals.clear()
        self.empty.hide()
        self._update_buttons()

    def _setting_changed(self, name: str) -> None:
        if name == "privacy_mode":
            self.reload()

    def _notes_changed(self) -> None:
        self.timeline.reload()

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.empty.hide()
            self.table.show()
            return
        self.table.setVisible(bool(self.search.text()))
        if self.search.text():
            self.empty.setText(tr("Nobody matches that search."))
        else:
            self.empty.setText(
                tr(
                    "No mentees yet. When you start supporting someone, add them here with "
                    "“Add mentee…”: the name they like to be called is enough to begin."
                )
            )
        self.empty.show()

    # -- selection ------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        return selected_id(self.table)

    def select(self, mentee_id: int) -> None:
        select_id(self.table, mentee_id)

    def _selection_changed(self) -> None:
        self._update_buttons()
        mentee_id = self.selected_id()
        if mentee_id is None or not self.vault.is_open:
            self.detail.clear()
            self.timeline.clear()
            self.referrals.clear()
            return
        record = mentees.get_mentee(self.vault, mentee_id=mentee_id)
        steps = [
            step.text
            + (
                tr(" (by {due_on})").format(due_on=date_text(step.due_on, "%-d %b"))
                if step.due_on
                else ""
            )
            for _goal, step in goals.next_steps(self.vault, mentee_id=mentee_id)
        ]
        self.detail.show_record(record, privacy=self.model.privacy, next_steps=steps)
        self.timeline.load(mentee_id)
        self.referrals.load(mentee_id)

    def _update_buttons(self) -> None:
        mentee_id = self.selected_id()
        archived = (
            mentee_id is not None and self.model.summary(self.model.row_of(mentee_id)).archived
        )
        self.edit_button.setEnabled(mentee_id is not None)
        self.archive_button.setEnabled(mentee_id is not None and not archived)
        self.restore_button.setEnabled(mentee_id is not None and archived)
        self.erase_button.setEnabled(mentee_id is not None)
        self.add_button.setEnabled(self.vault.is_open)

    # -- actions --------------------------------------------------------------------------
    def add_mentee(self) -> None:
        self._save_via_dialog(None)

    def edit_selected(self) -> None:
        mentee_id = self.selected_id()
        if mentee_id is None:
            return
        self._save_via_dialog(mentees.get_mentee(self.vault, mentee_id=mentee_id))

    def _save_via_dialog(self, record: MenteeRecord | None) -> None:
        """Ask, save; on a refusal show why and ask again with everything kept."""

        def save(answer: MenteeRecord) -> int:
            if answer.id is None:
                return mentees.add_mentee(self.vault, record=answer)
            mentees.update_mentee(self.vault, mentee_id=answer.id, record=answer)
            return answer.id

        new_id = messages.ask_until_saved(
            self,
            lambda current: MenteeDialog.ask(self, current),
            save,
            first=record,
            still_open=lambda: self.vault.is_open,  # locked meanwhile: nothing to save into
        )
        if new_id is not None:
            self.signals.apply(changes.MENTEES)
            self.select(new_id)

    def set_archived(self, archived: bool) -> None:
        mentee_id = self.selected_id()
        if mentee_id is None:
            return
        self.signals.apply(mentees.set_archived(self.vault, mentee_id=mentee_id, archived=archived))
        self.select(mentee_id)

    def erase_selected(self) -> None:
        mentee_id = self.selected_id()
        if mentee_id is None:
            return
        plan = erasure.plan_erasure(self.vault, mentee_id=mentee_id)
        choice = EraseMenteeDialog.ask(self, plan)
        if choice is None or not self.vault.is_open:
            return
        try:
            result = erasure.erase_mentee(
                self.vault,
                mentee_id=mentee_id,
                confirm_name=choice.typed_name,
                discard_open_drafts=choice.discard_open_drafts,
                remove_backups=choice.remove_backups,
            )
        except ValidationError as exc:
            messages.warn(self, tr("Nothing was erased"), error_text(exc))
            return
        self.signals.apply(changes.MENTEES | changes.NOTES)
        messages.inform(
            self,
            tr("Erased"),
            tr(
                "Erased: %n note(s) and everything else about this person.",
                None,
                result.notes_erased,
            ),
        )

    def plan_meeting(self):
        """The next meeting with the chosen mentee (Today lists it; a note opens from it)."""
        from peerdesk.ui.widgets.meeting_dialog import PlanMeetingDialog

        dialog = PlanMeetingDialog(self.vault, self.signals, self, mentee_id=self.selected_id())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
