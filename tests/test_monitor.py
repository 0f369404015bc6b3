"""Following sources: rounds of fetching a local site's feeds and pages,
ingesting what is new and reporting the tracker's changes (Python API and
command line). The site runs on 127.0.0.1, started by the tests."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from pledgewatch import monitor, pipeline
from pledgewatch.errors import UsageError
from pledgewatch.fetch import Fetcher, FetchSettings, load_sources
from tests.httpsite import Site, serving

FAST = FetchSettings(timeout=0.3, deadline=1.0, backoff=0.01, max_wait=0.5, host_delay=0.0)

FRANCE = "France will send troops to Ukraine, President Macron said on Saturday."
GERMANY_MAYBE = "Germany is considering sending air defence systems to Ukraine, officials said."
GERMANY_YES = (
    "Germany agreed to send two Patriot air defence systems to Ukraine, the chancellor said."
)
NORWAY = "Norway pledged two minesweepers to Ukraine on Monday, the defence ministry said."


@dataclass(frozen=True)
class Story:
    path: str
    day: str
    """RFC 822 date, as RSS writes it."""
    text: str


ROUND_1 = [
    Story("/news/france-troops", "Sat, 01 Mar 2025 09:00:00 GMT", FRANCE),
    Story("/news/germany-weighs", "Thu, 20 Feb 2025 09:00:00 GMT", GERMANY_MAYBE),
]
ROUND_2 = [
    *ROUND_1,
    Story("/news/germany-agrees", "Wed, 05 Mar 2025 09:00:00 GMT", GERMANY_YES),
    Story("/news/norway-ships", "Thu, 06 Mar 2025 09:00:00 GMT", NORWAY),
]


FILLER = (
    "Reporters were told that further details would be published later in the week, "
    "after the officials had spoken to their counterparts and to the press office."
)


def page(title: str, text: str) -> str:
    """A news page: menus and a footer around an article of a few paragraphs."""
    return (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="Local Wire">'
        '</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>'
        f"<article><h1>{title}</h1><p>{text}</p><p>{FILLER}</p><p>{FILLER}</p></article>"
        "<footer>© Local Wire 2025</footer></body></html>"
    )


def rss(site: Site, stories: list[Story], summaries: bool = False) -> str:
    items = "".join(
        f"<item><title>{s.path.rsplit('/', 1)[-1]}</title><link>{site.url(s.path)}</link>"
        f"<guid>{site.url(s.path)}</guid><pubDate>{s.day}</pubDate>"
        + (f"<description>{s.text}</description>" if summaries else "")
        + "</item>"
        for s in reversed(stories)  # newest first, as feeds list them
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Wire Feed</title><link>{site.base}</link>{items}</channel></rss>"
    )


def publish(site: Site, stories: list[Story], version: str) -> None:
    """The feed (with an ETag) and every story's page, as the site serves them now."""
    site.set("/feed.xml", rss(site, stories), content_type="application/rss+xml", etag=version)
    for s in stories:
        site.set(s.path, page(s.path.rsplit("/", 1)[-1], s.text))


@pytest.fixture
def site() -> Iterator[Site]:
    with serving() as served:
        yield served


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'watch.db'}"


def one_round(site: Site, db: str, urls: list[str], **options: Any) -> monitor.RoundReport:
    with Fetcher(FAST) as fetcher:
        return monitor.watch_round(monitor.sources_from(urls), db, fetcher=fetcher, **options)


def summary(change: Any) -> tuple[str, str, str, str | None, str | None]:
    return (
        change.kind.value,
        change.actor,
        change.category.value,
        change.old_status.value if change.old_status else None,
        change.status.value if change.status else None,
    )


# -- rounds (Python API) ------------------------------------------------------------


def test_monitor_feed_entries_are_fetched_as_pages(site: Site, db: str) -> None:
    publish(site, ROUND_1, '"v1"')
    report = one_round(site, db, [site.url("/feed.xml")])
    assert report.ingest.rejected == ()
    assert set(report.ingest.added) == {site.url(s.path) for s in ROUND_1}
    stored = {s.article.id: s.article for s in pipeline.articles(db)}
    france = stored[site.url("/news/france-troops")]
    assert france.outlet == "Local Wire" and str(france.published) == "2025-03-01"
    assert FRANCE in france.text and "Home" not in france.text and "©" not in france.text
    assert sorted(summary(c) for c in report.changes) == [
        ("new", "DEU", "air_defense", None, "considering"),
        ("new", "FRA", "ground_forces", None, "committed"),
    ]


def test_monitor_unchanged_feed_costs_one_request(site: Site, db: str) -> None:
    publish(site, ROUND_1, '"v1"')
    one_round(site, db, [site.url("/feed.xml")])
    before = len(site.requests())
    report = one_round(site, db, [site.url("/feed.xml")])
    asked = site.requests()[before:]
    assert [r.path for r in asked if r.path != "/robots.txt"] == ["/feed.xml"]
    assert asked[-1].headers["If-None-Match"] == '"v1"'
    assert report.unchanged == (site.url("/feed.xml"),) and report.changes == ()
    assert report.ingest.added == () and report.ingest.rejected == ()


def test_monitor_same_feed_without_validators_is_not_read_again(site: Site, db: str) -> None:
    site.set("/plain.xml", rss(site, ROUND_1), content_type="application/rss+xml")
    for s in ROUND_1:
        site.set(s.path, page("t", s.text))
    one_round(site, db, [site.url("/plain.xml")])
    before = len(site.requests())
    report = one_round(site, db, [site.url("/plain.xml")])
    assert [r.path for r in site.requests()[before:] if r.path != "/robots.txt"] == ["/plain.xml"]
    assert report.unchanged == (site.url("/plain.xml"),)


def test_monitor_an_entry_that_failed_is_retried_next_round(site: Site, db: str) -> None:
    publish(site, ROUND_1, '"v1"')
    site.set("/news/germany-weighs", "busy", status=503)
    first = one_round(site, db, [site.url("/feed.xml")])
    [failure] = first.ingest.rejected
    assert failure.source == site.url("/news/germany-weighs")
    assert failure.reason == "HTTP 503 Service Unavailable (after 3 attempts)"
    assert first.ingest.added == (site.url("/news/france-troops"),)
    site.set("/news/germany-weighs", page("t", GERMANY_MAYBE))
    second = one_round(site, db, [site.url("/feed.xml")])
    assert second.ingest.added == (site.url("/news/germany-weighs"),)
    assert len(site.requests("/news/france-troops")) == 1  # read once, never again
    assert [summary(c) for c in second.changes] == [
        ("new", "DEU", "air_defense", None, "considering")
    ]


def test_monitor_each_failure_is_one_line_and_the_rest_goes_on(site: Site, db: str) -> None:
    site.set("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.set("/good", page("Norway", NORWAY))
    site.set("/private/memo", page("Memo", FRANCE))
    site.set("/slow", page("Slow", FRANCE), delay=1.0)
    site.set("/error", "oops", status=500)
    site.set("/huge", "x" * 50_000)
    site.set("/loop", status=302, headers={"Location": "/loop"})
    site.set("/image", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    paths = ["/slow", "/error", "/huge", "/loop", "/private/memo", "/image", "/gone", "/good"]
    with Fetcher(dataclasses.replace(FAST, max_bytes=10_000)) as fetcher:
        report = monitor.watch_round(
            monitor.sources_from([site.url(p) for p in paths]), db, fetcher=fetcher
        )
    reasons = {r.source.removeprefix(site.base): r.reason for r in report.ingest.rejected}
    assert reasons == {
        "/slow": "timed out (no answer within 0.3 s)",
        "/error": "HTTP 500 Internal Server Error (after 3 attempts)",
        "/huge": "response is 50,000 bytes, above the limit of 10,000 bytes",
        "/loop": "too many redirects (more than 5)",
        "/private/memo": "disallowed by the site's robots.txt",
        "/image": "not a page or feed (content type image/png)",
        "/gone": "HTTP 404 Not Found",
    }
    assert report.ingest.added == (site.url("/good"),)
    assert [summary(c) for c in report.changes] == [
        ("new", "NOR", "naval_forces", None, "committed")
    ]


def test_monitor_pages_false_reads_the_entries_own_text(
    site: Site, db: str, tmp_path: Path
) -> None:
    site.set("/full.xml", rss(site, ROUND_1, summaries=True), content_type="application/rss+xml")
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - url: {site.url('/full.xml')}\n    pages: false\n")
    listed = load_sources(sources)
    with Fetcher(FAST) as fetcher:
        report = monitor.watch_round(monitor.sources_from([], listed), db, fetcher=fetcher)
    assert len(report.ingest.added) == 2 and report.ingest.rejected == ()
    assert [r.path for r in site.requests() if r.path.startswith("/news/")] == []


def test_monitor_webhook_failure_is_reported_and_the_round_kept(site: Site, db: str) -> None:
    publish(site, ROUND_1, '"v1"')
    site.set("/hook", "no", status=403, content_type="text/plain")
    report = one_round(site, db, [site.url("/feed.xml")], notify=site.url("/hook"))
    assert report.notify_error == f"{site.url('/hook')}: HTTP 403 Forbidden"
    assert len(report.changes) == 2 and len(monitor.changes(db)) == 2


def test_monitor_watch_runs_rounds_at_the_interval(site: Site, db: str, tmp_path: Path) -> None:
    publish(site, ROUND_1, '"v1"')
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'contact = "desk@example.org"\n[[sources]]\nurl = "{site.url("/feed.xml")}"\n'
        'name = "Wire"\noutlet = "The Wire"\n'
    )
    seen: list[monitor.RoundReport] = []
    waits: list[float] = []
    monitor.watch(
        [],
        db,
        sources=sources,
        interval=60,
        rounds=2,
        on_round=seen.append,
        settings=FAST,
        sleep=waits.append,
    )
    assert len(seen) == 2 and len(seen[0].changes) == 2 and seen[1].changes == ()
    assert len(waits) == 1 and 55 < waits[0] <= 60
    assert "contact: desk@example.org" in site.requests("/feed.xml")[0].headers["User-Agent"]
    assert {a.article.outlet for a in pipeline.articles(db)} == {"The Wire"}
    [status] = monitor.source_status(sources, db)
    assert status.state is not None and status.state.articles == 2
    assert status.state.outcome == "unchanged" and status.source.name == "Wire"


def test_monitor_watch_keeps_going_when_the_sources_file_breaks_or_the_database_fails(
    site: Site, db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish(site, ROUND_1, '"v1"')
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - url: {site.url('/feed.xml')}\n")
    seen: list[monitor.RoundReport] = []

    def between_rounds(_seconds: float) -> None:
        if len(seen) == 1:  # a mistake while the watch runs: the sources read before are kept
            sources.write_text("sources:\n  - url: [unclosed\n")
            os.utime(sources, (1, 1))
        if len(seen) == 2:  # the database fails for one round
            monkeypatch.setattr(monitor, "ingest_articles", broken)

    def broken(*_args: object) -> None:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    monitor.watch(
        [],
        db,
        sources=sources,
        rounds=3,
        interval=0,
        on_round=seen.append,
        settings=FAST,
        sleep=between_rounds,
    )
    assert len(seen[0].changes) == 2
    [problem] = seen[1].ingest.rejected
    assert (
        problem.source == str(sources)
        and "still following the sources read before" in problem.reason
    )
    assert seen[1].unchanged == (site.url("/feed.xml"),)
    [failure] = seen[2].ingest.rejected
    assert failure.source == db and failure.reason == "the round was not stored: database is locked"


def test_monitor_watch_needs_something_to_watch(db: str) -> None:
    with pytest.raises(UsageError, match="nothing to watch"):
        monitor.watch([], db, rounds=1)
    with pytest.raises(UsageError, match="not an http"):
        monitor.watch(["feed.xml"], db, rounds=1)


# -- the sources file ----------------------------------------------------------------


def test_sources_file_yaml_and_toml_say_the_same(tmp_path: Path) -> None:
    yaml_file = tmp_path / "s.yaml"
    yaml_file.write_text(
        "contact: desk@example.org\nsources:\n"
        "  - name: Wire\n    url: https://wire.example/rss\n    outlet: The Wire\n"
        "  - url: https://gov.example/statement\n    pages: false\n"
    )
    toml_file = tmp_path / "s.toml"
    toml_file.write_text(
        'contact = "desk@example.org"\n'
        '[[sources]]\nname = "Wire"\nurl = "https://wire.example/rss"\noutlet = "The Wire"\n'
        '[[sources]]\nurl = "https://gov.example/statement"\npages = false\n'
    )
    a, b = load_sources(yaml_file), load_sources(toml_file)
    assert a.sources == b.sources and a.contact == b.contact == "desk@example.org"
    assert a.sources[1].name == "gov.example" and a.sources[1].pages is False


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sources:\n  - url: ftp://x.example/feed\n", "source 1: 'ftp://x.example/feed' is not"),
        ("sources:\n  - name: x\n", "source 1: 'url' is missing"),
        ("sources:\n  - url: https://a.example/\n    outlett: A\n", "unknown key 'outlett'"),
        (
            "sources:\n  - url: https://a.example/\n  - url: https://a.example/\n",
            "source 2: https://a.example/ is listed already, as source 1",
        ),
        ("sources: []\n", "'sources' must be a non-empty list"),
        ("sources:\n  - url: [unclosed\n", "not valid YAML at line"),
    ],
)
def test_sources_file_mistakes_are_one_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(text)
    with pytest.raises(UsageError) as caught:
        load_sources(path)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert str(caught.value).startswith(f"{path}")
