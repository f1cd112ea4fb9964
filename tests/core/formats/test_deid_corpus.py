"""Strict recall and over-redaction of the de-identification engine on the annotated
corpus in tests/data/deid_corpus/ (see make_corpus.py and score.py there).

Run with ``-s`` to see the tables. The held-out half was written apart from the engine
and is scored the same way; the thresholds are the acceptance figures.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "data" / "deid_corpus"


def _score_module():
    spec = importlib.util.spec_from_file_location("deid_corpus_score", CORPUS / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


score = _score_module()


def test_corpus_is_broad_enough() -> None:
    items = score.corpus()
    assert len(items) >= 200
    assert sum(i["source"] == "hand" for i in items) >= 50
    assert sum(i["split"] == "held" for i in items) >= 60
    labels = Counter(label for item in items for _, _, label, _ in item["spans"])
    for label in score.LABELS:
        assert labels[label] >= 10, label
    assert sum(len(i["keep"]) for i in items) >= 100


def test_the_corpus_file_is_what_the_script_makes(tmp_path: Path) -> None:
    """corpus.jsonl is generated; a hand edit there would be lost on the next run."""
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    assert spec and spec.loader
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    items = score.corpus()
    templates = [i for i in items if i["source"] == "template"]
    import random

    rng = random.Random(make.SEED)
    again = []
    for n in range(len(templates)):
        half = 1 if n % 10 < 3 else 0
        again.append(make.build_note(rng, half)["text"])
    assert again == [i["text"] for i in templates]
    for item in items:
        for start, end, _label, _known in item["spans"]:
            assert 0 <= start < end <= len(item["text"])
            assert item["text"][start:end].strip() == item["text"][start:end]
    json.dumps(items)


def test_strict_recall_per_label_dev(capsys: pytest.CaptureFixture[str]) -> None:
    result = score.evaluate(score.corpus("dev"))
    with capsys.disabled():
        print("\n" + result.table("dev (vault records entered)"))
    low = {
        label: round(result.rate(label), 3) for label in score.LABELS if result.rate(label) < 0.98
    }
    assert low == {}
    assert result.rate("AGE90") == 1.0
    assert result.over_rate <= 0.02
    assert result.kept[0] == result.kept[1]


def test_held_out_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """The held-out half, written apart from the engine. Its first scoring (the closing
    note's figures) fell short of 0.98 on PERSON, ORG, AGE and URL; these floors keep it
    from sliding back while that is worked on."""
    result = score.evaluate(score.corpus("held"))
    with capsys.disabled():
        print("\n" + result.table("held out (vault records entered)"))
    caught = sum(v[0] for v in result.recall.values())
    total = sum(v[1] for v in result.recall.values())
    assert caught / total >= 0.97
    assert result.over_rate <= 0.02
    assert result.known[0] / result.known[1] >= 0.98


def test_everything_the_vault_knows_is_found_in_the_corpus() -> None:
    result = score.evaluate(score.corpus())
    assert result.known[1] > 300
    missed = [v for label, v in result.misses if label]
    assert result.known[0] / result.known[1] >= 0.98, missed[:10]


def test_fresh_split_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """The "fresh" half of notes_broad.txt (names in lower case, particles, acronyms,
    ages in words): scored, never tuned on. Floors keep it from sliding back; the figures
    are printed for the closing note."""
    items = score.corpus("fresh")
    assert len(items) >= 70
    result = score.evaluate(items)
    with capsys.disabled():
        print("\n" + result.table("fresh (vault records entered)"))
    caught = sum(v[0] for v in result.recall.values())
    total = sum(v[1] for v in result.recall.values())
    assert caught / total >= 0.95
    assert result.rate("AGE90") == 1.0
    assert result.over_rate <= 0.02


def test_fresh2_split_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """The second never-tuned split (notes_fresh2.txt), written before the engine's rules
    were read. Its untuned scoring (all labels 0.852, over-redaction 2.40%) is in the
    commit that added it; these floors keep what the class fixes since then reached."""
    items = score.corpus("fresh2")
    assert len(items) >= 60
    result = score.evaluate(items)
    with capsys.disabled():
        print("\n" + result.table("fresh2 (vault records entered)"))
    caught = sum(v[0] for v in result.recall.values())
    total = sum(v[1] for v in result.recall.values())
    assert caught / total >= 0.95
    assert result.rate("AGE90") == 1.0
    assert result.known[0] == result.known[1]
    assert result.over_rate <= 0.02
    assert result.kept[0] == result.kept[1]


def test_fresh3_split_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """The third never-tuned split (notes_fresh3.txt: texting and reflective notes, UK,
    US, Irish and Australian places, Spanish-English notes, council departments), written
    before the engine's rules were read. Its untuned scoring (all labels 0.860, AGE 0.625,
    ORG 0.762, over-redaction 1.24%) is in the commit that added it; these floors keep what
    the class fixes since then reached."""
    items = score.corpus("fresh3")
    assert len(items) >= 80
    assert sum(len(i["spans"]) for i in items) >= 300
    result = score.evaluate(items)
    with capsys.disabled():
        print("\n" + result.table("fresh3 (vault records entered)"))
    caught = sum(v[0] for v in result.recall.values())
    total = sum(v[1] for v in result.recall.values())
    assert caught / total >= 0.98
    assert result.rate("AGE90") == 1.0
    assert result.rate("AGE") == 1.0
    assert result.known[0] == result.known[1]
    assert result.over_rate <= 0.02
    assert result.kept[0] == result.kept[1]


def test_fresh4_split_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """The fourth never-tuned split (notes_fresh4.txt: texting, typos and lower case; UK,
    US and Spanish-speaking mentees; groups, phone and text lines, crisis), written before
    the engine was run on it. Its untuned scoring (all labels 0.935, PERSON 0.911, ORG
    0.871, known 0.957, over-redaction 0.67%) is in the commit that added it; these floors
    keep what the class fixes since then reached: every label >= 0.98."""
    items = score.corpus("fresh4")
    assert len(items) >= 100
    result = score.evaluate(items)
    with capsys.disabled():
        print("\n" + result.table("fresh4 (vault records entered)"))
    for label in score.LABELS:
        assert result.rate(label) >= 0.98, label
    assert result.rate("AGE90") == 1.0
    assert result.known[0] == result.known[1]
    assert result.over_rate <= 0.02


def test_fresh5_split_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """The fifth never-tuned split (notes_fresh5.txt: names of many cultures, short names
    and nicknames, names that are also words used as words, landmarks and transit stops,
    small numeric dates, ages in words, Spanish addresses, a quarter Spanish), written
    before the engine was run on it. Its untuned scoring (all labels 0.911, PERSON 0.933,
    ORG 0.792, ADDRESS 0.500, over-redaction 1.63%; nothing entered in the vault: all
    0.882, PERSON 0.876) is in the commit that added it; these floors keep what the class
    fixes since then reached, with and without the vault's records."""
    items = score.corpus("fresh5")
    assert len(items) >= 100
    assert sum(len(i["spans"]) for i in items) >= 400
    result = score.evaluate(items)
    with capsys.disabled():
        print("\n" + result.table("fresh5 (vault records entered)"))
    caught = sum(v[0] for v in result.recall.values())
    total = sum(v[1] for v in result.recall.values())
    assert caught / total >= 0.96
    assert result.rate("PERSON") >= 0.98
    assert result.known[0] == result.known[1]
    assert result.over_rate <= 0.01
    assert result.kept[0] == result.kept[1]
    bare = score.evaluate(items, with_vault=False)
    assert bare.rate("PERSON") >= 0.93
    assert bare.over_rate <= 0.01


def test_fresh6_split_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """The sixth never-tuned split (notes_fresh6.txt: organisations and places of every
    kind - chains, employers, schools, places of worship, sports clubs, local charity
    branches, Spanish organisation forms, transit lines, neighbourhoods), written before
    the engine was run on it. Its untuned scoring (all labels 0.806, ORG 0.551, LOCATION
    0.818, PERSON 0.970, over-redaction 0.89%; the same with nothing entered in the vault)
    is in the commit that added it; these floors keep what the class fixes since then
    reached, with and without the vault's records."""
    items = score.corpus("fresh6")
    assert len(items) >= 50
    for with_vault in (True, False):
        result = score.evaluate(items, with_vault=with_vault)
        if with_vault:
            with capsys.disabled():
                print("\n" + result.table("fresh6 (vault records entered)"))
            assert result.known[0] == result.known[1]
        caught = sum(v[0] for v in result.recall.values())
        total = sum(v[1] for v in result.recall.values())
        assert caught / total >= 0.92
        assert result.rate("ORG") >= 0.89
        assert result.rate("LOCATION") >= 0.87
        assert result.rate("PERSON") >= 0.96
        assert result.over_rate <= 0.01
        assert result.kept[0] == result.kept[1]
