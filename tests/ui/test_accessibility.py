"""What a screen reader hears: every page and dialog walked through QAccessible (issue 18,
item 1). A control reached with Tab needs a name, a button a name made of words, and a
chart a text summary of what it draws."""

from __future__ import annotations

import re
from itertools import chain

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core.services import goals, mentees
from peerdesk.core.services.goals import GoalRecord
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault
from peerdesk.ui.window import MainWindow

from .walk import dialogs, pages, shown

WORDS = re.compile(r"\w{2,}")


def _name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def _description(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Description) if face is not None else ""


def _is_chart(widget: QWidget) -> bool:
    return type(widget).__name__.endswith("Chart")


def _problems(root: QWidget) -> list[str]:
    found = []
    for widget in shown(root):
        kind = type(widget).__name__
        where = f"{kind} {widget.objectName() or ''}".strip()
        if is_tab_stop(widget) and not _name(widget).strip():
            found.append(f"{where}: reached with Tab but has no accessible name")
        if isinstance(widget, QAbstractButton) and not WORDS.search(_name(widget)):
            found.append(f"{where}: button named {_name(widget)!r}, not in words")
        if _is_chart(widget) and not _description(widget).strip():
            found.append(f"{where}: chart without a text summary")
    return found


def is_tab_stop(widget: QWidget) -> bool:
    """Tab stops on ``widget`` itself: it takes focus by Tab, is enabled, and does not pass
    focus on to another widget (a spin box's inner line edit hands it to the spin box, a
    tab widget to its tab bar; the one focus lands on is checked)."""
    takes_tab = bool(widget.focusPolicy().value & 0x1)  # Qt.FocusPolicy.TabFocus
    return takes_tab and widget.isEnabled() and widget.focusProxy() is None


def test_every_page_and_dialog_names_its_controls(qtbot: QtBot, vault: Vault) -> None:
    mentee_id = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maribel"))
    goals.save_goal(vault, goal=GoalRecord(mentee_id=mentee_id, statement="Keep my flat"))
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    checked = stops = 0
    problems: set[str] = set()
    for where, root in chain(pages(window), dialogs(qtbot, window, vault, mentee_id)):
        seen = list(shown(root))
        checked += len(seen)
        stops += sum(1 for w in seen if is_tab_stop(w))
        problems.update(f"{where}: {p}" for p in _problems(root))
    assert checked > 600 and stops > 200  # the walk really reached the pages and dialogs
    assert not problems, "\n".join(sorted(problems))


def test_a_chart_summary_reads_like_the_chart() -> None:
    from datetime import date

    from peerdesk.ui.goals.charts import progress_summary

    text = progress_summary(
        "Keep my flat", [(date(2026, 3, 2), 3), (date(2026, 5, 4), 6), (date(2026, 6, 1), 8)]
    )
    assert text == "Progress on “Keep my flat”: 3 in March 2026, 6 in May 2026, 8 now."


def test_a_today_section_header_is_an_expander_button(qtbot: QtBot) -> None:
    """Announced as a button (not a check box), with its count and whether its list is
    shown in the name, and what Space does in the description; Space folds and unfolds."""
    from PySide6.QtCore import Qt

    from peerdesk.ui.signals import AppSignals
    from peerdesk.ui.today.page import TodaySection

    section = TodaySection("Follow-ups due", AppSignals())
    qtbot.addWidget(section)
    section.list.addItems(["Call the housing office", "Bring the ID list"])
    section.show()
    section.fit()
    face = QAccessible.queryAccessibleInterface(section.header)
    assert face is not None
    assert face.role() == QAccessible.Role.Button
    assert not face.state().checkable
    assert face.state().expandable and face.state().expanded and not face.state().collapsed
    assert _name(section.header) == "Follow-ups due, 2"
    assert "hides" in _description(section.header)
    section.header.setFocus()
    qtbot.keyClick(section.header, Qt.Key.Key_Space)
    assert not section.expanded and not section.list.isVisibleTo(section)
    face = QAccessible.queryAccessibleInterface(section.header)
    assert face.state().collapsed and not face.state().expanded
    assert "shows" in _description(section.header)
    face.actionInterface().doAction(face.actionInterface().pressAction())  # as Orca presses
    assert section.expanded and section.list.isVisibleTo(section)
    assert QAccessible.queryAccessibleInterface(section.header).state().expanded


def test_the_language_helper_marks_and_a_refusal_are_in_the_fields_description(
    qtbot: QtBot,
) -> None:
    """A wavy line is silent: the marked words are the field's accessible description,
    and a refusal shown for the field joins them (Orca reads a description change)."""
    from PySide6.QtWidgets import QLabel

    from peerdesk.ui.notes.language import SectionEdit
    from peerdesk.ui.widgets.announce import show_status

    edit = SectionEdit()
    qtbot.addWidget(edit)
    assert _description(edit) == ""
    edit.setPlainText("He was non-compliant with his meds.")
    marks = edit.marked_words()
    assert marks and all(m in _description(edit) for m in marks)
    show_status(QLabel(), "Add who the note is about.", field=edit)
    assert _description(edit).startswith("Add who the note is about.")
    assert marks[0] in _description(edit)
    show_status(QLabel(), "", field=edit)
    edit.set_helper_enabled(False)
    assert _description(edit) == ""


def test_each_goal_touched_row_names_its_goal_and_its_value_labels_the_slider(
    qtbot: QtBot, vault: Vault
) -> None:
    """Two goals in the note editor: each slider and sentence field says which goal it is
    for, and the "4 / 10" beside a slider is its label (not a loose label that a screen
    reader reads out when the dialog opens)."""
    from peerdesk.ui.notes.goals_touched import TouchedRow

    mentee_id = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maribel"))
    for statement in ("Keep my flat", "Cook twice a week"):
        goals.save_goal(vault, goal=GoalRecord(mentee_id=mentee_id, statement=statement))
    window = MainWindow(vault)
    qtbot.addWidget(window)
    editor = window.new_note(mentee_id)
    assert editor is not None
    rows = editor.findChildren(TouchedRow)
    assert len(rows) == 2
    names = set()
    for row in rows:
        statement = row.check.text().split(": ", 1)[1]
        for widget in (row.score, row.sentence):
            assert f"“{statement}”" in _name(widget)
            names.add(_name(widget))
        labels = QAccessible.queryAccessibleInterface(row.score).relations(
            QAccessible.RelationFlag.Label
        )
        assert [face.object() for face, _relation in labels] == [row.value]
    assert len(names) == 4
    editor.reject()


def test_tab_leaves_every_text_box_and_never_types_a_tab(qtbot: QtBot, vault: Vault) -> None:
    """A mentor who presses Tab after "What matters to me" means the next field: a text box
    that kept the Tab as a character put their strengths inside what matters to them."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from peerdesk.ui.mentees.dialog import MenteeDialog
    from peerdesk.ui.supervisor.inbox import InboxPage

    mentee_id = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maribel"))
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    inbox = InboxPage(vault, window.signals)
    qtbot.addWidget(inbox)
    roots = chain(pages(window), dialogs(qtbot, window, vault, mentee_id), [("inbox", inbox)])
    keeps_tab = []
    boxes = 0
    for where, root in roots:
        for box in [*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)]:
            if box.isReadOnly():
                continue
            boxes += 1
            if not box.tabChangesFocus():
                keeps_tab.append(f"{where}: {box.placeholderText() or box.accessibleName()}")
    assert boxes > 15  # the walk reached the text boxes
    assert not keeps_tab, "\n".join(keeps_tab)

    dialog = MenteeDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.what_matters.setFocus()
    qtbot.keyClicks(dialog.what_matters, "Cooking on Fridays.")
    qtbot.keyClick(dialog.what_matters, Qt.Key.Key_Tab)
    assert dialog.what_matters.toPlainText() == "Cooking on Fridays."
    qtbot.waitUntil(lambda: dialog.strengths.hasFocus())
