"""Background work off the GUI thread, modelled on Anki's QueryOp.

    job = lambda: session.unlock(vault, passphrase=p)
    QueryOp(parent=self, job=job).success(on_ok).failure(on_err).run()

The job runs on a QThreadPool worker and must never touch a widget; ``success`` and
``failure`` are called on the GUI thread. Tests wait with ``wait_for_ops(qtbot)`` or
``qtbot.waitUntil(lambda: not ops.running())``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from peerdesk.ui.compat import emit

T = TypeVar("T")
log = logging.getLogger(__name__)

_running: set[QueryOp[Any]] = set()


def running() -> int:
    """How many background operations have not yet delivered their result."""
    return len(_running)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call over."""

    finished = Signal(bool, object)


class _Worker(QRunnable):
    def __init__(self, job: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as exc:  # delivered to failure() on the GUI thread
            emit(self._relay.finished, False, exc)
        else:
            emit(self._relay.finished, True, result)


class QueryOp(Generic[T]):
    """One job, with callbacks delivered on the GUI thread and an optional busy state."""

    def __init__(self, *, parent: QWidget | None, job: Callable[[], T]) -> None:
        self._parent = parent
        self._job = job
        self._success: Callable[[T], None] = lambda _result: None
        self._failure: Callable[[BaseException], None] | None = None
        self._busy: list[QWidget] = []
        self._quiet = False
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def success(self, callback: Callable[[T], None]) -> QueryOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> QueryOp[T]:
        self._failure = callback
        return self

    def disable_while_running(self, *widgets: QWidget) -> QueryOp[T]:
        """Widgets to disable (and a wait cursor to show) until the job is done."""
        self._busy.extend(widgets)
        return self

    def quietly(self) -> QueryOp[T]:
        """No busy cursor: for work that runs while the mentor types (a search)."""
        self._quiet = True
        return self

    def run(self) -> None:
        _running.add(self)
        for widget in self._busy:
            widget.setEnabled(False)
        if not self._quiet:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        QThreadPool.globalInstance().start(_Worker(self._job, self._relay))

    def _deliver(self, ok: bool, value: Any) -> None:
        if not self._quiet:
            QApplication.restoreOverrideCursor()
        for widget in self._busy:
            if isValid(widget):
                widget.setEnabled(True)
        try:
            if ok:
                self._success(value)
            elif self._failure is not None:
                self._failure(value)
            else:
                raise value
        finally:
            _running.discard(self)
