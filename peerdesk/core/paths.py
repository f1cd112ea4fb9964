"""Where peerdesk keeps things on this computer."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

APP = "peerdesk"
DIR_MODE = 0o700  # every folder peerdesk makes: the owner only
FILE_MODE = 0o600  # every file peerdesk writes: the owner only


def default_vault_dir() -> Path:
    """--vault wins, then PEERDESK_VAULT, then the platform's user data folder."""
    env = os.environ.get("PEERDESK_VAULT")
    if env:
        return Path(env).expanduser()
    import platformdirs  # on first use: it costs a command that names --vault ~10 ms

    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "vault"


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) and make sure only the owner can enter it."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    with contextlib.suppress(OSError):  # not every file system keeps POSIX modes
        os.chmod(path, DIR_MODE)


def user_profiles_dir() -> Path:
    """Where a programme puts its own documentation profiles (JSON, like resources/profiles)."""
    env = os.environ.get("PEERDESK_PROFILES")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "profiles"
