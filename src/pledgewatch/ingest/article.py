"""Assembling an Article from what a reader found, with the checks every format shares."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from pledgewatch.errors import EmptyInputError, TooLargeError
from pledgewatch.ingest.limits import Limits, size_text
from pledgewatch.ingest.normalize import first_line, headline, normalize_text, single_line
from pledgewatch.records import Article, Rejection

Item = Article | Rejection
"""What a reader yields: an article, or a record of it that was rejected."""


def build_article(
    *,
    article_id: str,
    body: str,
    source: str,
    limits: Limits,
    title: str | None = None,
    prepend_title: bool = True,
    url: str | None = None,
    outlet: str | None = None,
    published: date | None = None,
    language: str | None = None,
    markdown: bool = False,
) -> Article:
    """Normalise ``body``, put the title line in front of it, check the limits.

    With ``prepend_title``, a given title that the body does not already start
    with becomes the first line of the stored text, so that the extractor
    reads headlines too. Without a title, the first line of text is the title
    (``markdown`` drops its ``#`` heading marks).
    """
    text = normalize_text(body)
    if not text:
        raise EmptyInputError(source, "no text")
    title_line = single_line(title or "")
    if prepend_title and title_line and not text.startswith(title_line):
        text = normalize_text(title_line + "\n" + text)
    _check_length(text, source, limits)
    return Article(
        id=article_id,
        text=text,
        title=headline(title_line or first_line(text), markdown=markdown),
        url=_optional(url),
        outlet=_optional(outlet),
        published=published,
        language=language,
        source=source,
    )


def unique_ids(items: Iterable[Item]) -> list[Item]:
    """Reject every article whose id an earlier article of the same file has."""
    return list(iter_unique_ids(items))


def iter_unique_ids(items: Iterable[Item]) -> Iterator[Item]:
    """:func:`unique_ids`, lazily (only the ids seen are kept)."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Article):
            if item.id in seen:
                item = Rejection(item.source or item.id, f"duplicate id {item.id}")
            else:
                seen.add(item.id)
        yield item


def _check_length(text: str, source: str, limits: Limits) -> None:
    if len(text) > limits.max_article_bytes // 4:  # cheap: no text under this can exceed it
        size = len(text.encode("utf-8"))
        if size > limits.max_article_bytes:
            raise TooLargeError(
                source,
                f"article is {size:,} bytes, above the limit of "
                f"{size_text(limits.max_article_bytes)} per article (--max-article-mb)",
            )
    if len(text) > limits.max_text_chars:
        raise TooLargeError(
            source,
            f"article text has {len(text):,} characters, "
            f"above the limit of {limits.max_text_chars:,} the extractor reads",
        )
    if len(text) < limits.min_text_chars:
        raise EmptyInputError(
            source,
            f"too little text: {len(text)} characters, the minimum is {limits.min_text_chars}",
        )


def _optional(value: str | None) -> str | None:
    """A one-line metadata string, or None when there is none."""
    if value is None:
        return None
    return single_line(value) or None
