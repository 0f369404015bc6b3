"""fetch: pages and feeds over HTTP, politely, and the sources file.

::

    Fetcher.get(url, etag, last_modified)   one GET: Fetched (200 or 304) or FetchError
    Fetcher.post_json(url, payload)         the webhook
    read_feed(text, url) -> Feed            entries with their links and dates
    read_page(text, url, limits) -> Article a page through ingest's readers
    load_sources(path) -> SourceList        the feeds and pages to follow

Modules: ``client`` (httpx, limits, retries, redirects), ``robots``
(robots.txt), ``read`` (bodies to articles), ``sources`` (the sources file).
What a round of watching does with these is :mod:`pledgewatch.monitor`.
"""

from __future__ import annotations

from pledgewatch.fetch.client import Fetched, Fetcher, FetchSettings
from pledgewatch.fetch.read import Entry, Feed, read_feed, read_page
from pledgewatch.fetch.sources import Source, SourceList, load_sources

__all__ = [
    "Entry",
    "Feed",
    "FetchSettings",
    "Fetched",
    "Fetcher",
    "Source",
    "SourceList",
    "load_sources",
    "read_feed",
    "read_page",
]
