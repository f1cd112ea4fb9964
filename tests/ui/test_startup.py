"""Start-up order: the unlock screen shows before SQLAlchemy, the ORM models and Today load;
the other pages load when first shown, and the export's modules when an export is made."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from peerdesk.core.vault import Vault

# A fresh interpreter: build the GUI on a locked vault, note what is loaded when the
# window is first shown, then let the event loop run until the desk has been built.
PROBE = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from peerdesk.core.vault import Vault
from peerdesk.ui.app import build_gui

HEAVY = ("sqlalchemy", "peerdesk.core.models", "peerdesk.ui.today.page", "peerdesk.ui.notes.page",
         "peerdesk.ui.mentees.page", "peerdesk.core.formats.deid")
vault = Vault(Path(sys.argv[1])); vault.claim()
gui = build_gui(vault)
print("SHOWN", gui.window.isVisible() and gui.window.is_locked,
      [m for m in HEAVY if m in sys.modules])
def later():
    print("LATER", gui.window._desk is not None, [m for m in HEAVY if m in sys.modules])
    gui.app.quit()
QTimer.singleShot(2000, later)
gui.app.exec()
gui.server.close(); vault.close()
"""


def test_unlock_screen_first_then_the_desk_loads(vault: Vault, tmp_path: Path) -> None:
    vault.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(vault.path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "SHOWN True []" in done.stdout, done.stdout
    later = next(line for line in done.stdout.splitlines() if line.startswith("LATER"))
    assert later.startswith("LATER True") and "peerdesk.ui.today.page" in later
    assert "peerdesk.ui.notes.page" not in later and "peerdesk.ui.mentees.page" not in later
    # the export's de-identification (~4 MB of word lists) loads when an export is made
    assert "peerdesk.core.formats.deid" not in later
