"""What the process does first: no core dumps, nobody else's to read, private files.

A core dump written after a crash holds whatever was in memory, the data key and note
text included; so the core size limit is set to 0 and, on Linux, the process is marked
not dumpable (which also keeps other processes of the same user from attaching to it or
reading its memory through /proc). The umask makes every file and folder the process
creates the owner's only (0600 / 0700), including those written by Qt, SQLite or the
log handler, beside the explicit modes peerdesk sets itself.
"""

from __future__ import annotations

import contextlib
import os
import sys

from peerdesk.core.records import Record

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PRIVATE_UMASK = 0o077


class Hardening(Record):
    core_limit_zero: bool
    not_dumpable: bool
    umask: int


def harden_process() -> Hardening:
    """Apply each measure where the platform has it; say which took effect."""
    core = _no_core_dumps()
    dumpable = _not_dumpable()
    previous = os.umask(PRIVATE_UMASK)
    return Hardening(core, dumpable, previous | PRIVATE_UMASK)


def _no_core_dumps() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no core files to begin with
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
            return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
    return False


# --- SQLCipher's memory security, without a system call per allocation --------------------------

CAP_IPC_LOCK = 14
_CAPABILITY_VERSION_3 = 0x20080522


def lock_no_more_memory() -> bool:
    """Refuse, from now on, every request of this process to lock memory; returns whether
    it took effect. Called once, right after SQLCipher's first connection (core/db.py).

    With ``cipher_memory_security`` on, SQLCipher wipes every allocation SQLite frees (the
    decrypted pages, the statements' values, the key's SQL text: that is what the vault
    relies on, and it stays on) and also calls mlock() on every allocation and munlock()
    on every free. Those two system calls were most of the directory import's and search's
    time (1.5 million each for a 300-service import; an FTS5 insert cost 2.7 times as
    much, and a ranked query up to six times as much after a large page cache). Once the
    soft RLIMIT_MEMLOCK is 0 (and, for root, CAP_IPC_LOCK is out of the effective set)
    the kernel refuses mlock() at its first check, SQLCipher carries on as it does when
    a lock fails, and the wipe is unchanged.

    What stays locked: SQLCipher's private heap, where it keeps the key material, the
    cipher contexts and its page buffers, was allocated and locked when SQLCipher started
    (the first connection), before this call. What is no longer locked: SQLite's general
    allocations, which could now be swapped out. They were locked only up to the
    8 MiB a desktop user may lock anyway, while the same text sits unlocked in Python's
    and Qt's own memory; the wipe on free, which they keep, is what protects them after
    lock. The hard limit is kept, so the process could raise it again.
    """
    try:
        import resource
    except ImportError:  # Windows: VirtualLock has no such limit; nothing to refuse here
        return False
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_MEMLOCK)
        resource.setrlimit(resource.RLIMIT_MEMLOCK, (0, hard))
    except (ValueError, OSError, AttributeError):
        return False
    if sys.platform.startswith("linux"):
        _drop_ipc_lock()
    return True


def _drop_ipc_lock() -> None:
    """Take CAP_IPC_LOCK out of this thread's effective set (root ignores RLIMIT_MEMLOCK
    while it holds it; threads started later inherit the set)."""
    import ctypes

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [
            ("effective", ctypes.c_uint32),
            ("permitted", ctypes.c_uint32),
            ("inheritable", ctypes.c_uint32),
        ]

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        header = Header(_CAPABILITY_VERSION_3, 0)
        data = (Data * 2)()
        if libc.capget(ctypes.byref(header), data) != 0:
            return
        if data[0].effective & (1 << CAP_IPC_LOCK):
            data[0].effective &= ~(1 << CAP_IPC_LOCK)
            libc.capset(ctypes.byref(header), data)
