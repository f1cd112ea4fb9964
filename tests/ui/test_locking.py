"""Locking clears every widget that showed data: idle timeout, Ctrl+L, open dialogs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk.core.services import boundary_events, crisis_cards, mentees, session
from peerdesk.core.services.mentees import MenteeRecord, Person
from peerdesk.core.vault import Vault
from peerdesk.ui.window import MainWindow

CANARY = "Zq9CanaryXylophone"
PASSPHRASE = "orange kettle meadow 42"
SECRETS = (CANARY, "Maria", "Santos", "Lucia", "library on Saturdays")


def shown_texts(root: QWidget) -> list[str]:
    """Every piece of text the window (and its children) could show."""
    texts: list[str] = []
    for edit in root.findChildren(QLineEdit):
        texts.append(edit.text())
    for edit in root.findChildren(QTextEdit):
        texts.append(edit.toPlainText())
    for edit in root.findChildren(QPlainTextEdit):
        texts.append(edit.toPlainText())
    for label in root.findChildren(QLabel):
        texts.append(label.text())
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                column = 0
                while (index := model.index(row, column, parent)).isValid():
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        if value is not None:
                            texts.append(str(value))
                    if column == 0:
                        stack.append(index)
                    column += 1
    return texts


def leaks(root: QWidget) -> list[str]:
    return [t for t in shown_texts(root) if any(s in t for s in SECRETS)]


def open_a_mentee(window: MainWindow, vault: Vault) -> None:
    mentees.add_mentee(
        vault,
        record=MenteeRecord(
            display_name="Maria Santos",
            aliases=[CANARY],
            what_matters="Going to the library on Saturdays " + CANARY,
            strengths="Knows every bus driver",
            important_people=[Person("Lucia", "sister", "")],
        ),
    )
    window.desk.show_page("Mentees")
    page = window.desk.mentees
    page.search.setText(CANARY)
    assert page.model.rowCount() == 1
    page.select(page.model.summary(0).id)
    assert leaks(window), "the test must first see the data on screen"


def test_idle_lock_clears_every_widget(qtbot: QtBot, window: MainWindow, vault: Vault) -> None:
    open_a_mentee(window, vault)
    window.desk.show_page("Settings")  # the activity list and About show data too
    window.desk.show_page("Mentees")
    assert window.idle.active
    window.idle.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)

    assert not vault.is_open
    assert window.desk.mentees.model.rowCount() == 0
    assert window.desk.settings.activity.count() == 0
    assert leaks(window) == []
    assert not window.idle.active


def test_ctrl_l_locks(qtbot: QtBot, window: MainWindow, vault: Vault) -> None:
    open_a_mentee(window, vault)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.desk.mentees.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert not vault.is_open
    assert leaks(window) == []


def test_lock_closes_open_dialogs_and_unlock_brings_the_data_back(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    open_a_mentee(window, vault)
    dialog = window.desk.settings.change_passphrase()
    assert dialog.isVisible()
    window.lock_action.trigger()
    assert not dialog.isVisible()
    assert window.is_locked

    screen = window.unlock_screen
    screen.secret.setText("orange kettle meadow 42")
    with qtbot.waitSignal(screen.unlocked):
        screen.try_unlock()
    assert window.desk.mentees.model.rowCount() == 1
    assert window.desk.mentees.search.text() == ""
    assert window.idle.active


def test_idle_timeout_follows_the_setting(window: MainWindow) -> None:
    assert window.idle.timeout_ms() == 5 * 60_000
    window.desk.settings.idle_minutes.setValue(12)
    assert window.idle.timeout_ms() == 12 * 60_000


def test_screen_lock_locks(window: MainWindow, vault: Vault) -> None:
    open_a_mentee(window, vault)
    window.screen_lock.screen_locked.emit()
    assert window.is_locked and not vault.is_open
    assert leaks(window) == []


def test_idle_lock_with_notes_open_leaves_no_note_text(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    """Notes list, search, timeline, Today and an open editor: all cleared, draft kept."""
    from peerdesk.core.services import notes

    from .notes_helpers import write_note

    open_a_mentee(window, vault)
    maria = window.desk.mentees.selected_id()
    assert maria is not None
    write_note(vault, [maria], did="Signed note " + CANARY)
    write_note(vault, [maria], did="Draft note " + CANARY, sign=False)
    window.signals.notes_changed.emit()
    window.desk.mentees.select(maria)
    assert window.desk.mentees.timeline.list.count() == 2
    window.desk.show_page("Notes")
    window.desk.notes.search.setText(CANARY)
    window.desk.notes.reload()
    assert window.desk.notes.model.rowCount() == 2
    editor = window.new_note()
    assert editor is not None
    editor.set_autosave_ms(60_000, 60_000)
    editor.sections["wanted"].setPlainText("Typed just before the lock " + CANARY)
    assert leaks(window)

    window.idle.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)

    assert window.editors == []
    assert window.desk.notes.model.rowCount() == 0
    assert window.desk.notes.search.text() == ""
    assert window.desk.today.drafts.list.count() == 0
    assert leaks(window) == []
    session.unlock(vault, passphrase=PASSPHRASE)
    kept = [notes.get_note(vault, note_id=i).wanted for i in notes.interrupted_drafts(vault)]
    assert kept == ["Typed just before the lock " + CANARY]


def test_idle_lock_clears_the_goals_page(qtbot: QtBot, window: MainWindow, vault: Vault) -> None:
    """Goals, steps, progress, the charts and the check-in: nothing left after a lock."""
    from datetime import date

    from peerdesk.core.services import goals
    from peerdesk.core.services.goals import GoalRecord
    from peerdesk.ui.goals.page import GoalsPage

    open_a_mentee(window, vault)
    maria = window.desk.mentees.selected_id()
    gid = goals.save_goal(
        vault, goal=GoalRecord(mentee_id=maria, statement="Goal " + CANARY, why=CANARY)
    )
    goals.add_step(vault, goal_id=gid, text_="Step " + CANARY)
    goals.add_progress(vault, goal_id=gid, score=6, sentence="Progress " + CANARY)
    goals.save_checkin(
        vault, mentee_id=maria, on=date.today(), scores=dict.fromkeys(range(1, 11), 4), note=CANARY
    )
    window.desk.show_page("Goals")
    page = window.desk.findChild(GoalsPage)
    page.reload()
    page.sentence.setText("Typed " + CANARY)
    assert page.chart.points and page.checkin_chart.totals
    assert leaks(window)

    window.idle.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)

    assert leaks(window) == []
    assert page.chart.points == [] and page.checkin_chart.totals == []
    assert page.domains_chart.domains == [] and page.mentee.count() == 0


def test_idle_lock_clears_the_agreements_page(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    """Agreement text, the difference, boundary events and their chart, the crisis card."""
    from datetime import datetime

    from peerdesk.core.services import agreements
    from peerdesk.ui.agreements.page import AgreementsPage

    open_a_mentee(window, vault)
    maria = window.desk.mentees.selected_id()
    record = agreements.from_template("practical-support", mentee_id=maria)
    record.crisis_plan = "Plan " + CANARY
    aid = agreements.save_agreement(vault, record=record)
    agreements.activate(vault, agreement_id=aid)
    draft = agreements.new_version(vault, mentee_id=maria)
    draft.mentor_will_not = ["Will not " + CANARY]
    agreements.save_agreement(vault, record=draft)
    boundary_events.save_event(
        vault,
        event=boundary_events.EventRecord(
            maria, datetime.now().replace(microsecond=0), "gift", CANARY
        ),
    )
    crisis_cards.save_crisis_card(
        vault, card=crisis_cards.CrisisCardRecord(maria, warning_signs="Signs " + CANARY)
    )
    window.desk.show_page("Agreements")
    page = window.desk.findChild(AgreementsPage)
    page.reload()
    page.show_crisis_card(maria)
    page.helps.setPlainText("Typed " + CANARY)
    assert page.chart.months and page.diff.rowCount()
    assert leaks(window)

    window.idle.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)

    assert leaks(window) == []
    assert page.chart.months == [] and page.diff.rowCount() == 0 and page.mentee.count() == 0
