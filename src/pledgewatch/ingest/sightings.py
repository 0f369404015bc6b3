"""What one ingest run has seen, kept on disk so that memory stays flat.

An ingest rejects a second article with an id it has already read in the
same run but other content, and skips one with the same content. That needs
every id of the run: 100,000 articles hold about 32 MiB as a Python dict of
ids, content hashes and sources (``bench/sightings.py``). :class:`Sightings`
keeps them in a SQLite file of its own in a temporary folder instead,
deleted when closed, with a small page cache, so memory does not grow with
the number of articles read.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

CACHE_KIB = 2048
"""Page cache of the sightings database, in KiB (its PRAGMA spells it out)."""


class Sightings:
    """Article id -> (content hash, source) of what this run has read."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="pledgewatch-seen-")
        path = Path(self._folder.name) / "seen.db"
        # The run's reading may go on in a helper thread of a runner: one
        # thread at a time uses the connection.
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA cache_size = -2048")  # CACHE_KIB: no SQL formatted at run time
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, hash TEXT, source TEXT)")

    def sight(self, article_id: str, content_hash: str, source: str) -> tuple[str, str] | None:
        """Record an article read; the (hash, source) of an earlier one with
        the same id, if the run has read one (the first sighting stays)."""
        row = self._db.execute(
            "SELECT hash, source FROM seen WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            self._db.execute(
                "INSERT INTO seen VALUES (?, ?, ?)", (article_id, content_hash, source)
            )
            return None
        return (row[0], row[1])

    def close(self) -> None:
        self._db.close()
        self._folder.cleanup()
