"""Acceptance: a real peerdesk process is killed (SIGKILL) while the mentor types a
note; what was typed up to the last autosave is still there, offered as interrupted."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from peerdesk.core.services import mentees, notes, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"
TYPE_FOR = 8.0  # seconds of typing before the kill: the 5 s autosave has fired at least once

# Builds the real GUI (build_gui), unlocks through the unlock screen, opens a new note
# with the window's own action and types into a section with QTest, one word every 50 ms.
DRIVER = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from peerdesk.core.vault import Vault
from peerdesk.ui.app import build_gui

passphrase = sys.stdin.readline().rstrip("\n")
vault = Vault(Path(sys.argv[1]))
vault.claim()
gui = build_gui(vault, argv=sys.argv[:1])
window = gui.window
state = {"words": 0}

def word(i):
    return f"w{i:05d} "

def unlocked(_recovery):
    window.new_note_action.trigger()
    editor = window.editors[0]
    target = editor.sections["did"]
    target.setFocus()
    print("editing", flush=True)

    def type_a_word():
        QTest.keyClicks(target, word(state["words"]))
        state["words"] += 1
        print(f"typed {state['words']}", flush=True)

    timer = QTimer(window, interval=50)
    timer.timeout.connect(type_a_word)
    timer.start()
    state["timer"] = timer

window.unlock_screen.unlocked.connect(unlocked)
window.unlock_screen.secret.setText(passphrase)
window.unlock_screen.try_unlock()
print("started", flush=True)
sys.exit(gui.app.exec())
"""


def typed_text(words: int) -> str:
    return "".join(f"w{i:05d} " for i in range(words))


def _read_lines(stream, out: queue.Queue[tuple[float, str]]) -> None:
    for line in stream:
        out.put((time.monotonic(), line.strip()))


@pytest.mark.slow
def test_draft_survives_sigkill(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    vault = Vault(vault_dir)
    session.create_vault(vault, passphrase=PASSPHRASE)
    session.confirm_recovery_key(vault)
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria Santos"))
    vault.close()

    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PEERDESK_KDF_TARGET_MS": "0"}
    proc = subprocess.Popen(
        [sys.executable, str(driver), str(vault_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.close()
    lines: queue.Queue[tuple[float, str]] = queue.Queue()
    threading.Thread(target=_read_lines, args=(proc.stdout, lines), daemon=True).start()

    samples: list[tuple[float, int]] = []  # (when seen, words typed so far)
    first_typed: float | None = None
    deadline = time.monotonic() + 120  # generous: a loaded 2-core CI machine
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"the app stopped early: {proc.stderr.read()[-2000:]}")
            try:
                seen, line = lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if line.startswith("typed "):
                samples.append((seen, int(line.split()[1])))
                first_typed = first_typed or seen
                if seen - first_typed > TYPE_FOR:
                    break
        else:
            pytest.fail("the app did not type for long enough in time")
    finally:
        proc.kill()  # SIGKILL: no chance to save anything on the way out
        proc.wait(timeout=30)
    killed_at = time.monotonic()

    vault = session.open_vault(vault_dir, passphrase=PASSPHRASE)
    try:
        interrupted = notes.interrupted_drafts(vault)
        assert len(interrupted) == 1, "the draft must be offered as interrupted"
        text = notes.get_note(vault, note_id=interrupted[0]).did
    finally:
        vault.close()

    assert text, "some typed text must survive the kill"
    words = text.count(" ") if text.endswith(" ") else text.count(" ") + 1
    assert typed_text(words).startswith(text) or text.startswith(typed_text(words - 1))
    # Autosave fires at most 5 s into continuous typing; allow a loaded machine 3 s more.
    early = [n for seen, n in samples if seen <= killed_at - 8.0]
    if early:
        assert len(text) >= len(typed_text(early[-1])), "text typed 8 s before the kill is lost"
