"""From a fetched body to articles: a page through ingest's readers, a feed
to its entries (whose pages are then fetched, or whose own text is read).

An article fetched from a page has the page's URL as its id; one from a
feed entry has the entry's id (its guid, else its link), the id a saved copy
of the same feed gets from ``pledgewatch ingest feed.xml``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser

from pledgewatch.errors import EmptyInputError, InputError, MalformedInputError
from pledgewatch.fetch.client import Fetched
from pledgewatch.ingest.article import build_article
from pledgewatch.ingest.decode import bytes_to_text
from pledgewatch.ingest.feeds import entry_date
from pledgewatch.ingest.formats import Format, sniff
from pledgewatch.ingest.fragments import fragment_to_text
from pledgewatch.ingest.html import read_html
from pledgewatch.ingest.limits import Limits
from pledgewatch.ingest.normalize import language_code, single_line
from pledgewatch.ingest.text import read_text
from pledgewatch.records import Article

MAX_ID_CHARS = 512
"""The store's id column; a longer URL gets a hashed id."""

TEXT_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "text/plain",
    }
)
"""Media types read as pages or feeds; a server that sends none is sniffed."""

_UTF8_XML = {"content-type": "application/xml; charset=utf-8"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed entry: where its page is and what the feed says of it."""

    index: int
    id: str
    link: str | None
    title: str | None
    published: date | None
    stamp: str | None
    """The entry's date as the feed writes it: a new one means a new version."""
    text: str
    """The entry's own content or summary, as plain text ("" if none)."""


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    language: str | None
    entries: tuple[Entry, ...]


def decode(fetched: Fetched) -> str:
    """The body as text: the charset the server names, else ingest's decoding."""
    url = fetched.url
    if fetched.content_type and fetched.content_type not in TEXT_TYPES:
        raise InputError(url, f"not a page or feed (content type {fetched.content_type})")
    if fetched.charset:
        try:
            text = fetched.body.decode(fetched.charset)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if text.strip() and "\x00" not in text:
                return text.removeprefix("\ufeff")
    return bytes_to_text(fetched.body, url, markup=True)


def is_feed(text: str) -> bool:
    return sniff(text) is Format.FEED


def page_id(url: str) -> str:
    """A page's article id: its URL without the fragment (hashed if too long)."""
    url = unicodedata.normalize("NFC", url.split("#", 1)[0])
    if len(url) <= MAX_ID_CHARS:
        return url
    host = urlsplit(url).hostname or "page"
    return f"{host}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:16]}"


def read_page(
    text: str,
    url: str,
    limits: Limits,
    *,
    article_id: str | None = None,
    outlet: str | None = None,
    published: date | None = None,
    fallback_outlet: str | None = None,
) -> Article:
    """The page's article (HTML through trafilatura, or plain text).

    ``outlet`` and ``published`` (from a sources file or a feed entry) win
    over what the page says of itself; ``fallback_outlet`` (the feed's
    title) is used when the page names no site.
    """
    kind = sniff(text)
    if kind not in (Format.HTML, Format.TEXT):
        raise MalformedInputError(url, f"not an article page (looks like {kind.value})")
    reader = read_html if kind is Format.HTML else read_text
    try:
        items = reader(text, Path("page"), limits)
    except InputError as error:
        raise type(error)(url, error.reason) from None
    article = items[0]
    if not isinstance(article, Article):
        raise MalformedInputError(url, article.reason)
    return dataclasses.replace(
        article,
        id=article_id or page_id(url),
        url=url,
        source=url,
        outlet=outlet or article.outlet or fallback_outlet,
        published=published or article.published,
    )


def read_feed(text: str, url: str) -> Feed:
    """A feed's entries, newest first as feeds list them."""
    try:
        parsed: Any = feedparser.parse(io.BytesIO(text.encode("utf-8")), response_headers=_UTF8_XML)
    # feedparser flags XML errors itself; what escapes is a bug on hostile input.
    except Exception as error:
        raise MalformedInputError(url, f"feed could not be read ({type(error).__name__})") from None
    entries: list[Any] = list(parsed.entries)
    if not entries:
        if parsed.bozo:
            raise MalformedInputError(url, "not a valid feed")
        raise EmptyInputError(url, "feed has no entries")
    found = []
    for index, entry in enumerate(entries, start=1):
        link = _string(entry.get("link"))
        ident = _string(entry.get("id")) or link or f"{page_id(url)}#entry-{index}"
        found.append(
            Entry(
                index=index,
                id=unicodedata.normalize("NFC", ident),
                link=link,
                title=_string(entry.get("title")),
                published=entry_date(entry),
                stamp=_stamp(entry),
                text=_entry_text(entry),
            )
        )
    channel = parsed.feed
    return Feed(_string(channel.get("title")), language_code(channel.get("language")), tuple(found))


def entry_article(
    entry: Entry, feed: Feed, url: str, outlet: str | None, limits: Limits
) -> Article:
    """An entry's article from the feed's own text (no page fetched)."""
    source = f"{url}#entry-{entry.index}"
    if not entry.text.strip():
        raise EmptyInputError(source, "feed entry has no text")
    return build_article(
        article_id=entry.id,
        body=entry.text,
        source=source,
        limits=limits,
        title=entry.title,
        url=entry.link,
        outlet=outlet or feed.title,
        published=entry.published,
        language=feed.language,
    )


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    detail = contents[0] if contents else entry.get("summary_detail")
    value = detail.get("value") if detail is not None else None
    if not isinstance(value, str):
        return ""
    return value if detail.get("type") == "text/plain" else fragment_to_text(value)


def _stamp(entry: Any) -> str | None:
    """The entry's date as written (``dict.get``: feedparser's own ``get``
    maps a missing ``updated`` to ``published`` with a DeprecationWarning)."""
    return _string(dict.get(entry, "updated")) or _string(dict.get(entry, "published"))


def _string(value: object) -> str | None:
    return (single_line(value) or None) if isinstance(value, str) else None
