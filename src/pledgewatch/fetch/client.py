"""HTTP for pledgewatch: one polite GET, with everything a crawler owes a site.

:class:`Fetcher` wraps an ``httpx.Client``: timeouts and a deadline per
response, a size limit counted while the body streams in (so a huge or
endless response is cut off, compressed or not), a clear User-Agent,
retries with back-off on 429 and 5xx (``Retry-After`` honoured up to a
bound), conditional requests (``If-None-Match``, ``If-Modified-Since``),
redirects followed by hand (each hop checked against robots.txt, at most
:data:`MAX_REDIRECTS`), robots.txt itself (:mod:`.robots`) and a pause
between requests to one host. Every failure is a :class:`FetchError` naming
the URL and the reason in one line.

The offline twin is httpx's own: pass ``transport=httpx.MockTransport(...)``.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from pledgewatch.errors import FetchError
from pledgewatch.fetch.robots import RobotsCache

try:
    VERSION = version("pledgewatch")
except PackageNotFoundError:  # run from a source tree that was not installed
    VERSION = "0"

USER_AGENT = f"pledgewatch/{VERSION} (news monitor for a pledge tracker; honours robots.txt)"
"""Says who is asking and that robots.txt is read; the robots.txt token is
``pledgewatch``. A sources file's ``contact`` is added to it."""

ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
)

TIMEOUT_SECONDS = 20.0
"""Connect, read and write timeout: a news site that sends nothing for 20 s
is down; a feed or page normally answers within a second or two."""

DEADLINE_SECONDS = 60.0
"""A whole response, however it trickles in: 60 s is 20 MB at 3 Mbit/s.
Checked as the body arrives, so a server dripping bytes cannot hold a round."""

MAX_RESPONSE_BYTES = 20_000_000
"""20 MB of (decompressed) body, the per-article limit of ingest: the largest
real page we test on is 1.6 MB and a busy outlet's feed is under 1 MB."""

ATTEMPTS = 3
"""Tries per request when the answer is 429, a 5xx or a broken connection:
enough to ride out a restart or a rate-limit window, few enough not to
hammer a struggling server."""

BACKOFF_SECONDS = 2.0
"""Wait before the second try; doubled before each further one."""

MAX_WAIT_SECONDS = 60.0
"""The longest ``Retry-After`` (or back-off) waited for within a round; a
server asking for longer is given up on until the next round."""

MAX_REDIRECTS = 5
"""Hops followed; RFC 9309 asks crawlers to follow at least five for
robots.txt, and no honest article needs more."""

HOST_DELAY_SECONDS = 1.0
"""Pause between two requests to one host (a robots.txt ``Crawl-delay``
may ask for longer): one request a second is the usual courtesy."""

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
"""Answers worth another try: rate limited, or the server failing for now."""

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How politely and how patiently to fetch (tests make it fast)."""

    timeout: float = TIMEOUT_SECONDS
    deadline: float = DEADLINE_SECONDS
    max_bytes: int = MAX_RESPONSE_BYTES
    attempts: int = ATTEMPTS
    backoff: float = BACKOFF_SECONDS
    max_wait: float = MAX_WAIT_SECONDS
    max_redirects: int = MAX_REDIRECTS
    host_delay: float = HOST_DELAY_SECONDS
    user_agent: str = USER_AGENT
    contact: str | None = None
    """An address for site owners, added to the User-Agent."""

    def agent(self) -> str:
        """The User-Agent header, with the contact inside its comment."""
        if not self.contact:
            return self.user_agent
        if self.user_agent.endswith(")"):
            return f"{self.user_agent[:-1]}; contact: {self.contact})"
        return f"{self.user_agent} (contact: {self.contact})"


@dataclass(frozen=True, slots=True)
class Fetched:
    """One response: a body (status 200) or "not modified" (304)."""

    url: str
    """The URL asked for."""
    final_url: str
    """Where the body came from, after redirects."""
    status: int
    body: bytes = b""
    content_type: str | None = None
    """The media type, lower case, without parameters."""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True, slots=True)
class _Redirect:
    location: str


@dataclass
class _Pace:
    """When each host was last asked, to keep the pause between requests."""

    last: dict[str, float] = field(default_factory=dict)


def size_text(size: int) -> str:
    return f"{size / 1_000_000:g} MB" if size >= 100_000 else f"{size:,} bytes"


class Fetcher:
    """GET pages and feeds, POST JSON to a webhook; one per watch (keeps
    robots.txt and connections between rounds)."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings or FetchSettings()
        self._sleep = sleep
        self._clock = clock
        self._pace = _Pace()
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.settings.timeout),
            headers={"User-Agent": self.settings.agent(), "Accept": ACCEPT},
            transport=transport,
            follow_redirects=False,
        )
        self.robots = RobotsCache(self._robots_txt, self.settings.agent(), clock=clock)
        self.requests = 0
        """Requests sent so far (robots.txt included), for reports and tests."""

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- GET --------------------------------------------------------------

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        """The body at ``url`` (or 304 when the validators still hold).

        Raises :class:`FetchError` naming ``url`` and the reason.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = _checked_url(url, url)
        self._keep_pace(current)  # between documents; not between hops, tries, robots.txt
        for _hop in range(self.settings.max_redirects + 1):
            refusal = self.robots.refusal(current)
            if refusal is not None:
                reason, retry = refusal
                where = "" if current == url else f" (redirected to {current})"
                raise FetchError(url, reason + where, retry=retry)
            found = self._with_retries(url, current, headers, self.settings.max_bytes)
            if isinstance(found, Fetched):
                return found
            current = _checked_url(url, urljoin(current, found.location))
        raise FetchError(url, f"too many redirects (more than {self.settings.max_redirects})")

    def _robots_txt(self, url: str) -> tuple[int, bytes]:
        """robots.txt for :class:`RobotsCache`: (status, body); redirects followed."""
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            found = self._with_retries(url, current, {}, RobotsCache.MAX_BYTES, truncate=True)
            if isinstance(found, Fetched):
                return found.status, found.body
            current = _checked_url(url, urljoin(current, found.location))
        raise FetchError(url, f"too many redirects (more than {self.settings.max_redirects})")

    def _with_retries(
        self,
        url: str,
        current: str,
        headers: Mapping[str, str],
        max_bytes: int,
        *,
        truncate: bool = False,
    ) -> Fetched | _Redirect:
        """One request, tried again on 429, 5xx and broken connections."""
        attempts = max(1, self.settings.attempts)
        for attempt in range(1, attempts + 1):
            try:
                found = self._once(url, current, headers, max_bytes, truncate)
            except _Retryable as error:
                if attempt == attempts:
                    raise error.final(attempts) from None
                self._wait(url, error.wait or self._backoff(attempt), error)
                continue
            return found
        raise AssertionError("unreachable")

    def _backoff(self, attempt: int) -> float:
        return float(self.settings.backoff * 2 ** (attempt - 1))

    def _wait(self, url: str, seconds: float, error: _Retryable) -> None:
        if seconds > self.settings.max_wait:
            raise FetchError(
                url,
                f"{error.reason}; asked to retry after {seconds:g} s, "
                f"more than the {self.settings.max_wait:g} s waited within a round",
                status=error.status,
                retry=True,
            )
        self._sleep(seconds)

    def _once(
        self,
        url: str,
        current: str,
        headers: Mapping[str, str],
        max_bytes: int,
        truncate: bool,
    ) -> Fetched | _Redirect:
        self.requests += 1
        started = self._clock()
        try:
            with self.client.stream("GET", current, headers=dict(headers)) as response:
                status = response.status_code
                if status in REDIRECT_STATUSES and "location" in response.headers:
                    return _Redirect(response.headers["location"])
                if status in RETRY_STATUSES:
                    raise _Retryable(url, _status_text(response), status, _retry_after(response))
                if status == 304 or (truncate and 400 <= status < 500):
                    return Fetched(url, current, status, **_validators(response))
                if status != 200:
                    reason = _status_text(response)
                    raise FetchError(url, reason, status=status, retry=status == 408)
                body = self._body(url, response, started, max_bytes, truncate)
                return Fetched(url, str(response.url), status, body, **_validators(response))
        except httpx.TimeoutException:
            raise FetchError(
                url, f"timed out (no answer within {self.settings.timeout:g} s)", retry=True
            ) from None
        except (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError) as error:
            raise _Retryable(url, f"connection failed ({_reason(error)})", None, None) from None
        except httpx.DecodingError:
            raise FetchError(url, "the response could not be decompressed") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise FetchError(url, f"not a URL that can be fetched ({_reason(error)})") from None
        except httpx.HTTPError as error:
            raise FetchError(url, f"{type(error).__name__}: {_reason(error)}", retry=True) from None

    def _body(
        self, url: str, response: httpx.Response, started: float, max_bytes: int, truncate: bool
    ) -> bytes:
        declared = response.headers.get("content-length", "")
        limit = size_text(max_bytes)
        if not truncate and declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(
                url, f"response is {int(declared):,} bytes, above the limit of {limit}"
            )
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > max_bytes:
                if truncate:
                    return bytes(body[:max_bytes])
                raise FetchError(url, f"response is larger than the limit of {limit}")
            if self._clock() - started > self.settings.deadline:
                raise FetchError(
                    url,
                    f"response took longer than {self.settings.deadline:g} s to arrive",
                    retry=True,
                )
        return bytes(body)

    def _keep_pace(self, url: str) -> None:
        """Wait until the host's pause since the last document asked of it is over."""
        host = urlsplit(url).netloc.lower()
        delay = max(self.settings.host_delay, self.robots.crawl_delay(url))
        last = self._pace.last.get(host)
        if last is not None and delay > 0:
            wait = last + delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._pace.last[host] = self._clock()

    # -- POST (the webhook) -------------------------------------------------

    def post_json(self, url: str, payload: Any) -> int:
        """POST ``payload`` as JSON; retried like a GET; returns the status.

        No robots.txt here: the webhook is the user's own endpoint.
        """
        _checked_url(url, url)
        attempts = max(1, self.settings.attempts)
        for attempt in range(1, attempts + 1):
            try:
                self.requests += 1
                response = self.client.post(url, json=payload)
            except httpx.TimeoutException:
                raise FetchError(url, f"timed out after {self.settings.timeout:g} s") from None
            except httpx.HTTPError as error:
                failure = _Retryable(url, f"connection failed ({_reason(error)})", None, None)
            else:
                if response.status_code in RETRY_STATUSES:
                    failure = _Retryable(
                        url, _status_text(response), response.status_code, _retry_after(response)
                    )
                elif response.is_success:
                    return response.status_code
                else:
                    raise FetchError(url, _status_text(response), status=response.status_code)
            if attempt == attempts:
                raise failure.final(attempts)
            self._wait(url, failure.wait or self._backoff(attempt), failure)
        raise AssertionError("unreachable")


class _Retryable(Exception):
    """A failure worth another try (429, 5xx, a broken connection)."""

    def __init__(self, url: str, reason: str, status: int | None, wait: float | None) -> None:
        super().__init__(reason)
        self.url = url
        self.reason = reason
        self.status = status
        self.wait = wait

    def final(self, attempts: int) -> FetchError:
        tries = f" (after {attempts} attempts)" if attempts > 1 else ""
        return FetchError(self.url, self.reason + tries, status=self.status, retry=True)


def _checked_url(url: str, target: str) -> str:
    """``target`` if it is an absolute http(s) URL, else a FetchError for ``url``."""
    parts = urlsplit(target)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        where = "" if target == url else f" (redirected to {target})"
        raise FetchError(url, f"not an http(s) URL{where}")
    return target.split("#", 1)[0]


def _status_text(response: httpx.Response) -> str:
    phrase = response.reason_phrase
    return f"HTTP {response.status_code}" + (f" {phrase}" if phrase else "")


def _retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds (a number or an HTTP date), if given."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _validators(response: httpx.Response) -> dict[str, Any]:
    media = response.headers.get("content-type", "")
    kind, _, params = media.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return {
        "content_type": kind.strip().lower() or None,
        "charset": charset,
        "etag": response.headers.get("etag"),
        "last_modified": response.headers.get("last-modified"),
    }


def _reason(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__
