"""Where extraction runs: in this process, or on a Dask distributed cluster.

A runner takes batches of articles and gives back each batch with its
extractions, in the order the batches came in, so that the store saves
articles in input order and the tracker is the same whichever runner read
them. Only extraction is distributed; the store is written by the caller.

- :class:`InProcess`: extraction here, one batch after the other.
- :class:`OnDask`: a local cluster of N worker processes
  (``LocalCluster``, one thread each: extraction is pure Python and holds
  the GIL), or an existing scheduler by address. A bounded number of
  batches is out at once (enough to keep every worker busy while the
  caller stores), so memory does not grow with the input.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from pledgewatch.errors import UsageError
from pledgewatch.extract import extract
from pledgewatch.reconcile.stories import Fingerprint, compute_fingerprint, remember
from pledgewatch.records import Article, Extraction

Batch = list[Article]


@dataclass(frozen=True, slots=True)
class Failed:
    """Extraction of one article raised: the article is rejected with this
    reason and the rest of the ingest goes on."""

    reason: str


def _extract_one(article: Article) -> Extraction | Failed:
    try:
        return extract(article)
    except Exception as error:  # a bug on one article must not end the ingest
        detail = (str(error).splitlines() or [""])[0][:200]
        return Failed(f"extraction failed ({type(error).__name__}: {detail}); please report it")


def extract_batch(batch: Batch) -> list[Extraction | Failed]:
    """The extractions of a batch (or why an article's failed)."""
    return [_extract_one(article) for article in batch]


def prepare_batch(batch: Batch) -> tuple[list[Extraction | Failed], list[Fingerprint | None]]:
    """The task a Dask worker runs: the extractions of a batch, and each
    article's story fingerprint, which the store would otherwise compute
    while saving (in the one process that writes)."""
    done = extract_batch(batch)
    prints = [
        None if isinstance(x, Failed) else compute_fingerprint(a.id, a.text)
        for a, x in zip(batch, done, strict=True)
    ]
    for found in prints:
        if found is not None:
            found.keys  # noqa: B018 (derived here, and sent with the fingerprint)
    return done, prints


class Runner(Protocol):
    def map(
        self, batches: Iterable[Batch], ahead: int = 1
    ) -> Iterator[tuple[Batch, list[Extraction | Failed]]]:
        """Each batch with its extractions, in order; up to ``ahead`` more
        batches are taken from ``batches`` (and extracted) meanwhile."""
        ...

    def close(self) -> None: ...


class InProcess:
    """Extraction in this process."""

    def map(
        self, batches: Iterable[Batch], ahead: int = 1
    ) -> Iterator[tuple[Batch, list[Extraction | Failed]]]:
        del ahead  # one at a time here
        for batch in batches:
            yield batch, extract_batch(batch)

    def close(self) -> None:
        pass


IN_FLIGHT_PER_WORKER = 3
"""Batches out per worker: enough that no worker waits for the next while
the caller stores a result, few enough that memory stays bounded."""

CONNECT_TIMEOUT = "5s"
"""How long to wait for an existing scheduler (``--dask ADDRESS``)."""

WORKER_CONFIG = {"distributed.worker.profile.enabled": False}
"""Dask settings for the workers of a local cluster: Dask's statistical
profiler (a sample of each worker thread's stack every 10 ms, for its
dashboard) is off. On extraction, which is pure Python, it cost about 12%
of a worker's CPU (in-task CPU 12.7 against 11.2 ms per article of
``bench/throughput.py``). Workers of an existing scheduler keep their own
settings."""

DASHBOARD = "127.0.0.1:0"
"""Where a local cluster's scheduler serves HTTP: loopback, on a free port.
(Without an address it takes port 8787, and warns when that is in use.)"""


class OnDask:
    """Extraction on a Dask distributed cluster: local, or at ``address``."""

    def __init__(self, workers: int | None = None, address: str | None = None) -> None:
        import dask
        from dask.distributed import Client, LocalCluster

        self.cluster: Any = None
        try:
            if address is not None:
                self.client: Any = Client(address, timeout=CONNECT_TIMEOUT)
            else:
                with dask.config.set(WORKER_CONFIG):  # handed to the worker processes
                    self.cluster = LocalCluster(
                        n_workers=workers or 1,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=DASHBOARD,
                        silence_logs=logging.ERROR,
                    )
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as error:
            where = address or "a local cluster"
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise UsageError(f"cannot reach Dask scheduler at {where}: {reason}") from None
        found = len(self.client.scheduler_info().get("workers", {}))
        self.in_flight = max(1, found or workers or 1) * IN_FLIGHT_PER_WORKER

    def map(
        self, batches: Iterable[Batch], ahead: int = 1
    ) -> Iterator[tuple[Batch, list[Extraction | Failed]]]:
        window: deque[tuple[Batch, Any]] = deque()
        limit = max(ahead, self.in_flight)
        for batch in batches:
            window.append((batch, self.client.submit(prepare_batch, batch, pure=False)))
            if len(window) >= limit:
                yield _received(*window.popleft())
        while window:
            yield _received(*window.popleft())

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _received(batch: Batch, future: Any) -> tuple[Batch, list[Extraction | Failed]]:
    extractions, prints = future.result()
    for article, found in zip(batch, prints, strict=True):
        if found is not None:
            remember(found, article.content_hash)
    return batch, extractions


@contextmanager
def running(workers: int | None = None, address: str | None = None) -> Iterator[Runner]:
    """The runner for ``workers`` / ``address`` (neither: this process), closed on exit."""
    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    runner: Runner = OnDask(workers, address) if workers or address else InProcess()
    try:
        yield runner
    finally:
        runner.close()
