"""Today, the note editor (the note for today's first planned meeting) and the export preview (PDF) at the default window
size, 1100x720, on a fresh demo vault:

    python docs/screenshots/daily_flow_screenshots.py OUT_DIR [--dark]

Writes today.png, note-editor.png and export-preview.png (with --dark: *-dark.png).
Everything shown is the demo's fictional data."""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_KDF_TARGET_MS", "0")
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from peerdesk.core.demo import DEMO_PASSPHRASE, create_demo_vault
from peerdesk.ui import theme
from peerdesk.ui.window import MainWindow


def settle(ms=200):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def meeting_editor(window, vault):
    """The note for today's first planned meeting, prefilled from it (its time, how and
    who), as a mentor opens it from Today; a new note when the demo has no meeting today.
    A new note would start at the last quarter hour before now, whenever the shot runs."""
    from datetime import date, datetime, time, timedelta

    from peerdesk.core.services import meetings

    day = datetime.combine(date.today(), time.min)
    found = meetings.occurrences(vault, start=day, end=day + timedelta(days=1))
    if not found:
        return window.new_note()
    return window.open_meeting(meetings.occurrence_key(found[0].meeting_id, found[0].original))


def shoot(w, out):
    settle()
    w.grab().save(str(out))
    print(out)


def main(out_dir: Path, dark: bool):
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app, dark=dark)
    sfx = "-dark" if dark else ""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        vault = create_demo_vault(Path(tmp) / "demo")
        try:
            window = MainWindow(vault, demo_passphrase=DEMO_PASSPHRASE)
            window.resize(1100, 720)
            window.show()
            window.desk.show_page("Today")
            shoot(window, out_dir / f"today{sfx}.png")
            editor = meeting_editor(window, vault)
            editor.resize(1100, 720)
            shoot(editor, out_dir / f"note-editor{sfx}.png")
            editor.reject()
            from peerdesk.ui.supervision.export_dialog import ExportDialog

            d = ExportDialog(vault, window)
            d.resize(1100, 720)
            d.show()
            i = d.format.findData("pdf")
            if i >= 0:
                d.format.setCurrentIndex(i)
            d.refresh_preview()
            for _ in range(30):
                settle(200)
                if d.prepared is not None:
                    break
            shoot(d, out_dir / f"export-preview{sfx}.png")
            d.clear()
            d.reject()
            window.close()
        finally:
            vault.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--dark" in sys.argv)
