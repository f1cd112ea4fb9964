"""The unlocked view of a supervisor's vault: the inbox and the programme view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from peerdesk.core.vault import Vault
from peerdesk.i18n import QT_TR_NOOP, tr
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.supervisor.inbox import InboxPage
from peerdesk.ui.supervisor.programme import ProgrammePage

PAGES = (QT_TR_NOOP("Inbox"), QT_TR_NOOP("Programme view"))


class SupervisorDesk(QWidget):
    def __init__(self, vault: Vault, signals: AppSignals) -> None:
        super().__init__()
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.addItems([tr(name) for name in PAGES])
        self.sidebar.setAccessibleName(tr("Pages"))
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.inbox = InboxPage(vault, signals)
        self.programme = ProgrammePage(vault, signals)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.inbox)
        self.pages.addWidget(self.programme)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
