"""The store: migrations, round trips, atomic saves, freshness, URLs.

Every test that takes ``url`` or ``store`` runs on SQLite and on PostgreSQL
(a fresh database per test, see ``pg_url`` in conftest); the tests of
SQLite files (corrupt, missing folder, default path) run on SQLite alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from pledgewatch.errors import StoreError
from pledgewatch.records import (
    Article,
    Category,
    Commitment,
    Evidence,
    Extraction,
    Mention,
    Status,
)
from pledgewatch.store import DEFAULT_URL, Freshness, Store, StoredArticle, repository, resolve_url

VERSION = "test-1"
TEXT = (
    "France pledges troops\n"
    "PARIS, 6 January 2026 - France will send some thousand soldiers, Emmanuel Macron said. "
    "Germany ruled out ground troops."
)


def make_article(article_id: str = "a1", text: str = TEXT) -> Article:
    return Article(
        id=article_id,
        text=text,
        title="France pledges troops",
        url=f"https://example.org/{article_id}",
        outlet="Example Wire",
        published=date(2026, 1, 6),
        language="en",
        source=f"/data/{article_id}.txt",
    )


def span(article: Article, words: str) -> tuple[int, int]:
    start = article.text.index(words)
    return start, start + len(words)


def make_extraction(article: Article) -> Extraction:
    fra = span(article, "France will send some thousand soldiers, Emmanuel Macron said.")
    deu = span(article, "Germany ruled out ground troops.")
    mentions = tuple(
        Mention(actor, article.id, *span(article, words), words, rule)
        for actor, words, rule in [
            ("FRA", "France", "name"),
            ("FRA", "PARIS", "capital"),
            ("person:emmanuel-macron", "Emmanuel Macron", "name"),
            ("DEU", "Germany", "name"),
        ]
    )
    mentions = tuple(sorted(mentions, key=lambda m: m.start))
    commitments = (
        Commitment(
            article=article.id,
            actor="FRA",
            category=Category.GROUND_FORCES,
            status=Status.COMMITTED,
            evidence=Evidence(
                article.id, *fra, article.text[fra[0] : fra[1]], "person:emmanuel-macron"
            ),
            magnitude="some thousand soldiers",
            conditions=("after a ceasefire", "with a US backstop"),
            beneficiary="UKR",
            confidence=0.875,
            why=("status: 'will send' -> committed", "category: 'soldiers' -> ground_forces"),
        ),
        Commitment(
            article=article.id,
            actor="DEU",
            category=Category.GROUND_FORCES,
            status=Status.DECLINED,
            evidence=Evidence(article.id, *deu, article.text[deu[0] : deu[1]]),
        ),
    )
    return Extraction(article.id, mentions, commitments)


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        pg: str = request.getfixturevalue("pg_url")
        return pg
    return f"sqlite:///{tmp_path / 'store.db'}"


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(repository.MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    with Store(url) as opened:
        yield opened


def test_store_opens_and_migrates_a_new_database(url: str) -> None:
    """Every migration (0001, 0002_reconcile_state) runs on a new database."""
    with Store(url) as store:
        assert store.count() == {"articles": 0, "mentions": 0, "commitments": 0}
        assert store.tracker_rows() == []
    engine = create_engine(url)
    try:
        tables = set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    finally:
        engine.dispose()
    assert tables >= {
        "alembic_version",
        "articles",
        "mentions",
        "commitments",
        "article_state",
        "story_keys",
        "story_links",
        "tracker_rows",
        "flags",
        "reconcile_meta",
    }
    assert revision == head_revision()


def test_store_sqlite_is_a_file_where_the_url_says(tmp_path: Path) -> None:
    Store(f"sqlite:///{tmp_path / 'store.db'}").close()
    assert (tmp_path / "store.db").is_file()


def test_store_reopens_an_existing_file_with_its_data(url: str) -> None:
    article = make_article()
    with Store(url) as store:
        store.save(article, make_extraction(article), VERSION)
    with Store(url) as again:
        assert again.article("a1") == article
        assert again.count() == {"articles": 1, "mentions": 4, "commitments": 2}


def test_store_round_trips_every_field(store: Store) -> None:
    article = make_article()
    extraction = make_extraction(article)
    store.save(article, extraction, VERSION)
    assert store.article("a1") == article
    assert store.articles() == [StoredArticle(article, ("DEU", "FRA", "person:emmanuel-macron"))]
    assert store.mentions() == list(extraction.mentions)
    assert store.mentions("a1") == list(extraction.mentions)
    assert store.commitments() == list(extraction.commitments)
    assert store.commitments("DEU") == [extraction.commitments[1]]
    assert list(store.iter_texts()) == [("a1", TEXT)]


UNICODE = (
    "Zelensky: «Україна дякує» — Merz sagte, Größe zählt; Macron à l'Élysée; "
    "北约 «НАТО»; emoji 🇺🇦🤝; combining e\u0301; right-to-left שלום; tab\tend."
)


def test_store_round_trips_unicode_long_texts_and_empty_fields(store: Store) -> None:
    text = "Україна\n" + UNICODE + "\n" + ("Norway pledged two minesweepers. " * 40_000)
    article = Article(id="ü/ключ 1", text=text, title=UNICODE)
    start = text.index("Merz")
    evidence = Evidence(article.id, start, start + 4, "Merz", speaker="Friedrich Merz «ß»")
    pledge = Commitment(
        article=article.id,
        actor="DEU",
        category=Category.FINANCING,
        status=Status.CONDITIONAL,
        evidence=evidence,
        magnitude="€1.5 billion ≈ ₴70 млрд",
        conditions=("if «peace» holds", 'with "quotes" and \\ backslash', "🇺🇦"),
        confidence=1 / 3,
        why=("status: 'sagte' -> conditional",) * 50,
    )
    extraction = Extraction(
        article.id, (Mention("DEU", article.id, start, start + 4, "Merz"),), (pledge,)
    )
    store.save(article, extraction, VERSION)
    assert store.article(article.id) == article
    assert store.article(article.id).published is None  # type: ignore[union-attr]
    assert store.commitments() == [pledge]
    assert store.mentions(article.id) == list(extraction.mentions)
    assert list(store.iter_texts()) == [(article.id, text)]
    assert store.freshness(article, VERSION) is Freshness.SAME


@pytest.mark.parametrize(
    "published", [date(1999, 12, 31), date(2026, 2, 29 - 1), date(9999, 12, 31)]
)
def test_store_round_trips_dates(store: Store, published: date) -> None:
    article = Article(id="d", text="Dated.", published=published)
    store.save(article, Extraction("d"), VERSION)
    stored = store.article("d")
    assert stored is not None
    assert stored.published == published
    assert type(stored.published) is date


def test_store_article_missing_is_none(store: Store) -> None:
    assert store.article("nope") is None
    assert store.commitments("FRA") == []


def test_store_saving_twice_keeps_one_copy(store: Store) -> None:
    article = make_article()
    store.save(article, make_extraction(article), VERSION)
    store.save(article, make_extraction(article), VERSION)
    assert store.count() == {"articles": 1, "mentions": 4, "commitments": 2}
    assert len(store.commitments()) == 2


def test_store_saving_a_new_version_replaces_the_old(store: Store) -> None:
    old = make_article()
    store.save(old, make_extraction(old), VERSION)
    new = make_article(text=TEXT + " Italy is considering air policing.")
    store.save(new, Extraction(new.id), VERSION)
    assert store.article("a1") == new
    assert store.count() == {"articles": 1, "mentions": 0, "commitments": 0}


def _fail(_commitment: Commitment) -> dict[str, object]:
    raise RuntimeError("disk on fire")


def test_store_failed_save_keeps_previous_version(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = make_article()
    store.save(old, make_extraction(old), VERSION)
    monkeypatch.setattr(repository, "_commitment_row", _fail)
    new = make_article(text=TEXT + " Spain may join.")
    with pytest.raises(RuntimeError):
        store.save(new, make_extraction(new), VERSION)
    assert store.article("a1") == old
    assert store.count() == {"articles": 1, "mentions": 4, "commitments": 2}
    assert store.commitments() == list(make_extraction(old).commitments)


def test_store_failed_save_of_new_article_leaves_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(repository, "_commitment_row", _fail)
    article = make_article("a2")
    with pytest.raises(RuntimeError):
        store.save(article, make_extraction(article), VERSION)
    assert store.article("a2") is None
    assert store.count() == {"articles": 0, "mentions": 0, "commitments": 0}


@pytest.mark.parametrize(
    ("incoming", "version", "expected"),
    [
        (make_article("other"), VERSION, Freshness.NEW),
        (make_article(), VERSION, Freshness.SAME),
        (make_article(text=TEXT + " Updated."), VERSION, Freshness.CHANGED),
        (make_article(), "test-2", Freshness.CHANGED),
    ],
    ids=["new", "same", "changed-text", "changed-extractor"],
)
def test_store_freshness(
    store: Store, incoming: Article, version: str, expected: Freshness
) -> None:
    stored = make_article()
    store.save(stored, make_extraction(stored), VERSION)
    assert store.freshness(incoming, version) is expected


def test_store_freshness_ignores_metadata_changes(store: Store) -> None:
    stored = make_article()
    store.save(stored, make_extraction(stored), VERSION)
    retitled = Article(id="a1", text=TEXT, title="Another headline", outlet="Mirror")
    assert store.freshness(retitled, VERSION) is Freshness.SAME


def test_store_corrupt_file_raises_store_error_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(StoreError) as caught:
        Store(f"sqlite:///{path}")
    message = str(caught.value)
    assert "\n" not in message
    assert "corrupt.db" in message


def test_store_missing_folder_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(f"sqlite:///{tmp_path / 'no' / 'such' / 'folder.db'}")


def test_store_database_from_newer_version_raises_store_error(url: str) -> None:
    """Regression: alembic's CommandError for an unknown revision used to escape Store."""
    Store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer pledgewatch"):
        Store(url)


@pytest.mark.parametrize(
    ("given", "env", "expected"),
    [
        ("sqlite:///given.db", "sqlite:///env.db", "sqlite:///given.db"),
        (None, "sqlite:///env.db", "sqlite:///env.db"),
        (None, None, DEFAULT_URL),
        ("data/tracker.db", None, "sqlite:///data/tracker.db"),
        ("/abs/tracker.db", None, "sqlite:////abs/tracker.db"),
        (None, "env.db", "sqlite:///env.db"),
        ("postgresql+psycopg://u@h/db", None, "postgresql+psycopg://u@h/db"),
    ],
    ids=[
        "flag-over-env",
        "env-over-default",
        "default",
        "bare-relative",
        "bare-absolute",
        "bare-env",
        "postgres",
    ],
)
def test_store_resolve_url(
    monkeypatch: pytest.MonkeyPatch, given: str | None, env: str | None, expected: str
) -> None:
    if env is None:
        monkeypatch.delenv("PLEDGEWATCH_DB", raising=False)
    else:
        monkeypatch.setenv("PLEDGEWATCH_DB", env)
    assert resolve_url(given) == expected


def test_store_default_url_is_a_file_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PLEDGEWATCH_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    with Store() as store:
        assert store.url == DEFAULT_URL
    assert (tmp_path / "pledgewatch.db").is_file()
