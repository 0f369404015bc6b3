"""Crash safety: ``kill -9`` in the middle of an ingest, then the same ingest
again, gives the store one clean ingest gives: every article once, each
with all its mentions and commitments, and an intact database."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pledgewatch
from pledgewatch.pipeline import STORE_ARTICLES
from tests.reliability import picture, start_script, write_jsonl

ARTICLES = 2 * STORE_ARTICLES + 32
"""Three store batches: the kill lands after the first is committed."""

KILL_DEADLINE_SECONDS = 120
"""How long the ingest may take to commit its first batch (about 3 s here)."""


def _stored(db: Path) -> int:
    """Articles committed so far, read as another process would (0 before
    the schema exists)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _kill_after_first_batch(process: subprocess.Popen[str], db: Path) -> int:
    deadline = time.monotonic() + KILL_DEADLINE_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"ingest ended before the kill: {process.communicate()}")
        if _stored(db) >= STORE_ARTICLES:
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=30)
            return _stored(db)
        time.sleep(0.02)
    process.kill()
    raise AssertionError("no batch was committed in time")


def test_store_sigkill_mid_ingest_then_same_ingest_equals_one_clean_ingest(
    tmp_path: Path,
) -> None:
    source = write_jsonl(tmp_path / "wire.jsonl", 0, ARTICLES)
    db = tmp_path / "crashed.db"
    url = f"sqlite:///{db}"
    process = start_script(["ingest", source, "--db", url], tmp_path)
    kept = _kill_after_first_batch(process, db)
    assert process.returncode == -signal.SIGKILL
    assert STORE_ARTICLES <= kept < ARTICLES
    assert kept % STORE_ARTICLES == 0, "a batch was stored in part"

    again = start_script(["ingest", source, "--db", url], tmp_path)
    _out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert "Traceback" not in err
    added = ARTICLES - kept
    assert f"{ARTICLES} articles read: {added} added, 0 updated, {kept} unchanged" in err

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
    assert len(ids) == len(set(ids)) == ARTICLES

    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    report = pledgewatch.ingest([source], clean_url)
    assert len(report.added) == ARTICLES
    resumed, clean = picture(url), picture(clean_url)
    # Each generated article states one commitment: none is stored without it.
    assert len(clean["commitments"]) == len(clean["mentions"]) == ARTICLES
    for part in ("articles", "mentions", "commitments", "tracker", "contradictions", "stories"):
        assert resumed[part] == clean[part], part
