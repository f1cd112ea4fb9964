"""The note editor's 'Goals touched': tick a goal talked about in the session and give it
a quick 0-10 with the slider and a sentence. Saved with the note as progress entries
linked to it (and shown on the goal with a link back to the note)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import goals
from peerdesk.core.services.goals import GoalSummary, Touched
from peerdesk.core.vault import Vault
from peerdesk.i18n import core_label, tr
from peerdesk.ui.compat import emit
from peerdesk.ui.widgets.hinted import HintedLineEdit
from peerdesk.ui.widgets.wrapcheck import WrapCheckBox


class TouchedRow(QWidget):
    changed = Signal()

    def __init__(self, goal: GoalSummary) -> None:
        super().__init__()
        self.goal_id = goal.id
        self.check = WrapCheckBox(f"{core_label(goal.domain, capital=True)}: {goal.statement}")
        self.check.setToolTip(tr("Ticked: this session touched the goal"))
        self.score = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=10)
        self.score.setValue(goal.latest_score if goal.latest_score is not None else 5)
        self.score.setAccessibleName(
            tr("Progress on “{goal}”, 0 to 10").format(goal=goal.statement)  # which goal
        )
        self.score.setFixedWidth(140)
        self.value = QLabel(f"{self.score.value()} / 10")
        # The value labels its slider: a screen reader reads it with the slider, not among
        # the dialog's loose labels ("4 / 10 6 / 10" when the note editor opens).
        self.value.setBuddy(self.score)
        self.sentence = HintedLineEdit(placeholderText=tr("How it is going, in a sentence"))
        self.sentence.setAccessibleName(
            tr("How “{goal}” is going, in a sentence").format(goal=goal.statement)  # which goal
        )
        row = QHBoxLayout()
        row.setContentsMargins(22, 0, 0, 0)
        row.addWidget(self.score)
        row.addWidget(self.value)
        row.addWidget(self.sentence, 1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(self.check)
        col.addLayout(row)
        self.check.toggled.connect(self._toggled)
        self.score.valueChanged.connect(self._score_changed)
        self.sentence.textChanged.connect(lambda _t: self._edited())
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        self.score.setEnabled(on)
        self.sentence.setEnabled(on)
        emit(self.changed)

    def _score_changed(self, value: int) -> None:
        self.value.setText(f"{value} / 10")
        self._edited()

    def _edited(self) -> None:
        if not self.check.isChecked():
            self.check.setChecked(True)  # moving the slider means: this goal was touched
        else:
            emit(self.changed)

    def touched(self) -> Touched | None:
        if not self.check.isChecked():
            return None
        return Touched(self.goal_id, self.score.value(), self.sentence.text())

    def set_read_only(self, on: bool) -> None:
        self.check.setEnabled(not on)
        self.score.setEnabled(not on and self.check.isChecked())
        self.sentence.setReadOnly(on)

    def wipe(self) -> None:
        self.check.setText("")
        self.sentence.clear()


class GoalsTouchedBox(QGroupBox):
    """One row per open goal of the people in the session."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(tr("Goals touched"))
        self.rows: list[TouchedRow] = []
        self.read_only = False
        self.layout_ = QVBoxLayout(self)
        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.layout_.addWidget(self.hint)
        self.hide()

    def load(self, vault: Vault, mentee_ids: list[int], *, note_id: int | None) -> None:
        """Offer the open goals of ``mentee_ids``; tick those the note already touched.
        Keeps what was ticked on screen when the people change."""
        kept = {t.goal_id: t for t in self.touched()}
        if note_id is not None and not kept:
            kept = {
                p.goal_id: Touched(p.goal_id, p.score, p.sentence)
                for p in goals.progress_for_note(vault, note_id=note_id)
                if p.goal_id is not None  # entries read back always name their goal
            }
        self._clear_rows()
        offered = goals.active_goals_for(vault, mentee_ids=mentee_ids)
        offered_ids = {g.id for g in offered}
        # Goals this note touched stay listed even if they were closed since.
        for goal_id in kept:
            if goal_id not in offered_ids:
                try:
                    d = goals.get_goal(vault, goal_id=goal_id)
                except ValidationError:
                    continue
                if d.mentee_id in mentee_ids:
                    offered += [
                        s for s in goals.list_goals(vault, mentee_id=d.mentee_id) if s.id == goal_id
                    ]
        for g in offered:
            row = TouchedRow(g)
            t = kept.get(g.id)
            if t is not None:
                row.score.blockSignals(True)
                row.score.setValue(t.score)
                row.value.setText(f"{t.score} / 10")
                row.score.blockSignals(False)
                row.sentence.blockSignals(True)
                row.sentence.setText(t.sentence)
                row.sentence.blockSignals(False)
                row.check.blockSignals(True)
                row.check.setChecked(True)
                row.check.blockSignals(False)
                row.score.setEnabled(True)
                row.sentence.setEnabled(True)
            row.changed.connect(lambda: emit(self.changed))
            row.set_read_only(self.read_only)
            self.layout_.addWidget(row)
            self.rows.append(row)
        self.hint.setText(
            tr(
                "Tick a goal you talked about and give it a quick 0 to 10 together; it shows "
                "on the goal's chart, linked to this note."
            )
        )
        self.hint.setVisible(not self.read_only)
        self.setVisible(bool(self.rows) and (not self.read_only or bool(kept)))

    def touched(self) -> list[Touched]:
        return [t for row in self.rows if (t := row.touched()) is not None]

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        for row in self.rows:
            row.set_read_only(on)
            if on:
                row.setVisible(row.check.isChecked())
        self.hint.setVisible(not on)
        if on:
            self.setVisible(any(row.check.isChecked() for row in self.rows))

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.check, row.score, row.sentence]
        return chain

    def _clear_rows(self) -> None:
        for row in self.rows:
            row.wipe()
            row.setParent(None)
            row.deleteLater()
        self.rows = []

    def wipe(self) -> None:
        self._clear_rows()
        self.hint.clear()
        self.hide()
