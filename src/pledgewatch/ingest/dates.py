"""Publication dates from datelines and metadata strings.

A small regex parser for the dateline styles of English-language news:
``Published 4 September 2025``, ``September 4, 2025``, ``Sept. 4, 2025``,
``4 Sept 2025``, ``2025-09-04``, ``PARIS, Jan 6, 2026 (Reuters) -``,
``Updated: 2025-11-14``, and the dotted ``04.09.2025`` of European outlets.
Slashed dates (``04/09/2025``) are ambiguous between US and European order
and are not read.
"""

from __future__ import annotations

import re
from datetime import date, datetime

DATELINE_LINES = 5
"""How many non-empty lines at the top of a text may hold the dateline:
headline, standfirst, byline, dateline and one spare, as in wire copy and
the test corpus."""

_MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Years 1900-2099: wider than any news archive, narrow enough that a number
# like 3000 (troops) next to a month name is not read as a year.
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_MONTH_NAME = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 2025-09-04, 2025-09-04T10:00:00Z
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    # 4 September 2025, 4 Sept. 2025, 4th September, 2025, 4. September 2025
    re.compile(_DAY + r"\.?\s+(?:of\s+)?" + _MONTH_NAME + r",?\s+" + _YEAR, re.IGNORECASE),
    # September 4, 2025; Sept. 4 2025; Jan 6, 2026
    re.compile(r"\b" + _MONTH_NAME + r"\s+" + _DAY + r",?\s+" + _YEAR, re.IGNORECASE),
    # 04.09.2025
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\d)"),
)


def find_date(line: str) -> date | None:
    """The first valid date written anywhere in ``line``, else None."""
    found: list[tuple[int, date]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(line):
            day = _to_date(match)
            if day is not None:
                found.append((match.start(), day))
                break
    return min(found)[1] if found else None


def find_published(text: str) -> date | None:
    """The date in the dateline: the first date in the first few non-empty lines."""
    lines = [line for line in text.split("\n") if line.strip()][:DATELINE_LINES]
    for line in lines:
        day = find_date(line)
        if day is not None:
            return day
    return None


def parse_date(value: object) -> date | None:
    """A metadata date: ISO date or datetime, else a dateline style; None if unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    return find_date(text)


def _to_date(match: re.Match[str]) -> date | None:
    month_text = match.group("month").lower()
    month = _MONTHS.get(month_text.rstrip(".")) if month_text[0].isalpha() else int(month_text)
    if month is None:
        return None
    try:
        return date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None
