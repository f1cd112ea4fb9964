"""The supervision export dialog: choose, preview every redaction, then write.

Nothing is written until the mentor presses Export and confirms. The preview is the
exact output text (for PDF, the document's text); redactions are highlighted and listed
with their reasons. "Redact selection" adds the selected words to this export's
redactions; "Undo redaction" shows one automatic redaction again (never a name the vault
knows). Both re-run the preview in the background.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError
from peerdesk.core.services import keys, mentees, supervision, supervision_loop
from peerdesk.core.services.supervision import ExportRequest, ExportResult, Prepared
from peerdesk.core.vault import Vault
from peerdesk.core.vault.files import atomic_write
from peerdesk.i18n import QT_TR_NOOP, core_label, core_text, error_text, tr
from peerdesk.ui import theme
from peerdesk.ui.ops import QueryOp
from peerdesk.ui.supervision.format_view import FormatView
from peerdesk.ui.widgets import messages

FORMAT_LABELS = (
    ("pdf", "PDF"),
    ("md", "Markdown"),
    ("csv", QT_TR_NOOP("CSV (counts only)")),
    ("json", "JSON"),
)


@dataclass(frozen=True)
class SealedFile:
    path: Path
    recipient: str
    items: int


def _write_sealed(vault: Vault, prepared: Prepared, key: tuple[int, str], path: Path) -> SealedFile:
    """Seal (checked fail closed first) and write atomically; runs off the GUI thread.
    ``key`` is the trusted key's (id, name) as the dialog listed it."""
    key_id, name = key
    sealed = supervision_loop.seal_prepared(vault, prepared=prepared, to_key_id=key_id)
    atomic_write(path, sealed.data)
    return SealedFile(path, name, sealed.items)


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


class ExportDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(tr("Export for supervision"))
        self.resize(1000, 680)
        self.prepared: Prepared | None = None
        self.result: ExportResult | None = None
        self.sealed: SealedFile | None = None
        self._extra: list[str] = []
        self._keep: set[str] = set()
        today = today or date.today()
        first = (today.replace(day=1) - timedelta(days=1)).replace(day=1)

        self.date_from = QDateEdit(QDate(first.year, first.month, first.day))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_from.setAccessibleName(tr("Export from"))
        self.date_to.setAccessibleName(tr("Export up to"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.all_mentees = QCheckBox(tr("All mentees"))
        self.all_mentees.setChecked(True)
        self.mentee_list = QListWidget()
        self.mentee_list.setAccessibleName(tr("Mentees to include"))
        self.mentee_list.setMaximumHeight(110)
        for m in mentees.list_mentees(vault, include_archived=True):
            item = QListWidgetItem(m.display_name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.mentee_list.addItem(item)
        self.mentee_list.setEnabled(False)
        self.all_mentees.toggled.connect(lambda on: self.mentee_list.setEnabled(not on))
        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QVBoxLayout()
        for name, title in supervision.available_sections(vault).items():
            box = QCheckBox(core_label(title))
            box.setChecked(True)
            self.section_boxes[name] = box
            sections.addWidget(box)
        self.format = QComboBox()
        for key, label in FORMAT_LABELS:
            self.format.addItem(tr(label), key)
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(tr("Where to save the file"))
        self.destination.setAccessibleName(tr("Where to save the file"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.destination, 1)
        dest_row.addWidget(browse)
        # How the file travels: as it is, sealed to a supervisor's trusted key (only their
        # peerdesk opens it, and their comments can come back to the right note), or with
        # a passphrase shared by phone for a one-off.
        self.protect = QComboBox()
        self.protect.addItem(tr("Nothing more: a de-identified file"), ("none", None))
        for key in keys.trusted_keys(vault):
            self.protect.addItem(
                tr("Sealed for {name} (their key)").format(name=key.name),
                ("key", (key.id, key.name)),
            )
        self.protect.addItem(tr("With a passphrase you share by phone"), ("passphrase", None))
        if self.protect.count() > 2:
            self.protect.setCurrentIndex(1)  # a trusted supervisor: sealing is the safe default
        self.protect.setToolTip(
            tr(
                "A sealed file opens only in your supervisor's peerdesk, and their comments come "
                "back beside the right notes. Add their key under Settings > Keys."
            )
        )
        self.packet_passphrase = QLineEdit()
        self.packet_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.packet_passphrase.setPlaceholderText(tr("Share this passphrase by phone, not email"))
        self.packet_passphrase.setAccessibleName(tr("Packet passphrase"))
        self.protect.currentIndexChanged.connect(self._protection_changed)
        self._protection_changed()

        form = QFormLayout()
        form.addRow(tr("From"), self.date_from)
        form.addRow(tr("To"), self.date_to)
        form.addRow(tr("Mentees"), self.all_mentees)
        form.addRow("", self.mentee_list)
        form.addRow(tr("Sections"), sections)
        form.addRow(tr("Format"), self.format)
        form.addRow(tr("Save as"), dest_row)
        form.addRow(tr("Protect it"), self.protect)
        form.addRow("", self.packet_passphrase)
        self.preview_button = QPushButton(tr("Preview"))
        self.preview_button.clicked.connect(self.refresh_preview)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        intro = QLabel(
            tr(
                "Your supervisor sees mentees as Mentee A, Mentee B…, never their names, "
                "contact details or exact dates. Check the preview before you export."
            )
        )
        intro.setWordWrap(True)
        left_layout.addWidget(intro)
        left_layout.addLayout(form)
        left_layout.addWidget(self.preview_button)
        left_layout.addStretch(1)

        self.preview = QTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(tr("Press Preview to see exactly what will be exported."))
        self.redactions = QListWidget()
        self.redactions.setAccessibleName(tr("Words hidden everywhere"))
        self.redactions.setMaximumHeight(160)
        self.redact_button = QPushButton(tr("Redact selection"))
        self.redact_button.setToolTip(tr("Select words in the preview, then hide them everywhere"))
        self.redact_button.clicked.connect(self.redact_selection)
        self.undo_button = QPushButton(tr("Undo redaction"))
        self.undo_button.setToolTip(tr("Show the redaction chosen in the list again"))
        self.undo_button.clicked.connect(self.undo_redaction)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.fix_button = QPushButton(tr("Redact it"))
        self.fix_button.setToolTip(
            tr("Hide what stopped the export everywhere, then preview again")
        )
        self.fix_button.clicked.connect(self.apply_fix)
        self.fix_button.setVisible(False)
        self._fix: ExportRequest | None = None
        tools = QHBoxLayout()
        tools.addWidget(self.redact_button)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.fix_button)
        tools.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.looks = FormatView()
        self.preview_tabs = QTabWidget()
        self.preview_tabs.addTab(self.looks, tr("As it will look"))
        self.preview_tabs.addTab(self.preview, tr("What was hidden (highlighted)"))
        right_layout.addWidget(self.preview_tabs, 1)
        right_layout.addLayout(tools)
        right_layout.addWidget(QLabel(tr("Redactions and why")))
        right_layout.addWidget(self.redactions)
        right_layout.addWidget(self.status)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setDefault(True)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        for widget in (self.date_from, self.date_to, self.format):
            signal = getattr(widget, "dateChanged", None) or widget.currentIndexChanged
            signal.connect(self._stale)
        self.all_mentees.toggled.connect(self._stale)
        self.mentee_list.itemChanged.connect(self._stale)
        for box in self.section_boxes.values():
            box.toggled.connect(self._stale)

    @classmethod
    def ask(cls, parent: QWidget | None, vault: Vault) -> ExportResult | SealedFile | None:
        """Show the dialog; the written export or sealed file, or None if cancelled."""
        dialog = cls(vault, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result or dialog.sealed
        finally:
            dialog.clear()

    # state

    def request(self) -> ExportRequest:
        ids: tuple[int, ...] = ()
        if not self.all_mentees.isChecked():
            ids = tuple(
                self.mentee_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.mentee_list.count())
                if self.mentee_list.item(i).checkState() == Qt.CheckState.Checked
            )
        return ExportRequest(
            self.date_from.date().toPython(),
            self.date_to.date().toPython(),
            mentee_ids=ids,
            sections=tuple(n for n, b in self.section_boxes.items() if b.isChecked()),
            format=self.format.currentData(),
            extra_terms=tuple(self._extra),
            keep=frozenset(self._keep),
        )

    def _protection_changed(self, *_args) -> None:
        how, _key = self.protect.currentData()
        self.packet_passphrase.setVisible(how == "passphrase")
        # A sealed packet carries the summary as the supervisor's peerdesk shows it.
        self.format.setEnabled(how != "key")
        destination = self.destination.text().strip()
        if destination:
            suffix = {"key": ".pdsealed", "passphrase": ".pdpacket"}.get(
                how, "." + str(self.format.currentData())
            )
            self.destination.setText(str(Path(destination).with_suffix(suffix)))

    def _stale(self, *_args) -> None:
        self.prepared = None
        self.export_button.setEnabled(False)

    def clear(self) -> None:
        """Drop every piece of text (the vault is locking)."""
        self.prepared = None
        self._extra.clear()
        self._keep.clear()
        self.preview.clear()
        self.looks.clear()
        self.redactions.clear()
        self.packet_passphrase.clear()
        self.status.clear()
        self._fix = None
        self.fix_button.setVisible(False)
        self.export_button.setEnabled(False)

    def _browse(self) -> None:
        how, _key = self.protect.currentData()
        suffix = {"key": "pdsealed", "passphrase": "pdpacket"}.get(how, self.format.currentData())
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the export"), f"supervision.{suffix}")
        if path:
            self.destination.setText(path)

    # preview

    def refresh_preview(self) -> None:
        if self.request().mentee_ids == () and not self.all_mentees.isChecked():
            messages.warn(self, tr("Export"), tr("Choose at least one mentee, or All mentees."))
            return
        request = self.request()
        self.status.setText(tr("Preparing the preview…"))
        QueryOp(
            parent=self,
            job=lambda: supervision.preview(self.vault, request=request, translate=core_text),
        ).success(self._show_preview).failure(self._failed).disable_while_running(
            self.preview_button, self.export_button
        ).run()

    def _show_preview(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.looks.show_prepared(prepared, prepared.request.format)
        text = prepared.text
        self.preview.setPlainText(text)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(theme.colours().mark))
        cursor = QTextCursor(self.preview.document())
        self.redactions.clear()
        for span in prepared.spans:
            cursor.setPosition(_utf16(text, span.start))
            cursor.setPosition(_utf16(text, span.end), QTextCursor.MoveMode.KeepAnchor)
            span_fmt = QTextCharFormat(fmt)
            why = supervision.explain(span)
            span_fmt.setToolTip(why)
            cursor.mergeCharFormat(span_fmt)
            detail = f" ({span.reason})" if span.reason != why else ""
            item = QListWidgetItem(
                f"{span.replacement}  ·  {why[0].upper()}{why[1:]}{detail}"
                + ("" if span.undoable else tr(", cannot be undone"))
            )
            item.setData(Qt.ItemDataRole.UserRole, span)
            self.redactions.addItem(item)
        self.status.setText(  # each count with its own plural: "1 session counted"
            tr("{redactions} in {flagged}; {sessions}").format(
                redactions=tr("%n redaction(s)", None, len(prepared.spans)),
                flagged=tr("%n flagged note(s)", None, prepared.flagged_count),
                sessions=tr("%n session(s) counted.", None, prepared.note_count),
            )
        )
        self._show_block(prepared.blocked)

    def _show_block(self, block: supervision.Blocked | None) -> None:
        """A leak the check found: say where and what kind; offer only a fix that hides
        more (never one that shows something again)."""
        self._fix = block.fix if block is not None else None
        self.fix_button.setVisible(self._fix is not None)
        self.export_button.setEnabled(block is None and self.prepared is not None)
        if block is not None:
            self.status.setText(core_text(block.message()))

    def apply_fix(self) -> None:
        if self._fix is None:
            return
        for term in self._fix.extra_terms:
            if term not in self._extra:
                self._extra.append(term)
        self._fix = None
        self.fix_button.setVisible(False)
        self.refresh_preview()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, supervision.ExportBlocked) and exc.block is not None:
            self._show_block(exc.block)
            messages.warn(self, tr("Export"), error_text(exc))
        elif isinstance(exc, PeerdeskError):
            self.status.setText(error_text(exc))
            messages.warn(self, tr("Export"), error_text(exc))
        else:
            raise exc

    def redact_selection(self) -> None:
        selected = self.preview.textCursor().selectedText().replace("\u2029", " ").strip()
        if len(selected) < 2:
            messages.inform(self, tr("Redact"), tr("Select a word or more in the preview first."))
            return
        self._extra.append(selected)
        self.refresh_preview()

    def undo_redaction(self) -> None:
        item = self.redactions.currentItem()
        if item is None:
            messages.inform(self, tr("Undo"), tr("Choose a redaction in the list first."))
            return
        span = item.data(Qt.ItemDataRole.UserRole)
        if span.label == "MANUAL":
            self._extra.clear()  # manual terms are undone all together
        elif not span.undoable:
            messages.warn(
                self,
                tr("Undo"),
                tr("That is a name or detail the vault knows; it always stays hidden."),
            )
            return
        else:
            self._keep.add(span.key)
        self.refresh_preview()

    # export

    def export(self) -> None:
        if self.prepared is None:
            return
        out = self.destination.text().strip()
        if not out:
            messages.warn(self, tr("Export"), tr("Choose where to save the file first."))
            return
        how, key = self.protect.currentData()
        passphrase = self.packet_passphrase.text() if how == "passphrase" else None
        if passphrase is not None and len(passphrase.strip()) < 10:
            messages.warn(
                self, tr("Export"), tr("Please use a packet passphrase of 10 characters or more.")
            )
            return
        if not messages.confirm(
            self,
            tr("Export"),
            tr(
                "Write this de-identified export? It is checked again for names before it is saved."
            ),
            default=True,
        ):
            return
        prepared = self.prepared
        path = Path(out).expanduser()
        if how == "key":
            job = lambda: _write_sealed(self.vault, prepared, key, path)  # noqa: E731
        else:
            pdf_writer = None
            if prepared.request.format == "pdf":
                from peerdesk.render.pdf import pdf_bytes

                pdf_writer = pdf_bytes
            job = lambda: supervision.write_export(  # noqa: E731
                self.vault,
                prepared=prepared,
                out=path,
                pdf_writer=pdf_writer,
                packet_passphrase=passphrase,
            )
        self.status.setText(tr("Writing and checking…"))
        QueryOp(parent=self, job=job).success(self._written).failure(
            self._failed
        ).disable_while_running(self.export_button, self.preview_button).run()

    def _written(self, result: ExportResult | SealedFile) -> None:
        if isinstance(result, SealedFile):
            self.sealed = result
            messages.inform(
                self,
                tr("Export"),
                tr(
                    "Sealed for {recipient} and saved: {name}. Only their peerdesk can open it; send it any way you like."
                ).format(recipient=result.recipient, name=result.path.name),
            )
        else:
            self.result = result
            messages.inform(
                self, tr("Export"), tr("Saved and checked: {name}.").format(name=result.path.name)
            )
        self.accept()
