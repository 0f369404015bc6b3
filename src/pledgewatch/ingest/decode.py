"""From a file's bytes to a Python string, or a one-line reason why not.

Order of the checks: empty, byte-order mark, binary signatures, then the
encoding: UTF-8 first, then (for HTML and XML) the charset the document
declares, then charset_normalizer's best guess.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from pledgewatch.errors import BinaryInputError, DecodeError, EmptyInputError

SNIFF_BYTES = 8 * 1024
"""8 KiB: the window git and grep read to tell binary from text; it holds the
magic number of every format below and, in practice, a NUL byte of any
binary file."""

CHARSET_DECLARATION_BYTES = 32 * 1024
"""Where to look for ``<meta charset>`` or ``<?xml encoding>``. The HTML
standard's prescan reads 1024 bytes, but real pages put the declaration after
long inline scripts: the latest one in the real-world test pages sits at byte
24,215, so 32 KiB covers them with some margin."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 LE must be tried before UTF-16 LE: its BOM starts with the same bytes.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "GZIP"),
)

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_:.+-]+)""",
    re.IGNORECASE,
)

_WHATWG_AS_WINDOWS_1252 = frozenset({"ascii", "iso8859-1"})
"""Labels that browsers (WHATWG Encoding standard) read as windows-1252."""

_WINDOWS_1252_LANGUAGES = frozenset(
    {
        "Unknown",
        "English",
        "French",
        "German",
        "Spanish",
        "Portuguese",
        "Italian",
        "Dutch",
        "Danish",
        "Swedish",
        "Norwegian",
        "Finnish",
        "Indonesian",
    }
)
"""Languages written in windows-1252, as charset_normalizer names them."""


def bytes_to_text(data: bytes, source: str, *, markup: bool) -> str:
    """Decode a file's bytes; raise an InputError subclass if they are not text.

    ``markup`` says the bytes are HTML or XML, whose charset declaration is
    then trusted after UTF-8.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _decode_strictly(data[len(bom) :], codec, source)
            break
    else:
        if not data.strip():
            raise EmptyInputError(source, "empty file")
        bomless = _bomless_utf16(data)
        if bomless is not None:
            text = bomless
        else:
            refuse_binary(data, source)
            text = _decode_without_bom(data, source, markup=markup)
    if not text.strip():
        raise EmptyInputError(source, "empty file")
    return text


def binary_kind(data: bytes) -> str | None:
    """The name of the binary format ``data`` starts with, else None."""
    for magic, kind in _MAGIC_NUMBERS:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:SNIFF_BYTES]:
        return "NUL bytes"
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""Control characters that text does not hold (tabs, line and page breaks aside)."""


def _bomless_utf16(data: bytes) -> str | None:
    """The text of UTF-16 without a byte-order mark (as some Windows tools
    export "Unicode" text), else None.

    Such text has NUL bytes in one byte of each pair (the high byte of
    Latin letters, spaces and punctuation) and none in the other; binary
    data has them in both. The bytes must then decode strictly and give
    printable text.
    """
    if len(data) % 2:
        return None
    head = data[:SNIFF_BYTES]
    for codec, high, low in (
        ("utf-16-le", head[1::2], head[0::2]),
        ("utf-16-be", head[0::2], head[1::2]),
    ):
        if b"\x00" in high and b"\x00" not in low:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if not _CONTROL.search(text, 0, SNIFF_BYTES):
                return text
    return None


def has_bom(data: bytes) -> bool:
    """Whether ``data`` starts with a Unicode byte-order mark."""
    return any(data.startswith(bom) for bom, _codec in _BOMS)


def refuse_binary(data: bytes, source: str) -> None:
    """Raise BinaryInputError if ``data`` is an image, an archive or has NUL bytes."""
    kind = binary_kind(data)
    if kind is not None:
        raise BinaryInputError(source, f"binary file ({kind}), not text")


def _decode_strictly(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise DecodeError(source, f"not valid {codec} at byte {error.start}") from None


def _decode_without_bom(data: bytes, source: str, *, markup: bool) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if markup:
        declared = _decode_as_declared(data)
        if declared is not None:
            return declared
    return _decode_by_guess(data, source)


def _decode_as_declared(data: bytes) -> str | None:
    """Decode with the charset the HTML or XML declares, if it fits the bytes."""
    match = _DECLARED_CHARSET.search(data[:CHARSET_DECLARATION_BYTES])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii")
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    # Browsers read latin-1 and ASCII labels as windows-1252; its few undefined
    # bytes then fall back to latin-1, which decodes anything.
    candidates = ("cp1252", "latin-1") if codec in _WHATWG_AS_WINDOWS_1252 else (codec,)
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return None


def _decode_by_guess(data: bytes, source: str) -> str:
    """charset_normalizer's candidates, judged by the common words they give.

    On short European text, charset_normalizer's ranking of the single-byte
    code pages is unreliable: French in latin-1 came out as windows-1250
    ("à" read as "ŕ") or windows-1257, even ranked by a chaos of 0.0 against
    windows-1252's 0.01. So the candidates within CHAOS_TOLERANCE of the
    best, and windows-1252, are each decoded and scored by how many of their
    words are common words with letters beyond ASCII (COMMON_WORDS), less
    its symbols misplaced inside words; the highest score wins. On a tie,
    windows-1252 goes first when the text reads as a windows-1252 language,
    else charset_normalizer's order. A guess must decode the bytes
    strictly: on noise, charset_normalizer falls back to "ascii" with a
    made-up payload.
    """
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise DecodeError(source, "bytes in no text encoding we can read")
    western = best.language in _WINDOWS_1252_LANGUAGES
    candidates = ["cp1252"] if western else []
    candidates += [m.encoding for m in matches if m.chaos <= best.chaos + CHAOS_TOLERANCE]
    if not western:
        candidates.append("cp1252")
    decoded: list[tuple[int, int, str]] = []
    for rank, encoding in enumerate(dict.fromkeys(candidates)):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        decoded.append((_common_words(text), -rank, text))
    if not decoded:
        raise DecodeError(source, "bytes in no text encoding we can read")
    return max(decoded)[2]


CHAOS_TOLERANCE = 0.05
"""How much more "chaos" (charset_normalizer's measure of odd characters, 0
to 1) than the best guess a candidate may show and still be judged by its
words: windows-1252 French scored 0.01 against windows-1257's 0.0, while
a wrong code page for Cyrillic or Asian text scores 0.1 and more."""

_WORD = re.compile(r"\w+")

COMMON_WORDS = frozenset(
    """
    à où là déjà être même très après ça dès voilà
    è più perché però già può così sarà ciò città
    también está están más sólo después según aún así qué país será días año
    não são até só após então ações ação já há
    für über können müssen würde während zurück später größe möglich
    på så för är även när också både någon går før være første når
    että myös sekä tämä hänen jälkeen
    się że są już może będzie także również więc według który
    při být také již ještě může řekl které této když před přes
    až ešte môže ktorý sú
    és már között után még így több első ő
    și în că să fără după până către
    için çok değil göre sonra üç şey
    и в не на что это как по с он я к из за от так для бы но все его
    і та що це як до з від але й ми
    да се че са
    και το να του της την για με από στην που
    """.split()
)
"""Frequent words that hold letters beyond ASCII, in the European languages
written in single-byte code pages (French, Italian, Spanish, Portuguese,
German, Scandinavian, Finnish, Polish, Czech, Slovak, Hungarian, Romanian,
Turkish, Russian, Ukrainian, Bulgarian, Greek): a wrong code page turns
them into words no language has."""


_MISPLACED_SYMBOL = re.compile(r"(?<=[^\W\d_])[\xa1-\xb6\xb8-\xbf\xd7\xf7](?=[^\W\d_])")
"""A Latin-1 symbol between two letters ("Rz¹d", "powiedzia³"): Polish,
Czech or Romanian letters read in windows-1252. The middle dot is left out:
Catalan writes "col·lecció"."""


def _common_words(text: str) -> int:
    """Common words found, less symbols misplaced inside words."""
    found = sum(word in COMMON_WORDS for word in _WORD.findall(text.lower()))
    return found - len(_MISPLACED_SYMBOL.findall(text))
