"""The strict scorer for the de-identification corpus (used by the tests and bench/).

An identifier is **caught** when no character of it survives: every character of its
span is inside a redaction (whatever label the redaction carries), and no replacement
written over it contains it again, case-insensitively ("turned 60" must not become
"turned 60s"). **Over-redaction** is the share of word
tokens outside every labelled span that a redaction removed; **kept** counts the
everyday words and public numbers marked ``keep`` that came through untouched.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from peerdesk.core.formats.deid import Deidentifier, known_identifiers

HERE = Path(__file__).resolve().parent
LABELS = ("PERSON", "DATE", "LOCATION", "ORG", "AGE", "AGE90", "ADDRESS", "ID", "PHONE",
          "EMAIL", "ZIP", "URL")  # fmt: skip
_WORD = re.compile(r"\w+")


def mentees() -> list[SimpleNamespace]:
    data = json.loads((HERE / "vault.json").read_text(encoding="utf-8"))
    return [
        SimpleNamespace(
            id=m["id"],
            display_name=m["display_name"],
            full_name=m["full_name"],
            aliases=m["aliases"],
            address=m["address"],
            birth_date=date.fromisoformat(m["birth_date"]),
            contacts=[SimpleNamespace(kind="phone", value=p) for p in m["phones"]]
            + [SimpleNamespace(kind="email", value=e) for e in m["emails"]],
            important_people=[
                SimpleNamespace(name=n, relation=r, contact=c) for n, r, c in m["important_people"]
            ],
            consents=[],
        )
        for m in data["mentees"]
    ]


def corpus(split: str | None = None) -> list[dict]:
    lines = (HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    return [i for i in items if split is None or i["split"] == split]


@dataclass
class Score:
    recall: dict[str, list[int]] = field(default_factory=dict)  # label -> [caught, total]
    known: list[int] = field(default_factory=lambda: [0, 0])
    over: list[int] = field(default_factory=lambda: [0, 0])  # [removed, unlabelled tokens]
    kept: list[int] = field(default_factory=lambda: [0, 0])
    misses: list[tuple[str, str]] = field(default_factory=list)  # (label, text) for reports
    chars: int = 0

    def rate(self, label: str) -> float:
        caught, total = self.recall.get(label, [0, 0])
        return caught / total if total else 1.0

    @property
    def over_rate(self) -> float:
        return self.over[0] / self.over[1] if self.over[1] else 0.0

    def table(self, title: str) -> str:
        lines = [title, f"{'label':<10} {'recall':>16}"]
        for label in LABELS:
            c, t = self.recall.get(label, [0, 0])
            if t:
                lines.append(f"{label:<10} {c:>5}/{t:<5} {c / t:>6.3f}")
        c = sum(v[0] for v in self.recall.values())
        t = sum(v[1] for v in self.recall.values())
        lines.append(f"{'all':<10} {c:>5}/{t:<5} {c / t if t else 1:>6.3f}")
        k = self.known
        lines.append(
            f"{'known':<10} {k[0]:>5}/{k[1]:<5} {k[0] / k[1] if k[1] else 1:>6.3f}  (in the vault's records)"
        )
        o = self.over
        lines.append(
            f"over-redaction: {o[0]}/{o[1]} unlabelled tokens = {100 * self.over_rate:.2f}%"
        )
        lines.append(f"kept (must survive): {self.kept[0]}/{self.kept[1]}")
        return "\n".join(lines)


def evaluate(items: list[dict], *, with_vault: bool = True) -> Score:
    ids = known_identifiers(mentees()) if with_vault else []
    engine = Deidentifier(ids, mentee_order=[m.id for m in mentees()])
    score = Score()
    for item in items:
        text = item["text"]
        score.chars += len(text)
        found = engine.find(text)
        covered = bytearray(len(text))
        for r in found:
            covered[r.start : r.end] = b"\x01" * (r.end - r.start)
        labelled = bytearray(len(text))
        for start, end, label, known in item["spans"]:
            labelled[start:end] = b"\x01" * (end - start)
            value = text[start:end]
            ok = all(covered[start:end]) and not any(
                value.lower() in r.replacement.lower()
                for r in found
                if r.start < end and start < r.end
            )
            tally = score.recall.setdefault(label, [0, 0])
            tally[0] += ok
            tally[1] += 1
            if known and with_vault:
                score.known[0] += ok
                score.known[1] += 1
            if not ok:
                score.misses.append((label, value))
        for m in _WORD.finditer(text):
            if any(labelled[m.start() : m.end()]):
                continue
            score.over[1] += 1
            score.over[0] += any(covered[m.start() : m.end()])
        for start, end in item["keep"]:
            score.kept[1] += 1
            score.kept[0] += not any(covered[start:end])
    return score
