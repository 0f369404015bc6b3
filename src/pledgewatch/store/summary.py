"""A tracker row's digest: what a page or an API list shows of it.

A stored tracker row (``tracker_rows.row``) holds every source and every
report of its actor and category: at 100,000 articles a busy row has
thousands, and the whole tracker is tens of megabytes of JSON. The digest
(``tracker_rows.summary``) keeps the row's scalars, each list cut to its
latest :data:`LATEST` entries, and the totals. It is derived from the row
whenever a row is written (a column default in :mod:`.schema`), so reading
the tracker costs the same at any corpus size. Changing how a digest is
made needs a migration that makes them again from the rows, as 0003 does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LATEST = 5
"""Reports kept in a digest: the five latest reports of a row are what a
tracker overview shows beside its status; ``?full=true`` and the actor pages
have the rest. At 432 rows of thousands of reports each, the tracker's
digests are about 400 kB of JSON."""

LISTS = ("sources", "history", "undated", "changes")
"""The lists of a stored row that grow with the corpus, in its JSON."""


def _latest_articles(history: list[list[Any]]) -> list[str]:
    """Distinct articles of the newest history entries (newest first), up to LATEST."""
    found: list[str] = []
    for _status, _day, article in reversed(history):
        if article not in found:
            found.append(article)
            if len(found) == LATEST:
                break
    return found


def summarize(row: Mapping[str, Any]) -> dict[str, Any]:
    """The digest of a stored row's JSON (``store.rows.tracker_json``).

    A row whose lists all hold at most LATEST entries is kept whole
    (``complete``). Otherwise ``history`` keeps its last LATEST entries (it
    is oldest first), ``sources`` the articles of those, sorted by id as in
    the full row, ``changes`` only the current run (with its last LATEST
    articles) and ``undated`` nothing. ``totals`` counts every list in full.
    """
    digest = {key: value for key, value in row.items() if key not in LISTS}
    digest["totals"] = {key: len(row[key]) for key in LISTS}
    changes: list[list[Any]] = list(row["changes"])
    complete = all(len(row[key]) <= LATEST for key in LISTS) and all(
        len(articles) <= LATEST for _s, _d, articles in changes
    )
    digest["complete"] = complete
    if complete:
        return digest | {key: list(row[key]) for key in LISTS}
    history: list[list[Any]] = list(row["history"])
    digest["history"] = history[-LATEST:]
    digest["sources"] = sorted(_latest_articles(history))
    digest["undated"] = []
    digest["changes"] = [
        [status, since, list(articles)[-LATEST:]] for status, since, articles in changes[-1:]
    ]
    return digest
