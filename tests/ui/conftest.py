"""GUI fixtures: a main window over a real vault, message boxes answered automatically."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.core.vault import Vault
from peerdesk.ui import messages, ops
from peerdesk.ui.window import MainWindow

PASSPHRASE = "orange kettle meadow 42"  # as in tests/conftest.py
CANARY = "Zq9CanaryXylophone"
NEW_PASSPHRASE = "violet harbour lantern 7"


@pytest.fixture(autouse=True)
def answer_message_boxes() -> Iterator[list[str]]:
    """No modal box ever blocks a test; the texts shown are in the yielded list."""
    messages.auto_answer(True)
    yield messages.history
    messages.auto_answer(False)


@pytest.fixture
def window(qtbot: QtBot, vault: Vault) -> MainWindow:
    w = MainWindow(vault)
    qtbot.addWidget(w)
    w.show()
    return w


def wait_for_ops(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=15_000)
