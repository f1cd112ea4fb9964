"""Message boxes that tests can answer, and the last-resort error handler.

Like KeePassXC's ``MessageBox::setNextAnswer``: ``set_next_answer(True)`` makes the next
box return that answer without showing; ``auto_answer(True)`` answers every box with its
default (tests). Shown texts are kept in ``history`` only while auto-answering.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections import deque
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from peerdesk.core.errors import ValidationError
from peerdesk.i18n import QT_TR_NOOP, error_text, tr

R = TypeVar("R")  # the record a form dialog returns
T = TypeVar("T")  # what saving it returns (an id)

log = logging.getLogger(__name__)

_next_answers: deque[bool] = deque()
_auto = False
history: list[str] = []

SAFE_TEXT = QT_TR_NOOP(
    "Something went wrong; your notes are safe.\n\n"
    "peerdesk noted what happened in its log (without any of your notes). "
    "If it keeps happening, lock the vault and start peerdesk again."
)


def set_next_answer(answer: bool) -> None:
    _next_answers.append(answer)


def auto_answer(on: bool) -> None:
    global _auto
    _auto = on
    history.clear()


def _show(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    question: bool = False,
    default: bool = True,
) -> bool:
    if _next_answers:
        history.append(text)
        return _next_answers.popleft()
    if _auto:
        history.append(text)
        return default
    box = QMessageBox(icon, title, text, parent=parent)
    if question:
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(
            QMessageBox.StandardButton.Yes if default else QMessageBox.StandardButton.No
        )
    return box.exec() == QMessageBox.StandardButton.Yes if question else True


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, QMessageBox.Icon.Information, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, QMessageBox.Icon.Warning, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, default: bool = False) -> bool:
    return _show(parent, QMessageBox.Icon.Question, title, text, question=True, default=default)


def ask_until_saved(
    parent: QWidget,
    ask: Callable[[R | None], R | None],
    save: Callable[[R], T],
    *,
    first: R | None = None,
    still_open: Callable[[], bool] = lambda: True,
) -> T | None:
    """Ask with a form dialog, then save; when the core refuses (ValidationError), say why
    and ask again with everything the mentor typed kept. None if cancelled (or locked)."""
    record = first
    while True:
        answer = ask(record)
        if answer is None or not still_open():
            return None
        try:
            return save(answer)
        except ValidationError as exc:
            warn(parent, tr("Not saved yet"), error_text(exc))
            record = answer


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the type and stack only (core.logs withholds the message) and reassure the mentor."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    # The stack and the type only: an exception's message can quote the data it choked on.
    frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
    log.error(f"unhandled {exc_type.__name__}; stack (message withheld):\n{frames}")
    if QApplication.instance() is not None:
        warn(QApplication.activeWindow(), "peerdesk", tr(SAFE_TEXT))


def install_excepthook() -> None:
    sys.excepthook = excepthook
