"""Supervision-loop benchmark: prints figures, asserts nothing (target: issue 19, the
programme view over 20 mentors x 12 months of exports opens in <= 1 s).

    python bench/bench_supervision_loop.py [--mentors 20] [--months 12]

A supervisor vault trusts one key per mentor and files one sealed export per mentor and
month (each with exact programme counts and a few commentable items); then it times
filing, the inbox list, opening one packet, and the programme view over the whole year,
in wall and CPU seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("PEERDESK_KDF_TARGET_MS", "0")  # the KDF is not what this measures

from peerdesk.core.formats.sealed import Identity, seal
from peerdesk.core.services import keys, supervision_loop
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import MODALITIES, NOTE_KINDS

PASS = "benchmark passphrase 1"


def _content(rng: random.Random, month: int) -> bytes:
    sessions = {
        f"{rng.choice(MODALITIES)}|{rng.choice(NOTE_KINDS)}": rng.randint(1, 9) for _ in range(8)
    }
    body = {
        "schema": supervision_loop.PACKET_SCHEMA,
        "version": supervision_loop.SCHEMA_VERSION,
        "period": f"2026-{month:02d}/2026-{month:02d}",
        "markdown": "# Supervision summary\n\n" + "A de-identified line.\n" * 200,
        "export": {"format": "peerdesk-supervision", "version": 1},
        "items": [
            {"id": os.urandom(8).hex(), "kind": "flagged_note", "index": i, "title": f"Note {i}"}
            for i in range(1, 6)
        ],
        "programme": {
            "sessions": sessions,
            "minutes": sum(sessions.values()) * 55,
            "goal_progress": {"housing": {"entries": 4, "score_sum": 22}},
            "referrals": {"connected": rng.randint(0, 4), "contacted": rng.randint(0, 4)},
            "boundary_events": {"out of hours": rng.randint(0, 3)},
        },
    }
    return json.dumps(body).encode()


def _timed(fn):  # type: ignore[no-untyped-def]
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w, time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentors", type=int, default=20)
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(19)
    with tempfile.TemporaryDirectory() as tmp:
        sup = Vault(Path(tmp) / "supervisor")
        sup.create(PASS)
        sup.confirm_recovery_key()  # a bench vault: its key is not kept
        supervision_loop.make_supervisor_vault(sup)
        me = keys.own_public_key(sup)
        packets = []
        for m in range(args.mentors):
            ident = Identity.generate()
            keys.trust_key(
                sup, key_file=ident.public.export_file(), name=f"Mentor {m + 1}",
                confirmed_fingerprint=ident.public.fingerprint,
            )  # fmt: skip
            for month in range(1, args.months + 1):
                packets.append(
                    seal(_content(rng, month), sender=ident, recipient=me, kind="export")
                )
        _, wall, cpu = _timed(lambda: [supervision_loop.file_packet(sup, raw=p) for p in packets])
        print(f"filed {len(packets)} sealed exports: {wall:.2f} s wall, {cpu:.2f} s CPU "
              f"({1000 * wall / len(packets):.1f} ms each)")  # fmt: skip
        for label, fn in (
            ("inbox list", lambda: supervision_loop.inbox(sup)),
            ("open one packet", lambda: supervision_loop.get_packet(
                sup, packet_id=supervision_loop.inbox(sup)[0].packet_id)),
            ("programme view, whole year", lambda: supervision_loop.programme(
                sup, date_from=date(2026, 1, 1), date_to=date(2026, 12, 31))),
        ):  # fmt: skip
            walls, cpus = [], []
            for _ in range(args.runs):
                _, w, c = _timed(fn)
                walls.append(w)
                cpus.append(c)
            print(
                f"{label}: median {1000 * statistics.median(walls):.0f} ms wall "
                f"(min {1000 * min(walls):.0f}, max {1000 * max(walls):.0f}), "
                f"{1000 * statistics.median(cpus):.0f} ms CPU"
            )
        sup.close()


if __name__ == "__main__":
    main()
