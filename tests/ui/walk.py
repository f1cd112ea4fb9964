"""Every page and dialog of the desk, opened one after another over one vault, and the
texts a person sees on each: shared by the translation and accessibility tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from peerdesk.core.services.agreements import AgreementRecord
from peerdesk.core.services.boundary_events import EventRecord
from peerdesk.core.services.goals import GoalRecord
from peerdesk.core.vault import Vault
from peerdesk.ui.window import NAVIGATION, MainWindow

PAGES = tuple(NAVIGATION)


def pages(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each sidebar page, shown in turn."""
    for name in PAGES:
        window.desk.show_page(name)
        yield name, window.desk.pages.currentWidget()


def dialogs(
    qtbot: QtBot, window: MainWindow, vault: Vault, mentee_id: int
) -> Iterator[tuple[str, QWidget]]:
    """Each dialog of the desk, built as its page builds it, shown, then closed."""
    from peerdesk.core.services.erasure import plan_erasure
    from peerdesk.ui.agreements.dialogs import AgreementEditor, EventDialog
    from peerdesk.ui.directory.dialogs import ReferDialog, ServiceDialog
    from peerdesk.ui.goals.dialogs import GoalDialog
    from peerdesk.ui.mentees.dialog import MenteeDialog
    from peerdesk.ui.mentees.erase import EraseMenteeDialog
    from peerdesk.ui.notes.editor import AddendumDialog
    from peerdesk.ui.notes.review import DocumentationReviewDialog
    from peerdesk.ui.recovery import RecoveryKeyDialog
    from peerdesk.ui.selfcare.page import CheckInDialog
    from peerdesk.ui.shortcuts import ShortcutsDialog
    from peerdesk.ui.supervision.export_dialog import ExportDialog
    from peerdesk.ui.widgets.keys_dialog import KeysDialog
    from peerdesk.ui.widgets.meeting_dialog import PlanMeetingDialog
    from peerdesk.ui.widgets.passphrase import ChangePassphraseDialog
    from peerdesk.ui.wizard import SetupWizard

    built: list[tuple[str, QWidget]] = [
        ("note editor", window.new_note(mentee_id)),
        ("mentee", MenteeDialog(window)),
        ("goal", GoalDialog(window, GoalRecord(mentee_id=mentee_id, statement=""))),
        ("agreement", AgreementEditor(window, AgreementRecord(mentee_id=mentee_id))),
        ("boundary event", EventDialog(window, EventRecord(mentee_id, datetime.now()))),
        ("addendum", AddendumDialog(window, "x")),
        ("review", DocumentationReviewDialog(vault, window.signals, window, today=date.today())),
        ("check-in", CheckInDialog(vault, window)),
        ("export", ExportDialog(vault, window)),
        ("keys", KeysDialog(window, vault)),
        ("meeting", PlanMeetingDialog(vault, window.signals, window, mentee_id=mentee_id)),
        ("passphrase", ChangePassphraseDialog(window, vault)),
        ("secure vault", ChangePassphraseDialog(window, vault, compromised=True)),
        ("service", ServiceDialog(None, window)),
        ("referral", ReferDialog(vault, mentee_id=mentee_id, parent=window)),
        ("erase", EraseMenteeDialog(window, plan_erasure(vault, mentee_id=mentee_id))),
        ("recovery key", RecoveryKeyDialog(window, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")),
        ("shortcuts", ShortcutsDialog(window)),
    ]
    wizard = SetupWizard(Vault(vault.path.parent / "new-vault"))
    built.append(("wizard", wizard))
    for name, widget in built:
        assert widget is not None, name
        qtbot.addWidget(widget)
        widget.show()
        if isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                yield f"{name} page {page_id}", widget.page(page_id)
        else:
            yield name, widget
        if isinstance(widget, QDialog):
            widget.done(0)
        widget.hide()


def shown(root: QWidget) -> Iterator[QWidget]:
    """``root`` and every widget under it that a person can see now."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisibleTo(root.window()) or widget is root:
            yield widget


def texts(widget: QWidget) -> list[str]:
    """The words a widget shows (labels, buttons, titles, hints, fixed choices)."""
    out: list[str] = []
    if isinstance(widget, (QLabel, QAbstractButton)):
        out.append(widget.text())
    elif isinstance(widget, QGroupBox):
        out.append(widget.title())
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        out.append(widget.placeholderText())
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        out.extend(widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        out.extend(widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QListWidget):
        out.extend(widget.item(i).text() for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
        model = widget.model()
        if model is not None:
            from PySide6.QtCore import Qt

            out.extend(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            )
    if widget.isWindow():
        out.append(widget.windowTitle())
    out.append(widget.toolTip())
    return [t for t in out if t and t.strip()]
