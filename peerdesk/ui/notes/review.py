"""The documentation review: notes in a period missing what the profile asks for, drafts
left unsigned, notes linked to no goal. Double-click (or Enter) opens a note."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import documentation
from peerdesk.core.vault import Vault
from peerdesk.i18n import date_text, error_text, tr
from peerdesk.ui.compat import emit
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets.privacy import privacy_on, shown_names

NOTE_ID = Qt.ItemDataRole.UserRole


class DocumentationReviewDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        signals: AppSignals,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault, self.signals = vault, signals
        self.setWindowTitle(tr("Documentation review"))
        self.resize(720, 520)
        today = today or date.today()
        start = today - timedelta(days=30)
        self.date_from = QDateEdit(QDate(start.year, start.month, start.day), calendarPopup=True)
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.date_from.setAccessibleName(tr("Review from"))
        self.date_to.setAccessibleName(tr("Review up to"))
        self.refresh_button = QPushButton(tr("Review"))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("From")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(tr("to")))
        top.addWidget(self.date_to)
        top.addWidget(self.refresh_button)
        top.addStretch()
        self.summary = QLabel(wordWrap=True)
        self.items = QListWidget()
        self.items.setAccessibleName(tr("What to finish or look at again"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.items, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        self.items.itemActivated.connect(self.open_item)
        signals.vault_about_to_lock.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self.items.clear()
        if not self.vault.is_open:
            return
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        try:
            result = documentation.review(self.vault, start=start, end=end)
        except ValidationError as exc:
            self.summary.setText(error_text(exc))
            return
        profile = documentation.current_profile(self.vault)
        privacy = privacy_on(self.vault)
        if result.clear:
            self.summary.setText(
                tr("{notes_checked} notes checked against {name}: nothing to follow up.").format(
                    notes_checked=result.notes_checked, name=profile.name
                )
            )
            return
        self.summary.setText(
            tr(
                "{notes_checked} notes checked against {name}. Double-click a note to open it."
            ).format(notes_checked=result.notes_checked, name=profile.name)
        )
        groups = (
            (tr("Missing something"), result.missing_elements),
            (tr("Drafts waiting to be signed"), result.old_drafts),
            (tr("Not linked to a goal"), result.no_goal),
        )
        for title, rows in groups:
            if not rows:
                continue
            header = QListWidgetItem(f"{title} ({len(rows)})")
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: shown, not chosen
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.items.addItem(header)
            for row in rows:
                who = shown_names(row.participant_names, privacy=privacy) or tr("nobody")
                text = f"   {date_text(row.occurred_on, '%-d %b %Y')}  {who}"
                if row.draft_age_days is not None:
                    text += ": " + tr("started %n day(s) ago", None, row.draft_age_days)
                for gap in row.gaps:
                    text += f"\n        • {gap.message}"
                item = QListWidgetItem(text)
                item.setData(NOTE_ID, row.id)
                self.items.addItem(item)

    def open_item(self, item: QListWidgetItem) -> None:
        note_id = item.data(NOTE_ID)
        if note_id:
            emit(self.signals.note_open_requested, int(note_id))
