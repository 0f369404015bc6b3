"""Scoring against gold annotations, exactly as ``ANNOTATION.md`` defines it.

Per article, a predicted commitment matches a gold one when actor, category
and status are equal; each prediction matches at most one gold item and the
other way round; duplicate predictions count once. A prediction matching a
required gold item is a true positive, a required item left unmatched a false
negative, a prediction matching only an optional item is ignored, any other
prediction a false positive. Counts are summed over articles (micro average).
The lenient score also accepts ``conditional`` for ``considering`` and back.
Actors are scored the same way on the ``actors`` lists (``actors_optional``
ignored), contradictions on their (actor, category) pairs
(``contradictions_disputed`` ignored).

When a measure has nothing to find and nothing was predicted, its precision
and recall are 1.0: nothing was missed and nothing was wrong.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pledgewatch.errors import GoldFormatError
from pledgewatch.records import Category, Extraction, Status

Key = tuple[str, str, str]
"""(actor, category, status) of a commitment."""

LENIENT_EQUIVALENT = {
    Status.CONDITIONAL.value: "conditional|considering",
    Status.CONSIDERING.value: "conditional|considering",
}


@dataclass(frozen=True, slots=True)
class GoldItem:
    actor: str
    category: str
    status: str
    evidence: str = ""
    magnitude: str | None = None
    conditions: tuple[str, ...] = ()
    optional: bool = False

    @property
    def key(self) -> Key:
        return (self.actor, self.category, self.status)


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One article's annotations (or an extractor's predictions in that shape)."""

    doc: str
    actors: frozenset[str] = frozenset()
    actors_optional: frozenset[str] = frozenset()
    commitments: tuple[GoldItem, ...] = ()
    contradictions: frozenset[tuple[str, str]] = frozenset()
    contradictions_disputed: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True, slots=True)
class DocScore:
    doc: str
    commitments: Counts
    lenient: Counts
    actors: Counts
    contradictions: Counts
    false_positives: tuple[Key, ...] = ()
    false_negatives: tuple[Key, ...] = ()


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Micro-averaged scores over all articles, and each article's own."""

    commitments: Counts
    lenient: Counts
    actors: Counts
    contradictions: Counts
    per_doc: tuple[DocScore, ...] = field(default=())

    @property
    def docs(self) -> int:
        return len(self.per_doc)

    def as_dict(self) -> dict[str, Any]:
        commitments = self.commitments.as_dict() | {"lenient_f1": round(self.lenient.f1, 4)}
        return {
            "commitments": commitments,
            "actors": self.actors.as_dict(),
            "contradictions": self.contradictions.as_dict(),
            "docs": self.docs,
        }


# -- matching ---------------------------------------------------------------


def _lenient(key: Key) -> Key:
    actor, category, status = key
    return (actor, category, LENIENT_EQUIVALENT.get(status, status))


def _take(pool: Counter[Key], key: Key) -> bool:
    if pool[key] > 0:
        pool[key] -= 1
        return True
    return False


def match_commitments(
    predicted: Iterable[Key], gold: Iterable[GoldItem], *, lenient: bool = False
) -> tuple[Counts, list[Key], list[Key]]:
    """Score one article's predictions; return counts, false positives, misses.

    Exact matches against required items are taken first, then (lenient only)
    conditional/considering matches, then matches against optional items,
    which are ignored. This greedy order finds a maximum matching because the
    lenient relation only joins keys within one (actor, category) class.
    """
    preds = sorted(set(predicted))
    gold_items = list(gold)
    norm = _lenient if lenient else (lambda key: key)
    required = Counter(norm(item.key) for item in gold_items if not item.optional)
    required_exact = Counter(item.key for item in gold_items if not item.optional)
    optional = Counter(norm(item.key) for item in gold_items if item.optional)
    tp, false_pos, unmatched = 0, [], []
    for key in preds:  # exact matches first so lenient never steals them
        if _take(required_exact, key):
            required[norm(key)] -= 1
            tp += 1
        else:
            unmatched.append(key)
    for key in unmatched:
        if _take(required, norm(key)):
            tp += 1
        elif not _take(optional, norm(key)):
            false_pos.append(key)
    misses = [key for key, n in required.items() for _ in range(n)]
    return Counts(tp, len(false_pos), len(misses)), false_pos, misses


def match_sets(predicted: Iterable[Any], required: Iterable[Any], ignored: Iterable[Any]) -> Counts:
    """Score a set of predictions against required items, ignoring some."""
    pred, req, ign = set(predicted), set(required), set(ignored)
    tp = len(pred & req)
    fp = len(pred - req - ign)
    return Counts(tp, fp, len(req - pred))


def score_doc(predicted: GoldDoc, gold: GoldDoc) -> DocScore:
    keys = [item.key for item in predicted.commitments]
    strict, false_pos, misses = match_commitments(keys, gold.commitments)
    lenient, _, _ = match_commitments(keys, gold.commitments, lenient=True)
    actors = match_sets(predicted.actors, gold.actors, gold.actors_optional - gold.actors)
    contradictions = match_sets(
        predicted.contradictions,
        gold.contradictions,
        gold.contradictions_disputed - gold.contradictions,
    )
    return DocScore(
        gold.doc, strict, lenient, actors, contradictions, tuple(false_pos), tuple(misses)
    )


def score(predictions: Mapping[str, GoldDoc], gold: Mapping[str, GoldDoc]) -> EvalReport:
    """Micro-averaged scores of predictions against gold, article by article.

    An article with gold but no prediction counts as predicting nothing.
    """
    per_doc = tuple(
        score_doc(predictions.get(doc, GoldDoc(doc)), gold[doc]) for doc in sorted(gold)
    )
    total = Counts()
    return EvalReport(
        commitments=sum((d.commitments for d in per_doc), total),
        lenient=sum((d.lenient for d in per_doc), total),
        actors=sum((d.actors for d in per_doc), total),
        contradictions=sum((d.contradictions for d in per_doc), total),
        per_doc=per_doc,
    )


# -- gold files -------------------------------------------------------------

_CATEGORIES = {c.value for c in Category}
_STATUSES = {s.value for s in Status}


def _pairs(entries: Any, where: str) -> frozenset[tuple[str, str]]:
    if not isinstance(entries, list):
        raise GoldFormatError(f"{where}: expected a list")
    try:
        return frozenset((str(e["actor"]), str(e["category"])) for e in entries)
    except (KeyError, TypeError) as error:
        raise GoldFormatError(f"{where}: each entry needs actor and category") from error


def _item(entry: Any, where: str) -> GoldItem:
    if not isinstance(entry, dict):
        raise GoldFormatError(f"{where}: a commitment must be an object")
    try:
        actor, category, status = str(entry["actor"]), entry["category"], entry["status"]
    except KeyError as error:
        raise GoldFormatError(f"{where}: commitment lacks {error.args[0]!r}") from error
    if not isinstance(category, str) or category not in _CATEGORIES:
        raise GoldFormatError(f"{where}: unknown category {category!r}")
    if not isinstance(status, str) or status not in _STATUSES:
        raise GoldFormatError(f"{where}: unknown status {status!r}")
    return GoldItem(
        actor=actor,
        category=category,
        status=status,
        evidence=str(entry.get("evidence") or ""),
        magnitude=entry.get("magnitude") or None,
        conditions=tuple(str(c) for c in entry.get("conditions") or ()),
        optional=bool(entry.get("optional", False)),
    )


def parse_gold(data: Any, where: str) -> GoldDoc:
    """Validate one gold object (as loaded from JSON) into a GoldDoc."""
    if not isinstance(data, dict) or "doc" not in data:
        raise GoldFormatError(f"{where}: a gold file is an object with a 'doc' field")
    items = data.get("commitments") or []
    if not isinstance(items, list):
        raise GoldFormatError(f"{where}: 'commitments' must be a list")
    return GoldDoc(
        doc=str(data["doc"]),
        actors=frozenset(str(a) for a in data.get("actors") or ()),
        actors_optional=frozenset(str(a) for a in data.get("actors_optional") or ()),
        commitments=tuple(_item(e, f"{where} commitment {i}") for i, e in enumerate(items)),
        contradictions=_pairs(data.get("contradictions") or [], f"{where} contradictions"),
        contradictions_disputed=_pairs(
            data.get("contradictions_disputed") or [], f"{where} contradictions_disputed"
        ),
    )


def load_gold(folder: Path) -> dict[str, GoldDoc]:
    """Every ``*.json`` gold file in a folder, by article id (the file stem)."""
    if not folder.is_dir():
        raise GoldFormatError(f"no such gold folder: {folder}")
    gold: dict[str, GoldDoc] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise GoldFormatError(f"{path}: not readable JSON ({error})") from error
        doc = parse_gold(data, str(path))
        gold[path.stem] = doc
    if not gold:
        raise GoldFormatError(f"no gold files (*.json) in {folder}")
    return gold


# -- predictions in the gold shape -----------------------------------------


def as_gold(extraction: Extraction) -> GoldDoc:
    """An extraction in the gold format's terms, ready to be scored."""
    return GoldDoc(
        doc=extraction.article,
        actors=frozenset(extraction.actor_ids),
        commitments=tuple(
            GoldItem(
                c.actor,
                c.category.value,
                c.status.value,
                c.evidence.text,
                c.magnitude,
                c.conditions,
            )
            for c in extraction.commitments
        ),
        contradictions=frozenset((c.actor, c.category.value) for c in extraction.contradictions),
    )


def gold_json(extraction: Extraction) -> dict[str, Any]:
    """An extraction as a gold-format JSON object (``eval --predictions``)."""
    return {
        "doc": extraction.article,
        "actors": list(extraction.actor_ids),
        "actors_optional": [],
        "commitments": [
            {
                "actor": c.actor,
                "category": c.category.value,
                "status": c.status.value,
                "evidence": c.evidence.text,
                "magnitude": c.magnitude,
                "conditions": list(c.conditions),
                "optional": False,
                "why": list(c.why),
            }
            for c in extraction.commitments
        ],
        "contradictions": [
            {
                "actor": c.actor,
                "category": c.category.value,
                "statuses": [s.value for s in c.statuses],
            }
            for c in extraction.contradictions
        ],
        "contradictions_disputed": [],
    }
