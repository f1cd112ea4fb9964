"""Notes benchmarks: prints figures, asserts nothing (targets: DESIGN.md section 9).

    python bench/bench_notes.py [--notes 10000] [--mentees 500] [--big 100000]

Builds a deterministic vault (bench/corpus.py) and prints: note save p50/p95,
in-process search p50/p95 (also for the corpus's commonest word; through the ORM
services as the GUI searches, and through services/quick.py as `peerdesk search` does), first paint of
the notes list, GUI start to the unlock screen on this vault, unlock (beyond the KDF) to
Today painted, RSS, and end-to-end `peerdesk search` (its key derivation on its own
line), each as wall time and CPU time (process_time in process; user + sys for a
child). The paired comparison with encrypted jrnl and keepassxc-cli, hit counts
checked, is bench/bench_cli.py.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from peerdesk.core.services import mentees, notes, quick, search
from peerdesk.core.vault import Vault
from peerdesk.core.vault.direct import DirectVault
from peerdesk.core.vault.keys import calibrate

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
        f"{label:<34} p50 {pct(samples, 50):7.2f} ms   p95 {pct(samples, 95):7.2f} ms   "
        f"CPU p50 {pct(cpu, 50):7.2f} ms   p95 {pct(cpu, 95):7.2f} ms   (n={len(samples)})"
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


def first_paint(vault: Vault) -> tuple[float, float] | None:
    """Wall and CPU from creating the notes list model to its first window of rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication, QTableView

        from peerdesk.ui.notes.models import NotesTableModel
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    wall: list[float] = []
    cpu: list[float] = []
    with Timer(wall, cpu):
        model = NotesTableModel(vault)
        model.reload()
        view = QTableView()
        view.setModel(model)
        view.resize(900, 700)
        view.show()
        app.processEvents()
    view.close()
    return wall[0], cpu[0]


def gui_start(folder: Path, runs: int) -> tuple[list[float], list[float]]:
    """A fresh process on this vault, from exec to the unlock screen shown (wall, CPU)."""
    from bench_vault import GUI_PROBE, bench_process

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    cmd = [sys.executable, "-c", GUI_PROBE, str(folder / "vault")]
    return bench_process(cmd, runs, until="shown", env=env)


def unlock_to_today(vault: Vault, runs: int) -> dict[str, list[float]]:
    """After the passphrase is checked (its KDF timed on its own line): from the unlock
    screen's ``unlocked`` to Today painted, with the desk built while the mentor typed
    (as DESK_DELAY_MS does) and cold (the desk built after unlock)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from peerdesk.core.services import session
    from peerdesk.ui import theme
    from peerdesk.ui.compat import emit
    from peerdesk.ui.window import MainWindow

    app = QApplication.instance() or QApplication([])
    theme.apply(app)
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
            window.desk.today.repaint()
            app.processEvents()
            window.desk.today.grab()
        window.close()
        vault.lock()
        window.deleteLater()
        app.processEvents()
    return out


def e2e(folder: Path, query: str, runs: int) -> tuple[list[float], list[float]]:
    """Whole `peerdesk search` processes: wall, and CPU (user + sys) from the kernel."""
    env = {**os.environ, "HOME": str(folder / "home")}
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "peerdesk",
                "search",
                query,
                "--vault",
                str(folder / "vault"),
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


def run(n_notes: int, n_mentees: int, runs: int) -> None:
    print(f"\n== {n_notes:,} signed notes, {n_mentees:,} mentees ==")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        params = calibrate()
        vault = Vault(folder / "vault")
        vault.create(PASSPHRASE, kdf=params)
        vault.confirm_recovery_key()  # a bench vault: its key is not kept
        started = time.perf_counter()
        plan = corpus.build(vault, notes=n_notes, mentees=n_mentees)
        print(
            f"built corpus in {time.perf_counter() - started:.1f} s; vault.db {vault.db_path.stat().st_size / 1e6:.1f} MB"
        )
        saved = bench_save(vault, 100)
        line("save a note (draft)", saved["save"], saved["save_cpu"])
        line("sign a note", saved["sign"], saved["sign_cpu"])
        line("search in process", *bench_search(vault, 10, QUERIES))
        words = Counter(
            w.lower() for n in plan.notes for w in corpus.entry_text(n).replace(".", " ").split()
        )
        common = words.most_common(1)[0][0].strip('"')
        line(f"search for the commonest ({common!r})", *bench_search(vault, 20, [common]))
        vault.close()
        direct = quick.open_vault(folder / "vault", PASSPHRASE)  # as `peerdesk search` reads
        assert direct is not None
        line("search, quick path", *bench_quick_search(direct, 10, QUERIES))
        line(f"search, quick path ({common!r})", *bench_quick_search(direct, 20, [common]))
        direct.close()
        vault = Vault(folder / "vault")
        vault.claim()
        vault.unlock(PASSPHRASE)
        paint = first_paint(vault)
        if paint is not None:
            print(
                f"{'first paint of the notes list':<34} {paint[0] * 1000:7.1f} ms   CPU {paint[1] * 1000:7.1f} ms"
            )
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'RSS (peak, this process)':<34} {rss:7.1f} MB")
        vault.close()
        wall, cpu = gui_start(folder, runs)
        print(
            f"{'GUI start to unlock screen':<34} {statistics.median(wall) * 1000:7.1f} ms   "
            f"CPU {statistics.median(cpu) * 1000:7.1f} ms (medians of {runs}; target 1 s)"
        )
        vault = Vault(folder / "vault")
        vault.claim()
        today = unlock_to_today(vault, max(2, runs) * 2)
        vault.close()
        for kind, how in (("warm", "desk built while typing"), ("cold", "desk built after")):
            print(
                f"{'unlock to Today painted':<34} {statistics.median(today[kind]) * 1000:7.1f} ms   "
                f"CPU {statistics.median(today[kind + '_cpu']) * 1000:7.1f} ms ({how}; KDF "
                "not included; target 300 ms)"
            )
        started, started_cpu = time.perf_counter(), time.process_time()
        params.derive(PASSPHRASE)
        kdf, kdf_cpu = time.perf_counter() - started, time.process_time() - started_cpu
        print(
            f"{'key derivation (Argon2id)':<34} {kdf * 1000:7.1f} ms   CPU {kdf_cpu * 1000:7.1f} ms"
        )
        wall, cpu = e2e(folder, "library", runs)
        print(
            f"{'`peerdesk search` end to end':<34} {statistics.median(wall) * 1000:7.1f} ms   "
            f"CPU {statistics.median(cpu) * 1000:7.1f} ms (medians of {runs}; KDF included; "
            "bench/bench_cli.py pairs it with jrnl and keepassxc-cli)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--mentees", type=int, default=500)
    parser.add_argument(
        "--big", type=int, default=0, help="also run at this many notes (e.g. 100000)"
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    run(args.notes, args.mentees, args.runs)
    if args.big:
        run(args.big, args.mentees, args.runs)


if __name__ == "__main__":
    main()
