"""Build or update the index from a corpus folder, re-embedding only what changed."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

import ingest
from panelsearch.errors import PanelSearchError
from panelsearch.records import Chunk
from panelsearch.settings import embedder_name

from . import embedder, store

Progress = Callable[[str, int, int], None]  # (stage, done, total)
BATCH = 256  # texts per progress step; the model batches 32 at a time within it


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
        report = _build(Path(corpus), Path(index_dir), progress, faiss_kind)
        _export_question_encoder(Path(index_dir), embedder_name())
        return report


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


def _build(corpus: Path, index_dir: Path, progress: Progress | None,
           faiss_kind: str | None) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport()
    name = embedder_name()
    store.remove_unfinished(index_dir)  # a build that crashed or ran out of room left these
    previous = _previous(index_dir, name)
    files = ingest.corpus_files(corpus)
    report.skipped.extend(ingest.corpus_problems(corpus))
    report.files = len(files)
    hashes = {p.relative_to(corpus).as_posix(): _hash(p) for p in files}
    old_files = previous.manifest["files"] if previous else {}
    old_skipped = previous.manifest.get("skipped", {}) if previous else {}
    if previous and faiss_kind in (None, previous.manifest.get("faiss")) and \
            {d: e["hash"] for d, e in old_files.items()} | \
            {d: e["hash"] for d, e in old_skipped.items()} == hashes:
        report.up_to_date = True
        report.reused = len(old_files)
        report.items = sum(e["items"] for e in old_files.values())
        report.chunks = len(previous.chunks)
        report.skipped += [ingest.Skipped(str(corpus / d), e["reason"]) for d, e in old_skipped.items()]
        report.seconds = time.perf_counter() - started
        return report

    manifest_files: dict[str, dict] = {}
    manifest_skipped: dict[str, dict] = {}
    kept_chunks: list[Chunk] = []
    kept_rows: list[int] = []
    new_chunks: list[Chunk] = []
    by_doc = _rows_by_doc(previous)
    for done, path in enumerate(files, start=1):
        doc_id = path.relative_to(corpus).as_posix()
        digest = hashes[doc_id]
        if progress:
            progress("read", done, len(files))
        if doc_id in old_files and old_files[doc_id]["hash"] == digest:
            manifest_files[doc_id] = old_files[doc_id]
            rows = by_doc.get(doc_id, [])
            kept_chunks.extend(previous.chunks[r] for r in rows)  # type: ignore[union-attr]
            kept_rows.extend(rows)
            report.reused += 1
            continue
        if doc_id in old_skipped and old_skipped[doc_id]["hash"] == digest:
            manifest_skipped[doc_id] = old_skipped[doc_id]
            report.skipped.append(ingest.Skipped(str(path), old_skipped[doc_id]["reason"]))
            continue
        paper = ingest.read_paper(path, doc_id)
        if not isinstance(paper, ingest.Skipped):
            doc, items = paper
            try:
                chunks = ingest.chunk(doc, items)
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the ingest
                paper = ingest.Skipped(str(path), f"cannot cut into chunks ({type(exc).__name__})")
        if isinstance(paper, ingest.Skipped):
            manifest_skipped[doc_id] = {"hash": digest, "reason": paper.reason}
            report.skipped.append(paper)
            continue
        report.read += 1
        new_chunks.extend(chunks)
        manifest_files[doc_id] = {"hash": digest, "source": str(path), "panel": doc.panel,
                                  "body": doc.body, "meeting_date": doc.meeting_date,
                                  "doc_type": doc.doc_type, "items": len(items),
                                  "chunks": len(chunks)}
    report.removed = len(set(old_files) - set(hashes))

    new_spans = _sentence_spans(new_chunks, first_row=len(kept_chunks))
    new_vectors, new_sentence_vectors = _embed(new_chunks, new_spans, len(kept_chunks), name,
                                               progress)
    report.embedded = len(new_chunks)
    old_vectors = np.asarray(previous.vectors[kept_rows]) if previous and kept_rows else None
    parts = [v for v in (old_vectors, new_vectors) if v is not None and len(v)]
    dimension = parts[0].shape[1] if parts else (previous.vectors.shape[1] if previous else 384)
    all_vectors = np.vstack(parts) if parts else np.zeros((0, dimension), dtype="float32")
    all_chunks = kept_chunks + new_chunks
    sentence_vectors = _join_sentences(previous, kept_rows, new_spans, new_sentence_vectors,
                                       dimension)
    if progress:
        progress("write", 0, 1)
    panels = sorted({(e["panel"], e["body"]) for e in manifest_files.values() if e["panel"]},
                    key=lambda pair: (pair[0], pair[1] or ""))
    manifest = {"embedder": name, "dimension": int(dimension), "corpus": str(corpus),
                "ingest_code": ingest_code(),
                "files": manifest_files, "skipped": manifest_skipped,
                "panels": [{"panel": p, "body": b} for p, b in panels]}
    store.write(index_dir, manifest, all_chunks, all_vectors, faiss_kind, sentence_vectors)
    if progress:
        progress("write", 1, 1)
    report.items = sum(e["items"] for e in manifest_files.values())
    report.chunks = len(all_chunks)
    report.seconds = time.perf_counter() - started
    return report


def _export_question_encoder(index_dir: Path, name: str) -> None:
    """The ONNX copy of the embedder that questions are encoded with (fast start, one thread);
    if it cannot be made, questions are encoded with torch instead."""
    from . import onnx_encoder

    try:
        onnx_encoder.export(embedder.model_path(name), index_dir, name)
    except Exception as exc:  # noqa: BLE001 - an optional speed-up must not fail the ingest
        import logging

        logging.getLogger(__name__).warning("question encoder not exported (%s): using torch", exc)


def _previous(index_dir: Path, name: str) -> store.StoredIndex | None:
    """The live index if it can be reused (same format, embedder and ingest code), else None."""
    manifest = store.read_manifest(index_dir)
    if not manifest or manifest.get("format_version") != store.FORMAT_VERSION \
            or manifest.get("embedder") != name or manifest.get("ingest_code") != ingest_code():
        return None
    return store.load(index_dir, name)


@functools.lru_cache(maxsize=1)
def ingest_code() -> str:
    """A fingerprint of the segmentation and chunking code: when it changes, every file is
    read again, so an upgrade never leaves items cut by the old rules."""
    digest = hashlib.sha256()
    folder = Path(ingest.__file__).parent
    for source in sorted([*folder.glob("*.py"), *folder.glob("data/*.json")]):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _rows_by_doc(previous: store.StoredIndex | None) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for row, chunk in enumerate(previous.chunks if previous else []):
        rows.setdefault(chunk.doc_id, []).append(row)
    return rows


def _sentence_spans(chunks: list[Chunk], first_row: int) -> np.ndarray:
    """(chunk row, offset, length) of every sentence of the new chunks, in row order."""
    spans = [(first_row + i, offset, len(sentence)) for i, chunk in enumerate(chunks)
             for offset, sentence in ingest.sentences(chunk.text)]
    return np.array(spans, dtype="int32").reshape(-1, 3)


def _join_sentences(previous: store.StoredIndex | None, kept_rows: list[int], new_spans: np.ndarray,
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
    if len(new_spans):
        spans.append(new_spans)
        vectors.append(new_vectors)
    if not spans:
        return store.SentenceVectors.empty(dimension)
    return store.SentenceVectors(np.vstack(spans).astype("int32"),
                                 np.vstack(vectors).astype("float16"))


def _embed(chunks: list[Chunk], spans: np.ndarray, first_row: int, name: str,
           progress: Progress | None) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Vectors of the chunks (with their context header) and of their sentences
    (`spans` rows count from `first_row`, the row of chunks[0])."""
    if not chunks:
        return None, None
    texts = [store.indexed_text(c) for c in chunks]
    texts += [chunks[row - first_row].text[offset:offset + length] for row, offset, length in spans]
    # longest first: batches of similar length waste less padding
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    out = np.zeros((len(texts), embedder.dimension(name)), dtype="float32")
    for start in range(0, len(order), BATCH):
        batch = order[start:start + BATCH]
        out[batch] = embedder.encode([texts[i] for i in batch], name, batch_size=32)
        if progress:
            progress("embed", min(start + BATCH, len(order)), len(order))
    return out[:len(chunks)], out[len(chunks):]


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
