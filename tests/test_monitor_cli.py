"""Following sources from the command line: ``watch``, ``sources``,
``changes`` and ``ingest URL`` against a local site on 127.0.0.1 started by
the tests; the issue's "done when" scenario is the first test."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pledgewatch import monitor, pipeline
from pledgewatch.cli import main
from pledgewatch.records import ChangeKind
from tests.conftest import free_port
from tests.httpsite import Site, serving
from tests.test_monitor import FRANCE, GERMANY_YES, NORWAY, ROUND_1, ROUND_2, page, publish


@pytest.fixture
def site() -> Iterator[Site]:
    with serving() as served:
        yield served


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'watch.db'}"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        main(list(args))
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 1
    else:
        raise AssertionError("main returned without sys.exit")
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_watch_once_twice_reports_exactly_the_second_rounds_changes(
    site: Site, db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's "done when": a feed whose entries change between two rounds;
    ``watch --once`` twice; the second reports exactly the new commitments and
    status changes of the second round, and the webhook receives them."""
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - name: Wire\n    url: {site.url('/feed.xml')}\n")
    args = ["watch", "--once", "--sources", str(sources), "--db", db, "--delay", "0"]
    args += ["--format", "json", "--notify", site.url("/hook")]
    publish(site, ROUND_1, '"v1"')
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert len(out.splitlines()) == 2
    publish(site, ROUND_2, '"v2"')
    code, out, err = run(capsys, *args)
    assert code == 0, err
    reported = [json.loads(line) for line in out.splitlines()]
    assert [
        (r["kind"], r["actor"], r["category"], r["old_status"], r["status"]) for r in reported
    ] == [
        ("status", "DEU", "air_defense", "considering", "committed"),
        ("new", "NOR", "naval_forces", None, "committed"),
    ]
    assert reported[0]["evidence"]["text"] == GERMANY_YES
    assert reported[0]["article"]["url"] == site.url("/news/germany-agrees")
    assert reported[1]["evidence"]["article"] == site.url("/news/norway-ships")
    hooks = [json.loads(body) for body in site.posted("/hook")]
    assert len(hooks) == 2 and hooks[1]["changes"] == reported
    assert hooks[1]["text"].splitlines()[0] == "pledgewatch: 2 tracker changes"
    assert "3 fetched" in err and "2 articles added" in err  # the feed and its two new pages
    # The same in the log, and on the lines of the text format.
    code, out, _err = run(capsys, "changes", "--db", db, "--format", "json")
    assert [c["id"] for c in json.loads(out)][-2:] == [r["id"] for r in reported]
    assert [monitor.describe(c) for c in monitor.changes(db)][-2:] == [
        "status: DEU air_defense considering -> committed: "
        f'"{GERMANY_YES}" ({site.url("/news/germany-agrees")})',
        f'new: NOR naval_forces committed: "{NORWAY}" ({site.url("/news/norway-ships")})',
    ]


def test_cli_watch_a_third_round_of_an_unchanged_feed_prints_nothing(
    site: Site, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    publish(site, ROUND_1, '"v1"')
    args = ["watch", site.url("/feed.xml"), "--once", "--db", db, "--delay", "0"]
    assert run(capsys, *args)[0] == 0
    code, out, err = run(capsys, *args)
    assert (code, out) == (0, "")
    assert "0 fetched, 1 unchanged" in err


def test_cli_ingest_urls_one_line_per_failure(
    site: Site, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    site.set("/good", page("Norway", NORWAY))
    code, _out, err = run(capsys, "ingest", site.url("/good"), site.url("/gone"), "--db", db)
    assert code == 1
    assert f"rejected {site.url('/gone')}: HTTP 404 Not Found" in err.splitlines()
    assert [a.article.id for a in pipeline.articles(db)] == [site.url("/good")]


def test_cli_sources_lists_last_fetch_and_articles(
    site: Site, db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    publish(site, ROUND_1, '"v1"')
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"sources:\n  - name: Wire\n    url: {site.url('/feed.xml')}\n"
        f"  - name: Never\n    url: http://127.0.0.1:{free_port()}/feed\n"
    )
    run(capsys, "watch", site.url("/feed.xml"), "--once", "--db", db, "--delay", "0")
    code, out, err = run(
        capsys, "sources", "--sources", str(sources), "--db", db, "--format", "json"
    )
    assert code == 0, err
    wire, never = json.loads(out)
    assert wire["name"] == "Wire" and wire["articles"] == 2 and wire["outcome"] == "ok"
    assert wire["checked_at"] is not None
    assert never["checked_at"] is None and never["articles"] == 0
    code, out, _err = run(capsys, "sources", "--sources", str(sources), "--db", db)
    assert code == 0 and "Wire" in out and "never" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["watch", "--once"], "nothing to watch"),
        (["watch", "feed.xml", "--once"], "not an http(s) URL: feed.xml"),
        (["sources"], "no sources file"),
        (["sources", "--sources", "missing.yaml"], "no such sources file: missing.yaml"),
        (["changes", "--since", "last week"], "--since: not a date or time"),
    ],
)
def test_cli_monitoring_mistakes_exit_2_in_one_line(
    db: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.delenv("PLEDGEWATCH_SOURCES", raising=False)
    code, _out, err = run(capsys, *args, "--db", db)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_cli_changes_since(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    pipeline.ingest_records([{"id": "a1", "text": FRANCE}], db)
    code, out, _err = run(
        capsys, "changes", "--db", db, "--since", "2000-01-01", "--format", "json"
    )
    [change] = json.loads(out)
    assert code == 0 and change["kind"] == ChangeKind.NEW.value and change["actor"] == "FRA"
    code, out, _err = run(
        capsys, "changes", "--db", db, "--since", "2999-01-01", "--format", "json"
    )
    assert json.loads(out) == []
    code, out, _err = run(capsys, "changes", "--db", db)
    assert code == 0 and "FRA" in out
