"""Fetching over HTTP: against a local site on 127.0.0.1 started by the tests
(pages, ETags, a slow endpoint, a 500, an oversized body, a redirect loop,
robots.txt) and httpx's MockTransport for timing-exact retries."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from pledgewatch.errors import FetchError
from pledgewatch.fetch import Fetcher, FetchSettings
from pledgewatch.fetch.client import USER_AGENT
from tests.conftest import free_port
from tests.httpsite import Site, serving

FAST = FetchSettings(
    timeout=0.3, deadline=0.5, backoff=0.01, max_wait=0.5, host_delay=0.0, max_bytes=10_000
)
"""Timeouts and waits short enough for tests; the defaults are in client.py."""

PAGE = "<html><head><title>T</title></head><body><p>Norway pledged ships.</p></body></html>"


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serving() as served:
        yield served


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(FAST) as opened:
        yield opened


def failure(fetcher: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.get(url)
    error = caught.value
    assert error.source == url
    assert "\n" not in str(error)
    return error


def test_fetch_page_with_a_clear_user_agent(site: Site, fetcher: Fetcher) -> None:
    site.set("/page", PAGE)
    found = fetcher.get(site.url("/page"))
    assert found.status == 200 and found.body == PAGE.encode()
    assert found.content_type == "text/html" and found.charset == "utf-8"
    agent = site.requests("/page")[-1].headers["User-Agent"]
    assert agent == USER_AGENT and agent.startswith("pledgewatch/")


def test_fetch_contact_is_added_to_the_user_agent(site: Site) -> None:
    site.set("/contact", PAGE)
    with Fetcher(FetchSettings(host_delay=0, contact="desk@example.org")) as fetcher:
        fetcher.get(site.url("/contact"))
    agent = site.requests("/contact")[-1].headers["User-Agent"]
    assert agent.endswith("; contact: desk@example.org)")


def test_fetch_etag_makes_the_second_request_cost_no_body(site: Site, fetcher: Fetcher) -> None:
    site.set("/etag", PAGE, etag='"v1"')
    first = fetcher.get(site.url("/etag"))
    assert first.etag == '"v1"'
    second = fetcher.get(site.url("/etag"), etag=first.etag)
    assert second.not_modified and second.body == b""
    assert site.requests("/etag")[-1].headers["If-None-Match"] == '"v1"'


def test_fetch_last_modified_makes_the_request_conditional(site: Site, fetcher: Fetcher) -> None:
    stamp = "Wed, 05 Mar 2025 10:00:00 GMT"
    site.set("/dated", PAGE, last_modified=stamp)
    assert fetcher.get(site.url("/dated")).last_modified == stamp
    assert fetcher.get(site.url("/dated"), last_modified=stamp).not_modified


def test_fetch_slow_endpoint_times_out_in_one_line(site: Site, fetcher: Fetcher) -> None:
    site.set("/slow", PAGE, delay=1.0)
    started = time.monotonic()
    error = failure(fetcher, site.url("/slow"))
    assert time.monotonic() - started < 0.9  # not retried: a timeout is not waited for twice
    assert error.reason == "timed out (no answer within 0.3 s)" and error.retry


def test_fetch_trickling_body_stops_at_the_deadline(site: Site, fetcher: Fetcher) -> None:
    site.set("/drip", "x" * 2000, trickle=0.05)
    error = failure(fetcher, site.url("/drip"))
    assert error.reason == "response took longer than 0.5 s to arrive"


def test_fetch_500_is_retried_then_reported(site: Site, fetcher: Fetcher) -> None:
    site.set("/broken", "oops", status=500)
    error = failure(fetcher, site.url("/broken"))
    assert error.reason == "HTTP 500 Internal Server Error (after 3 attempts)"
    assert error.status == 500 and error.retry
    assert len(site.requests("/broken")) == 3


def test_fetch_404_is_not_retried(site: Site, fetcher: Fetcher) -> None:
    error = failure(fetcher, site.url("/missing"))
    assert error.reason == "HTTP 404 Not Found" and not error.retry
    assert len(site.requests("/missing")) == 1


@pytest.mark.parametrize("length", [True, False], ids=["declared", "streamed"])
def test_fetch_oversized_body_is_refused(site: Site, fetcher: Fetcher, length: bool) -> None:
    path = f"/big-{length}"
    site.set(path, "x" * 50_000, length=length)
    error = failure(fetcher, site.url(path))
    if length:
        assert error.reason == "response is 50,000 bytes, above the limit of 10,000 bytes"
    else:
        assert error.reason == "response is larger than the limit of 10,000 bytes"


def test_fetch_redirect_loop_stops(site: Site, fetcher: Fetcher) -> None:
    site.set("/loop-a", status=302, headers={"Location": "/loop-b"})
    site.set("/loop-b", status=301, headers={"Location": "/loop-a"})
    error = failure(fetcher, site.url("/loop-a"))
    assert error.reason == "too many redirects (more than 5)"
    assert len(site.requests("/loop-a")) + len(site.requests("/loop-b")) == 6


def test_fetch_redirect_is_followed(site: Site, fetcher: Fetcher) -> None:
    site.set("/moved", status=301, headers={"Location": "/page-new"})
    site.set("/page-new", PAGE)
    found = fetcher.get(site.url("/moved"))
    assert found.final_url == site.url("/page-new") and found.url == site.url("/moved")


def test_fetch_redirect_to_another_scheme_is_refused(site: Site, fetcher: Fetcher) -> None:
    site.set("/to-file", status=302, headers={"Location": "file:///etc/passwd"})
    error = failure(fetcher, site.url("/to-file"))
    assert error.reason == "not an http(s) URL (redirected to file:///etc/passwd)"


@pytest.mark.parametrize("url", ["ftp://example.org/feed", "file:///etc/passwd", "http://"])
def test_fetch_refuses_what_is_not_http(fetcher: Fetcher, url: str) -> None:
    assert failure(fetcher, url).reason == "not an http(s) URL"


def test_fetch_connection_refused_is_one_line(fetcher: Fetcher) -> None:
    url = f"http://127.0.0.1:{free_port()}/feed.xml"
    error = failure(fetcher, url)
    assert error.reason.startswith("connection failed (") and error.retry
    assert error.reason.endswith("(after 3 attempts)")


def test_fetch_robots_txt_is_respected_and_read_once() -> None:
    with serving() as site, Fetcher(FAST) as fetcher:
        site.set(
            "/robots.txt",
            "User-agent: pledgewatch\nDisallow: /private/\n",
            content_type="text/plain",
        )
        site.set("/private/a", PAGE)
        site.set("/public", PAGE)
        site.set("/sneaky", status=302, headers={"Location": "/private/a"})
        assert fetcher.get(site.url("/public")).status == 200
        error = failure(fetcher, site.url("/private/a"))
        assert error.reason == "disallowed by the site's robots.txt" and not error.retry
        redirected = failure(fetcher, site.url("/sneaky"))
        assert redirected.reason.endswith(f"(redirected to {site.url('/private/a')})")
        assert site.requests("/private/a") == []
        assert len(site.requests("/robots.txt")) == 1


def test_fetch_robots_rules_for_other_agents_do_not_apply() -> None:
    with serving() as site, Fetcher(FAST) as fetcher:
        site.set("/robots.txt", "User-agent: otherbot\nDisallow: /\n", content_type="text/plain")
        site.set("/page", PAGE)
        assert fetcher.get(site.url("/page")).status == 200


def test_fetch_unreachable_robots_txt_closes_the_site_for_now() -> None:
    with serving() as site, Fetcher(FAST) as fetcher:
        site.set("/robots.txt", "down", status=503, content_type="text/plain")
        site.set("/page", PAGE)
        error = failure(fetcher, site.url("/page"))
        assert error.reason.startswith(f"robots.txt of {site.base} could not be read (HTTP 503")
        assert error.retry and site.requests("/page") == []


# -- retries, timed exactly (httpx's MockTransport: no network at all) ----------


def mock(answers: list[httpx.Response]) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        seen.append(request)
        return answers.pop(0)

    return httpx.MockTransport(handler), seen


def test_fetch_429_waits_as_retry_after_says_then_succeeds() -> None:
    transport, seen = mock(
        [
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(503),
            httpx.Response(200, text="ok"),
        ]
    )
    waits: list[float] = []
    settings = FetchSettings(backoff=0.5, max_wait=10, host_delay=0)
    with Fetcher(settings, transport=transport, sleep=waits.append) as fetcher:
        assert fetcher.get("http://news.test/a").body == b"ok"
    assert waits == [2.0, 1.0]  # Retry-After, then the back-off doubled for the third try
    assert len(seen) == 3


def test_fetch_retry_after_beyond_the_bound_gives_up_at_once() -> None:
    transport, seen = mock([httpx.Response(429, headers={"Retry-After": "3600"})])
    waits: list[float] = []
    settings = FetchSettings(max_wait=60, host_delay=0)
    fetcher = Fetcher(settings, transport=transport, sleep=waits.append)
    with fetcher, pytest.raises(FetchError) as caught:
        fetcher.get("http://news.test/a")
    assert waits == [] and len(seen) == 1
    assert caught.value.reason == (
        "HTTP 429 Too Many Requests; asked to retry after 3600 s, "
        "more than the 60 s waited within a round"
    )


def test_fetch_pauses_between_requests_to_one_host() -> None:
    transport, _seen = mock([httpx.Response(200, text="a"), httpx.Response(200, text="b")])
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    settings = FetchSettings(host_delay=1.0)
    with Fetcher(settings, transport=transport, sleep=sleep, clock=lambda: now[0]) as fetcher:
        fetcher.get("http://news.test/a")  # robots.txt, then the page: no pause between
        now[0] += 0.25
        fetcher.get("http://news.test/b")
    assert waits == [0.75]
