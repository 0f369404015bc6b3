"""HTML fragments (feed entry content) to plain text with paragraph breaks.

Uses the standard library's forgiving ``html.parser``: feed content is a
fragment, often invalid, and only needs its text and its block boundaries.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    """address article aside blockquote dd div dl dt figcaption figure footer
    h1 h2 h3 h4 h5 h6 header hr li main ol p pre section table tr ul""".split()
)
_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "head", "title"})
_HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_LOOKS_LIKE_HTML = re.compile(r"<[a-zA-Z!/]|&[#a-zA-Z0-9]+;")


class _TextCollector(HTMLParser):
    """Collects text; a block tag starts a paragraph, ``<br>`` a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            # Whitespace inside HTML text is not significant: one space.
            self.parts.append(_HTML_WHITESPACE.sub(" ", data))


def fragment_to_text(fragment: str) -> str:
    """The text of an HTML fragment; paragraphs separated by a blank line."""
    if not _LOOKS_LIKE_HTML.search(fragment):
        return fragment
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = "".join(collector.parts).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines)
