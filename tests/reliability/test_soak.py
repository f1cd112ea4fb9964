"""The soak (issue 21): thousands of random operations against a model kept in memory, some
of them killed at a random crash point, the vault compared with the model after each.

Operations: add a mentee, add a note, edit a draft, sign, add an addendum, search, lock and
unlock, back up, restore, import notes, the full export, erase a mentee. After every step
the vault's mentees, notes (text, signed or not, addenda) must equal the model's, a search
for a note's own word finds exactly that note, and an export holds exactly the model.

Kills: about one write in ``KILL_EVERY`` runs in a child process forked from one process
that imported peerdesk once (tests/reliability/crash_harness.py, shared with the crash-point
sweep: os.fsync, os.replace, os.unlink, os.rename and every COMMIT counted; SIGKILL at call
N, N drawn at random). The next start (claim and unlock here, as the mentor would) must open the vault,
which must then equal the model before or after that operation, never a mix; `check` must
find nothing, and no temporary file may be left.

Seeded. PEERDESK_SOAK_OPS (1,000 in the suite; 10,000 by hand) and PEERDESK_SOAK_SEED run it longer or
differently by hand. Key derivation is at its floor (tests/conftest.py) and most unlocks use
the recovery key (HKDF); one in ten uses the passphrase.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import tempfile
import time as time_module
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

PASSPHRASE = "orange kettle meadow 42"
OPS = int(os.environ.get("PEERDESK_SOAK_OPS", "1000"))
SEED = int(os.environ.get("PEERDESK_SOAK_SEED", "2121"))
KILL_EVERY = 35  # about one write in this many runs in a child killed at a crash point
MAX_MENTEES = 6
MAX_NOTES = 60
FIRST_DAY = date(2026, 1, 5)


# --- the model ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    mentee: str
    body: str
    signed: bool = False
    addenda: tuple[str, ...] = ()


@dataclass(frozen=True)
class Model:
    mentees: frozenset[str] = frozenset()
    notes: tuple[tuple[str, Note], ...] = ()  # (its own word, the note), sorted

    def note_map(self) -> dict[str, Note]:
        return dict(self.notes)

    def with_notes(self, notes: dict[str, Note]) -> Model:
        return replace(self, notes=tuple(sorted(notes.items())))


# --- operations, run here or in a killed child (the same code) ------------------------------


def _ids(vault: Any) -> tuple[dict[str, int], dict[str, int]]:
    """(mentee name -> id, note word -> id) as the vault has them now."""
    from sqlalchemy import text

    with vault.session() as s:
        people = {name: i for i, name in s.execute(text("SELECT id, display_name FROM mentee"))}
        notes = {
            did.split()[0]: i for i, did in s.execute(text("SELECT id, did FROM session_note"))
        }
    return people, notes


def apply(vault: Any, op: dict[str, Any], work: Path) -> None:
    """Run one operation on an open vault."""
    from peerdesk.core.services import archive, erasure, mentees, note_import, notes, session
    from peerdesk.core.services.drafts import NoteDraft
    from peerdesk.core.services.mentees import MenteeRecord

    kind = op["op"]
    people, words = _ids(vault)

    def draft(mentee: str, body: str, day: int) -> NoteDraft:
        return NoteDraft(
            participant_ids=[people[mentee]],
            occurred_on=date.fromordinal(FIRST_DAY.toordinal() + day),
            start_time=time(10),
            end_time=time(11),
            did=body,
        )

    if kind == "add_mentee":
        mentees.add_mentee(vault, record=MenteeRecord(display_name=op["name"]))
    elif kind == "add":
        notes.save_draft(vault, draft=draft(op["mentee"], op["body"], op["day"]))
    elif kind == "edit":
        notes.save_draft(
            vault, draft=draft(op["mentee"], op["body"], op["day"]), note_id=words[op["word"]]
        )
    elif kind == "sign":
        notes.sign_note(vault, note_id=words[op["word"]])
    elif kind == "addendum":
        notes.add_addendum(vault, note_id=words[op["word"]], text_=op["text"])
    elif kind == "backup":
        session.backup(vault, out=Path(op["out"]))
    elif kind == "restore":
        session.restore(vault, backup_file=Path(op["backup"]), secret=op["recovery"], recovery=True)
    elif kind == "import":
        source = work / "import.txt"
        source.write_text(
            "".join(f"## 2026-03-{10 + i:02d}\n{body}\n\n" for i, body in enumerate(op["bodies"]))
        )
        prepared = note_import.preview(vault, path=source, mentee=op["mentee"], format="text")
        note_import.commit(vault, prepared=prepared)
    elif kind == "erase":
        erasure.erase_mentee(vault, mentee_id=people[op["name"]], confirm_name=op["name"])
    elif kind == "export":
        out = archive.write_export(vault, out_dir=work / "export", format="json")
        op["written"] = str(out)
    else:  # pragma: no cover - the generator makes only the kinds above
        raise AssertionError(kind)


def expected(model: Model, op: dict[str, Any], backups: dict[str, Model]) -> Model:
    """The model after ``op`` succeeded."""
    kind = op["op"]
    notes = model.note_map()
    if kind == "add_mentee":
        return replace(model, mentees=model.mentees | {op["name"]})
    if kind == "add":
        notes[op["word"]] = Note(op["mentee"], op["body"])
    elif kind == "edit":
        notes[op["word"]] = replace(notes[op["word"]], body=op["body"])
    elif kind == "sign":
        notes[op["word"]] = replace(notes[op["word"]], signed=True)
    elif kind == "addendum":
        note = notes[op["word"]]
        notes[op["word"]] = replace(note, addenda=(*note.addenda, op["text"]))
    elif kind == "restore":
        return backups[op["backup"]]
    elif kind == "import":
        for body in op["bodies"]:
            notes[body.split()[0]] = Note(op["mentee"], body)
    elif kind == "erase":
        notes = {w: n for w, n in notes.items() if n.mentee != op["name"]}
        return replace(model, mentees=model.mentees - {op["name"]}).with_notes(notes)
    return model.with_notes(notes)


def observed(vault: Any) -> Model:
    """What the vault holds, in the model's terms."""
    from sqlalchemy import text

    with vault.session() as s:
        people = frozenset(name for (name,) in s.execute(text("SELECT display_name FROM mentee")))
        addenda: dict[int, list[str]] = {}
        for note_id, body in s.execute(text("SELECT note_id, text FROM addendum ORDER BY id")):
            addenda.setdefault(note_id, []).append(body)
        notes = {}
        rows = s.execute(
            text(
                "SELECT n.id, n.did, n.state, m.display_name FROM session_note n "
                "JOIN note_participant p ON p.note_id = n.id JOIN mentee m ON m.id = p.mentee_id"
            )
        )
        for note_id, did, state, mentee in rows:
            word = did.split()[0]
            assert word not in notes, f"two notes hold {word}"
            notes[word] = Note(mentee, did, state == "signed", tuple(addenda.get(note_id, ())))
    return Model(people).with_notes(notes)


# --- the child that is killed ---------------------------------------------------------------


def run_job(job: dict[str, Any], out: Any) -> None:
    """In the crash harness's child: open the vault, then one operation, counted."""
    from peerdesk.core.services import session
    from peerdesk.core.vault import Vault

    from .crash_harness import arm

    vault = Vault(job["vault"])
    session.unlock_with_recovery_key(vault, recovery_key=job["recovery"])
    arm(job["crash_at"])
    apply(vault, job["op"], Path(job["work"]))
    vault.close()


PRELOAD = (
    "peerdesk.core.services.archive",
    "peerdesk.core.services.erasure",
    "peerdesk.core.services.mentees",
    "peerdesk.core.services.note_import",
    "peerdesk.core.services.notes",
    "peerdesk.core.services.session",
    "peerdesk.core.vault",
)


# --- the generator --------------------------------------------------------------------------


@dataclass
class Soak:
    rng: random.Random
    work: Path
    recovery: str
    model: Model = field(default_factory=Model)
    backups: dict[str, Model] = field(default_factory=dict)
    counter: int = 0
    locked: bool = False

    def word(self) -> str:
        self.counter += 1
        return f"w{self.counter:05d}q"

    def next_op(self) -> dict[str, Any]:
        rng, model = self.rng, self.model
        notes = model.note_map()
        drafts = sorted(w for w, n in notes.items() if not n.signed)
        signed = sorted(w for w, n in notes.items() if n.signed)
        people = sorted(model.mentees)
        if self.locked:
            return {"op": "unlock", "passphrase": rng.random() < 0.1}
        room = len(notes) < MAX_NOTES
        choices: list[tuple[str, float]] = [  # in percent, about
            ("add_mentee", 1.5 if len(people) < MAX_MENTEES else 0),
            ("add", 9 if people and room else 0),
            ("edit", 16 if drafts else 0),
            ("sign", 5 if drafts else 0),
            ("addendum", 10 if signed else 0),
            ("search", 35),
            ("lock", 2),
            ("backup", 0.8),
            ("restore", 0.5 if self.backups else 0),
            ("import", 0.5 if people and room else 0),
            ("export", 0.8),
            ("erase", (0.3 if room else 6) if people else 0),
        ]
        kind = rng.choices([k for k, _ in choices], [w for _, w in choices])[0]
        day = rng.randrange(300)
        if kind == "add_mentee":
            return {"op": kind, "name": f"Person {self.word()}"}
        if kind == "add":
            word = self.word()
            mentee = rng.choice(people)
            return {"op": kind, "word": word, "mentee": mentee, "day": day, "body": f"{word} met"}
        if kind == "edit":
            word = rng.choice(drafts)
            body = f"{word} talked about the week, version {rng.randrange(10**6)}"
            return {
                "op": kind,
                "word": word,
                "mentee": notes[word].mentee,
                "day": day,
                "body": body,
            }
        if kind in ("sign", "addendum"):
            word = rng.choice(drafts if kind == "sign" else signed)
            return {"op": kind, "word": word, "text": f"added later {rng.randrange(10**6)}"}
        if kind == "search":
            word = rng.choice(sorted(notes)) if notes and rng.random() < 0.8 else self.word()
            return {"op": kind, "word": word}
        if kind == "backup":
            return {"op": kind, "out": str(self.work / f"b{self.word()}.pdbackup")}
        if kind == "restore":
            return {"op": kind, "backup": rng.choice(sorted(self.backups)), "recovery": ""}
        if kind == "import":
            bodies = [f"{self.word()} imported" for _ in range(rng.randrange(1, 4))]
            return {"op": kind, "mentee": rng.choice(people), "bodies": bodies}
        if kind == "erase":
            return {"op": kind, "name": rng.choice(people)}
        return {"op": kind}


WRITES = ("add_mentee", "add", "edit", "sign", "addendum", "backup", "restore", "import", "erase")


def leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith(".") or p.name.endswith((".tmp", ".next"))
    )


@pytest.mark.slow
def test_soak_random_operations_with_kills_match_the_model(tmp_path: Path) -> None:
    # In memory where the system has it (/dev/shm): the soak is about what the vault does
    # between its writes and when killed, and a kill does not lose what the kernel holds.
    shm = Path("/dev/shm")
    root = Path(tempfile.mkdtemp(dir=shm)) if shm.is_dir() and os.access(shm, os.W_OK) else tmp_path
    try:
        _soak(root)
    finally:
        if root != tmp_path:
            shutil.rmtree(root, ignore_errors=True)


def _soak(root: Path) -> None:
    from peerdesk.core.errors import PeerdeskError, VaultExists
    from peerdesk.core.services import integrity, search, session
    from peerdesk.core.vault import Vault

    from .crash_harness import ERROR_EXIT, Zygote

    folder, work = root / "vault", root / "work"
    work.mkdir()
    vault = Vault(folder)
    recovery = session.create_vault(vault, passphrase=PASSPHRASE, seed=False)
    session.confirm_recovery_key(vault)
    soak = Soak(random.Random(SEED), work, recovery)
    env = dict(os.environ, PEERDESK_KDF_TARGET_MS="0")
    zygote = Zygote(__file__, "run_job", env, preload=PRELOAD)
    tally: Counter[str] = Counter()
    points: dict[str, int] = {}  # the most calls a run of each kind made to the end
    cpu: Counter[str] = Counter()
    mismatches: list[str] = []

    def reopen() -> Vault:
        again = Vault(folder)
        session.unlock_with_recovery_key(again, recovery_key=recovery)  # no lockout, ever
        return again

    try:
        previous, last = "", time_module.process_time()
        for step in range(OPS):
            now = time_module.process_time()
            cpu[previous] += now - last
            last = now
            op = soak.next_op()
            kind = previous = op["op"]
            if kind == "restore":
                op["recovery"] = recovery
            tally[kind] += 1
            before = soak.model
            if kind == "unlock":
                if op["passphrase"]:
                    session.unlock(vault, passphrase=PASSPHRASE)
                else:
                    session.unlock_with_recovery_key(vault, recovery_key=recovery)
                soak.locked = False
            elif kind == "lock":
                session.lock(vault)
                soak.locked = True
                continue
            elif kind == "search":
                hits = search.search_notes(vault, query=op["word"])
                want = [op["word"]] if op["word"] in before.note_map() else []
                if [h.plain_snippet.split()[0] for h in hits] != want:
                    mismatches.append(f"step {step}: search {op['word']}: {len(hits)} hits")
            elif kind == "export":
                apply(vault, op, work)
                doc = json.loads(Path(op["written"]).read_text())
                exported = sorted(n["did"].split()[0] for n in doc["notes"])
                if exported != sorted(before.note_map()):
                    mismatches.append(f"step {step}: export holds {len(exported)} notes")
            elif kind in WRITES and soak.rng.randrange(KILL_EVERY) == 0:
                vault.close()
                crash_at = soak.rng.randint(1, points.get(kind, 8))
                job = {
                    "vault": str(folder),
                    "recovery": recovery,
                    "crash_at": crash_at,
                    "op": op,
                    "work": str(work),
                    "out": str(work / "child.txt"),
                }
                status = zygote.run(job)
                killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                tally["killed" if killed else "ran to the end in a child"] += 1
                report = (work / "child.txt").read_text().split() if not killed else []
                if report[:1] == ["DONE"]:  # so later kills of this kind reach every point
                    points[kind] = max(points.get(kind, 8), int(report[1]))
                vault = reopen()
                found = observed(vault)
                after = expected(before, op, soak.backups) if status != ERROR_EXIT << 8 else before
                if found not in (before, after):
                    mismatches.append(f"step {step}: {kind} killed at {crash_at}: a mix")
                if integrity.check(vault):
                    mismatches.append(f"step {step}: check after a kill: {integrity.check(vault)}")
                if leftovers(folder):
                    mismatches.append(f"step {step}: left behind {leftovers(folder)}")
                if not killed and status == 0 and found != after:
                    mismatches.append(f"step {step}: {kind} finished but not applied")
                soak.model = found if found in (before, after) else before
                if kind == "backup" and Path(op["out"]).exists():
                    soak.backups[op["out"]] = before
                continue
            elif kind in WRITES:
                try:
                    apply(vault, op, work)
                except VaultExists:  # a second restore within one second: nothing changed
                    tally["restore refused (same second)"] += 1
                    soak.model = before
                    if observed(vault) != before:
                        mismatches.append(f"step {step}: a refused restore changed the vault")
                    continue
                except PeerdeskError as exc:
                    mismatches.append(f"step {step}: {kind} refused: {exc}")
                    soak.model = observed(vault)
                    continue
                soak.model = expected(before, op, soak.backups)
                if kind == "backup":
                    soak.backups[op["out"]] = before
                    if len(soak.backups) > 4:
                        oldest = sorted(soak.backups)[0]
                        del soak.backups[oldest]
                        Path(oldest).unlink()
            found = observed(vault)
            if found != soak.model:
                mismatches.append(f"step {step}: {kind}: the vault differs from the model")
                soak.model = found
        if soak.locked:
            session.unlock_with_recovery_key(vault, recovery_key=recovery)
        assert integrity.check(vault) == []
    finally:
        zygote.close()
        vault.close()
    summary = {"ops": OPS, "seed": SEED, **tally, "mismatches": len(mismatches)}
    summary["cpu"] = {k: round(v, 2) for k, v in cpu.items() if k}
    print("SOAK", json.dumps(summary, sort_keys=True))
    assert mismatches == [], mismatches[:20]
    assert tally["killed"] > 0
