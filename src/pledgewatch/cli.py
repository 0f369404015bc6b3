"""The command line: one API call per command (see DESIGN.md's contract).

Exit status: 0 when everything was done, 1 when some inputs were rejected
or the work could not be done, 2 for a usage error. A user's mistake is
reported in one line on standard error, never as a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pledgewatch import monitor, pipeline, serialize
from pledgewatch.errors import PledgewatchError, UsageError
from pledgewatch.exports import write_csv
from pledgewatch.fetch.client import HOST_DELAY_SECONDS, TIMEOUT_SECONDS, FetchSettings
from pledgewatch.ingest.limits import Limits
from pledgewatch.records import IngestReport, TrackerChange, TrackerRow

app = typer.Typer(
    help="pledgewatch: who commits what to Ukraine's security, with the evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)

PROGRESS_MIN_FILES = 20
"""Show a progress bar from this many input files on: below it, the run is
over before a bar would be read."""

Db = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL or SQLite file [default: $PLEDGEWATCH_DB or sqlite:///pledgewatch.db]",
        show_default=False,
    ),
]
Paths = Annotated[
    list[str],
    typer.Argument(help="Files, folders, or http(s) URLs of pages and feeds.", show_default=False),
]
Workers = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="Extract on a local Dask cluster of this many worker processes.",
        show_default=False,
    ),
]
Dask = Annotated[
    str | None,
    typer.Option(
        "--dask",
        metavar="ADDRESS",
        help="Extract on an existing Dask scheduler (tcp://HOST:PORT).",
        show_default=False,
    ),
]

MaxArticleMb = Annotated[
    float | None,
    typer.Option(
        "--max-article-mb",
        min=0.001,
        envvar="PLEDGEWATCH_MAX_ARTICLE_MB",
        help="Reject an article (a file, or a JSON Lines line) above this size in MB "
        "[default: $PLEDGEWATCH_MAX_ARTICLE_MB or 20].",
        show_default=False,
        show_envvar=False,
    ),
]


class ListFormat(StrEnum):
    table = "table"
    json = "json"


class TrackerFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    parquet = "parquet"


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def _table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    out.print(table)


def _ingest(
    paths: Sequence[str],
    db: str | None,
    workers: int | None = None,
    dask: str | None = None,
    max_article_mb: float | None = None,
) -> IngestReport:
    urls = [p for p in paths if monitor.is_url(p)]
    files = pipeline.input_files([p for p in paths if not monitor.is_url(p)])
    limits = Limits.with_article_mb(max_article_mb)
    if urls:
        fetched = monitor.ingest_urls(urls, db, limits=limits)
        if not files:
            return fetched
        return monitor.combined(fetched, pipeline.ingest(files, db, limits=limits))
    if len(files) < PROGRESS_MIN_FILES or not err.is_terminal:
        return pipeline.ingest(files, db, workers=workers, dask=dask, limits=limits)
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=len(files))
        return pipeline.ingest(
            files,
            db,
            progress=lambda _path: bar.advance(task),
            workers=workers,
            dask=dask,
            limits=limits,
        )


def _report(report: IngestReport) -> int:
    for rejection in report.rejected:
        err.print(f"rejected {rejection.source}: {rejection.reason}", highlight=False, markup=False)
    err.print(report.summary(), highlight=False)
    return 1 if report.rejected else 0


def _print_tracker(rows: Sequence[TrackerRow], fmt: TrackerFormat) -> None:
    if fmt is TrackerFormat.json:
        _json([serialize.tracker_row(r) for r in rows])
    elif fmt is TrackerFormat.csv:
        write_csv(sys.stdout, [serialize.tracker_row(r) for r in rows])
    else:
        _table(
            f"Tracker ({len(rows)} rows)",
            ("actor", "category", "status", "since", "sources", "indep.", "contradicted", "size"),
            [
                (
                    r.actor,
                    r.category.value,
                    r.status.value,
                    r.since,
                    len(r.sources),
                    r.independent_sources,
                    "yes" if r.contradicted else "",
                    r.magnitude,
                )
                for r in rows
            ],
        )


@app.command()
def run(
    paths: Paths,
    db: Db = None,
    workers: Workers = None,
    dask: Dask = None,
    max_article_mb: MaxArticleMb = None,
) -> None:
    """The main job: ingest PATHS, then print the tracker."""
    code = _report(_ingest(paths, db, workers, dask, max_article_mb))
    _print_tracker(pipeline.tracker(db), TrackerFormat.table)
    raise typer.Exit(code)


@app.command()
def ingest(
    paths: Paths,
    db: Db = None,
    workers: Workers = None,
    dask: Dask = None,
    max_article_mb: MaxArticleMb = None,
) -> None:
    """Ingest files, folders, feeds and http(s) URLs of pages and feeds (idempotent)."""
    raise typer.Exit(_report(_ingest(paths, db, workers, dask, max_article_mb)))


@app.command()
def articles(db: Db = None, format: ListFormat = ListFormat.table) -> None:
    """The stored articles and the actors each mentions."""
    stored = pipeline.articles(db)
    if format is ListFormat.json:
        _json([serialize.article(s) for s in stored])
        return
    _table(
        f"Articles ({len(stored)})",
        ("id", "title", "outlet", "published", "actors"),
        [
            (s.article.id, s.article.title, s.article.outlet, s.article.published, len(s.actors))
            for s in stored
        ],
    )


@app.command()
def tracker(db: Db = None, format: TrackerFormat = TrackerFormat.table) -> None:
    """The tracker: each actor's current status per category."""
    _print_tracker(pipeline.tracker(db), format)


@app.command()
def commitments(
    db: Db = None,
    actor: Annotated[str | None, typer.Option(help="Only this actor id (DEU, org:nato).")] = None,
    format: ListFormat = ListFormat.table,
) -> None:
    """Commitments with their evidence."""
    items = pipeline.commitments(db, actor)
    if format is ListFormat.json:
        _json([serialize.commitment(c) for c in items])
        return
    _table(
        f"Commitments ({len(items)})",
        ("article", "actor", "category", "status", "size", "evidence"),
        [
            (c.article, c.actor, c.category.value, c.status.value, c.magnitude, c.evidence.text)
            for c in items
        ],
    )


@app.command()
def contradictions(db: Db = None, format: ListFormat = ListFormat.table) -> None:
    """Contradictions, with the evidence for each side."""
    found = pipeline.contradictions(db)
    if format is ListFormat.json:
        _json([serialize.contradiction(c) for c in found])
        return
    rows = [
        (c.actor, c.category.value, c.scope, s.status.value, s.article, s.evidence.text)
        for c in found
        for s in c.sides
    ]
    _table(
        f"Contradictions ({len(found)})",
        ("actor", "category", "scope", "status", "article", "evidence"),
        rows,
    )


@app.command()
def stories(db: Db = None, format: ListFormat = ListFormat.table) -> None:
    """Groups of articles that report the same story."""
    found = pipeline.stories(db)
    if format is ListFormat.json:
        _json([serialize.story(s) for s in found])
        return
    _table(
        f"Stories ({len(found)})",
        ("id", "articles", "reason"),
        [(s.id, ", ".join(s.articles), s.reason) for s in found],
    )


@app.command()
def flags(
    db: Db = None,
    article: Annotated[str | None, typer.Option(help="Only this article id.")] = None,
    format: ListFormat = ListFormat.table,
) -> None:
    """Data-quality flags: fuzzy-matched names, offices not held, self-contradictions."""
    found = pipeline.flags(db, article)
    if format is ListFormat.json:
        _json([serialize.flag(f) for f in found])
        return
    _table(
        f"Data-quality flags ({len(found)})",
        ("kind", "article", "actor", "detail"),
        [(f.kind, f.article, f.actor, f.detail) for f in found],
    )


@app.command(name="eval")
def eval_(
    docs: Annotated[Path, typer.Argument(help="Folder (or file) of articles.")],
    gold: Annotated[Path, typer.Argument(help="Folder of gold JSON files.")],
    format: ListFormat = ListFormat.table,
    predictions: Annotated[
        Path | None, typer.Option(help="Write one gold-format JSON per article here.")
    ] = None,
) -> None:
    """Extract DOCS and score against GOLD (ANNOTATION.md's scoring)."""
    report = pipeline.evaluate(docs, gold, predictions)
    if format is ListFormat.json:
        _json(report.as_dict())
        return
    data = report.as_dict()
    rows = []
    for name in ("commitments", "actors", "contradictions"):
        d = data[name]
        rows.append((name, d["precision"], d["recall"], d["f1"], d["tp"], d["fp"], d["fn"]))
    _table(
        f"Evaluation on {report.docs} articles (lenient commitment F1 "
        f"{data['commitments']['lenient_f1']})",
        ("measure", "precision", "recall", "F1", "tp", "fp", "fn"),
        rows,
    )


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option(help="File format.")],
    out_file: Annotated[Path, typer.Option("--out", help="File to write.")],
    db: Db = None,
) -> None:
    """Export the tracker and commitments (CSV, JSON or Parquet)."""
    written = pipeline.export(db, format.value, out_file)
    err.print(f"wrote {written}", highlight=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    db: Db = None,
) -> None:
    """Serve the HTTP API and the dashboard (ingest needs $PLEDGEWATCH_TOKEN)."""
    from pledgewatch.api import serve as serve_http  # the web stack loads only for this command

    serve_http(db, host, port)


# -- following sources (issue 8): sources, watch, changes --------------------

SourcesFile = Annotated[
    Path | None,
    typer.Option(
        "--sources",
        metavar="FILE",
        help="Sources file (YAML or TOML); default: $PLEDGEWATCH_SOURCES.",
        show_default=False,
    ),
]


class LineFormat(StrEnum):
    text = "text"
    json = "json"


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else ""


@app.command()
def sources(
    sources_file: SourcesFile = None, db: Db = None, format: ListFormat = ListFormat.table
) -> None:
    """The sources file's feeds and pages: when each was last fetched, what it gave."""
    found = monitor.source_status(sources_file, db)
    if format is ListFormat.json:
        _json([monitor.source_json(s) for s in found])
        return
    rows = []
    for item in found:
        state = item.state
        rows.append(
            (
                item.source.name,
                item.source.url,
                item.source.outlet,
                _when(state.checked_at) if state else "never",
                (state.error or state.outcome) if state else "",
                state.articles if state else 0,
            )
        )
    columns = ("name", "url", "outlet", "last fetched (UTC)", "outcome", "articles")
    _table(f"Sources ({len(found)})", columns, rows)


def _print_change(change: TrackerChange, fmt: LineFormat) -> None:
    if fmt is LineFormat.json:
        line = json.dumps(serialize.change(change), ensure_ascii=False)
    else:
        line = monitor.describe(change)
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


@app.command()
def watch(
    urls: Annotated[
        list[str] | None,
        typer.Argument(help="Feeds and pages to follow (http/https).", show_default=False),
    ] = None,
    sources_file: SourcesFile = None,
    interval: Annotated[
        float, typer.Option(min=1, help="Seconds from the start of one round to the next.")
    ] = monitor.DEFAULT_INTERVAL_SECONDS,
    once: Annotated[bool, typer.Option("--once", help="One round, then exit (cron).")] = False,
    db: Db = None,
    format: Annotated[
        LineFormat, typer.Option(help="Changes as lines, or as JSON Lines.")
    ] = LineFormat.text,
    notify: Annotated[
        str | None,
        typer.Option(metavar="URL", help="POST each round's changes as JSON to this webhook."),
    ] = None,
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds to wait for a site to answer.")
    ] = TIMEOUT_SECONDS,
    delay: Annotated[
        float, typer.Option(min=0, help="Seconds between two requests to one site.")
    ] = HOST_DELAY_SECONDS,
) -> None:
    """Follow feeds and pages: ingest what is new, print each change to the tracker."""
    failed = False

    def on_round(report: monitor.RoundReport) -> None:
        nonlocal failed
        for change in report.changes:
            _print_change(change, format)
        for rejection in report.ingest.rejected:
            err.print(
                f"failed {rejection.source}: {rejection.reason}", highlight=False, markup=False
            )
        if report.notify_error:
            err.print(f"webhook failed: {report.notify_error}", highlight=False, markup=False)
        err.print(report.summary(), highlight=False, markup=False)
        failed = failed or bool(report.ingest.rejected or report.notify_error)

    settings = FetchSettings(timeout=timeout, host_delay=delay)
    try:
        monitor.watch(
            urls or [],
            db,
            sources=sources_file,
            interval=interval,
            rounds=1 if once else None,
            notify=notify,
            on_round=on_round,
            settings=settings,
        )
    except KeyboardInterrupt:
        err.print("stopped", highlight=False)
    raise typer.Exit(1 if once and failed else 0)


def _since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        found = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"--since: not a date or time (YYYY-MM-DD[THH:MM]): {value!r}") from None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


@app.command()
def changes(
    since: Annotated[
        str | None,
        typer.Option(
            metavar="DATE",
            help="Only changes recorded on or after this day or time (YYYY-MM-DD, UTC).",
        ),
    ] = None,
    db: Db = None,
    format: ListFormat = ListFormat.table,
) -> None:
    """What changed in the tracker, and when: new rows, status changes, contradictions."""
    found = monitor.changes(db, since=_since(since))
    if format is ListFormat.json:
        _json([serialize.change(c) for c in found])
        return
    _table(
        f"Changes ({len(found)})",
        ("recorded (UTC)", "change", "actor", "category", "from", "to", "article", "evidence"),
        [
            (
                _when(c.at),
                c.kind.value,
                c.actor,
                c.category.value,
                c.old_status.value if c.old_status else "",
                c.status.value if c.status else "",
                c.article,
                c.evidence.text if c.evidence else "",
            )
            for c in found
        ],
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the app; user errors in one line, no traceback.

    Typer handles its own usage errors (exit 2) and interruptions; the
    errors of pledgewatch are printed here in one line.
    """
    try:
        app(args=list(argv) if argv is not None else None, standalone_mode=True)
    except UsageError as error:
        err.print(f"error: {error}", highlight=False, markup=False)
        sys.exit(2)
    except PledgewatchError as error:
        err.print(f"error: {error}", highlight=False, markup=False)
        sys.exit(1)
