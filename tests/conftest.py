"""Shared fixtures: where the shared corpus and real-world pages are, and a
PostgreSQL database per test.

``../shared`` lies beside the project root. When it is missing, tests that
need it skip, unless ``PLEDGEWATCH_REQUIRE_ALL`` is set (CI sets it): then a
skip for a missing resource or service is a failure instead. The same holds
for PostgreSQL: ``PLEDGEWATCH_TEST_PG`` is the URL of a server the tests may
create databases on (``export PLEDGEWATCH_TEST_PG=$(scripts/test-postgres)``).
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import SQLAlchemyError

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PLEDGEWATCH_SHARED", ROOT.parent / "shared"))


def require(condition: bool, what: str) -> None:
    """Skip when ``what`` is missing, or fail when CI demands everything."""
    if condition:
        return
    if os.environ.get("PLEDGEWATCH_REQUIRE_ALL"):
        pytest.fail(f"required resource missing: {what}")
    pytest.skip(f"missing: {what}")


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    path = SHARED / "corpus"
    require((path / "docs").is_dir() and (path / "gold").is_dir(), str(path))
    return path


@pytest.fixture(scope="session")
def realworld_html() -> Path:
    path = SHARED / "realworld" / "html"
    require(path.is_dir(), str(path))
    return path


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    return ROOT / "corpus" / "sample"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Engine]:
    """The PostgreSQL server of ``PLEDGEWATCH_TEST_PG``, for creating databases."""
    url = os.environ.get("PLEDGEWATCH_TEST_PG", "")
    what = "PostgreSQL server (export PLEDGEWATCH_TEST_PG=$(scripts/test-postgres))"
    require(bool(url), what)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        engine.dispose()
        require(False, f"{what}: {str(getattr(error, 'orig', error)).splitlines()[0]}")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(pg_server: Engine) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    name = f"pledgewatch_test_{uuid.uuid4().hex[:16]}"
    with pg_server.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(pg_server.url).set(database=name).render_as_string(hide_password=False)
    with pg_server.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
