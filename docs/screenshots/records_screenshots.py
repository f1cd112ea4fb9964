"""Screenshots of the records views, offscreen on a throwaway vault with fictional names.

    python docs/screenshots/records_screenshots.py [OUT_DIR]

Writes signing-checklist.png (what the editor shows before signing, US Medicaid-style
profile), documentation-review.png and erase-confirmation.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_KDF_TARGET_MS", "0")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from peerdesk.core.services import documentation, erasure, mentees, notes, profile
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.vault import Vault
from peerdesk.core.vault.backup import write_backup
from peerdesk.ui import theme
from peerdesk.ui.mentees.erase import EraseMenteeDialog
from peerdesk.ui.notes.checklist import checklist_text
from peerdesk.ui.notes.review import DocumentationReviewDialog
from peerdesk.ui.signals import AppSignals


def shoot(widget: QWidget, out: Path) -> None:
    widget.show()
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)
    loop.exec()
    widget.grab().save(str(out))
    print(out)


def main(out_dir: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app, dark=False)
    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(Path(tmp) / "vault")
        vault.create("screenshot passphrase 1")
        profile.save_profile(vault, profile.Profile(name="Alex Rivera", credentials=""))
        maria = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
        tom = mentees.add_mentee(vault, record=MenteeRecord(display_name="Tom"))
        for days, who, did in (
            (3, maria, "We rode the 7 bus to the library."),
            (12, tom, "Market."),
        ):
            notes.save_draft(
                vault,
                draft=NoteDraft([who], today - timedelta(days=days), time(10), did=did),
            )
        notes.save_draft(
            vault,
            draft=NoteDraft(
                [maria, tom],
                today - timedelta(days=5),
                setting="group",
                kind="group",
                did="Walking group.",
                how_it_went="Both led a stretch.",
            ),
        )
        write_backup(vault, vault.backups_dir / "weekly.pdbackup")
        documentation.choose_profile(vault, profile_id="us-medicaid")

        draft = NoteDraft([maria], today, time(10), did="We rode the 7 bus to the library.")
        gaps = documentation.checklist(vault, draft=draft)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Not ready to sign yet",
            checklist_text(gaps, documentation.current_profile(vault).name)
            + "Add these, then sign.",
        )
        shoot(box, out_dir / "signing-checklist.png")

        signals = AppSignals()
        review = DocumentationReviewDialog(vault, signals, today=today)
        review.resize(900, 520)
        shoot(review, out_dir / "documentation-review.png")

        dialog = EraseMenteeDialog(None, erasure.plan_erasure(vault, mentee_id=maria))
        dialog.name.setText("Maria")
        shoot(dialog, out_dir / "erase-confirmation.png")
        vault.close()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
