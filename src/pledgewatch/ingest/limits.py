"""The size limits ingest enforces, in one frozen record."""

from __future__ import annotations

from dataclasses import dataclass

MAX_FILE_BYTES = 50 * 1024 * 1024
"""50 MiB. The largest real page we test on is 1.6 MB and a month of a busy
outlet's JSON Lines export is a few MB; 50 MiB leaves room for bulk exports
while refusing disk images or database dumps dropped in by mistake before
they are read into memory."""

MAX_TEXT_CHARS = 2_000_000
"""Two million characters, about 300,000 words: longer than any news article
or report chapter (a long-read runs 10-50k characters). A longer "article" is
a concatenated dump that should be split before ingest."""

MIN_TEXT_CHARS = 10
"""Ten characters of stored text. The shortest text that can still state a
pledge names an actor, a verb and an object ("UK: 5 jets" is 10 characters);
anything shorter is a stub (a dash, "TBD", a lone date) that would only add
noise to the tracker."""


@dataclass(frozen=True, slots=True)
class Limits:
    """What ingest accepts; a file or record outside these is rejected."""

    max_file_bytes: int = MAX_FILE_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    min_text_chars: int = MIN_TEXT_CHARS
