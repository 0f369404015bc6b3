"""Bad input through the real command line: every kind of unusable input
gets one line naming it and why, the rest is stored, the exit status is 1,
and a summary says what was added, unchanged and rejected.

Each test runs the installed ``pledgewatch`` script as a subprocess, as a
user would in a shell (docs/reliability.md lists the faults tried here).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import pledgewatch
from pledgewatch.cli import main
from pledgewatch.ingest.limits import Limits

SCRIPT = Path(sys.executable).parent / "pledgewatch"
SUMMARY = re.compile(
    r"^(\d+) articles read: (\d+) added, (\d+) updated, (\d+) unchanged, (\d+) inputs rejected$"
)

GOOD = "Norway pledges ships\nNorway pledged two minesweepers to Ukraine on Monday.\n"
FRENCH = "Le Danemark s'engage à envoyer des frégates en Ukraine, a déclaré le ministre."
RUSSIAN = "Россия заявила, что не допустит размещения войск НАТО на Украине."
WIDE = "Denmark pledged F-16 jets — “soon”, the minister said."


@dataclass(frozen=True)
class Inputs:
    folder: Path
    explicit: tuple[Path, ...]
    rejected: dict[str, str]
    """Input as named on standard error -> a part of the reason given."""
    stored: dict[str, str]
    """Article id -> a part of its stored text."""


def run_cli(
    args: list[str | Path], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    if not SCRIPT.is_file():
        pytest.fail(f"no installed script at {SCRIPT}")
    base = {k: v for k, v in os.environ.items() if not k.startswith("PLEDGEWATCH_")}
    return subprocess.run(
        [str(SCRIPT), *map(str, args)],
        cwd=cwd,
        env=base | {"COLUMNS": "80"} | (env or {}),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _jsonl(*lines: bytes) -> bytes:
    return b"\n".join(lines) + b"\n"


@pytest.fixture
def inputs(tmp_path: Path) -> Inputs:
    folder = tmp_path / "inbox"
    folder.mkdir()
    rejected: dict[str, str] = {}

    def bad(name: str, data: bytes | str, reason: str) -> None:
        rejected[str(_write(folder, name, data))] = reason

    bad("empty.txt", b"", "empty file")
    bad("blank.txt", b" \n\t\r\n ", "empty file")
    bad("empty.json", b"", "empty file")
    bad("empty.html", b"", "empty file")
    bad(
        "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file (PNG)"
    )
    bad("noise.txt", b"\x00" + os.urandom(4096), "binary file (NUL bytes)")
    bad("export.json", b"PK\x03\x04" + bytes(64), "binary file (ZIP)")
    bad("undecodable.txt", bytes(range(0x80, 0x100)) * 4, "bytes in no text encoding we can read")
    bad("broken.json", '[{"id": "a", "text": "France pledged', "invalid JSON at line 1 column")
    bad("deep.json", "[" * 100_000, "invalid JSON: nested too deeply")
    bad("notfeed.xml", '<?xml version="1.0"?><catalog><book/></catalog>', "not an RSS or Atom feed")
    bad("scripts.html", "<html><body><script>alert(1)</script></body></html>", "no article text")
    bad("tags.html", "<<<>>><><!-- <p> --><", "not an HTML document")
    bad("long.txt", "Norway pledged ships. " * 50_000, "above the limit of 1,000,000")
    huge = folder / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(21_000_000)  # sparse: its size is checked before it is read
    rejected[str(huge)] = "file is 21,000,000 bytes, above the limit of 20 MB per article"

    records = folder / "records.jsonl"
    records.write_bytes(
        _jsonl(
            json.dumps({"id": "r1", "text": GOOD}).encode(),
            b'{"id": "r2", "text": "cut off',
            json.dumps({"id": "r3", "text": GOOD.replace("two", "three")}).encode(),
            b"[1, 2]",
            b'{"id": "r5", "text": "caf\xe9 cr\xe8me pledged"}',
            b'{"title": "no text"}',
        )
    )
    rejected[f"{records}:line 2"] = "invalid JSON at column"
    rejected[f"{records}:line 4"] = "record is not a JSON object"
    rejected[f"{records}:line 5"] = "not UTF-8 at byte"
    rejected[f"{records}:line 6"] = 'record has no "text" string'
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><guid>n1</guid><title>Norway pledges ships</title>"
        "<description>Norway pledged two minesweepers to Ukraine.</description></item>"
        "<item><title>Cut</title><description>France pledged"
    )
    _write(folder, "truncated.rss", feed)
    rejected[f"{folder / 'truncated.rss'}#entry-2"] = "the feed is malformed"

    _write(folder, "good.txt", GOOD)
    _write(folder, "latin1.txt", FRENCH.encode("latin-1"))
    _write(folder, "cyrillic.txt", RUSSIAN.encode("cp1251"))
    _write(folder, "wide.txt", WIDE.encode("utf-16-le"))  # no byte-order mark

    missing = tmp_path / "missing.txt"
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(loop)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    inside_a_file = folder / "good.txt" / "inside.txt"
    explicit = [missing, dangling, loop, fifo, inside_a_file]
    rejected[str(missing)] = "no such file or folder"
    rejected[str(dangling)] = "no such file or folder"
    rejected[str(loop)] = "cannot read the file: Too many levels of symbolic links"
    rejected[str(fifo)] = "not a regular file"
    rejected[str(inside_a_file)] = "cannot read the file: Not a directory"
    if os.geteuid() != 0:  # root reads whatever the mode says
        locked = _write(tmp_path, "locked.txt", GOOD)
        locked.chmod(0)
        explicit.append(locked)
        rejected[str(locked)] = "cannot read the file: Permission denied"

    stored = {
        "good": "minesweepers",
        "latin1": "s'engage à envoyer des frégates",
        "cyrillic": "размещения войск НАТО",
        "wide": "“soon”",
        "r1": "two minesweepers",
        "r3": "three minesweepers",
        "n1": "Norway pledged two minesweepers",
    }
    return Inputs(folder, tuple(explicit), rejected, stored)


def _summary(stderr: str) -> tuple[int, ...]:
    found = [SUMMARY.match(line) for line in stderr.splitlines()]
    matches = [m for m in found if m]
    assert len(matches) == 1, stderr
    return tuple(int(n) for n in matches[0].groups())


def test_cli_every_kind_of_bad_input_gets_one_line_and_the_rest_is_stored(
    inputs: Inputs, tmp_path: Path
) -> None:
    db = tmp_path / "inbox.db"
    done = run_cli(["ingest", inputs.folder, *inputs.explicit, "--db", db], tmp_path)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    lines = done.stderr.splitlines()
    # Every line of standard error is one rejection or the summary: no stray output.
    assert all(line.startswith("rejected ") or SUMMARY.match(line) for line in lines), lines
    for source, reason in inputs.rejected.items():
        named = [line for line in lines if line.startswith(f"rejected {source}: ")]
        assert len(named) == 1, f"{source}: {lines}"
        assert reason in named[0], named[0]
    rejections = [line for line in lines if line.startswith("rejected ")]
    assert len(rejections) == len(inputs.rejected), rejections
    n = len(inputs.stored)
    assert _summary(done.stderr) == (n, n, 0, 0, len(inputs.rejected))
    with pledgewatch.Store(f"sqlite:///{db}") as store:
        texts = {s.article.id: s.article.text for s in store.articles()}
    assert sorted(texts) == sorted(inputs.stored)
    for article_id, part in inputs.stored.items():
        assert part in texts[article_id], texts[article_id]

    again = run_cli(["ingest", inputs.folder, *inputs.explicit, "--db", db], tmp_path)
    assert again.returncode == 1
    assert _summary(again.stderr) == (n, 0, 0, n, len(inputs.rejected))


def _sized_inputs(folder: Path) -> None:
    folder.mkdir()
    _write(folder, "small.txt", GOOD)
    _write(folder, "big.txt", GOOD * 400)  # 30 kB
    lines = [json.dumps({"id": f"j{i}", "text": GOOD * (1 if i else 400)}) for i in range(3)]
    _write(folder, "lines.jsonl", "\n".join(lines))


def _check_sized(folder: Path, stderr: str) -> None:
    lines = stderr.splitlines()
    assert "Traceback" not in stderr
    assert (
        f"rejected {folder / 'big.txt'}: file is 30,000 bytes, "
        "above the limit of 10,000 bytes per article (--max-article-mb)"
    ) in lines
    assert any(
        line.startswith(f"rejected {folder / 'lines.jsonl'}:line 1: article is ")
        and "above the limit of 10,000 bytes per article" in line
        for line in lines
    ), lines
    assert _summary(stderr) == (3, 3, 0, 0, 2)


def test_cli_article_size_limit_from_the_option(tmp_path: Path) -> None:
    folder = tmp_path / "sized"
    _sized_inputs(folder)
    args: list[str | Path] = ["ingest", folder, "--db", tmp_path / "a.db"]
    done = run_cli([*args, "--max-article-mb", "0.01"], tmp_path)
    assert done.returncode == 1, done.stderr
    _check_sized(folder, done.stderr)


def test_cli_article_size_limit_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "sized"
    _sized_inputs(folder)
    monkeypatch.setenv("PLEDGEWATCH_MAX_ARTICLE_MB", "0.01")
    with pytest.raises(SystemExit) as exit:
        main(["ingest", str(folder), "--db", str(tmp_path / "b.db")])
    assert exit.value.code == 1
    _check_sized(folder, capsys.readouterr().err)
    monkeypatch.setenv("PLEDGEWATCH_MAX_ARTICLE_MB", "lots")
    with pytest.raises(SystemExit) as exit:
        main(["ingest", str(folder), "--db", str(tmp_path / "b.db")])
    assert exit.value.code == 2
    assert "--max-article-mb" in capsys.readouterr().err


def test_ingest_text_limit_is_what_the_extractor_reads_in_one_piece() -> None:
    """Regression: a text of 1-2 million characters passed ingest's limit and
    then failed spaCy's ``max_length`` in extraction, ending the whole ingest."""
    from pledgewatch.extract.nlp import analyzer

    assert Limits().max_text_chars <= analyzer(None).nlp.max_length
