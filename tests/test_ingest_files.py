"""Finding inputs, refusing unusable files, and iterating lazily."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pledgewatch.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    MalformedInputError,
    TooLargeError,
)
from pledgewatch.ingest import Limits, discover, files, iter_inputs, read_path
from pledgewatch.ingest.formats import Format, sniff
from pledgewatch.records import Article, Rejection

ARTICLE = "France offers air policing\nFrance will offer air policing over Ukraine.\n"


def make_tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")


def test_ingest_discover_walks_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    make_tree(
        tmp_path,
        [
            "b.txt",
            "a.html",
            "sub/z.jsonl",
            "sub/deeper/c.md",
            "sub/notes.docx",
            "sub/noextension",
            ".hidden.txt",
            ".git/d.txt",
            "sub/.cache/e.txt",
            "Upper.HTML",
        ],
    )
    found = [path.relative_to(tmp_path).as_posix() for path in discover([tmp_path])]
    assert found == ["Upper.HTML", "a.html", "b.txt", "sub/deeper/c.md", "sub/z.jsonl"]
    assert discover([tmp_path]) == discover([str(tmp_path)])


def test_ingest_discover_keeps_explicit_files_in_order_once(tmp_path: Path) -> None:
    make_tree(tmp_path, ["dir/a.txt", "dir/b.txt", "report.cfg", ".hidden.txt"])
    explicit = [tmp_path / "report.cfg", tmp_path / ".hidden.txt", tmp_path / "dir"]
    found = discover([*explicit, tmp_path / "dir" / "a.txt"])
    assert found == [
        tmp_path / "report.cfg",
        tmp_path / ".hidden.txt",
        tmp_path / "dir" / "a.txt",
        tmp_path / "dir" / "b.txt",
    ]


def test_ingest_discover_keeps_a_missing_path_for_reading_to_reject(tmp_path: Path) -> None:
    make_tree(tmp_path, ["a.txt"])
    missing = tmp_path / "nope.txt"
    assert discover([tmp_path, missing]) == [tmp_path / "a.txt", missing]


def test_ingest_iter_inputs_rejects_a_missing_path_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(iter_inputs([tmp_path / "missing", tmp_path / "a.txt"]))
    assert items[0] == Rejection(str(tmp_path / "missing"), "no such file or folder")
    assert isinstance(items[1], Article)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0"><channel/></rss>', Format.FEED),
        ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', Format.FEED),
        ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', Format.FEED),
        ("<!DOCTYPE html><html><body>x</body></html>", Format.HTML),
        ('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>', Format.HTML),
        ('  {"text": "x"}', Format.JSON),
        ('[{"text": "x"}]', Format.JSON),
        ('{"text": "a"}\n{"text": "b"}\n', Format.JSONL),
        ("Plain words, then <b>markup</b>.", Format.TEXT),
    ],
)
def test_ingest_sniff_unknown_extension(content: str, expected: Format) -> None:
    assert sniff(content) is expected


def test_ingest_unknown_extension_is_sniffed_and_read(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_text('{"text": "a record long enough to count"}\n{"text": "b"}\n', "utf-8")
    items = list(iter_inputs([path]))
    assert isinstance(items[0], Article)
    assert items[0].source == f"{path}:line 1"
    assert isinstance(items[1], Rejection)


@pytest.mark.parametrize(
    ("content", "error", "reason"),
    [
        (b"", EmptyInputError, "empty file"),
        (b" \n\t\r\n  ", EmptyInputError, "empty file"),
        (b"\xef\xbb\xbf \n", EmptyInputError, "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError, "binary file (PNG), not text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", BinaryInputError, "binary file (PDF), not text"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryInputError, "binary file (JPEG), not text"),
        (b"GIF89a\x01\x00\x01\x00", BinaryInputError, "binary file (GIF), not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", BinaryInputError, "binary file (ZIP), not text"),
        (b"\x1f\x8b\x08\x00\x00\x00", BinaryInputError, "binary file (GZIP), not text"),
        (b"text then a NUL\x00 byte", BinaryInputError, "binary file (NUL bytes), not text"),
        (bytes(range(0x80, 0x100)) * 4, DecodeError, "bytes in no text encoding we can read"),
    ],
)
def test_ingest_unusable_bytes_rejected(
    tmp_path: Path, content: bytes, error: type[InputError], reason: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(error) as raised:
        read_path(path)
    assert raised.value.reason == reason
    assert str(raised.value) == f"{path}: {reason}"
    assert list(iter_inputs([path])) == [Rejection(str(path), reason)]


def test_ingest_too_large_file_names_size_and_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 120, encoding="utf-8")
    with pytest.raises(
        TooLargeError, match="file is 120 bytes, above the limit of 100 bytes per article"
    ):
        read_path(path, Limits(max_article_bytes=100))
    json_path = tmp_path / "big.json"
    json_path.write_text(json.dumps([{"text": ARTICLE}] * 3), encoding="utf-8")
    with pytest.raises(TooLargeError, match="for a JSON or feed file"):
        read_path(json_path, Limits(max_file_bytes=100))


@pytest.mark.parametrize(
    ("limits", "error", "reason"),
    [
        (Limits(max_text_chars=20), TooLargeError, "above the limit of 20"),
        (Limits(min_text_chars=500), EmptyInputError, "too little text"),
    ],
)
def test_ingest_text_length_limits(
    tmp_path: Path, limits: Limits, error: type[InputError], reason: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(error, match=reason):
        read_path(path, limits)


def test_ingest_iter_inputs_rejects_bad_files_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "d.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(iter_inputs([tmp_path]))
    assert [type(item).__name__ for item in items] == [
        "Article",
        "Rejection",
        "Rejection",
        "Article",
    ]
    assert items[1] == Rejection(str(tmp_path / "b.txt"), "empty file")
    assert isinstance(items[2], Rejection)
    assert items[2].reason.startswith("invalid JSON at line 1 column 2")


def test_ingest_iter_inputs_is_lazy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path, ["a.txt", "b.txt", "c.txt"])
    read: list[str] = []
    real_read_items = files.read_items

    def spy(path: Path, limits: Limits = files.DEFAULT_LIMITS) -> list[Article | Rejection]:
        read.append(path.name)
        return real_read_items(path, limits)

    monkeypatch.setattr(files, "read_items", spy)
    stream = iter_inputs([tmp_path])
    assert isinstance(stream, Iterator)
    assert read == []
    next(stream)
    assert read == ["a.txt"]
    assert len(list(stream)) == 2
    assert read == ["a.txt", "b.txt", "c.txt"]


def test_ingest_read_path_raises_when_no_record_is_usable(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"title": "no text"}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(MalformedInputError, match=r"no usable record \(2 rejected; first: "):
        read_path(path)
    assert len(list(iter_inputs([path]))) == 2
