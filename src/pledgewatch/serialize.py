"""Records as JSON-ready dicts, in the shapes of DESIGN.md's contract.

The CLI, the exports and the HTTP API all use these, so every interface
shows the same fields.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pledgewatch.records import (
    Commitment,
    Contradiction,
    Evidence,
    Flag,
    Story,
    TrackerChange,
    TrackerRow,
)
from pledgewatch.store import StoredArticle


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def evidence(e: Evidence) -> dict[str, Any]:
    return {
        "article": e.article,
        "start": e.start,
        "end": e.end,
        "text": e.text,
        "speaker": e.speaker,
    }


def article(stored: StoredArticle) -> dict[str, Any]:
    a = stored.article
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "published": _day(a.published),
        "url": a.url,
        "language": a.language,
        "content_hash": a.content_hash,
        "actors": list(stored.actors),
    }


def commitment(c: Commitment) -> dict[str, Any]:
    return {
        "article": c.article,
        "actor": c.actor,
        "category": c.category.value,
        "status": c.status.value,
        "magnitude": c.magnitude,
        "conditions": list(c.conditions),
        "beneficiary": c.beneficiary,
        "evidence": evidence(c.evidence),
        "confidence": round(c.confidence, 3),
        "why": list(c.why),
    }


def tracker_row(row: TrackerRow) -> dict[str, Any]:
    return {
        "actor": row.actor,
        "category": row.category.value,
        "status": row.status.value,
        "since": _day(row.since),
        "sources": list(row.sources),
        "independent_sources": row.independent_sources,
        "contradicted": row.contradicted,
        "magnitude": row.magnitude,
        "conditions": list(row.conditions),
        "history": [
            {"status": h.status.value, "date": _day(h.date), "article": h.article}
            for h in row.history
        ],
        "dated": row.dated,
        "order": row.order,
        "undated": list(row.undated),
        "changes": [
            {"status": c.status.value, "since": _day(c.since), "articles": list(c.articles)}
            for c in row.changes
        ],
        "flags": [flag(f) for f in row.flags],
        "complete": row.totals is None,
        "totals": _totals(row),
    }


def _totals(row: TrackerRow) -> dict[str, int]:
    """The full length of each list (a digest row holds only the latest entries)."""
    if row.totals is not None:
        t = row.totals
        return {
            "sources": t.sources,
            "history": t.history,
            "undated": t.undated,
            "changes": t.changes,
        }
    return {
        "sources": len(row.sources),
        "history": len(row.history),
        "undated": len(row.undated),
        "changes": len(row.changes),
    }


def contradiction(c: Contradiction) -> dict[str, Any]:
    return {
        "actor": c.actor,
        "category": c.category.value,
        "scope": c.scope,
        "sides": [
            {
                "status": s.status.value,
                "article": s.article,
                "evidence": evidence(s.evidence),
                "others": list(s.others),
            }
            for s in c.sides
        ],
        "period": {"from": _day(c.period[0]), "to": _day(c.period[1])},
    }


def story(s: Story) -> dict[str, Any]:
    return {
        "id": s.id,
        "articles": list(s.articles),
        "reason": s.reason,
        "links": [{"articles": [x.article, x.other], "reason": x.reason} for x in s.links],
    }


def flag(f: Flag) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "article": f.article,
        "actor": f.actor,
        "category": f.category.value if f.category else None,
        "detail": f.detail,
        "evidence": {"start": f.start, "end": f.end, "text": f.text},
    }


def change(c: TrackerChange) -> dict[str, Any]:
    """A logged tracker change (``pledgewatch changes``, ``watch``, the webhook)."""
    return {
        "id": c.id,
        "at": c.at.isoformat(timespec="seconds"),
        "kind": c.kind.value,
        "actor": c.actor,
        "category": c.category.value,
        "status": c.status.value if c.status else None,
        "old_status": c.old_status.value if c.old_status else None,
        "independent_sources": c.independent_sources,
        "evidence": evidence(c.evidence) if c.evidence else None,
        "contradiction": contradiction(c.contradiction) if c.contradiction else None,
        "article": {"id": c.article, "title": c.title, "url": c.url},
    }
