"""Supervision export benchmark: prints figures, asserts nothing (target: <= 3 s per format).

    python bench/bench_export.py [--notes 10000] [--mentees 500] [--years 2] [--runs 3]

Uses the deterministic corpus vault bench/bench_cli.py builds and caches (bench/corpus.py:
notes spread over --years years, ~5% flagged for supervision; 100,000 notes over 10
years puts 10,000 notes in 2024), unlocked with its cached derived key, then times
prepare + render + fail-closed check + write of 2024, per format: wall-clock seconds,
and the process's CPU seconds (the figure that does not depend on what else the
machine is doing), medians of --runs with [min-max].
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_notes import PASSPHRASE, WORK, cached, derived

from peerdesk.core.services import supervision
from peerdesk.core.vault import Vault


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--mentees", type=int, default=500)
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    from peerdesk.render.pdf import pdf_bytes

    _app = QGuiApplication.instance() or QGuiApplication([])
    WORK.mkdir(exist_ok=True)
    vault_dir, key_file = cached(args.notes, args.mentees, args.years)
    print(f"corpus: {args.notes:,} notes, {args.mentees} mentees, {args.years} years")
    with tempfile.TemporaryDirectory() as tmp, derived(key_file):
        vault = Vault(vault_dir)
        vault.claim()
        vault.unlock(PASSPHRASE)
        for fmt in supervision.FORMATS:
            request = supervision.ExportRequest(date(2024, 1, 1), date(2024, 12, 31), format=fmt)
            walls, cpus, prepares = [], [], []
            for _ in range(args.runs):
                c0 = time.process_time()
                t0 = time.perf_counter()
                prepared = supervision.prepare(vault, request=request)
                t1 = time.perf_counter()
                result = supervision.write_export(
                    vault,
                    prepared=prepared,
                    out=Path(tmp) / f"supervision.{fmt}",
                    pdf_writer=pdf_bytes if fmt == "pdf" else None,
                )
                t2 = time.perf_counter()
                cpus.append(time.process_time() - c0)
                walls.append(t2 - t0)
                prepares.append(t1 - t0)
            print(
                f"{fmt:>4}: CPU {statistics.median(cpus):5.2f} s [{min(cpus):.2f}-{max(cpus):.2f}]"
                f", wall {statistics.median(walls):5.2f} s (prepare "
                f"{statistics.median(prepares):.2f} s); {prepared.note_count} notes, "
                f"{prepared.flagged_count} flagged, {len(prepared.spans)} redactions, "
                f"{result.size:,} bytes"
            )
        vault.close()


if __name__ == "__main__":
    main()
