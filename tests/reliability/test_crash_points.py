"""Every crash point of restore, rotate data key and new recovery key, in a real process.

A child process runs one operation with os.fsync / os.replace / os.unlink / os.rename
counted; at call N it SIGKILLs itself just before that call. The next start (claim and
unlock in this process) must then find: the vault opens with the passphrase; the data
is the old or the new, never a mix; ``peerdesk check`` finds nothing; no temporary file
is left; and the recovery key the mentor was shown last either opens the vault or a
sentence says it no longer does. N runs from 1 to the operation's count of calls, so a
new step in an operation is swept without editing this file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from peerdesk.core.services import integrity, mentees, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import UnlockResult, Vault, journal
from peerdesk.core.vault.keys import KeyFile, parse_recovery_key

PASSPHRASE = "orange kettle meadow 42"
ROOT = Path(__file__).resolve().parents[2]
OPS = ("restore", "rotate", "recovery")

CHILD = r"""
import os, signal, sys
from pathlib import Path
from peerdesk.core.services import session
from peerdesk.core.vault import Vault

op, crash_at, folder, passphrase = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
vault = Vault(folder / "vault")
vault.claim()
if op != "restore":
    session.unlock(vault, passphrase=passphrase)
calls = 0

def counted(real):
    def call(*args, **kwargs):
        global calls
        calls += 1
        if calls == crash_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return call

for name in ("fsync", "replace", "unlink", "rename"):
    setattr(os, name, counted(getattr(os, name)))
if op == "restore":
    session.restore(vault, backup_file=folder / "old.pdbackup", secret=passphrase)
elif op == "rotate":
    print("SHOWN", session.rotate_data_key(vault, passphrase=passphrase), flush=True)
    session.confirm_recovery_key(vault)
else:
    print("SHOWN", session.replace_recovery_key(vault), flush=True)
    session.confirm_recovery_key(vault)
print("DONE", calls, flush=True)
vault.close()
"""


@dataclass(frozen=True)
class Template:
    folder: Path
    recovery: str  # printed when the vault was made (and in the backup's key file)
    before: list[str]  # mentees before the operation
    backup: list[str]  # mentees in old.pdbackup


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    os.environ["PEERDESK_KDF_TARGET_MS"] = "0"
    folder = tmp_path_factory.mktemp("crash-template")
    vault = Vault(folder / "vault")
    recovery = session.create_vault(vault, passphrase=PASSPHRASE)
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana"))
    session.backup(vault, out=folder / "old.pdbackup")
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Ben"))
    vault.close()
    yield Template(folder, recovery, ["Ana", "Ben"], ["Ana"])


def run_child(template: Template, tmp: Path, op: str, crash_at: int) -> tuple[Path, str]:
    folder = tmp / f"{op}-{crash_at}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template.folder, folder)
    env = {**os.environ, "PEERDESK_KDF_TARGET_MS": "0", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, op, str(crash_at), str(folder), PASSPHRASE],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if crash_at:
        assert proc.returncode == -9 or "DONE" in proc.stdout, proc.stderr[-2000:]
    else:
        assert proc.returncode == 0, proc.stderr[-2000:]
    return folder, proc.stdout


def count_calls(template: Template, tmp: Path, op: str) -> int:
    _folder, out = run_child(template, tmp, op, 0)
    return int(out.split("DONE", 1)[1].split()[0])


def names(vault: Vault) -> list[str]:
    return sorted(m.display_name for m in mentees.list_mentees(vault, include_archived=True))


def opens(keys: KeyFile, data_key: bytes, recovery: str) -> bool:
    try:
        return keys.unwrap("recovery", parse_recovery_key(recovery)) == data_key
    except Exception:
        return False


def leftovers(folder: Path) -> list[str]:
    found = []
    for path in [*folder.iterdir(), *(folder / "backups").iterdir()]:
        if path.name.startswith(".") or path.name == "vault.keys.next":
            found.append(path.name)
    entry = journal.read(folder)
    if entry is not None and entry.op != "recovery_key_unconfirmed":
        found.append(f"journal {entry.op}")
    return found


def verify_after_crash(template: Template, op: str, folder: Path, out: str) -> UnlockResult:
    shown = [line.split()[1] for line in out.splitlines() if line.startswith("SHOWN")]
    finished = "DONE" in out
    vault = Vault(folder / "vault")
    try:
        vault.claim()
        result = session.unlock(vault, passphrase=PASSPHRASE)  # never a lockout
        got = names(vault)
        assert integrity.check(vault) == []
        assert leftovers(vault.path) == []
    finally:
        vault.close()
    expected = [template.before] if op != "restore" else [template.before, template.backup]
    assert got in expected  # old or new, never a mix (rotate and recovery keep the data)
    if finished and op == "restore":
        assert got == template.backup
    keys = KeyFile.from_bytes((folder / "vault" / "vault.keys").read_bytes())
    data_key = keys.unwrap("passphrase", PASSPHRASE)
    printed = [template.recovery, *shown]
    working = [k for k in printed if opens(keys, data_key, k)]
    if result.recovery_key_stale:
        assert any("no longer opens" in n for n in result.notices)
    else:
        assert working, "no recovery key the mentor was shown opens the vault, and no word"
    if printed[-1] not in working:  # the key the mentor believes in, told if it fails
        assert result.notices, f"{op}: the recovery key last shown stopped working silently"
    # The next start after that one is quiet again, apart from an unseen recovery key.
    with session.open_vault(folder / "vault", passphrase=PASSPHRASE) as again:
        assert names(again) == got
    return result


def sweep(template: Template, tmp: Path, op: str, points: list[int]) -> dict[str, int]:
    outcomes = {"points": len(points), "told": 0, "quiet": 0, "stale key told": 0}
    for n in points:
        folder, out = run_child(template, tmp, op, n)
        result = verify_after_crash(template, op, folder, out)
        if result.recovery_key_stale:
            outcomes["stale key told"] += 1
        elif result.notices:
            outcomes["told"] += 1
        else:
            outcomes["quiet"] += 1
        shutil.rmtree(folder)
    return outcomes


@pytest.mark.parametrize("op", OPS)
def test_one_crash_point_each(template: Template, tmp_path: Path, op: str) -> None:
    """The fourth call, in the middle of each operation: fast enough for every run."""
    sweep(template, tmp_path, op, [4])


@pytest.mark.slow
@pytest.mark.parametrize("op", OPS)
def test_every_crash_point(template: Template, tmp_path: Path, op: str) -> None:
    total = count_calls(template, tmp_path, op)
    assert total >= 4  # the harness really counts this operation's file calls
    outcomes = sweep(template, tmp_path, op, list(range(1, total + 1)))
    print(op, outcomes)


def test_uninterrupted_operations_leave_nothing_behind(template: Template, tmp_path: Path) -> None:
    for op in OPS:
        folder, out = run_child(template, tmp_path, op, 0)
        assert "DONE" in out
        result = verify_after_crash(template, op, folder, out)
        assert result.notices == () and not result.recovery_key_stale
        assert journal.read(folder / "vault") is None
