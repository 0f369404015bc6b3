"""Plain text and Markdown: titles, datelines, normalisation, encodings, ids."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pledgewatch.ingest import read_path
from pledgewatch.ingest.dates import find_published, parse_date
from pledgewatch.ingest.normalize import normalize_text

DATA = Path(__file__).parent / "data" / "ingest"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_ingest_text_happy_path() -> None:
    [article] = read_path(DATA / "reassurance.txt")
    assert article.id == "reassurance"
    assert (
        article.title == "Netherlands ready to send air-defence crews to Ukraine after a ceasefire"
    )
    assert article.text.startswith(article.title + "\nPARIS, Sept. 4, 2025 (Wire)")
    assert article.text.endswith("near the front line.")
    assert "\n\n\n" not in article.text
    assert article.published == date(2025, 9, 4)
    assert article.source == str(DATA / "reassurance.txt")
    assert (article.url, article.outlet, article.language) == (None, None, None)


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Germany weighs air policing\nBody text follows here.", "Germany weighs air policing"),
        ("\n\n   \n  Leading blank lines  \nThen the body.", "Leading blank lines"),
        (
            "One single line that is the whole article.",
            "One single line that is the whole article.",
        ),
    ],
)
def test_ingest_text_title_is_first_line(tmp_path: Path, content: str, title: str) -> None:
    [article] = read_path(write(tmp_path, "a.txt", content))
    assert article.title == title
    assert article.text.split("\n", 1)[0] == title


def test_ingest_text_long_first_line_gives_a_cut_title(tmp_path: Path) -> None:
    line = "word " * 200
    [article] = read_path(write(tmp_path, "long.txt", line))
    assert article.text == line.strip()
    assert len(article.title) <= 301
    assert article.title.endswith("…")


def test_ingest_text_markdown_title_drops_heading_marks() -> None:
    [article] = read_path(DATA / "briefing.md")
    assert article.title == "Nordic states pledge training for Ukrainian brigades"
    assert article.text.startswith("# Nordic states pledge training")
    assert article.published == date(2025, 10, 12)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("Published 4 September 2025", date(2025, 9, 4)),
        ("September 4, 2025", date(2025, 9, 4)),
        ("Sept. 4, 2025", date(2025, 9, 4)),
        ("Sep 4 2025", date(2025, 9, 4)),
        ("4 Sept 2025", date(2025, 9, 4)),
        ("4th September, 2025", date(2025, 9, 4)),
        ("2025-09-04", date(2025, 9, 4)),
        ("Posted 2025-09-04T10:15:00Z by the desk", date(2025, 9, 4)),
        ("PARIS, Jan 6, 2026 (Reuters) -", date(2026, 1, 6)),
        ("Updated: 2025-11-14", date(2025, 11, 14)),
        ("KYIV, 14.11.2025 - the ministry said", date(2025, 11, 14)),
        ("Thursday, December 25, 2025, 10:00 GMT", date(2025, 12, 25)),
        ("By Jane Doe | MAY 1, 2025", date(2025, 5, 1)),
    ],
)
def test_ingest_text_dateline_styles(tmp_path: Path, dateline: str, expected: date) -> None:
    content = f"Headline about pledges\nBy a reporter\n{dateline}\n\nBody of the article."
    [article] = read_path(write(tmp_path, "dated.txt", content))
    assert article.published == expected


@pytest.mark.parametrize(
    "text",
    [
        "Headline\nNo date at all in this text.",
        "Headline\nSeptember 31, 2025 is not a day.",
        "Headline\nFrance may send 3000 troops.",
        "Headline\nSlashed dates are ambiguous: 04/09/2025.",
        "Headline\n2\n3\n4\n5\nOnly on the sixth line: 2025-09-04",
    ],
)
def test_ingest_text_without_dateline_has_no_date(text: str) -> None:
    assert find_published(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-02", date(2025, 10, 2)),
        ("2025-10-02T23:30:00+02:00", date(2025, 10, 2)),
        ("2025-10-02T14:00:00Z", date(2025, 10, 2)),
        ("October 2, 2025", date(2025, 10, 2)),
        ("not a date", None),
        ("", None),
        (20251002, None),
        (None, None),
    ],
)
def test_ingest_parse_date_values(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\r\nb\rc\u2028d", "a\nb\nc\nd"),
        ("Cafe\u0301", "Café"),
        ("line one   \nline two\t\n", "line one\nline two"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("a\n  \n \t\n\nb", "a\n\nb"),
        ("a\n\nb", "a\n\nb"),
        ("  \n\n  indented start\n\n  ", "indented start"),
        ("keep  inner   spaces and\ttabs", "keep  inner   spaces and\ttabs"),
    ],
)
def test_ingest_normalize_text(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean
    assert normalize_text(clean) == clean


def test_ingest_text_crlf_file_is_normalised() -> None:
    [article] = read_path(DATA / "crlf.text")
    assert "\r" not in article.text
    assert article.title == "Dutch offer on air policing"
    assert article.published == date(2025, 11, 14)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Zürich: Müller sagt, Deutschland schließt Bodentruppen für die Ukraine aus.", "latin-1"),
        (
            "Le ministre a déclaré que la France enverra des avions «après le cessez-le-feu».",
            "latin-1",
        ),
        ("Pledge — “smart quotes”, 10 € per soldier… and a naïve façade.", "cp1252"),
        ("Sánchez dijo que España enviará aviones y participará en la misión.", "cp1252"),
        ("Міністр оборони заявив, що Україна отримає нові системи ППО.", "utf-16"),
        ("Kraków: Polska przekaże Ukrainie kolejne czołgi, powiedział minister.", "utf-8-sig"),
        # Regressions: charset_normalizer ranked windows-1250 or -1257 first on these.
        (
            "Le Danemark s'engage à envoyer des frégates en Ukraine, a déclaré le ministre.",
            "latin-1",
        ),
        (
            "La France et le Royaume-Uni ont déjà annoncé qu'ils déploieraient des troupes. "
            "Où et quand, cela reste à décider, même si les États-Unis hésitent encore.",
            "latin-1",
        ),
        (
            "L'Italia non invierà truppe, ha detto il ministro. Più tardi è arrivata la conferma.",
            "cp1252",
        ),
        (
            "Portugal não enviará tropas, disse o ministro. Também são possíveis outras ajudas.",
            "latin-1",
        ),
        (
            "Sverige kommer att skicka flygplan, sade ministern. Så här långt är inget beslutat.",
            "latin-1",
        ),
        (
            "Polska nie wyśle żołnierzy na Ukrainę, powiedział minister. Rząd jest gotów pomóc.",
            "cp1250",
        ),
        ("Česká republika nevyšle vojáky na Ukrajinu, řekl v pondělí ministr obrany.", "cp1250"),
        ("Россия заявила, что не допустит размещения войск НАТО на Украине.", "cp1251"),
        ("Россия заявила, что не допустит размещения войск НАТО на Украине.", "koi8-r"),
        ("Україна вітає рішення партнерів, сказав міністр, і це дуже важливо.", "cp1251"),
        ("Η Ελλάδα δεν θα στείλει στρατεύματα στην Ουκρανία, είπε ο υπουργός.", "cp1253"),
        ("日本はウクライナに防衛装備を送ると発表した。首相は支援を約束した。", "shift_jis"),
        ("中国外交部表示，反对向乌克兰派遣军队。发言人说。", "gb2312"),
        ("한국 정부는 우크라이나에 인도적 지원을 계속하겠다고 밝혔다.", "euc-kr"),
        # UTF-16 without a byte-order mark, as some Windows tools export "Unicode" text.
        ("France pledged troops — “now”.\nDeutschland: Ja.", "utf-16-le"),
        ("Министр обороны заявил, что Украина получит новые системы.", "utf-16-le"),
        ("Norway pledged minesweepers — “soon”.", "utf-16-be"),
    ],
)
def test_ingest_text_legacy_encodings_decoded(tmp_path: Path, text: str, encoding: str) -> None:
    [article] = read_path(write(tmp_path, "encoded.txt", text.encode(encoding)))
    assert article.text == text


@pytest.mark.parametrize(
    "name",
    [
        "reassurance.txt",
        "crlf.text",
        "briefing.md",
        "page.html",
        "records.json",
        "records.jsonl",
        "feed.rss",
        "feed.atom",
    ],
)
def test_ingest_ids_stable(name: str) -> None:
    first = read_path(DATA / name)
    second = read_path(DATA / name)
    assert [a.id for a in first] == [a.id for a in second]
    assert [a.content_hash for a in first] == [a.content_hash for a in second]
    assert first == second
