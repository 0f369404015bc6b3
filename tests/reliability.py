"""Helpers for the reliability tests: generated articles, the installed
script as a subprocess, and a comparable picture of a whole store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import pledgewatch
from pledgewatch import serialize

SCRIPT = Path(sys.executable).parent / "pledgewatch"

_ACTORS = (
    "Norway",
    "Denmark",
    "France",
    "Germany",
    "Poland",
    "Italy",
    "Spain",
    "Sweden",
    "Finland",
    "the Netherlands",
    "Canada",
    "Japan",
    "Estonia",
    "Latvia",
    "Lithuania",
    "Romania",
)
_PLEDGES = (
    "pledged {n} minesweepers to Ukraine",
    "will send {n} fighter jets to Ukraine",
    "agreed to deliver {n} air defence systems to Ukraine",
    "is considering sending {n} instructors to train Ukrainian troops",
    "ruled out sending troops to Ukraine",
    "will deploy {n} soldiers to a reassurance force once a ceasefire holds",
    "pledged {n} million euros in military aid to Ukraine",
)


def article_record(i: int, prefix: str = "a") -> dict[str, Any]:
    """A short, dated news record, different for every ``i``."""
    actor = _ACTORS[i % len(_ACTORS)]
    pledge = _PLEDGES[(i // len(_ACTORS)) % len(_PLEDGES)].format(n=i % 90 + 2)
    published = date(2024, 1, 1) + timedelta(days=i)
    text = (
        f"{actor} {pledge}, the defence minister said on {published:%A}. "
        f"The announcement, number {i} in our series, followed talks in Brussels."
    )
    return {
        "id": f"{prefix}{i:05d}",
        "title": f"{actor}: report {i}",
        "outlet": "Test Wire",
        "published": published.isoformat(),
        "text": text,
    }


def write_jsonl(path: Path, start: int, count: int, prefix: str = "a") -> Path:
    lines = (json.dumps(article_record(i, prefix)) for i in range(start, start + count))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def script_env(**extra: str) -> dict[str, str]:
    """This environment without pledgewatch settings, plus ``extra``."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("PLEDGEWATCH_")}
    return base | {"COLUMNS": "80"} | extra


def start_script(args: list[str | Path], cwd: Path) -> subprocess.Popen[str]:
    """The installed ``pledgewatch`` script, started as a user would."""
    if not SCRIPT.is_file():
        pytest.fail(f"no installed script at {SCRIPT}")
    return subprocess.Popen(
        [str(SCRIPT), *map(str, args)],
        cwd=cwd,
        env=script_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def picture(url: str) -> dict[str, Any]:
    """Everything a user can read from a store, in a comparable form:
    articles with their hashes, each article's mentions and commitments,
    the tracker, contradictions and stories."""
    with pledgewatch.Store(url) as store:
        mentions: dict[str, list[tuple[str, int, int, str]]] = {}
        for m in store.mentions():
            mentions.setdefault(m.article, []).append((m.actor, m.start, m.end, m.text))
        commitments: dict[str, list[str]] = {}
        for c in store.commitments():
            commitments.setdefault(c.article, []).append(
                json.dumps(serialize.commitment(c), sort_keys=True)
            )
        return {
            "articles": sorted((s.article.id, s.article.content_hash) for s in store.articles()),
            "mentions": {k: sorted(v) for k, v in mentions.items()},
            "commitments": {k: sorted(v) for k, v in commitments.items()},
            "tracker": [serialize.tracker_row(r) for r in pledgewatch.tracker(store)],
            "contradictions": sorted(
                json.dumps(serialize.contradiction(c), sort_keys=True)
                for c in pledgewatch.contradictions(store)
            ),
            "stories": sorted(tuple(s.articles) for s in pledgewatch.stories(store)),
        }
