"""Screenshots of the supervision loop, offscreen at the default window size (1100x720),
on throwaway vaults with fictional names.

    python docs/screenshots/supervision_loop_screenshots.py [OUT_DIR]

Writes supervisor-inbox.png, programme-view.png and note-supervision-comment.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_KDF_TARGET_MS", "0")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.core.demo import create_demo_vault
from peerdesk.core.formats.supervision import ExportRequest
from peerdesk.core.services import keys, supervision, supervision_loop
from peerdesk.core.vault import Vault
from peerdesk.ui import theme
from peerdesk.ui.window import MainWindow


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, out: Path) -> None:
    settle()
    widget.grab().save(str(out))
    print(out)


def _trust(a: Vault, b: Vault, name: str) -> None:
    public = keys.own_public_key(b)
    keys.trust_key(
        a, key_file=public.export_file(), name=name, confirmed_fingerprint=public.fingerprint
    )


def main(out_dir: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app, dark=False)
    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        mentor = create_demo_vault(Path(tmp) / "mentor")
        sup = Vault(Path(tmp) / "supervisor")
        sup.create("screenshot passphrase 1")
        supervision_loop.make_supervisor_vault(sup)
        _trust(mentor, sup, "Sam (supervisor)")
        _trust(sup, mentor, "Alex Rivera")
        to = keys.find_trusted(mentor, name="Sam (supervisor)").id
        request = ExportRequest(
            today - timedelta(days=90), today, sections=("activity", "flagged_notes"), format="md"
        )
        prepared = supervision.prepare(mentor, request=request)
        packet = supervision_loop.seal_prepared(mentor, prepared=prepared, to_key_id=to).data
        item = supervision_loop.file_packet(sup, raw=packet)
        view = supervision_loop.get_packet(sup, packet_id=item.packet_id)
        first = next(i for i in view.items if i["kind"] == "flagged_note")
        supervision_loop.add_comment(
            sup,
            packet_id=item.packet_id,
            item_id=first["id"],
            text="You stayed with their pace here and let them lead. What helped you do that?",
        )
        supervision_loop.add_comment(
            sup,
            packet_id=item.packet_id,
            item_id="",
            text="Let's look at the late-evening contacts together next time.",
            is_action=True,
        )
        win = MainWindow(sup)
        win.resize(1100, 720)
        win.show()
        inbox = win.supervisor_desk.inbox
        inbox.packets.setCurrentRow(0)
        shoot(win, out_dir / "supervisor-inbox.png")
        win.supervisor_desk.sidebar.setCurrentRow(1)
        win.supervisor_desk.programme.refresh()
        shoot(win, out_dir / "programme-view.png")
        reply = supervision_loop.write_reply(sup, packet_id=item.packet_id)
        win.close()
        supervision_loop.open_reply(mentor, raw=reply)
        note_id = prepared.flagged_items[0][0]  # the note the first comment is about
        mwin = MainWindow(mentor)
        mwin.resize(1100, 720)
        mwin.show()
        editor = mwin.open_note(note_id)
        assert editor is not None
        editor.resize(1100, 720)
        shoot(editor, out_dir / "note-supervision-comment.png")
        mwin.close()
        mentor.close()
        sup.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
