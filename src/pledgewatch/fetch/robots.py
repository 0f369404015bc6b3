"""robots.txt, read once per site and kept a while (RFC 9309).

- 2xx: the rules are parsed (Python's ``urllib.robotparser``) and applied
  to pledgewatch's token (the User-Agent's first word);
- 4xx (none there, or forbidden): everything is allowed, as RFC 9309 says;
- 5xx or no answer: the site is "unreachable" and nothing is fetched from
  it this time (RFC 9309: assume complete disallow); it is asked again
  after :data:`FAILURE_TTL_SECONDS`.

``Crawl-delay`` is honoured (up to :data:`MAX_CRAWL_DELAY_SECONDS`) by the
fetcher's pause between requests to one host.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from pledgewatch.errors import FetchError

TTL_SECONDS = 24 * 3600.0
"""How long rules are kept: RFC 9309 asks not to use a copy older than 24 hours."""

FAILURE_TTL_SECONDS = 600.0
"""How long an unreachable robots.txt keeps its site closed before it is
asked again: under the default watch interval, so each round retries."""

MAX_CRAWL_DELAY_SECONDS = 30.0
"""The longest ``Crawl-delay`` honoured between two requests; a longer one
would stretch a round of a few dozen entries past the watch interval."""


@dataclass(frozen=True, slots=True)
class _Rules:
    parser: RobotFileParser | None
    """None: everything allowed (no robots.txt)."""
    refusal: str | None
    """Set when the site is closed for now (its robots.txt is unreachable)."""
    expires: float


class RobotsCache:
    """Whether pledgewatch may fetch a URL, per the site's robots.txt."""

    MAX_BYTES = 500 * 1024
    """RFC 9309: parse at least 500 KiB; the rest of a larger file is ignored."""

    def __init__(
        self,
        fetch: Callable[[str], tuple[int, bytes]],
        user_agent: str,
        *,
        clock: Callable[[], float],
    ) -> None:
        self._fetch = fetch
        self._agent = user_agent.split("/", 1)[0].strip() or user_agent
        self._clock = clock
        self._sites: dict[str, _Rules] = {}

    def refusal(self, url: str) -> tuple[str, bool] | None:
        """None when ``url`` may be fetched, else (the reason, whether to retry later)."""
        rules = self._rules(url)
        if rules.refusal is not None:
            return rules.refusal, True
        if rules.parser is not None and not rules.parser.can_fetch(self._agent, url):
            return "disallowed by the site's robots.txt", False
        return None

    def crawl_delay(self, url: str) -> float:
        """The site's ``Crawl-delay`` for us, if its robots.txt is already read (else 0)."""
        rules = self._sites.get(_site(url))
        if rules is None or rules.parser is None:
            return 0.0
        try:
            delay = rules.parser.crawl_delay(self._agent)
        except (TypeError, ValueError):
            return 0.0
        return min(float(delay or 0.0), MAX_CRAWL_DELAY_SECONDS)

    def _rules(self, url: str) -> _Rules:
        site = _site(url)
        now = self._clock()
        rules = self._sites.get(site)
        if rules is None or rules.expires <= now:
            rules = self._load(site, now)
            self._sites[site] = rules
        return rules

    def _load(self, site: str, now: float) -> _Rules:
        try:
            status, body = self._fetch(site + "/robots.txt")
        except FetchError as error:
            reason = error.reason  # no answer at all: the site is down, say so plainly
            if error.status is not None:
                reason = f"robots.txt of {site} could not be read ({error.reason})"
            return _Rules(None, reason, now + FAILURE_TTL_SECONDS)
        if 400 <= status < 500:
            return _Rules(None, None, now + TTL_SECONDS)
        parser = RobotFileParser()
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return _Rules(parser, None, now + TTL_SECONDS)


def _site(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
