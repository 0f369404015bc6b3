"""Stable article ids: from the file name, the record, or the feed entry.

An id depends only on the input (never on the time or the order of reading),
so ingesting the same input twice gives the same ids.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pledgewatch.errors import MalformedInputError


def file_id(path: Path) -> str:
    """A single-article file's id: its name without extension (NFC, as macOS
    stores names decomposed)."""
    return unicodedata.normalize("NFC", path.stem)


def numbered_id(path: Path, index: int) -> str:
    """The id of the ``index``-th (1-based) record or entry of a file without one."""
    return f"{file_id(path)}-{index}"


def record_id(value: object, path: Path, index: int, source: str) -> str:
    """A JSON record's id: its ``id`` field as a string, else ``<stem>-<index>``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return numbered_id(path, index)
    if isinstance(value, str):
        if "\x00" in value:
            raise MalformedInputError(source, '"id" contains a NUL character')
        return unicodedata.normalize("NFC", value.strip())
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise MalformedInputError(source, '"id" is neither a string nor an integer')


def entry_id(guid: object, link: object, path: Path, index: int) -> str:
    """A feed entry's id: its id or guid, else its link, else ``<stem>-<index>``."""
    for value in (guid, link):
        if isinstance(value, str) and value.strip():
            return unicodedata.normalize("NFC", value.strip())
    return numbered_id(path, index)
