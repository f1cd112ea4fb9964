"""The background helper: results and errors arrive on the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from peerdesk.ui import ops
from peerdesk.ui.ops import QueryOp


def test_success_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[int, bool]] = []
    main = threading.get_ident()
    QueryOp(parent=None, job=lambda: threading.get_ident()).success(
        lambda worker: seen.append((worker, threading.get_ident() == main))
    ).run()
    qtbot.waitUntil(lambda: ops.running() == 0)
    assert len(seen) == 1
    worker, on_gui_thread = seen[0]
    assert worker != main
    assert on_gui_thread


def test_failure_gets_the_exception(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def job() -> None:
        raise ValueError("boom")

    QueryOp(parent=None, job=job).failure(errors.append).run()
    qtbot.waitUntil(lambda: ops.running() == 0)
    assert isinstance(errors[0], ValueError)
