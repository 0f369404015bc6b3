"""The exception tree of pledgewatch.

::

    PledgewatchError                 anything pledgewatch raises on purpose
    ├── InputError                   one input cannot be read; it is skipped
    │   ├── EmptyInputError          no text at all
    │   ├── BinaryInputError         not text (NUL bytes, an image, a zip)
    │   ├── TooLargeError            above the size limit
    │   ├── DecodeError              bytes in no encoding we can read
    │   ├── MalformedInputError      JSON/feed/HTML that does not parse
    │   ├── UnsupportedInputError    a file type we do not read
    │   └── FetchError               a URL that could not be fetched (status, retry)
    ├── UsageError                   the user asked for something impossible
    │   └── NotFoundError            an actor or article id that is not stored
    ├── GoldFormatError              a gold annotation file is not valid
    ├── KnowledgeBaseError           a knowledge-base data file is not valid
    └── StoreError                   the database cannot be opened or migrated

Every error carries a one-line message meant for the user; the CLI prints it
without a traceback. Programming errors are not wrapped: they surface as
ordinary Python exceptions.
"""

from __future__ import annotations


class PledgewatchError(Exception):
    """Base class; ``str(error)`` is a one-line explanation for the user."""


class InputError(PledgewatchError):
    """An input (file, record, feed entry) that cannot be ingested."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class TooLargeError(InputError):
    pass


class DecodeError(InputError):
    pass


class MalformedInputError(InputError):
    pass


class UnsupportedInputError(InputError):
    pass


class FetchError(InputError):
    """A URL that could not be fetched: ``source`` is the URL, ``reason`` says
    why (an HTTP status, a timeout, robots.txt, the size limit)."""

    def __init__(
        self, source: str, reason: str, *, status: int | None = None, retry: bool = False
    ) -> None:
        super().__init__(source, reason)
        self.status = status
        """The HTTP status of the last response, if one came."""
        self.retry = retry
        """Whether a later attempt may succeed (a timeout, 429, 5xx)."""


class UsageError(PledgewatchError):
    pass


class NotFoundError(UsageError):
    pass


class GoldFormatError(PledgewatchError):
    pass


class KnowledgeBaseError(PledgewatchError):
    pass


class StoreError(PledgewatchError):
    pass
