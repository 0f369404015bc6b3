"""The package's modules bind each top-level name once.

A module-level constant assigned twice, or assigned over an imported name,
makes every earlier use read the later value: a rule that means one word
list silently runs with another.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import pledgewatch

PACKAGE = Path(pledgewatch.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound(node: ast.stmt) -> list[str]:
    """The names a top-level statement binds."""
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id] if node.value is not None else []
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    if isinstance(node, ast.Import | ast.ImportFrom):
        return [(a.asname or a.name).split(".")[0] for a in node.names]
    return []


def _rebound(source: str) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        for name in _bound(node):
            if name in seen and name != "annotations":
                twice.append(name)
            seen.add(name)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    assert _rebound(path.read_text(encoding="utf-8")) == []


def test_a_constant_assigned_over_an_import_is_found() -> None:
    source = "from x import WORDS\nA = 1\nWORDS = frozenset()\nA = 2\n"
    assert _rebound(source) == ["WORDS", "A"]
