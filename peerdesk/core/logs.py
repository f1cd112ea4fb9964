"""Logging that cannot leak: text arguments and exception messages never reach a log.

Log calls pass ids and counts as arguments (``log.info("saved note %d", note_id)``).
The filter below replaces every string argument with ``<text>`` and formats
exceptions as their type and stack only: messages from libraries (SQLite,
SQLAlchemy) can quote the data they choked on.
"""

from __future__ import annotations

import contextlib
import logging
import os
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peerdesk.core.paths import FILE_MODE, make_private_dir

_SAFE = (int, float, bool, type(None))


class NoPersonalDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict):
            record.args = {
                k: v if isinstance(v, _SAFE) else "<text>" for k, v in record.args.items()
            }
        elif record.args:
            record.args = tuple(a if isinstance(a, _SAFE) else "<text>" for a in record.args)
        if not isinstance(record.msg, str):
            record.msg = f"<{type(record.msg).__name__}>"
        return True


class StackOnlyFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # logging caches the formatted exception on the record; another handler may
        # have filled that cache with the full message first, so ignore and restore it.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:
        exc_type, _exc, tb = ei
        frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
        name = exc_type.__name__ if exc_type else "Exception"
        return f"Traceback (message withheld):\n{frames}{name}"

    def formatStack(self, stack_info: str) -> str:
        return stack_info


class _DeferredFile(logging.Handler):
    """A rotating log file opened at the first record, so that a command that logs
    nothing never imports logging.handlers or looks up the log folder. A folder that
    cannot be written drops the records (logs are a convenience, never a failure)."""

    def __init__(self, directory: Path | Callable[[], Path]) -> None:
        super().__init__()
        self._directory = directory
        self._file: logging.Handler | None = None
        self._broken = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            if self._broken:
                return
            try:
                self._file = self._open()
            except OSError:
                self._broken = True
                return
        self._file.handle(record)  # its lock, then its emit

    def _open(self) -> logging.Handler:
        import logging.handlers

        folder = self._directory() if callable(self._directory) else self._directory
        make_private_dir(folder)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(self.formatter)
        with contextlib.suppress(OSError):  # whatever the umask: the owner's only
            os.chmod(folder / LOG_NAME, FILE_MODE)
        return handler

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


LOG_NAME = "peerdesk.log"


def setup_logging(directory: Path | Callable[[], Path], *, debug: bool = False) -> Path | None:
    """Log to a rotating file in ``directory`` (0700), opened at the first record.

    Given a folder, it is made now and the log file's path returned; given a function
    (the CLI passes paths.log_dir), it is asked only when something is logged.
    """
    path = None
    if not callable(directory):
        make_private_dir(directory)
        path = directory / LOG_NAME
    handler = _DeferredFile(directory)
    handler.setFormatter(StackOnlyFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(NoPersonalDataFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_peerdesk", False)]:
        root.removeHandler(old)
        old.close()
    handler._peerdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for noisy in ("sqlalchemy", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
