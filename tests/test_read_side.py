"""The read side at scale: tracker digests, SQL filters and pages, search.

The API and the dashboard read the store one page, one actor, one article at
a time (``store/reading.py``). These tests check that what SQL gives is what
the Python API gives (filtered in Python here), that digests are their rows
cut to the latest entries, and that the same holds on PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, inspect, null, select, text, update

from pledgewatch import pipeline, serialize
from pledgewatch.api import create_app
from pledgewatch.kb import KnowledgeBase, load_kb
from pledgewatch.queries import Filters
from pledgewatch.records import Category, Commitment, Status
from pledgewatch.store import Store, repository
from pledgewatch.store.schema import tracker_rows
from pledgewatch.store.summary import LATEST, summarize

SAME_TEXT = "{actor} pledged troops to Ukraine on day {n}, officials said."


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def sample_url(tmp_path_factory: pytest.TempPathFactory, sample_corpus: Path) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('read') / 'sample.db'}"
    report = pipeline.ingest([sample_corpus / "docs"], url)
    assert report.added and not report.rejected
    return url


@pytest.fixture(scope="module")
def client(sample_url: str, kb: KnowledgeBase) -> Iterator[TestClient]:
    with TestClient(create_app(sample_url, kb=kb)) as test_client:
        yield test_client


def many_reports(n: int) -> list[dict[str, Any]]:
    """``n`` one-line articles, a day apart, each with France pledging troops."""
    first = date(2026, 1, 1)
    return [
        {
            "id": f"fr-{i:03d}",
            "title": f"France, day {i}",
            "outlet": "Wire" if i % 2 else "Observer",
            "published": (first + timedelta(days=i)).isoformat(),
            "text": SAME_TEXT.format(actor="France", n=i) + f" Unrelated detail number {i}.",
        }
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def busy_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store where one row (France, ground forces) has more reports than a digest keeps."""
    url = f"sqlite:///{tmp_path_factory.mktemp('read') / 'busy.db'}"
    report = pipeline.ingest_records(many_reports(LATEST + 4), url)
    assert len(report.added) == LATEST + 4
    return url


def get(client: TestClient, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return response.json()


# -- tracker digests -----------------------------------------------------------


def test_read_digest_is_written_with_every_row(sample_url: str) -> None:
    with Store(sample_url) as db, db.engine.connect() as conn:
        stored = conn.execute(select(tracker_rows.c.row, tracker_rows.c.summary)).all()
    assert stored and all(digest == summarize(row) for row, digest in stored)


def test_read_digest_keeps_the_latest_reports_and_the_totals(busy_url: str) -> None:
    with TestClient(create_app(busy_url)) as client:
        digest = get(client, "/api/tracker?actor=FRA&category=ground_forces")
        full = get(client, "/api/tracker?actor=FRA&category=ground_forces&full=true")
    assert len(digest) == len(full) == 1
    cut, whole = digest[0], full[0]
    assert whole["complete"] and not cut["complete"]
    assert (
        cut["totals"]
        == whole["totals"]
        == {
            "sources": LATEST + 4,
            "history": LATEST + 4,
            "undated": 0,
            "changes": 1,
        }
    )
    assert cut["history"] == whole["history"][-LATEST:]
    current = {**whole["changes"][-1], "articles": whole["changes"][-1]["articles"][-LATEST:]}
    assert cut["changes"] == [current] and cut["undated"] == []
    assert cut["sources"] == sorted(h["article"] for h in whole["history"][-LATEST:])
    for key in ("status", "since", "independent_sources", "contradicted", "magnitude"):
        assert cut[key] == whole[key]


def test_read_digest_of_a_small_row_is_the_row(client: TestClient, sample_url: str) -> None:
    complete = {r["actor"] + r["category"]: r for r in get(client, "/api/tracker?full=true")}
    digests = get(client, "/api/tracker")
    assert len(digests) == len(complete)
    small = [d for d in digests if d["complete"]]
    assert small
    for row in small:
        assert row == complete[row["actor"] + row["category"]]


def test_read_tracker_shows_each_save_at_once(tmp_path: Path) -> None:
    """Rows and bodies built before are given again only while the digests are the same."""
    url = f"sqlite:///{tmp_path / 'grows.db'}"
    pipeline.ingest_records(many_reports(LATEST), url)
    with TestClient(create_app(url)) as client:
        first = get(client, "/api/tracker?actor=FRA")
        assert get(client, "/api/tracker?actor=FRA") == first and first[0]["complete"]
        pipeline.ingest_records(many_reports(LATEST + 2)[LATEST:], url)
        after = get(client, "/api/tracker?actor=FRA")
    assert after[0]["totals"]["history"] == LATEST + 2 and not after[0]["complete"]


def test_read_row_stored_without_digest_is_cut_on_read(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nodigest.db'}"
    pipeline.ingest_records(many_reports(LATEST + 2), url)
    with TestClient(create_app(url)) as client:
        before = get(client, "/api/tracker")
        with Store(url) as db, db.engine.begin() as conn:
            conn.execute(update(tracker_rows).values(summary=null()))
        assert get(client, "/api/tracker") == before


def test_read_migration_0003_fills_digests_of_stored_rows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(repository.MIGRATIONS))
    row = {"since": None, "sources": ["a"], "independent_sources": 1, "contradicted": False,
           "history": [["committed", None, "a"]], "magnitude": None, "conditions": [],
           "dated": False, "order": "ingest", "undated": ["a"],
           "changes": [["committed", None, ["a"]]]}  # fmt: skip
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
        values = {"a": "FRA", "c": "training", "s": "committed", "r": json.dumps(row)}
        columns = "INSERT INTO tracker_rows (actor, category, status, row)"
        conn.execute(text(f"{columns} VALUES (:a, :c, :s, :r)"), values)
        command.upgrade(config, "0003")
        digest = conn.execute(text("SELECT summary FROM tracker_rows")).scalar_one()
    assert json.loads(digest) == summarize(row)
    columns = [c["name"] for c in inspect(engine).get_columns("tracker_rows")]
    assert columns[-1] == "row"  # the large column last: digests are read without it
    indexes = {
        i["name"] for t in ("articles", "commitments") for i in inspect(engine).get_indexes(t)
    }
    assert {"ix_articles_published", "ix_commitments_article_key"} <= indexes
    engine.dispose()


# -- filters and pages in SQL ------------------------------------------------------


def _kept(c: Commitment, f: Filters, published: dict[str, Any], outlet: dict[str, Any]) -> bool:
    if not f.keeps_row(c.actor, c.category) or (f.status and c.status is not f.status):
        return False
    if f.outlet and (outlet[c.article] or "").casefold() != f.outlet.casefold():
        return False
    day = published[c.article]
    if (f.start or f.end) and day is None:
        return False
    return (f.start is None or day >= f.start) and (f.end is None or day <= f.end)


FILTERS = [
    Filters(),
    Filters(actor="DEU"),
    Filters(category=Category.GROUND_FORCES, status=Status.COMMITTED),
    Filters(start=date(2026, 1, 1), end=date(2026, 1, 31)),
    Filters(end=date(2025, 12, 31)),
]


@pytest.mark.parametrize("filters", FILTERS, ids=range(len(FILTERS)))
def test_read_commitment_pages_equal_python_filtering(sample_url: str, filters: Filters) -> None:
    stored = pipeline.articles(sample_url)
    published = {s.article.id: s.article.published for s in stored}
    outlet = {s.article.id: s.article.outlet for s in stored}
    expected = [c for c in pipeline.commitments(sample_url) if _kept(c, filters, published, outlet)]
    pages: list[Commitment] = []
    offset = 0
    while True:
        page = pipeline.commitment_listing(sample_url, filters, offset, 7)
        assert page.total == len(expected)
        pages += page.items
        offset += 7
        if offset >= page.total:
            break
    assert pages == expected


def test_read_outlet_filter_ignores_case(busy_url: str) -> None:
    everything = pipeline.commitment_listing(busy_url, Filters(), 0, 100).total
    wire = pipeline.commitment_listing(busy_url, Filters(outlet="wIRE"), 0, 100)
    assert 0 < wire.total < everything
    assert {wire.context.articles[c.article].outlet for c in wire.items} == {"Wire"}


def test_read_article_pages_by_actor_and_date(sample_url: str) -> None:
    filters = Filters(actor="DEU", start=date(2025, 12, 1))
    expected = [
        s.article.id
        for s in pipeline.articles(sample_url)
        if "DEU" in s.actors and s.article.published and s.article.published >= date(2025, 12, 1)
    ]
    listing = pipeline.article_listing(sample_url, filters, 0, 100)
    assert expected and [s.article.id for s in listing.items] == expected
    assert listing.total == len(expected)


def test_read_contradictions_of_one_actor_equal_python(sample_url: str) -> None:
    for actor in {c.actor for c in pipeline.contradictions(sample_url)}:
        expected = [c for c in pipeline.contradictions(sample_url) if c.actor == actor]
        assert list(pipeline.contradiction_listing(sample_url, Filters(actor=actor)).items) == (
            expected
        )


def test_read_actor_profile_shows_the_latest_reports(busy_url: str) -> None:
    profile = pipeline.actor_profile("FRA", busy_url)
    assert profile.totals[Category.GROUND_FORCES] == LATEST + 4
    shown = [c.article for c in profile.commitments if c.category is Category.GROUND_FORCES]
    assert shown == [f"fr-{i:03d}" for i in range(LATEST + 3, 3, -1)]
    with TestClient(create_app(busy_url)) as client:
        body = get(client, "/api/actors/FRA")
        html = client.get("/actors/FRA").text
    assert body["commitments_total"] == LATEST + 4 and len(body["commitments"]) == LATEST
    assert f"The latest {LATEST} of {LATEST + 4} reports" in html


STORIES = (
    "Ministers from twenty countries met in Paris on Tuesday to discuss a force for Ukraine. "
    "Officials said the plan foresees troops stationed far from the front line, with air "
    "policing over western Ukraine and a naval mission in the Black Sea.",
    "Drone attacks hit power stations near Kharkiv overnight, the regional governor said. "
    "Repair crews restored electricity to most homes by the morning, while schools in the "
    "city moved their lessons online for the rest of the week.",
)


SELF_CONTRADICTIONS = (
    "Portugal will send troops to Ukraine after a ceasefire, its defence minister said on "
    "Monday. A day later the prime minister said Portugal will not send troops to Ukraine.",
    "Greece pledged two frigates for a naval mission in the Black Sea to protect Ukraine's "
    "grain ships. Athens later ruled out sending frigates to the Black Sea.",
)


def test_read_pages_of_stories_and_contradictions_link_the_next(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'stories.db'}"
    copies = [{"id": f"s{n}-{copy}", "text": t} for n, t in enumerate(STORIES) for copy in "ab"]
    torn = [{"id": f"c{n}", "text": t} for n, t in enumerate(SELF_CONTRADICTIONS)]
    pipeline.ingest_records(copies + torn, url)
    with TestClient(create_app(url)) as stories:
        assert len(get(stories, "/api/stories")) == 2
        assert len(get(stories, "/api/contradictions")) == 2
        for reader, path in [(stories, "/api/stories"), (stories, "/api/contradictions")]:
            first = reader.get(f"{path}?limit=1")
            assert len(first.json()) == 1 and int(first.headers["X-Total-Count"]) > 1
            assert "offset=1" in first.headers["Link"]
        pages = [(stories, "/stories"), (stories, "/contradictions")]
        for reader, path in pages:
            first = reader.get(f"{path}?limit=1").text
            assert 'rel="next"' in first and "offset=1" in first
            assert 'rel="prev"' in reader.get(f"{path}?offset=1&limit=1").text


# -- search ----------------------------------------------------------------------


def test_read_search_ranks_by_hits(client: TestClient) -> None:
    found = get(client, "/api/search?q=troops&limit=100")["articles"]
    assert found and [a["hits"] for a in found] == sorted((a["hits"] for a in found), reverse=True)
    assert all(a["snippet"] for a in found)


def test_read_search_wildcards_are_literal(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'like.db'}"
    texts = {"under": "The code name was troop_plan in Paris.", "plain": "The troopXplan ended."}
    pipeline.ingest_records([{"id": k, "text": v} for k, v in texts.items()], url)
    with TestClient(create_app(url)) as client:
        assert [a["id"] for a in get(client, "/api/search?q=troop_plan")["articles"]] == ["under"]
        assert client.get("/api/search?q=%25").status_code == 400  # no word in "%"


# -- PostgreSQL ------------------------------------------------------------------


def test_read_side_is_the_same_on_postgresql(pg_url: str, sample_url: str) -> None:
    """Every read route answers the same from PostgreSQL as from SQLite."""
    records = [
        {
            "id": s.article.id,
            "title": s.article.title,
            "outlet": "Wire" if i % 2 else "Morning Herald",
            "published": s.article.published.isoformat() if s.article.published else None,
            "text": s.article.text,
        }
        for i, s in enumerate(pipeline.articles(sample_url))
    ]
    lite = f"sqlite:///{Path(sample_url.removeprefix('sqlite:///')).with_name('again.db')}"
    for url in (lite, pg_url):
        pipeline.ingest_records(records, url)
    paths = [
        "/api/tracker",
        "/api/tracker?full=true",
        "/api/tracker?from=2026-01-01&outlet=wire",
        "/api/contradictions?outlet=morning%20herald",
        "/api/commitments?actor=DEU&limit=5&offset=2",
        "/api/commitments?status=declined",
        "/api/articles?actor=FRA",
        "/api/actors",
        "/api/actors/DEU",
        "/api/contradictions",
        "/api/stories",
        "/api/search?q=Patriot",
        "/api/search?q=troops%20Ukraine",
    ]
    with TestClient(create_app(lite)) as a, TestClient(create_app(pg_url)) as b:
        for path in paths:
            assert get(a, path) == get(b, path), path
        for path in ("/", "/actors/DEU", "/contradictions", "/stories", "/search?q=troops"):
            assert b.get(path).status_code == 200, path


def test_read_sample_tracker_as_cli(sample_url: str) -> None:
    """The CLI's JSON carries the same ``complete`` and ``totals`` as the API."""
    rows = [serialize.tracker_row(r) for r in pipeline.tracker(sample_url)]
    assert rows and all(r["complete"] for r in rows)
    assert all(r["totals"]["sources"] == len(r["sources"]) for r in rows)


def test_read_tracker_window_rows_are_digests(busy_url: str) -> None:
    with TestClient(create_app(busy_url)) as client:
        rows = get(client, "/api/tracker?from=2026-01-02")
        full = get(client, "/api/tracker?from=2026-01-02&full=true")
    assert [r["totals"] for r in rows] == [r["totals"] for r in full]
    assert rows[0]["totals"]["history"] == LATEST + 3 and not rows[0]["complete"]
