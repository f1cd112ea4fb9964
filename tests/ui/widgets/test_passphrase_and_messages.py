"""The strength estimate and the last-resort error box."""

from __future__ import annotations

import logging
import sys

import pytest

from peerdesk.ui.widgets import messages
from peerdesk.ui.widgets.passphrase import estimate_strength

CANARY = "Zq9CanaryXylophone"


@pytest.mark.parametrize(
    ("passphrase", "score"),
    [
        ("short", 0),
        ("password123", 1),
        ("aaaaaaaaaaaa", 1),
        ("Kettle4meadow", 2),
        ("orange kettle meadow 42", 3),
        ("otter lantern quietly 1987 violet", 4),
    ],
)
def test_strength_estimate_is_modest(passphrase: str, score: int) -> None:
    assert estimate_strength(passphrase).score == score


def test_unhandled_error_logs_no_message_and_reassures(
    qtbot, caplog: pytest.LogCaptureFixture, answer_message_boxes: list[str]
) -> None:
    try:
        raise ValueError(f"could not parse {CANARY}")
    except ValueError:
        exc_info = sys.exc_info()
    with caplog.at_level(logging.ERROR):
        messages.excepthook(*exc_info)  # type: ignore[arg-type]
    assert "ValueError" in caplog.text
    assert CANARY not in caplog.text
    assert answer_message_boxes == [messages.SAFE_TEXT]
    assert "your notes are safe" in messages.SAFE_TEXT


def test_next_answer_is_used_once() -> None:
    messages.set_next_answer(False)
    assert messages.confirm(None, "t", "Continue?", default=True) is False
    assert messages.confirm(None, "t", "Continue?", default=True) is True  # auto-answer
