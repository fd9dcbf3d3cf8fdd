"""Walk a corpus folder: every paper read, every unreadable file named with its reason."""

from __future__ import annotations

import os
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
    """Every file under `folder` (hidden files and folders left out), sorted; links that
    lead outside the folder, dangle or loop are left out (see `walk_corpus`)."""
    return walk_corpus(folder)[0]


def walk_corpus(folder: str | Path) -> tuple[list[Path], list[Skipped]]:
    """(files to read, links not read with their reasons), in one walk. The corpus is a
    boundary: a link to a file elsewhere (a system file, another share) is never indexed."""
    folder = Path(folder)
    if not folder.is_dir():
        raise PanelSearchError(f"{folder}: corpus folder not found")
    files: list[Path] = []
    problems: list[Skipped] = []
    _walk(folder, folder.resolve(), files, problems, set())
    return sorted(set(files)), problems


def _walk(folder: Path, root: Path, files: list[Path], problems: list[Skipped],
          walked: set[Path]) -> None:
    links: list[Path] = []
    for directory, subfolders, names in os.walk(folder, followlinks=False):
        walked.add(Path(directory).resolve())
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(n for n in names if not n.startswith(".")):
            path = Path(directory) / name
            reason = _link_problem(path, root)
            if reason:
                problems.append(Skipped(str(path), reason))
            elif path.is_file():
                files.append(path)
        links += [Path(directory) / d for d in subfolders if (Path(directory) / d).is_symlink()]
        subfolders[:] = [d for d in subfolders if not (Path(directory) / d).is_symlink()]
    # a linked folder is walked after the real ones, and only if it stays inside and is new
    for link in links:
        reason = _link_problem(link, root)
        if not reason and link.resolve() in walked:
            reason = "link to a folder already read"
        if reason:
            problems.append(Skipped(str(link), reason))
        else:
            _walk(link, root, files, problems, walked)


def _link_problem(path: Path, root: Path) -> str | None:
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return "link to a file that does not exist"
    except (RuntimeError, OSError):
        return "link that loops back on itself"
    if not target.is_relative_to(root):
        return f"link to {target}, outside the corpus folder (not read)"
    return None


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
    files, problems = walk_corpus(folder)
    yield from problems
    for path in files:
        result = read_paper(path, path.relative_to(folder).as_posix())
        yield result if isinstance(result, Skipped) else result[0]
