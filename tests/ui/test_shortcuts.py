"""Keyboard shortcuts from one table, the shortcuts window, font scale keys, the high-contrast
theme from Settings and reduced motion (issue 18 items 2 and 3)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from peerdesk.ui import shortcuts, theme
from peerdesk.ui.shortcuts import SHORTCUTS, ShortcutsDialog
from peerdesk.ui.theme import THEMES, Theme


@pytest.fixture(autouse=True)
def plain_look() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme=Theme.LIGHT, font_scale=100)
    yield app
    theme.apply(app, theme=Theme.LIGHT, font_scale=100)


def _active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_every_window_shortcut_comes_from_the_table(window) -> None:
    declared = {k for s in SHORTCUTS for k in s.keys}
    bound = {
        seq.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.actions()
        for seq in action.shortcuts()
    }
    assert bound and bound <= declared
    menu = {a.objectName() for a in window.menu.actions() if not a.isSeparator()}
    assert menu == {s.name for s in SHORTCUTS if s.where == shortcuts.WINDOW and s.name != "close"}


def test_the_editor_binds_its_keys_from_the_table(window) -> None:
    editor = window.new_note()
    assert editor is not None
    names = {a.objectName() for a in editor.actions()}
    assert {s.name for s in SHORTCUTS if s.where == shortcuts.EDITOR} <= names
    editor.reject()


@pytest.mark.parametrize("key", [Qt.Key.Key_F1, Qt.Key.Key_Slash])
def test_f1_or_ctrl_slash_opens_the_shortcuts_window_and_escape_closes_it(
    qtbot, window, key
) -> None:
    _active(qtbot, window)
    modifier = (
        Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Slash
        else Qt.KeyboardModifier.NoModifier
    )
    qtbot.keyClick(window, key, modifier)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert len(rows) == len(SHORTCUTS)
    assert any("Ctrl+L" in keys and what == "Lock" for _where, what, keys in rows)
    dialog.activateWindow()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_ctrl_plus_and_minus_change_the_text_size_within_bounds_and_remember_it(
    qtbot, window, vault
) -> None:
    app = QApplication.instance()
    system = app.font().pointSizeF()
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert theme.font_scale() == 110
    assert app.font().pointSizeF() == pytest.approx(system * 1.1)
    theme.apply(QApplication.instance(), font_scale=190)
    window.bigger_action.trigger()
    window.bigger_action.trigger()  # never beyond 200%
    assert theme.font_scale() == 200
    assert theme.read_appearance(vault.path).font_scale == 200
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert theme.font_scale() == 190
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert theme.font_scale() == 100
    assert app.font().pointSizeF() == pytest.approx(system)


def test_settings_chooses_high_contrast_and_a_text_size(qtbot, window, vault) -> None:
    page = window.desk.settings
    window.desk.show_page("Settings")
    page.theme_choice.setCurrentIndex(page.theme_choice.findData(Theme.HIGH_CONTRAST.value))
    app = QApplication.instance()
    assert (
        app.palette().color(app.palette().ColorRole.Window).name()
        == THEMES[Theme.HIGH_CONTRAST].window
    )
    page.font_scale.setValue(150)
    assert theme.font_scale() == 150
    chosen = theme.read_appearance(vault.path)
    assert chosen == theme.Appearance(Theme.HIGH_CONTRAST, 150)
    window.smaller_action.trigger()  # the page shows what the keys changed
    assert page.font_scale.value() == 140


def test_a_broken_appearance_file_falls_back_to_the_defaults(tmp_path) -> None:
    (tmp_path / theme.APPEARANCE_FILE).write_text("{not json", encoding="utf-8")
    assert theme.read_appearance(tmp_path) == theme.Appearance()
    (tmp_path / theme.APPEARANCE_FILE).write_text('{"theme": "neon", "font_scale": 120}')
    assert theme.read_appearance(tmp_path) == theme.Appearance()
    (tmp_path / theme.APPEARANCE_FILE).write_text('{"theme": "dark", "font_scale": 900}')
    assert theme.read_appearance(tmp_path) == theme.Appearance(Theme.DARK, 200)


def test_reduced_motion_turns_off_qt_animations(monkeypatch, plain_look) -> None:
    app = plain_look
    monkeypatch.setenv("PEERDESK_REDUCED_MOTION", "1")
    try:
        theme.follow_system(app, theme=Theme.LIGHT)
        assert theme.reduced_motion()
        assert not app.isEffectEnabled(Qt.UIEffect.UI_AnimateCombo)
        assert not app.isEffectEnabled(Qt.UIEffect.UI_FadeTooltip)
    finally:
        theme.set_reduced_motion(app, False)
    assert not theme.reduced_motion()


def test_the_shortcuts_window_keeps_each_place_together_and_names_the_calendar(window) -> None:
    """The row "Close a dialog or window" (Anywhere) came last, after the editor and lists; the
    date fields' Alt+Down and F4 were not listed at all."""
    rows = ShortcutsDialog(window).rows()
    places = [where for where, _what, _keys in rows]
    runs = [p for i, p in enumerate(places) if i == 0 or places[i - 1] != p]
    assert len(runs) == len(set(runs)), runs
    assert ("Date fields", "Open a date's calendar", "Alt+Down, F4") in rows
