"""The Agreements page: each mentee's boundary agreement (versions, what changed, dates
each of you agreed, printing), boundary events with their pattern and reflection
prompts, and the crisis card."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.services import (
    agreements,
    boundary_events,
    changes,
    crisis_cards,
    directory,
    seed_text,
)
from peerdesk.core.services.agreements import AgreementRecord, AgreementSummary
from peerdesk.core.services.boundary_events import EventRecord, event_label
from peerdesk.core.services.changes import Changes
from peerdesk.core.services.crisis_cards import CrisisCardRecord
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import AgreementStatus
from peerdesk.i18n import core_label, core_text, date_text, error_text, tr
from peerdesk.ui import theme
from peerdesk.ui.agreements.chart import EventsChart
from peerdesk.ui.agreements.dialogs import AgreementEditor, EventDialog, lines_of
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.widgets import files, messages
from peerdesk.ui.widgets.dates import optional_date, optional_date_edit, set_optional_date
from peerdesk.ui.widgets.mentee_combo import MenteeCombo
from peerdesk.ui.widgets.page import page_layout, reload_when_shown

ID_ROLE = Qt.ItemDataRole.UserRole
DIFF_TOKENS = {"replace": "reworded", "delete": "removed", "insert": "inserted"}  # theme tokens


def _when(d: date | None) -> str:
    return date_text(d, "%-d %b %Y") if d else tr("not yet")


def _version_label(row: AgreementSummary) -> str:
    """A version's name, "Version 2 (active, from 4 Dec 2026)", in the mentor's language (core's label is
    the English of the CLI, with a leading zero on the day)."""
    status = core_label(row.status)
    if row.effective_on:
        return tr("Version {version} ({status}, from {day})").format(
            version=row.version, status=status, day=_when(row.effective_on)
        )
    return tr("Version {version} ({status})").format(version=row.version, status=status)


class AgreementsPage(QWidget):
    def __init__(
        self,
        vault: Vault,
        signals: AppSignals,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        self.fixed_today = today
        self.current: AgreementRecord | None = None
        layout = page_layout(
            self,
            tr("Agreements"),
            tr(
                "What you and each mentee agreed about contact, places and limits, how it has "
                "changed, and the moments that touched a boundary. A clear agreement protects you both."
            ),
        )
        top = QHBoxLayout()
        self.mentee = MenteeCombo(tr("Whose agreement"))
        self.new_button = QPushButton(tr("New version…"))
        self.print_button = QPushButton(tr("To sign (PDF)…"))
        self.copy_button = QPushButton(tr("Their copy (PDF)…"))
        top.addWidget(QLabel(tr("Mentee")))
        top.addWidget(self.mentee)
        top.addWidget(self.new_button)
        top.addStretch()
        top.addWidget(self.print_button)
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_agreement_tab()
        self._build_diff_tab()
        self._build_events_tab()
        self._build_card_tab()

        self.mentee.currentIndexChanged.connect(lambda _i: self.show_mentee())
        self.versions.currentItemChanged.connect(lambda item, _p: self._version_chosen(item))
        self.new_button.clicked.connect(self.new_version)
        self.edit_button.clicked.connect(self.edit_draft)
        self.activate_button.clicked.connect(self.activate)
        self.delete_button.clicked.connect(self.delete_draft)
        self.ack_button.clicked.connect(self.save_acknowledgements)
        self.print_button.clicked.connect(lambda: self.save_pdf(for_mentee=False))
        self.copy_button.clicked.connect(lambda: self.save_pdf(for_mentee=True))
        self.older.currentIndexChanged.connect(lambda _i: self.show_difference())
        self.newer.currentIndexChanged.connect(lambda _i: self.show_difference())
        self.log_button.clicked.connect(lambda: self.log_event())
        self.events.itemActivated.connect(self._edit_event)
        self.delete_event_button.clicked.connect(self.delete_event)
        self.delete_event_button.setEnabled(False)  # until an event is chosen: it did nothing
        self.events.currentItemChanged.connect(
            lambda item, _old: self.delete_event_button.setEnabled(item is not None)
        )
        self.card_save.clicked.connect(self.save_card)
        self.card_pdf.clicked.connect(self.save_card_pdf)
        self.service_search.textChanged.connect(lambda _t: self._fill_services())
        reload_when_shown(self, (signals.vault_unlocked, signals.mentees_changed), self.reload)
        signals.vault_locked.connect(self.clear)
        signals.settings_changed.connect(self._setting_changed)
        self.clear()

    # -- building -------------------------------------------------------------------------------
    def _build_agreement_tab(self) -> None:
        page = QWidget()
        row = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("Versions")))
        self.versions = QListWidget(wordWrap=True)
        self.versions.setAccessibleName(tr("Versions of the agreement"))
        self.versions.setMaximumWidth(260)
        left.addWidget(self.versions, 1)
        row.addLayout(left)
        right = QVBoxLayout()
        self.status = QLabel(wordWrap=True, objectName="agreementStatus")
        right.addWidget(self.status)
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("The agreement"))
        right.addWidget(self.text, 1)
        acks = QHBoxLayout()
        self.ack_mentee = optional_date_edit(tr("not yet"))
        self.ack_mentor = optional_date_edit(tr("not yet"))
        self.ack_button = QPushButton(tr("Save dates"))
        acks.addWidget(QLabel(tr("They agreed on")))
        acks.addWidget(self.ack_mentee)
        acks.addWidget(QLabel(tr("I agreed on")))
        acks.addWidget(self.ack_mentor)
        acks.addWidget(self.ack_button)
        acks.addStretch()
        right.addLayout(acks)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(tr("Edit draft…"))
        self.activate_button = QPushButton(tr("We both agree: make it current"))
        self.delete_button = QPushButton(tr("Delete draft"))
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.activate_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        right.addLayout(buttons)
        row.addLayout(right, 1)
        self.tabs.addTab(page, tr("Agreement"))

    def _build_diff_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        pick = QHBoxLayout()
        self.older = QComboBox()
        self.newer = QComboBox()
        pick.addWidget(QLabel(tr("Compare")))
        pick.addWidget(self.older)
        pick.addWidget(QLabel("with"))
        pick.addWidget(self.newer)
        pick.addStretch()
        layout.addLayout(pick)
        self.diff = QTableWidget(0, 2)
        self.diff.setHorizontalHeaderLabels([tr("Before"), tr("After")])
        self.diff.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.diff.verticalHeader().setVisible(False)
        self.diff.setWordWrap(True)
        self.diff.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff.setAccessibleName(tr("What changed between versions"))
        layout.addWidget(self.diff, 1)
        self.diff_summary = QLabel(wordWrap=True)
        layout.addWidget(self.diff_summary)
        self.tabs.addTab(page, tr("What changed"))

    def _build_events_tab(self) -> None:
        page = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal, page)
        outer = QVBoxLayout(page)
        outer.addWidget(split)
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        self.signal = QLabel(wordWrap=True, objectName="gentleSignal")
        col.addWidget(self.signal)
        self.chart = EventsChart()
        col.addWidget(self.chart)
        self.events = QListWidget(wordWrap=True)
        self.events.setWordWrap(True)
        self.events.setAccessibleName(tr("Boundary events, newest first"))
        col.addWidget(self.events, 1)
        buttons = QHBoxLayout()
        self.log_button = QPushButton(tr("Log a boundary event…"))
        self.delete_event_button = QPushButton(tr("Delete"))
        buttons.addWidget(self.log_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_event_button)
        col.addLayout(buttons)
        split.addWidget(left)
        self.reflections = QTextBrowser()
        self.reflections.setAccessibleName(tr("Questions to reflect on"))
        split.addWidget(self.reflections)
        split.setSizes([560, 300])
        self.tabs.addTab(page, tr("Boundary events"))

    def _build_card_tab(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        self.signs = QPlainTextEdit()
        self.signs.setPlaceholderText(tr("In their words: what they notice when things get hard"))
        self.helps = QPlainTextEdit()
        self.helps.setPlaceholderText(tr("In their words: what helps"))
        self.people = QPlainTextEdit()
        self.people.setPlaceholderText(tr("One per line: name, relation, phone"))
        self.other_services = QPlainTextEdit()
        self.other_services.setPlaceholderText(tr("One per line, e.g. GP surgery 01632 960000"))
        for edit in (self.signs, self.helps, self.people, self.other_services):
            edit.setTabChangesFocus(True)
        self.service_search = QLineEdit(placeholderText=tr("Search the directory"))
        self.services = QListWidget(wordWrap=True)
        self.services.setAccessibleName(tr("Services and crisis lines from the directory"))
        grid.addWidget(QLabel(tr("Signs that things are getting hard")), 0, 0)
        grid.addWidget(self.signs, 1, 0)
        grid.addWidget(QLabel(tr("What helps")), 2, 0)
        grid.addWidget(self.helps, 3, 0)
        grid.addWidget(QLabel(tr("People to call")), 4, 0)
        grid.addWidget(self.people, 5, 0)
        grid.addWidget(QLabel(tr("Services and crisis lines (tick to add)")), 0, 1)
        box = QVBoxLayout()
        box.addWidget(self.service_search)
        box.addWidget(self.services, 1)
        holder = QWidget()
        holder.setLayout(box)
        box.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(holder, 1, 1, 3, 1)
        grid.addWidget(QLabel(tr("Other services, written by hand")), 4, 1)
        grid.addWidget(self.other_services, 5, 1)
        buttons = QHBoxLayout()
        self.card_saved = QLabel()
        self.card_save = QPushButton(tr("Save card"))
        self.card_pdf = QPushButton(tr("Print on one page (PDF)…"))
        buttons.addWidget(self.card_saved, 1)
        buttons.addWidget(self.card_save)
        buttons.addWidget(self.card_pdf)
        grid.addLayout(buttons, 6, 0, 1, 2)
        self.tabs.addTab(page, tr("Crisis card"))
        self.card_tab = page

    # -- data -------------------------------------------------------------------------------------
    def today(self) -> date:
        return self.fixed_today or date.today()

    def mentee_id(self) -> int | None:
        return self.mentee.mentee_id()

    def reload(self) -> None:
        if not self.vault.is_open:
            return
        self.mentee.fill(self.vault)
        self.show_mentee()

    def select_mentee(self, mentee_id: int) -> None:
        if self.mentee.count() == 0:
            self.reload()
        self.mentee.select(mentee_id)

    def show_crisis_card(self, mentee_id: int | None = None) -> None:
        if mentee_id is not None:
            self.select_mentee(mentee_id)
        if self.vault.is_open and self.mentee_id() is not None:
            self._show_card(self.mentee_id())  # the directory may have changed since
        self.tabs.setCurrentWidget(self.card_tab)
        self.signs.setFocus()

    def show_mentee(self, keep_version: int | None = None) -> None:
        who = self.mentee_id()
        has = who is not None and self.vault.is_open
        for w in (self.new_button, self.log_button, self.card_save, self.card_pdf):
            w.setEnabled(has)
        self.versions.blockSignals(True)
        self.versions.clear()
        self.versions.blockSignals(False)
        if not has:
            self._show_version(None)
            return
        rows = agreements.history(self.vault, mentee_id=who)
        chosen = None
        for r in rows:
            item = QListWidgetItem(_version_label(r))
            item.setData(ID_ROLE, r.id)
            if r.status == AgreementStatus.ACTIVE:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.versions.addItem(item)
            if r.id == keep_version or (
                keep_version is None and chosen is None and r.status == AgreementStatus.ACTIVE
            ):
                chosen = item
        if chosen is None and self.versions.count():
            chosen = self.versions.item(0)
        if chosen is not None:
            self.versions.setCurrentItem(chosen)
        else:
            self._show_version(None)
        for combo in (self.older, self.newer):
            combo.blockSignals(True)
            combo.clear()
            for r in rows:
                combo.addItem(_version_label(r), r.id)
            combo.blockSignals(False)
        if len(rows) >= 2:
            self.newer.setCurrentIndex(0)
            self.older.setCurrentIndex(1)
        self.show_difference()
        self._show_events(who)
        self._show_card(who)

    def _version_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self._show_version(None)
            return
        self._show_version(agreements.get_agreement(self.vault, agreement_id=item.data(ID_ROLE)))

    def _show_version(self, record: AgreementRecord | None) -> None:
        self.current = record
        draft = record is not None and record.status == AgreementStatus.DRAFT
        for w in (self.edit_button, self.activate_button, self.delete_button):
            w.setEnabled(draft)
        for w in (
            self.ack_button,
            self.ack_mentee,
            self.ack_mentor,
            self.print_button,
            self.copy_button,
        ):
            w.setEnabled(record is not None)
        if record is None:
            self.text.clear()
            set_optional_date(self.ack_mentee, None)
            set_optional_date(self.ack_mentor, None)
            self.status.setText(
                tr(
                    "No agreement yet. Start one with 'New version…': pick the programme's "
                    "template and make it yours together."
                )
                if self.mentee_id() is not None
                else ""
            )
            return
        words = {
            AgreementStatus.ACTIVE: tr("This is the current agreement."),
            AgreementStatus.DRAFT: tr(
                "A draft: talk it through, then make it current when you both agree."
            ),
            AgreementStatus.SUPERSEDED: tr("An earlier version, kept as history."),
        }[record.status]
        review = ""
        if record.review_on:
            due = record.review_on <= self.today()
            review = (
                tr(" Review was due on {day}.") if due else tr(" Review planned on {day}.")
            ).format(day=_when(record.review_on))
        self.status.setText(
            tr("Version {version}. {words}{review}").format(
                version=record.version, words=words, review=review
            )
        )
        self.text.setHtml(_agreement_html(record))
        set_optional_date(self.ack_mentee, record.acknowledged_by_mentee_on)
        set_optional_date(self.ack_mentor, record.acknowledged_by_mentor_on)

    def show_difference(self) -> None:
        self.diff.setRowCount(0)
        self.diff_summary.clear()
        a, b = self.older.currentData(), self.newer.currentData()
        if a is None or b is None or not self.vault.is_open:
            self.diff_summary.setText(tr("Once there are two versions, what changed shows here."))
            return
        old = agreements.get_agreement(self.vault, agreement_id=a)
        new = agreements.get_agreement(self.vault, agreement_id=b)
        rows = agreements.difference(old, new)
        self.diff.setRowCount(len(rows))
        changed = 0
        for i, r in enumerate(rows):
            for col, text in enumerate((r.left, r.right)):
                cell = QTableWidgetItem(text)
                token = DIFF_TOKENS.get(r.tag)
                if token and text:
                    cell.setBackground(QColor(getattr(theme.colours(), token)))
                    cell.setForeground(QColor(theme.colours().text))
                self.diff.setItem(i, col, cell)
            changed += r.tag != "equal"
        self.diff.resizeRowsToContents()
        first = next((i for i, r in enumerate(rows) if r.tag != "equal"), None)
        if first is not None:  # open at the first change, with a little context above
            self.diff.scrollToItem(
                self.diff.item(max(0, first - 3), 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        self.diff_summary.setText(
            tr(
                "%n line(s) changed. Yellow: reworded; red: taken out; green: added.",
                None,
                changed,
            )
            if changed
            else tr("These two versions say the same.")
        )

    def _show_events(self, who: int) -> None:
        self.events.clear()
        for e in boundary_events.list_events(self.vault, mentee_id=who):
            lines = [
                date_text(e.occurred_at, "%-d %b %Y %H:%M")
                + f" · {core_label(event_label(e.kind))}"
            ]
            if e.what_happened:
                lines.append(e.what_happened)
            if e.what_i_did:
                lines.append(tr("What I did: {what_i_did}").format(what_i_did=e.what_i_did))
            if e.discussed_in_supervision:
                lines.append(tr("Talked through in supervision."))
            item = QListWidgetItem("\n".join(lines))
            item.setData(ID_ROLE, e.id)
            self.events.addItem(item)
        self.chart.set_months(
            boundary_events.monthly_pattern(self.vault, mentee_id=who, today=self.today(), months=6)
        )
        found = [
            c
            for c in boundary_events.clusters(self.vault, today=self.today())
            if c.mentee_id == who
        ]
        self.signal.setText(" ".join(c.text for c in found))
        self.signal.setVisible(bool(found))
        html = [
            tr(
                "<h3>Questions for you</h3><p>For your own thinking, or to bring to supervision.</p>"
            )
        ]
        for topic in agreements.reflections():
            html.append(f"<h4>{_esc(topic.title)}</h4><ul>")
            html.extend(f"<li>{_esc(p)}</li>" for p in topic.prompts)
            html.append("</ul>")
        self.reflections.setHtml("".join(html))

    def _show_card(self, who: int) -> None:
        card = crisis_cards.get_crisis_card(self.vault, mentee_id=who)
        self.card_record = card
        self.signs.setPlainText(card.warning_signs)
        self.helps.setPlainText(card.what_helps)
        self.people.setPlainText(
            "\n".join(
                ", ".join(x for x in (p.get("name", ""), p.get("relation", ""), p.get("phone", "")))
                for p in card.people
            )
        )
        self.other_services.setPlainText("\n".join(card.other_services))
        self.chosen_services = list(card.service_ids)
        self.card_saved.setText(
            tr("Last updated {v0}.").format(v0=_when(card.updated_at.date()))
            if card.updated_at
            else ""
        )
        self._fill_services()

    def _fill_services(self) -> None:
        self.services.blockSignals(True)
        for i in range(self.services.count()):
            item = self.services.item(i)
            sid = item.data(ID_ROLE)
            if item.checkState() == Qt.CheckState.Checked and sid not in self.chosen_services:
                self.chosen_services.append(sid)
            elif item.checkState() == Qt.CheckState.Unchecked and sid in self.chosen_services:
                self.chosen_services.remove(sid)
        self.services.clear()
        if self.vault.is_open and self.mentee_id() is not None:
            query = self.service_search.text().strip()
            found = directory.search_services(
                self.vault,
                query=query,
                need=None if query else "crisis",
                today=self.today(),
                limit=60,
            )
            chosen = [s for s in found if s.id in self.chosen_services]
            shown = {s.id for s in found}
            for sid in self.chosen_services:
                if sid not in shown:
                    try:
                        svc = directory.get_service(self.vault, service_id=sid)
                    except PeerdeskError:
                        continue
                    self._add_service_item(sid, svc.name, "", True)
            for s in chosen + [s for s in found if s.id not in self.chosen_services]:
                country = directory.country_name(s.region)
                self._add_service_item(
                    s.id,
                    s.name + (f" ({country})" if country else ""),
                    ", ".join(core_text(p) for p in seed_text.localise_summary(s).phones[:2]),
                    s.id in self.chosen_services,
                )
        self.services.blockSignals(False)

    def _add_service_item(self, sid: str, name: str, phones: str, checked: bool) -> None:
        item = QListWidgetItem(name + (f"  ·  {phones}" if phones else ""))
        item.setData(ID_ROLE, sid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.services.addItem(item)

    def clear(self) -> None:
        """On lock: nothing of anyone's agreement, events or crisis card stays on screen."""
        self.current = None
        self.mentee.blockSignals(True)
        self.mentee.clear()
        self.mentee.blockSignals(False)
        for lst in (self.versions, self.events, self.services):
            lst.blockSignals(True)
            lst.clear()
            lst.blockSignals(False)
        for combo in (self.older, self.newer):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.diff.setRowCount(0)
        for w in (
            self.text,
            self.reflections,
            self.signs,
            self.helps,
            self.people,
            self.other_services,
        ):
            w.clear()
        for label in (self.status, self.diff_summary, self.signal, self.card_saved):
            label.clear()
        self.service_search.blockSignals(True)
        self.service_search.clear()
        self.service_search.blockSignals(False)
        self.chosen_services: list[str] = []
        set_optional_date(self.ack_mentee, None)
        set_optional_date(self.ack_mentor, None)
        self.chart.set_months([])
        for w in (
            self.new_button,
            self.print_button,
            self.copy_button,
            self.edit_button,
            self.activate_button,
            self.delete_button,
            self.ack_button,
            self.log_button,
            self.card_save,
            self.card_pdf,
        ):
            w.setEnabled(False)

    def _setting_changed(self, name: str) -> None:
        if name == "privacy_mode":
            self.reload()

    def _changed(self, done: Changes, keep_version: int | None = None) -> None:
        self.show_mentee(keep_version=keep_version)
        self.signals.apply(done)

    # -- actions ------------------------------------------------------------------------------------
    def new_version(self) -> None:
        who = self.mentee_id()
        if who is None:
            return
        existing = [
            r
            for r in agreements.history(self.vault, mentee_id=who)
            if r.status == AgreementStatus.DRAFT
        ]
        if existing:
            self._changed(changes.NOTHING, existing[0].id)
            self.edit_draft()
            return
        draft = agreements.new_version(self.vault, mentee_id=who)
        if not agreements.history(self.vault, mentee_id=who):
            draft.template = ""
        record = AgreementEditor.ask(self, draft)
        if record is None:
            return
        try:
            aid = agreements.save_agreement(self.vault, record=record)
        except ValidationError as exc:
            messages.warn(self, tr("Agreement not saved"), error_text(exc))
            return
        self._changed(changes.AGREEMENTS, aid)

    def edit_draft(self) -> None:
        if self.current is None or self.current.status != AgreementStatus.DRAFT:
            return
        record = AgreementEditor.ask(self, self.current)
        if record is None:
            return
        try:
            aid = agreements.save_agreement(self.vault, record=record)
        except ValidationError as exc:
            messages.warn(self, tr("Agreement not saved"), error_text(exc))
            return
        self._changed(changes.AGREEMENTS, aid)

    def activate(self) -> None:
        if self.current is None or self.current.id is None:
            return
        try:
            done = agreements.activate(self.vault, agreement_id=self.current.id, today=self.today())
        except ValidationError as exc:
            messages.warn(self, tr("Not made current"), error_text(exc))
            return
        self._changed(done, self.current.id)
        self.versions.setFocus()  # the button is now disabled: keep the keyboard on this page

    def delete_draft(self) -> None:
        if self.current is None or self.current.id is None:
            return
        if not messages.confirm(
            self, tr("Delete this draft?"), tr("The draft will be gone. Agreed versions stay.")
        ):
            return
        self._changed(agreements.delete_draft(self.vault, agreement_id=self.current.id))
        self.versions.setFocus()

    def save_acknowledgements(self) -> None:
        if self.current is None or self.current.id is None:
            return
        try:
            done = agreements.acknowledge(
                self.vault,
                agreement_id=self.current.id,
                mentee_on=optional_date(self.ack_mentee),
                mentor_on=optional_date(self.ack_mentor),
                today=self.today(),
            )
        except ValidationError as exc:
            messages.warn(self, tr("Dates not saved"), error_text(exc))
            return
        self._changed(done, self.current.id)

    def save_pdf(self, *, for_mentee: bool) -> None:
        if self.current is None or self.current.id is None:
            return
        name = "our-agreement-copy.pdf" if for_mentee else "our-agreement-to-sign.pdf"
        out = files.ask_save_path(self, tr("Save the agreement as PDF"), name, tr("PDF (*.pdf)"))
        if out is None or not self.vault.is_open:
            return
        from peerdesk.core.services.documents import agreement_document

        doc = agreement_document(
            self.vault, agreement_id=self.current.id, for_mentee=for_mentee, today=self.today()
        )
        self._write(doc, out, one_page=False)

    def _write(self, doc, out, *, one_page: bool) -> bool:
        from peerdesk.core.services.documents import write_document
        from peerdesk.render.pdf import pdf_bytes

        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        try:
            write_document(doc, out=out, pdf=lambda d: pdf_bytes(d, one_page=one_page))
        except (PeerdeskError, OSError):
            messages.warn(
                self,
                tr("PDF not saved"),
                tr("The PDF could not be written there. Try another folder."),
            )
            return False
        messages.inform(
            self,
            tr("PDF saved"),
            tr(
                "Saved as {name}. You can print it from any computer, even without a printer here."
            ).format(name=out.name),
        )
        return True

    def log_event(self, record: EventRecord | None = None) -> int | None:
        who = self.mentee_id()
        if who is None and record is None:
            return None
        record = record or EventRecord(who, datetime.now().replace(second=0, microsecond=0))
        value = EventDialog.ask(self, record)
        if value is None:
            return None
        try:
            eid = boundary_events.save_event(self.vault, event=value)
        except ValidationError as exc:
            messages.warn(self, tr("Not saved"), error_text(exc))
            return None
        self._changed(changes.AGREEMENTS, self.current.id if self.current else None)
        return eid

    def _edit_event(self, item: QListWidgetItem) -> None:
        who = self.mentee_id()
        found = [
            e
            for e in boundary_events.list_events(self.vault, mentee_id=who)
            if e.id == item.data(ID_ROLE)
        ]
        if found:
            self.log_event(found[0])

    def delete_event(self) -> None:
        item = self.events.currentItem()
        if item is None:
            return
        if not messages.confirm(
            self, tr("Delete this boundary event?"), tr("It will be gone from the pattern too.")
        ):
            return
        done = boundary_events.delete_event(self.vault, event_id=item.data(ID_ROLE))
        self._changed(done, self.current.id if self.current else None)

    def card_value(self) -> CrisisCardRecord:
        self._fill_services()  # folds the ticks into chosen_services
        people = []
        for line in lines_of(self.people):
            parts = [p.strip() for p in line.split(",")]
            name = parts[0]
            phone = parts[-1] if len(parts) >= 2 else ""
            relation = ", ".join(parts[1:-1]) if len(parts) >= 3 else ""
            people.append({"name": name, "relation": relation, "phone": phone})
        return CrisisCardRecord(
            mentee_id=self.mentee_id() or 0,
            warning_signs=self.signs.toPlainText().strip(),
            what_helps=self.helps.toPlainText().strip(),
            people=people,
            service_ids=list(self.chosen_services),
            other_services=lines_of(self.other_services),
        )

    def save_card(self) -> bool:
        if self.mentee_id() is None:
            return False
        try:
            crisis_cards.save_crisis_card(self.vault, card=self.card_value())
        except ValidationError as exc:
            messages.warn(self, tr("Card not saved"), error_text(exc))
            return False
        self._show_card(self.mentee_id())
        self.card_saved.setText(tr("Saved. Read it through together."))
        self.signals.apply(changes.AGREEMENTS)
        return True

    def save_card_pdf(self) -> None:
        who = self.mentee_id()
        if who is None or not self.save_card():
            return
        out = files.ask_save_path(
            self, tr("Save the crisis card as PDF"), "crisis-card.pdf", tr("PDF (*.pdf)")
        )
        if out is None or not self.vault.is_open:
            return
        from peerdesk.core.services.documents import crisis_card_document

        self._write(
            crisis_card_document(self.vault, mentee_id=who, today=self.today()), out, one_page=True
        )


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")


def _agreement_html(record: AgreementRecord) -> str:
    html = []
    for heading, lines in agreements.sections(record):
        html.append(f"<h4 style='margin-bottom:2px'>{_esc(heading)}</h4>")
        items = [line[4:] for line in lines if line.startswith("  - ")]
        if items:
            html.append(
                "<ul style='margin-top:0'>"
                + "".join(f"<li>{_esc(i)}</li>" for i in items)
                + "</ul>"
            )
        else:
            html.extend(f"<p style='margin-top:0'>{_esc(line.strip())}</p>" for line in lines)
    if record.review_on:
        html.append(
            tr("<p><i>We will look at this again on {v0}.</i></p>").format(
                v0=_when(record.review_on)
            )
        )
    return "".join(html)
