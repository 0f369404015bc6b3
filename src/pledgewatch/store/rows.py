"""Database rows <-> records: the conversions the repository and the
reconciliation state share."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.engine import Row

from pledgewatch.records import (
    Article,
    Category,
    Commitment,
    Contradiction,
    ContradictionSide,
    Evidence,
    Flag,
    HistoryEntry,
    Mention,
    RowTotals,
    Status,
    StatusChange,
    TrackerRow,
)


def article_row(article: Article, version: str) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published": article.published,
        "language": article.language,
        "source": article.source,
        "text": article.text,
        "content_hash": article.content_hash,
        "extractor_version": version,
        "ingested_at": datetime.now(UTC),
    }


def article(row: Row[Any]) -> Article:
    return Article(
        id=row.id,
        text=row.text,
        title=row.title,
        url=row.url,
        outlet=row.outlet,
        published=row.published,
        language=row.language,
        source=row.source,
    )


def mention_row(mention: Mention) -> dict[str, Any]:
    return {
        "article_id": mention.article,
        "actor": mention.actor,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "rule": mention.rule,
    }


def mention(row: Row[Any]) -> Mention:
    return Mention(row.actor, row.article_id, row.start, row.end, row.text, row.rule)


def commitment_row(c: Commitment) -> dict[str, Any]:
    return {
        "article_id": c.article,
        "actor": c.actor,
        "category": c.category.value,
        "status": c.status.value,
        "magnitude": c.magnitude,
        "conditions": list(c.conditions),
        "beneficiary": c.beneficiary,
        "confidence": c.confidence,
        "why": list(c.why),
        "evidence_start": c.evidence.start,
        "evidence_end": c.evidence.end,
        "evidence_text": c.evidence.text,
        "speaker": c.evidence.speaker,
    }


def commitment(row: Row[Any]) -> Commitment:
    evidence = Evidence(
        row.article_id, row.evidence_start, row.evidence_end, row.evidence_text, row.speaker
    )
    return Commitment(
        article=row.article_id,
        actor=row.actor,
        category=Category(row.category),
        status=Status(row.status),
        evidence=evidence,
        magnitude=row.magnitude,
        conditions=tuple(row.conditions),
        beneficiary=row.beneficiary,
        confidence=row.confidence,
        why=tuple(row.why),
    )


# -- reconciliation state: records <-> JSON columns ---------------------------


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


_VALUES = {status: status.value for status in Status}


def tracker_json(row: TrackerRow) -> dict[str, Any]:
    """A tracker row as stored (its flags are attached when read)."""
    days: dict[date | None, str | None] = {}  # a row's thousands of reports share fewer days

    def day(value: date | None) -> str | None:
        found = days.get(value, "")
        if found == "":
            found = days[value] = _day(value)
        return found

    history = [[_VALUES[h.status], day(h.date), h.article] for h in row.history]
    return {
        "since": _day(row.since),
        "sources": list(row.sources),
        "independent_sources": row.independent_sources,
        "contradicted": row.contradicted,
        "history": history,
        "magnitude": row.magnitude,
        "conditions": list(row.conditions),
        "dated": row.dated,
        "order": row.order,
        "undated": list(row.undated),
        "changes": [[_VALUES[c.status], day(c.since), list(c.articles)] for c in row.changes],
    }


def tracker_row(
    actor: str, category: str, status: str, data: dict[str, Any], totals: RowTotals | None = None
) -> TrackerRow:
    """A row from its stored JSON (or a digest of it, with its ``totals``)."""
    return TrackerRow(
        actor=actor,
        category=Category(category),
        status=Status(status),
        since=_date(data["since"]),
        sources=tuple(data["sources"]),
        independent_sources=int(data["independent_sources"]),
        contradicted=bool(data["contradicted"]),
        history=tuple(HistoryEntry(Status(s), _date(d), a) for s, d, a in data["history"]),
        magnitude=data["magnitude"],
        conditions=tuple(data["conditions"]),
        dated=bool(data["dated"]),
        order=str(data["order"]),
        undated=tuple(data["undated"]),
        changes=tuple(StatusChange(Status(s), _date(d), tuple(a)) for s, d, a in data["changes"]),
        totals=totals,
    )


def contradiction_json(c: Contradiction) -> dict[str, Any]:
    return {
        "scope": c.scope,
        "period": [_day(c.period[0]), _day(c.period[1])],
        "sides": [
            {
                "status": s.status.value,
                "others": list(s.others),
                "evidence": [s.article, s.evidence.start, s.evidence.end, s.evidence.text],
                "speaker": s.evidence.speaker,
            }
            for s in c.sides
        ],
    }


def contradiction(actor: str, category: str, data: dict[str, Any]) -> Contradiction:
    sides = []
    for side in data["sides"]:
        article_id, start, end, text = side["evidence"]
        evidence = Evidence(article_id, start, end, text, side["speaker"])
        sides.append(
            ContradictionSide(Status(side["status"]), article_id, evidence, tuple(side["others"]))
        )
    first, last = data["period"]
    return Contradiction(
        actor, Category(category), data["scope"], tuple(sides), (_date(first), _date(last))
    )


def flag_row(f: Flag) -> dict[str, Any]:
    return {
        "article_id": f.article,
        "kind": f.kind,
        "actor": f.actor,
        "category": f.category.value if f.category else None,
        "detail": f.detail,
        "start": f.start,
        "end": f.end,
        "text": f.text,
    }


def flag(row: Row[Any]) -> Flag:
    category = Category(row.category) if row.category else None
    return Flag(
        row.kind, row.article_id, row.actor, row.detail, row.start, row.end, row.text, category
    )
