"""JSON and JSON Lines files of article records.

A JSON file holds a list of records, one record, or an object with an
``"articles"`` list; a JSON Lines file holds one record per non-blank line.
A record needs a non-empty string ``text``; ``id``, ``url``, ``title``,
``published``, ``outlet`` and ``language`` are optional (a metadata field of
the wrong type, or a date we cannot read, counts as missing). A bad record
is rejected on its own; the others still come through.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from pledgewatch.errors import EmptyInputError, InputError, MalformedInputError
from pledgewatch.ingest.article import Item, build_article, iter_unique_ids, unique_ids
from pledgewatch.ingest.dates import parse_date
from pledgewatch.ingest.ids import record_id
from pledgewatch.ingest.limits import Limits, size_text
from pledgewatch.ingest.normalize import language_code
from pledgewatch.records import Article, Rejection


def read_json(text: str, path: Path, limits: Limits) -> list[Item]:
    """The records of a JSON file; the file is rejected when it does not parse."""
    source = str(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise MalformedInputError(
            source, f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    # ValueError: a number beyond Python's digit limit; RecursionError: absurd nesting.
    except (ValueError, RecursionError) as error:
        raise MalformedInputError(source, f"invalid JSON: {_beyond_parser(error)}") from None
    if isinstance(data, dict) and "text" in data:
        return [_record_article(data, path, 1, source, limits)]
    records = _record_list(data, source)
    if not records:
        raise EmptyInputError(source, "no records in the file")
    items = [
        _record_item(record, path, index, f"{source}#record-{index}", limits)
        for index, record in enumerate(records, start=1)
    ]
    return unique_ids(items)


def read_jsonl(text: str, path: Path, limits: Limits) -> list[Item]:
    """One record per non-blank line; a line that is not JSON is rejected alone."""
    return unique_ids(_jsonl_items(enumerate(text.split("\n"), start=1), path, limits))


def _jsonl_items(
    lines: Iterable[tuple[int, str | Rejection]], path: Path, limits: Limits
) -> Iterator[Item]:
    index = 0
    for line_number, line in lines:
        if isinstance(line, Rejection):
            index += 1
            yield line
            continue
        if not line.strip():
            continue
        index += 1
        source = f"{path}:line {line_number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Rejection(source, f"invalid JSON at column {error.colno}: {error.msg}")
            continue
        except (ValueError, RecursionError) as error:
            yield Rejection(source, f"invalid JSON: {_beyond_parser(error)}")
            continue
        yield _record_item(record, path, index, source, limits)


def stream_jsonl(path: Path, limits: Limits) -> Iterator[Item]:
    """The records of a large JSON Lines file, read line by line (UTF-8, as
    JSON Lines is defined), so memory does not grow with the file.

    A line longer than ``limits.max_article_bytes`` or not UTF-8 is
    rejected alone, named by its line number; duplicate ids are rejected as in
    :func:`read_jsonl` (only the ids seen are kept).
    """
    with path.open("rb") as stream:
        yield from jsonl_from_stream(stream, path, limits)


def jsonl_from_stream(stream: BinaryIO, path: Path, limits: Limits) -> Iterator[Item]:
    """:func:`stream_jsonl` over an open binary stream (a file, or the bytes
    of a small file that is not UTF-8 throughout)."""
    limit = limits.max_article_bytes
    over = f"line is over the limit of {size_text(limit)} per article (--max-article-mb)"

    def lines() -> Iterator[tuple[int, str | Rejection]]:
        number = 0
        while raw := stream.readline(limit + 1):
            number += 1
            source = f"{path}:line {number}"
            if len(raw) > limit and not raw.endswith(b"\n"):
                while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
                    pass  # the rest of the line is skipped, a piece at a time
                yield number, Rejection(source, over)
                continue
            try:
                yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                yield number, Rejection(source, f"not UTF-8 at byte {error.start}")

    yield from iter_unique_ids(_jsonl_items(lines(), path, limits))


def _beyond_parser(error: Exception) -> str:
    """Why valid-looking JSON could not be read (not a syntax error)."""
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return "a number with too many digits"


def _record_list(data: object, source: str) -> list[object]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        articles = data.get("articles")
        if isinstance(articles, list):
            return articles
        raise MalformedInputError(source, 'JSON object has neither "text" nor an "articles" list')
    raise MalformedInputError(source, "JSON is neither a record, a list of records nor an object")


def _record_item(record: object, path: Path, index: int, source: str, limits: Limits) -> Item:
    try:
        return _record_article(record, path, index, source, limits)
    except InputError as error:
        return Rejection(source, error.reason)


def _record_article(record: object, path: Path, index: int, source: str, limits: Limits) -> Article:
    if not isinstance(record, dict):
        raise MalformedInputError(source, "record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedInputError(source, 'record has no "text" string')
    if not text.strip():
        raise EmptyInputError(source, 'record has an empty "text"')
    return build_article(
        article_id=record_id(record.get("id"), path, index, source),
        body=text,
        source=source,
        limits=limits,
        title=_string(record.get("title")),
        url=_string(record.get("url")),
        outlet=_string(record.get("outlet")),
        published=parse_date(record.get("published")),
        language=language_code(record.get("language")),
    )


def _string(value: object) -> str | None:
    return value if isinstance(value, str) else None
