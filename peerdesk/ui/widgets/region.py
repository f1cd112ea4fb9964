"""The mentor's region, which decides the crisis and help lines shown first: one choice
list for the first-run wizard and Settings (Settings had a free text field that said
"e.g. GB or US" while the wizard had saved "UK")."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from peerdesk.core.services import directory
from peerdesk.i18n import QT_TR_NOOP, tr

REGIONS = (
    (QT_TR_NOOP("United States"), "US"),
    (QT_TR_NOOP("United Kingdom"), "UK"),
    (QT_TR_NOOP("Canada"), "CA"),
    (QT_TR_NOOP("Ireland"), "IE"),
    (QT_TR_NOOP("Australia"), "AU"),
    (QT_TR_NOOP("Somewhere else"), "other"),
)
HINT = QT_TR_NOOP("The region decides which crisis and help lines come first.")


def region_combo() -> QComboBox:
    combo = QComboBox()
    for label, code in REGIONS:
        combo.addItem(tr(label), code)
    combo.setToolTip(tr(HINT))
    return combo


def set_region(combo: QComboBox, stored: str) -> None:
    """Choose the stored region ("UK", "GB" and "gb" are one); a code peerdesk has no name
    for, typed into an older version, is kept as it is."""
    while combo.count() > len(REGIONS):  # one kept from an earlier vault or lock
        combo.removeItem(combo.count() - 1)
    wanted = directory.region_code(stored)
    for i in range(combo.count()):
        if directory.region_code(combo.itemData(i)) == wanted:
            combo.setCurrentIndex(i)
            return
    combo.addItem(stored.strip(), stored.strip())
    combo.setCurrentIndex(combo.count() - 1)
