"""Recall and precision of the de-identification engine on the annotated corpus.

Run with ``-s`` to see the table. A gold span counts as found when redactions cover
every character of it (whatever label they carry); a redaction counts as correct when
it overlaps a gold span. Per-label precision uses the redaction's own label.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from peerdesk.core.formats.deid import Deidentifier, known_identifiers

CORPUS = Path(__file__).resolve().parents[2] / "data" / "deid_corpus"


def corpus_vault() -> list:
    data = json.loads((CORPUS / "vault.json").read_text(encoding="utf-8"))
    out = []
    for m in data["mentees"]:
        out.append(
            SimpleNamespace(
                id=m["id"],
                display_name=m["display_name"],
                full_name=m["full_name"],
                aliases=m["aliases"],
                address=m["address"],
                contacts=[SimpleNamespace(kind="phone", value=p) for p in m["phones"]]
                + [SimpleNamespace(kind="email", value=e) for e in m["emails"]],
                important_people=[
                    SimpleNamespace(name=p, contact="") for p in m["important_people"]
                ],
                consents=[SimpleNamespace(with_whom=c) for c in m["consents"]],
            )
        )
    return out


def load() -> list[dict]:
    lines = (CORPUS / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def evaluate() -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    engine = Deidentifier(known_identifiers(corpus_vault()), mentee_order=range(1, 8))
    recall: dict[str, list[int]] = {}
    precision: dict[str, list[int]] = {}
    for item in load():
        text, gold = item["text"], item["spans"]
        found = engine.find(text)
        covered = bytearray(len(text))
        for r in found:
            covered[r.start : r.end] = b"\x01" * (r.end - r.start)
        for start, end, label in gold:
            hit = all(covered[start:end])
            tally = recall.setdefault(label, [0, 0])
            tally[0] += hit
            tally[1] += 1
        for r in found:
            ok = any(r.start < end and start < r.end for start, end, _ in gold)
            tally = precision.setdefault(r.label, [0, 0])
            tally[0] += ok
            tally[1] += 1
    return (
        {k: (v[0], v[1]) for k, v in recall.items()},
        {k: (v[0], v[1]) for k, v in precision.items()},
    )


def table() -> str:
    recall, precision = evaluate()
    lines = [f"{'label':<11} {'recall':>14} {'precision':>14}"]
    for label in sorted(set(recall) | set(precision)):
        r = recall.get(label, (0, 0))
        p = precision.get(label, (0, 0))
        rs = f"{r[0]}/{r[1]} {100 * r[0] / r[1]:.0f}%" if r[1] else "-"
        ps = f"{p[0]}/{p[1]} {100 * p[0] / p[1]:.0f}%" if p[1] else "-"
        lines.append(f"{label:<11} {rs:>14} {ps:>14}")
    return "\n".join(lines)


def test_corpus_is_big_enough() -> None:
    items = load()
    assert len(items) >= 50
    labels = Counter(label for item in items for _, _, label in item["spans"])
    for label in ("KNOWN_NAME", "PERSON", "PHONE", "EMAIL", "URL", "ID", "ZIP", "POSTCODE"):
        assert labels[label] >= 2, label
    assert labels["ADDRESS"] and labels["DATE"] and labels["AGE90"]


def test_recall_and_precision(capsys: pytest.CaptureFixture[str]) -> None:
    recall, _precision = evaluate()
    with capsys.disabled():
        print("\n" + table())
    known = recall["KNOWN_NAME"]
    assert known[0] == known[1], "every identifier the vault knows must be found"
    person = recall["PERSON"]
    assert person[0] / person[1] >= 0.95
    for label in ("PHONE", "EMAIL", "URL", "ID", "ZIP", "POSTCODE", "ADDRESS", "DATE", "AGE90"):
        assert recall[label][0] == recall[label][1], label


if __name__ == "__main__":
    print(table())
