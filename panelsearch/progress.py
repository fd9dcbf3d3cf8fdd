"""A rich progress bar for long work, driven by (stage, done, total) callbacks."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

STAGES = {"read": "Reading and segmenting", "embed": "Embedding chunks", "write": "Writing index"}


@contextlib.contextmanager
def bar(enabled: bool = True) -> Iterator:
    """Yields a callback(stage, done, total); draws nothing when not on a terminal."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description:<24}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), transient=False) as progress:
        tasks: dict[str, TaskID] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(STAGES.get(stage, stage), total=total)
            progress.update(tasks[stage], completed=done, total=total)

        yield update
