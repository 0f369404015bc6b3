"""JSON and JSON Lines records: shapes, per-record rejections, ids, titles."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pledgewatch.errors import EmptyInputError, InputError, MalformedInputError
from pledgewatch.ingest import iter_inputs, read_path
from pledgewatch.records import Article, Rejection

DATA = Path(__file__).parent / "data" / "ingest"
TEXT = "Germany will fund air defence for Ukraine, the chancellor said."


def write_json(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_ingest_json_list_happy_path() -> None:
    first, second = read_path(DATA / "records.json")
    assert first.id == "wire-0001"
    assert first.title == "Canada to fund drone production in Ukraine"
    assert first.text.startswith(first.title + "\nCanada will provide 200 million")
    assert first.url == "https://wire.example.org/0001"
    assert first.outlet == "Example Wire"
    assert first.published == date(2025, 10, 2)
    assert first.language == "en"
    assert first.source == f"{DATA / 'records.json'}#record-1"
    assert second.id == "records-2"
    assert second.title == "Japan rules out sending troops"
    assert second.text.startswith("Japan rules out sending troops\nJapan will not send")
    assert second.published == date(2025, 10, 3)


@pytest.mark.parametrize(
    ("data", "ids"),
    [
        ({"id": "solo", "text": TEXT}, ["solo"]),
        ({"text": TEXT}, ["shape-1"]),
        ({"articles": [{"text": TEXT}, {"id": 7, "text": TEXT}]}, ["shape-1", "7"]),
        ([{"text": TEXT}, {"text": TEXT}], ["shape-1", "shape-2"]),
    ],
)
def test_ingest_json_shapes(tmp_path: Path, data: object, ids: list[str]) -> None:
    articles = read_path(write_json(tmp_path, "shape.json", data))
    assert [article.id for article in articles] == ids


def test_ingest_json_single_record_source_is_the_path(tmp_path: Path) -> None:
    path = write_json(tmp_path, "one.json", {"text": TEXT})
    [article] = read_path(path)
    assert article.source == str(path)


def test_ingest_json_malformed_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[\n  {"text": "a"},\n  {"text": }\n]\n', encoding="utf-8")
    with pytest.raises(MalformedInputError) as raised:
        read_path(path)
    assert raised.value.reason == "invalid JSON at line 3 column 12: Expecting value"
    [rejection] = iter_inputs([path])
    assert rejection == Rejection(str(path), raised.value.reason)


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (42, MalformedInputError, "JSON is neither a record, a list of records nor an object"),
        ({"items": []}, MalformedInputError, 'JSON object has neither "text" nor an "articles"'),
        ([], EmptyInputError, "no records in the file"),
        ({"articles": []}, EmptyInputError, "no records in the file"),
        ({"text": ""}, EmptyInputError, 'record has an empty "text"'),
    ],
)
def test_ingest_json_unusable_files(
    tmp_path: Path, data: object, error: type[InputError], reason: str
) -> None:
    with pytest.raises(error, match=reason):
        read_path(write_json(tmp_path, "bad.json", data))


def test_ingest_jsonl_bad_line_among_good_ones() -> None:
    path = DATA / "records.jsonl"
    items = list(iter_inputs([path]))
    articles = [item for item in items if isinstance(item, Article)]
    rejections = [item for item in items if isinstance(item, Rejection)]
    assert [article.id for article in articles] == ["jl-1", "jl-2"]
    assert [article.source for article in articles] == [f"{path}:line 1", f"{path}:line 3"]
    assert articles[0].published == date(2025, 9, 10)
    assert articles[1].published is None
    assert rejections == [
        Rejection(f"{path}:line 4", "invalid JSON at column 46: Expecting ',' delimiter")
    ]
    assert read_path(path) == articles


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"title": "No text"}, 'record has no "text" string'),
        ({"text": 12}, 'record has no "text" string'),
        ({"text": "   \n "}, 'record has an empty "text"'),
        (["text", TEXT], "record is not a JSON object"),
        ({"id": ["x"], "text": TEXT}, '"id" is neither a string nor an integer'),
        ({"text": "short"}, "too little text: 5 characters, the minimum is 10"),
    ],
)
def test_ingest_jsonl_bad_record_rejected_alone(
    tmp_path: Path, record: object, reason: str
) -> None:
    path = tmp_path / "mixed.ndjson"
    lines = [json.dumps({"text": TEXT}), json.dumps(record), json.dumps({"text": TEXT})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_inputs([path]))
    assert items[1] == Rejection(f"{path}:line 2", reason)
    assert [item.id for item in items if isinstance(item, Article)] == ["mixed-1", "mixed-3"]


def test_ingest_json_duplicate_ids_rejected(tmp_path: Path) -> None:
    path = write_json(
        tmp_path, "dupes.json", [{"id": "x", "text": TEXT}, {"id": "x", "text": TEXT + " Again."}]
    )
    items = list(iter_inputs([path]))
    assert isinstance(items[0], Article)
    assert items[1] == Rejection(f"{path}#record-2", "duplicate id x")


@pytest.mark.parametrize(
    ("record", "text", "title"),
    [
        ({"title": "Headline", "text": TEXT}, "Headline\n" + TEXT, "Headline"),
        ({"title": "Germany will", "text": TEXT}, TEXT, "Germany will"),
        (
            {"title": " Spaced   headline ", "text": TEXT},
            "Spaced headline\n" + TEXT,
            "Spaced headline",
        ),
        ({"text": "\n\nFirst line\n" + TEXT}, "First line\n" + TEXT, "First line"),
        ({"title": 5, "text": TEXT}, TEXT, TEXT),
    ],
)
def test_ingest_json_title_goes_in_front_of_text(
    tmp_path: Path, record: dict[str, object], text: str, title: str
) -> None:
    [article] = read_path(write_json(tmp_path, "t.json", record))
    assert (article.text, article.title) == (text, title)
