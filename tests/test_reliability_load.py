"""A short load test on a real server: ``pledgewatch serve`` (uvicorn) on a
free loopback port, concurrent readers of the API and the dashboard while
articles are ingested through ``POST /api/ingest``. Bounded in requests and
time; the test asserts that nothing failed, and prints the latencies."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx2
import pytest

from pledgewatch import pipeline
from tests.conftest import free_port
from tests.reliability import article_record

SCRIPT = Path(sys.executable).parent / "pledgewatch"
TOKEN = "load-test-token-0123456789"

READERS = 4
"""Concurrent reading clients: twice the cores of the machines we run on."""

MAX_READS = 600
"""Reads at most, all readers together: the test is bounded in count..."""

MAX_SECONDS = 90.0
"""...and in time: readers stop at this, finished or not."""

INGEST_BATCHES = 6
BATCH_ARTICLES = 40
"""Articles written over HTTP while the readers run: 240 in 6 requests."""

PATHS = (
    "/api/tracker",
    "/api/commitments?limit=50",
    "/api/articles?limit=50",
    "/api/search?q=minesweepers",
    "/api/contradictions",
    "/",
    "/articles",
    "/actors/NOR",
)


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if error:
                self.errors.append(error)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, sample_corpus: Path) -> Iterator[str]:
    """The sample corpus served by a real ``pledgewatch serve`` on loopback."""
    folder = tmp_path_factory.mktemp("load")
    url = f"sqlite:///{folder / 'load.db'}"
    pipeline.ingest([sample_corpus / "docs"], url)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLEDGEWATCH_")}
    # The access log goes to a file: a pipe nobody reads fills up after a few
    # hundred requests and then blocks the server.
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(
        [str(SCRIPT), "serve", "--host", "127.0.0.1", "--port", str(port), "--db", url],
        env=env | {"PLEDGEWATCH_TOKEN": TOKEN},
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx2.get(f"{base}/api/tracker", timeout=5).status_code == 200:
                    break
            except httpx2.TransportError:
                pass
            assert process.poll() is None, (folder / "server.log").read_text()
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
        output = (folder / "server.log").read_text(encoding="utf-8", errors="replace")
        assert "Traceback" not in output, output[-5000:]


def _reader(base: str, tally: Tally, stop: threading.Event, budget: threading.Semaphore) -> None:
    with httpx2.Client(base_url=base, timeout=60) as client:
        i = 0
        while not stop.is_set() and budget.acquire(blocking=False):
            path = PATHS[i % len(PATHS)]
            i += 1
            start = time.perf_counter()
            try:
                response = client.get(path)
                error = None if response.status_code == 200 else f"{path}: {response.status_code}"
            except httpx2.HTTPError as failure:
                error = f"{path}: {failure!r}"
            tally.add(time.perf_counter() - start, error)


def _writer(base: str, errors: list[str], added: list[str]) -> None:
    with httpx2.Client(base_url=base, timeout=120) as client:
        for batch in range(INGEST_BATCHES):
            first = batch * BATCH_ARTICLES
            records = [article_record(i, "load") for i in range(first, first + BATCH_ARTICLES)]
            response = client.post(
                "/api/ingest", json=records, headers={"Authorization": f"Bearer {TOKEN}"}
            )
            if response.status_code != 200:
                errors.append(f"ingest {batch}: {response.status_code} {response.text[:200]}")
                continue
            added += response.json()["added"]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def test_server_readers_during_an_ingest_see_no_errors(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tally, stop = Tally(), threading.Event()
    budget = threading.Semaphore(MAX_READS)
    write_errors: list[str] = []
    added: list[str] = []
    readers = [
        threading.Thread(target=_reader, args=(server, tally, stop, budget)) for _ in range(READERS)
    ]
    writer = threading.Thread(target=_writer, args=(server, write_errors, added))
    started = time.perf_counter()
    for thread in [*readers, writer]:
        thread.start()
    writer.join(MAX_SECONDS)
    timer = threading.Timer(max(0.0, MAX_SECONDS - (time.perf_counter() - started)), stop.set)
    timer.start()
    for thread in readers:
        thread.join(MAX_SECONDS + 60)
    timer.cancel()
    elapsed = time.perf_counter() - started
    assert not writer.is_alive(), "the ingest did not finish in time"
    assert write_errors == []
    assert len(added) == INGEST_BATCHES * BATCH_ARTICLES
    assert tally.errors == []
    assert len(tally.latencies) >= READERS * len(PATHS)
    ms = [1000 * s for s in tally.latencies]
    with capsys.disabled():
        print(
            f"\nload: {len(ms)} reads by {READERS} clients during an ingest of {len(added)} "
            f"articles over HTTP, {elapsed:.1f} s: 0 errors, p50 {statistics.median(ms):.0f} ms, "
            f"p99 {_percentile(ms, 0.99):.0f} ms, max {max(ms):.0f} ms"
        )
    with httpx2.Client(base_url=server, timeout=30) as client:
        stored = {a["id"] for a in client.get("/api/articles?limit=1000").json()}
    assert set(added) <= stored


def test_server_oversized_requests_leave_it_answering(server: str) -> None:
    """A body past the limit, a huge header and a huge URL: none harms the
    server, which still answers."""
    auth = {"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    with httpx2.Client(base_url=server, timeout=30) as client:
        big = client.post("/api/ingest", content=b"x" * (9 * 1024 * 1024), headers=auth)
        assert big.status_code == 413
    with httpx2.Client(base_url=server, timeout=30) as client:
        long_url = client.get("/api/search", params={"q": "z" * 60_000})
        assert long_url.status_code == 422
    with httpx2.Client(base_url=server, timeout=10) as client:
        try:  # uvicorn's parser drops a request with headers this large
            header = client.get("/api/tracker", headers={"X-Filler": "y" * 200_000})
            assert header.status_code < 500
        except httpx2.TransportError:
            pass
    with httpx2.Client(base_url=server, timeout=30) as client:
        assert client.get("/api/tracker").status_code == 200
