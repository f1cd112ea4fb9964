"""Logs carry ids and counts: text arguments and exception messages are withheld."""

from __future__ import annotations

import contextlib
import io
import logging
import stat
from pathlib import Path

import pytest

from peerdesk.core.logs import NoPersonalDataFilter, StackOnlyFormatter, setup_logging

CANARY = "Zq9CanaryXylophone"


class Opaque:
    def __str__(self) -> str:
        return f"an object holding {CANARY}"


def emit_everything(log: logging.Logger) -> None:
    log.debug("mentee %d named %s", 41, CANARY)
    log.info("mapping %(id)d %(name)s", {"id": 42, "name": CANARY})
    log.info("repr %r and bytes %s", CANARY, CANARY.encode())
    log.warning(Opaque())
    log.warning("object arg %s", Opaque())
    try:
        raise ValueError(f"could not save {CANARY}")
    except ValueError:
        log.exception("save failed for mentee %d", 43)
        log.error("again %s", CANARY, exc_info=True, stack_info=True)
    try:
        try:
            raise KeyError(CANARY)
        except KeyError as inner:
            raise RuntimeError(CANARY) from inner
    except RuntimeError:
        log.critical("chained", exc_info=True)


@pytest.fixture
def root_logging():
    """The root logger; peerdesk handlers added by the test are removed afterwards."""
    root = logging.getLogger()
    level = root.level
    yield root
    for handler in [h for h in root.handlers if getattr(h, "_peerdesk", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@contextlib.contextmanager
def only_handlers(root: logging.Logger, *keep: logging.Handler):
    """Set pytest's own capture handlers aside: they format records (and cache exc_text)."""
    others = [h for h in root.handlers if h not in keep]
    for handler in others:
        root.removeHandler(handler)
    try:
        yield
    finally:
        for handler in others:
            root.addHandler(handler)


def test_filter_and_formatter_withhold_text() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(StackOnlyFormatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(NoPersonalDataFilter())
    log = logging.getLogger("peerdesk.test.logs.focused")
    log.propagate = False
    log.setLevel(logging.DEBUG)
    log.addHandler(handler)
    try:
        emit_everything(log)
    finally:
        log.removeHandler(handler)
    text = stream.getvalue()
    assert "mentee 41 named <text>" in text
    assert "mapping 42 <text>" in text
    assert "<Opaque>" in text
    assert "Traceback (message withheld)" in text
    assert "ValueError" in text and "RuntimeError" in text
    assert "save failed for mentee 43" in text
    assert CANARY.lower() not in text.lower()


def test_unfiltered_handler_would_leak(tmp_path: Path) -> None:
    """Control: without peerdesk's filter and formatter the same calls do leak the canary."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    log = logging.getLogger("peerdesk.test.logs.control")
    log.propagate = False
    log.setLevel(logging.DEBUG)
    log.addHandler(handler)
    try:
        emit_everything(log)
    finally:
        log.removeHandler(handler)
    assert CANARY in stream.getvalue()


def test_setup_logging_at_debug_writes_no_canary(tmp_path: Path, root_logging) -> None:
    path = setup_logging(tmp_path / "logs", debug=True)
    assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
    ours = [h for h in root_logging.handlers if getattr(h, "_peerdesk", False)]
    assert len(ours) == 1
    with only_handlers(root_logging, *ours):
        emit_everything(logging.getLogger("peerdesk.test.logs.file"))
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "DEBUG" in text and "mentee 41 named <text>" in text
    assert CANARY.lower() not in text.lower()
    assert CANARY.encode("utf-16-le") not in path.read_bytes()


def test_exception_message_withheld_even_after_another_handler(
    tmp_path: Path, root_logging
) -> None:
    console = logging.StreamHandler(io.StringIO())  # e.g. a console handler with --debug
    root_logging.addHandler(console)
    path = setup_logging(tmp_path / "logs", debug=True)
    ours = [h for h in root_logging.handlers if getattr(h, "_peerdesk", False)]
    try:
        with only_handlers(root_logging, console, *ours):
            try:
                raise ValueError(f"could not save {CANARY}")
            except ValueError:
                logging.getLogger("peerdesk.test.logs.order").exception("save failed")
    finally:
        root_logging.removeHandler(console)
    for handler in root_logging.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "save failed" in text
    assert CANARY not in text
