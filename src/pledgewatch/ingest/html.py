"""HTML pages: main text and metadata through trafilatura, one article each.

trafilatura strips the page's boilerplate (menus, footers, comments) and
reads the metadata (title, date through htmldate, site name, canonical URL).
When it finds no main text, its baseline extraction (embedded JSON-LD,
``<article>``, paragraphs, then the whole body) is tried before giving up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import trafilatura
from trafilatura.settings import Document

from pledgewatch.errors import EmptyInputError, InputError, MalformedInputError
from pledgewatch.ingest.article import Item, build_article
from pledgewatch.ingest.dates import parse_date
from pledgewatch.ingest.ids import file_id
from pledgewatch.ingest.limits import Limits
from pledgewatch.ingest.normalize import language_code

INCLUDE_TABLES = False
"""Tables on news pages are mostly results, market data and "related"
widgets; commitments are stated in prose. Leaving them out keeps the stored
text to sentences the extractor can read."""


@dataclass(frozen=True, slots=True)
class _Page:
    """What trafilatura read out of a page."""

    body: str
    metadata: Document
    language: str | None


def read_html(text: str, path: Path, limits: Limits) -> list[Item]:
    """The page's main text, with its title as the first line."""
    source = str(path)
    page = _extract(text, source)
    if not page.body.strip():
        raise EmptyInputError(source, "no article text found in the page")
    meta = page.metadata
    article = build_article(
        article_id=file_id(path),
        body=page.body,
        source=source,
        limits=limits,
        title=meta.title,
        url=meta.url,
        outlet=meta.sitename,
        published=parse_date(meta.date),
        language=language_code(meta.language) or page.language,
    )
    return [article]


def _extract(html: str, source: str) -> _Page:
    """Run trafilatura; any failure inside it becomes a MalformedInputError."""
    try:
        return _run_trafilatura(html, source)
    except InputError:
        raise
    # trafilatura and lxml raise many exception types on hostile markup
    # (lxml's ParserError, ValueError, AssertionError, RecursionError...).
    # This boundary is the one place that turns them into a rejected input.
    except Exception as error:
        raise MalformedInputError(
            source, f"HTML could not be read ({type(error).__name__})"
        ) from None


def _run_trafilatura(html: str, source: str) -> _Page:
    tree = trafilatura.load_html(html)
    if tree is None:
        raise MalformedInputError(source, "not an HTML document")
    language = language_code(tree.get("lang"))
    document = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=INCLUDE_TABLES,
    )
    if isinstance(document, Document) and document.text and document.text.strip():
        return _Page(document.text, document, language)
    return _baseline(tree, document, language)


def _baseline(tree: Any, document: object, language: str | None) -> _Page:
    """trafilatura's baseline text, with metadata read on its own if needed.

    ``tree`` is an lxml ``HtmlElement``; lxml ships no type information.
    """
    _, body, _ = trafilatura.baseline(tree)
    metadata = document if isinstance(document, Document) else _metadata(tree)
    return _Page(body, metadata, language)


def _metadata(tree: Any) -> Document:
    return trafilatura.extract_metadata(tree)
