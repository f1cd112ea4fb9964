"""Derive world_first_names.txt and world_last_names.txt from Faker's person providers,
and common_words.txt from the SCOWL English word lists.

    pip install faker==40.63.0
    apt-get install wamerican wbritish      # /usr/share/dict/{american,british}-english
    python resources/names/build_world_names.py

Run once by a developer; neither is a run-time dependency. See README.md in this folder.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

import faker.providers.person

HERE = Path(__file__).resolve().parent
PLACES = HERE.parent / "places" / "places.txt"
DICTS = [Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")]


def fold(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    return "".join(c for c in name if not unicodedata.combining(c)).lower().replace("’", "'")


def latin(name: str) -> bool:
    return bool(re.fullmatch(r"[a-z]+(?:['-][a-z]+)*", name))


def read(path: Path) -> set[str]:
    return {
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def main() -> None:
    first: set[str] = set()
    last: set[str] = set()
    for mod in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        for attr in dir(provider):
            if not attr.startswith(
                ("first_name", "last_name", "first_romanized", "last_romanized")
            ):
                continue
            values = getattr(provider, attr)
            if not isinstance(values, (tuple, list, dict, set, frozenset)):
                continue
            target = first if attr.startswith("first") else last
            for value in values:
                for part in str(value).split():
                    word = fold(part)
                    if latin(word) and len(word) >= 2:
                        target.add(word)
    census_first = read(HERE / "first_names.txt")
    census_last = read(HERE / "last_names.txt")
    first -= census_first
    last -= census_last
    header = (
        "# Given names from the person providers of the PyPI package Faker 40.63.0 (MIT,\n"
        "# Copyright (c) 2012 Daniele Faraglia), Latin script, folded; those not already in\n"
        "# the Census list. Made by build_world_names.py.\n"
    )
    (HERE / "world_first_names.txt").write_text(
        header + "\n".join(sorted(first)) + "\n", encoding="utf-8"
    )
    (HERE / "world_last_names.txt").write_text(
        header.replace("Given names", "Surnames") + "\n".join(sorted(last)) + "\n",
        encoding="utf-8",
    )
    # Ordinary words (SCOWL keeps proper nouns capitalised, so a lower-case entry is a
    # word) that are also a name or a place in our lists: these need context.
    words: set[str] = set()
    for path in DICTS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and line[0].islower() and "'" not in line:
                words.add(fold(line))
    names = census_first | census_last | first | last
    places = {p for p in read(PLACES) if " " not in p}
    common = sorted(words & (names | places))
    (HERE / "common_words.txt").write_text(
        "# English words (SCOWL word lists, Copyright 2000-2011 Kevin Atkinson, see README)\n"
        "# that are also a name or a place in our lists. Made by build_world_names.py.\n"
        + "\n".join(common)
        + "\n",
        encoding="utf-8",
    )
    (HERE / "english_words.txt").write_text(
        "# Lower-case English words from the SCOWL word lists (Copyright 2000-2011 Kevin\n"
        "# Atkinson, see README), folded. Made by build_world_names.py.\n"
        + "\n".join(sorted(w for w in words if re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w)))
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(first)} first, {len(last)} last, {len(common)} common words")


if __name__ == "__main__":
    main()
