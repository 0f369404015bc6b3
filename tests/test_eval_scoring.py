"""Scoring against gold, as ANNOTATION.md's "Scoring" section defines it.

The gold and predicted documents are built by hand, so each test shows one
rule of the scoring: what is a true positive, a false positive, a miss, and
what is ignored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgewatch.errors import GoldFormatError
from pledgewatch.eval import GoldDoc, GoldItem, load_gold, score, score_doc


def item(actor: str, category: str, status: str, *, optional: bool = False) -> GoldItem:
    return GoldItem(actor, category, status, optional=optional)


def doc(name: str, *items: GoldItem) -> GoldDoc:
    return GoldDoc(name, commitments=items)


FRA_TROOPS = item("FRA", "ground_forces", "committed")


@pytest.mark.parametrize(
    ("predicted", "tp", "fp", "fn"),
    [
        (FRA_TROOPS, 1, 0, 0),
        (item("GBR", "ground_forces", "committed"), 0, 1, 1),
        (item("FRA", "air_forces", "committed"), 0, 1, 1),
        (item("FRA", "ground_forces", "considering"), 0, 1, 1),
    ],
    ids=["exact", "other-actor", "other-category", "other-status"],
)
def test_eval_scoring_exact_match_on_actor_category_status(
    predicted: GoldItem, tp: int, fp: int, fn: int
) -> None:
    result = score_doc(doc("d", predicted), doc("d", FRA_TROOPS))
    assert (result.commitments.tp, result.commitments.fp, result.commitments.fn) == (tp, fp, fn)


def test_eval_scoring_evidence_magnitude_conditions_do_not_matter() -> None:
    gold = GoldItem("FRA", "ground_forces", "committed", "France will send troops.", "1,000")
    predicted = GoldItem("FRA", "ground_forces", "committed", "other words", None, ("x",))
    result = score_doc(doc("d", predicted), doc("d", gold))
    assert (result.commitments.tp, result.commitments.fp, result.commitments.fn) == (1, 0, 0)


def test_eval_scoring_prediction_matching_only_optional_item_is_ignored() -> None:
    gold = doc("d", FRA_TROOPS, item("DEU", "financing", "committed", optional=True))
    predicted = doc("d", FRA_TROOPS, item("DEU", "financing", "committed"))
    result = score_doc(predicted, gold)
    assert (result.commitments.tp, result.commitments.fp, result.commitments.fn) == (1, 0, 0)


def test_eval_scoring_optional_item_left_unmatched_is_no_miss() -> None:
    gold = doc("d", FRA_TROOPS, item("DEU", "financing", "committed", optional=True))
    result = score_doc(doc("d", FRA_TROOPS), gold)
    assert result.commitments.fn == 0
    assert result.commitments.f1 == 1.0


def test_eval_scoring_duplicate_predictions_count_once() -> None:
    stray = item("ITA", "naval_forces", "declined")
    predicted = doc("d", FRA_TROOPS, FRA_TROOPS, FRA_TROOPS, stray, stray)
    result = score_doc(predicted, doc("d", FRA_TROOPS))
    assert (result.commitments.tp, result.commitments.fp, result.commitments.fn) == (1, 1, 0)


def test_eval_scoring_each_gold_item_matched_at_most_once() -> None:
    gold = doc("d", FRA_TROOPS, FRA_TROOPS)
    result = score_doc(doc("d", FRA_TROOPS), gold)
    assert (result.commitments.tp, result.commitments.fp, result.commitments.fn) == (1, 0, 1)


@pytest.mark.parametrize(
    ("gold_status", "predicted_status", "lenient_tp"),
    [
        ("conditional", "considering", 1),
        ("considering", "conditional", 1),
        ("committed", "conditional", 0),
        ("conditional", "committed", 0),
        ("considering", "declined", 0),
        ("declined", "opposed", 0),
    ],
)
def test_eval_scoring_lenient_joins_only_conditional_and_considering(
    gold_status: str, predicted_status: str, lenient_tp: int
) -> None:
    gold = doc("d", item("USA", "air_forces", gold_status))
    predicted = doc("d", item("USA", "air_forces", predicted_status))
    result = score_doc(predicted, gold)
    assert result.commitments.tp == 0
    assert result.lenient.tp == lenient_tp
    assert result.lenient.fp == result.lenient.fn == 1 - lenient_tp


def test_eval_scoring_lenient_never_lets_one_prediction_match_twice() -> None:
    gold = doc("d", item("USA", "isr", "considering"))
    predicted = doc("d", item("USA", "isr", "conditional"), item("USA", "isr", "considering"))
    result = score_doc(predicted, gold)
    assert (result.lenient.tp, result.lenient.fp, result.lenient.fn) == (1, 1, 0)


def test_eval_scoring_micro_averages_over_documents() -> None:
    gold = {
        "a": doc("a", FRA_TROOPS, item("GBR", "ground_forces", "committed")),
        "b": doc("b", item("DEU", "air_defense", "committed")),
    }
    predictions = {
        "a": doc("a", FRA_TROOPS, item("GBR", "ground_forces", "committed")),
        "b": doc("b", item("DEU", "financing", "committed")),
    }
    report = score(predictions, gold)
    assert (report.commitments.tp, report.commitments.fp, report.commitments.fn) == (2, 1, 1)
    assert report.commitments.precision == pytest.approx(2 / 3)
    assert report.commitments.recall == pytest.approx(2 / 3)
    assert report.commitments.f1 == pytest.approx(2 / 3)  # not the mean of 1.0 and 0.0
    assert report.docs == 2


def test_eval_scoring_actors_ignore_actors_optional() -> None:
    gold = GoldDoc(
        "d", actors=frozenset({"FRA", "GBR"}), actors_optional=frozenset({"org:cdu", "EST"})
    )
    predicted = GoldDoc("d", actors=frozenset({"FRA", "org:cdu", "EST", "ITA"}))
    result = score_doc(predicted, gold)
    assert (result.actors.tp, result.actors.fp, result.actors.fn) == (1, 1, 1)


def test_eval_scoring_contradictions_ignore_disputed_pairs() -> None:
    gold = GoldDoc(
        "d",
        contradictions=frozenset({("LTU", "ground_forces")}),
        contradictions_disputed=frozenset({("USA", "security_guarantee")}),
    )
    predicted = GoldDoc(
        "d",
        contradictions=frozenset(
            {("LTU", "ground_forces"), ("USA", "security_guarantee"), ("FRA", "isr")}
        ),
    )
    result = score_doc(predicted, gold)
    assert (result.contradictions.tp, result.contradictions.fp) == (1, 1)
    assert result.contradictions.fn == 0


def test_eval_scoring_document_without_prediction_counts_all_as_missed() -> None:
    gold = {
        "a": GoldDoc(
            "a",
            actors=frozenset({"FRA", "DEU"}),
            commitments=(FRA_TROOPS, item("DEU", "financing", "committed")),
        )
    }
    report = score({}, gold)
    assert (report.commitments.tp, report.commitments.fp, report.commitments.fn) == (0, 0, 2)
    assert (report.actors.tp, report.actors.fn) == (0, 2)
    assert report.commitments.recall == 0.0
    assert report.commitments.f1 == 0.0
    assert report.docs == 1


def test_eval_scoring_empty_against_empty_is_perfect() -> None:
    report = score({"a": GoldDoc("a")}, {"a": GoldDoc("a")})
    for counts in (report.commitments, report.lenient, report.actors, report.contradictions):
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)


def test_eval_scoring_report_has_the_json_fields_of_design() -> None:
    data = score({"a": doc("a", FRA_TROOPS)}, {"a": doc("a", FRA_TROOPS)}).as_dict()
    assert set(data["commitments"]) >= {"precision", "recall", "f1", "lenient_f1", "tp", "fp", "fn"}
    assert set(data["actors"]) >= {"precision", "recall", "f1"}
    assert set(data["contradictions"]) >= {"precision", "recall", "f1"}
    assert data["docs"] == 1
    json.dumps(data)


GOOD_COMMITMENT = {"actor": "FRA", "category": "ground_forces", "status": "committed"}


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"doc": "x", "commitments": [GOOD_COMMITMENT | {"category": "tanks"}]}),
        json.dumps({"doc": "x", "commitments": [GOOD_COMMITMENT | {"status": "maybe"}]}),
        json.dumps({"doc": "x", "commitments": [{"actor": "FRA", "category": "isr"}]}),
        json.dumps({"doc": "x", "commitments": {"actor": "FRA"}}),
        json.dumps({"doc": "x", "contradictions": [{"actor": "FRA"}]}),
        json.dumps({"actors": ["FRA"], "commitments": [GOOD_COMMITMENT]}),
        json.dumps(["not", "an", "object"]),
    ],
    ids=[
        "bad-json",
        "unknown-category",
        "unknown-status",
        "missing-status",
        "commitments-not-list",
        "contradiction-without-category",
        "missing-doc",
        "not-an-object",
    ],
)
def test_eval_scoring_load_gold_rejects_invalid_files(tmp_path: Path, content: str) -> None:
    (tmp_path / "x.json").write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError) as caught:
        load_gold(tmp_path)
    assert "x.json" in str(caught.value)


def test_eval_scoring_load_gold_rejects_list_as_category(tmp_path: Path) -> None:
    """Regression: an unhashable category used to raise TypeError, not GoldFormatError."""
    bad = GOOD_COMMITMENT | {"category": ["ground_forces"]}
    (tmp_path / "x.json").write_text(json.dumps({"doc": "x", "commitments": [bad]}))
    with pytest.raises(GoldFormatError):
        load_gold(tmp_path)


@pytest.mark.parametrize("folder", ["missing", "empty"])
def test_eval_scoring_load_gold_needs_a_folder_of_json(tmp_path: Path, folder: str) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(GoldFormatError):
        load_gold(tmp_path / folder)


def test_eval_scoring_load_gold_reads_shared_corpus(shared_corpus: Path) -> None:
    gold = load_gold(shared_corpus / "gold")
    stems = {p.stem for p in (shared_corpus / "docs").iterdir()}
    assert set(gold) == stems
    assert all(g.doc == name for name, g in gold.items())
    assert all(g.commitments and g.actors for g in gold.values())
    assert any(item.optional for g in gold.values() for item in g.commitments)


def test_eval_scoring_shared_gold_against_itself_is_perfect(shared_corpus: Path) -> None:
    gold = load_gold(shared_corpus / "gold")
    predictions = {
        name: GoldDoc(
            name,
            actors=g.actors,
            commitments=tuple(GoldItem(*i.key) for i in g.commitments),
            contradictions=g.contradictions,
        )
        for name, g in gold.items()
    }
    report = score(predictions, gold)
    assert report.commitments.f1 == 1.0
    assert report.lenient.f1 == 1.0
    assert report.actors.f1 == 1.0
    assert report.contradictions.f1 == 1.0
    assert report.commitments.tp == sum(
        1 for g in gold.values() for i in g.commitments if not i.optional
    )
