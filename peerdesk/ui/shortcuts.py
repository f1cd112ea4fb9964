"""Every keyboard shortcut, declared once. The main window's actions and menu, the note
editor and the Keyboard shortcuts window (F1 or Ctrl+/) are all built from SHORTCUTS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.i18n import QT_TR_NOOP, tr
from peerdesk.ui.widgets.screen import resize_within_screen

WINDOW = QT_TR_NOOP("Anywhere")
EDITOR = QT_TR_NOOP("Note editor")
LISTS = QT_TR_NOOP("Lists and tables")
DATES = QT_TR_NOOP("Date fields")  # ui/widgets/dates.py: open_calendar_by_key


@dataclass(frozen=True)
class Shortcut:
    name: str  # the action's id in code
    label: str  # what the menu and the shortcuts window say (English source; tr() shows it)
    keys: tuple[str, ...]  # QKeySequence portable text; the first is the one shown
    where: str = WINDOW
    icon: str = ""  # a name in ui/icons.GLYPHS

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]

    def shown_keys(self) -> str:
        return ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in self.keys
        )


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("new_note", QT_TR_NOOP("New note"), ("Ctrl+N",), icon="new-note"),
    Shortcut("find", QT_TR_NOOP("Search notes"), ("Ctrl+F",), icon="search"),
    Shortcut("crisis_card", QT_TR_NOOP("Crisis card"), ("Ctrl+Shift+C",), icon="crisis"),
    Shortcut("bigger", QT_TR_NOOP("Larger text"), ("Ctrl++", "Ctrl+="), icon="bigger"),
    Shortcut("smaller", QT_TR_NOOP("Smaller text"), ("Ctrl+-",), icon="smaller"),
    Shortcut("normal_size", QT_TR_NOOP("Normal text size"), ("Ctrl+0",)),
    Shortcut("shortcuts", QT_TR_NOOP("Keyboard shortcuts"), ("F1", "Ctrl+/"), icon="shortcuts"),
    Shortcut("lock", QT_TR_NOOP("Lock"), ("Ctrl+L",), icon="lock"),
    Shortcut("close", QT_TR_NOOP("Close a dialog or window"), ("Esc",), WINDOW),
    Shortcut("save", QT_TR_NOOP("Save the draft now"), ("Ctrl+S",), EDITOR),
    Shortcut("sign", QT_TR_NOOP("Sign the note"), ("Ctrl+Return", "Ctrl+Enter"), EDITOR),
    Shortcut("section_1", QT_TR_NOOP("Go to the first section"), ("Alt+1",), EDITOR),
    Shortcut("section_2", QT_TR_NOOP("Go to the second section"), ("Alt+2",), EDITOR),
    Shortcut("section_3", QT_TR_NOOP("Go to the third section"), ("Alt+3",), EDITOR),
    Shortcut("section_4", QT_TR_NOOP("Go to the fourth section"), ("Alt+4",), EDITOR),
    Shortcut("open_row", QT_TR_NOOP("Open the chosen mentee or note"), ("Return",), LISTS),
    Shortcut("calendar", QT_TR_NOOP("Open a date's calendar"), ("Alt+Down", "F4"), DATES),
)

BY_NAME = {s.name: s for s in SHORTCUTS}


def action(
    name: str, parent: QObject, triggered: Callable[[], object], *, app_wide: bool = False
) -> QAction:
    """The QAction for the shortcut ``name``: its label, keys and tooltip from the table."""
    s = BY_NAME[name]
    act = QAction(tr(s.label), parent)
    act.setObjectName(name)
    act.setShortcuts(s.sequences())
    if app_wide:  # also in the note editor and other windows
        act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    act.setToolTip(f"{tr(s.label)} ({s.shown_keys()})")
    act.triggered.connect(lambda _checked=False: triggered())
    return act


def bind(name: str, widget: QWidget, triggered: Callable[[], object]) -> QAction:
    """A shortcut from the table that works while ``widget``'s window is active."""
    act = action(name, widget, triggered)
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    widget.addAction(act)
    return act


class ShortcutsDialog(QDialog):
    """The Keyboard shortcuts window: every row of SHORTCUTS, grouped by where it works
    (SHORTCUTS is declared in that order: a test keeps each place's rows together)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setHorizontalHeaderLabels([tr("Where"), tr("What"), tr("Keys")])
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, s in enumerate(SHORTCUTS):
            for col, text in enumerate((tr(s.where), tr(s.label), s.shown_keys())):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        resize_within_screen(self, 620, 520)

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]
