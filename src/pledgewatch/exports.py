"""Writing the tracker and commitments to files: CSV, JSON or Parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from pledgewatch.errors import UsageError

FORMATS = ("csv", "json", "parquet")


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """One level of columns: lists joined by "; ", nested objects prefixed."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict):
            for inner, v in value.items():
                flat[f"{key}_{inner}"] = v
        elif isinstance(value, list):
            flat[key] = "; ".join(
                json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else str(v) for v in value
            )
        else:
            flat[key] = value
    return flat


def write_csv(handle: TextIO, rows: list[dict[str, Any]]) -> None:
    """Rows as CSV with one level of columns, to an open text stream."""
    flat = [_flat(r) for r in rows]
    fields = list(dict.fromkeys(k for r in flat for k in r)) or ["actor"]
    writer = csv.DictWriter(handle, fieldnames=fields)
    writer.writeheader()
    writer.writerows(flat)


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        write_csv(handle, rows)


def _write_parquet(path: Path, rows: list[dict[str, Any]]) -> None:
    pq.write_table(pa.Table.from_pylist([_flat(r) for r in rows]), path)


def _sibling(out: Path) -> Path:
    return out.with_name(f"{out.stem}.commitments{out.suffix}")


def write_export(
    fmt: str, out: Path, tracker: list[dict[str, Any]], commitments: list[dict[str, Any]]
) -> Path:
    """Write an export; returns the main file written."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if out.parent and not out.parent.exists():
        raise UsageError(f"no such folder: {out.parent}")
    if fmt == "json":
        data = {"tracker": tracker, "commitments": commitments}
        out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    elif fmt == "csv":
        _write_csv(out, tracker)
        _write_csv(_sibling(out), commitments)
    else:
        _write_parquet(out, tracker)
        _write_parquet(_sibling(out), commitments)
    return out
