"""Notes benchmarks: prints figures, asserts nothing (targets: DESIGN.md section 9).

    python bench/bench_notes.py [--notes 10000] [--mentees 500] [--big 100000]

Builds a deterministic vault (bench/corpus.py) and prints: note save p50/p95,
in-process search p50/p95, first paint of the notes list, RSS, and end-to-end
`peerdesk search` (its key derivation on its own line). Where jrnl (pip) is
installed, the same corpus is written as a jrnl journal and `jrnl --contains`
is timed for the ratio. jrnl and keepassxc-cli decrypt and parse their whole
store on every call; peerdesk reads only the pages a query touches.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from peerdesk.core.services import mentees, notes, search
from peerdesk.core.vault import Vault
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


def line(label: str, samples: list[float]) -> None:
    print(
        f"{label:<34} p50 {pct(samples, 50):7.2f} ms   p95 {pct(samples, 95):7.2f} ms   (n={len(samples)})"
    )


def bench_save(vault: Vault, runs: int) -> tuple[list[float], list[float]]:
    rng = random.Random(3)
    mentee = mentees.list_mentees(vault)[0].id
    save, sign = [], []
    for _ in range(runs):
        wanted, did, how, nxt = corpus.note_text(rng)
        draft = notes.NoteDraft(
            [mentee], date.today(), wanted=wanted, did=did, how_it_went=how, next_steps=nxt
        )
        started = time.perf_counter()
        note_id = notes.save_draft(vault, draft=draft)
        save.append(time.perf_counter() - started)
        started = time.perf_counter()
        notes.sign_note(vault, note_id=note_id)
        sign.append(time.perf_counter() - started)
    return save, sign


def bench_search(vault: Vault, rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        for q in QUERIES:
            started = time.perf_counter()
            search.search_notes(vault, query=q, limit=50)
            samples.append(time.perf_counter() - started)
    return samples


def first_paint(vault: Vault) -> float | None:
    """Time from creating the notes list model to its first window of rows, if the UI has one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication, QTableView

        from peerdesk.ui.notes.models import NotesTableModel
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    model = NotesTableModel(vault)
    model.reload()
    view = QTableView()
    view.setModel(model)
    view.resize(900, 700)
    view.show()
    app.processEvents()
    elapsed = time.perf_counter() - started
    view.close()
    return elapsed


def e2e(folder: Path, query: str, runs: int) -> list[float]:
    env = {**os.environ, "HOME": str(folder / "home")}
    samples = []
    for _ in range(runs):
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
        samples.append(time.perf_counter() - started)
    return samples


def jrnl_time(folder: Path, n_notes: int, query: str, runs: int) -> list[float] | None:
    if shutil.which("jrnl") is None:
        return None
    home = folder / "jrnl-home"
    (home / ".config" / "jrnl").mkdir(parents=True, exist_ok=True)
    journal = home / "journal.txt"
    rng = random.Random(7)
    with journal.open("w") as fh:
        for i in range(n_notes):
            wanted, did, how, nxt = corpus.note_text(rng)
            fh.write(f"[2025-01-{1 + i % 28:02d} 10:{i % 60:02d}] {wanted}\n{did} {how} {nxt}\n\n")
    (home / ".config" / "jrnl" / "jrnl.yaml").write_text(
        f"journals:\n  default: {journal}\nencrypt: false\ncolors: {{body: none, date: none, tags: none, title: none}}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nhighlight: false\nindent_character: '|'\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\nversion: v4.1\n"
    )
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(["jrnl", "--contains", query], capture_output=True, env=env, check=False)
        samples.append(time.perf_counter() - started)
    return samples


def run(n_notes: int, n_mentees: int, runs: int) -> None:
    print(f"\n== {n_notes:,} signed notes, {n_mentees:,} mentees ==")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        params = calibrate()
        vault = Vault(folder / "vault")
        vault.create(PASSPHRASE, kdf=params)
        started = time.perf_counter()
        corpus.build(vault, notes=n_notes, mentees=n_mentees)
        print(
            f"built corpus in {time.perf_counter() - started:.1f} s; vault.db {vault.db_path.stat().st_size / 1e6:.1f} MB"
        )
        save, sign = bench_save(vault, 100)
        line("save a note (draft)", save)
        line("sign a note", sign)
        line("search in process", bench_search(vault, 10))
        paint = first_paint(vault)
        if paint is not None:
            print(f"{'first paint of the notes list':<34} {paint * 1000:7.1f} ms")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'RSS (peak, this process)':<34} {rss:7.1f} MB")
        vault.close()
        started = time.perf_counter()
        params.derive(PASSPHRASE)
        kdf = time.perf_counter() - started
        print(f"{'key derivation (Argon2id)':<34} {kdf * 1000:7.1f} ms")
        ours = e2e(folder, "library", runs)
        ours_med = statistics.median(ours)
        print(
            f"{'`peerdesk search` end to end':<34} {ours_med * 1000:7.1f} ms (median of {runs}); "
            f"without the KDF {max(0.0, ours_med - kdf) * 1000:7.1f} ms"
        )
        peer = jrnl_time(folder, n_notes, "library", runs)
        if peer is None:
            print("jrnl not installed (pip install jrnl) - no comparison")
        else:
            peer_med = statistics.median(peer)
            print(
                f"{'`jrnl --contains` end to end':<34} {peer_med * 1000:7.1f} ms (median of {runs})"
            )
            print(
                f"{'ratio peerdesk/jrnl (without KDF)':<34} {max(0.0, ours_med - kdf) / peer_med:7.3f}"
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
