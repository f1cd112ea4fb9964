"""Directory import benchmark: prints figures, asserts nothing.

    python bench/bench_directory.py [--services 10000] [--format csv|json|hsds11] [--gui]

Writes a deterministic HSDS 3.0 tabular package (or JSON file) of N fictional services,
each with an organization, a location and address, a phone, two opening-hours rows and a
need, then times, into a new vault: reading the file, checking every record against the
HSDS schemas (the preview), applying in one transaction (with the search index), a
re-import preview (all unchanged), ranked search p50/p95 as the Directory page runs it,
and an export of the result. ``--format hsds11`` writes an HSDS 1.1-style
211 export instead (tests/core/formats/hsds/hsds11.py) and reports the share imported.
``--gui`` also drives the real Directory page offscreen over that vault: types queries
key by key as a person does, ticks "open now" and picks a need, and prints the longest
stall of the GUI thread (the longest gap between ticks of a 5 ms timer, less the 5 ms:
wall time, which a loaded machine stretches) and the most CPU the GUI thread spent
between two ticks (the work done there; the search itself runs on a worker).
Prints the machine's load average: on a shared machine the figures scale with it.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

os.environ.setdefault("PEERDESK_KDF_TARGET_MS", "0")

from peerdesk.core.formats import hsds
from peerdesk.core.services import directory, directory_import
from peerdesk.core.vault import Vault
from peerdesk.core.vault.keys import calibrate

NS = uuid.UUID("3c1f7a52-9e0b-4c55-8d7e-2a6b9f0c1d3e")
DAYS = ["MO,TU,WE,TH,FR", "SA", "TU,TH", "MO,WE,FR", "SU"]


def uid(*parts: object) -> str:
    return str(uuid.uuid5(NS, ":".join(map(str, parts))))


def tables(n: int) -> dict[str, list[dict[str, object]]]:
    needs = directory.needs()
    out: dict[str, list[dict[str, object]]] = {
        k: []
        for k in (
            "organizations",
            "services",
            "locations",
            "addresses",
            "service_at_locations",
            "phones",
            "schedules",
            "attributes",
            "taxonomy_terms",
        )
    }
    for need in needs:
        out["taxonomy_terms"].append(
            {
                "id": need.id,
                "code": need.code,
                "name": need.name,
                "description": need.description,
                "taxonomy": "peerdesk-needs",
            }
        )
    for i in range(n):
        org, svc, loc = uid("o", i // 3), uid("s", i), uid("l", i)
        if i % 3 == 0:
            out["organizations"].append(
                {"id": org, "name": f"Riverside Org {i // 3}", "description": "Fictional."}
            )
        out["services"].append(
            {
                "id": svc,
                "organization_id": org,
                "name": f"Riverside Service {i}",
                "description": "Help with everyday things, free of charge. " * 3,
                "status": "active",
                "assured_date": f"2026-{1 + i % 12:02d}-15",
            }
        )
        out["locations"].append({"id": loc, "location_type": "physical", "name": f"Hall {i}"})
        out["addresses"].append(
            {
                "id": uid("a", i),
                "location_id": loc,
                "address_1": f"{i} Mill Street",
                "city": "Riverside Falls",
                "state_province": "Demo County",
                "postal_code": "00000",
                "country": "US",
                "address_type": "physical",
            }
        )
        out["service_at_locations"].append(
            {"id": uid("sal", i), "service_id": svc, "location_id": loc}
        )
        out["phones"].append(
            {
                "id": uid("p", i),
                "service_id": svc,
                "number": f"555-01{i % 100:02d}",
                "type": "voice",
            }
        )
        for j in range(2):
            out["schedules"].append(
                {
                    "id": uid("h", i, j),
                    "service_id": svc,
                    "freq": "WEEKLY",
                    "byday": DAYS[(i + j) % len(DAYS)],
                    "opens_at": f"{8 + j * 5:02d}:00",
                    "closes_at": f"{12 + j * 5:02d}:00",
                }
            )
        out["attributes"].append(
            {
                "id": uid("at", i),
                "link_id": svc,
                "link_entity": "service",
                "taxonomy_term_id": needs[i % len(needs)].id,
            }
        )
    return out


def write_package(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True)
    for name, rows in tables(n).items():
        with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    (folder / "datapackage.json").write_text(json.dumps({"name": "bench", "resources": []}))
    return folder


def timed(label: str, fn):
    """Wall time, and this process's CPU time (what counts on a shared, loaded machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, used = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<38} {wall:8.2f} s  (cpu {used:6.2f} s)")
    return result


QUERIES = (
    "food",
    "riverside",
    "help",
    "hall 12",
    "mill street",
    "555-0142",
    "groceries",
    "servi",
    "everyday things free",
    "crisis",
    "zzzqqq",
)


def search_figures(vault: Vault, rounds: int = 20) -> None:
    """Search as the Directory page runs it (one page of directory.PAGE_SIZE rows), p50 and
    p95 over QUERIES, plain and with the need and open-now filters; and the list without
    text (its first page)."""

    def run(label: str, calls: list) -> None:
        times, cpus = [], []
        for _ in range(rounds):
            for call in calls:
                start, cpu = time.perf_counter(), time.process_time()
                call()
                times.append((time.perf_counter() - start) * 1000)
                cpus.append((time.process_time() - cpu) * 1000)
        times.sort()
        cpus.sort()
        p50, p95 = times[len(times) // 2], times[int(len(times) * 0.95)]
        c95 = cpus[int(len(cpus) * 0.95)]
        print(
            f"{label:<38} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  (cpu p95 {c95:6.1f} ms; "
            f"{len(times)} searches)"
        )

    def search(**kw):
        return lambda: directory.search_services(vault, **kw)

    directory.search_services(vault, query="warm up")
    run("search, ranked text", [search(query=q) for q in QUERIES])
    run("search, text + need", [search(query=q, need="food") for q in QUERIES])
    run("search, text + open now", [search(query=q, open_at=datetime.now()) for q in QUERIES])
    run("list without text (first page)", [lambda: directory.search_services(vault)])
    run("list, second page", [lambda: directory.search_services(vault, offset=directory.PAGE_SIZE)])


TYPED = ("riverside hall", "food", "mill street 12", "555-0142", "help with everyday")


def gui_figures(vault: Vault) -> None:
    """The longest GUI-thread stall while typing into the Directory page's search box."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from peerdesk.ui import ops
    from peerdesk.ui.directory.page import DirectoryPage
    from peerdesk.ui.signals import AppSignals

    app = QApplication.instance() or QApplication([])
    page = DirectoryPage(vault, AppSignals())
    page.resize(1200, 700)
    page.show()
    stalls: list[float] = []
    # GUI-thread CPU time between two ticks (what load cannot inflate), with the step
    bursts: list[tuple[float, str]] = []
    step = ["showing the page"]
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed(), time.thread_time()]

    def tick() -> None:
        now, cpu = clock.nsecsElapsed(), time.thread_time()
        stalls.append(max(0.0, (now - last[0]) / 1e6 - 5))
        bursts.append(((cpu - last[1]) * 1000, step[0]))
        last[0], last[1] = now, cpu

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)

    def settle() -> None:
        deadline = time.monotonic() + 30
        while (page.searching() or ops.running()) and time.monotonic() < deadline:
            QTest.qWait(5)

    page.reload()
    settle()
    searches = 0
    real = directory.search_services

    def counted(*args, **kw):
        nonlocal searches
        searches += 1
        return real(*args, **kw)

    directory.search_services = counted  # type: ignore[assignment]
    ticker.start()
    try:
        for number, text_ in enumerate(TYPED):
            page.search.clear()
            for i, ch in enumerate(text_):
                step[0] = "the first key typed" if number == i == 0 else "typing"
                QTest.keyClicks(page.search, ch)
                QTest.qWait(90)  # a quick typist: about 11 keys a second
            step[0] = "showing the rows"
            settle()
            QTest.qWait(50)
        step[0] = "open now ticked"
        page.open_now.setChecked(True)
        settle()
        step[0] = "a need chosen"
        page.need.setCurrentIndex(page.need.findData("food"))
        settle()
        step[0] = "the search cleared"
        page.search.clear()
        settle()
        QTest.qWait(50)
    finally:
        ticker.stop()
        directory.search_services = real  # type: ignore[assignment]
    stalls.sort()
    bursts.sort(reverse=True)
    keys = sum(len(t) for t in TYPED)
    print(
        f"{'GUI thread while typing (offscreen)':<38} longest stall {stalls[-1]:6.1f} ms, "
        f"p99 {stalls[int(len(stalls) * 0.99)]:5.1f} ms ({keys} keys, {searches} searches)"
    )
    later = next((ms for ms, where in bursts if where != "the first key typed"), 0.0)
    print(
        f"{'  GUI-thread CPU between two ticks':<38} longest {bursts[0][0]:6.1f} ms "
        f"({bursts[0][1]}); apart from the first key typed {later:5.1f} ms"
    )
    page.close()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--format", choices=["csv", "json", "hsds11"], default="csv")
    parser.add_argument("--gui", action="store_true", help="also time the Directory page")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pd-bench-dir-"))
    try:
        if args.format == "hsds11":
            sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests/core/formats/hsds"))
            from hsds11 import hsds11_directory

            pkg = work / "pkg"
            hsds11_directory(pkg, args.services)
        else:
            pkg = write_package(work / "pkg", args.services)
        source: Path = pkg
        if args.format == "json":
            vault = Vault(work / "tmp")
            vault.create("benchmark passphrase 1", kdf=calibrate(0))
            vault.confirm_recovery_key()  # a bench vault: its key is not kept
            directory_import.apply_import(vault, directory_import.plan_import(vault, pkg))
            directory_import.export_hsds(vault, format="hsds-json", out=work / "dir.json")
            vault.close()
            source = work / "dir.json"
        size = sum(p.stat().st_size for p in ([source] if source.is_file() else source.iterdir()))
        print(f"HSDS {args.format} with {args.services:,} services ({size / 1e6:.1f} MB)")
        vault = Vault(work / "vault")
        vault.create("benchmark passphrase 1", kdf=calibrate(0))
        vault.confirm_recovery_key()  # a bench vault: its key is not kept
        total = time.perf_counter()
        parsed = timed("read and assemble records", lambda: hsds.read_hsds(source))
        plan = timed(
            "schema check + preview",
            lambda: directory_import.plan_import(vault, parsed, region_hint="US"),
        )
        print(f"  {plan.summary()}")
        share = 100 * plan.to_write / max(1, plan.total)
        print(f"  services that import: {share:.1f}%")
        timed("apply (one transaction)", lambda: directory_import.apply_import(vault, plan))
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'peak RSS after the import':<38} {rss:8.0f} MB")
        print(f"{'validate + preview + apply':<38} {time.perf_counter() - total:8.2f} s")
        again = timed(
            "re-import preview (all unchanged)", lambda: directory_import.plan_import(vault, source)
        )
        print(f"  {again.summary()}")
        timed("search by need (food)", lambda: directory.search_services(vault, need="food"))
        search_figures(vault)
        if args.gui:
            gui_figures(vault)
        timed(
            "export hsds-csv",
            lambda: directory_import.export_hsds(vault, format="hsds-csv", out=work / "out"),
        )
        print(f"{'load average (1 min)':<38} {os.getloadavg()[0]:8.1f}")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'peak RSS':<38} {rss:8.0f} MB")
        vault.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
