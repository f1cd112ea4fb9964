"""Locking the vault while another thread searches the directory (the Directory page
searches on a worker): the search finishes or is interrupted before the engine is
disposed, and every later attempt is told the vault is locked."""

from __future__ import annotations

import itertools
import threading

from sqlalchemy import event

from peerdesk.core.errors import VaultLocked
from peerdesk.core.services import directory
from peerdesk.core.vault import Vault
from tests.conftest import PASSPHRASE


def _lock_during_searches(vault: Vault) -> tuple[list[tuple[int, str]], list[BaseException]]:
    """Searches in a loop on a worker; the vault is locked under them. Returns what
    happened, in order, and what the worker raised other than 'the vault is locked'."""
    order = itertools.count()
    log: list[tuple[int, str]] = []
    guard = threading.Lock()
    problems: list[BaseException] = []
    started = threading.Event()

    def note(what: str) -> None:
        with guard:
            log.append((next(order), what))

    def search() -> None:
        while True:
            try:
                directory.search_services(vault, query="crisis")
                note("search done")
                started.set()
            except VaultLocked:
                return
            except BaseException as exc:
                problems.append(exc)
                started.set()
                return

    event.listen(vault.engine.pool, "close", lambda *_a: note("closed"))
    worker = threading.Thread(target=search)
    worker.start()
    started.wait()
    try:
        vault.lock()  # raised 'Set changed size during iteration' at times
    except BaseException as exc:
        problems.append(exc)
    worker.join(timeout=30)
    assert not worker.is_alive()
    return log, problems


def test_locking_waits_for_a_search_on_another_thread(vault: Vault) -> None:
    directory.ensure_seed(vault)
    for round_ in range(8):
        if round_:
            vault.unlock(PASSPHRASE)
        log, problems = _lock_during_searches(vault)
        assert problems == []
        closed = [seq for seq, what in log if what == "closed"]
        assert closed, "the engine's connections were never closed"
        assert all(seq < closed[0] for seq, what in log if what == "search done")
        assert not vault.is_open
