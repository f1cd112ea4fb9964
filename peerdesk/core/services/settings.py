"""Reading and writing the settings declared in peerdesk.core.settings."""

from __future__ import annotations

from typing import Any

from peerdesk.core.models import Setting
from peerdesk.core.settings import BY_NAME, coerce
from peerdesk.core.vault import Vault


def get_setting(vault: Vault, name: str) -> Any:
    spec = BY_NAME[name]
    with vault.session() as s:
        row = s.get(Setting, name)
        return spec.default if row is None else coerce(name, row.value)


def set_setting(vault: Vault, name: str, value: Any) -> Any:
    value = coerce(name, value)
    with vault.session() as s:
        row = s.get(Setting, name)
        if row is None:
            s.add(Setting(name=name, value=value))
        else:
            row.value = value
    return value
