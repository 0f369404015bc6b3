"""The project's own annotated corpora are consistent with ANNOTATION.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgewatch.eval import load_gold
from pledgewatch.records import Category, Status

ROOT = Path(__file__).resolve().parents[1]
CORPORA = sorted(p for p in (ROOT / "corpus").iterdir() if (p / "gold").is_dir())
GOLD_FILES = [path for corpus in CORPORA for path in sorted((corpus / "gold").glob("*.json"))]


def test_sample_corpus_has_at_least_twelve_annotated_articles() -> None:
    docs = {p.stem for p in (ROOT / "corpus" / "sample" / "docs").iterdir()}
    gold = {p.stem for p in (ROOT / "corpus" / "sample" / "gold").glob("*.json")}
    assert len(docs) >= 12
    assert docs == gold


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_sample_corpus_gold_evidence_is_in_the_article(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent.parent / "docs" / f"{path.stem}.txt").read_text(encoding="utf-8")
    assert data["doc"] == path.stem
    for item in data["commitments"]:
        assert item["evidence"] in text, item["evidence"]
        listed = data["actors"] + (data.get("actors_optional", []) if item.get("optional") else [])
        assert item["actor"] in listed, item["actor"]
        assert item["actor"] != "UKR", "Ukraine is the beneficiary, never the actor"
        Category(item["category"])
        Status(item["status"])
    keys = {(c["actor"], c["category"], c["status"]) for c in data["commitments"]}
    for pair in data["contradictions"]:
        for status in pair["statuses"]:
            assert (pair["actor"], pair["category"], status) in keys


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_sample_corpus_gold_loads(corpus: Path) -> None:
    assert load_gold(corpus / "gold")
