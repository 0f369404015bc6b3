"""The tracker page's layout: the actors × categories matrix and the map.

Pure functions of a :class:`~pledgewatch.queries.TrackerView`: which
columns to show, how to order the rows, and which status colours each
state on the map.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pledgewatch.queries import TrackerView
from pledgewatch.records import Actor, ActorKind, Category, Status, TrackerRow
from pledgewatch.web.worldmap import Country, WorldMap

STATUS_RANK = {status: rank for rank, status in enumerate(Status)}
"""Committed first, opposed last: the order a column is sorted by."""

SORTS = ("name", "committed", "sources")
"""Row orders besides a category's column: by name, by the number of
committed cells, by the number of independent sources over all cells."""

DEFAULT_MAP_CATEGORY = Category.GROUND_FORCES

REGIONS = ("europe", "world")


@dataclass(frozen=True, slots=True)
class MatrixRow:
    actor: Actor
    cells: tuple[TrackerRow | None, ...]

    @property
    def committed(self) -> int:
        return sum(1 for c in self.cells if c is not None and c.status is Status.COMMITTED)

    @property
    def sources(self) -> int:
        return sum(c.independent_sources for c in self.cells if c is not None)


@dataclass(frozen=True, slots=True)
class Matrix:
    categories: tuple[Category, ...]
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True, slots=True)
class MapArea:
    country: Country
    row: TrackerRow | None
    tracked: bool
    """Whether the state has any tracker row at all (then it is a link)."""


def _columns(view: TrackerView) -> tuple[Category, ...]:
    if view.filters.category is not None:
        return (view.filters.category,)
    present = {row.category for row in view.rows}
    return tuple(c for c in Category if c in present)


def _order(sort: str, categories: Sequence[Category]) -> Callable[[MatrixRow], tuple[object, ...]]:
    def name(row: MatrixRow) -> str:
        return row.actor.name.casefold()

    if sort == "committed":
        return lambda row: (-row.committed, -row.sources, name(row))
    if sort == "sources":
        return lambda row: (-row.sources, -row.committed, name(row))
    if sort in categories:
        index = list(categories).index(Category(sort))

        def by_column(row: MatrixRow) -> tuple[object, ...]:
            cell = row.cells[index]
            rank = STATUS_RANK[cell.status] if cell is not None else len(STATUS_RANK)
            sources = -cell.independent_sources if cell is not None else 0
            return (rank, sources, name(row))

        return by_column
    return lambda row: (name(row),)


def matrix(view: TrackerView, sort: str = "name") -> Matrix:
    """One row per actor, one column per category present (or filtered)."""
    columns = _columns(view)
    cells: dict[str, dict[Category, TrackerRow]] = {}
    for row in view.rows:
        cells.setdefault(row.actor, {})[row.category] = row
    rows = [
        MatrixRow(view.context.actor(actor), tuple(by.get(c) for c in columns))
        for actor, by in cells.items()
    ]
    rows.sort(key=_order(sort, columns))
    return Matrix(columns, tuple(rows))


def map_areas(view: TrackerView, world: WorldMap, category: Category) -> list[MapArea]:
    """Every country of the map with its row for ``category``, if any."""
    by_state = {
        row.actor: row
        for row in view.rows
        if row.category is category and view.context.actor(row.actor).kind is ActorKind.STATE
    }
    tracked = {row.actor for row in view.rows}
    return [MapArea(c, by_state.get(c.code), c.code in tracked) for c in world.countries]


def map_category(view: TrackerView, asked: Category | None) -> Category:
    """The category the map shows: the filtered one, else the one asked, else ground forces."""
    return view.filters.category or asked or DEFAULT_MAP_CATEGORY
