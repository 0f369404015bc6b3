"""Shared fixtures: where the shared corpus and real-world pages are.

``../shared`` lies beside the project root. When it is missing, tests that
need it skip, unless ``PLEDGEWATCH_REQUIRE_ALL`` is set (CI sets it): then a
skip for a missing resource or service is a failure instead.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

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
