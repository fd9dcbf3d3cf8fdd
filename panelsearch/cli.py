"""The `panelsearch` command: a thin layer over ingest, index, qa and eval."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import PanelSearchError


class DayMonthOrYear(click.ParamType):
    """A date as precise as the user wrote it: (first day, last day) of that day, month or year."""

    name = "date"

    def convert(self, value, param, ctx):
        from qa.query import period_bounds

        if isinstance(value, tuple):
            return value
        bounds = period_bounds(str(value))
        if bounds is None:
            self.fail(f"{value!r} is not a date: use 2017, 2017-03 or 2017-03-05", param, ctx)
        return bounds


DAY_MONTH_OR_YEAR = DayMonthOrYear()

INDEX_OPTION = click.option("--index", "index_path", envvar="PANELSEARCH_INDEX",
                            type=click.Path(file_okay=False),
                            help="Index folder (default .panelsearch/ at the repo root).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="panelsearch")
def cli() -> None:
    """Search and question answering over Police and Crime Panel papers."""


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (a list of items).")
def items(file: str, as_json: bool) -> None:
    """The agenda items found in one FILE, in document order (no index needed)."""
    import ingest

    doc = ingest.load(file)
    found = ingest.segment(doc)
    if as_json:
        click.echo(json.dumps([item.as_json() for item in found], indent=2, ensure_ascii=False))
        return
    click.echo(f"{doc.source}: {doc.panel or 'unknown panel'}, {doc.doc_type}, "
               f"{doc.meeting_date or 'no date'}; {len(found)} items")
    for item in found:
        where = f" (p. {item.page})" if item.page else ""
        date = f" [{item.meeting_date}]" if item.meeting_date != doc.meeting_date else ""
        click.echo(f"  {item.number or '-':>6}  {item.title}{where}{date}")


@cli.command()
@click.option("--corpus", "corpus_path", envvar="PANELSEARCH_CORPUS", type=click.Path(),
              help="Folder of papers (default corpus/ at the repo root).")
@INDEX_OPTION
def ingest(corpus_path: str | None, index_path: str | None) -> None:
    """Index the corpus: new and changed files are read and embedded, removed ones dropped."""
    from index import build

    from . import progress, settings

    corpus, index_dir = settings.corpus_dir(corpus_path), settings.index_dir(index_path)
    with progress.bar(enabled=sys.stderr.isatty()) as report_progress:
        report = build(corpus, index_dir, progress=report_progress)
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    state = "up to date" if report.up_to_date else "updated"
    click.echo(f"Index {state} in {report.seconds:.1f}s: {report.files} files "
               f"({report.read} read, {report.reused} unchanged, {report.removed} removed, "
               f"{len(report.skipped)} skipped), {report.items} items, {report.chunks} chunks "
               f"({report.embedded} embedded) -> {index_dir}")


@cli.command()
@click.argument("question", required=False)
@click.option("--questions", "questions_file", type=click.Path(dir_okay=False),
              help="A JSONL file of {\"id\", \"question\"} lines; prints one JSON line each.")
@click.option("--k", default=10, show_default=True, type=click.IntRange(1, 100),
              help="Passages to return.")
@click.option("--panel", multiple=True, help="Only these panels (overrides the question).")
@click.option("--since", type=DAY_MONTH_OR_YEAR, help="Meetings on or after (2017, 2017-03 or 2017-03-05).")
@click.option("--until", type=DAY_MONTH_OR_YEAR,
              help="Meetings on or before (2017 means to the end of 2017; 2017-01-01 that day).")
@click.option("--doc-type", type=click.Choice(["agenda", "minutes", "report", "agenda pack"]))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@INDEX_OPTION
def ask(question: str | None, questions_file: str | None, k: int, panel: tuple[str, ...],
        since, until, doc_type: str | None, as_json: bool, index_path: str | None) -> None:
    """Answer QUESTION from the papers, with cited passages (or abstain)."""
    import qa
    from index import Filters, Searcher

    from . import settings
    from .jsonl import read_questions

    if bool(question) == bool(questions_file):
        raise click.UsageError("give either a QUESTION or --questions FILE.jsonl")
    given = Filters(list(panel), since[0] if since else None, until[1] if until else None, doc_type)
    batch = read_questions(questions_file) if questions_file else [(None, question or "")]
    searcher = Searcher(settings.index_dir(index_path))
    for qid, text in batch:
        filters = qa.question_filters(text, searcher).overridden(given)
        answer = qa.ask(text, searcher, k=k, filters=filters, qid=qid)
        if as_json or questions_file:
            click.echo(json.dumps(answer.as_json(), ensure_ascii=False,
                                  indent=None if questions_file else 2))
        else:
            from .render import answer_text

            click.echo(answer_text(answer))


DEV_OPTION = click.option("--dev-dir", type=click.Path(file_okay=False),
                          help="Where the index of every development paper is kept "
                               "(default dev/ inside the index folder).")


@cli.command(name="eval")
@click.option("--questions", "questions_file", type=click.Path(dir_okay=False, exists=True),
              help="Your own gold questions (JSONL), scored on --index. Default: both "
                   "development sets, on an index of every development paper.")
@click.option("--items", "items_file", type=click.Path(dir_okay=False, exists=True),
              help="Your own gold agenda items for the papers in --corpus. Default: both sets.")
@click.option("--corpus", "corpus_path", envvar="PANELSEARCH_CORPUS", type=click.Path(),
              help="The corpus (default corpus/).")
@click.option("--report", "report_dir", type=click.Path(file_okay=False),
              help="Where to write report.md, report.json and plots (default eval/reports/).")
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
@click.option("--segmentation-only", is_flag=True,
              help="Only agenda items and metadata (no index needed; a few seconds).")
@DEV_OPTION
@INDEX_OPTION
def evaluate(questions_file: str | None, items_file: str | None, corpus_path: str | None,
             report_dir: str | None, as_json: bool, segmentation_only: bool, dev_dir: str | None,
             index_path: str | None) -> None:
    """Segmentation, metadata, retrieval and answers against gold files, methods side by side."""
    import eval as evaluation
    from eval import report as reporting
    from eval import segmentation

    from . import progress, settings

    corpus = settings.corpus_dir(corpus_path)
    if segmentation_only:
        from eval.report import segmentation_table

        seg = segmentation.evaluate_sets(segmentation.gold_sets(corpus, items_file))
        click.echo(json.dumps(seg, indent=1, ensure_ascii=False) if as_json
                   else segmentation_table(seg))
        return
    with progress.bar(enabled=sys.stderr.isatty()) as report_progress:
        report = evaluation.run(corpus, settings.dev_dir(dev_dir),
                                Path(questions_file) if questions_file else None,
                                settings.index_dir(index_path),
                                Path(items_file) if items_file else None, report_progress)
    folder = reporting.write(report, Path(report_dir) if report_dir else reporting.REPORT_DIR)
    if as_json:
        click.echo(json.dumps(report, indent=1, ensure_ascii=False))
        return
    click.echo(reporting.evaluation_table(report))
    click.echo(f"Report: {folder / 'report.md'}")


@cli.command()
@DEV_OPTION
def calibrate(dev_dir: str | None) -> None:
    """Fit the answerability model on the development questions (seeds and real papers);
    the threshold is chosen on predictions for panels held out of the fit."""
    from eval import devset
    from eval.calibrate import calibrate as fit
    from index import Searcher

    from . import progress, settings

    folder = settings.dev_dir(dev_dir)
    with progress.bar(enabled=sys.stderr.isatty()) as report_progress:
        dev_index = devset.dev_index(settings.corpus_dir(), folder, report_progress)
    fitted = fit(devset.questions(), Searcher(dev_index))
    click.echo(f"coefficients {dict(zip(fitted['features'], fitted['coef']))}, "
               f"intercept {fitted['intercept']}, threshold {fitted['threshold']}")
    for name, row in fitted["about"]["held_out_by_set"].items():
        click.echo(f"held out by panel, {name}: answered {row['answerable_answered']}/"
                   f"{row['answerable']} answerable, abstained on {row['unanswerable_abstained']}/"
                   f"{row['unanswerable']} unanswerable (not counting panels with no papers)")


@cli.command()
@click.option("--sizes", default="10000,100000", show_default=True,
              help="Synthetic chunk counts for the FAISS scale table (e.g. 10000,100000,1000000).")
@click.option("--corpus", "corpus_path", envvar="PANELSEARCH_CORPUS", type=click.Path())
@click.option("--skip-scale", is_flag=True, help="Only the corpus benchmarks.")
@click.option("--app-sessions", default="", help="Also time the app in this many concurrent "
              "headless Chromium sessions, e.g. 1,3 (needs Debian chromium and chromium-driver).")
@click.option("--data", "data_kinds", default="clustered,uniform", show_default=True,
              help="Synthetic vectors for the scale table: clustered (like text), uniform (worst case).")
@INDEX_OPTION
def bench(sizes: str, corpus_path: str | None, skip_scale: bool, app_sessions: str,
          data_kinds: str, index_path: str | None) -> None:
    """Print benchmark tables: query latency, ingest throughput, FAISS exact vs HNSW at scale."""
    from eval import bench as benchmarks
    from eval.devset import seed_questions

    from . import settings

    questions = [q["question"] for q in seed_questions()]
    click.echo("Questions: warm retrieval and full answer (ms), each extra question in one "
               "'ask --questions' run (ms), cold 'ask' from process start (s)")
    click.echo(benchmarks.table(benchmarks.latency_under_load(settings.index_dir(index_path),
                                                              questions)))
    click.echo("\nIngest throughput vs the raw model on the same texts (chunks and sentences)")
    click.echo(benchmarks.table([benchmarks.ingest_throughput(settings.corpus_dir(corpus_path))]))
    click.echo(f"\nPeak memory of this process: {benchmarks.peak_memory_mb()} MB")
    if app_sessions:
        click.echo("\nApp: Enter to answer on screen, concurrent browser sessions")
        click.echo(benchmarks.table([benchmarks.app_latency(settings.index_dir(index_path), questions,
                                                            int(n)) for n in app_sessions.split(",")]))
    if not skip_scale:
        click.echo("\nFAISS exact vs HNSW on synthetic 384-d unit vectors (k=10)")
        counts = [int(size) for size in sizes.split(",") if size.strip()]
        rows = [row for kind in data_kinds.split(",") if kind.strip()
                for row in benchmarks.faiss_scale(counts, data_kind=kind.strip())]
        click.echo(benchmarks.table(rows))


@cli.command()
@click.option("--port", default=8501, show_default=True, type=int)
@click.option("--host", default="localhost", show_default=True,
              help="Address to listen on; 0.0.0.0 opens the app to the network (put it behind a "
                   "reverse proxy with sign-in: see the README).")
def serve(port: int, host: str) -> None:
    """Start the Streamlit app (http://localhost:PORT, links like /?q=QUESTION)."""
    import signal
    import subprocess

    from . import settings

    command = [sys.executable, "-m", "streamlit", "run", str(settings.ROOT / "app.py"),
               "--server.port", str(port), "--server.address", host, "--server.headless", "true",
               "--browser.gatherUsageStats", "false", "--client.showErrorDetails", "false"]
    click.echo(f"panelsearch app on http://{host}:{port}")
    child = subprocess.Popen(command)

    def stop(signum, frame) -> None:  # stopping serve stops the app it started
        child.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)
    try:
        code = child.wait()
    except KeyboardInterrupt:
        child.terminate()
        code = child.wait()
    sys.exit(0 if code in (0, -signal.SIGTERM) else code)


def main() -> None:
    """Entry point: user errors are one line and exit 1; anything else is exit 2."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        # one line, whatever the kind (click prints usage and a hint over three)
        click.echo(f"Error: {exc.format_message()}", err=True)
        sys.exit(1)
    except PanelSearchError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        click.echo(f"Internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(2)
    sys.exit(0)


if __name__ == "__main__":
    main()
