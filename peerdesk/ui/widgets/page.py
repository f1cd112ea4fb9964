"""Pieces every page shares: the header and the empty state of pages still to come."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def page_layout(widget: QWidget, title: str, intro: str = "") -> QVBoxLayout:
    """A page's outer layout with its header (and intro line) already in place."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(28, 22, 28, 22)
    layout.setSpacing(10)
    header = QLabel(title, objectName="pageHeader")
    layout.addWidget(header)
    if intro:
        layout.addWidget(QLabel(intro, objectName="pageIntro", wordWrap=True))
    return layout


class EmptyPage(QWidget):
    """A page whose feature arrives later: says honestly what will be here."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self, title)
        body = QLabel(text, objectName="emptyState", wordWrap=True)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        body.setMaximumWidth(640)
        layout.addSpacing(12)
        layout.addWidget(body)
        layout.addStretch()


EMPTY_PAGES = {
    "Today": (
        "Your day at a glance will live here: the people you are meeting, follow-ups that "
        "are due, and notes still waiting to be finished. Nothing is planned yet, so for "
        "now this is a quiet space."
    ),
    "Notes": (
        "Session notes will live here: write a note in the minutes after a meeting, in the "
        "mentee's own words where you can, with what you did together, how it went and the "
        "next steps you agreed. Signed notes stay as written; corrections are added as "
        "dated addenda."
    ),
    "Directory": (
        "Your resource directory will live here: crisis and help lines, food banks, housing "
        "offices and the local services you refer people to, with opening hours and when "
        "you last checked them."
    ),
    "Supervision": (
        "Supervision preparation will live here: notes you flagged to talk about, and "
        "summaries for your supervisor with names and details taken out before anything "
        "leaves this computer."
    ),
}
