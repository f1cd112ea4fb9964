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
from dataclasses import dataclass

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PRIVATE_UMASK = 0o077


@dataclass(frozen=True)
class Hardening:
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
