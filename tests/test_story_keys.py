"""Story keys in the store: links found a batch at a time are those found one
article at a time and in memory, and the stop keys (held by more than
KEY_MAX_POSTINGS articles) follow saves, deletes and the migration that
brought them."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, select

from pledgewatch.reconcile import stories
from pledgewatch.reconcile.stories import StoryIndex, compute_fingerprint
from pledgewatch.records import Article, Extraction
from pledgewatch.store import Store, reconciled, repository
from pledgewatch.store.schema import story_keys, story_stop_keys

LIMIT = 3
"""KEY_MAX_POSTINGS in these tests: small, so that keys cross it."""

PARAGRAPHS = [
    f"Paragraph {k} of the wire copy: the ministers of the {name} group met in the harbour "
    f"town and talked about ships, mines, patrols and money for {k + 2} years of work."
    for k, name in enumerate(["northern", "southern", "eastern", "western", "Baltic", "Nordic"])
]

QUOTES = [
    f"“Our {noun} can be in the Black Sea within {10 * (k + 1)} days of a truce, and the "
    f"crews are already training for it in the {place} base,” the minister said."
    for k, (noun, place) in enumerate(
        [
            ("minesweepers", "Haakonsvern"),
            ("frigates", "Bergen"),
            ("divers", "Ramsund"),
            ("engineers", "Trondheim"),
        ]
    )
]


def _article(n: int) -> tuple[Article, Extraction]:
    parts = [PARAGRAPHS[n % 6], QUOTES[n % 4], PARAGRAPHS[(n // 2) % 6], QUOTES[(n // 3) % 4]]
    text = f"Report {n}\n\n" + "\n\n".join(parts)
    return Article(f"a{n:02d}", text), Extraction(f"a{n:02d}", (), ())


def _stop_keys(db: Store) -> tuple[list[int], list[int]]:
    """(the stored stop keys, the keys held by more than LIMIT articles)."""
    with db.engine.connect() as conn:
        kept = [k for (k,) in conn.execute(select(story_stop_keys.c.key).order_by("key"))]
        held = select(story_keys.c.key).group_by(story_keys.c.key)
        counted = conn.execute(held.having(func.count() > LIMIT).order_by(story_keys.c.key))
        return kept, [k for (k,) in counted]


@pytest.fixture
def limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "KEY_MAX_POSTINGS", LIMIT)
    monkeypatch.setattr(reconciled, "KEY_MAX_POSTINGS", LIMIT)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        pg: str = request.getfixturevalue("pg_url")
        return pg
    return f"sqlite:///{tmp_path / 'keys.db'}"


def test_story_links_of_batches_equal_those_found_one_by_one_and_in_memory(
    limit: None, url: str, tmp_path: Path
) -> None:
    items = [_article(n) for n in range(30)]
    index = StoryIndex()
    expected = sorted(
        (link for a, _x in items for link in index.add(compute_fingerprint(a.id, a.text))),
        key=lambda x: (x.article, x.other),
    )
    assert expected  # the texts do make stories
    with Store(f"sqlite:///{tmp_path / 'one.db'}") as one:
        for item in items:
            one.save(*item, "test")
        assert one.story_links() == expected
    with Store(url) as db:
        for start, size in [(0, 1), (1, 7), (8, 2), (10, 20)]:
            db.save_batch(items[start : start + size], "test")
        assert db.story_links() == expected
        kept, held = _stop_keys(db)
        assert kept == held and kept


def test_story_stop_keys_follow_replaced_and_deleted_articles(limit: None, url: str) -> None:
    items = [_article(n) for n in range(24)]
    with Store(url) as db:
        db.save_batch(items, "test")
        before = _stop_keys(db)[0]
        db.delete([a.id for a, _x in items[:20]])  # most keys fall back under the limit
        kept, held = _stop_keys(db)
        assert kept == held and len(kept) < len(before)
        new_text = [(Article(a.id, "Rewritten.\n\n" + a.text[::-1]), x) for a, x in items[20:]]
        db.save_batch(items[:20] + new_text, "test")  # back, and four replaced
        kept, held = _stop_keys(db)
        assert kept == held and kept
        db.reconcile()  # a whole rebuild finds the same stop keys
        assert _stop_keys(db)[0] == kept


def test_story_stop_keys_filled_when_migration_0008_runs(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    copies = stories.KEY_MAX_POSTINGS + 1  # copies of one text: its keys are over the limit
    text = "Wire copy\n\n" + PARAGRAPHS[0] + "\n\n" + QUOTES[0]
    with Store(url) as db:
        db.save_batch(
            [(Article(f"c{n:03d}", text), Extraction(f"c{n:03d}", (), ())) for n in range(copies)],
            "test",
        )
        with db.engine.connect() as conn:
            kept = [k for (k,) in conn.execute(select(story_stop_keys.c.key).order_by("key"))]
    assert len(kept) == len(compute_fingerprint("c000", text).keys)
    config = Config()
    config.set_main_option("script_location", str(repository.MIGRATIONS))
    with Store(url) as db, db.engine.begin() as conn:  # back to a store of 0007
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
    with Store(url) as db, db.engine.connect() as conn:  # 0008 again
        assert [k for (k,) in conn.execute(select(story_stop_keys.c.key).order_by("key"))] == kept
