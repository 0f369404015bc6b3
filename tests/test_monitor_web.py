"""The change log over HTTP: ``/api/changes`` and the dashboard's "what
changed" page (FastAPI's TestClient, in process)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pledgewatch import monitor, pipeline, serialize
from pledgewatch.api import create_app
from pledgewatch.kb import load_kb

HOSTILE = "<script>alert(1)</script>"
RECORDS = [
    {
        "id": "a1",
        "title": HOSTILE,
        "published": "2025-02-20",
        "text": "Germany is considering sending air defence systems to Ukraine, officials said.",
    },
    {
        "id": "a2",
        "published": "2025-03-05",
        "url": "https://news.example/a2",
        "text": "Germany agreed to send Patriot air defence systems to Ukraine, Merz said.",
    },
    {
        "id": "a3",
        "published": "2025-03-05",
        "text": "Germany ruled out sending air defence systems to Ukraine, the chancellor said.",
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('changes') / 'web.db'}"
    for record in RECORDS:  # one ingest each: a new row, a status change, a contradiction
        pipeline.ingest_records([record], url)
    return url


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db, kb=load_kb())) as test_client:
        yield test_client


def test_api_changes_newest_first_as_the_cli_shapes_them(client: TestClient, db: str) -> None:
    response = client.get("/api/changes")
    assert response.status_code == 200 and response.headers["X-Total-Count"] == "3"
    found = response.json()
    assert [c["kind"] for c in found] == ["contradiction", "status", "new"]
    assert found == [serialize.change(c) for c in reversed(monitor.changes(db))]
    status = found[1]
    assert (status["old_status"], status["status"]) == ("considering", "committed")
    assert status["article"] == {
        "id": "a2",
        "title": status["article"]["title"],
        "url": "https://news.example/a2",
    }


def test_api_changes_paged_and_filtered(client: TestClient) -> None:
    first = client.get("/api/changes", params={"limit": 1})
    assert len(first.json()) == 1 and 'rel="next"' in first.headers["Link"]
    assert client.get("/api/changes", params={"since": "2999-01-01"}).json() == []
    assert len(client.get("/api/changes", params={"since": "2000-01-01T00:00"}).json()) == 3
    bad = client.get("/api/changes", params={"since": "last week"})
    assert bad.status_code == 422
    assert [f["field"] for f in bad.json()["error"]["fields"]] == ["query.since"]


def test_dashboard_what_changed_page(client: TestClient) -> None:
    page = client.get("/changes")
    assert page.status_code == 200
    html = page.text
    assert '<a href="/changes" aria-current="page">What changed</a>' in html
    assert "Status changed" in html and "Contradiction" in html and "New" in html
    assert HOSTILE not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="/articles/a2#ev-' in html and 'href="/actors/DEU#cat-air_defense"' in html
    assert "No changes recorded since 2999-01-01" in client.get("/changes?since=2999-01-01").text
    older = client.get("/changes?limit=1&offset=1").text
    assert "Status changed" in older and 'rel="prev"' in older and 'rel="next"' in older


def test_dashboard_what_changed_page_of_an_empty_database(tmp_path: Path) -> None:
    with TestClient(create_app(f"sqlite:///{tmp_path / 'empty.db'}")) as empty:
        assert "No changes recorded." in empty.get("/changes").text
