"""Extraction on a real Dask cluster gives the same store as in one process.

A local cluster of two worker processes (``--workers 2``) and an existing
scheduler (``--dask ADDRESS``, a LocalCluster the test starts) are both
compared with a single-process ingest of the shared corpus and the sample
corpus: tracker, commitments, contradictions and stories must be equal.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dask.distributed import LocalCluster

import pledgewatch
from pledgewatch import serialize
from pledgewatch.errors import UsageError
from pledgewatch.store import Store

SCRIPT = Path(sys.executable).parent / "pledgewatch"


def _state(url: str) -> dict[str, Any]:
    with Store(url) as db:
        return {
            "tracker": [serialize.tracker_row(r) for r in pledgewatch.tracker(db)],
            "commitments": [serialize.commitment(c) for c in pledgewatch.commitments(db)],
            "contradictions": [str(c) for c in pledgewatch.contradictions(db)],
            "stories": [str(s) for s in pledgewatch.stories(db)],
            "order": db.ingest_order(),
        }


@pytest.fixture(scope="module")
def inputs(shared_corpus: Path, sample_corpus: Path) -> list[Path]:
    return [shared_corpus / "docs", sample_corpus / "docs"]


@pytest.fixture(scope="module")
def single(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    url = f"sqlite:///{tmp_path_factory.mktemp('single') / 'one.db'}"
    report = pledgewatch.ingest(inputs, url)
    assert report.added and not report.rejected
    return _state(url)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address="127.0.0.1:0",  # never port 8787: it may be taken
        silence_logs=logging.ERROR,
    )
    try:
        yield str(cluster.scheduler_address)
    finally:
        cluster.close()


def test_dask_local_cluster_gives_the_same_store(
    inputs: list[Path], single: dict[str, Any], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'dask.db'}"
    report = pledgewatch.ingest(inputs, url, workers=2)
    assert len(report.added) == len(single["order"])
    found = _state(url)
    assert found["tracker"], "the corpus must give tracker rows"
    assert found == single


def test_dask_existing_scheduler_gives_the_same_store_and_is_idempotent(
    inputs: list[Path], single: dict[str, Any], scheduler: str, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'remote.db'}"
    pledgewatch.ingest(inputs, url, dask=scheduler)
    assert _state(url) == single
    again = pledgewatch.ingest(inputs, url, dask=scheduler)
    assert not again.added and not again.updated
    assert len(again.unchanged) == len(single["order"])


def test_cli_ingest_with_workers(
    inputs: list[Path], single: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "cli.db"
    args = ["ingest", *map(str, inputs), "--db", str(db), "--workers", "2"]
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{len(single['order'])} added" in done.stderr
    shown = subprocess.run(
        [str(SCRIPT), "tracker", "--format", "json", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert json.loads(shown.stdout) == single["tracker"]


def test_cli_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[1] / "corpus" / "sample" / "docs"
    args = ["ingest", str(sample), "--db", str(tmp_path / "x.db"), "--dask", "tcp://127.0.0.1:9"]
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach Dask scheduler")
    assert "Traceback" not in done.stderr


def test_workers_below_one_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        pledgewatch.ingest([tmp_path], f"sqlite:///{tmp_path / 'x.db'}", workers=0)
