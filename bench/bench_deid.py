"""De-identification figures: strict recall per label and over-redaction on the annotated
corpus (tests/data/deid_corpus), with and without the vault's records entered, and the
engine's throughput. Prints figures; asserts nothing.

    python bench/bench_deid.py

The public presidio-research synthetic set is scored when a PyPI package ships it;
``presidio-evaluator`` 0.3.2 ships only the templates and raw data to generate one
(which needs models downloaded at run time), so that part is skipped with a message.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

from peerdesk.core.formats.deid import Deidentifier, known_identifiers

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "deid_corpus"


def _score():
    spec = importlib.util.spec_from_file_location("deid_corpus_score", CORPUS / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def presidio_set() -> None:
    try:
        from importlib import resources

        files = resources.files("presidio_evaluator")
    except ModuleNotFoundError:
        print("presidio-research synthetic set: skipped (presidio-evaluator is not installed)")
        return
    found = [p for p in files.rglob("*.json") if "synth" in p.name]  # type: ignore[attr-defined]
    if not found:
        print(
            "presidio-research synthetic set: skipped (the installed presidio-evaluator "
            "ships no generated data set, only templates)"
        )
        return
    print(f"presidio-research synthetic set: found {found[0].name}; scoring is not wired up")


def throughput(score) -> None:
    items = score.corpus()
    texts = [i["text"] for i in items]
    engine = Deidentifier(known_identifiers(score.mentees()), mentee_order=range(1, 7))
    engine.redact(texts[0])  # lists loaded once
    started = time.process_time()  # CPU time: a busy machine does not change it
    chars = 0
    for _ in range(3):
        for t in texts:
            engine.redact(t)
            chars += len(t)
    took = time.process_time() - started
    print(
        f"throughput: {chars / took:,.0f} chars/s of CPU "
        f"({took / (3 * len(texts)) * 1000:.2f} ms a note)"
    )
    # A year of a 10,000-note vault: every flagged note's four sections go through the
    # engine; at 10% flagged and ~450 characters a note that is ~450,000 characters.
    year = 10_000 * 0.10 * 450
    print(
        f"one year of 10,000 notes, 10% flagged: about {year / (chars / took):.2f} s of redaction"
    )
    started = time.perf_counter()
    Deidentifier(known_identifiers(score.mentees()), mentee_order=range(1, 7))
    print(f"engine set-up per export: {1000 * (time.perf_counter() - started):.1f} ms")


def main() -> None:
    started = time.perf_counter()
    score = _score()
    print(f"name lists, gazetteer and engine loaded in {time.perf_counter() - started:.2f} s")
    for split in ("dev", "held", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6"):
        items = score.corpus(split)
        print()
        print(score.evaluate(items).table(f"{split}: {len(items)} notes, vault records entered"))
        print()
        print(
            score.evaluate(items, with_vault=False).table(f"{split}: nothing entered in the vault")
        )
    print()
    throughput(score)
    presidio_set()


if __name__ == "__main__":
    main()
