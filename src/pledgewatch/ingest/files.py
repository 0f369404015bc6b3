"""Files and folders: finding the inputs, reading each into articles.

``discover`` expands folders; ``read_items`` turns one file into articles and
per-record rejections, raising an InputError subclass when the whole file is
unusable; ``read_path`` and ``iter_inputs`` are the public faces of it.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from pledgewatch.errors import InputError, MalformedInputError, TooLargeError
from pledgewatch.ingest.article import Item
from pledgewatch.ingest.decode import bytes_to_text, has_bom, refuse_binary
from pledgewatch.ingest.feeds import read_feed
from pledgewatch.ingest.formats import MARKUP_FORMATS, Format, format_of, sniff
from pledgewatch.ingest.html import read_html
from pledgewatch.ingest.limits import Limits, size_text
from pledgewatch.ingest.records_json import (
    jsonl_from_stream,
    read_json,
    read_jsonl,
    stream_jsonl,
)
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
    explicitly is always kept. Each file is listed once. A path that does
    not exist or cannot be listed is kept too: reading it rejects it with
    the reason, and the other inputs are still read.
    """
    found: list[Path] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        candidates = _walk(path, set()) if path.is_dir() else [path]
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

    An unusable path, file or record (one that does not exist, cannot be
    read, or holds no article) is yielded as a Rejection and reading goes on.
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
larger than ``max_file_bytes``: each line is then held to
``max_article_bytes``)."""


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as error:
        raise _unreadable(path, error) from None


def read_items(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Item]:
    """One file's articles and rejected records; raises InputError if it is unusable."""
    path = Path(path)
    source = str(path)
    known = format_of(path)
    data = _read_bytes(path, known, limits)
    if known is Format.JSONL and not _utf8_or_bom(data):
        # JSON Lines is UTF-8 (jsonlines.org): a line in another encoding is
        # rejected alone, as in a streamed file, instead of the whole file
        # being decoded by a guess that garbles the good lines.
        refuse_binary(data, source)
        return list(jsonl_from_stream(io.BytesIO(data), path, limits))
    text = bytes_to_text(data, source, markup=known is None or known in MARKUP_FORMATS)
    kind = known if known is not None else sniff(text)
    return _READERS[kind](text, path, limits)


def _utf8_or_bom(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 throughout or starts with a byte-order mark."""
    if has_bom(data):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


MULTI_ARTICLE_FORMATS = frozenset({Format.JSON, Format.JSONL, Format.FEED})
"""Formats that hold many articles: their files are held to ``max_file_bytes``
and each article in them to the per-article limits. A file of another or
of no known format is one article, held to ``max_article_bytes``."""


def _read_bytes(path: Path, known: Format | None, limits: Limits) -> bytes:
    """The file's bytes, within its limit; a non-regular file is refused
    before it is opened (reading a FIFO or a device could block forever)."""
    source = str(path)
    whole_file = known in MULTI_ARTICLE_FORMATS
    cap = limits.max_file_bytes if whole_file else limits.max_article_bytes
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            os.scandir(path).close()  # raises the reason a listed folder is unreadable
            raise InputError(source, "is a folder that could not be read")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(source, "not a regular file (a device, FIFO or socket)")
        size = info.st_size
        if size <= cap:
            with path.open("rb") as stream:
                data = stream.read(cap + 1)
            size = len(data)
    except OSError as error:
        raise _unreadable(path, error) from None
    if size > cap:
        where = "for a JSON or feed file" if whole_file else "per article (--max-article-mb)"
        raise TooLargeError(
            source, f"file is {size:,} bytes, above the limit of {size_text(cap)} {where}"
        )
    return data


def _unreadable(path: Path, error: OSError) -> InputError:
    if isinstance(error, FileNotFoundError):
        return InputError(str(path), "no such file or folder")
    what = "folder" if path.is_dir() else "file"
    return InputError(str(path), f"cannot read the {what}: {error.strerror or error}")


def _walk(folder: Path, visited: set[str]) -> list[Path]:
    """Readable files under ``folder``, sorted; symlink loops are walked once."""
    real = os.path.realpath(folder)
    if real in visited:
        return []
    visited.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return [folder]  # reading it rejects it with the reason
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
