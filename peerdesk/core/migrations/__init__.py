"""Alembic migrations, run from inside the app on an already keyed connection.

Alembic itself is imported only when an upgrade is due: checking that a vault is
current reads one row, which keeps unlock and every CLI command fast.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent
_REVISION = re.compile(r"^(\d{4})_\w+\.py$")


def head_revision() -> str:
    """Revisions are numbered files (0001_..., 0002_...) in a straight line."""
    numbers = [m.group(1) for p in (HERE / "versions").iterdir() if (m := _REVISION.match(p.name))]
    return max(numbers)


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
