"""The design tokens: WCAG 2.2 AA contrast computed from them, for every theme, and the
one stylesheet built from them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from peerdesk.ui import theme
from peerdesk.ui.theme import THEMES, Colours, Theme

ROOT = Path(__file__).resolve().parents[2]


def luminance(hex_colour: str) -> float:
    """Relative luminance, as WCAG 2.2 defines it (sRGB)."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


BACKGROUNDS = ("window", "surface", "sidebar")
# Body text (4.5:1) wherever it sits; large text (3:1); non-text: focus ring and the
# edges of controls (3:1, WCAG 1.4.11), against every surface a control sits on.
BODY_TEXT = [
    (fg, bg) for fg in ("text", "muted", "error", "attention", "success") for bg in BACKGROUNDS
]
BODY_TEXT += [
    ("text", "hover"),
    ("on_accent", "accent"),
    ("on_banner", "banner"),
    ("text", "mark"),
    ("text", "inserted"),
    ("text", "removed"),
    ("text", "reworded"),
    ("accent", "surface"),  # links
]
LARGE_TEXT = [("accent", bg) for bg in BACKGROUNDS]  # the page header's icon and title
NON_TEXT = [(fg, bg) for fg in ("focus", "control_border", "accent") for bg in BACKGROUNDS]
# (A ring around an accent-filled control, the default button or the selected sidebar row,
# is drawn as its border, so it meets the window, surface or sidebar around it.)
PAIRS = (
    [(p, 4.5) for p in BODY_TEXT] + [(p, 3.0) for p in LARGE_TEXT] + [(p, 3.0) for p in NON_TEXT]
)


@pytest.mark.parametrize("name", list(THEMES), ids=lambda t: t.value)
def test_every_theme_meets_wcag_aa(name: Theme) -> None:
    c = THEMES[name]
    failures = [
        f"{fg} on {bg}: {contrast(getattr(c, fg), getattr(c, bg)):.2f} < {need}"
        for (fg, bg), need in PAIRS
        if contrast(getattr(c, fg), getattr(c, bg)) < need
    ]
    assert failures == []


def test_high_contrast_goes_beyond_aa() -> None:
    """AAA (7:1) for text in the high-contrast theme: that is what it is for."""
    c = THEMES[Theme.HIGH_CONTRAST]
    assert min(contrast(c.text, getattr(c, bg)) for bg in BACKGROUNDS) >= 7
    assert min(contrast(c.muted, getattr(c, bg)) for bg in BACKGROUNDS) >= 7


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just below AA


def test_every_token_is_a_colour_and_every_theme_has_all() -> None:
    for c in THEMES.values():
        for value in vars(c).values():
            assert re.fullmatch(r"#[0-9a-f]{6}", value)
    assert set(Colours.__dataclass_fields__) == set(vars(THEMES[Theme.LIGHT]))


def test_the_combo_arrow_is_drawn_in_each_themes_text_colour() -> None:
    for name, c in THEMES.items():
        svg = Path(theme.chevron(name)).read_text(encoding="utf-8")
        assert f'stroke="{c.text}"' in svg
        tick = Path(theme.chevron(name, kind="check")).read_text(encoding="utf-8")
        assert f'stroke="{c.on_accent}"' in tick


def test_ui_carries_no_colour_of_its_own() -> None:
    """Colours come from the tokens: no hex colour and no per-widget colour stylesheet in
    ui/ outside theme.py (chart series colours in agreements/chart.py are data, named
    per boundary-event kind)."""
    offenders = []
    for path in (ROOT / "peerdesk" / "ui").rglob("*.py"):
        if path.name == "theme.py" or path.match("agreements/chart.py"):
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"#[0-9a-fA-F]{6}\b|setStyleSheet\(", text):
            offenders.append(f"{path.relative_to(ROOT)}: {match.group()}")
    assert offenders == []


def test_font_scale_follows_the_system_size_and_stays_in_range(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    system = theme._state.system_point_size or app.font().pointSizeF()
    try:
        theme.apply(app, font_scale=150)
        assert app.font().pointSizeF() == pytest.approx(system * 1.5)
        theme.apply(app, font_scale=400)
        assert theme.font_scale() == theme.FONT_SCALE_MAX
        theme.apply(app, font_scale=10)
        assert theme.font_scale() == theme.FONT_SCALE_MIN
        assert app.font().pointSizeF() == pytest.approx(system)
    finally:
        theme.apply(app, font_scale=100, theme=Theme.LIGHT)


def test_high_contrast_reaches_widgets(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    label = QLabel("Hello", objectName="hint")
    qtbot.addWidget(label)
    try:
        theme.apply(app, theme=Theme.HIGH_CONTRAST)
        label.show()
        image = label.grab().toImage()
        assert image.pixelColor(1, 1).name() == THEMES[Theme.HIGH_CONTRAST].window
        assert theme.attention_colour().name() == THEMES[Theme.HIGH_CONTRAST].attention
    finally:
        theme.apply(app, theme=Theme.LIGHT)


@pytest.mark.parametrize("name", list(THEMES), ids=lambda t: t.value)
def test_the_sidebar_shows_where_the_keyboard_is(qtbot, name: Theme) -> None:
    """Tab to the sidebar and arrows change the page, but nothing showed it had the focus:
    the rule "#sidebar:focus::item:selected" is not one Qt's stylesheets apply."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QListWidget

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sidebar = QListWidget(objectName="sidebar")
    sidebar.addItems(["Today", "Mentees"])
    qtbot.addWidget(sidebar)
    focus = QColor(THEMES[name].focus)

    def focus_pixels() -> int:
        image = sidebar.grab().toImage()
        return sum(
            1
            for x in range(image.width())
            for y in range(0, image.height(), 2)
            if image.pixelColor(x, y) == focus
        )

    try:
        theme.apply(app, theme=name)
        sidebar.resize(200, 120)
        sidebar.show()
        sidebar.setCurrentRow(0)
        assert focus_pixels() == 0  # not focused: no ring
        sidebar.setFocus()
        qtbot.waitUntil(sidebar.hasFocus)
        assert focus_pixels() > 100
    finally:
        theme.apply(app, theme=Theme.LIGHT)
