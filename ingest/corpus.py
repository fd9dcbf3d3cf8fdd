"""Walk a corpus folder: every paper read, every unreadable file named with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from panelsearch.errors import PanelSearchError, UnreadableFile
from panelsearch.records import Document

from .readers import load


@dataclass
class Skipped:
    path: str
    reason: str


def corpus_files(folder: str | Path) -> list[Path]:
    """Every file under `folder` (hidden files and folders left out), sorted."""
    folder = Path(folder)
    if not folder.is_dir():
        raise PanelSearchError(f"{folder}: corpus folder not found")
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in
                                             p.relative_to(folder).parts))


def read_corpus(folder: str | Path) -> Iterator[Document | Skipped]:
    """Documents in file order; a file that cannot be read yields Skipped, never raises."""
    folder = Path(folder)
    for path in corpus_files(folder):
        doc_id = path.relative_to(folder).as_posix()
        try:
            yield load(path, doc_id=doc_id)
        except UnreadableFile as exc:
            yield Skipped(str(path), exc.reason)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the corpus
            yield Skipped(str(path), f"unexpected error while reading ({type(exc).__name__}: {exc})")
