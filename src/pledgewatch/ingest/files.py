"""Files and folders: finding the inputs, reading each into articles.

``discover`` expands folders; ``read_items`` turns one file into articles and
per-record rejections, raising an InputError subclass when the whole file is
unusable; ``read_path`` and ``iter_inputs`` are the public faces of it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from pledgewatch.errors import InputError, MalformedInputError, TooLargeError, UsageError
from pledgewatch.ingest.article import Item
from pledgewatch.ingest.decode import bytes_to_text
from pledgewatch.ingest.feeds import read_feed
from pledgewatch.ingest.formats import MARKUP_FORMATS, Format, format_of, sniff
from pledgewatch.ingest.html import read_html
from pledgewatch.ingest.limits import Limits
from pledgewatch.ingest.records_json import read_json, read_jsonl, stream_jsonl
from pledgewatch.ingest.text import read_markdown, read_text
from pledgewatch.records import Article, Rejection

DEFAULT_LIMITS = Limits()

Reader = Callable[[str, Path, Limits], list[Item]]

_READERS: dict[Format, Reader] = {
    Format.TEXT: read_text,
    Format.MARKDOWN: read_markdown,
    Format.HTML: read_html,
    Format.JSON: read_json,
    Format.JSONL: read_jsonl,
    Format.FEED: read_feed,
}


def discover(paths: Sequence[str | Path]) -> list[Path]:
    """The files to read: explicit files as given, folders expanded.

    Folders are walked recursively in sorted order, skipping hidden files and
    folders and files whose extension we do not read. A file named
    explicitly is always kept. Each file is listed once.
    """
    found: list[Path] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = _walk(path, set())
        elif path.is_file():
            candidates = [path]
        elif path.exists():
            raise UsageError(f"not a file or folder: {raw}")
        else:
            raise UsageError(f"no such file or folder: {raw}")
        for candidate in candidates:
            key = os.path.realpath(candidate)
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def read_path(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Article]:
    """The articles of one file; raises an InputError subclass if it has none."""
    items = read_items(path, limits)
    articles = [item for item in items if isinstance(item, Article)]
    if articles:
        return articles
    rejected = [item for item in items if isinstance(item, Rejection)]
    first = rejected[0] if rejected else Rejection(str(path), "no articles")
    raise MalformedInputError(
        str(path),
        f"no usable record ({len(rejected)} rejected; first: {first.source}: {first.reason})",
    )


def iter_inputs(
    paths: Sequence[str | Path], limits: Limits = DEFAULT_LIMITS
) -> Iterator[Article | Rejection]:
    """Articles and rejections of every input, file by file, lazily.

    Raises UsageError for a path that does not exist; an unusable file or
    record is yielded as a Rejection and reading goes on.
    """
    for path in discover(paths):
        try:
            if format_of(path) is Format.JSONL and _size(path) > STREAM_BYTES:
                yield from stream_jsonl(path, limits)
                continue
            items = read_items(path, limits)
        except InputError as error:
            yield Rejection(error.source, error.reason)
            continue
        yield from items


STREAM_BYTES = 8 * 1024 * 1024
"""JSON Lines files larger than this are read line by line (and may be
larger than ``max_file_bytes``: the limit then applies to each line)."""


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as error:
        raise InputError(str(path), f"cannot read the file: {error.strerror or error}") from None


def read_items(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Item]:
    """One file's articles and rejected records; raises InputError if it is unusable."""
    path = Path(path)
    source = str(path)
    data = _read_bytes(path, limits)
    known = format_of(path)
    text = bytes_to_text(data, source, markup=known is None or known in MARKUP_FORMATS)
    kind = known if known is not None else sniff(text)
    return _READERS[kind](text, path, limits)


def _read_bytes(path: Path, limits: Limits) -> bytes:
    source = str(path)
    try:
        size = path.stat().st_size
        if size <= limits.max_file_bytes:
            with path.open("rb") as stream:
                data = stream.read(limits.max_file_bytes + 1)
            size = len(data)
    except OSError as error:
        raise InputError(source, f"cannot read the file: {error.strerror or error}") from None
    if size > limits.max_file_bytes:
        raise TooLargeError(
            source, f"file is {size:,} bytes, above the limit of {limits.max_file_bytes:,} bytes"
        )
    return data


def _walk(folder: Path, visited: set[str]) -> list[Path]:
    """Readable files under ``folder``, sorted; symlink loops are walked once."""
    real = os.path.realpath(folder)
    if real in visited:
        return []
    visited.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        raise UsageError(f"cannot read folder {folder}: {error.strerror or error}") from None
    files: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            files.extend(_walk(path, visited))
        elif entry.is_file() and format_of(path) is not None:
            files.append(path)
    return files
