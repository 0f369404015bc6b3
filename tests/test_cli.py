"""The command line contract of DESIGN.md: commands, JSON shapes, exit codes.

Commands run in-process through ``pledgewatch.cli.main`` (catching its
SystemExit) and, where the contract is about what a user sees in a shell,
as a subprocess of the installed ``pledgewatch`` script.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

import pledgewatch
from pledgewatch.cli import main
from pledgewatch.records import Category, Status

SCRIPT = Path(sys.executable).parent / "pledgewatch"
CATEGORIES = {c.value for c in Category}
STATUSES = {s.value for s in Status}

GOOD_TEXT = "France pledges troops\nFrance pledged to send troops to Ukraine after a ceasefire.\n"
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


def exit_code(args: list[str | Path]) -> int:
    """Run the CLI in-process and return its exit status."""
    try:
        main([str(a) for a in args])
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else 1
    raise AssertionError("pledgewatch.cli.main returned without sys.exit")


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Exit status, standard output and standard error of one in-process run."""
    capsys.readouterr()
    code = exit_code(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cli_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Any:
    code, out, err = cli(capsys, *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@dataclass(frozen=True)
class Sample:
    url: str
    paths: tuple[Path, ...]
    articles: int


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, sample_corpus: Path) -> Sample:
    """The sample corpus plus one syndicated copy (a story), ingested once."""
    folder = tmp_path_factory.mktemp("cli-sample")
    docs = sample_corpus / "docs"
    copies = folder / "copies"
    copies.mkdir()
    original = (docs / "s01_wire_paris_force.txt").read_text(encoding="utf-8")
    _title, body = original.split("\n", 1)
    copy = "UK and France to send troops to Ukraine once guns fall silent\n" + body
    (copies / "s01_syndicated_copy.txt").write_text(copy, encoding="utf-8")
    url = f"sqlite:///{folder / 'sample.db'}"
    paths = (docs, copies)
    assert exit_code(["ingest", *paths, "--db", url]) == 0
    return Sample(url, paths, len(list(docs.glob("*.txt"))) + 1)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with one good, one empty and one binary .txt file."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(BINARY)
    return folder


# -- run, ingest ------------------------------------------------------------


def test_cli_run_prints_tracker(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_corpus: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'run.db'}"
    code, out, err = cli(capsys, "run", sample_corpus / "docs", "--db", url)
    assert code == 0, err
    rows = cli_json(capsys, "tracker", "--db", url)
    assert rows
    assert f"Tracker ({len(rows)} rows)" in out
    assert "ground_forces" in out
    assert f"{len(list((sample_corpus / 'docs').glob('*.txt')))} added" in err


def test_cli_ingest_twice_changes_nothing(
    capsys: pytest.CaptureFixture[str], sample: Sample
) -> None:
    before = (
        cli_json(capsys, "articles", "--db", sample.url),
        cli_json(capsys, "commitments", "--db", sample.url),
    )
    code, _out, err = cli(capsys, "ingest", *sample.paths, "--db", sample.url)
    assert code == 0, err
    assert f"0 added, 0 updated, {sample.articles} unchanged, 0 inputs rejected" in err
    after = (
        cli_json(capsys, "articles", "--db", sample.url),
        cli_json(capsys, "commitments", "--db", sample.url),
    )
    assert len(after[0]) == len(before[0]) == sample.articles
    assert len(after[1]) == len(before[1]) > 0
    assert after == before


# -- JSON shapes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "fields"),
    [
        ("articles", {"id", "title", "outlet", "published", "url", "actors"}),
        (
            "commitments",
            {
                "article",
                "actor",
                "category",
                "status",
                "magnitude",
                "conditions",
                "evidence",
                "confidence",
                "why",
            },
        ),
        (
            "tracker",
            {
                "actor",
                "category",
                "status",
                "since",
                "sources",
                "independent_sources",
                "contradicted",
                "history",
            },
        ),
        ("contradictions", {"actor", "category", "scope", "sides"}),
        ("stories", {"id", "articles", "reason"}),
    ],
)
def test_cli_json_has_design_fields(
    capsys: pytest.CaptureFixture[str], sample: Sample, command: str, fields: set[str]
) -> None:
    rows = cli_json(capsys, command, "--db", sample.url)
    assert isinstance(rows, list)
    assert rows, f"{command} printed no rows for the sample corpus"
    for row in rows:
        assert fields <= set(row), fields - set(row)
        if "category" in row:
            assert row["category"] in CATEGORIES
        if "status" in row:
            assert row["status"] in STATUSES


def test_cli_json_articles_list_actor_ids(
    capsys: pytest.CaptureFixture[str], sample: Sample
) -> None:
    rows = cli_json(capsys, "articles", "--db", sample.url)
    assert all(isinstance(r["actors"], list) for r in rows)
    by_id = {r["id"]: r for r in rows}
    assert {"FRA", "GBR"} <= set(by_id["s01_wire_paris_force"]["actors"])


def test_cli_json_commitments_nested_fields(
    capsys: pytest.CaptureFixture[str], sample: Sample
) -> None:
    for row in cli_json(capsys, "commitments", "--db", sample.url):
        assert {"start", "end", "text"} <= set(row["evidence"])
        assert isinstance(row["conditions"], list)
        assert isinstance(row["why"], list)
        assert row["why"], "every commitment names the cues that produced it"
        assert 0.0 <= row["confidence"] <= 1.0


def test_cli_json_tracker_nested_fields(capsys: pytest.CaptureFixture[str], sample: Sample) -> None:
    for row in cli_json(capsys, "tracker", "--db", sample.url):
        assert isinstance(row["contradicted"], bool)
        assert 1 <= row["independent_sources"] <= len(row["sources"])
        assert row["history"]
        for entry in row["history"]:
            assert {"status", "date", "article"} <= set(entry)
            assert entry["status"] in STATUSES
            assert entry["article"] in row["sources"]


def test_cli_json_contradictions_nested_fields(
    capsys: pytest.CaptureFixture[str], sample: Sample
) -> None:
    for row in cli_json(capsys, "contradictions", "--db", sample.url):
        assert row["scope"] in {"article", "sources"}
        assert len(row["sides"]) >= 2
        for side in row["sides"]:
            assert {"status", "article", "evidence"} <= set(side)
            assert side["status"] in STATUSES


def test_cli_json_stories_group_the_syndicated_copy(
    capsys: pytest.CaptureFixture[str], sample: Sample
) -> None:
    stories = cli_json(capsys, "stories", "--db", sample.url)
    assert ["s01_syndicated_copy", "s01_wire_paris_force"] in [s["articles"] for s in stories]
    tracker = cli_json(capsys, "tracker", "--db", sample.url)
    both = [
        r for r in tracker if {"s01_syndicated_copy", "s01_wire_paris_force"} <= set(r["sources"])
    ]
    assert both
    assert all(r["independent_sources"] == len(r["sources"]) - 1 for r in both)


def test_cli_commitment_evidence_is_the_stored_text(
    capsys: pytest.CaptureFixture[str], sample: Sample
) -> None:
    rows = cli_json(capsys, "commitments", "--db", sample.url)
    with pledgewatch.Store(sample.url) as store:
        texts = {a.article.id: a.article.text for a in store.articles()}
        assert store.article(rows[0]["article"]).text == texts[rows[0]["article"]]
    for row in rows:
        evidence = row["evidence"]
        assert texts[row["article"]][evidence["start"] : evidence["end"]] == evidence["text"]


@pytest.mark.parametrize("actor", ["FRA", "USA", "org:eu"])
def test_cli_commitments_actor_filters(
    capsys: pytest.CaptureFixture[str], sample: Sample, actor: str
) -> None:
    everything = cli_json(capsys, "commitments", "--db", sample.url)
    only = cli_json(capsys, "commitments", "--actor", actor, "--db", sample.url)
    assert only
    assert {row["actor"] for row in only} == {actor}
    assert only == [row for row in everything if row["actor"] == actor]


def test_cli_commitments_unknown_actor_is_empty(
    capsys: pytest.CaptureFixture[str], sample: Sample
) -> None:
    assert cli_json(capsys, "commitments", "--actor", "XXX", "--db", sample.url) == []


def test_cli_tracker_csv_has_header_and_one_line_per_row(
    capsys: pytest.CaptureFixture[str], sample: Sample
) -> None:
    rows = cli_json(capsys, "tracker", "--db", sample.url)
    code, out, err = cli(capsys, "tracker", "--format", "csv", "--db", sample.url)
    assert code == 0, err
    header = out.splitlines()[0].split(",")
    assert header[:3] == ["actor", "category", "status"]
    records = list(csv.DictReader(io.StringIO(out)))
    assert len(records) == len(rows)
    assert [(r["actor"], r["category"]) for r in records] == [
        (r["actor"], r["category"]) for r in rows
    ]


@pytest.mark.parametrize(
    "table", ["articles", "tracker", "commitments", "contradictions", "stories"]
)
def test_cli_table_format_prints(
    capsys: pytest.CaptureFixture[str], sample: Sample, table: str
) -> None:
    code, out, err = cli(capsys, table, "--db", sample.url)
    assert code == 0, err
    assert out.strip()


# -- export, eval -----------------------------------------------------------


def _read_export(fmt: str, path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    sibling = path.with_name(f"{path.stem}.commitments{path.suffix}")
    if fmt == "json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return data["tracker"], data["commitments"]
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as a, sibling.open(encoding="utf-8") as b:
            return list(csv.DictReader(a)), list(csv.DictReader(b))
    return pq.read_table(path).to_pylist(), pq.read_table(sibling).to_pylist()


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_cli_export_writes_tracker_and_commitments(
    capsys: pytest.CaptureFixture[str], sample: Sample, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"export.{fmt}"
    code, _out, err = cli(capsys, "export", "--format", fmt, "--out", path, "--db", sample.url)
    assert code == 0, err
    assert path.is_file()
    tracker, commitments = _read_export(fmt, path)
    assert len(tracker) == len(cli_json(capsys, "tracker", "--db", sample.url))
    assert len(commitments) == len(cli_json(capsys, "commitments", "--db", sample.url))
    assert {"actor", "category", "status"} <= set(tracker[0])
    assert {"article", "actor", "category", "status"} <= set(commitments[0])


def test_cli_export_into_missing_folder_is_usage_error(
    capsys: pytest.CaptureFixture[str], sample: Sample, tmp_path: Path
) -> None:
    out_file = tmp_path / "nowhere" / "x.csv"
    code, _out, err = cli(
        capsys, "export", "--format", "csv", "--out", out_file, "--db", sample.url
    )
    assert code == 2
    assert "Traceback" not in err


def test_cli_eval_json_and_predictions(
    capsys: pytest.CaptureFixture[str], sample_corpus: Path, tmp_path: Path
) -> None:
    predictions = tmp_path / "predictions"
    report = cli_json(
        capsys,
        "eval",
        sample_corpus / "docs",
        sample_corpus / "gold",
        "--predictions",
        predictions,
    )
    assert set(report["commitments"]) >= {
        "precision",
        "recall",
        "f1",
        "lenient_f1",
        "tp",
        "fp",
        "fn",
    }
    assert set(report["actors"]) >= {"precision", "recall", "f1"}
    assert set(report["contradictions"]) >= {"precision", "recall", "f1"}
    gold = sorted(p.stem for p in (sample_corpus / "gold").glob("*.json"))
    assert report["docs"] == len(gold)
    assert sorted(p.stem for p in predictions.glob("*.json")) == gold
    for path in predictions.glob("*.json"):
        written = json.loads(path.read_text(encoding="utf-8"))
        assert written["doc"] == path.stem
        assert {"actors", "commitments", "contradictions"} <= set(written)
    tp_fn = report["commitments"]["tp"] + report["commitments"]["fn"]
    assert tp_fn > 0


# -- exit codes and errors --------------------------------------------------


def test_cli_rejected_inputs_exit_1_and_the_rest_is_stored(
    capsys: pytest.CaptureFixture[str],
    mixed: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "ingest", "inputs", "--db", "mixed.db")
    assert code == 1
    assert "Traceback" not in out + err
    lines = err.splitlines()
    for name in ("empty.txt", "binary.txt"):
        named = [line for line in lines if str(Path("inputs") / name) in line]
        assert len(named) == 1, err
        assert named[0].startswith("rejected ")
        assert len(named[0]) > len(f"rejected inputs/{name}: ")
    assert not any("good.txt" in line for line in lines)
    stored = cli_json(capsys, "articles", "--db", "mixed.db")
    assert [a["id"] for a in stored] == ["good"]


def _run_script(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PLEDGEWATCH_DB"} | {"COLUMNS": "80"}
    return subprocess.run(
        [str(SCRIPT), *map(str, args)],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_subprocess_rejects_bad_files_without_traceback(mixed: Path, tmp_path: Path) -> None:
    require_script()
    done = _run_script(["ingest", "inputs", "--db", "sub.db"], tmp_path)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    lines = done.stderr.splitlines()
    assert sum("inputs/empty.txt" in line for line in lines) == 1
    assert sum("inputs/binary.txt" in line for line in lines) == 1
    assert "1 added" in done.stderr
    with pledgewatch.Store(f"sqlite:///{tmp_path / 'sub.db'}") as store:
        assert [a.article.id for a in store.articles()] == ["good"]


def require_script() -> None:
    if not SCRIPT.is_file():
        pytest.skip(f"no installed script at {SCRIPT}")


def test_cli_subprocess_long_path_rejection_stays_on_one_line(tmp_path: Path) -> None:
    """Regression: rich used to wrap stderr lines at 80 columns on a non-terminal."""
    require_script()
    folder = tmp_path / "a-folder-with-a-name-long-enough-to-push-the-line-past-eighty"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    done = _run_script(["ingest", folder, "--db", tmp_path / "long.db"], tmp_path)
    assert done.returncode == 1
    named = [line for line in done.stderr.splitlines() if str(folder / "empty.txt") in line]
    assert len(named) == 1, done.stderr
    assert "empty" in named[0].split(": ", 1)[1]


@pytest.mark.parametrize("command", ["ingest", "run"])
def test_cli_missing_path_is_rejected_and_the_rest_is_stored(
    capsys: pytest.CaptureFixture[str],
    mixed: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, command, "no-such-folder", "inputs/good.txt", "--db", "m.db")
    assert code == 1
    assert "Traceback" not in out + err
    assert "rejected no-such-folder: no such file or folder" in err.splitlines()
    assert "1 added" in err
    assert [a["id"] for a in cli_json(capsys, "articles", "--db", "m.db")] == ["good"]


def test_cli_eval_missing_docs_is_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "x.json").write_text('{"doc": "x"}', encoding="utf-8")
    code, out, err = cli(capsys, "eval", "no-such-docs", "gold")
    assert code == 2
    assert "no-such" in one_line_error(err)
    assert "Traceback" not in out + err


@pytest.mark.parametrize(
    "args",
    [
        ["ingest", "inputs", "--bogus"],
        ["articles", "--format", "xml"],
        ["eval"],
    ],
    ids=["unknown-option", "bad-choice", "missing-argument"],
)
def test_cli_usage_error_exits_2(
    capsys: pytest.CaptureFixture[str],
    mixed: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    """Regression: Typer's own (vendored click) usage errors used to escape as tracebacks."""
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, *args)
    assert code == 2
    assert "Traceback" not in out + err
    assert err.strip()


@pytest.mark.parametrize(
    "args",
    [["articles"], ["tracker", "--format", "json"], ["ingest", "inputs/good.txt"]],
    ids=["articles", "tracker", "ingest"],
)
def test_cli_corrupt_database_exits_1_in_one_line(
    capsys: pytest.CaptureFixture[str],
    mixed: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.db").write_bytes(os.urandom(4096))
    code, out, err = cli(capsys, *args, "--db", "bad.db")
    assert code == 1
    assert "bad.db" in one_line_error(err)
    assert "Traceback" not in out + err
    assert out == ""


def test_cli_db_from_environment(
    capsys: pytest.CaptureFixture[str],
    mixed: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PLEDGEWATCH_DB", "sqlite:///from-env.db")
    code, _out, err = cli(capsys, "ingest", "inputs/good.txt")
    assert code == 0, err
    assert (tmp_path / "from-env.db").is_file()
    assert not (tmp_path / "pledgewatch.db").exists()
    assert [a["id"] for a in cli_json(capsys, "articles")] == ["good"]
    monkeypatch.delenv("PLEDGEWATCH_DB")
    assert cli_json(capsys, "articles") == []
    assert (tmp_path / "pledgewatch.db").is_file()


def test_cli_same_id_in_two_files_rejects_the_second(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for folder, text in [("a", "France pledged troops."), ("b", "Italy ruled out troops.")]:
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text + "\n", encoding="utf-8")
    code, out, err = cli(capsys, "ingest", "a", "b", "--db", "dup.db")
    assert code == 1
    assert "Traceback" not in out + err
    (line,) = [line for line in err.splitlines() if line.startswith("rejected ")]
    assert str(Path("b") / "report.txt") in line
    assert "duplicate" in line
    with pledgewatch.Store("sqlite:///dup.db") as store:
        assert [a.article.id for a in store.articles()] == ["report"]
        assert store.article("report").text.startswith("France")


def test_cli_same_file_twice_in_one_run_is_not_a_duplicate(
    capsys: pytest.CaptureFixture[str], mixed: Path, tmp_path: Path
) -> None:
    good = mixed / "good.txt"
    url = f"sqlite:///{tmp_path / 'twice.db'}"
    code, _out, err = cli(capsys, "ingest", good, good, "--db", url)
    assert code == 0, err


# -- the shared corpus ------------------------------------------------------


def test_cli_run_shared_corpus_tracker(
    capsys: pytest.CaptureFixture[str], shared_corpus: Path, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    code, _out, err = cli(capsys, "run", shared_corpus / "docs", "--db", url)
    assert code == 0, err
    rows = cli_json(capsys, "tracker", "--db", url)
    assert len(rows) >= 10
    cells = {(r["actor"], r["category"]): r["status"] for r in rows}
    assert cells.get(("FRA", "ground_forces")) == "committed"
