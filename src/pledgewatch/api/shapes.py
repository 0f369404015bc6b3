"""JSON shapes the CLI has no command for: actors, one article with its
spans, search hits and ingest reports. Records inside them (articles,
commitments, tracker rows, contradictions) use :mod:`pledgewatch.serialize`,
so every interface shows the same fields.
"""

from __future__ import annotations

from typing import Any

from pledgewatch import serialize
from pledgewatch.queries import ActorProfile, ActorSummary, ArticleView, SearchResult
from pledgewatch.records import Actor, IngestReport


def actor(a: Actor) -> dict[str, Any]:
    return {
        "id": a.id,
        "kind": a.kind.value,
        "name": a.name,
        "roles": [
            {
                "office": r.office,
                "of": r.holder_of,
                "from": r.start.isoformat() if r.start else None,
                "to": r.end.isoformat() if r.end else None,
            }
            for r in a.roles
        ],
    }


def actor_summary(s: ActorSummary) -> dict[str, Any]:
    return {
        **actor(s.actor),
        "tracker_rows": s.rows,
        "commitments": s.commitments,
        "articles": s.articles,
    }


def actor_profile(p: ActorProfile) -> dict[str, Any]:
    return {
        **actor(p.actor),
        "tracker": [serialize.tracker_row(r) for r in p.rows],
        "commitments": [serialize.commitment(c) for c in p.commitments],
        "commitments_total": p.reports,
        "contradictions": [serialize.contradiction(c) for c in p.contradictions],
    }


def article_view(v: ArticleView) -> dict[str, Any]:
    """The article, its text, and the spans of actor mentions and evidence.

    A span's ``commitment`` is the index of its commitment in ``commitments``.
    """
    mentions: list[dict[str, Any]] = [
        {"kind": "actor", "actor": m.actor, "start": m.start, "end": m.end, "text": m.text}
        for m in v.mentions
    ]
    evidence: list[dict[str, Any]] = [
        {
            "kind": "evidence",
            "commitment": index,
            "actor": c.actor,
            "start": c.evidence.start,
            "end": c.evidence.end,
            "text": c.evidence.text,
        }
        for index, c in enumerate(v.commitments)
    ]
    spans = sorted(mentions + evidence, key=lambda s: (int(s["start"]), -int(s["end"]), s["kind"]))
    return {
        **serialize.article(v.stored),
        "text": v.stored.article.text,
        "commitments": [serialize.commitment(c) for c in v.commitments],
        "spans": spans,
    }


def search_result(r: SearchResult) -> dict[str, Any]:
    return {
        "query": r.query,
        "articles": [
            {
                "id": hit.article.id,
                "title": hit.article.title,
                "outlet": hit.article.outlet,
                "published": hit.article.published.isoformat() if hit.article.published else None,
                "snippet": hit.snippet,
                "hits": hit.hits,
            }
            for hit in r.articles
        ],
        "evidence": [serialize.commitment(c) for c in r.evidence],
    }


def ingest_report(report: IngestReport) -> dict[str, Any]:
    return {
        "added": list(report.added),
        "updated": list(report.updated),
        "unchanged": list(report.unchanged),
        "rejected": [{"source": r.source, "reason": r.reason} for r in report.rejected],
        "summary": report.summary(),
    }
