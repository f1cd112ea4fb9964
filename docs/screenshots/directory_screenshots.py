"""Screenshots of the directory widgets, offscreen on a fresh demo vault.

    python docs/screenshots/directory_screenshots.py [OUT_DIR]

Writes directory-search.png, directory-service-card.png, directory-import-preview.png
and referrals-panel.png. Everything shown is the demo's fictional data.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import uuid
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_KDF_TARGET_MS", "0")

from peerdesk.ui.directory_dialogs import ImportPreviewDialog
from peerdesk.ui.pages.directory import DirectoryPage, ReferralsPanel
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.core.demo import create_demo_vault
from peerdesk.core.services import directory_import, mentees
from peerdesk.ui import theme
from peerdesk.ui.signals import AppSignals


def shoot(widget: QWidget, out: Path) -> None:
    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()
    widget.grab().save(str(out))
    print(out)


def main(out_dir: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app, dark=False)
    with tempfile.TemporaryDirectory() as tmp:
        vault = create_demo_vault(Path(tmp) / "demo")
        signals = AppSignals()
        page = DirectoryPage(vault, signals)
        now = datetime.now().replace(hour=11, minute=0)
        page.clock = lambda: now
        page.resize(1280, 760)
        page.show()
        page.reload()
        page.need.setCurrentIndex(page.need.findData("food"))
        for row in range(page.model.rowCount()):
            if page.model.summary(row).name == "Riverside Community Food Bank":
                page.table.selectRow(row)
        shoot(page, out_dir / "directory-search.png")
        page.need.setCurrentIndex(0)
        page.search.setText("samaritans")
        page.table.selectRow(0)
        shoot(page.card, out_dir / "directory-service-card.png")

        shared = Path(tmp) / "riverside-shared.json"
        records = directory_import.export_records(vault)[:6]
        for number, record in enumerate(records):  # a colleague's copy: new to this vault
            record["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.org/{number}"))
            for item in record["phones"] + record["schedules"]:
                item["id"] = str(uuid.uuid4())
                item["service_id"] = record["id"]
            record["service_at_locations"] = []
            record["attributes"] = []
            record["service_areas"] = []
        records[1]["phones"][0]["type"] = "pager?"
        records[2]["schedules"][0]["closes_at"] = records[2]["schedules"][0]["opens_at"]
        records[3].pop("name")
        records[4]["assured_date"] = "31/02/2026"
        records.append(records[0])
        shared.write_text(json.dumps(records))
        plan = directory_import.plan_import(vault, shared)
        dialog = ImportPreviewDialog(plan)
        dialog.resize(860, 460)
        dialog.show()
        shoot(dialog, out_dir / "directory-import-preview.png")

        panel = ReferralsPanel(vault, signals)
        panel.resize(760, 360)
        panel.show()
        panel.load(mentees.find_mentee(vault, name="Tom"))
        shoot(panel, out_dir / "referrals-panel.png")
        vault.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
