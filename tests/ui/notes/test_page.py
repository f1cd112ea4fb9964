"""The Notes page: the lazy model, filters, and search (Ctrl+F) with snippets."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from peerdesk.core.models import NoteState
from peerdesk.core.services.notes import NoteFilter
from peerdesk.core.vault import Vault
from peerdesk.ui.compat import emit
from peerdesk.ui.notes.models import WINDOW, NotesTableModel, snippet_html
from peerdesk.ui.window import MainWindow

from ..notes_helpers import add_mentee, write_note

BENCH = Path(__file__).resolve().parents[3] / "bench"


def build_corpus(vault: Vault, notes: int) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import corpus
    finally:
        sys.path.remove(str(BENCH))
    corpus.build(vault, notes=notes, mentees=20)


def test_model_passes_the_model_tester_and_fetches_lazily(qtmodeltester, vault: Vault) -> None:
    build_corpus(vault, 1000)
    model = NotesTableModel(vault)
    model.reload()
    assert model.total == 1000
    assert model.rowCount() == WINDOW  # one window, not everything
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * WINDOW
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    dates = [model.summary(r).occurred_on for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_drafts_and_flags_stand_out(vault: Vault) -> None:
    maria = add_mentee(vault, "Maria Santos")
    write_note(vault, [maria], sign=False)
    write_note(vault, [maria], flagged=True, days_ago=3)
    model = NotesTableModel(vault)
    model.reload()
    draft = model.index(0, 4)
    assert draft.data() == "Draft"
    assert draft.data(Qt.ItemDataRole.FontRole).bold()
    flagged = model.index(1, 5)
    assert "supervision" in flagged.data()
    assert flagged.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 4).data(Qt.ItemDataRole.FontRole) is None


def test_filters(qtbot: QtBot, window: MainWindow, vault: Vault) -> None:
    maria = add_mentee(vault, "Maria Santos")
    jordan = add_mentee(vault, "Jordan Lee")
    write_note(vault, [maria], did="Bus to the library")
    write_note(vault, [jordan], did="Bank account", sign=False)
    write_note(vault, [jordan], did="Groceries", flagged=True, days_ago=40)
    page = window.desk.notes
    window.desk.show_page("Notes")
    emit(window.signals.vault_unlocked)
    assert page.model.rowCount() == 3
    page.mentee.setCurrentIndex(page.mentee.findData(jordan))
    assert page.model.rowCount() == 2
    page.state.setCurrentIndex(page.state.findData(NoteState.DRAFT))
    assert page.model.rowCount() == 1
    page.state.setCurrentIndex(0)
    page.flagged.setChecked(True)
    assert page.model.rowCount() == 1
    assert page.where() == NoteFilter(mentee_id=jordan, flagged=True)
    page.flagged.setChecked(False)
    page.mentee.setCurrentIndex(0)
    from_date = page.model.summary(0).occurred_on
    page.date_from.setDate(from_date)
    assert page.model.rowCount() == 2


def test_ctrl_f_searches_and_enter_opens(qtbot: QtBot, window: MainWindow, vault: Vault) -> None:
    maria = add_mentee(vault, "Maria Santos")
    note_id = write_note(vault, [maria], did="We found the food bank open on Saturdays.")
    write_note(vault, [maria], did="Coffee and a walk in the park.")
    emit(window.signals.vault_unlocked)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.desk.show_page("Today")
    qtbot.keyClick(window.desk.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.desk.notes
    assert window.desk.pages.currentWidget() is page
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "food sat")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # search now (no need to wait)
    assert page.model.searching and page.model.rowCount() == 1
    html = page.model.index(0, NotesTableModel.PREVIEW).data(NotesTableModel.SNIPPET_ROLE)
    assert "<b>food</b>" in html and "<b>Saturdays</b>" in html
    assert "food bank" in page.model.index(0, NotesTableModel.PREVIEW).data()
    page.table.grab()  # the rich-text delegate paints
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # a second Enter opens it
    assert [e.note_id for e in window.editors] == [note_id]
    assert window.editors[0].read_only
    window.editors[0].reject()
    assert window.editors == []


def test_snippet_html_escapes_and_marks() -> None:
    assert snippet_html("a <b> \x02bus\x03 & more") == "a &lt;b&gt; <b>bus</b> &amp; more"


def test_double_click_opens_and_empty_states(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    page = window.desk.notes
    window.desk.show_page("Notes")
    emit(window.signals.vault_unlocked)
    assert page.empty.isVisibleTo(page) and "Ctrl+N" in page.empty.text()
    maria = add_mentee(vault, "Maria Santos")
    note_id = write_note(vault, [maria])
    emit(window.signals.notes_changed)
    window.desk.show_page("Notes")
    emit(page.table.doubleClicked, page.model.index(0, 2))
    assert [e.note_id for e in window.editors] == [note_id]
