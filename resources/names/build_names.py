"""Derive the compact name lists in this folder from the 1990 US Census name files.

    pip download --no-binary :all: --no-deps names==0.3.0
    tar xzf names-0.3.0.tar.gz
    python resources/names/build_names.py names-0.3.0/names

Run once by a developer; `names` is not a dependency of peerdesk. See README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LAST_NAME_RANKS = 30_000  # the 30,000 most frequent surnames cover about 85% of people


def read(path: Path, limit: int | None = None) -> list[str]:
    out: list[str] = []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if not parts:
            continue
        if limit is not None and int(parts[3]) > limit:
            break
        out.append(parts[0].lower())
    return out


def main(source: Path) -> None:
    first = sorted(set(read(source / "dist.female.first")) | set(read(source / "dist.male.first")))
    last = sorted(set(read(source / "dist.all.last", LAST_NAME_RANKS)))
    header = "# 1990 US Census name frequencies (public domain); made by build_names.py\n"
    (HERE / "first_names.txt").write_text(header + "\n".join(first) + "\n", encoding="utf-8")
    (HERE / "last_names.txt").write_text(header + "\n".join(last) + "\n", encoding="utf-8")
    print(f"{len(first)} first names, {len(last)} last names")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
