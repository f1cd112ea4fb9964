"""The look, declared once: design tokens (spacing, type, colours for the light, dark and
high-contrast themes) and the one application stylesheet generated from them.

The model is GNOME's Adwaita apps: neutral surfaces, one calm accent, generous spacing,
rounded controls and a strong focus ring. Widgets never carry colour strings of their own;
they take an object name (``hint``, ``formError``...) or a colour from ``colours()``.
Font scale multiplies the system's font size (100% to 200%); reduced motion turns off the
animations Qt itself runs."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from peerdesk.i18n import QT_TR_NOOP


class Theme(str, Enum):
    SYSTEM = "system"  # light or dark, following the desktop
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


THEME_LABELS = {  # English sources; Settings shows them through tr()
    Theme.SYSTEM: QT_TR_NOOP("Follow the system (light or dark)"),
    Theme.LIGHT: QT_TR_NOOP("Light"),
    Theme.DARK: QT_TR_NOOP("Dark"),
    Theme.HIGH_CONTRAST: QT_TR_NOOP("High contrast"),
}

# Spacing scale, in pixels: every margin and gap in ui/ is one of these.
SPACE = {"xxs": 2, "xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24, "xxl": 32}
# Type scale, as multiples of the body size (the system's font size times the font scale).
TYPE = {"caption": 0.9, "body": 1.0, "section": 1.15, "title": 1.3, "page": 1.6}
RADIUS = {"control": 6, "panel": 8}
FOCUS_WIDTH = 2  # px; the ring's colour is the ``focus`` token

FONT_SCALE_MIN, FONT_SCALE_MAX, FONT_SCALE_STEP = 100, 200, 10  # percent


@dataclass(frozen=True)
class Colours:
    """One theme's colour tokens. Text tokens meet 4.5:1 on every surface they sit on;
    ``focus`` and ``control_border`` meet 3:1 (WCAG 2.2 AA); tests/ui/test_theme.py
    computes it."""

    window: str  # the page background
    surface: str  # fields, lists, tables
    sidebar: str  # the sidebar, panels and banners
    text: str
    muted: str  # hints and intros: still body text, so 4.5:1
    accent: str  # selection, links, the default button
    on_accent: str  # text on the accent
    hover: str
    divider: str  # group boxes and separators: decoration, not a control
    control_border: str  # the edge that shows where a field or button is
    focus: str
    error: str
    attention: str  # drafts, flags, overdue: a quiet amber
    success: str
    banner: str  # the DEMO banner
    on_banner: str
    mark: str  # search matches and changed text behind body text
    inserted: str  # agreement changes: added, removed, reworded (behind ``text``)
    removed: str
    reworded: str
    disabled: str


LIGHT = Colours(
    window="#f6f6f5",
    surface="#ffffff",
    sidebar="#ebedec",
    text="#1e2122",
    muted="#565b5e",
    accent="#2f6f61",
    on_accent="#ffffff",
    hover="#dde2e0",
    divider="#d3d7d6",
    control_border="#80878a",
    focus="#1f5fb4",
    error="#a4201a",
    attention="#8a4f00",
    success="#25692b",
    banner="#f3c74d",
    on_banner="#2b2100",
    mark="#ffe08a",
    inserted="#d4f2dc",
    removed="#fcdcdb",
    reworded="#fff0bd",
    disabled="#767b7e",
)

DARK = Colours(
    window="#202326",
    surface="#181a1c",
    sidebar="#2a2d31",
    text="#e8e8e8",
    muted="#a9afb5",
    accent="#62b5a3",
    on_accent="#0d1211",
    hover="#33383d",
    divider="#3b4046",
    control_border="#7e858c",
    focus="#78aeff",
    error="#ff8f85",
    attention="#f0b35a",
    success="#7fcf86",
    banner="#f3c74d",
    on_banner="#2b2100",
    mark="#6b5510",
    inserted="#1f4a2c",
    removed="#5a2624",
    reworded="#544516",
    disabled="#8a9096",
)

HIGH_CONTRAST = Colours(
    window="#000000",
    surface="#000000",
    sidebar="#0e0e0e",
    text="#ffffff",
    muted="#e6e6e6",
    accent="#ffd600",
    on_accent="#000000",
    hover="#2b2b2b",
    divider="#ffffff",
    control_border="#ffffff",
    focus="#00e5ff",
    error="#ff9e9e",
    attention="#ffd600",
    success="#8cff8c",
    banner="#ffd600",
    on_banner="#000000",
    mark="#5c4d00",
    inserted="#004d1a",
    removed="#6b0000",
    reworded="#4d4000",
    disabled="#b3b3b3",
)

THEMES = {Theme.LIGHT: LIGHT, Theme.DARK: DARK, Theme.HIGH_CONTRAST: HIGH_CONTRAST}

_STYLE = """
QWidget:disabled {{ color: {disabled}; }}
QToolTip {{ color: {text}; background: {surface}; border: 1px solid {control_border}; padding: {xs}px; }}
QListWidget#sidebar {{
    border: none; background: {sidebar}; padding: {s}px 0; font-size: {section}pt; outline: 0;
}}
QListWidget#sidebar::item {{ padding: {s}px {l}px; border-radius: {r_control}px; margin: 1px {s}px; border: {fw}px solid transparent; }}
QListWidget#sidebar::item:selected {{ background: {accent}; color: {on_accent}; }}
QListWidget#sidebar::item:hover:!selected {{ background: {hover}; }}
QListWidget#sidebar::item:selected:focus {{ border-color: {focus}; }}
QToolBar {{ border: none; padding: {xs}px {m}px; spacing: {s}px; background: {window}; }}
QPushButton, QToolButton {{
    color: {text}; background: {surface}; border: 1px solid {control_border};
    border-radius: {r_control}px; padding: {xs}px {m}px; min-height: {control_h}px;
}}
QToolButton {{ border-color: transparent; background: transparent; }}
QToolBar QToolButton {{ border-color: {control_border}; background: {surface}; }}
QPushButton:hover, QToolButton:hover {{ background: {hover}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {divider}; }}
QPushButton:default {{ background: {accent}; color: {on_accent}; border-color: {accent}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {disabled}; background: {window}; border-color: {divider}; }}
QPushButton:focus, QToolButton:focus {{
    border: {fw}px solid {focus}; padding: {xs_f}px {m_f}px;
}}
QPushButton[flat="true"] {{ border-color: transparent; background: transparent; }}
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox {{
    color: {text}; background: {surface}; border: 1px solid {control_border};
    border-radius: {r_control}px; padding: {xxs}px {xs}px; selection-background-color: {accent};
    selection-color: {on_accent};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {{
    border: {fw}px solid {focus}; padding: {xxs_f}px {xs_f}px;
}}
QLineEdit[invalid="true"], QAbstractSpinBox[invalid="true"] {{ border-color: {error}; }}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: {xl}px; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url("{chevron}"); width: {l}px; height: {l}px; }}
QComboBox QAbstractItemView {{ color: {text}; background: {surface}; selection-background-color: {accent}; selection-color: {on_accent}; }}
QAbstractItemView {{ color: {text}; background: {surface}; alternate-background-color: {window};
    selection-background-color: {accent}; selection-color: {on_accent}; }}
QListView, QTreeView, QTableView {{ border: 1px solid {divider}; border-radius: {r_control}px; }}
QListView:focus, QTreeView:focus, QTableView:focus {{ border: {fw}px solid {focus}; }}
QListWidget#sidebar:focus {{ border: none; }}
QTableView::item, QTreeView::item {{ padding: 0 {s}px; }}
QHeaderView::section {{ color: {text}; background: {window}; border: none; border-bottom: 1px solid {divider}; padding: {xs}px {s}px; }}
QCheckBox, QRadioButton {{ color: {text}; border: {fw}px solid transparent; border-radius: {r_control}px; padding: 1px {xs}px; spacing: {s}px; }}
QCheckBox:focus, QRadioButton:focus, QSlider:focus {{ border-color: {focus}; }}
QCheckBox::indicator, QAbstractItemView::indicator, QGroupBox::indicator {{
    width: {m}px; height: {m}px; border: 1px solid {control_border}; border-radius: 3px;
    background: {surface};
}}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked, QGroupBox::indicator:checked {{
    background: {accent}; border-color: {accent}; image: url("{check}");
}}
QCheckBox::indicator:disabled {{ border-color: {divider}; }}
QRadioButton::indicator {{
    width: {m}px; height: {m}px; border: 1px solid {control_border}; border-radius: 7px;
    background: {surface};
}}
QRadioButton::indicator:checked {{ border: 4px solid {accent}; width: 6px; height: 6px; }}
QSlider {{ border: {fw}px solid transparent; border-radius: {r_control}px; }}
QTabBar::tab {{ color: {text}; background: {window}; border: {fw}px solid transparent; border-bottom-color: {divider};
    padding: {xs}px {l}px; }}
QTabBar::tab:selected {{ border-bottom-color: {accent}; }}
QTabBar::tab:focus {{ border-color: {focus}; }}
QGroupBox {{
    font-weight: 600; border: 1px solid {divider}; border-radius: {r_panel}px;
    margin-top: {m}px; padding: {l}px {m}px {s}px {m}px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: {s}px; padding: 0 {xs}px; }}
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QPushButton {{ font-weight: 400; }}
QLabel {{ color: {text}; }}
QLabel:focus {{ border: {fw}px solid {focus}; border-radius: {r_control}px; }}
QLabel#pageHeader {{ font-size: {page}pt; font-weight: 600; }}
QLabel#detailName {{ font-size: {title}pt; font-weight: 600; }}
QLabel#goalStatement {{ font-size: {title}pt; font-style: italic; }}
#sectionTitle, #sectionHeader, #sectionLabel, #fieldTitle {{ font-weight: 600; }}
QLabel#pageIntro, QLabel#hint, QLabel#fingerprint {{ color: {muted}; }}
QLabel#emptyState {{ color: {muted}; font-size: {section}pt; }}
QLabel#formError, QLabel#error {{ color: {error}; }}
QLabel#progress {{ color: {muted}; }}
QLabel#attention, QLabel#gentleSignal {{ color: {attention}; }}
QLabel#demoBanner {{
    background: {banner}; color: {on_banner}; padding: {s}px {l}px; font-weight: 600;
}}
QLabel#recoveryKey {{
    font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace; font-size: {recovery}pt;
    font-weight: 600; padding: {l}px; border: 1px solid {control_border}; border-radius: {r_control}px;
    background: {surface};
}}
QFrame#recoveryBanner, QFrame#boundaryBanner {{ background: {sidebar}; border-bottom: {fw}px solid {accent}; }}
QFrame#detailPanel {{ background: {sidebar}; border-radius: {r_panel}px; }}
QProgressBar {{ border: 1px solid {control_border}; border-radius: {r_control}px; background: {surface}; color: {text}; text-align: center; }}
QProgressBar::chunk {{ background: {accent}; border-radius: {r_control}px; }}
QProgressBar#strength {{ max-height: {s}px; border: none; background: {sidebar}; border-radius: {xs}px; }}
QProgressBar#strength[level="weak"]::chunk {{ background: {error}; }}
QProgressBar#strength[level="fair"]::chunk {{ background: {attention}; }}
QProgressBar#strength[level="good"]::chunk {{ background: {accent}; }}
QProgressBar#strength[level="strong"]::chunk {{ background: {success}; }}
QScrollArea {{ background: transparent; }}
"""


@dataclass
class _State:
    theme: Theme = Theme.SYSTEM
    font_scale: int = 100  # percent of the system's font size
    system_point_size: float = 0.0  # remembered the first time the look is applied
    reduced_motion: bool = False


_state = _State()


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def current_theme() -> Theme:
    """The theme in use: SYSTEM resolved to light or dark."""
    if _state.theme is Theme.SYSTEM:
        return Theme.DARK if system_is_dark() else Theme.LIGHT
    return _state.theme


def colours() -> Colours:
    """The colour tokens of the theme in use (for painting charts, marks and rows)."""
    return THEMES[current_theme()]


def font_scale() -> int:
    return _state.font_scale


def chosen_theme() -> Theme:
    return _state.theme


def reduced_motion() -> bool:
    return _state.reduced_motion


def chevron(name: Theme, *, kind: str = "chevron-down") -> str:
    """The combo box arrow (``chevron-down``, in the theme's text colour) or the tick of a
    checked box (``check``, in its on-accent colour), from resources/icons."""
    from importlib import resources

    icon = resources.files("peerdesk.resources").joinpath(f"icons/{kind}-{name.value}.svg")
    return Path(str(icon)).as_posix()


def stylesheet(c: Colours, body_pt: float, *, arrow: str = "", check: str = "") -> str:
    """The application stylesheet for colour tokens ``c`` and a body size in points."""

    def pt(step: str) -> str:
        return f"{body_pt * TYPE[step]:.1f}"

    fw = FOCUS_WIDTH
    return _STYLE.format(
        **{f.name: getattr(c, f.name) for f in fields(c)},
        **SPACE,
        body=pt("body"),
        section=pt("section"),
        title=pt("title"),
        page=pt("page"),
        recovery=f"{body_pt * 1.8:.1f}",
        r_control=RADIUS["control"],
        r_panel=RADIUS["panel"],
        fw=fw,
        # focus: the border grows by (fw - 1) px, so padding shrinks by the same and
        # nothing moves when focus arrives
        xs_f=SPACE["xs"] - (fw - 1),
        m_f=SPACE["m"] - (fw - 1),
        xxs_f=SPACE["xxs"] - (fw - 1),
        control_h=round(body_pt * 1.6),
        chevron=arrow,
        check=check,
    )


def palette(c: Colours) -> QPalette:
    """A QPalette from the tokens, for what the stylesheet does not reach (painted views,
    rich text, the Fusion style's own drawing)."""
    p = QPalette()
    role = QPalette.ColorRole
    for r, token in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.surface),
        (role.AlternateBase, c.window),
        (role.ToolTipBase, c.surface),
        (role.ToolTipText, c.text),
        (role.Text, c.text),
        (role.Button, c.surface),
        (role.ButtonText, c.text),
        (role.BrightText, c.error),
        (role.Highlight, c.accent),
        (role.HighlightedText, c.on_accent),
        (role.Link, c.accent),
        (role.PlaceholderText, c.muted),
        (role.Mid, c.divider),
        (role.Dark, c.control_border),
        (role.Light, c.surface),
    ):
        p.setColor(r, QColor(token))
    for r in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(c.disabled))
    return p


def apply(
    app: QApplication,
    *,
    theme: Theme | None = None,
    font_scale: int | None = None,
    dark: bool | None = None,
) -> None:
    """Set style, palette, font and stylesheet. ``dark`` is a shortcut for screenshots
    and tests (light or dark whatever the system says)."""
    if dark is not None:
        theme = Theme.DARK if dark else Theme.LIGHT
    if theme is not None:
        _state.theme = Theme(theme)
    if font_scale is not None:
        _state.font_scale = clamp_scale(font_scale)
    if not _state.system_point_size:
        size = QGuiApplication.font().pointSizeF()
        _state.system_point_size = size if size > 0 else 10.0
    c = colours()
    body_pt = _state.system_point_size * _state.font_scale / 100
    # Clearing the old stylesheet first makes the change about six times quicker: Qt
    # repolishes every widget once against the new rules instead of restyling through both.
    app.setStyleSheet("")
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette(c))
    font = QFont(app.font())
    font.setPointSizeF(body_pt)
    app.setFont(font)
    app.setStyleSheet(
        stylesheet(
            c,
            body_pt,
            arrow=chevron(current_theme()),
            check=chevron(current_theme(), kind="check"),
        )
    )


def clamp_scale(percent: int) -> int:
    return max(FONT_SCALE_MIN, min(FONT_SCALE_MAX, int(percent)))


def set_reduced_motion(app: QApplication, on: bool) -> None:
    """No animated combo boxes, tooltips or scrolling: Qt's own effects off."""
    _state.reduced_motion = on
    for effect in (
        Qt.UIEffect.UI_AnimateCombo,
        Qt.UIEffect.UI_AnimateMenu,
        Qt.UIEffect.UI_AnimateTooltip,
        Qt.UIEffect.UI_FadeMenu,
        Qt.UIEffect.UI_FadeTooltip,
        Qt.UIEffect.UI_AnimateToolBox,
    ):
        app.setEffectEnabled(effect, not on)


def system_prefers_reduced_motion() -> bool:
    """GNOME's 'reduce animation' (gtk-enable-animations false) or PEERDESK_REDUCED_MOTION;
    Qt has no portable query, so the platform's answer is read where there is one."""
    import os

    flag = os.environ.get("PEERDESK_REDUCED_MOTION")
    if flag is not None:
        return flag not in ("", "0", "no", "false")
    return _gtk_animations_off()


def _gtk_animations_off() -> bool:
    import configparser
    import os

    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    ini = configparser.ConfigParser()
    try:
        ini.read(Path(base) / "gtk-3.0" / "settings.ini", encoding="utf-8")
        return ini.get("Settings", "gtk-enable-animations", fallback="1").lower() in (
            "0",
            "false",
        )
    except (OSError, configparser.Error):
        return False


APPEARANCE_FILE = "appearance"  # beside the vault, like the language: the unlock screen uses it


@dataclass(frozen=True)
class Appearance:
    theme: Theme = Theme.SYSTEM
    font_scale: int = 100


def read_appearance(vault_dir: Path) -> Appearance:
    """The theme and font scale chosen in Settings; the defaults when none was chosen or
    the file cannot be read (it holds no personal data, only these two values)."""
    try:
        data = json.loads((vault_dir / APPEARANCE_FILE).read_text(encoding="utf-8"))
        return Appearance(
            Theme(data.get("theme", "system")), clamp_scale(data.get("font_scale", 100))
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return Appearance()


def write_appearance(vault_dir: Path, appearance: Appearance) -> None:
    from peerdesk.core.vault.files import atomic_write, make_private_dir

    make_private_dir(vault_dir)
    data = {"theme": appearance.theme.value, "font_scale": appearance.font_scale}
    atomic_write(vault_dir / APPEARANCE_FILE, (json.dumps(data) + "\n").encode("utf-8"))


def change_appearance(
    vault_dir: Path, *, theme: Theme | None = None, font_scale: int | None = None
) -> Appearance:
    """Apply a new theme or font scale now and remember it for the next start."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply(app, theme=theme, font_scale=font_scale)
    chosen = Appearance(_state.theme, _state.font_scale)
    write_appearance(vault_dir, chosen)
    return chosen


def step_font_scale(vault_dir: Path, steps: int) -> int:
    """Ctrl+plus / Ctrl+minus: one step bigger or smaller (0 = back to 100%)."""
    target = FONT_SCALE_MIN if steps == 0 else _state.font_scale + steps * FONT_SCALE_STEP
    return change_appearance(vault_dir, font_scale=target).font_scale


def follow_system(app: QApplication, *, theme: Theme | None = None, font_scale: int = 100) -> None:
    apply(app, theme=theme, font_scale=font_scale)
    set_reduced_motion(app, system_prefers_reduced_motion())

    def scheme_changed(_scheme: Qt.ColorScheme) -> None:
        if _state.theme is Theme.SYSTEM:
            apply(app)

    QGuiApplication.styleHints().colorSchemeChanged.connect(scheme_changed)


def dark_palette() -> bool:
    return current_theme() is not Theme.LIGHT


def attention_colour() -> QColor:
    """Amber that reads on this theme's surfaces (drafts, flags, overdue)."""
    return QColor(colours().attention)
