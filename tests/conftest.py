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
from datetime import date, time, timedelta
from pathlib import Path
from types import SimpleNamespace

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
    v.test_recovery_key = session.create_vault(v, passphrase=PASSPHRASE, seed=False)  # type: ignore[attr-defined]
    session.confirm_recovery_key(v)  # as the wizard does once two groups are typed back
    yield v
    v.close()


@pytest.fixture
def supervisor(tmp_path: Path) -> Iterator[Vault]:
    """A supervisor's vault (received packets and comments only), unlocked."""
    from peerdesk.core.services import supervision_loop

    v = Vault(tmp_path / "supervisor")
    session.create_vault(v, passphrase=PASSPHRASE, seed=False)
    session.confirm_recovery_key(v)
    supervision_loop.make_supervisor_vault(v)
    yield v
    v.close()


def trust_key_of(a: Vault, b: Vault, name: str) -> int:
    """Vault ``a`` trusts vault ``b``'s public key under ``name`` (fingerprint confirmed);
    the trusted key's id. Module-scoped fixtures import it; tests take ``trust``."""
    from peerdesk.core.services import keys

    public = keys.own_public_key(b)
    return keys.trust_key(
        a, key_file=public.export_file(), name=name, confirmed_fingerprint=public.fingerprint
    ).id


@pytest.fixture
def trust() -> Callable[[Vault, Vault, str], int]:
    """``trust(a, b, name)``: see ``trust_key_of``."""
    return trust_key_of


def cli_env(home: Path, *, lang: str = "C.UTF-8") -> dict[str, str]:
    """The environment of a peerdesk child process: HOME, the XDG dirs and TMPDIR inside
    ``home``, the KDF at its floor, no keyring, Qt offscreen, and ``lang`` as the system's
    language (English unless a test says)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PEERDESK_", "XDG_"))}
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
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    env["LANG"] = lang
    return env


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m peerdesk ARGS`` with HOME, XDG dirs and TMPDIR inside tmp_path."""
    home = tmp_path / "clihome"
    env = cli_env(home)

    def run(
        *args: str, input: str | None = None, lang: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "peerdesk", *args],
            input=input if input is not None else "",
            env=env if lang is None else {**env, "LANG": lang},
            cwd=home,
            capture_output=True,
            text=True,
            timeout=120,
        )

    return run


# A realistic vault for the supervision export: important people called like months and
# verbs (June, May, Will), a full record (birth date, address with ZIP, phone, email,
# nickname) and notes flagged for supervision that use those words both ways.
REALISTIC_DAY = date(2026, 6, 10)
REALISTIC_NOTES = (
    "Rosa rang on 3 June about her sister June. We may meet again next week; "
    "Will said he will drive her.",
    "Met at the library on June 9th. June came too; Ro laughed a lot.",
    "She talked with May about the move. Will is doing well.",
    "Her birthday is 3/14/1967, she lives at 41 Birchwood Lane in Millbrook 43210, "
    "over on Birchwood; rosa.delgado67 wrote; phone 614.555.0182.",
    "Dev and April went to the food pantry on 12 June. April will start school soon.",
)


def fill_realistic(vault: Vault) -> dict[str, int]:
    from peerdesk.core.services import mentees, notes
    from peerdesk.core.services.mentees import Contact, MenteeRecord, Person
    from peerdesk.core.services.notes import NoteDraft

    rosa = mentees.add_mentee(
        vault,
        record=MenteeRecord(
            display_name="Rosa",
            full_name="Rosa Delgado",
            aliases=["Ro"],
            birth_date=date(1967, 3, 14),
            address="41 Birchwood Lane, Millbrook, OH 43210",
            contacts=[
                Contact("phone", "(614) 555-0182"),
                Contact("email", "rosa.delgado67@example.com"),
            ],
            important_people=[
                Person("June", "sister"),
                Person("May Okafor", "friend"),
                Person("Will", "son"),
            ],
        ),
    )
    dev = mentees.add_mentee(
        vault,
        record=MenteeRecord(display_name="Dev", important_people=[Person("April", "daughter")]),
    )
    for i, body in enumerate(REALISTIC_NOTES):
        note_id = notes.save_draft(
            vault,
            draft=NoteDraft(
                participant_ids=[dev if body.startswith("Dev") else rosa],
                occurred_on=REALISTIC_DAY + timedelta(days=i),
                start_time=time(10),
                end_time=time(11),
                did=body,
                discuss_in_supervision=True,
            ),
        )
        notes.sign_note(vault, note_id=note_id)
    return {"Rosa": rosa, "Dev": dev}


# What must never appear in an export of that vault: these words (whole, any case), and
# the names that are also months or verbs where they are used as names.
REALISTIC_SECRETS = (
    "Rosa", "Delgado", "Ro", "Okafor", "Dev", "Birchwood", "Millbrook", "43210",
    "rosa.delgado67", "0182", "3/14/1967",
)  # fmt: skip
REALISTIC_PHRASES = ("sister June", "June came", "Will said", "Will is", "with May", "and April")


def realistic_leaks(text: str) -> list[str]:
    import re

    found = [w for w in REALISTIC_SECRETS if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I)]
    return found + [p for p in REALISTIC_PHRASES if p.lower() in " ".join(text.split()).lower()]


@pytest.fixture(scope="session")
def realistic() -> SimpleNamespace:
    """fill(vault) -> ids, day (in the notes' month), leaks(text) -> what got through."""
    return SimpleNamespace(fill=fill_realistic, day=REALISTIC_DAY, leaks=realistic_leaks)
