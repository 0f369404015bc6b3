"""Plain-text and Markdown files: one article each."""

from __future__ import annotations

from pathlib import Path

from pledgewatch.ingest.article import Item, build_article
from pledgewatch.ingest.dates import find_published
from pledgewatch.ingest.ids import file_id
from pledgewatch.ingest.limits import Limits
from pledgewatch.ingest.normalize import normalize_text


def read_text(text: str, path: Path, limits: Limits, *, markdown: bool = False) -> list[Item]:
    """The whole file is the article; its first non-empty line is the title
    and stays in the text; the dateline in the first lines gives the date."""
    body = normalize_text(text)
    article = build_article(
        article_id=file_id(path),
        body=body,
        source=str(path),
        limits=limits,
        prepend_title=False,
        published=find_published(body),
        markdown=markdown,
    )
    return [article]


def read_markdown(text: str, path: Path, limits: Limits) -> list[Item]:
    return read_text(text, path, limits, markdown=True)
