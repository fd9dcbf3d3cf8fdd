"""The `panelsearch` command: a thin layer over ingest, index, qa and eval."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import PanelSearchError

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


def main() -> None:
    """Entry point: user errors are one line and exit 1; anything else is exit 2."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
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
