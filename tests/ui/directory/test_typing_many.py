"""Typing into the Directory search box over a directory of a few thousand services (an
HSDS 1.1-style 211 export, tests/core/formats/hsds/hsds11.py): a pause in typing starts
one search, every search and every statement runs on a worker thread, and the rows shown
are the search's for the text as last typed. Nothing here is timed: the longest GUI-thread
stall is a figure of ``bench/bench_directory.py --gui``."""

from __future__ import annotations

import threading
import time as time_
from datetime import datetime
from pathlib import Path

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from peerdesk.core.services import directory, directory_import
from peerdesk.core.vault import Vault
from peerdesk.ui import ops
from peerdesk.ui.directory.page import SEARCH_LIMIT, DirectoryPage
from peerdesk.ui.signals import AppSignals

from ...core.formats.hsds.hsds11 import hsds11_directory

THURSDAY_NOON = datetime(2026, 11, 26, 12, 0)
TYPED = "food pantries mill"


def settle(page: DirectoryPage) -> None:
    deadline = time_.monotonic() + 30
    while (page.searching() or ops.running()) and time_.monotonic() < deadline:
        QTest.qWait(5)
    assert not page.searching(), "the search did not finish"


def test_typing_over_thousands_of_services_searches_off_the_gui_thread(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch
) -> None:
    hsds11_directory(tmp_path / "pkg", 2_000)
    directory_import.apply_import(
        vault, directory_import.plan_import(vault, tmp_path / "pkg", region_hint="US")
    )
    assert directory.count_services(vault) > 1_900
    page = DirectoryPage(vault, AppSignals())
    page.clock = lambda: THURSDAY_NOON
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.reload()
    settle(page)

    gui = threading.get_ident()
    searches: list[tuple[str, int]] = []
    statements: list[int] = []
    real = directory.search_services

    def search(vault_: Vault, **kw: object):  # the real search, its caller noted
        searches.append((str(kw.get("query", "")), threading.get_ident()))
        return real(vault_, **kw)

    def seen(*_args: object) -> None:
        statements.append(threading.get_ident())

    monkeypatch.setattr(directory, "search_services", search)
    event.listen(vault.engine, "before_cursor_execute", seen)
    try:
        for word in TYPED.split(" "):  # a word at a time, a pause after each
            qtbot.keyClicks(page.search, word + (" " if not TYPED.endswith(word) else ""))
            settle(page)
    finally:
        event.remove(vault.engine, "before_cursor_execute", seen)
    assert page.search.text() == TYPED
    assert searches and searches[-1][0] == TYPED
    assert len(searches) < len(TYPED.split(" ")) * 2  # the keys of a word: one search
    assert all(thread != gui for _query, thread in searches)
    assert statements and gui not in statements
    shown = [page.model.summary(r).id for r in range(page.model.rowCount())]
    expected = real(
        vault, query=TYPED, today=THURSDAY_NOON.date(), now=THURSDAY_NOON, limit=SEARCH_LIMIT
    )
    assert shown and shown == [row.id for row in expected]
    qtbot.waitUntil(lambda: ops.running() == 0)
