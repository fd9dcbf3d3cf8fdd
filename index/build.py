"""Build or update the index from a corpus folder, re-embedding only what changed."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

import ingest
from panelsearch.errors import PanelSearchError
from panelsearch.records import Chunk, FileEntry, Manifest, SkippedEntry
from panelsearch.settings import embedder_name

from . import embedder, store

Progress = Callable[[str, int, int], None]  # (stage, done, total)
PROGRESS_EVERY = 256  # texts embedded between progress reports


@dataclass
class BuildReport:
    files: int = 0
    read: int = 0  # files read and segmented this time (new or changed)
    reused: int = 0  # unchanged files whose chunks and vectors were kept
    removed: int = 0
    items: int = 0
    chunks: int = 0
    embedded: int = 0
    skipped: list[ingest.Skipped] = field(default_factory=list)
    seconds: float = 0.0
    up_to_date: bool = False


def build(corpus: str | Path, index_dir: str | Path, progress: Progress | None = None,
          faiss_kind: str | None = None) -> BuildReport:
    """Index every readable file in `corpus`; the previous index stays live until this finishes."""
    with _exclusive(Path(index_dir)):
        return _build(Path(corpus), Path(index_dir), progress, faiss_kind)


@contextlib.contextmanager
def _exclusive(index_dir: Path) -> Iterator[None]:
    """One ingest at a time per index folder (a second one is told, not queued)."""
    import fcntl

    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise PanelSearchError(f"another ingest is updating {index_dir}; "
                                   "wait for it to finish") from exc
        yield


@dataclass
class Plan:
    """What a build starts from: the corpus files, their hashes and the reusable index."""

    corpus: Path
    index_dir: Path
    embedder: str  # the embedder's name (or folder)
    files: list[Path]
    problems: list[ingest.Skipped]  # links not read (outside the corpus, dangling, looping)
    hashes: dict[str, str]  # doc_id -> sha256
    manifest: Manifest | None  # the live index's, if its chunks and vectors can be reused

    @property
    def old_files(self) -> dict[str, FileEntry]:
        return self.manifest.files if self.manifest else {}

    @property
    def old_skipped(self) -> dict[str, SkippedEntry]:
        return self.manifest.skipped if self.manifest else {}

    @functools.cached_property
    def previous(self) -> store.Generation | None:
        """The reusable chunks and vectors: read only when something changed (an up-to-date
        index is not loaded at all)."""
        folder = store.live_folder(self.index_dir)
        return store.generation(folder, self.manifest) if self.manifest and folder else None

    def unchanged(self, faiss_kind: str | None) -> bool:
        if self.manifest is None or faiss_kind not in (None, self.manifest.faiss):
            return False
        known = {d: e.hash for d, e in self.old_files.items()}
        known |= {d: e.hash for d, e in self.old_skipped.items()}
        return known == self.hashes


@dataclass
class Reading:
    """The files as read this time: kept from the last index, newly read, or skipped."""

    files: dict[str, FileEntry] = field(default_factory=dict)
    skipped: dict[str, SkippedEntry] = field(default_factory=dict)
    kept_chunks: list[Chunk] = field(default_factory=list)
    kept_rows: list[int] = field(default_factory=list)
    new_chunks: list[Chunk] = field(default_factory=list)


def _build(corpus: Path, index_dir: Path, progress: Progress | None,
           faiss_kind: str | None) -> BuildReport:
    """Plan, read what changed, embed it, write a new generation."""
    started = time.perf_counter()
    report = BuildReport()
    name = embedder_name()
    store.remove_unfinished(index_dir)  # a build that crashed or ran out of room left these
    plan = _plan(corpus, index_dir, name)
    report.files = len(plan.files)
    report.skipped.extend(plan.problems)
    if plan.unchanged(faiss_kind):
        assert plan.manifest is not None
        report.up_to_date = True
        report.reused = len(plan.old_files)
        report.items = sum(e.items for e in plan.old_files.values())
        report.chunks = plan.manifest.chunks
        report.skipped += [ingest.Skipped(str(corpus / d), e.reason)
                           for d, e in plan.old_skipped.items()]
        _export_encoder(index_dir, name)  # an index made before the export existed gets it too
    else:
        reading = _read(plan, report, progress)
        encode = passage_encoder(index_dir, name)
        _embed_and_write(plan, reading, index_dir, encode, faiss_kind, report, progress)
    report.seconds = time.perf_counter() - started
    return report


def _plan(corpus: Path, index_dir: Path, name: str) -> Plan:
    files, problems = ingest.walk_corpus(corpus)
    return Plan(corpus, index_dir, name, files, problems,
                {p.relative_to(corpus).as_posix(): _hash(p) for p in files},
                _reusable_manifest(index_dir, name))


def _read(plan: Plan, report: BuildReport, progress: Progress | None) -> Reading:
    """Unchanged files keep their chunks; new and changed ones are read through the same
    `ingest.read_paper` as `read_corpus`; any failure skips that file with its reason."""
    reading = Reading()
    by_doc = _rows_by_doc(plan.previous)
    for done, path in enumerate(plan.files, start=1):
        doc_id = path.relative_to(plan.corpus).as_posix()
        digest = plan.hashes[doc_id]
        if progress:
            progress("read", done, len(plan.files))
        old, old_skip = plan.old_files.get(doc_id), plan.old_skipped.get(doc_id)
        if old and old.hash == digest and plan.previous is not None:
            reading.files[doc_id] = old
            rows = by_doc.get(doc_id, [])
            reading.kept_chunks.extend(plan.previous.chunks[r] for r in rows)
            reading.kept_rows.extend(rows)
            report.reused += 1
        elif old_skip and old_skip.hash == digest:
            reading.skipped[doc_id] = old_skip
            report.skipped.append(ingest.Skipped(str(path), old_skip.reason))
        else:
            _read_one(path, doc_id, digest, plan.embedder, reading, report)
    report.removed = len(set(plan.old_files) - set(plan.hashes))
    return reading


def _read_one(path: Path, doc_id: str, digest: str, name: str, reading: Reading,
              report: BuildReport) -> None:
    paper = ingest.read_paper(path, doc_id)
    chunks: list[Chunk] = []
    if not isinstance(paper, ingest.Skipped):
        try:
            chunks = ingest.chunk(paper[0], paper[1], embedder.token_counter(name))
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the ingest
            paper = ingest.Skipped(str(path), f"cannot cut into chunks ({type(exc).__name__})")
    if isinstance(paper, ingest.Skipped):
        reading.skipped[doc_id] = SkippedEntry(digest, paper.reason)
        report.skipped.append(paper)
        return
    doc, items = paper
    report.read += 1
    reading.new_chunks.extend(chunks)
    reading.files[doc_id] = FileEntry(digest, str(path), doc.panel, doc.body, doc.meeting_date,
                                      doc.doc_type, items=len(items), chunks=len(chunks))


def _embed_and_write(plan: Plan, reading: Reading, index_dir: Path, encode: Encode,
                     faiss_kind: str | None, report: BuildReport,
                     progress: Progress | None) -> None:
    previous, kept_rows = plan.previous, reading.kept_rows
    new_spans = _sentence_spans(reading.new_chunks, first_row=len(reading.kept_chunks))
    new_vectors, new_sentence_vectors = _embed(reading.new_chunks, new_spans,
                                               len(reading.kept_chunks), encode, progress)
    report.embedded = len(reading.new_chunks)
    old_vectors = np.asarray(previous.vectors[kept_rows]) if previous and kept_rows else None
    parts = [v for v in (old_vectors, new_vectors) if v is not None and len(v)]
    dimension = parts[0].shape[1] if parts else (previous.vectors.shape[1] if previous else 384)
    all_vectors = np.vstack(parts) if parts else np.zeros((0, dimension), dtype="float32")
    all_chunks = reading.kept_chunks + reading.new_chunks
    sentence_vectors = _join_sentences(previous, kept_rows, new_spans, new_sentence_vectors,
                                       dimension)
    if progress:
        progress("write", 0, 1)
    manifest = Manifest(plan.embedder, int(dimension), str(plan.corpus), ingest_code(),
                        files=reading.files, skipped=reading.skipped)
    store.write(index_dir, manifest, all_chunks, all_vectors, faiss_kind, sentence_vectors)
    if progress:
        progress("write", 1, 1)
    report.items = sum(e.items for e in reading.files.values())
    report.chunks = len(all_chunks)


class Encode(Protocol):
    """Texts -> unit vectors, batched by the encoder, calling `progress(texts done)`."""

    def __call__(self, texts: list[str], *,
                 progress: Callable[[int], None] | None = None) -> np.ndarray: ...


def passage_encoder(index_dir: Path, name: str) -> Encode:
    """ONNX Runtime on every core when the embedder can be exported (about twice torch's
    speed here, same vectors), else the embedder in torch."""
    import os

    from . import onnx_encoder

    folder = _export_encoder(index_dir, name)
    if folder is not None:
        try:
            return onnx_encoder.passage_encoder(str(folder), os.cpu_count() or 1).encode_many
        except Exception as exc:  # noqa: BLE001 - fall back to torch rather than fail the ingest
            _warn_torch(exc)
    return _torch_encoder(name)


def _torch_encoder(name: str) -> Encode:
    def encode(texts: list[str], *, progress: Callable[[int], None] | None = None) -> np.ndarray:
        parts = []
        for start in range(0, len(texts), PROGRESS_EVERY):
            parts.append(embedder.encode(texts[start:start + PROGRESS_EVERY], name, batch_size=32))
            if progress:
                progress(min(start + PROGRESS_EVERY, len(texts)))
        return np.vstack(parts) if parts else np.zeros((0, embedder.dimension(name)), "float32")

    return encode


def _export_encoder(index_dir: Path, name: str) -> Path | None:
    """The ONNX copy of the embedder that ingest and questions encode with (fast start, one
    thread per question); if it cannot be made, both use torch instead."""
    from . import onnx_encoder

    try:
        return onnx_encoder.export(embedder.model_path(name), index_dir, name)
    except Exception as exc:  # noqa: BLE001 - an optional speed-up must not fail the ingest
        _warn_torch(exc)
        return None


def _warn_torch(exc: Exception) -> None:
    import logging

    logging.getLogger(__name__).warning("ONNX encoder not usable (%s): encoding with torch", exc)


def _reusable_manifest(index_dir: Path, name: str) -> Manifest | None:
    """The live index's manifest if its contents can be reused (same format, embedder and
    ingest code), else None."""
    manifest = store.read_manifest(index_dir)
    if not manifest or manifest.format_version != store.FORMAT_VERSION \
            or manifest.embedder != name or manifest.ingest_code != ingest_code():
        return None
    return manifest


@functools.lru_cache(maxsize=1)
def ingest_code() -> str:
    """A fingerprint of the segmentation and chunking code: when it changes, every file is
    read again, so an upgrade never leaves items cut by the old rules."""
    digest = hashlib.sha256()
    folder = Path(ingest.__file__).parent
    for source in sorted([*folder.glob("*.py"), *folder.glob("data/*.json")]):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _rows_by_doc(previous: store.Generation | None) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for row, chunk in enumerate(previous.chunks if previous else []):
        rows.setdefault(chunk.doc_id, []).append(row)
    return rows


def _sentence_spans(chunks: list[Chunk], first_row: int) -> np.ndarray:
    """(chunk row, offset, length) of every sentence of the new chunks, in row order."""
    spans = [(first_row + i, offset, len(sentence)) for i, chunk in enumerate(chunks)
             for offset, sentence in ingest.sentences(chunk.text, _last_of_item(chunks, i))]
    return np.array(spans, dtype="int32").reshape(-1, 3)


def _last_of_item(chunks: list[Chunk], i: int) -> bool:
    """Whether chunk i ends its item: its last line was not cut by a window, so no other
    chunk holds the rest (a resolution printed without a full stop; a stored page cut off
    mid-sentence, quoted as printed)."""
    following = chunks[i + 1] if i + 1 < len(chunks) else None
    return following is None or following.doc_id != chunks[i].doc_id \
        or following.item_index != chunks[i].item_index


def _join_sentences(previous: store.Generation | None, kept_rows: list[int], new_spans: np.ndarray,
                    new_vectors: np.ndarray | None, dimension: int) -> store.SentenceVectors:
    """Kept chunks keep their sentence vectors (renumbered to their new rows); new ones follow."""
    spans, vectors = [], []
    if previous is not None:
        for new_row, old_row in enumerate(kept_rows):
            first, last = previous.sentence_first[old_row], previous.sentence_first[old_row + 1]
            if last > first:
                kept = np.array(previous.sentence_spans[first:last])
                kept[:, 0] = new_row
                spans.append(kept)
                vectors.append(np.asarray(previous.sentence_vectors[first:last]))
    if len(new_spans) and new_vectors is not None:
        spans.append(new_spans)
        vectors.append(new_vectors)
    if not spans:
        return store.SentenceVectors.empty(dimension)
    return store.SentenceVectors(np.vstack(spans).astype("int32"),
                                 np.vstack(vectors).astype("float16"))


def _embed(chunks: list[Chunk], spans: np.ndarray, first_row: int, encode: Encode,
           progress: Progress | None) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Vectors of the chunks (with their context header) and of their sentences
    (`spans` rows count from `first_row`, the row of chunks[0])."""
    if not chunks:
        return None, None
    texts = [store.indexed_text(c) for c in chunks]
    texts += [chunks[row - first_row].text[offset:offset + length] for row, offset, length in spans]
    # a sentence in the overlap of two chunks, or a repeated line, is embedded once
    position: dict[str, int] = {}
    where = [position.setdefault(text, len(position)) for text in texts]
    vectors = _embed_texts(list(position), encode, progress)[where]
    return vectors[:len(chunks)], vectors[len(chunks):]


def _embed_texts(texts: list[str], encode: Encode, progress: Progress | None) -> np.ndarray:
    # longest first: batches of similar length waste less padding
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    reported = 0

    def embedded(done: int) -> None:
        nonlocal reported
        if progress and (done - reported >= PROGRESS_EVERY or done == len(order)):
            reported = done
            progress("embed", done, len(order))

    if progress:
        progress("embed", 0, len(order))
    # one call for every text: the encoder keeps all cores busy up to its last batch
    in_order = encode([texts[i] for i in order], progress=embedded)
    out = np.empty_like(in_order)
    out[order] = in_order
    return out


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
