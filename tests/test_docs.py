"""Docs that are checked: the README documents every CLI command."""

from __future__ import annotations

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
