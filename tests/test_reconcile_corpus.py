"""The three checks of issue 4 on the shared corpus (five real articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgewatch import pipeline
from pledgewatch.records import Category
from pledgewatch.store import Store

WIRE = "002_2404c4d8a3720408"
INTERVIEW_REWRITE, OPINION_REWRITE = "003_a86ad4484479ff64", "004_e6d9d8557d15b736"


@pytest.fixture(scope="module")
def corpus_db(shared_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('corpus') / 'shared.db'}"
    report = pipeline.ingest([shared_corpus / "docs"], url)
    assert not report.rejected
    return url


def test_reconcile_corpus_contradictions_in_article_and_across_sources(corpus_db: str) -> None:
    found = {(c.actor, c.category, c.scope): c for c in pipeline.contradictions(corpus_db)}
    lithuania = found[("LTU", Category.GROUND_FORCES, "article")]
    assert {s.article for s in lithuania.sides} == {WIRE}
    usa = found[("USA", Category.SECURITY_GUARANTEE, "sources")]
    assert len({s.article for s in usa.sides}) >= 2
    assert len({s.status for s in usa.sides}) >= 2


def test_reconcile_corpus_stories_group_the_two_rewrites_of_one_interview(corpus_db: str) -> None:
    stories = pipeline.stories(corpus_db)
    (story,) = [s for s in stories if INTERVIEW_REWRITE in s.articles]
    assert OPINION_REWRITE in story.articles
    assert story.reason.startswith("shared quote")


def test_reconcile_corpus_usa_guarantee_has_fewer_independent_sources(corpus_db: str) -> None:
    (row,) = [
        r
        for r in pipeline.tracker(corpus_db)
        if r.actor == "USA" and r.category is Category.SECURITY_GUARANTEE
    ]
    assert {INTERVIEW_REWRITE, OPINION_REWRITE} <= set(row.sources)
    assert row.independent_sources < len(row.sources)
    assert row.contradicted


def test_reconcile_corpus_flags_the_misspelt_prime_minister(corpus_db: str) -> None:
    flags = pipeline.flags(corpus_db, WIRE)
    assert ("fuzzy_name", "person:keir-starmer") in {(f.kind, f.actor) for f in flags}
    assert ("self_contradiction", "LTU") in {(f.kind, f.actor) for f in flags}


def test_reconcile_corpus_state_equals_a_rebuild(corpus_db: str) -> None:
    with Store(corpus_db) as db:
        kept = pipeline.tracker(db), pipeline.stories(db), pipeline.contradictions(db)
        db.reconcile()
        assert (pipeline.tracker(db), pipeline.stories(db), pipeline.contradictions(db)) == kept
