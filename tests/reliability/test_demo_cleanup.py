"""A demo closed by Ctrl+C or a polite kill still deletes its throwaway vault."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_demo_folder_removed_after_signal(tmp_path: Path, signum: int) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PEERDESK_", "XDG_"))}
    env.update(TMPDIR=str(tmp), HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "peerdesk", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert "Demo vault" in proc.stdout.readline()
        deadline = time.monotonic() + 60
        while not any(tmp.glob("peerdesk-demo-*")) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert any(tmp.glob("peerdesk-demo-*"))
        time.sleep(0.5)  # the signal may come before or after the window is up
        proc.send_signal(signum)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(tmp.glob("peerdesk-demo-*")) == []
    assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")
