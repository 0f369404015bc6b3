"""Large JSON Lines files are read line by line, with the same results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgewatch.ingest import files
from pledgewatch.ingest.limits import Limits
from pledgewatch.ingest.records_json import read_jsonl, stream_jsonl
from pledgewatch.records import Article, Rejection


def _line(i: int, text: str | None = None) -> bytes:
    body = text or f"Norway pledged {i} minesweepers to Ukraine on Monday, officials said."
    return (json.dumps({"id": f"a{i}", "text": body}) + "\n").encode()


def _outcome(items: list[Article | Rejection]) -> list[str]:
    return [
        f"article {x.id}" if isinstance(x, Article) else f"rejected {x.source}: {x.reason}"
        for x in items
    ]


def test_stream_gives_what_the_whole_file_reader_gives(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    data = b"".join([_line(1), b"{not json\n", b"\n", _line(2), _line(1), b"[1, 2]\n", _line(3)])
    path.write_bytes(data)
    whole = read_jsonl(data.decode(), path, Limits())
    streamed = list(stream_jsonl(path, Limits()))
    assert _outcome(streamed) == _outcome(whole)
    assert [x.id for x in streamed if isinstance(x, Article)] == ["a1", "a2", "a3"]
    assert f"rejected {path}:line 2: invalid JSON" in "\n".join(_outcome(streamed))


def test_stream_rejects_bad_bytes_and_long_lines_alone(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    long_text = "x" * 5000
    path.write_bytes(
        _line(1)
        + b'{"id": "b", "text": "caf\xe9 '
        + b"y" * 40
        + b'"}\n'
        + _line(2, long_text)
        + _line(3)
    )
    streamed = list(stream_jsonl(path, Limits(max_article_bytes=1000)))
    outcome = _outcome(streamed)
    assert outcome[0] == "article a1"
    assert outcome[1].startswith(f"rejected {path}:line 2: not UTF-8")
    assert outcome[2] == (
        f"rejected {path}:line 3: line is over the limit of 1,000 bytes per article"
        " (--max-article-mb)"
    )
    assert outcome[3] == "article a3"


def test_iter_inputs_streams_files_above_the_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "export.jsonl"
    path.write_bytes(b"".join(_line(i) for i in range(50)))
    limits = Limits(max_file_bytes=500)  # the file is larger; each line is not
    whole = list(files.iter_inputs([path], limits))
    assert len(whole) == 1 and isinstance(whole[0], Rejection)  # too large to read whole
    monkeypatch.setattr(files, "STREAM_BYTES", 1000)
    streamed = list(files.iter_inputs([path], limits))
    assert [x.id for x in streamed if isinstance(x, Article)] == [f"a{i}" for i in range(50)]


def test_small_jsonl_with_a_line_not_utf8_rejects_that_line_alone(tmp_path: Path) -> None:
    """Regression: one bad byte made the whole file decode as windows-1250,
    garbling the good lines ("Außen" became "AuĂźen") and keeping the bad one."""
    path = tmp_path / "small.jsonl"
    good = json.dumps({"id": "g", "text": "Der Außenminister sagte: Deutschland schickt Truppen."})
    path.write_bytes(good.encode() + b'\n{"id": "b", "text": "caf\xe9 au lait, pledged"}\n')
    items = list(files.iter_inputs([path]))
    assert _outcome(items) == ["article g", f"rejected {path}:line 2: not UTF-8 at byte 24"]
    assert isinstance(items[0], Article) and "Außenminister" in items[0].text


def test_jsonl_in_utf16_with_a_byte_order_mark_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes((_line(1) + _line(2)).decode().encode("utf-16"))
    assert _outcome(list(files.iter_inputs([path]))) == ["article a1", "article a2"]


def test_sightings_keep_the_first_copy_of_each_id() -> None:
    """A run's sightings answer with the first (hash, source) of an id, on
    disk, for more ids than its page cache holds."""
    from pledgewatch.ingest.sightings import Sightings

    seen = Sightings()
    try:
        assert seen.sight("a1", "h1", "one.jsonl:line 1") is None
        assert seen.sight("a1", "h2", "two.jsonl:line 9") == ("h1", "one.jsonl:line 1")
        assert seen.sight("a1", "h3", "three.jsonl:line 4") == ("h1", "one.jsonl:line 1")
        for i in range(30_000):
            assert seen.sight(f"b{i}", f"{i:064x}", f"big.jsonl:line {i}") is None
        assert seen.sight("b12345", "other", "x") == (f"{12345:064x}", "big.jsonl:line 12345")
        assert seen.sight("a1", "h1", "again") == ("h1", "one.jsonl:line 1")
        folder = Path(seen._folder.name)
        assert (folder / "seen.db").is_file()  # on disk, not in this process's memory
    finally:
        seen.close()
    assert not folder.exists()  # and gone with the run
