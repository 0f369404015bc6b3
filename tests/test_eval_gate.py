"""The quality gate: extraction scores must not fall below the pinned floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import require
from tests.eval_gate import CORPORA, MEASURES, corpus_hash, load_floors, measure


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_eval_gate_scores_stay_above_floors(name: str) -> None:
    folder: Path = CORPORA[name]
    require((folder / "docs").is_dir() and (folder / "gold").is_dir(), str(folder))
    floors = load_floors()[name]
    assert floors["corpus_sha256"] == corpus_hash(folder), (
        f"{name} corpus changed since the floors were measured: re-measure them "
        "with `python tests/eval_gate.py --raise` and review the change"
    )
    scores = measure(folder)
    for key in MEASURES:
        assert scores[key] >= float(floors[key]), f"{name} {key}: {scores[key]} < {floors[key]}"
