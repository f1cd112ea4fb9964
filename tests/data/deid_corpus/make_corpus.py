"""Turn notes.txt ([[LABEL|text]] markup) into corpus.jsonl with character spans.

    python tests/data/deid_corpus/make_corpus.py

Each line of corpus.jsonl: {"text": "...", "spans": [[start, end, "LABEL"], ...]}.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([A-Z0-9_]+)\|(.+?)\]\]")


def parse(line: str) -> dict:
    text, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(line):
        chunk = line[pos : m.start()]
        text.append(chunk)
        length += len(chunk)
        spans.append([length, length + len(m.group(2)), m.group(1)])
        text.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    text.append(line[pos:])
    return {"text": "".join(text), "spans": spans}


def main() -> None:
    lines = [
        line
        for line in (HERE / "notes.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(parse(line), ensure_ascii=False) + "\n")
    print(f"{len(lines)} notes")


if __name__ == "__main__":
    main()
