"""GUI fixtures: a main window over a real vault, message boxes answered automatically."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.core.vault import Vault
from peerdesk.ui import ops
from peerdesk.ui.widgets import messages
from peerdesk.ui.window import MainWindow


@pytest.fixture(autouse=True)
def answer_message_boxes() -> Iterator[list[str]]:
    """No modal box ever blocks a test; the texts shown are in the yielded list."""
    messages.auto_answer(True)
    messages._next_answers.clear()  # an answer one test queued and never used stays there
    yield messages.history
    messages._next_answers.clear()
    messages.auto_answer(False)


@pytest.fixture
def window(qtbot: QtBot, vault: Vault) -> MainWindow:
    w = MainWindow(vault)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def wait_ops(qtbot: QtBot) -> Callable[[], None]:
    """Call to wait until every background operation has delivered its result."""

    def wait() -> None:
        qtbot.waitUntil(lambda: ops.running() == 0, timeout=15_000)

    return wait


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot pass size hints to, raise a window for,
    or grab the keyboard for a popup menu from, a window manager it does not have; those
    messages are not problems in our code."""
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "does not support propagateSizeHints",
                    "does not support raise",
                    "does not support grabbing the keyboard",
                )
            )
