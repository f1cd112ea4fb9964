"""Supervision export benchmark: prints figures, asserts nothing (target: <= 5 s per format).

    python bench/bench_export.py [--notes 10000] [--mentees 500]

Builds a deterministic vault (bench/corpus.py: notes spread over two years, ~5% flagged
for supervision), then times prepare + render + fail-closed check + write for one
year, per format: wall-clock seconds, and the process's CPU seconds (the figure that
does not depend on what else the machine is doing).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from peerdesk.core.services import supervision
from peerdesk.core.vault import Vault
from peerdesk.core.vault.keys import calibrate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--mentees", type=int, default=500)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    from peerdesk.render.pdf import pdf_bytes

    _app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(Path(tmp) / "vault")
        vault.create("benchmark passphrase 1", kdf=calibrate(0))
        vault.confirm_recovery_key()  # a bench vault: its key is not kept
        started = time.perf_counter()
        corpus.build(vault, notes=args.notes, mentees=args.mentees)
        print(
            f"corpus: {args.notes} notes, {args.mentees} mentees in {time.perf_counter() - started:.1f} s"
        )
        for fmt in supervision.FORMATS:
            request = supervision.ExportRequest(date(2024, 1, 1), date(2024, 12, 31), format=fmt)
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
            cpu = time.process_time() - c0
            print(
                f"{fmt:>4}: {t2 - t0:5.2f} s (prepare {t1 - t0:.2f} s, render+check+write "
                f"{t2 - t1:.2f} s; CPU {cpu:.2f} s); {prepared.note_count} notes, "
                f"{prepared.flagged_count} flagged, {len(prepared.spans)} redactions, "
                f"{result.size:,} bytes"
            )
        vault.close()


if __name__ == "__main__":
    main()
