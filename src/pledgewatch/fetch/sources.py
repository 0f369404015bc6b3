"""The sources file: the feeds and pages an analyst follows (YAML or TOML).

::

    # sources.yaml
    contact: desk@example.org        # optional: added to the User-Agent
    sources:
      - name: Reuters Europe         # optional: defaults to the host
        url: https://example.org/europe/rss.xml
        outlet: Reuters              # optional: else the feed's or page's own
        pages: true                  # optional: fetch each entry's page (default);
                                     # false: read the entry's text in the feed

The same in TOML is ``contact = "..."`` and one ``[[sources]]`` table per
source. A mistake (an unknown key, a missing or non-http URL, a URL listed
twice) is reported in one line naming the file and the source.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from pledgewatch.errors import UsageError

SOURCES_ENV = "PLEDGEWATCH_SOURCES"
"""The sources file used when none is given."""

KEYS = frozenset({"name", "url", "outlet", "pages"})


@dataclass(frozen=True, slots=True)
class Source:
    """One feed or page to follow."""

    url: str
    name: str
    outlet: str | None = None
    """The outlet its articles are credited to (None: the feed's or page's own)."""
    pages: bool = True
    """For a feed: fetch each entry's page (True) or read the entry's own text."""


@dataclass(frozen=True, slots=True)
class SourceList:
    path: Path
    sources: tuple[Source, ...]
    contact: str | None = None


def default_sources_path() -> Path | None:
    """``$PLEDGEWATCH_SOURCES`` if set, else None."""
    value = os.environ.get(SOURCES_ENV, "").strip()
    return Path(value) if value else None


def load_sources(path: str | Path) -> SourceList:
    """Read and check a sources file; raises UsageError in one line."""
    where = Path(path)
    data = _parse(where)
    if isinstance(data, list):
        data = {"sources": data}
    if not isinstance(data, Mapping):
        raise UsageError(f"{where}: expected a 'sources' list")
    unknown = sorted(set(data) - {"sources", "contact"})
    if unknown:
        raise UsageError(f"{where}: unknown key {unknown[0]!r} (expected 'sources', 'contact')")
    entries = data.get("sources")
    if not isinstance(entries, list) or not entries:
        raise UsageError(f"{where}: 'sources' must be a non-empty list of sources")
    contact = data.get("contact")
    if contact is not None and not isinstance(contact, str):
        raise UsageError(f"{where}: 'contact' must be a string")
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        source = _source(entry, f"{where}: source {index}")
        if source.url in seen:
            first = f"source {seen[source.url]}"
            raise UsageError(f"{where}: source {index}: {source.url} is listed already, as {first}")
        seen[source.url] = index
        sources.append(source)
    return SourceList(where, tuple(sources), " ".join(contact.split()) if contact else None)


def _parse(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"no such sources file: {path}") from None
    except OSError as error:
        raise UsageError(f"cannot read the sources file {path}: {error.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text") from None
    if path.suffix.lower() == ".toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise UsageError(f"{path}: not valid TOML ({error})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise UsageError(f"{path}: not valid YAML{at}") from None


def _source(entry: object, where: str) -> Source:
    if isinstance(entry, str):
        entry = {"url": entry}
    if not isinstance(entry, Mapping):
        raise UsageError(f"{where}: expected a mapping with a 'url'")
    unknown = sorted(set(entry) - KEYS)
    if unknown:
        expected = ", ".join(sorted(KEYS))
        raise UsageError(f"{where}: unknown key {unknown[0]!r} (expected {expected})")
    url = entry.get("url")
    if not isinstance(url, str) or not url.strip():
        raise UsageError(f"{where}: 'url' is missing")
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{where}: {url!r} is not an http(s) URL")
    name, outlet, pages = entry.get("name"), entry.get("outlet"), entry.get("pages", True)
    for key, value in (("name", name), ("outlet", outlet)):
        if value is not None and not isinstance(value, str):
            raise UsageError(f"{where}: {key!r} must be a string")
    if not isinstance(pages, bool):
        raise UsageError(f"{where}: 'pages' must be true or false")
    return Source(
        url=url,
        name=(name or "").strip() or parts.hostname,
        outlet=(outlet or "").strip() or None,
        pages=pages,
    )
