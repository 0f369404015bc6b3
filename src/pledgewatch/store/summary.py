"""A tracker row's digest: what a page or an API list shows of it.

A stored tracker row (``tracker_rows.row``) holds every source and every
report of its actor and category: at 100,000 articles a busy row has
thousands, and the whole tracker is tens of megabytes of JSON. The digest
(``tracker_rows.summary``) keeps the row's scalars, each list cut to its
latest :data:`LATEST` entries, and the totals. It is derived from the row
whenever a row is written (a column default in :mod:`.schema`), so reading
the tracker costs the same at any corpus size.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LATEST = 5
"""Entries kept per list: the five latest reports of a row are what a tracker
overview shows beside its status; ``?full=true`` and the actor pages have
the rest. At 432 rows the tracker's digest is about half a megabyte of JSON."""

LISTS = ("sources", "history", "undated", "changes")
"""The lists of a stored row that grow with the corpus, in its JSON."""


def _latest_articles(history: list[list[Any]], wanted: set[str] | None = None) -> list[str]:
    """Distinct articles of the newest history entries (newest first), up to LATEST."""
    found: list[str] = []
    for _status, _day, article in reversed(history):
        if article not in found and (wanted is None or article in wanted):
            found.append(article)
            if len(found) == LATEST:
                break
    return found


def summarize(row: Mapping[str, Any]) -> dict[str, Any]:
    """The digest of a stored row's JSON (``store.rows.tracker_json``).

    ``history`` keeps its last LATEST entries (it is oldest first),
    ``changes`` its last LATEST runs with their last LATEST articles each;
    ``sources`` and ``undated`` keep the articles of the newest reports,
    sorted by id as in the full row. ``totals`` counts every list in full;
    ``complete`` says that nothing was cut.
    """
    history: list[list[Any]] = list(row["history"])
    undated = set(row["undated"])
    digest = {key: value for key, value in row.items() if key not in LISTS}
    digest["history"] = history[-LATEST:]
    digest["sources"] = sorted(_latest_articles(history))
    digest["undated"] = sorted(_latest_articles(history, undated)) if undated else []
    changes: list[list[Any]] = list(row["changes"])
    digest["changes"] = [
        [status, since, list(articles)[-LATEST:]] for status, since, articles in changes[-LATEST:]
    ]
    digest["totals"] = {key: len(row[key]) for key in LISTS}
    digest["complete"] = all(len(row[key]) <= LATEST for key in LISTS) and all(
        len(articles) <= LATEST for _s, _d, articles in changes
    )
    return digest
