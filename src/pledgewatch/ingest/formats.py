"""Which reader a file needs: by extension, else by sniffing its content."""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import Path


class Format(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"
    JSONL = "jsonl"
    FEED = "feed"


EXTENSIONS: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".json": Format.JSON,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".xml": Format.FEED,
    ".rss": Format.FEED,
    ".atom": Format.FEED,
    ".rdf": Format.FEED,
}

MARKUP_FORMATS = frozenset({Format.HTML, Format.FEED})
"""Formats whose charset declaration (``<meta charset>``, ``<?xml encoding>``) we trust."""

SNIFF_CHARS = 4096
"""How much of a file's start sniffing reads: enough to pass an XML
declaration, a doctype and a few comments before the root element."""

_XML_PROLOG = r"(?:\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>))*"
_FEED_ROOT = re.compile(_XML_PROLOG + r"\s*<(?:[\w.-]+:)?(?:rss|feed|rdf)\b", re.I | re.S)


def format_of(path: Path) -> Format | None:
    """The format a file's extension names, else None."""
    return EXTENSIONS.get(path.suffix.lower())


def sniff(text: str) -> Format:
    """Guess the format of a file with an unknown extension from its start."""
    head = text[:SNIFF_CHARS].lstrip()
    if _FEED_ROOT.match(head):
        return Format.FEED
    if head.startswith("<"):
        return Format.HTML
    if head.startswith(("{", "[")):
        return Format.JSONL if _looks_like_json_lines(text) else Format.JSON
    return Format.TEXT


def _looks_like_json_lines(text: str) -> bool:
    """True when the first line is a whole JSON object and more lines follow."""
    first, _, rest = text.lstrip().partition("\n")
    if not rest.strip():
        return False
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False
