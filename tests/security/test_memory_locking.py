"""SQLCipher's memory security stays on (every freed allocation is wiped), while the
process refuses further memory locks once SQLCipher has locked its private heap (the
key material): mlock() per allocation was most of the directory import's time (#16)."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from peerdesk.core.vault import Vault

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def locked_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmLck:"):
            return int(line.split()[1])
    raise AssertionError("no VmLck line")


def ipc_lock_effective() -> bool:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("CapEff:"):
            return bool(int(line.split()[1], 16) & (1 << 14))
    raise AssertionError("no CapEff line")


@linux_only
def test_an_open_vault_wipes_freed_memory_and_locks_no_more(vault: Vault) -> None:
    import resource

    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar() == "1"
    assert resource.getrlimit(resource.RLIMIT_MEMLOCK)[0] == 0
    assert not ipc_lock_effective()
    libc = ctypes.CDLL(None, use_errno=True)
    page = ctypes.create_string_buffer(4096)
    assert libc.mlock(page, 4096) == -1  # refused at once: what SQLCipher now gets
    # SQLCipher's private heap (key, cipher contexts) was locked before the limit fell
    assert locked_kib() > 0
