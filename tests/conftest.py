"""Shared fixtures: real vaults on disk in tmp_path, Qt offscreen, fast (floor) key derivation."""

from __future__ import annotations

import os

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests use the floor key derivation (64 MiB, 3 passes): the floor is still enforced.
os.environ["PEERDESK_KDF_TARGET_MS"] = "0"

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from peerdesk.core.services import session
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"
CANARY = "Zq9CanaryXylophone"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in memory (the OS keyring's stand-in)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Never touch the real keyring of the machine running the tests."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    """A new, unlocked vault; its recovery key is on ``vault.test_recovery_key``."""
    v = Vault(vault_dir)
    v.test_recovery_key = session.create_vault(v, passphrase=PASSPHRASE)  # type: ignore[attr-defined]
    yield v
    v.close()


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m peerdesk ARGS`` with HOME, XDG dirs and TMPDIR inside tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PEERDESK_", "XDG_"))}
    home = tmp_path / "clihome"
    for sub in ("", "tmp", "data", "config", "cache", "state"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        TMPDIR=str(home / "tmp"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        PEERDESK_KDF_TARGET_MS="0",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        QT_QPA_PLATFORM="offscreen",
    )

    def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "peerdesk", *args],
            input=input if input is not None else "",
            env=env,
            cwd=home,
            capture_output=True,
            text=True,
            timeout=120,
        )

    return run
