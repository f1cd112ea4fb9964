"""Vault benchmarks: prints figures, asserts nothing (targets: DESIGN.md section 9).

    python bench/bench_vault.py [--runs N]

Figures:
- KDF time: the key-slot unwrap during unlock, with Argon2id calibrated on this machine.
- unlock beyond the KDF: Vault.unlock + the first mentee list, minus the time spent
  unwrapping the key slot (the Argon2id derivation) in that same unlock.
- GUI start to unlock screen: a fresh process, from exec to the unlock screen shown.
- cold `peerdesk version`: a fresh process, from exec to exit.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peerdesk.core.services import mentees
from peerdesk.core.vault import Vault
from peerdesk.core.vault.keys import calibrate

PASSPHRASE = "benchmark passphrase 1"

GUI_PROBE = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from peerdesk.core.vault import Vault
from peerdesk.ui.app import build_gui
vault = Vault(Path(sys.argv[1])); vault.claim()
gui = build_gui(vault)
def shown():
    # The first event-loop turn after show(): the unlock screen has been painted.
    if gui.window.isVisible() and gui.window.is_locked:
        print("shown", flush=True)
    gui.app.quit()
QTimer.singleShot(0, shown)
gui.app.exec()
gui.server.close()
vault.close()
"""


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f} ms (median of {len(samples)}, min {min(samples) * 1000:.1f})"


def _both(wall: list[float], cpu: list[float]) -> str:
    """Wall time, then CPU time (process_time, or the child's user + sys)."""
    return f"wall {_median_ms(wall)}   CPU {_median_ms(cpu)}"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_kdf_and_unlock(folder: Path, runs: int) -> dict[str, list[float]]:
    params = calibrate()
    vault = Vault(folder / "vault")
    vault.create(PASSPHRASE, kdf=params)
    vault.confirm_recovery_key()  # a bench vault: its key is not kept
    vault.close()
    print(
        f"KDF parameters: Argon2id {params.memory_kib // 1024} MiB, {params.iterations} passes, {params.lanes} lanes"
    )
    out: dict[str, list[float]] = {"kdf": [], "kdf_cpu": [], "beyond": [], "beyond_cpu": []}
    from peerdesk.core.vault.keys import KeyFile

    real_unwrap = KeyFile.unwrap
    spent: list[float] = []
    spent_cpu: list[float] = []

    def timed_unwrap(self, *a, **kw):  # the KDF runs inside unwrap
        started, started_cpu = time.perf_counter(), time.process_time()
        try:
            return real_unwrap(self, *a, **kw)
        finally:
            spent.append(time.perf_counter() - started)
            spent_cpu.append(time.process_time() - started_cpu)

    KeyFile.unwrap = timed_unwrap  # type: ignore[method-assign]
    try:
        for _ in range(runs):
            spent.clear()
            spent_cpu.clear()
            vault = Vault(folder / "vault")
            vault.claim()
            started, started_cpu = time.perf_counter(), time.process_time()
            vault.unlock(PASSPHRASE)
            mentees.list_mentees(vault)  # "to first list"
            total, total_cpu = time.perf_counter() - started, time.process_time() - started_cpu
            vault.close()
            out["kdf"].append(sum(spent))
            out["kdf_cpu"].append(sum(spent_cpu))
            out["beyond"].append(total - sum(spent))
            out["beyond_cpu"].append(total_cpu - sum(spent_cpu))
    finally:
        KeyFile.unwrap = real_unwrap  # type: ignore[method-assign]
    return out


def bench_process(
    cmd: list[str], runs: int, *, until: str | None = None, env: dict | None = None
) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + sys, from the kernel) of ``runs`` fresh processes."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), _children_cpu()
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
        wall.append(time.perf_counter() - started)
        cpu.append(_children_cpu() - started_cpu)
        if until and until not in out:
            raise RuntimeError("probe did not report")
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        unlock = bench_kdf_and_unlock(folder, args.runs)
        print(f"KDF time:                    {_both(unlock['kdf'], unlock['kdf_cpu'])}")
        print(f"unlock beyond the KDF:       {_both(unlock['beyond'], unlock['beyond_cpu'])}")
        gui = bench_process(
            [sys.executable, "-c", GUI_PROBE, str(folder / "vault")],
            args.runs,
            until="shown",
            env=env,
        )
        print(f"GUI start to unlock screen:  {_both(*gui)}")
        version = bench_process([sys.executable, "-m", "peerdesk", "version"], args.runs, env=env)
        print(f"cold `peerdesk version`:     {_both(*version)}")


if __name__ == "__main__":
    main()
