"""The Directory page (search by need, name or number; open now; favourites; a service card
with "mark verified today"; add/edit; HSDS import and export), and the ReferralsPanel that
shows one mentee's referrals with their status changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.services import changes, directory, directory_import, referrals, seed_text
from peerdesk.core.services.changes import Changes
from peerdesk.core.services.directory import ServiceRecord, ServiceSummary
from peerdesk.core.services.directory_index import need_label
from peerdesk.core.services.referrals import STATUS_LABELS, ReferralRecord
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import ReferralStatus
from peerdesk.i18n import QT_TR_NOOP, core_label, core_text, date_text, error_text, tr
from peerdesk.ui.compat import emitter
from peerdesk.ui.directory.dialogs import (
    ImportPreviewDialog,
    ReferDialog,
    ServiceDialog,
)
from peerdesk.ui.ops import QueryOp
from peerdesk.ui.signals import AppSignals
from peerdesk.ui.theme import attention_colour
from peerdesk.ui.widgets import files, messages
from peerdesk.ui.widgets.dates import pydate, qdate
from peerdesk.ui.widgets.flow import FlowLayout
from peerdesk.ui.widgets.hinted import HintedLineEdit
from peerdesk.ui.widgets.page import page_layout, reload_when_shown
from peerdesk.ui.widgets.tables import RowsTableModel, select_id, selected_id

_Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 200  # typing pauses this long before the search runs
SEARCH_LIMIT = directory.PAGE_SIZE  # rows per page; "Show more" reads the next page


def need_name(code_or_name: str) -> str:
    """A need's name in the mentor's language."""
    return need_label(code_or_name)[0]


def _verified(row: ServiceSummary) -> str:
    if row.assured_date is None:
        return "⚠ " + tr("never checked")
    text = date_text(row.assured_date, "%-d %b %Y")
    return f"⚠ {text}" if row.stale else text


def _first_phone(row: ServiceSummary) -> str:
    """The row's first phone label; a seeded line's in the mentor's language."""
    return core_text(seed_text.localise_summary(row).phones[0]) if row.phones else ""


def _open(row: ServiceSummary) -> str:
    return {True: tr("Open now"), False: tr("Closed"), None: ""}[row.open_now]


class ServicesTableModel(RowsTableModel):
    """Rows from directory.search_services; a stale 'Checked' date stands out."""

    COLUMNS: ClassVar[tuple[tuple[str, Callable[[ServiceSummary], str]], ...]] = (
        (QT_TR_NOOP("Service"), lambda r: ("★ " if r.favourite else "") + r.name),
        (QT_TR_NOOP("Helps with"), lambda r: ", ".join(need_name(c) for c in r.needs)),
        (QT_TR_NOOP("Phone"), lambda r: _first_phone(r)),
        (QT_TR_NOOP("Now"), _open),
        (
            QT_TR_NOOP("Where"),
            lambda r: ", ".join(p for p in (r.city, tr(directory.country_name(r.region))) if p),
        ),
        (QT_TR_NOOP("Checked"), _verified),
    )
    VERIFIED = len(COLUMNS) - 1

    def summary(self, row: int) -> ServiceSummary:
        return self.row_at(row)

    def extra_data(self, record: ServiceSummary, column: int, role: int) -> Any:
        if column != self.VERIFIED or not record.stale:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return attention_colour()
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Not checked for a while: call or look them up before you refer someone.")
        return None


class ServiceCard(QFrame):
    """Everything a mentor needs to refer someone: how to reach them, when, where, and
    whether the details were checked recently."""

    def __init__(self) -> None:
        super().__init__(objectName="detailPanel")
        self.setMinimumWidth(300)
        self.title = QLabel(objectName="detailName", wordWrap=True)
        self.organisation = QLabel(objectName="hint", wordWrap=True)
        for plain in (self.title, self.organisation):  # imported text shown as text
            plain.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QLabel(wordWrap=True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.verified = QLabel(wordWrap=True)
        self.verified.setTextFormat(Qt.TextFormat.RichText)
        self.placeholder = QLabel(
            tr(
                "Choose a service to see how to reach them, when they are open, and when the "
                "details were last checked."
            ),
            objectName="hint",
            wordWrap=True,
        )
        self.favourite_button = QPushButton("☆ " + tr("Favourite"))
        self.favourite_button.setCheckable(True)
        self.verify_button = QPushButton(tr("Mark as verified today"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.refer_button = QPushButton(tr("Refer a mentee…"))
        buttons = QHBoxLayout()
        for b in (self.favourite_button, self.verify_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons2 = QHBoxLayout()
        for b in (self.edit_button, self.refer_button):
            buttons2.addWidget(b)
        buttons2.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(6)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.title)
        layout.addWidget(self.organisation)
        layout.addWidget(self.body)
        layout.addWidget(self.verified)
        layout.addLayout(buttons)
        layout.addLayout(buttons2)
        layout.addStretch()
        self.record: ServiceRecord | None = None
        self.clear()

    def show_record(
        self, r: ServiceRecord, *, today: date, stale: bool, open_now: bool | None
    ) -> None:
        import html

        self.record = r  # as stored (the edit form shows this); below, as the mentor reads it
        r = seed_text.localise(r)
        self.placeholder.hide()
        self.title.setText(r.name)
        self.organisation.setText(r.organization_name)
        parts: list[str] = []
        if r.status != "active":
            parts.append(
                f"<p><b>{html.escape(tr('Status: {status}').format(status=tr(r.status.capitalize())))}</b></p>"
            )
        if r.description:
            parts.append(f"<p>{html.escape(r.description)}</p>")
        if r.phones:
            lines = []
            for p in r.phones:
                kind = {"text": tr("Text"), "textphone": tr("TTY"), "fax": tr("Fax")}.get(
                    p.type, tr("Call")
                )
                extra = f" — {html.escape(p.description)}" if p.description else ""
                lines.append(f"{kind} <b>{html.escape(p.number)}</b>{extra}")
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        if r.hours:
            now = {True: tr(" (open now)"), False: tr(" (closed now)"), None: ""}[open_now]
            hours = "<br>".join(html.escape(core_text(directory.hours_text(h))) for h in r.hours)
            parts.append(f"<p><b>{tr('Hours')}</b>{now}<br>{hours}</p>")
        for a in r.addresses:
            line = ", ".join(x for x in (a.address_1, a.address_2, a.city, a.postal_code) if x)
            how = f"<br><i>{html.escape(a.transportation)}</i>" if a.transportation else ""
            parts.append(f"<p><b>{tr('Where')}</b><br>{html.escape(line)}{how}</p>")
        if r.needs:
            parts.append(
                f"<p><b>{tr('Helps with')}</b> "
                + html.escape(", ".join(need_name(c) for c in r.needs))
                + "</p>"
            )
        if r.eligibility_description:
            parts.append(
                f"<p><b>{tr('Who it is for')}</b> {html.escape(r.eligibility_description)}</p>"
            )
        if r.url:
            parts.append(f"<p>{html.escape(r.url)}</p>")
        if r.notes:
            parts.append(f"<p><b>{tr('My notes')}</b> {html.escape(r.notes)}</p>")
        self.body.setText("".join(parts))
        if r.assured_date is None:
            checked = "⚠ " + tr("Not checked yet. Call or look them up before you refer someone.")
        else:
            checked = tr("Checked on {day}").format(day=date_text(r.assured_date, "%-d %b %Y"))
            if stale:
                checked = "⚠ " + checked + tr(": a while ago, worth checking again.")
        if r.source:
            source = tr("Source: {source}").format(source=html.escape(r.source))
            checked += f"<br><span style='font-size:9pt'>{source}</span>"
        self.verified.setText(checked)
        self.favourite_button.setChecked(r.favourite)
        self.favourite_button.setText(("★ " if r.favourite else "☆ ") + tr("Favourite"))
        for w in (self.title, self.organisation, self.body, self.verified):
            w.show()
        for b in (self.favourite_button, self.verify_button, self.edit_button, self.refer_button):
            b.show()

    def clear(self) -> None:
        self.record = None
        for w in (self.title, self.organisation, self.body, self.verified):
            w.clear()
            w.hide()
        for b in (self.favourite_button, self.verify_button, self.edit_button, self.refer_button):
            b.hide()
        self.placeholder.show()


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the dialog on the GUI thread."""

    progressed = Signal(int, int)


def ask_import_path(parent: QWidget | None) -> Path | None:
    """Choose an HSDS file (JSON, zip or datapackage.json); None when cancelled."""
    name, _f = QFileDialog.getOpenFileName(
        parent,
        tr("Import a directory (Open Referral HSDS)"),
        "",
        tr("HSDS files (*.json *.zip);;All files (*)"),
    )
    return Path(name) if name else None


class DirectoryPage(QWidget):
    """Standalone page: construct with (vault, signals); call ``reload`` and ``clear``."""

    _sized = False  # columns fitted to the first rows shown since the last clear

    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        self.clock: Callable[[], datetime] = datetime.now  # tests set a fake clock
        layout = page_layout(
            self,
            tr("Directory"),
            tr(
                "Services and help lines you refer people to, with when they are open and when "
                "you last checked them."
            ),
        )
        self.search = HintedLineEdit(
            placeholderText=tr("Search by name, what they offer, or a number")
        )
        self.search.setAccessibleName(tr("Search the directory"))
        self.search.setClearButtonEnabled(True)
        self.need = QComboBox()
        self.need.addItem(tr("Any need"), "")
        for need in directory.needs():
            self.need.addItem(need_name(need.code), need.code)
        self.open_now = QCheckBox(tr("Open now"))
        self.favourites = QCheckBox(tr("Favourites"))
        self.add_button = QPushButton(tr("Add service…"))
        self.import_button = QPushButton(tr("Import…"))
        self.export_button = QPushButton(tr("Export…"))
        tools = FlowLayout()  # wraps at a large text size rather than cutting words
        tools.addWidget(self.search, 1)
        tools.addWidget(self.need)
        tools.addWidget(self.open_now)
        tools.addWidget(self.favourites)
        for b in (self.add_button, self.import_button, self.export_button):
            tools.addWidget(b)
        layout.addLayout(tools)

        self.model = ServicesTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Services"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.empty = QLabel(objectName="emptyState", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = ServiceCard()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty)
        self.more_button = QPushButton(tr("Show more"))
        self.more_button.setAccessibleName(tr("Show more services"))
        self.more_button.hide()
        self.more_button.clicked.connect(self.show_more)
        left_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.card.setMaximumWidth(460)
        layout.addWidget(splitter, 1)
        self.progress: QProgressDialog | None = None
        # Searches run on a worker, one at a time; typing waits for a pause, and a change
        # made while one runs starts one more when it is done (the newest filters win).
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._searching = False
        self._again = False
        self._generation = 0  # bumped by clear(): a result from before a lock is dropped
        self._want: str | None = None  # select this service when the rows arrive
        self._stale = False  # the filters or the directory changed while the page was hidden

        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.need.currentIndexChanged.connect(lambda _i: self.reload())
        self.open_now.toggled.connect(lambda _on: self.reload())
        self.favourites.toggled.connect(lambda _on: self.reload())
        self.add_button.clicked.connect(self.add_service)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.card.favourite_button.clicked.connect(self.toggle_favourite)
        self.card.verify_button.clicked.connect(self.mark_verified)
        self.card.edit_button.clicked.connect(self.edit_selected)
        self.card.refer_button.clicked.connect(self.refer_selected)
        reload_when_shown(self, signals.vault_unlocked, self.reload)
        signals.vault_locked.connect(self.clear)
        signals.settings_changed.connect(self._setting_changed)
        self.clear()

    # -- data in and out ----------------------------------------------------------------
    def reload(self) -> None:
        """Search again with the filters as they are now, off the GUI thread."""
        self._search(0)

    def show_more(self) -> None:
        """The next page of the same search, added below the rows shown."""
        self._search(self.model.rowCount())

    def _search(self, offset: int) -> None:
        """Run the search for one page, from ``offset``; the GUI thread only starts it
        and shows its rows (the worker does every database read)."""
        self._search_timer.stop()
        if not self.vault.is_open:
            return
        if not self.isVisible():
            self._stale = True  # searched when the page is shown
            return
        self._stale = False
        if self._searching:
            self._again = True
            return
        now = self.clock()
        vault = self.vault
        query = self.search.text()
        need = self.need.currentData() or None
        open_at = now if self.open_now.isChecked() else None
        favourites_only = self.favourites.isChecked()
        generation = self._generation
        self._searching = True
        QueryOp(
            parent=self,
            job=lambda: directory.search_services(
                vault,
                query=query,
                need=need,
                open_at=open_at,
                favourites_only=favourites_only,
                today=now.date(),
                now=now,
                limit=SEARCH_LIMIT,
                offset=offset,
            ),
        ).quietly().success(lambda rows: self._searched(generation, rows, offset)).failure(
            lambda exc: self._search_failed(generation, exc)
        ).run()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def searching(self) -> bool:
        """A search is waiting for a pause in typing, running, or due to run again."""
        return self._search_timer.isActive() or self._searching or self._again

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        self._searching = False
        self._again = False
        if generation == self._generation and self.vault.is_open:
            self._failed(exc)

    def _searched(self, generation: int, rows: list[ServiceSummary], offset: int = 0) -> None:
        self._searching = False
        if generation != self._generation or not self.vault.is_open:
            return  # cleared (locked) while it ran
        if self._again:
            self._again = False
            self.reload()
            return
        keep = self._want or self.selected_id()
        self._want = None
        if offset:
            shown = [self.model.row_at(i) for i in range(min(offset, self.model.rowCount()))]
            rows = shown + [r for r in rows if r.id not in {x.id for x in shown}]
        self.more_button.setVisible(len(rows) - offset >= SEARCH_LIMIT)
        self.model.set_rows(rows)
        if not self._sized and rows:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, min(self.table.columnWidth(0), 250))
            self.table.setColumnWidth(1, min(self.table.columnWidth(1), 160))
            self.table.setColumnWidth(2, min(self.table.columnWidth(2), 130))
            self.table.setColumnWidth(4, min(self.table.columnWidth(4), 130))
            self._sized = True
        if keep is not None:
            self.select(keep)
        self._update_empty()
        self._update_buttons()

    def clear(self) -> None:
        """Forget everything shown (on lock): rows, search text, filters, the card."""
        self._generation += 1
        self._search_timer.stop()
        self._again = False
        self._want = None
        widgets = (self.search, self.need, self.open_now, self.favourites)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.need.setCurrentIndex(0)
        self.open_now.setChecked(False)
        self.favourites.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self.model.clear()
        self.card.clear()
        self.empty.hide()
        self.more_button.hide()
        self._sized = False
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self._update_buttons()

    def _setting_changed(self, name: str) -> None:
        if name in ("region", "directory_stale_months"):
            self.reload()

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.empty.hide()
            self.table.show()
            return
        filtered = bool(
            self.search.text()
            or self.need.currentData()
            or self.open_now.isChecked()
            or self.favourites.isChecked()
        )
        self.table.setVisible(filtered)
        self.empty.setText(
            tr("Nothing matches. Try fewer words, another need, or untick “Open now”.")
            if filtered
            else tr(
                "The directory is empty. Add the services you refer people to with "
                "“Add service…”, or import a directory your programme shares (Open Referral)."
            )
        )
        self.empty.show()

    def _update_buttons(self) -> None:
        on = self.vault.is_open
        for b in (self.add_button, self.import_button, self.export_button):
            b.setEnabled(on)

    # -- selection ------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        return selected_id(self.table)

    def select(self, service_id: str) -> None:
        """Select this service now, or when the search under way brings it."""
        if self.searching() or self.model.row_of(service_id) < 0:
            self._want = service_id
        select_id(self.table, service_id)

    def _selection_changed(self) -> None:
        service_id = self.selected_id()
        if service_id is None or not self.vault.is_open:
            self.card.clear()
            return
        summary = self.model.summary(self.model.row_of(service_id))
        record = directory.get_service(self.vault, service_id=service_id)
        self.card.show_record(
            record, today=self.clock().date(), stale=summary.stale, open_now=summary.open_now
        )

    # -- actions --------------------------------------------------------------------------
    def toggle_favourite(self) -> None:
        service_id = self.selected_id()
        if service_id is None or self.card.record is None:
            return
        done = directory.set_favourite(
            self.vault, service_id=service_id, favourite=not self.card.record.favourite
        )
        self._changed(done, service_id)

    def mark_verified(self) -> None:
        service_id = self.selected_id()
        if service_id is None:
            return
        directory.mark_verified(self.vault, service_id=service_id, today=self.clock().date())
        self._changed(changes.DIRECTORY, service_id)

    def add_service(self) -> None:
        self._save_via_dialog(None)

    def edit_selected(self) -> None:
        service_id = self.selected_id()
        if service_id is None:
            return
        self._save_via_dialog(directory.get_service(self.vault, service_id=service_id))

    def _save_via_dialog(self, record: ServiceRecord | None) -> None:
        service_id = messages.ask_until_saved(
            self,
            lambda current: ServiceDialog.ask(self, current),
            lambda answer: directory.save_service(self.vault, record=answer),
            first=record,
            still_open=lambda: self.vault.is_open,
        )
        if service_id is not None:
            self._changed(changes.DIRECTORY, service_id)

    def refer_selected(self) -> None:
        service_id = self.selected_id()
        if service_id is None:
            return
        referral_id = ReferDialog.ask(self, self.vault, service_id=service_id)
        if referral_id is not None:
            self.signals.apply(changes.REFERRALS)

    def _changed(self, done: Changes, service_id: str) -> None:
        self.reload()
        self.select(service_id)
        self.signals.apply(done)

    # -- import and export ------------------------------------------------------------------
    def _progress_dialog(self, label: str) -> _ProgressRelay:
        self.progress = QProgressDialog(label, "", 0, 100, self)
        self.progress.setWindowTitle(tr("Directory"))
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        relay = _ProgressRelay(self)
        dialog = self.progress

        def update(done: int, total: int) -> None:
            if dialog is self.progress and total:
                dialog.setValue(int(100 * done / total))

        relay.progressed.connect(update, Qt.ConnectionType.QueuedConnection)
        return relay

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def import_file(self, path: Path | None = None) -> None:
        path = path or ask_import_path(self)
        if path is None or not self.vault.is_open:
            return
        relay = self._progress_dialog(tr("Checking the file…"))
        vault = self.vault
        region = directory.preferred_region(vault)
        QueryOp(
            parent=self,
            job=lambda: directory_import.plan_import(
                vault, path, region_hint=region, progress=emitter(relay.progressed)
            ),
        ).success(lambda plan: self._preview(plan, region)).failure(
            self._failed
        ).disable_while_running(self.import_button).run()

    def _preview(self, plan: directory_import.ImportPlan, _region: str) -> None:
        self._close_progress()
        if not self.vault.is_open:
            return
        if not ImportPreviewDialog.ask(self, plan) or not plan.to_write:
            return
        relay = self._progress_dialog(tr("Importing %n service(s)…", None, plan.to_write))
        vault = self.vault
        QueryOp(
            parent=self,
            job=lambda: directory_import.apply_import(
                vault, plan, progress=emitter(relay.progressed)
            ),
        ).success(lambda n: self._imported(n, plan)).failure(self._failed).disable_while_running(
            self.import_button
        ).run()

    def _imported(self, count: int, plan: directory_import.ImportPlan) -> None:
        self._close_progress()
        skipped = (
            " " + tr("%n with problems were left out.", None, plan.invalid) if plan.invalid else ""
        )
        messages.inform(self, tr("Directory"), tr("Imported %n service(s).", None, count) + skipped)
        self.signals.apply(changes.DIRECTORY)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, PeerdeskError):
            messages.warn(self, tr("Directory"), error_text(exc))
        else:
            messages.warn(
                self,
                tr("Directory"),
                tr("That did not work, and nothing was changed.")
                + " "
                + messages.SAFE_TEXT.split("\n\n")[1],
            )

    def export_file(self, path: Path | None = None, fmt: str | None = None) -> None:
        if path is None:
            path = files.ask_save_path(
                self,
                tr("Export the directory (HSDS 3.0)"),
                "directory.json",
                tr("HSDS JSON (*.json);;CSV package folder (*)"),
            )
        if path is None or not self.vault.is_open:
            return
        fmt = fmt or ("hsds-json" if path.suffix.lower() == ".json" else "hsds-csv")
        vault = self.vault
        QueryOp(
            parent=self, job=lambda: directory_import.export_hsds(vault, format=fmt, out=path)
        ).success(
            lambda n: messages.inform(
                self,
                tr("Directory"),
                tr("Exported %n service(s) to {name}. No mentee data is in it.", None, n).format(
                    name=path.name
                ),
            )
        ).failure(self._failed).disable_while_running(self.export_button).run()


# --- a mentee's referrals --------------------------------------------------------------------------


class ReferralsTableModel(RowsTableModel):
    """A mentee's referrals; a follow-up date that has come stands out."""

    COLUMNS: ClassVar[tuple[tuple[str, Callable[[ReferralRecord], str]], ...]] = (
        (QT_TR_NOOP("Date"), lambda r: date_text(r.referred_on, "%-d %b %Y")),
        (QT_TR_NOOP("Service"), lambda r: r.service_name),
        (QT_TR_NOOP("Status"), lambda r: core_label(r.status_label, capital=True)),
        (
            QT_TR_NOOP("Follow up"),
            lambda r: date_text(r.follow_up_on, "%-d %b") if r.follow_up_on else "",
        ),
        (QT_TR_NOOP("Outcome"), lambda r: r.outcome),
    )
    FOLLOW_UP = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def record(self, row: int) -> ReferralRecord:
        return self.row_at(row)

    def extra_data(self, record: ReferralRecord, column: int, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.FOLLOW_UP
            and record.open
            and record.follow_up_on is not None
            and record.follow_up_on <= self.today
        ):
            return attention_colour()
        return None


class ReferralsPanel(QWidget):
    """One mentee's referrals, newest first: change the status (kept as history), the
    outcome and the follow-up date. For the mentee page: ``load(mentee_id)``, ``clear()``."""

    def __init__(self, vault: Vault, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = signals
        self.mentee_id: int | None = None
        self.today: Callable[[], date] = date.today
        self.title = QLabel(f"<b>{tr('Referrals')}</b>")
        self.refer_button = QPushButton(tr("Refer…"))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.refer_button)
        self.model = ReferralsTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Referrals"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(tr("No referrals yet."), objectName="hint", wordWrap=True)
        self.history = QLabel(objectName="hint", wordWrap=True)
        self.reason = QLabel(wordWrap=True)
        self.status = QComboBox()
        for status, label in STATUS_LABELS.items():
            self.status.addItem(core_label(label, capital=True), status.value)
        self.outcome = QLineEdit(placeholderText=tr("How it went (outcome)"))
        self.outcome.setAccessibleName(tr("Outcome"))
        self.follow_up = QCheckBox(tr("Follow up on"))
        self.follow_up_on = QDateEdit(calendarPopup=True, displayFormat="d MMM yyyy")
        self.follow_up_on.setAccessibleName(tr("Follow-up date"))
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        self.save_button = QPushButton(tr("Save"))
        editor = QHBoxLayout()
        editor.addWidget(self.status)
        editor.addWidget(self.outcome, 1)
        editor.addWidget(self.follow_up)
        editor.addWidget(self.follow_up_on)
        editor.addWidget(self.save_button)
        self.editor = QWidget()
        self.editor.setLayout(editor)
        editor.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.reason)
        layout.addWidget(self.history)
        layout.addWidget(self.editor)
        self.refer_button.clicked.connect(self.refer)
        self.save_button.clicked.connect(self.save_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        signals.vault_locked.connect(self.clear)
        self.clear()

    def load(self, mentee_id: int) -> None:
        if not self.vault.is_open:
            return
        keep = self.selected_id() if mentee_id == self.mentee_id else None
        self.mentee_id = mentee_id
        self.model.today = self.today()
        self.model.set_rows(referrals.referrals_for_mentee(self.vault, mentee_id=mentee_id))
        if keep is not None and self.model.row_of(keep) >= 0:
            self.table.selectRow(self.model.row_of(keep))
        elif self.model.rowCount():
            self.table.selectRow(0)
        self.empty.setVisible(not self.model.rowCount())
        self.table.setVisible(bool(self.model.rowCount()))
        self.refer_button.setEnabled(True)

    def reload(self) -> None:
        if self.mentee_id is not None:
            self.load(self.mentee_id)

    def clear(self) -> None:
        self.mentee_id = None
        self.model.set_rows([])
        self.outcome.clear()
        self.reason.clear()
        self.history.clear()
        self.editor.hide()
        self.empty.hide()
        self.refer_button.setEnabled(False)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(rows[0], ReferralsTableModel.ID_ROLE)

    def _selection_changed(self) -> None:
        rid = self.selected_id()
        if rid is None:
            self.editor.hide()
            self.reason.clear()
            self.history.clear()
            return
        r = self.model.record(self.model.row_of(rid))
        self.reason.setText(
            f"<b>{r.service_name}</b> — {r.reason}" if r.reason else f"<b>{r.service_name}</b>"
        )
        self.history.setText(
            tr("History: ")
            + " → ".join(
                f"{core_label(h.label, capital=True)} ({date_text(h.changed_on, '%-d %b')})"
                for h in r.history
            )
        )
        self.status.setCurrentIndex(max(0, self.status.findData(ReferralStatus(r.status).value)))
        self.outcome.setText(r.outcome)
        self.follow_up.setChecked(r.follow_up_on is not None)
        self.follow_up_on.setDate(qdate(r.follow_up_on or self.today()))
        self.follow_up_on.setEnabled(r.follow_up_on is not None)
        self.editor.show()

    def save_selected(self) -> None:
        rid = self.selected_id()
        if rid is None:
            return
        record = self.model.record(self.model.row_of(rid))
        record.status = ReferralStatus(self.status.currentData())
        record.outcome = self.outcome.text()
        record.follow_up_on = (
            pydate(self.follow_up_on.date()) if self.follow_up.isChecked() else None
        )
        if record.status in referrals.CLOSED and self.follow_up.isChecked() is False:
            record.follow_up_on = None
        try:
            done = referrals.update_referral(
                self.vault, referral_id=rid, record=record, today=self.today()
            )
        except ValidationError as exc:
            messages.warn(self, tr("Not saved yet"), error_text(exc))
            return
        self.load(self.mentee_id or record.mentee_id)
        self.signals.apply(done)

    def refer(self) -> None:
        if self.mentee_id is None:
            return
        rid = ReferDialog.ask(self, self.vault, mentee_id=self.mentee_id)
        if rid is not None:
            self.load(self.mentee_id)
            self.signals.apply(changes.REFERRALS)
