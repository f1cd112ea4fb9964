"""The note editor's quiet offer: when a note falls outside the mentee's active agreement
(time, channel or place), a banner offers to log a boundary event. Never blocks, never
a modal of its own; the event dialog opens only when the mentor asks for it."""

from __future__ import annotations

import weakref
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from peerdesk.core.errors import ValidationError
from peerdesk.core.services import boundary_events, changes
from peerdesk.core.services.boundary_events import EventRecord, OutsideAgreement
from peerdesk.i18n import core_text, error_text, tr
from peerdesk.ui.agreements.dialogs import EventDialog
from peerdesk.ui.widgets import messages


class BoundaryBanner(QFrame):
    def __init__(self) -> None:
        super().__init__(objectName="boundaryBanner")
        self._editor: weakref.ref | None = None  # weak: the banner lives inside the editor
        self.outside: OutsideAgreement | None = None
        self.mentee_id: int | None = None
        self.when: datetime | None = None
        self.dismissed: set[tuple] = set()
        self.logged: set[tuple] = set()
        self.text = QLabel(wordWrap=True)
        self.log_button = QPushButton(tr("Log a boundary event…"))
        self.dismiss_button = QPushButton(tr("Not now"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.log_button)
        layout.addWidget(self.dismiss_button)
        self.log_button.clicked.connect(self.log_event)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.clear()

    def watch(self, editor: Any) -> None:
        """Follow the editor's date, start time, how, where and who."""
        self._editor = weakref.ref(editor)
        editor.occurred_on.dateChanged.connect(lambda _d: self.check())
        editor.start.timeChanged.connect(lambda _t: self.check())
        editor.modality.currentIndexChanged.connect(lambda _i: self.check())
        editor.location.textChanged.connect(lambda _t: self.check())
        editor.participants.itemChanged.connect(lambda _i: self.check())

    @property
    def editor(self) -> Any:
        return self._editor() if self._editor else None

    def _key(self) -> tuple:
        return (self.mentee_id, self.when, self.outside.reasons if self.outside else ())

    def check(self) -> None:
        ed = self.editor
        if ed is None or getattr(ed, "_loading", False) or not ed.vault.is_open:
            return
        ids = ed.participant_ids()
        if len(ids) != 1:
            self.clear()
            return
        self.mentee_id = ids[0]
        self.when = datetime.combine(
            ed.occurred_on.date().toPython(),
            ed.start.time().toPython().replace(second=0, microsecond=0),
        )
        self.outside = boundary_events.outside_agreement(
            ed.vault, self.mentee_id, self.when, ed.modality.currentData(), ed.location.text()
        )
        key = self._key()
        if self.outside is None or key in self.dismissed or key in self.logged:
            self.text.clear()
            self.hide()
            return
        self.text.setText(
            tr(
                "{text} If it felt like a boundary moment, you could log it; it helps you notice patterns and bring them to supervision."
            ).format(text=" ".join(core_text(r) for r in self.outside.reasons))
        )
        self.log_button.show()
        self.show()

    def _dismiss(self) -> None:
        self.dismissed.add(self._key())
        self.text.clear()
        self.hide()

    def log_event(self) -> int | None:
        if self.outside is None or self.mentee_id is None or self.when is None:
            return None
        ed = self.editor
        record = EventRecord(
            self.mentee_id,
            self.when,
            self.outside.suggested_kind,
            what_happened=self.outside.text,
            note_id=getattr(ed, "note_id", None),
        )
        value = EventDialog.ask(self, record)
        if value is None:
            return None
        try:
            eid = boundary_events.save_event(ed.vault, event=value)
        except ValidationError as exc:
            messages.warn(self, tr("Not saved"), error_text(exc))
            return None
        self.logged.add(self._key())
        self.text.setText(tr("Logged. You can see it on the Agreements page."))
        self.log_button.hide()
        ed.signals.apply(changes.AGREEMENTS)
        return eid

    def clear(self) -> None:
        self.outside = None
        self.mentee_id = None
        self.when = None
        self.text.clear()
        self.log_button.show()
        self.hide()
