"""The size limits ingest enforces, in one frozen record.

``max_article_bytes`` is the one a user sets (``--max-article-mb`` or
``PLEDGEWATCH_MAX_ARTICLE_MB``); the others protect memory and the
extractor and are not meant to be changed.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1_000_000
"""A megabyte as the limits are stated to users (decimal, like file managers)."""

MIB = 1024 * 1024

MAX_ARTICLE_BYTES = 20 * MB
"""20 MB per article: a text, Markdown or HTML file, or one line of a JSON
Lines file. The largest real page we test on is 1.6 MB; a saved page with
inline images or scripts can reach a few MB; 20 MB refuses disk images,
database dumps and concatenated exports dropped in by mistake before they
are read into memory (issue 7 set this default)."""

MAX_FILE_BYTES = 50 * MIB
"""50 MiB for a JSON or feed file, which is read whole (each article in it is
still held to the per-article limits). A month of a busy outlet's export is
a few MB; a larger export belongs in JSON Lines, which is streamed line by
line above 8 MiB."""

MAX_TEXT_CHARS = 1_000_000
"""One million characters of text after cleaning, about 150,000 words: what
the extractor reads in one piece (spaCy's ``nlp.max_length``; a longer text
made extraction fail for the whole ingest). Extraction of a text this long
takes about 9 s here; a long-read runs 10-50k characters, so a longer
"article" is a concatenated dump that should be split before ingest."""

MIN_TEXT_CHARS = 10
"""Ten characters of stored text. The shortest text that can still state a
pledge names an actor, a verb and an object ("UK: 5 jets" is 10 characters);
anything shorter is a stub (a dash, "TBD", a lone date) that would only add
noise to the tracker."""


@dataclass(frozen=True, slots=True)
class Limits:
    """What ingest accepts; a file or record outside these is rejected."""

    max_article_bytes: int = MAX_ARTICLE_BYTES
    max_file_bytes: int = MAX_FILE_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    min_text_chars: int = MIN_TEXT_CHARS

    @classmethod
    def with_article_mb(cls, megabytes: float | None) -> Limits:
        """The default limits with ``max_article_bytes`` set in MB (None: the default)."""
        if megabytes is None:
            return cls()
        return cls(max_article_bytes=max(1, round(megabytes * MB)))


def size_text(size: int) -> str:
    """A limit as users read it: ``20 MB``, ``50 MiB``, ``0.5 MB``, else in bytes."""
    if size % MIB == 0:
        return f"{size // MIB} MiB"
    if size >= MB // 10:
        return f"{size / MB:g} MB"
    return f"{size:,} bytes"
