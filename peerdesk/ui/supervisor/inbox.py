"""The supervisor's inbox: mentors' sealed exports, read as the mentor previewed them,
with comments on each item, supervision sessions, and the reply sealed back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError
from peerdesk.core.services import supervision_loop
from peerdesk.core.vault import Vault
from peerdesk.core.vault.files import atomic_write
from peerdesk.i18n import QT_TR_NOOP, date_text, error_text, tr
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.files import ask_save_path
from peerdesk.ui.widgets.keys_dialog import KeysDialog, ask_open_path
from peerdesk.ui.widgets.page import page_layout

PACKET_FILTER = QT_TR_NOOP("peerdesk sealed packets (*.pdsealed);;All files (*)")
WHOLE = QT_TR_NOOP("The export as a whole")


def _hard_breaks(markdown: str) -> str:
    """The export's lines as the mentor saw them: Markdown would join lines that are not
    separated by a blank line into one paragraph."""
    return "\n".join(
        line if not line.strip() or line.startswith("#") else line + "  "
        for line in markdown.splitlines()
    )


class InboxPage(QWidget):
    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.packet_id = ""
        layout = page_layout(
            self,
            tr("Inbox"),
            tr(
                "Exports your mentors sealed to your key. Mentees appear as Mentee A, B…; you "
                "never see who they are. Comment on any item, then send your reply back."
            ),
        )
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("Open a mentor's export…"))
        self.open_button.clicked.connect(self.open_packet)
        self.keys_button = QPushButton(tr("Keys…"))
        self.keys_button.clicked.connect(lambda: KeysDialog(self, self.vault).exec())
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.keys_button)
        buttons.addStretch()
        layout.addLayout(buttons)

        self.packets = QListWidget()
        self.packets.setAccessibleName(tr("Exports in your inbox"))
        self.packets.currentItemChanged.connect(lambda item, _old: self.show_packet(item))
        self.document = QTextBrowser()
        self.document.setAccessibleName(tr("The export as the mentor previewed it"))
        self.items = QComboBox()
        self.items.setAccessibleName(tr("Item to comment on"))
        self.comment = QPlainTextEdit(placeholderText=tr("Your comment or question for the mentor"))
        self.comment.setAccessibleName(tr("Comment"))
        self.comment.setMaximumHeight(90)
        self.comment.setTabChangesFocus(True)
        self.action = QCheckBox(tr("An agreed action (it becomes a follow-up for the mentor)"))
        self.add_button = QPushButton(tr("Add comment"))
        self.add_button.clicked.connect(self.add_comment)
        self.comments = QListWidget()
        self.comments.setAccessibleName(tr("Your comments on this export"))
        self.comments.setWordWrap(True)
        self.session_on = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.session_on.setAccessibleName(tr("Date of the supervision session"))
        self.topics = QLineEdit(placeholderText=tr("Topics you talked about"))
        self.topics.setAccessibleName(tr("Topics of the supervision session"))
        self.session_button = QPushButton(tr("Record session"))
        self.session_button.clicked.connect(self.record_session)
        self.reply_button = QPushButton(tr("Seal reply to the mentor…"))
        self.reply_button.clicked.connect(self.write_reply)

        right = QWidget()
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.document, 3)
        col.addWidget(QLabel(tr("Comment on")))
        col.addWidget(self.items)
        col.addWidget(self.comment)
        row = QHBoxLayout()
        row.addWidget(self.action, 1)
        row.addWidget(self.add_button)
        col.addLayout(row)
        col.addWidget(self.comments, 1)
        session = QHBoxLayout()
        session.addWidget(QLabel(tr("Session on")))
        session.addWidget(self.session_on)
        session.addWidget(self.topics, 1)
        session.addWidget(self.session_button)
        col.addLayout(session)
        col.addWidget(self.reply_button, alignment=Qt.AlignmentFlag.AlignRight)
        split = QSplitter()
        split.addWidget(self.packets)
        split.addWidget(right)
        split.setSizes([260, 740])
        layout.addWidget(split, 1)
        signals.vault_unlocked.connect(self.refresh)
        signals.vault_locked.connect(self.clear)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for w in (self.items, self.comment, self.action, self.add_button, self.session_on,
                  self.topics, self.session_button, self.reply_button):  # fmt: skip
            w.setEnabled(on)

    def refresh(self) -> None:
        current = self.packet_id
        self.packets.clear()
        for row in supervision_loop.inbox(self.vault):
            state = tr("replied") if row.replied_at else tr("%n comment(s)", None, row.comments)
            period = row.period.replace("/", tr(" to "))
            item = QListWidgetItem(f"{row.mentor}\n{period} · {state}")
            item.setData(Qt.ItemDataRole.UserRole, row.packet_id)
            self.packets.addItem(item)
            if row.packet_id == current:
                self.packets.setCurrentItem(item)
        if not self.packets.count():
            self.document.setPlainText(
                tr("No exports yet. When a mentor sends you a sealed export, open it here.")
            )

    def show_packet(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.packet_id = ""
            self._enable(False)
            return
        self.packet_id = str(item.data(Qt.ItemDataRole.UserRole))
        view = supervision_loop.get_packet(self.vault, packet_id=self.packet_id)
        self.document.setMarkdown(_hard_breaks(view.markdown))
        self.items.clear()
        self.items.addItem(tr(WHOLE), "")
        for it in view.items:
            self.items.addItem(str(it.get("title", "")), str(it.get("id", "")))
        titles = {str(it.get("id")): str(it.get("title", "")) for it in view.items}
        self.comments.clear()
        for c in view.comments:
            what = titles.get(c.item_id) or tr(WHOLE)
            tag = tr(" (agreed action)") if c.is_action else ""
            self.comments.addItem(f"{what}{tag}: {c.text}")
        for held_on, topics in view.sessions:
            self.comments.addItem(
                tr("Session on {held_on}: {v1}").format(
                    held_on=date_text(held_on, "%-d %b %Y"), v1=topics or tr("(no topics)")
                )
            )
        self._enable(True)

    def open_packet(self, path: Path | None = None) -> None:
        """File a packet: the one dropped on the window, else one chosen in a file dialog."""
        path = path or ask_open_path(self, tr("A mentor's sealed export"), PACKET_FILTER)
        if path is None:
            return
        try:
            raw = path.read_bytes()
            row = supervision_loop.file_packet(self.vault, raw=raw)
        except OSError:
            messages.warn(self, tr("Not opened"), tr("That file could not be read."))
            return
        except PeerdeskError as exc:
            messages.warn(self, tr("Not opened"), error_text(exc))
            return
        self.packet_id = row.packet_id
        self.refresh()

    def add_comment(self) -> None:
        try:
            supervision_loop.add_comment(
                self.vault,
                packet_id=self.packet_id,
                item_id=str(self.items.currentData() or ""),
                text=self.comment.toPlainText(),
                is_action=self.action.isChecked(),
            )
        except PeerdeskError as exc:
            messages.warn(self, tr("Comment not added"), error_text(exc))
            return
        self.comment.clear()
        self.action.setChecked(False)
        self.refresh()

    def record_session(self) -> None:
        held = self.session_on.date()
        try:
            supervision_loop.record_session(
                self.vault,
                packet_id=self.packet_id,
                held_on=date(held.year(), held.month(), held.day()),
                topics=self.topics.text(),
            )
        except PeerdeskError as exc:
            messages.warn(self, tr("Not recorded"), error_text(exc))
            return
        self.topics.clear()
        self.refresh()

    def write_reply(self) -> None:
        path = ask_save_path(self, tr("Save the sealed reply"), "reply.pdsealed", tr(PACKET_FILTER))
        if path is None:
            return
        try:
            atomic_write(path, supervision_loop.write_reply(self.vault, packet_id=self.packet_id))
        except PeerdeskError as exc:
            messages.warn(self, tr("Reply not written"), error_text(exc))
            return
        except OSError:
            messages.warn(self, tr("Reply not written"), tr("That file could not be written."))
            return
        messages.inform(
            self,
            tr("Reply sealed"),
            tr("Send {name} to the mentor; only their vault opens it.").format(name=path.name),
        )
        self.refresh()

    def clear(self) -> None:
        self.packet_id = ""
        self.packets.clear()
        self.document.clear()
        self.items.clear()
        self.comments.clear()
        self.comment.clear()
        self.topics.clear()
        self._enable(False)
