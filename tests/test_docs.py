"""Docs that are checked: the README documents every CLI command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pledgewatch.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"


def command_names() -> list[str]:
    names = []
    for info in app.registered_commands:
        name = info.name or (info.callback.__name__ if info.callback else "")
        names.append(name.rstrip("_").replace("_", "-"))
    return sorted(names)


def test_docs_commands_are_found() -> None:
    assert {"run", "ingest", "tracker", "eval"} <= set(command_names())


@pytest.mark.parametrize("name", command_names())
def test_docs_readme_documents_command(name: str) -> None:
    assert f"pledgewatch {name}" in README.read_text(encoding="utf-8")


RELIABILITY = README.parent / "docs" / "reliability.md"


def _reliability_tests() -> list[str]:
    return sorted(set(re.findall(r"tests/\w+\.py::\w+", RELIABILITY.read_text(encoding="utf-8"))))


def test_docs_reliability_table_names_tests_that_exist() -> None:
    """Each fault in docs/reliability.md names a test; each must exist."""
    named = _reliability_tests()
    assert len(named) >= 20
    root = README.parent
    for reference in named:
        path, name = reference.split("::")
        source = (root / path).read_text(encoding="utf-8")
        assert re.search(rf"^def {name}\(", source, re.M), reference


def test_docs_readme_links_the_reliability_table() -> None:
    assert "docs/reliability.md" in README.read_text(encoding="utf-8")
