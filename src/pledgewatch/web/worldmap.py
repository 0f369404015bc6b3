"""The offline world map: country outlines keyed by ISO 3166-1 alpha-3.

The outlines come from the ``pygal_maps_world`` package (a dependency; no
tiles, fonts or data are fetched at run time): one SVG of 184 countries,
each a ``<g class="fr country ...">`` of paths in relative SVG path syntax,
keyed by ISO alpha-2. They are read once, turned into absolute polylines
(curves replaced by their end points, points closer than
:data:`MIN_STEP` dropped, whole units) and keyed by the alpha-3 code that is also the
tracker's state id. That cuts the 780 kB file to a fraction while keeping
every state a reader would look for.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

MAP_PACKAGE = "pygal_maps_world"
MAP_FILE = "worldmap.svg"

MIN_STEP = 2.0
"""Map units (the map is 2475 wide) below which a point is dropped as too close
to the previous one. The Europe view draws about 560 units across ~900 px, so
a step is about 3 px there and under a pixel on the world view; outlines look
unchanged, and with coordinates rounded to whole units the map's path data
falls from 780 kB to under 200 kB."""

LEFT_OUT = frozenset({"ATA"})
"""Antarctica: no state commits anything there, and its coast is a tenth of the data."""

MIN_RING_POINTS = 3
"""A ring reduced below three points (a speck of an island) is not drawn."""

VIEW_PADDING = 12.0
"""Map units of margin around the frame of a view."""

VIEW_FRAMES = {
    "europe": ("PRT", "ISL", "NOR", "FIN", "CYP", "UKR", "GEO"),
    "world": (),
}
"""The states whose outlines a view must show whole; an empty frame is the whole map."""

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "z": 0}

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    """ISO alpha-3, the tracker's state id (``DEU``)."""
    name: str
    path: str
    """Absolute SVG path data (``M x y L ... Z``)."""
    box: tuple[float, float, float, float]
    """min x, min y, max x, max y."""


@dataclass(frozen=True, slots=True)
class WorldMap:
    width: float
    height: float
    countries: tuple[Country, ...]

    def view_box(self, view: str) -> str:
        """The ``viewBox`` that frames ``view`` (``europe`` or ``world``)."""
        frame = VIEW_FRAMES.get(view, ())
        boxes = [c.box for c in self.countries if c.code in frame]
        if not boxes:
            return f"0 0 {self.width:g} {self.height:g}"
        x0 = min(b[0] for b in boxes) - VIEW_PADDING
        y0 = min(b[1] for b in boxes) - VIEW_PADDING
        x1 = max(b[2] for b in boxes) + VIEW_PADDING
        y1 = max(b[3] for b in boxes) + VIEW_PADDING
        return f"{x0:.0f} {y0:.0f} {x1 - x0:.0f} {y1 - y0:.0f}"


def _curve_middle(p0: Point, c1: Point, c2: Point, p3: Point) -> Point:
    """The point of a cubic Bézier at t = 1/2, so a small circle stays round-ish."""
    return (
        (p0[0] + 3 * c1[0] + 3 * c2[0] + p3[0]) / 8,
        (p0[1] + 3 * c1[1] + 3 * c2[1] + p3[1]) / 8,
    )


class _Pen:
    """Follows SVG path commands and records the polylines they draw."""

    def __init__(self) -> None:
        self.at: Point = (0.0, 0.0)
        self.start: Point = self.at
        self.control: Point | None = None
        self.rings: list[list[Point]] = []

    def _abs(self, relative: bool, x: float, y: float) -> Point:
        return (self.at[0] + x, self.at[1] + y) if relative else (x, y)

    def draw(self, command: str, args: list[float]) -> None:
        kind, rel = command.lower(), command.islower()
        control = None
        if kind == "m":
            self.at = self.start = self._abs(rel, *args)
            self.rings.append([self.at])
            return
        if kind == "z":
            end = self.start
        elif kind == "h":
            end = ((self.at[0] + args[0]) if rel else args[0], self.at[1])
        elif kind == "v":
            end = (self.at[0], (self.at[1] + args[0]) if rel else args[0])
        elif kind in ("c", "s"):
            c2, end = self._abs(rel, *args[-4:-2]), self._abs(rel, *args[-2:])
            c1 = self._abs(rel, *args[:2]) if kind == "c" else self._reflected()
            middle = _curve_middle(self.at, c1, c2, end)
            chord = ((self.at[0] + end[0]) / 2, (self.at[1] + end[1]) / 2)
            if abs(middle[0] - chord[0]) + abs(middle[1] - chord[1]) >= MIN_STEP:
                self._add(middle)  # a curve that bulges visibly (the small states' circles)
            control = c2
        else:  # l, and the end points of q and t
            end = self._abs(rel, *args[-2:])
        self._add(end)
        self.at, self.control = end, control

    def _reflected(self) -> Point:
        if self.control is None:
            return self.at
        return (2 * self.at[0] - self.control[0], 2 * self.at[1] - self.control[1])

    def _add(self, point: Point) -> None:
        if self.rings:
            self.rings[-1].append(point)


def rings(d: str) -> list[list[Point]]:
    """The polylines of SVG path data in absolute units (curves through their middles)."""
    tokens = _TOKEN.findall(d)
    pen = _Pen()
    command = "m"
    i = 0
    while i < len(tokens):
        if not _NUMBER.fullmatch(tokens[i]):
            command = tokens[i]
            i += 1
        arity = _ARITY[command.lower()]
        args = [float(t) for t in tokens[i : i + arity]]
        if len(args) < arity:
            break
        i += arity
        pen.draw(command, args)
        if command in "mM":
            command = "l" if command == "m" else "L"  # pairs after a moveto are linetos
        elif command in "zZ":
            command = "m"  # only a new command can follow a closepath
    return pen.rings


def simplify(ring: list[Point]) -> list[Point]:
    kept = [ring[0]]
    for point in ring[1:]:
        last = kept[-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) >= MIN_STEP:
            kept.append(point)
    return kept


def _path(polylines: list[list[Point]]) -> str:
    parts = []
    for ring in polylines:
        head, *tail = ring
        line = "L" + " ".join(f"{x:.0f} {y:.0f}" for x, y in tail) if tail else ""
        parts.append(f"M{head[0]:.0f} {head[1]:.0f}{line}Z")
    return "".join(parts)


def _country(alpha2: str, paths: list[str]) -> Country | None:
    record = pycountry.countries.get(alpha_2=alpha2.upper())
    if record is None or record.alpha_3 in LEFT_OUT:
        return None
    polylines = [simplify(r) for d in paths for r in rings(d)]
    drawn = [r for r in polylines if len(r) >= MIN_RING_POINTS]
    if not drawn:
        drawn = [r for r in polylines if r]
    if not drawn:
        return None
    xs = [x for r in drawn for x, _ in r]
    ys = [y for r in drawn for _, y in r]
    name = str(getattr(record, "common_name", None) or record.name)
    return Country(str(record.alpha_3), name, _path(drawn), (min(xs), min(ys), max(xs), max(ys)))


@lru_cache(maxsize=1)
def world_map() -> WorldMap:
    """The map, read from its package and simplified once per process."""
    source = resources.files(MAP_PACKAGE).joinpath(MAP_FILE).read_text(encoding="utf-8")
    root = ET.fromstring(source)
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    countries = []
    for group in root.iter("{http://www.w3.org/2000/svg}g"):
        classes = group.attrib.get("class", "").split()
        if "country" not in classes or not classes:
            continue
        paths = [p.attrib["d"] for p in group.iter("{http://www.w3.org/2000/svg}path")]
        country = _country(classes[0], paths)
        if country is not None:
            countries.append(country)
    countries.sort(key=lambda c: c.code)
    return WorldMap(width, height, tuple(countries))
