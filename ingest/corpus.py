"""Walk a corpus folder: every paper read, every unreadable file named with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from panelsearch.errors import PanelSearchError, UnreadableFile
from panelsearch.records import Document, Item

from .readers import load
from .segment import segment


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


def read_paper(path: Path, doc_id: str | None = None) -> tuple[Document, list[Item]] | Skipped:
    """One file read and segmented; any failure is a Skipped with a one-line reason, never raised.

    The index build and `read_corpus` both read through here, so a file that one
    of them skips the other skips too."""
    try:
        doc = load(path, doc_id=doc_id)
        return doc, segment(doc)
    except UnreadableFile as exc:
        return Skipped(str(path), exc.reason)
    except PanelSearchError as exc:
        return Skipped(str(path), str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the corpus
        detail = " ".join(str(exc).split())[:200]
        return Skipped(str(path), f"unexpected error while reading ({type(exc).__name__}: {detail})")


def read_corpus(folder: str | Path) -> Iterator[Document | Skipped]:
    """Documents in file order; a file that cannot be read yields Skipped, never raises."""
    folder = Path(folder)
    for path in corpus_files(folder):
        result = read_paper(path, path.relative_to(folder).as_posix())
        yield result if isinstance(result, Skipped) else result[0]
