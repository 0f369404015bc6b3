"""The quality gate's floors: measure the extractor and, on request, raise them.

Floors live in ``tests/eval_floors.json`` with the SHA-256 of the corpus they
were measured on. ``python tests/eval_gate.py --raise`` re-measures and
raises every floor that the extractor now beats; it never lowers one. A
floor may only go down by editing the file by hand, in a commit that says why.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from pledgewatch import evaluate

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "eval_floors.json"
CORPORA = {
    "shared": ROOT.parent / "shared" / "corpus",
    "sample": ROOT / "corpus" / "sample",
}
MEASURES = ("commitments_f1", "commitments_lenient_f1", "actors_f1", "contradictions_f1")


def corpus_hash(folder: Path) -> str:
    """SHA-256 over the names and bytes of every doc and gold file."""
    digest = hashlib.sha256()
    for path in sorted((folder / "docs").iterdir()) + sorted((folder / "gold").iterdir()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def measure(folder: Path) -> dict[str, float]:
    report = evaluate(folder / "docs", folder / "gold").as_dict()
    return {
        "commitments_f1": report["commitments"]["f1"],
        "commitments_lenient_f1": report["commitments"]["lenient_f1"],
        "actors_f1": report["actors"]["f1"],
        "contradictions_f1": report["contradictions"]["f1"],
    }


def load_floors() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads(FLOORS.read_text(encoding="utf-8"))
    return data


def raise_floors() -> dict[str, dict[str, object]]:
    floors = load_floors() if FLOORS.exists() else {}
    for name, folder in CORPORA.items():
        digest = corpus_hash(folder)
        entry = floors.get(name, {})
        if entry.get("corpus_sha256") not in (None, digest):
            sys.exit(f"{name}: the corpus changed since its floors were set; review by hand")
        scores = measure(folder)
        entry["corpus_sha256"] = digest
        for key in MEASURES:
            old = float(entry.get(key, 0.0))  # type: ignore[arg-type]
            entry[key] = max(old, scores[key])
        floors[name] = entry
    FLOORS.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return floors


if __name__ == "__main__":
    if sys.argv[1:] != ["--raise"]:
        sys.exit("usage: python tests/eval_gate.py --raise")
    print(json.dumps(raise_floors(), indent=1))
