"""RSS and Atom feeds through feedparser: one article per entry.

feedparser is handed a byte stream of the already decoded text, never a
string: given a string that looks like a URL or a path, it would fetch or
open it. It does not download external DTDs either.
"""

from __future__ import annotations

import io
import re
import time
from datetime import date
from pathlib import Path
from typing import Any

import feedparser

from pledgewatch.errors import EmptyInputError, InputError, MalformedInputError
from pledgewatch.ingest.article import Item, build_article, unique_ids
from pledgewatch.ingest.fragments import fragment_to_text
from pledgewatch.ingest.ids import entry_id
from pledgewatch.ingest.limits import Limits
from pledgewatch.ingest.normalize import language_code, single_line
from pledgewatch.records import Rejection

_SAX_POSITION = re.compile(r"^<unknown>:\d+:\d+:\s*")

_UTF8_XML = {"content-type": "application/xml; charset=utf-8"}
"""The text is decoded already: tell feedparser it is UTF-8 whatever the XML
declaration says."""


def read_feed(text: str, path: Path, limits: Limits) -> list[Item]:
    """Every entry of the feed; an entry without text becomes a Rejection."""
    source = str(path)
    parsed = _parse(text, source)
    entries: list[Any] = list(parsed.entries)
    if not entries:
        if parsed.bozo:
            raise MalformedInputError(source, f"not a valid feed: {_bozo_reason(parsed)}")
        if not parsed.get("version"):
            raise MalformedInputError(source, "not an RSS or Atom feed")
        raise EmptyInputError(source, "feed has no entries")
    channel = parsed.feed
    outlet = _string(channel.get("title"))
    language = language_code(channel.get("language"))
    items: list[Item] = []
    for index, entry in enumerate(entries, start=1):
        entry_source = f"{source}#entry-{index}"
        try:
            items.append(_entry_article(entry, path, index, entry_source, limits, outlet, language))
        except InputError as error:
            reason = error.reason
            if parsed.bozo:  # say why the entry came out empty: the feed is broken
                reason += f" (the feed is malformed: {_bozo_reason(parsed)})"
            items.append(Rejection(entry_source, reason))
    return unique_ids(items)


def _parse(text: str, source: str) -> Any:
    stream = io.BytesIO(text.encode("utf-8"))
    try:
        return feedparser.parse(stream, response_headers=_UTF8_XML)
    # feedparser catches the XML errors itself (and flags the feed "bozo");
    # what escapes is a bug on hostile input, turned into a rejected file here.
    except Exception as error:
        raise MalformedInputError(
            source, f"feed could not be read ({type(error).__name__})"
        ) from None


def _entry_article(
    entry: Any,
    path: Path,
    index: int,
    source: str,
    limits: Limits,
    outlet: str | None,
    feed_language: str | None,
) -> Item:
    body, body_language = _entry_text(entry)
    if not body.strip():
        raise EmptyInputError(source, "feed entry has no text")
    return build_article(
        article_id=entry_id(entry.get("id"), entry.get("link"), path, index),
        body=body,
        source=source,
        limits=limits,
        title=_string(entry.get("title")),
        url=_string(entry.get("link")),
        outlet=outlet,
        published=entry_date(entry),
        language=body_language or feed_language,
    )


def _entry_text(entry: Any) -> tuple[str, str | None]:
    """The entry's full content if it has some, else its summary, as plain text."""
    contents = entry.get("content") or []
    detail = contents[0] if contents else entry.get("summary_detail")
    if detail is None:
        return "", None
    value = detail.get("value")
    if not isinstance(value, str):
        return "", None
    if detail.get("type") != "text/plain":
        value = fragment_to_text(value)
    return value, language_code(detail.get("language"))


def entry_date(entry: Any) -> date | None:
    """A feed entry's publication (else update) date, if it parses."""
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    return None


def _string(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return single_line(value) or None


def _bozo_reason(parsed: Any) -> str:
    # SAX prefixes "<unknown>:line:column:"; feedparser's line count is off by
    # one (it rewrites the prolog), so the position is left out.
    reason = _SAX_POSITION.sub("", str(parsed.get("bozo_exception", "")))
    return single_line(reason) or "not well-formed XML"
