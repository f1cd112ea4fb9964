"""Records benchmarks: prints figures (CPU and wall), asserts nothing.

    python bench/bench_records.py [--notes 10000] [--erase-notes 500]

1. import of N notes from CSV (preview, then the one-transaction commit);
2. erasure of a mentee with M notes (the transaction, then VACUUM + WAL checkpoint);
3. full export of an N-note vault as JSON and as Markdown.
Vaults use the floor key derivation: key derivation is not what is measured here.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("PEERDESK_KDF_TARGET_MS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from peerdesk.core.services import archive, erasure, mentees, note_import
from peerdesk.core.vault import Vault

PASSPHRASE = "benchmark passphrase 1"


@contextmanager
def timed(label: str):
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    print(
        f"{label:<44} wall {time.perf_counter() - wall:7.2f} s   "
        f"cpu {time.process_time() - cpu:7.2f} s"
    )


def new_vault(path: Path) -> Vault:
    vault = Vault(path)
    vault.create(PASSPHRASE)
    vault.confirm_recovery_key()  # a bench vault: its key is not kept
    return vault


def bench_import(root: Path, count: int) -> None:
    rng = random.Random(11)
    source = root / "notes.csv"
    lines = ["Date,Person,Wanted,Notes,How,Next"]
    for i in range(count):
        wanted, did, how, nxt = (
            t.replace(",", ";").replace('"', "") for t in corpus.note_text(rng)
        )
        lines.append(
            f"2025-{1 + i % 12:02d}-{1 + i % 28:02d},Person {i % 500},{wanted},{did},{how},{nxt}"
        )
    source.write_text("\n".join(lines) + "\n", "utf-8")
    mapping = {
        "date": "Date",
        "mentee": "Person",
        "wanted": "Wanted",
        "did": "Notes",
        "how_it_went": "How",
        "next_steps": "Next",
    }
    vault = new_vault(root / "import")
    try:
        with timed(f"import {count:,} CSV rows: preview"):
            prepared = note_import.preview(vault, path=source, mapping=mapping)
        with timed(f"import {count:,} CSV rows: commit (1 transaction)"):
            note_import.commit(vault, prepared=prepared)
    finally:
        vault.close()


def bench_export_and_erase(root: Path, count: int, per_mentee: int) -> None:
    vault = new_vault(root / "big")
    try:
        corpus.build(vault, notes=count, mentees=max(1, count // per_mentee))
        for fmt in ("json", "markdown"):
            with timed(f"export all {count:,} notes as {fmt}"):
                archive.write_export(vault, out_dir=root / f"export-{fmt}", format=fmt)
        person = mentees.list_mentees(vault)[0]
        plan = erasure.plan_erasure(vault, mentee_id=person.id)
        with timed(f"erase a mentee with {plan.own_notes} notes (incl. VACUUM)"):
            erasure.erase_mentee(vault, mentee_id=person.id, confirm_name=person.display_name)
        with timed("peerdesk check afterwards"):
            problems = vault.check()
        print(f"check after erasure: {'OK' if not problems else problems[0]}")
        size = (vault.db_path.stat().st_size) / 1e6
        print(f"vault.db after erasure: {size:.1f} MB")
    finally:
        vault.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--erase-notes", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as tmp:
        root = Path(tmp)
        bench_import(root, args.notes)
        bench_export_and_erase(root, args.notes, args.erase_notes)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak RSS {rss:.0f} MB   (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
