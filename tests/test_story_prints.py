"""Stored story fingerprints equal the ones computed from the text."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

from sqlalchemy import func, select

import pledgewatch
from pledgewatch.ingest import iter_inputs
from pledgewatch.reconcile.stories import compute_fingerprint, from_stored, same_story, stored_form
from pledgewatch.records import Article, content_hash
from pledgewatch.store import Store
from pledgewatch.store.schema import articles, story_prints


def test_stored_fingerprints_round_trip(shared_corpus: Path, sample_corpus: Path) -> None:
    folders = [shared_corpus / "docs", sample_corpus / "docs"]
    items = [a for a in iter_inputs(folders) if isinstance(a, Article)]
    computed = [compute_fingerprint(a.id, a.text) for a in items]
    stored = []
    for found in computed:
        values, quotes = stored_form(found)  # through JSON, as a database keeps it
        stored.append(from_stored(found.article, values, json.loads(json.dumps(quotes))))
    assert any(found.quotes for found in computed)
    for a, b in zip(computed, stored, strict=True):
        assert a == b  # article and quotes
        assert (a.values == b.values).all()
        assert (a.text_keys, a.quote_keys) == (b.text_keys, b.quote_keys)
    for i, j in combinations(range(len(items)), 2):
        assert same_story(stored[i], stored[j]) == same_story(computed[i], computed[j])


def test_every_saved_article_has_its_fingerprint(tmp_path: Path, sample_corpus: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    pledgewatch.ingest([sample_corpus / "docs"], url)
    with Store(url) as db:
        with db.engine.connect() as conn:
            count = conn.execute(select(func.count()).select_from(articles)).scalar_one()
            prints = conn.execute(select(func.count()).select_from(story_prints)).scalar_one()
        assert count > 0 and prints == count
        before = pledgewatch.stories(db)
        db.reconcile()  # a whole rebuild writes them again, with the same stories
        with db.engine.connect() as conn:
            again = conn.execute(select(func.count()).select_from(story_prints)).scalar_one()
        assert again == count and pledgewatch.stories(db) == before


def test_the_fingerprint_cache_keeps_only_the_most_recent() -> None:
    """Memory stays flat over a long ingest: the cache of fingerprints holds
    at most FINGERPRINT_CACHE of them, the least recently used go first."""
    from pledgewatch.reconcile import stories

    size = stories.FINGERPRINT_CACHE
    for n in range(size + 40):
        stories.fingerprint(f"cache-{n}", f"Article number {n} says that Latvia sent {n} drones.")
    assert len(stories._prints) <= size
    first = content_hash("Article number 0 says that Latvia sent 0 drones.")
    assert stories.cached("cache-0", first) is None  # the oldest went first
    kept = [key for key in stories._prints if key[0].startswith("cache-")]
    assert kept[-1][0] == f"cache-{size + 39}"
