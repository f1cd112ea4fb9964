"""Every crash point of every multi-step operation, each in a real process killed there.

Operations: init, restore, rotate data key, new recovery key, passphrase change,
migration (unlocking a schema-0001 vault), directory import, erase and backup (into
backups/). A child process runs one operation with os.fsync / os.replace / os.unlink /
os.rename and every database COMMIT counted (tests/reliability/crash_harness.py); at
call N it SIGKILLs itself just before that call. The next
start (claim and unlock in this process, as the mentor would) must then find: the vault
opens with the passphrase it should; the data is the old or the new, never a mix;
``peerdesk check`` finds nothing; no temporary file is left; and the recovery key the
mentor was shown last either opens the vault, is offered again, or a sentence says it no
longer works. N runs from 1 to the operation's count of calls, so a new step in an
operation is swept without editing this file.

Figures: each sweep counts its points by outcome (completed or rolled back by the next
start; quiet, told, key offered again) and by failure (lockout, silent recovery-key loss,
leftovers; all must be 0), prints one CRASH-POINTS line (pytest -s) and appends it as
JSON to the file PEERDESK_CRASH_SUMMARY names, if set.

Cost: the children are forked from one process that imported peerdesk once (a fresh
interpreter per point would spend most of the sweep importing), each operation has one
template vault copied per point, and key derivation is at its floor.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import pytest

from peerdesk.core.services import directory_import, erasure, integrity, mentees, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.vault import UnlockResult, Vault, journal
from peerdesk.core.vault.backup import read_backup
from peerdesk.core.vault.keys import KeyFile, parse_recovery_key

from . import crash_harness
from .crash_harness import arm

PASSPHRASE = "orange kettle meadow 42"
NEW_PASSPHRASE = "violet harbour lantern 7"
OLD_SCHEMA_PASSPHRASE = "fixture vault passphrase 0001"
OLD_SCHEMA_RECOVERY = "ZHSA-SQN4-VKWQ-XSEF-SOYL-WXVE-L4"
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
OPS = ("init", "restore", "rotate", "recovery", "passwd", "migration", "import", "erase", "backup")


def run_job(job: dict[str, Any], out: TextIO) -> None:
    """In the zygote's child: one operation, counted from where the mentor's action begins."""
    op, folder, passphrase = job["op"], Path(job["folder"]), job["passphrase"]
    vault = Vault(folder / "vault")
    vault.claim()
    if op in ("init", "restore", "migration"):
        arm(job["crash_at"])
    else:
        session.unlock(vault, passphrase=passphrase)
        arm(job["crash_at"])
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
        session.change_passphrase(vault, current=passphrase, new_passphrase=NEW_PASSPHRASE)
    elif op == "migration":
        session.unlock(vault, passphrase=passphrase)
    elif op == "import":
        plan = directory_import.plan_import(vault, folder / "directory.json")
        directory_import.apply_import(vault, plan)
    elif op == "erase":
        (ben,) = [m.id for m in mentees.list_mentees(vault) if m.display_name == "Ben"]
        erasure.erase_mentee(vault, mentee_id=ben, confirm_name="Ben", remove_backups=True)
    elif op == "backup":
        session.backup(vault, out=vault.backups_dir / "new.pdbackup")
    vault.close()


class Zygote(crash_harness.Zygote):
    def __init__(self) -> None:
        env = {**os.environ, "PEERDESK_KDF_TARGET_MS": "0"}
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        super().__init__(__file__, "run_job", env)

    def run_op(self, op: str, folder: Path, passphrase: str, crash_at: int) -> tuple[int, str]:
        """(-9 when killed at the crash point, else the exit code; what the child printed)."""
        out = folder / "child.out"
        job = {"op": op, "folder": str(folder), "passphrase": passphrase, "crash_at": crash_at}
        code = crash_harness.exit_code(self.run({**job, "out": str(out)}))
        text = out.read_text() if out.exists() else ""
        out.unlink(missing_ok=True)
        return code, text


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
    template = Template(op, folder, PASSPHRASE, recovery, [before], after=before)
    if op == "rotate":  # to tell a rotated key from the old one at the next start
        keys = KeyFile.from_bytes((folder / "vault" / "vault.keys").read_bytes())
        template.extra["data_key"] = keys.unwrap("passphrase", PASSPHRASE).hex()
    return template


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
    code, out = zygote.run_op(template.op, folder, template.passphrase, crash_at)
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


def next_start(template: Template, folder: Path, out: str) -> tuple[str, str, UnlockResult | None]:
    """Start again after the kill; returns (what the mentor met, whether the operation was
    completed or rolled back by then, the unlock's result)."""
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
        assert leftovers(path) == [], f"leftovers: {leftovers(path)}"
        return "no vault yet, init again", "rolled back", None
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
                    raise AssertionError(
                        f"lockout: {template.op}: no passphrase opens: {exc}"
                    ) from exc
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
        held = services(vault)
        if template.op == "import":
            assert held in template.services
            if finished:
                assert held == template.services[-1]
        if template.op == "erase":  # Ben and his note go together
            assert ben_notes(vault) == (1 if "Ben" in got else 0)
        assert integrity.check(vault) == []
        assert leftovers(vault.path) == [], f"leftovers: {template.op}: {leftovers(vault.path)}"
        made = vault.backups_dir / "new.pdbackup"
        if template.op == "backup" and made.exists():  # a backup there is a whole one
            read_backup(made, used)
    finally:
        vault.close()
    keys = KeyFile.from_bytes((path / "vault.keys").read_bytes())
    data_key = keys.unwrap("passphrase", used)
    printed = [k for k in (template.recovery, *shown) if k]
    working = [k for k in printed if opens(keys, data_key, k)]
    if result.recovery_key_stale:
        assert any("no longer opens" in n or "cannot be shown" in n for n in result.notices)
    else:
        assert working, f"silent key loss: {template.op}: no recovery key shown opens the vault"
    if printed and printed[-1] not in working:  # the key the mentor believes in
        assert result.notices, f"silent key loss: {template.op}: the key last shown stopped working"
    # The start after that one is quiet, apart from a recovery key still unseen.
    with session.open_vault(path, passphrase=used) as again:
        assert names(again) == got
    done = {
        "init": True,
        "restore": got == template.after,
        "erase": got == template.after,
        "import": held == template.services[-1],
        "passwd": used == NEW_PASSPHRASE,
        "rotate": data_key.hex() != template.extra.get("data_key"),
        "recovery": bool(template.recovery) and not opens(keys, data_key, template.recovery),
        "migration": True,  # the next unlock migrates, whatever the kill left
        "backup": made.exists(),
    }[template.op]
    state = "completed" if done else "rolled back"
    if result.recovery_key_stale:
        return "stale key told", state, result
    if offered is not None:
        return "key offered again", state, result
    return ("told" if result.notices else "quiet"), state, result


FAILURES = ("lockout", "silent key loss", "leftovers")


def sweep(zygote: Zygote, template: Template, tmp: Path, points: list[int]) -> dict[str, Any]:
    """Every point in turn; a failing point is counted by kind and the sweep goes on, so
    the figures are whole. The caller asserts there were none."""
    summary: dict[str, Any] = {"op": template.op, "points": len(points)}
    told: dict[str, int] = {}
    failed: dict[str, list[str]] = {kind: [] for kind in (*FAILURES, "other")}
    for n in points:
        folder = tmp / f"{template.op}-{n}"
        try:
            folder, _code, out = run_child(zygote, template, tmp, n)
            outcome, state, _result = next_start(template, folder, out)
        except Exception as exc:
            kind = next((k for k in FAILURES if str(exc).startswith(k)), "other")
            failed[kind].append(f"point {n}: {type(exc).__name__}: {exc}")
        else:
            summary[state] = summary.get(state, 0) + 1
            told[outcome] = told.get(outcome, 0) + 1
        shutil.rmtree(folder, ignore_errors=True)
    summary["met"] = told
    summary.update({kind: len(found) for kind, found in failed.items()})
    summary["failures"] = [line for found in failed.values() for line in found][:10]
    report(summary)
    return summary


def report(summary: dict[str, Any]) -> None:
    """One line on stdout (pytest -s shows it); one JSON line appended to the file named by
    PEERDESK_CRASH_SUMMARY, if set, for the closing note's figures."""
    line = {k: v for k, v in summary.items() if k != "failures"}
    print("CRASH-POINTS", json.dumps(line, sort_keys=True))
    target = os.environ.get("PEERDESK_CRASH_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as f:
            f.write(json.dumps(summary, sort_keys=True) + "\n")


def assert_clean(summary: dict[str, Any]) -> None:
    assert summary["failures"] == [], summary["failures"]


@pytest.mark.parametrize("op", OPS)
def test_one_crash_point_each(
    zygote: Zygote, templates: Callable[[str], Template], tmp_path: Path, op: str
) -> None:
    """The fourth call (or the last, if fewer), in the middle of each operation."""
    template = templates(op)
    total = count_calls(zygote, template, tmp_path)
    assert_clean(sweep(zygote, template, tmp_path, [min(4, total)]))


@pytest.mark.slow
@pytest.mark.parametrize("op", OPS)
def test_every_crash_point(
    zygote: Zygote, templates: Callable[[str], Template], tmp_path: Path, op: str
) -> None:
    template = templates(op)
    total = count_calls(zygote, template, tmp_path)
    assert total >= 3  # the harness really counts this operation's file calls
    summary = sweep(zygote, template, tmp_path, list(range(1, total + 1)))
    assert_clean(summary)


def test_uninterrupted_operations_leave_nothing_behind(
    zygote: Zygote, templates: Callable[[str], Template], tmp_path: Path
) -> None:
    for op in OPS:
        template = templates(op)
        folder, _code, out = run_child(zygote, template, tmp_path, 0)
        outcome, state, result = next_start(template, folder, out)
        assert (outcome, state) == ("quiet", "completed"), (op, result)
        assert journal.read(folder / "vault") is None
