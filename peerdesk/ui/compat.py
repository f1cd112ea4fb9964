"""Work-arounds for bugs in the Qt binding, in one place so they are easy to drop.

PySide6 6.12 (seen on Python 3.11): ``SignalInstance.emit()`` returns ``True`` without
owning a reference to it, so every emit from Python releases one reference too many.
After a few thousand emits Python aborts ("bool_dealloc: deallocating True or False"),
usually at exit. ``emit`` below emits and, only when this binding has the bug (checked
once at import), gives the reference back.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8


class _Probe(QObject):
    probed = Signal()


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.probed.emit()
    lost = before - sys.getrefcount(True)
    if lost >= _PROBES:
        for _ in range(_PROBES):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return True
    return False


EMIT_LOSES_A_REFERENCE = _emit_loses_a_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, safe to call any number of times."""
    result: Any = signal.emit(*args)  # type: ignore[func-returns-value]  # the stubs say None
    if EMIT_LOSES_A_REFERENCE and result is True:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


def emitter(signal: SignalInstance) -> Callable[..., None]:
    """A callback that emits ``signal`` through ``emit``: pass it where a job wants a
    function (a progress callback), never ``signal.emit`` itself."""
    return lambda *args: emit(signal, *args)
