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
    lead outside the folder, dangle or loop are left out (see `corpus_problems`)."""
    return _walk(Path(folder))[0]


def corpus_problems(folder: str | Path) -> list[Skipped]:
    """The links in `folder` that are not read, each with its reason: the corpus is a
    boundary, so a link to a file elsewhere (a system file, another share) is never indexed."""
    return _walk(Path(folder))[1]


def _walk(folder: Path) -> tuple[list[Path], list[Skipped]]:
    if not folder.is_dir():
        raise PanelSearchError(f"{folder}: corpus folder not found")
    root = folder.resolve()
    files, problems = [], []
    for directory, subfolders, names in os.walk(folder, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(n for n in names if not n.startswith(".")):
            path = Path(directory) / name
            reason = _link_problem(path, root)
            if reason:
                problems.append(Skipped(str(path), reason))
            elif path.is_file():
                files.append(path)
        for name in list(subfolders):
            link = Path(directory) / name
            if link.is_symlink():  # a linked folder is walked only if it stays inside
                reason = _link_problem(link, root)
                if reason:
                    problems.append(Skipped(str(link), reason))
                    subfolders.remove(name)
                else:
                    files += [p for p in corpus_files(link)]
                    subfolders.remove(name)
    return sorted(set(files)), problems


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
    files, problems = _walk(folder)
    yield from problems
    for path in files:
        result = read_paper(path, path.relative_to(folder).as_posix())
        yield result if isinstance(result, Skipped) else result[0]
