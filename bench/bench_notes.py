"""Notes benchmarks: prints figures, asserts nothing (targets: DESIGN.md section 9).

    python bench/bench_notes.py [--notes 10000] [--mentees 500] [--big 100000] [--runs 5]

Works on the deterministic corpus vaults bench/bench_cli.py builds and caches under
$TMPDIR/peerdesk-bench/peerdesk-N (two years at 10,000 notes; --big-years, default 10,
for the big one), with their derived key beside them: this process unlocks with that
key (the key derivation is timed on its own line), so a rerun starts at once.

Prints, each as wall time and CPU time (process_time in process; user + sys for a
child), medians or p50/p95 with [min-max]: in-process search (the ORM services as the
GUI searches, and services/quick.py as `peerdesk search` does, also for the corpus's
commonest word); first paint of the notes list; first paint of a mentee's timeline;
unlock (beyond the KDF) to Today painted; GUI start to the unlock screen (the real
app, `python -m peerdesk`, in a fresh process); the RSS of a fresh app unlocked, with
Today, the notes list and a timeline shown; note save and sign (on a copy of the
vault); and end-to-end `peerdesk search`. The paired comparison with encrypted jrnl and
keepassxc-cli, hit counts checked, is bench/bench_cli.py; the one-year export is
bench/bench_export.py.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from peerdesk.core.services import mentees, notes, quick, search
from peerdesk.core.vault import Vault
from peerdesk.core.vault.direct import DirectVault
from peerdesk.core.vault.keys import KdfParams

WORK = Path(tempfile.gettempdir()) / "peerdesk-bench"
PYTHON: list[str] = []  # the installed-like python of the child processes (main sets it)
PASSPHRASE = "benchmark passphrase 1"
QUERIES = [
    "bus",
    "library card",
    "proud",
    "bank acc",
    "housing form",
    "music",
    "calm walk",
    "interview",
]


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


def line(label: str, samples: list[float], cpu: list[float]) -> None:
    print(
        f"{label:<38} p50 {pct(samples, 50):7.2f} ms   p95 {pct(samples, 95):7.2f} ms   "
        f"CPU p50 {pct(cpu, 50):7.2f} p95 {pct(cpu, 95):7.2f} "
        f"[{min(cpu) * 1000:.2f}-{max(cpu) * 1000:.2f}] ms (n={len(samples)})"
    )


def medians(label: str, wall: list[float], cpu: list[float], note: str = "") -> None:
    print(
        f"{label:<38} {statistics.median(wall) * 1000:7.1f} ms   CPU "
        f"{statistics.median(cpu) * 1000:7.1f} ms [{min(cpu) * 1000:.1f}-{max(cpu) * 1000:.1f}]"
        f" (medians of {len(cpu)}{'; ' + note if note else ''})"
    )


class Timer:
    """Wall (perf_counter) and CPU (process_time) of the block, appended to two lists."""

    def __init__(self, wall: list[float], cpu: list[float]) -> None:
        self.wall, self.cpu = wall, cpu

    def __enter__(self) -> None:
        self.started, self.started_cpu = time.perf_counter(), time.process_time()

    def __exit__(self, *exc: object) -> None:
        self.wall.append(time.perf_counter() - self.started)
        self.cpu.append(time.process_time() - self.started_cpu)


def cached(n_notes: int, n_mentees: int, years: int) -> tuple[Path, Path]:
    """The corpus vault bench_cli builds (once) and its derived key's file."""
    from bench_cli import make_peerdesk

    plan_args = {"notes": n_notes, "mentees": n_mentees}
    if years != 2:  # as bench_cli: the two-year corpus keeps its cache stamp
        plan_args["years"] = years
    return make_peerdesk(WORK / f"peerdesk-{n_notes}", plan_args)


@contextlib.contextmanager
def derived(key_file: Path) -> Iterator[None]:
    """Unlock with the cached derived key instead of running Argon2id each time."""
    key = bytes.fromhex(key_file.read_text())
    real = KdfParams.derive
    KdfParams.derive = lambda self, passphrase: key  # type: ignore[method-assign]
    try:
        yield
    finally:
        KdfParams.derive = real  # type: ignore[method-assign]


def bench_save(vault: Vault, runs: int) -> dict[str, list[float]]:
    rng = random.Random(3)
    mentee = mentees.list_mentees(vault)[0].id
    out: dict[str, list[float]] = {"save": [], "save_cpu": [], "sign": [], "sign_cpu": []}
    for _ in range(runs):
        wanted, did, how, nxt = corpus.note_text(rng)
        draft = notes.NoteDraft(
            [mentee], date.today(), wanted=wanted, did=did, how_it_went=how, next_steps=nxt
        )
        with Timer(out["save"], out["save_cpu"]):
            note_id = notes.save_draft(vault, draft=draft)
        with Timer(out["sign"], out["sign_cpu"]):
            notes.sign_note(vault, note_id=note_id)
    return out


def bench_search(vault: Vault, rounds: int, queries: list[str]) -> tuple[list[float], list[float]]:
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(rounds):
        for q in queries:
            with Timer(wall, cpu):
                search.search_notes(vault, query=q, limit=50)
    return wall, cpu


def bench_quick_search(
    direct: DirectVault, rounds: int, queries: list[str]
) -> tuple[list[float], list[float]]:
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(rounds):
        for q in queries:
            with Timer(wall, cpu):
                list(quick.search(direct, query=q, limit=50))
    return wall, cpu


def qt_app():  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from peerdesk.ui import theme

    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        theme.apply(app)
    return app


def dispose(widget) -> None:  # type: ignore[no-untyped-def]
    """Close and really delete a widget: deleteLater's deferred delete is not run by
    processEvents at this level, so without the flush each run's window stayed alive and
    every later run paid for the app's growing widget tree (the cold Today figure grew
    from run to run)."""
    from PySide6.QtCore import QEvent

    widget.close()
    widget.deleteLater()
    app = qt_app()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


def first_paint(vault: Vault, runs: int) -> tuple[list[float], list[float]]:
    """From creating the notes list model to its first window of rows painted (the first
    run is the page's first opening; later ones find SQLite's page cache warm)."""
    from PySide6.QtWidgets import QTableView

    from peerdesk.ui.notes.models import NotesTableModel

    app = qt_app()
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        with Timer(wall, cpu):
            model = NotesTableModel(vault)
            model.reload()
            view = QTableView()
            view.setModel(model)
            view.resize(900, 700)
            view.show()
            app.processEvents()
            view.grab()
        dispose(view)
    return wall, cpu


def timeline_paint(vault: Vault, runs: int) -> tuple[list[float], list[float]]:
    """A mentee's timeline (open follow-ups, then up to its LIMIT notes), from load() to
    painted; a different mentee each run, those with the most notes first."""
    from sqlalchemy import text

    from peerdesk.ui.mentees.timeline import MenteeTimeline
    from peerdesk.ui.signals import AppSignals

    app = qt_app()
    with vault.session() as s:
        busiest = [
            r[0]
            for r in s.execute(
                text(
                    "SELECT mentee_id FROM note_participant GROUP BY mentee_id"
                    " ORDER BY count(*) DESC, mentee_id LIMIT :n"
                ),
                {"n": runs},
            )
        ]
    timeline = MenteeTimeline(vault, AppSignals(app))
    timeline.resize(600, 700)
    timeline.show()
    app.processEvents()
    wall: list[float] = []
    cpu: list[float] = []
    for mentee_id in busiest:
        with Timer(wall, cpu):
            timeline.load(mentee_id)
            app.processEvents()
            timeline.grab()
    dispose(timeline)
    return wall, cpu


FOLLOW_UPS = (
    "Call the housing office together about the form",
    "Bring the bus timetable for the Thursday route",
    "Check the library card arrived",
    "Look up the evening walking group",
    "Send the food bank's opening hours",
    "Practise the phone call to the bank",
)


def busy_week(vault: Vault) -> int:
    """Today as a mentor's ordinary Monday finds it, on the corpus's mentees: the demo's
    meetings this week and next (some repeating, one passed with no note), an overdue
    reminder, four drafts to finish and a dozen follow-ups due. The cached corpus has none
    of these (its Today is all clear), so this runs on a copy. Returns Today's items."""
    from datetime import datetime, timedelta

    from peerdesk.core import demo
    from peerdesk.core.services import today as today_service
    from peerdesk.core.services.drafts import FollowUpItem, NoteDraft

    ids = [m.id for m in mentees.list_mentees(vault)[:12]]
    day = date.today()
    who = ("Aisha", "Ellen", "Jordan", "Kai", "Maria", "Priya", "Tom")
    demo._add_demo_meetings(vault, day, dict(zip(who, ids[: len(who)], strict=True)))
    for i in range(12):
        note = NoteDraft(
            participant_ids=[ids[i]],
            occurred_on=day - timedelta(days=8 + i),
            did="Met at the usual cafe and went through the week's plan together.",
            next_steps=FOLLOW_UPS[i % len(FOLLOW_UPS)],
            follow_ups=[FollowUpItem(FOLLOW_UPS[i % len(FOLLOW_UPS)], day - timedelta(days=i % 4))],
        )
        note_id = notes.save_draft(vault, draft=note)
        if i >= 4:
            notes.sign_note(vault, note_id=note_id)  # the first four stay drafts to finish
    return len(today_service.today_items(vault, datetime.now()))


def unlock_to_today(vault: Vault, runs: int) -> dict[str, list[float]]:
    """After the passphrase is checked (its KDF timed on its own line): from the unlock
    screen's ``unlocked`` to Today painted, with the desk built while the mentor typed
    (as DESK_DELAY_MS does) and cold (the desk built after unlock)."""
    from peerdesk.core.services import session
    from peerdesk.ui.compat import emit
    from peerdesk.ui.window import MainWindow

    app = qt_app()
    out: dict[str, list[float]] = {"warm": [], "warm_cpu": [], "cold": [], "cold_cpu": []}
    for i in range(runs):
        kind = "warm" if i % 2 == 0 else "cold"
        window = MainWindow(vault)
        window.resize(1100, 720)
        window.show()
        app.processEvents()
        if kind == "warm":
            _ = window.desk  # built during the typing, as the timer does
            app.processEvents()
        session.unlock(vault, passphrase=PASSPHRASE)
        with Timer(out[kind], out[f"{kind}_cpu"]):
            emit(window.unlock_screen.unlocked, False)  # as the unlock screen does
            app.processEvents()
            window.desk.today.grab()  # painted once, whole
        window.close()
        vault.lock()
        dispose(window)
    return out


# The real app (python -m peerdesk) in a fresh process: at the first event-loop turn,
# the unlock screen has been painted; it prints the process's CPU time then and quits.
APP_PROBE = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec
def exec_(*_args):
    def shown():
        if any(getattr(w, "is_locked", False) and w.isVisible() for w in QApplication.topLevelWidgets()):
            print(f"shown {time.process_time():.6f}", flush=True)
        QApplication.quit()
    QTimer.singleShot(0, shown)
    return real_exec()
QApplication.exec = exec_
sys.argv = ["peerdesk", "--vault", sys.argv[1]]
from peerdesk.launch import main
sys.exit(main())
"""

# A fresh app, unlocked (with the cached derived key), Today, the notes list and the
# busiest mentee's timeline shown: its resident and peak memory.
RSS_PROBE = r"""
import sys
from pathlib import Path
from peerdesk.core.vault import keys
key = bytes.fromhex(Path(sys.argv[2]).read_text())
keys.KdfParams.derive = lambda self, passphrase: key
from PySide6.QtCore import QTimer
from peerdesk.core.services import session
from peerdesk.core.vault import Vault
from peerdesk.ui.app import build_gui
from peerdesk.ui.compat import emit
vault = Vault(Path(sys.argv[1])); vault.claim()
gui = build_gui(vault)
def memory():
    status = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return [int(status[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM")]
def go():
    locked = memory()
    session.unlock(vault, passphrase="x")
    emit(gui.window.unlock_screen.unlocked, False)
    gui.app.processEvents()
    desk = gui.window.desk
    desk.show_page("Notes"); gui.app.processEvents()
    desk.show_page("Mentees"); gui.app.processEvents()
    desk.mentees.select(1); gui.app.processEvents()
    desk.show_page("Today"); gui.app.processEvents()
    print("memory", *locked, *memory(), flush=True)
    gui.app.quit()
QTimer.singleShot(0, go)
gui.app.exec()
vault.lock(); gui.server.close(); vault.close()
"""


def child(cmd: list[str], pattern: str) -> tuple[float, float, list[float]]:
    """Wall, CPU (user + sys) and the numbers after ``pattern`` of one fresh process."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = re.search(pattern + r"((?: [\d.]+)+)", done.stdout)
    if done.returncode != 0 or not found:
        raise RuntimeError(f"probe failed: {done.stderr.strip()[-400:]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, [float(x) for x in found.group(1).split()]


def installed_python() -> str:
    """A python that starts peerdesk as an installed copy does (see bench_cli)."""
    from bench_cli import peerdesk_python

    return peerdesk_python(WORK)


def gui_start(vault_dir: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Fresh app processes: wall and CPU to exit, and CPU when the unlock screen showed."""
    wall, cpu, shown = [], [], []
    for _ in range(runs + 1):  # the first warms the bytecode and page caches
        w, c, (at,) = child([PYTHON[0], "-c", APP_PROBE, str(vault_dir)], "shown")
        wall.append(w)
        cpu.append(c)
        shown.append(at)
    return wall[1:], cpu[1:], shown[1:]


def e2e(vault_dir: Path, query: str, runs: int) -> tuple[list[float], list[float]]:
    """Whole `peerdesk search` processes: wall, and CPU (user + sys) from the kernel."""
    env = {**os.environ, "HOME": str(WORK / "home")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [
                PYTHON[0],
                "-m",
                "peerdesk",
                "search",
                query,
                "--vault",
                str(vault_dir),
                "--passphrase-stdin",
            ],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        wall.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return wall, cpu


def run(n_notes: int, n_mentees: int, years: int, runs: int) -> None:
    print(f"\n== {n_notes:,} signed notes, {n_mentees:,} mentees, {years} years ==")
    WORK.mkdir(exist_ok=True)
    vault_dir, key_file = cached(n_notes, n_mentees, years)
    plan = corpus.plan(notes=n_notes, mentees=n_mentees, years=years)
    print(f"vault.db {(vault_dir / 'vault.db').stat().st_size / 1e6:.1f} MB")
    params = Vault(vault_dir).read_keys().kdf
    kdf: list[float] = []
    kdf_cpu: list[float] = []
    for _ in range(3):
        with Timer(kdf, kdf_cpu):
            params.derive(PASSPHRASE)
    medians("key derivation (Argon2id)", kdf, kdf_cpu, "not in the figures below")
    words = Counter(
        w.lower() for n in plan.notes for w in corpus.entry_text(n).replace(".", " ").split()
    )
    common = words.most_common(1)[0][0].strip('"')
    with derived(key_file):
        vault = Vault(vault_dir)
        vault.claim()
        vault.unlock(PASSPHRASE)
        line("search in process (ORM)", *bench_search(vault, 10, QUERIES))
        line(f"  the commonest word ({common!r})", *bench_search(vault, 20, [common]))
        vault.close()
        direct = quick.open_vault(vault_dir, PASSPHRASE)  # as `peerdesk search` reads
        assert direct is not None
        line("search, quick path", *bench_quick_search(direct, 10, QUERIES))
        line(f"  the commonest word ({common!r})", *bench_quick_search(direct, 20, [common]))
        direct.close()
        vault = Vault(vault_dir)
        vault.claim()
        vault.unlock(PASSPHRASE)
        with contextlib.suppress(ImportError):  # no Qt: the GUI figures are skipped
            wall, cpu = first_paint(vault, runs)
            medians("first paint of the notes list", wall, cpu, f"first {cpu[0] * 1000:.1f} ms")
            wall, cpu = timeline_paint(vault, runs)
            medians("first paint of a mentee's timeline", wall, cpu, "target 100 ms")
        vault.close()
        with tempfile.TemporaryDirectory() as tmp, contextlib.suppress(ImportError):
            shutil.copytree(vault_dir, Path(tmp) / "vault")  # the cached corpus stays as built
            vault = Vault(Path(tmp) / "vault")
            vault.claim()
            vault.unlock(PASSPHRASE)
            items = busy_week(vault)
            vault.lock()
            today = unlock_to_today(vault, max(2, runs) * 2)
            for kind, how in (("warm", "desk built while typing"), ("cold", "desk built after")):
                medians(
                    "unlock to Today painted",
                    today[kind],
                    today[kind + "_cpu"],
                    f"{how}; {items} items; KDF not included; target 100 ms",
                )
            vault.close()
    wall, cpu, shown = gui_start(vault_dir, runs)
    medians("GUI start to unlock screen", wall, cpu, "whole process, to exit")
    print(
        f"{'  CPU when the unlock screen showed':<38} {statistics.median(shown) * 1000:7.1f} ms "
        f"[{min(shown) * 1000:.1f}-{max(shown) * 1000:.1f}] (target 600 ms)"
    )
    found = [
        child([PYTHON[0], "-c", RSS_PROBE, str(vault_dir), str(key_file)], "memory")[2]
        for _ in range(3)
    ]
    locked, rss, peak = (statistics.median(f[i] for f in found) for i in (0, 2, 3))
    print(
        f"{'RSS, app unlocked, pages shown':<38} {rss:7.1f} MB (peak {peak:.1f} MB; "
        f"{locked:.1f} MB at the unlock screen; medians of 3; target 200 MB)"
    )
    with tempfile.TemporaryDirectory() as tmp, derived(key_file):
        shutil.copytree(vault_dir, Path(tmp) / "vault")  # the cached corpus stays as built
        vault = Vault(Path(tmp) / "vault")
        vault.claim()
        vault.unlock(PASSPHRASE)
        saved = bench_save(vault, 50)
        line("save a note (draft)", saved["save"], saved["save_cpu"])
        line("sign a note", saved["sign"], saved["sign_cpu"])
        vault.close()
    wall, cpu = e2e(vault_dir, "library", runs)
    medians("`peerdesk search` end to end", wall, cpu, "KDF included; see bench_cli.py")


def main() -> None:
    # An installed app has its modules' bytecode cached; so does a second run of this one
    # (pages first shown here otherwise compile their modules' source each run).
    sys.dont_write_bytecode = False
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--mentees", type=int, default=500)
    parser.add_argument(
        "--big", type=int, default=0, help="also run at this many notes (e.g. 100000)"
    )
    parser.add_argument("--big-years", type=int, default=10, help="the big corpus spans this")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-small", action="store_true", help="only the --big vault")
    args = parser.parse_args()
    WORK.mkdir(exist_ok=True)
    PYTHON.append(installed_python())
    if not args.skip_small:
        run(args.notes, args.mentees, 2, args.runs)
    if args.big:
        run(args.big, args.mentees, args.big_years, args.runs)


if __name__ == "__main__":
    main()
