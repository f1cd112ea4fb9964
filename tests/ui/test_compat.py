"""The PySide6 emit work-around (ui/compat.py): thousands of emits, and the interpreter
still exits cleanly. On PySide6 6.12 each Python-side ``emit`` gave back one reference to
``True`` it never took; about a thousand of them crash Python ("deallocating True")."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import QObject, Signal

from peerdesk.ui import compat

EMITS = 5_000

CHILD = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    from peerdesk.ui.compat import emit, emitter

    class Source(QObject):
        flag = Signal(bool)
        progressed = Signal(int, int)

    app = QCoreApplication([])
    source = Source()
    got = [0]  # a count: keeping the bools would hold references to True

    def count(*_args):
        got[0] += 1

    source.flag.connect(count)
    source.progressed.connect(count)
    before = sys.getrefcount(True)
    for i in range({EMITS}):
        emit(source.flag, i % 2 == 0)
    progress = emitter(source.progressed)  # what a background job is handed
    for i in range({EMITS}):
        progress(i, {EMITS})
    drift = before - sys.getrefcount(True)
    assert got[0] == {2 * EMITS}, got
    print("drift", drift)
    """
)


def test_thousands_of_bool_emits_leave_the_interpreter_healthy() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "deallocating" not in done.stderr
    drift = int(done.stdout.split("drift", 1)[1])
    assert abs(drift) < 50  # references to True neither lost nor gained per emit


class _Probe(QObject):
    fired = Signal(bool)


def test_emitter_delivers_the_arguments_through_emit() -> None:
    probe = _Probe()
    got: list[bool] = []
    probe.fired.connect(got.append)
    callback = compat.emitter(probe.fired)
    callback(True)
    callback(False)
    assert got == [True, False]
