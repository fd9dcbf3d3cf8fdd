"""The on-disk index: a folder of plainly named files, replaced atomically.

    <index>/CURRENT                  name of the live generation (replaced with os.replace)
    <index>/gen-<time>/manifest.json format version, embedder, FAISS kind, per-file hashes
    <index>/gen-<time>/chunks.jsonl  one Chunk per line, in vector order
    <index>/gen-<time>/vectors.npy   float32 unit vectors, one row per chunk
    <index>/gen-<time>/vectors.faiss the FAISS index over those rows
    <index>/gen-<time>/bm25/         the bm25s index
    <index>/gen-<time>/sentences.npy float16 unit vectors of each chunk's sentences
    <index>/gen-<time>/sentence_spans.npy  int32 (chunk row, offset, length) per sentence row

A build writes a whole new generation beside the live one and only then points
CURRENT at it, so a crash or Ctrl-C mid-ingest leaves the previous index usable.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from panelsearch.errors import IndexMismatch, NoIndex, PanelSearchError
from panelsearch.records import Chunk, Manifest

from . import vectors as vector_index
from .lexical import LexicalIndex

FORMAT_VERSION = 2  # 2: sentence vectors
POINTER = "CURRENT"


@dataclass
class Generation:
    """A generation's stored contents: chunks, their vectors and their sentences' vectors
    (what a build carries forward for unchanged files)."""

    folder: Path
    manifest: Manifest
    chunks: list[Chunk]
    vectors: np.ndarray
    sentence_vectors: np.ndarray  # float16, one row per sentence
    sentence_spans: np.ndarray  # int32 (chunk row, offset, length), grouped by chunk row

    def __post_init__(self) -> None:
        rows = self.sentence_spans[:, 0] if len(self.sentence_spans) else np.zeros(0, dtype="int32")
        # sentences of chunk r are rows first[r]:first[r + 1] of the sentence arrays
        self.sentence_first = np.searchsorted(rows, np.arange(len(self.chunks) + 1))


@dataclass
class StoredIndex(Generation):
    """A loaded generation ready to search: also FAISS, BM25 and column arrays for filters."""

    faiss: object
    lexical: LexicalIndex

    def __post_init__(self) -> None:
        super().__post_init__()
        self.panels = np.array([c.panel or "" for c in self.chunks], dtype=object)
        self.dates = np.array([c.meeting_date or "" for c in self.chunks], dtype=object)
        self.doc_types = np.array([c.doc_type for c in self.chunks], dtype=object)


def live_folder(index_dir: Path) -> Path | None:
    pointer = Path(index_dir) / POINTER
    if not pointer.is_file():
        return None
    folder = Path(index_dir) / pointer.read_text(encoding="utf-8").strip()
    return folder if (folder / "manifest.json").is_file() else None


def read_manifest(index_dir: Path) -> Manifest | None:
    folder = live_folder(index_dir)
    if folder is None:
        return None
    return Manifest.from_json(json.loads((folder / "manifest.json").read_text(encoding="utf-8")))


def load(index_dir: Path, embedder: str | None = None) -> StoredIndex:
    """The live index, checked against the embedder that will encode queries.

    A build may switch generations while this reads; a file gone from under it means
    CURRENT has moved on, so read again from the new one."""
    for _ in range(2):
        try:
            return _load(index_dir, embedder)
        except FileNotFoundError:
            time.sleep(0.05)
    return _load(index_dir, embedder)


def _load(index_dir: Path, embedder: str | None) -> StoredIndex:
    folder = live_folder(index_dir)
    if folder is None:
        raise NoIndex(f"no index in {index_dir}: run 'panelsearch ingest' first")
    raw = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    if raw.get("format_version") != FORMAT_VERSION:
        raise IndexMismatch(f"index in {index_dir} has format {raw.get('format_version')}, "
                            f"this version reads {FORMAT_VERSION}: run 'panelsearch ingest'")
    manifest = Manifest.from_json(raw)
    if embedder and manifest.embedder != embedder:
        raise IndexMismatch(f"index in {index_dir} was built with embedder "
                            f"'{manifest.embedder}', but '{embedder}' is set: "
                            "re-run 'panelsearch ingest' or change PANELSEARCH_EMBEDDER")
    return StoredIndex(folder, manifest, *_contents(folder),
                       faiss=vector_index.load(folder / "vectors.faiss"),
                       lexical=LexicalIndex.load(folder / "bm25"))


def generation(folder: Path, manifest: Manifest) -> Generation:
    """The contents of the generation in `folder`, whose manifest the caller has read."""
    return Generation(folder, manifest, *_contents(folder))


def _contents(folder: Path) -> tuple[list[Chunk], np.ndarray, np.ndarray, np.ndarray]:
    """Chunks, their vectors, sentence vectors and sentence spans, in Generation's order."""
    with open(folder / "chunks.jsonl", encoding="utf-8") as lines:
        chunks = [Chunk(**json.loads(line)) for line in lines if line.strip()]
    return (chunks, np.load(folder / "vectors.npy", mmap_mode="r"),
            np.load(folder / "sentences.npy"), np.load(folder / "sentence_spans.npy"))


@dataclass
class SentenceVectors:
    """Each chunk's sentences, embedded once at ingest (answers and evidence checks use them)."""

    spans: np.ndarray  # int32 (chunk row, offset, length)
    vectors: np.ndarray  # float16 unit vectors

    @classmethod
    def empty(cls, dimension: int) -> SentenceVectors:
        return cls(np.zeros((0, 3), dtype="int32"), np.zeros((0, dimension), dtype="float16"))


def write(index_dir: Path, manifest: Manifest, chunks: list[Chunk], vectors: np.ndarray,
          faiss_kind: str | None = None, sentence_vectors: SentenceVectors | None = None) -> Path:
    """Write a new generation and make it live in one atomic step; returns its folder.

    Out of disk space (or over a file-size limit), the half-written generation is
    removed and the live index is untouched."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    name = f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
    staging = index_dir / f"tmp-{name}"
    staging.mkdir()
    try:
        _write_generation(staging, manifest, chunks, vectors, faiss_kind, sentence_vectors)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            needed = (vectors.nbytes + sum(len(c.text) for c in chunks) * 3) / 2**20
            raise PanelSearchError(f"not enough disk space in {index_dir} for the new index "
                                   f"(about {needed:.0f} MB needed); the previous index is "
                                   "unchanged") from exc
        raise
    final = index_dir / name
    staging.rename(final)
    pointer_tmp = index_dir / f"{POINTER}.tmp"
    pointer_tmp.write_text(name, encoding="utf-8")
    os.replace(pointer_tmp, index_dir / POINTER)
    remove_stale(index_dir, keep=name)
    return final


def _write_generation(staging: Path, manifest: Manifest, chunks: list[Chunk], vectors: np.ndarray,
                      faiss_kind: str | None, sentence_vectors: SentenceVectors | None) -> None:
    faiss_index = vector_index.build(vectors, faiss_kind)
    manifest = replace(manifest, format_version=FORMAT_VERSION, faiss=vector_index.kind_of(faiss_index),
                       chunks=len(chunks), created=time.strftime("%Y-%m-%dT%H:%M:%S"))
    with open(staging / "chunks.jsonl", "w", encoding="utf-8") as out:
        for chunk in chunks:
            out.write(json.dumps(asdict(chunk), ensure_ascii=False) + "\n")
    np.save(staging / "vectors.npy", np.ascontiguousarray(vectors, dtype="float32"))
    sentence_vectors = sentence_vectors or SentenceVectors.empty(vectors.shape[1])
    np.save(staging / "sentences.npy", np.ascontiguousarray(sentence_vectors.vectors, dtype="float16"))
    np.save(staging / "sentence_spans.npy", np.ascontiguousarray(sentence_vectors.spans, dtype="int32"))
    vector_index.save(faiss_index, staging / "vectors.faiss")
    LexicalIndex.build([indexed_text(c) for c in chunks]).save(staging / "bm25")
    (staging / "manifest.json").write_text(json.dumps(manifest.as_json(), indent=1, ensure_ascii=False),
                                           encoding="utf-8")
    _fsync_tree(staging)


def remove_unfinished(index_dir: Path) -> None:
    """Delete half-written generations (a crash, a kill, a full disk) before a new build."""
    for entry in Path(index_dir).glob("tmp-gen-*"):
        shutil.rmtree(entry, ignore_errors=True)


def remove_stale(index_dir: Path, keep: str | None = None) -> None:
    """Delete generations older than the live one and the one before it.

    The one before stays: a reader that read CURRENT just before the switch may still
    be opening its files; it is removed by the next build."""
    keep = keep or (live_folder(index_dir) or Path("")).name
    generations = sorted((e for e in Path(index_dir).iterdir()
                          if e.is_dir() and e.name.startswith("gen-") and e.name != keep),
                         key=lambda e: e.stat().st_mtime)
    for entry in generations[:-1]:
        shutil.rmtree(entry, ignore_errors=True)
    for entry in Path(index_dir).glob("tmp-gen-*"):
        if entry.name != f"tmp-{keep}":
            shutil.rmtree(entry, ignore_errors=True)


def indexed_text(chunk: Chunk) -> str:
    """What the embedder and BM25 both see: the item's context, then the verbatim chunk."""
    return f"{chunk.context}\n{chunk.text}"


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
