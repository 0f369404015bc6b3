"""The HTTP API in process (FastAPI's TestClient): shapes, filters, paging,
errors, the ingest token, the body limit, escaping and security headers.

Read routes are checked against the Python API on the sample corpus and on
``../shared/corpus``; write routes each get a fresh database.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from fastapi.testclient import TestClient

from pledgewatch import pipeline, serialize
from pledgewatch.api import MAX_BODY_BYTES, create_app
from pledgewatch.api.routes import MAX_PAGE
from pledgewatch.errors import UsageError
from pledgewatch.kb import KnowledgeBase, load_kb
from pledgewatch.queries import segments
from pledgewatch.records import Category, Commitment, Evidence, Mention, Status
from pledgewatch.web.worldmap import rings, world_map
from tests.conftest import free_port

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SCRIPT = Path(sys.executable).parent / "pledgewatch"
HOSTILE_TITLE = "<script>alert(1)</script>"
GOOD_TEXT = "Norway pledged two minesweepers to Ukraine on Monday, the defence ministry said."


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


def _loaded(path: Path, docs: Path) -> str:
    url = f"sqlite:///{path}"
    report = pipeline.ingest([docs], url)
    assert not report.rejected and report.added
    return url


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory, sample_corpus: Path) -> str:
    return _loaded(tmp_path_factory.mktemp("api") / "sample.db", sample_corpus / "docs")


@pytest.fixture(scope="module")
def client(sample_db: str, kb: KnowledgeBase) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db, token=TOKEN, kb=kb)) as test_client:
        yield test_client


@pytest.fixture(scope="module", params=["sample", "shared"])
def corpus_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, sample_db: str
) -> str:
    """The sample corpus, then ``../shared/corpus``: the checks hold on both."""
    if request.param == "sample":
        return sample_db
    shared: Path = request.getfixturevalue("shared_corpus")
    return _loaded(tmp_path_factory.mktemp("api") / "shared.db", shared / "docs")


@pytest.fixture(scope="module")
def corpus_client(corpus_db: str, kb: KnowledgeBase) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_db, kb=kb)) as test_client:
        yield test_client


@pytest.fixture()
def fresh(tmp_path: Path, kb: KnowledgeBase) -> Iterator[TestClient]:
    """An empty database, writable with ``TOKEN``."""
    with TestClient(create_app(f"sqlite:///{tmp_path / 'fresh.db'}", token=TOKEN, kb=kb)) as c:
        yield c


def ok(client: TestClient, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return response.json()


def error_of(response: httpx2.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()["error"]
    assert body["status"] == status and body["message"]
    assert "Traceback" not in response.text
    return body


# -- reading: the same records as the Python API and the CLI ---------------


def test_api_tracker_equals_python_api(corpus_client: TestClient, corpus_db: str) -> None:
    """``full=true``: every source and report, as the Python API gives them."""
    expected = [serialize.tracker_row(r) for r in pipeline.tracker(corpus_db)]
    assert expected
    assert ok(corpus_client, "/api/tracker?full=true") == json.loads(json.dumps(expected))


@pytest.mark.parametrize(
    ("route", "function", "shape"),
    [
        ("/api/contradictions", pipeline.contradictions, serialize.contradiction),
        ("/api/stories", pipeline.stories, serialize.story),
        ("/api/articles", pipeline.articles, serialize.article),
    ],
)
def test_api_lists_equal_python_api(
    corpus_client: TestClient, corpus_db: str, route: str, function: Any, shape: Any
) -> None:
    expected = json.loads(json.dumps([shape(x) for x in function(corpus_db)]))
    assert ok(corpus_client, route) == expected


def test_api_commitments_equal_python_api(corpus_client: TestClient, corpus_db: str) -> None:
    expected = [serialize.commitment(c) for c in pipeline.commitments(corpus_db)]
    assert ok(corpus_client, f"/api/commitments?limit={MAX_PAGE}") == expected


def test_api_article_spans_index_its_text(corpus_client: TestClient) -> None:
    """Every span's text is the article's text between its offsets."""
    checked = 0
    for item in ok(corpus_client, "/api/articles"):
        article = ok(corpus_client, f"/api/articles/{item['id']}")
        for span in article["spans"]:
            assert article["text"][span["start"] : span["end"]] == span["text"]
            checked += 1
        for c in article["commitments"]:
            evidence = c["evidence"]
            assert article["text"][evidence["start"] : evidence["end"]] == evidence["text"]
    assert checked > 0


def test_api_article_has_actor_and_evidence_spans(client: TestClient) -> None:
    article = ok(client, "/api/articles/s01_wire_paris_force")
    kinds = {span["kind"] for span in article["spans"]}
    assert kinds == {"actor", "evidence"}
    assert article["actors"] and article["commitments"]


@pytest.mark.parametrize(
    ("query", "field", "value"),
    [
        ("actor=DEU", "actor", "DEU"),
        ("category=financing", "category", "financing"),
        ("status=declined", "status", "declined"),
        ("actor=USA&status=committed", "status", "committed"),
    ],
)
def test_api_commitments_filter(client: TestClient, query: str, field: str, value: str) -> None:
    items = ok(client, f"/api/commitments?{query}&limit={MAX_PAGE}")
    assert items
    assert all(item[field] == value for item in items)


def test_api_commitments_filter_by_date_range(client: TestClient, sample_db: str) -> None:
    published = {s.article.id: s.article.published for s in pipeline.articles(sample_db)}
    items = ok(client, f"/api/commitments?from=2026-01-01&to=2026-01-31&limit={MAX_PAGE}")
    assert items
    assert all(str(published[c["article"]]).startswith("2026-01") for c in items)
    everything = ok(client, f"/api/commitments?limit={MAX_PAGE}")
    assert len(items) < len(everything)


def test_api_commitments_pages(client: TestClient) -> None:
    first = client.get("/api/commitments?limit=5")
    total = int(first.headers["X-Total-Count"])
    assert len(first.json()) == 5 and total > 10
    assert 'rel="next"' in first.headers["Link"] and "offset=5" in first.headers["Link"]
    last = client.get(f"/api/commitments?limit=5&offset={total - 2}")
    assert len(last.json()) == 2 and "Link" not in last.headers
    joined = ok(client, "/api/commitments?limit=5") + ok(
        client, "/api/commitments?offset=5&limit=5"
    )
    assert joined == ok(client, "/api/commitments?limit=10")


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("category=ground_forces", lambda r: r["category"] == "ground_forces"),
        ("status=committed", lambda r: r["status"] == "committed"),
        ("actor=GBR", lambda r: r["actor"] == "GBR"),
    ],
)
def test_api_tracker_filter(client: TestClient, query: str, check: Any) -> None:
    rows = ok(client, f"/api/tracker?{query}")
    assert rows and all(check(r) for r in rows)
    assert len(rows) < len(ok(client, "/api/tracker"))


def test_api_tracker_date_window_uses_only_its_reports(client: TestClient) -> None:
    rows = ok(client, "/api/tracker?to=2025-10-31")
    assert rows
    assert all(h["date"] <= "2025-10-31" for r in rows for h in r["history"])


def test_api_tracker_csv_export(client: TestClient) -> None:
    response = client.get("/api/tracker?format=csv&category=ground_forces")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    lines = response.text.strip().splitlines()
    assert lines[0].startswith("actor,category,status")
    assert len(lines) - 1 == len(ok(client, "/api/tracker?category=ground_forces"))


def test_api_actors_and_actor_profile(client: TestClient) -> None:
    actors = {a["id"]: a for a in ok(client, "/api/actors")}
    assert actors["DEU"]["name"] == "Germany" and actors["DEU"]["commitments"] > 0
    profile = ok(client, "/api/actors/DEU")
    assert profile["kind"] == "state"
    assert profile["tracker"] and all(r["actor"] == "DEU" for r in profile["tracker"])
    assert len(profile["commitments"]) == actors["DEU"]["commitments"]


def test_api_search_finds_articles_and_evidence(client: TestClient) -> None:
    result = ok(client, "/api/search?q=Patriot")
    assert any(a["id"] == "s14_patriots_purl_money" for a in result["articles"])
    assert result["evidence"] and all(
        "patriot" in e["evidence"]["text"].lower() for e in result["evidence"]
    )


def test_api_search_query_is_data_not_sql(client: TestClient) -> None:
    before = ok(client, "/api/articles")
    result = ok(client, "/api/search?q=%27%3B%20DROP%20TABLE%20articles%3B%20--")
    assert result["articles"] == []
    assert ok(client, "/api/articles") == before


# -- errors ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/commitments?limit=0", "query.limit"),
        ("/api/commitments?offset=-1", "query.offset"),
        ("/api/tracker?category=tanks", "query.category"),
        ("/api/tracker?status=maybe", "query.status"),
        ("/api/commitments?from=yesterday", "query.from"),
        ("/api/tracker?from=2026-02-01&to=2026-01-01", "query.to"),
        ("/api/search", "query.q"),
        ("/api/search?q=" + "x" * 300, "query.q"),
    ],
)
def test_api_validation_error_names_the_field(client: TestClient, url: str, field: str) -> None:
    body = error_of(client.get(url), 422)
    assert [f["field"] for f in body["fields"]] == [field]
    assert field in body["message"]


@pytest.mark.parametrize(
    "url", ["/api/actors/XYZ", "/api/articles/no-such-article", "/api/nothing"]
)
def test_api_unknown_is_404_json(client: TestClient, url: str) -> None:
    error_of(client.get(url), 404)


def test_api_unexpected_failure_is_500_without_traceback(
    sample_db: str, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(pipeline, "story_listing", broken)
    with TestClient(create_app(sample_db, kb=kb), raise_server_exceptions=False) as c:
        response = c.get("/api/stories")
    body = error_of(response, 500)
    assert "secret internals" not in response.text and body["title"] == "Internal Server Error"


# -- ingest: token, shapes, limits -------------------------------------------


def test_api_ingest_without_token_is_401(fresh: TestClient) -> None:
    response = fresh.post("/api/ingest", json={"text": GOOD_TEXT})
    error_of(response, 401)
    assert response.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize("header", ["Bearer wrong-token-0123456789", "Basic dXNlcjpwYXNz"])
def test_api_ingest_with_wrong_token_is_refused(fresh: TestClient, header: str) -> None:
    response = fresh.post(
        "/api/ingest", json={"text": GOOD_TEXT}, headers={"Authorization": header}
    )
    assert response.status_code in (401, 403)
    assert ok(fresh, "/api/articles") == []


def test_api_ingest_is_off_without_a_configured_token(
    tmp_path: Path, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PLEDGEWATCH_TOKEN", raising=False)
    with TestClient(create_app(f"sqlite:///{tmp_path / 'x.db'}", kb=kb)) as c:
        body = error_of(c.post("/api/ingest", json={"text": GOOD_TEXT}, headers=AUTH), 403)
    assert "PLEDGEWATCH_TOKEN" in body["message"]


def test_api_ingest_token_from_environment(
    tmp_path: Path, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLEDGEWATCH_TOKEN", TOKEN)
    with TestClient(create_app(f"sqlite:///{tmp_path / 'x.db'}", kb=kb)) as c:
        assert c.post("/api/ingest", json={"text": GOOD_TEXT}, headers=AUTH).status_code == 200


def test_api_short_token_is_refused(tmp_path: Path, kb: KnowledgeBase) -> None:
    with pytest.raises(UsageError, match="too short"):
        create_app(f"sqlite:///{tmp_path / 'x.db'}", token="secret", kb=kb)


@pytest.mark.parametrize(
    "body",
    [
        {"id": "one", "text": GOOD_TEXT},
        [{"id": "one", "text": GOOD_TEXT}],
        {"articles": [{"id": "one", "text": GOOD_TEXT}]},
    ],
)
def test_api_ingest_one_or_a_batch(fresh: TestClient, body: Any) -> None:
    report = fresh.post("/api/ingest", json=body, headers=AUTH).json()
    assert report["added"] == ["one"] and report["rejected"] == []
    assert [c["actor"] for c in ok(fresh, "/api/commitments")] == ["NOR"]
    again = fresh.post("/api/ingest", json=body, headers=AUTH).json()
    assert again["unchanged"] == ["one"] and again["added"] == []


def test_api_ingest_reports_rejected_records(fresh: TestClient) -> None:
    body = [{"id": "good", "text": GOOD_TEXT, "title": "t"}, {"id": "stub", "text": "TBD"}]
    report = fresh.post("/api/ingest", json=body, headers=AUTH).json()
    assert report["added"] == ["good"]
    assert len(report["rejected"]) == 1 and "too little text" in report["rejected"][0]["reason"]


def test_api_ingest_without_id_takes_one_from_the_text(fresh: TestClient) -> None:
    first = fresh.post("/api/ingest", json={"text": GOOD_TEXT}, headers=AUTH).json()
    second = fresh.post("/api/ingest", json={"text": GOOD_TEXT + " More."}, headers=AUTH).json()
    assert first["added"] and second["added"] and first["added"] != second["added"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "no text"}, "body.article.text"),
        ({"text": ""}, "body.article.text"),
        ({"text": GOOD_TEXT, "title": 5}, "body.article.title"),
        ([{"text": GOOD_TEXT}, {"title": "x"}], "body.list.1.text"),
        ([], "body.list"),
        ({"articles": [{"text": 1}]}, "body.batch.articles.0.text"),
        ("just a string", "body.article"),
    ],
)
def test_api_ingest_validation_names_the_field(fresh: TestClient, body: Any, field: str) -> None:
    error = error_of(fresh.post("/api/ingest", json=body, headers=AUTH), 422)
    assert field in [f["field"] for f in error["fields"]]


def test_api_ingest_malformed_json_is_422(fresh: TestClient) -> None:
    response = fresh.post(
        "/api/ingest", content=b'{"text": ', headers={**AUTH, "content-type": "application/json"}
    )
    error_of(response, 422)


def test_api_ingest_declared_body_over_limit_is_413(fresh: TestClient) -> None:
    big = b"x" * (MAX_BODY_BYTES + 1)
    response = fresh.post(
        "/api/ingest", content=big, headers={**AUTH, "content-type": "application/json"}
    )
    error_of(response, 413)


def test_api_ingest_streamed_body_over_limit_is_413(fresh: TestClient) -> None:
    """A chunked body without Content-Length is cut off at the limit as well."""
    chunk = b" " * (1024 * 1024)

    def chunks() -> Iterator[bytes]:
        for _ in range(MAX_BODY_BYTES // len(chunk) + 2):
            yield chunk

    response = fresh.post(
        "/api/ingest", content=chunks(), headers={**AUTH, "content-type": "application/json"}
    )
    error_of(response, 413)


# -- pages: escaping, headers, docs --------------------------------------------


def test_api_hostile_article_is_shown_as_text(fresh: TestClient) -> None:
    record = {
        "id": "hostile",
        "text": GOOD_TEXT,
        "title": HOSTILE_TITLE,
        "outlet": "<b>Outlet</b>",
        "url": "javascript:alert(1)",
    }
    assert fresh.post("/api/ingest", json=record, headers=AUTH).json()["added"] == ["hostile"]
    for page in ["/articles/hostile", "/articles", "/search?q=minesweepers", "/actors/NOR"]:
        html = fresh.get(page).text
        assert "<script>alert" not in html and "<b>Outlet" not in html, page
        assert 'href="javascript:' not in html, page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in fresh.get("/articles/hostile").text


@pytest.mark.parametrize(
    "path", ["/", "/api/tracker", "/articles/nope", "/docs", "/static/style.css"]
)
def test_api_every_response_has_a_csp(client: TestClient, path: str) -> None:
    policy = client.get(path).headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy


def test_api_openapi_and_offline_docs(client: TestClient) -> None:
    paths = ok(client, "/openapi.json")["paths"]
    for path in ["/api/tracker", "/api/commitments", "/api/search", "/api/ingest"]:
        assert path in paths
    docs = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs and "http" not in docs
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_api_page_errors_are_html(client: TestClient) -> None:
    response = client.get("/?status=maybe")
    assert response.status_code == 422 and "text/html" in response.headers["content-type"]
    assert "query.status" in response.text and "Traceback" not in response.text


@pytest.mark.parametrize(
    "path", ["/", "/contradictions", "/stories", "/articles", "/search?q=troops"]
)
def test_api_pages_render(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and "<h1>" in response.text


def test_api_tracker_page_cells_say_their_status(client: TestClient) -> None:
    html = client.get("/?category=ground_forces").text
    rows = ok(client, "/api/tracker?category=ground_forces")
    assert html.count('class="cell st-') == len(rows)
    for status in {r["status"] for r in rows}:
        assert f'class="cell st-{status}"' in html and f"</span> {status} " in html


# -- the pieces ------------------------------------------------------------------


def test_api_segments_cut_at_every_span_boundary() -> None:
    text = "France and Germany pledged troops."
    mentions = [Mention("FRA", "a", 0, 6, "France"), Mention("DEU", "a", 11, 18, "Germany")]
    evidence = Evidence("a", 11, 34, text[11:34])
    item = Commitment("a", "DEU", Category.GROUND_FORCES, Status.COMMITTED, evidence)
    cut = segments(text, mentions, [item])
    assert "".join(s.text for s in cut) == text
    assert [(s.text, s.actors, s.evidence) for s in cut] == [
        ("France", ("FRA",), ()),
        (" and ", (), ()),
        ("Germany", ("DEU",), (0,)),
        (" pledged troops.", (), (0,)),
    ]


def test_api_cli_serve_answers_on_loopback(sample_db: str) -> None:
    port = free_port()
    args = [str(SCRIPT), "serve", "--port", str(port), "--db", sample_db]
    server = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx2.get(f"http://127.0.0.1:{port}/api/tracker", timeout=5)
                break
            except httpx2.TransportError:
                assert server.poll() is None, server.communicate()[1].decode()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_api_cli_serve_on_a_busy_port_is_one_line(sample_db: str) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        args = [str(SCRIPT), "serve", "--port", str(port), "--db", sample_db]
        done = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "cannot listen" in done.stderr


def test_api_world_map_outlines_are_keyed_by_alpha3() -> None:
    world = world_map()
    codes = {c.code for c in world.countries}
    assert {"DEU", "FRA", "GBR", "UKR", "USA", "POL", "NOR"} <= codes
    assert all(len(code) == 3 and code.isupper() for code in codes)
    x, y, width, height = (float(v) for v in world.view_box("europe").split())
    assert x >= 0 and y >= 0 and x + width <= world.width and height < world.height / 2


def test_api_map_paths_follow_relative_commands() -> None:
    assert rings("m10 10l5 0 0 5z") == [[(10.0, 10.0), (15.0, 10.0), (15.0, 15.0), (10.0, 10.0)]]
    assert rings("M1 2 3 4h2v-1") == [[(1.0, 2.0), (3.0, 4.0), (5.0, 4.0), (5.0, 3.0)]]
