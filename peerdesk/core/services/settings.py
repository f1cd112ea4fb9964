"""Reading and writing the settings declared in peerdesk.core.settings."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from peerdesk.core.models import Setting
from peerdesk.core.settings import BY_NAME, coerce
from peerdesk.core.vault import Vault

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def get_setting(vault: Vault, name: str) -> Any:
    spec = BY_NAME[name]
    with vault.session() as s:
        row = s.get(Setting, name)
        return spec.default if row is None else coerce(name, row.value)


def read_settings(s: Session, *names: str) -> dict[str, Any]:
    """These settings, read in one statement inside a session the caller already holds
    (a search reads its two in its own transaction, not in two more)."""
    out = {name: BY_NAME[name].default for name in names}
    rows = s.connection().exec_driver_sql(
        "SELECT name, value FROM setting WHERE name IN (SELECT value FROM json_each(?))",
        (json.dumps(list(names)),),
    )
    for name, value in rows:
        out[name] = coerce(name, json.loads(value) if isinstance(value, str) else value)
    return out


def set_setting(vault: Vault, name: str, value: Any) -> Any:
    value = coerce(name, value)
    with vault.session() as s:
        row = s.get(Setting, name)
        if row is None:
            s.add(Setting(name=name, value=value))
        else:
            row.value = value
    return value
