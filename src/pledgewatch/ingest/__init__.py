"""ingest: files, folders and feeds in, clean Articles out.

::

    discover(paths)          folders -> sorted files we can read
    read_path(path)          one file -> its Articles (or an InputError)
    iter_inputs(paths)       both, lazily: Article | Rejection per record

Modules: ``files`` (discover, dispatch), ``formats`` (extensions, sniffing),
``decode`` (bytes checks, encodings), ``text``, ``html``, ``records_json``,
``feeds`` (one reader per format), ``fragments`` (HTML snippets to text),
``normalize`` (the stored text's canonical form), ``dates`` (datelines),
``ids`` (stable ids), ``article`` (assembly and shared checks), ``limits``.
"""

from __future__ import annotations

from pledgewatch.ingest.files import discover, iter_inputs, read_path
from pledgewatch.ingest.limits import Limits

__all__ = ["Limits", "discover", "iter_inputs", "read_path"]
