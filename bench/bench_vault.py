"""Vault benchmarks: prints figures, asserts nothing (targets: DESIGN.md section 9).

    python bench/bench_vault.py [--runs N]

Figures:
- KDF time: one Argon2id derivation with the parameters calibrated on this machine.
- unlock beyond the KDF: Vault.unlock (unwrap, open SQLCipher, check schema, audit
  event) minus the KDF time measured in the same run.
- GUI start to unlock screen: a fresh process, from exec to the unlock screen shown.
- cold `peerdesk version`: a fresh process, from exec to exit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peerdesk.core.vault import Vault
from peerdesk.core.vault.keys import calibrate

PASSPHRASE = "benchmark passphrase 1"

GUI_PROBE = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from peerdesk.core.vault import Vault
from peerdesk.ui.app import build_main_window
app = QApplication(sys.argv)
vault = Vault(Path(sys.argv[1])); vault.claim()
window = build_main_window(vault)
window.show()
while not window.unlock_screen_visible():
    app.processEvents()
print("shown", flush=True)
vault.close()
"""


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f} ms (median of {len(samples)}, min {min(samples) * 1000:.1f})"


def bench_kdf_and_unlock(folder: Path, runs: int) -> tuple[list[float], list[float]]:
    params = calibrate()
    vault = Vault(folder / "vault")
    vault.create(PASSPHRASE, kdf=params)
    vault.close()
    print(
        f"KDF parameters: Argon2id {params.memory_kib // 1024} MiB, {params.iterations} passes, {params.lanes} lanes"
    )
    kdf, beyond = [], []
    for _ in range(runs):
        started = time.perf_counter()
        params.derive(PASSPHRASE)
        kdf_time = time.perf_counter() - started
        vault = Vault(folder / "vault")
        vault.claim()
        started = time.perf_counter()
        vault.unlock(PASSPHRASE)
        unlock_time = time.perf_counter() - started
        vault.close()
        kdf.append(kdf_time)
        beyond.append(max(0.0, unlock_time - kdf_time))
    return kdf, beyond


def bench_process(
    cmd: list[str], runs: int, *, until: str | None = None, env: dict | None = None
) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
        samples.append(time.perf_counter() - started)
        if until and until not in out:
            raise RuntimeError("probe did not report")
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        kdf, beyond = bench_kdf_and_unlock(folder, args.runs)
        print(f"KDF time:                    {_median_ms(kdf)}")
        print(f"unlock beyond the KDF:       {_median_ms(beyond)}")
        gui = bench_process(
            [sys.executable, "-c", GUI_PROBE, str(folder / "vault")],
            args.runs,
            until="shown",
            env=env,
        )
        print(f"GUI start to unlock screen:  {_median_ms(gui)}")
        version = bench_process([sys.executable, "-m", "peerdesk", "version"], args.runs, env=env)
        print(f"cold `peerdesk version`:     {_median_ms(version)}")


if __name__ == "__main__":
    main()
