"""Counts the database transactions that wrote something, for "one action = one transaction"."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import event
from sqlalchemy.engine import Engine

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@dataclass
class Transactions:
    committed: int = 0  # every commit, reads included
    writing: int = 0  # commits that wrote at least one row
    _pending: set[int] = field(default_factory=set)


@contextmanager
def counting_transactions() -> Iterator[Transactions]:
    """Listen on every engine while the block runs (the vault's engine is private)."""
    seen = Transactions()

    def before(conn, _cursor, statement: str, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().split(None, 1)[0].upper() in WRITES:
            seen._pending.add(id(conn))

    def commit(conn) -> None:  # type: ignore[no-untyped-def]
        seen.committed += 1
        if id(conn) in seen._pending:
            seen.writing += 1
            seen._pending.discard(id(conn))

    def rollback(conn) -> None:  # type: ignore[no-untyped-def]
        seen._pending.discard(id(conn))

    hooks = (("before_cursor_execute", before), ("commit", commit), ("rollback", rollback))
    for name, fn in hooks:
        event.listen(Engine, name, fn)
    try:
        yield seen
    finally:
        for name, fn in hooks:
            event.remove(Engine, name, fn)
