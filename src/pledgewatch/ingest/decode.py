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
        _refuse_binary(data, source)
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


def _refuse_binary(data: bytes, source: str) -> None:
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
    """charset_normalizer's best guess, nudged to windows-1252 on a tie.

    On short Western European text, charset_normalizer ranks windows-1250 or
    other code pages first while windows-1252 has the same (zero) chaos: the
    detector cannot tell them apart, so we prefer windows-1252 when it ties
    and the text it gives reads as a windows-1252 language. The guess must
    decode the bytes strictly: on noise, charset_normalizer falls back to
    "ascii" with a made-up payload.
    """
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise DecodeError(source, "bytes in no text encoding we can read")
    windows_1252_ties = any(
        match.chaos <= best.chaos
        and "cp1252" in match.could_be_from_charset
        and match.language in _WINDOWS_1252_LANGUAGES
        for match in matches
    )
    for encoding in ("cp1252", best.encoding) if windows_1252_ties else (best.encoding,):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise DecodeError(source, "bytes in no text encoding we can read")
