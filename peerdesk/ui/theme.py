"""The look: Fusion, following the system's light or dark colour scheme, with calm spacing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ACCENT = "#3b7d6e"  # a calm teal
ACCENT_DARK = "#5fb3a1"

_STYLE = """
QListWidget#sidebar {{
    border: none; background: {sidebar}; padding: 8px 0; font-size: 11pt; outline: 0;
}}
QListWidget#sidebar::item {{ padding: 7px 18px; border-radius: 6px; margin: 1px 8px; }}
QListWidget#sidebar::item:selected {{ background: {accent}; color: {on_accent}; }}
QListWidget#sidebar::item:hover:!selected {{ background: {hover}; }}
QToolBar {{ border: none; padding: 4px 10px; spacing: 8px; }}
QToolBar QToolButton {{
    border: 1px solid {muted}; border-radius: 5px; padding: 4px 14px;
}}
QToolBar QToolButton:hover {{ background: {hover}; }}
QTableView::item {{ padding: 0 8px; }}
QGroupBox {{
    font-weight: 600; border: 1px solid {border}; border-radius: 8px;
    margin-top: 12px; padding: 14px 12px 10px 12px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QPushButton {{ font-weight: 400; }}
QLabel#pageHeader {{ font-size: 17pt; font-weight: 600; }}
QLabel#pageIntro, QLabel#hint {{ color: {muted}; }}
QLabel#emptyState {{ color: {muted}; font-size: 11pt; }}
QLabel#formError {{ color: {error}; }}
QLabel#demoBanner {{
    background: #f3c74d; color: #2b2100; padding: 8px 14px; font-weight: 600;
    border-radius: 4px;
}}
QLabel#recoveryKey {{
    font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace; font-size: 18pt;
    font-weight: 600; padding: 14px; border: 1px solid {muted}; border-radius: 6px;
    background: {base};
}}
QFrame#recoveryBanner {{ background: {sidebar}; border-bottom: 2px solid {accent}; }}
QFrame#detailPanel {{ background: {sidebar}; border-radius: 8px; }}
QProgressBar#strength {{ max-height: 8px; border: none; background: {sidebar}; border-radius: 4px; }}
QProgressBar#strength::chunk {{ border-radius: 4px; }}
"""


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#202326"), QColor("#181a1c"), QColor("#e6e6e6")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#24282b"))
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#2b2f33"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b6b"))
    p.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT_DARK))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#101214"))
    p.setColor(QPalette.ColorRole.Link, QColor(ACCENT_DARK))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a9096"))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6c7278"))
    return p


def _light_palette() -> QPalette:
    p = QStyleFactory.create("Fusion").standardPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f6f7f7"))
    p.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    p.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    return p


def apply(app: QApplication, *, dark: bool | None = None) -> None:
    """Set style, palette and stylesheet for the system's colour scheme (or ``dark``)."""
    dark = is_dark() if dark is None else dark
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if dark else _light_palette())
    app.setStyleSheet(
        _STYLE.format(
            sidebar="#26292c" if dark else "#eceeee",
            accent=ACCENT_DARK if dark else ACCENT,
            on_accent="#101214" if dark else "#ffffff",
            hover="#303438" if dark else "#e0e4e3",
            border="#3a3f44" if dark else "#d5d9d8",
            muted="#9aa0a6" if dark else "#5f6468",
            error="#ff8a80" if dark else "#b3261e",
            base="#181a1c" if dark else "#ffffff",
        )
    )


def follow_system(app: QApplication) -> None:
    apply(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))


def dark_palette() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def attention_colour() -> QColor:
    """Amber that reads on light and dark backgrounds (drafts, flags, overdue)."""
    return QColor("#f0b35a") if dark_palette() else QColor("#9a5800")
