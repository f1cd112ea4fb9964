"""Every crash point of every multi-step operation, each in a real process killed there.

Operations: init, restore, rotate data key, new recovery key, passphrase change,
migration (unlocking a schema-0001 vault), directory import and erase. A child process
runs one operation with os.fsync / os.replace / os.unlink / os.rename and every
database COMMIT counted; at call N it SIGKILLs itself just before that call. The next
start (claim and unlock in this process, as the mentor would) must then find: the vault
opens with the passphrase it should; the data is the old or the new, never a mix;
``peerdesk check`` finds nothing; no temporary file is left; and the recovery key the
mentor was shown last either opens the vault, is offered again, or a sentence says it no
longer works. N runs from 1 to the operation's count of calls, so a new step in an
operation is swept without editing this file.

Cost: the children are forked from one process that imported peerdesk once (a fresh
interpreter per point would spend most of the sweep importing), each operation has one
template vault copied per point, and key derivation is at its floor.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from peerdesk.core.services import integrity, mentees, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import UnlockResult, Vault, journal
from peerdesk.core.vault.keys import KeyFile, parse_recovery_key

PASSPHRASE = "orange kettle meadow 42"
NEW_PASSPHRASE = "violet harbour lantern 7"
OLD_SCHEMA_PASSPHRASE = "fixture vault passphrase 0001"
OLD_SCHEMA_RECOVERY = "ZHSA-SQN4-VKWQ-XSEF-SOYL-WXVE-L4"
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
OPS = ("init", "restore", "rotate", "recovery", "passwd", "migration", "import", "erase")

# One process imports everything once, then forks a child per crash point.
ZYGOTE = r"""
import json, os, signal, sys
from pathlib import Path
from sqlalchemy import event
from sqlalchemy.engine import Engine
from peerdesk.core.services import directory_import, erasure, mentees, session
from peerdesk.core.vault import Vault

state = {"calls": 0, "crash_at": 0}

def tick():
    state["calls"] += 1
    if state["calls"] == state["crash_at"]:
        os.kill(os.getpid(), signal.SIGKILL)

def counted(real):
    def call(*args, **kwargs):
        tick()
        return real(*args, **kwargs)
    return call

def count_calls():
    for name in ("fsync", "replace", "unlink", "rename"):
        setattr(os, name, counted(getattr(os, name)))
    event.listen(Engine, "commit", lambda conn: tick())

def run(op, folder, passphrase, out):
    vault = Vault(folder / "vault")
    vault.claim()
    if op in ("init", "restore", "migration"):
        count_calls()
    else:
        session.unlock(vault, passphrase=passphrase)
        count_calls()
    if op == "init":
        print("SHOWN", session.create_vault(vault, passphrase=passphrase), file=out, flush=True)
        session.confirm_recovery_key(vault)
    elif op == "restore":
        session.restore(vault, backup_file=folder / "old.pdbackup", secret=passphrase)
    elif op == "rotate":
        print("SHOWN", session.rotate_data_key(vault, passphrase=passphrase), file=out, flush=True)
        session.confirm_recovery_key(vault)
    elif op == "recovery":
        print("SHOWN", session.replace_recovery_key(vault), file=out, flush=True)
        session.confirm_recovery_key(vault)
    elif op == "passwd":
        session.change_passphrase(vault, current=passphrase, new_passphrase=sys.argv[1])
    elif op == "migration":
        session.unlock(vault, passphrase=passphrase)
    elif op == "import":
        plan = directory_import.plan_import(vault, folder / "directory.json")
        directory_import.apply_import(vault, plan)
    elif op == "erase":
        (ben,) = [m.id for m in mentees.list_mentees(vault) if m.display_name == "Ben"]
        erasure.erase_mentee(vault, mentee_id=ben, confirm_name="Ben", remove_backups=True)
    print("DONE", state["calls"], file=out, flush=True)
    vault.close()

for line in sys.stdin:
    job = json.loads(line)
    pid = os.fork()
    if pid == 0:
        try:
            state["crash_at"] = job["crash_at"]
            with open(job["out"], "w") as out:
                run(job["op"], Path(job["folder"]), job["passphrase"], out)
        except BaseException as exc:
            with open(job["out"], "a") as out:
                print("ERROR", type(exc).__name__, exc, file=out, flush=True)
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    print(json.dumps({"status": status}), flush=True)
"""


class Zygote:
    def __init__(self) -> None:
        env = {**os.environ, "PEERDESK_KDF_TARGET_MS": "0", "PYTHONPATH": str(ROOT)}
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE, NEW_PASSPHRASE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )

    def run(self, op: str, folder: Path, passphrase: str, crash_at: int) -> tuple[int, str]:
        """(-9 when killed at the crash point, else the exit code; what the child printed)."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        out = folder / "child.out"
        job = {"op": op, "folder": str(folder), "passphrase": passphrase, "crash_at": crash_at}
        self.proc.stdin.write(json.dumps({**job, "out": str(out)}) + "\n")
        self.proc.stdin.flush()
        status = json.loads(self.proc.stdout.readline())["status"]
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        text = out.read_text() if out.exists() else ""
        out.unlink(missing_ok=True)
        return code, text

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


@dataclass
class Template:
    op: str
    folder: Path
    passphrase: str
    recovery: str  # the recovery key the mentor holds before the operation ("" for init)
    expected: list[list[str]]  # mentees before or after; one of these, never a mix
    after: list[str] | None = None  # the state once the operation finished
    services: tuple[int, ...] = (0,)  # directory services: before or after
    extra: dict[str, str] = field(default_factory=dict)


def make_template(op: str, root: Path) -> Template:
    folder = root / f"template-{op}"
    folder.mkdir()
    if op == "init":
        return Template(op, folder, PASSPHRASE, "", [[]], after=[])
    if op == "migration":
        shutil.copytree(DATA / "vault-0001", folder / "vault")
        return Template(
            op, folder, OLD_SCHEMA_PASSPHRASE, OLD_SCHEMA_RECOVERY, [["Maria"]], after=["Maria"]
        )
    vault = Vault(folder / "vault")
    recovery = session.create_vault(vault, passphrase=PASSPHRASE, seed=False)
    session.confirm_recovery_key(vault)
    mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana"))
    session.backup(vault, out=folder / "old.pdbackup")
    ben = mentees.add_mentee(vault, record=MenteeRecord(display_name="Ben"))
    if op == "erase":
        from peerdesk.core.services import notes

        draft = notes.NoteDraft(
            participant_ids=[ben], occurred_on=date.today(), did="Ben walked to the library"
        )
        notes.sign_note(vault, note_id=notes.save_draft(vault, draft=draft))
        session.backup(vault, out=vault.backups_dir / "with-ben.pdbackup")
    vault.close()
    before = ["Ana", "Ben"]
    if op == "restore":
        return Template(op, folder, PASSPHRASE, recovery, [before, ["Ana"]], after=["Ana"])
    if op == "erase":
        return Template(op, folder, PASSPHRASE, recovery, [before, ["Ana"]], after=["Ana"])
    if op == "import":
        (folder / "directory.json").write_text(json.dumps(_directory()))
        return Template(op, folder, PASSPHRASE, recovery, [before], after=before, services=(0, 3))
    return Template(op, folder, PASSPHRASE, recovery, [before], after=before)


def _directory() -> list[dict[str, object]]:
    def one(n: int) -> dict[str, object]:
        return {
            "id": f"00000000-0000-4000-8000-00000000000{n}",
            "name": f"Riverside Pantry {n}",
            "status": "active",
            "organization": {
                "id": f"00000000-0000-4000-8000-0000000000a{n}",
                "name": f"Riverside Food Network {n}",
            },
        }

    return [one(n) for n in (1, 2, 3)]


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    z = Zygote()
    yield z
    z.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Template]:
    os.environ["PEERDESK_KDF_TARGET_MS"] = "0"
    root = tmp_path_factory.mktemp("crash-templates")
    made: dict[str, Template] = {}

    def get(op: str) -> Template:
        if op not in made:
            made[op] = make_template(op, root)
        return made[op]

    return get


def run_child(
    zygote: Zygote, template: Template, tmp: Path, crash_at: int
) -> tuple[Path, int, str]:
    folder = tmp / f"{template.op}-{crash_at}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template.folder, folder)
    code, out = zygote.run(template.op, folder, template.passphrase, crash_at)
    if crash_at and code == -9:
        assert "DONE" not in out
    else:
        assert code == 0 and "DONE" in out, out[-2000:]
    return folder, code, out


def count_calls(zygote: Zygote, template: Template, tmp: Path) -> int:
    folder, _code, out = run_child(zygote, template, tmp, 0)
    shutil.rmtree(folder)
    return int(out.split("DONE", 1)[1].split()[0])


def names(vault: Vault) -> list[str]:
    return sorted(m.display_name for m in mentees.list_mentees(vault, include_archived=True))


def services(vault: Vault) -> int:
    from sqlalchemy import func, select

    from peerdesk.core.models import DirService

    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(DirService)) or 0


def ben_notes(vault: Vault) -> int:
    from peerdesk.core.services import search

    return len(search.search_notes(vault, query="library"))


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


def next_start(template: Template, folder: Path, out: str) -> tuple[str, UnlockResult | None]:
    """Start again after the kill; returns the outcome's name and the unlock's result."""
    shown = [line.split()[1] for line in out.splitlines() if line.startswith("SHOWN")]
    finished = "DONE" in out
    path = folder / "vault"
    probe = Vault(path)
    if template.op == "init" and not probe.exists():
        # No vault yet: the mentor runs init again, and it works.
        assert not shown
        session.create_vault(probe, passphrase=PASSPHRASE)
        session.confirm_recovery_key(probe)
        probe.close()
        assert leftovers(path) == []
        return "no vault yet, init again", None
    passphrases = [template.passphrase]
    if template.op == "passwd":
        passphrases = [NEW_PASSPHRASE] if finished else [PASSPHRASE, NEW_PASSPHRASE]
    vault = probe
    result: UnlockResult | None = None
    try:
        vault.claim()
        for p in passphrases:  # the old or the new passphrase: never a lockout
            try:
                result = session.unlock(vault, passphrase=p)
                used = p
                break
            except Exception as exc:
                if p == passphrases[-1]:
                    raise AssertionError(f"{template.op}: no passphrase opens: {exc}") from exc
        assert result is not None
        offered = result.recovery_key_to_confirm
        if offered is not None:  # init's key, never confirmed: offered until it is
            assert template.op == "init" and not finished
            assert not shown or offered == shown[-1]
            shown = [offered]
            session.confirm_recovery_key(vault)
        got = names(vault)
        assert got in template.expected, f"{template.op}: {got} is a mix"
        if finished:
            assert got == template.after
        if template.op == "import":
            assert services(vault) in template.services
            if finished:
                assert services(vault) == template.services[-1]
        if template.op == "erase":  # Ben and his note go together
            assert ben_notes(vault) == (1 if "Ben" in got else 0)
        assert integrity.check(vault) == []
        assert leftovers(vault.path) == [], template.op
    finally:
        vault.close()
    keys = KeyFile.from_bytes((path / "vault.keys").read_bytes())
    data_key = keys.unwrap("passphrase", used)
    printed = [k for k in (template.recovery, *shown) if k]
    working = [k for k in printed if opens(keys, data_key, k)]
    if result.recovery_key_stale:
        assert any("no longer opens" in n or "cannot be shown" in n for n in result.notices)
    else:
        assert working, f"{template.op}: no recovery key the mentor was shown opens the vault"
    if printed and printed[-1] not in working:  # the key the mentor believes in
        assert result.notices, f"{template.op}: the recovery key last shown stopped working"
    # The start after that one is quiet, apart from a recovery key still unseen.
    with session.open_vault(path, passphrase=used) as again:
        assert names(again) == got
    if result.recovery_key_stale:
        return "stale key told", result
    if offered is not None:
        return "key offered again", result
    return ("told" if result.notices else "quiet"), result


def sweep(zygote: Zygote, template: Template, tmp: Path, points: list[int]) -> dict[str, int]:
    outcomes: dict[str, int] = {"points": len(points)}
    for n in points:
        folder, _code, out = run_child(zygote, template, tmp, n)
        outcome, _result = next_start(template, folder, out)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        shutil.rmtree(folder)
    return outcomes


@pytest.mark.parametrize("op", OPS)
def test_one_crash_point_each(
    zygote: Zygote, templates: Callable[[str], Template], tmp_path: Path, op: str
) -> None:
    """The fourth call (or the last, if fewer), in the middle of each operation."""
    template = templates(op)
    total = count_calls(zygote, template, tmp_path)
    sweep(zygote, template, tmp_path, [min(4, total)])


@pytest.mark.slow
@pytest.mark.parametrize("op", OPS)
def test_every_crash_point(
    zygote: Zygote, templates: Callable[[str], Template], tmp_path: Path, op: str
) -> None:
    template = templates(op)
    total = count_calls(zygote, template, tmp_path)
    assert total >= 3  # the harness really counts this operation's file calls
    outcomes = sweep(zygote, template, tmp_path, list(range(1, total + 1)))
    print(op, outcomes)


def test_uninterrupted_operations_leave_nothing_behind(
    zygote: Zygote, templates: Callable[[str], Template], tmp_path: Path
) -> None:
    for op in OPS:
        template = templates(op)
        folder, _code, out = run_child(zygote, template, tmp_path, 0)
        outcome, result = next_start(template, folder, out)
        assert outcome == "quiet", (op, result)
        assert journal.read(folder / "vault") is None
