"""Hybrid retrieval: dense (FAISS), best-sentence and lexical (BM25) rankings fused, within filters."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest.words import OUTCOME
from panelsearch.records import Chunk, IndexedPanel, Manifest
from panelsearch.settings import embedder_name

from . import embedder, store
from . import vectors as vector_index
from .filters import Filters, NamedDates, allowed_ids, dated_in_period

METHODS = ("hybrid", "dense", "bm25", "hybrid-rrf")  # hybrid-rrf: the generic baseline's fusion
RRF_K = 60
POOL = 100  # candidates taken from each ranking before fusion
VECTORS_KEPT = 256  # recent question vectors kept per searcher
DECISION_BONUS = 0.75  # in standard deviations of the fused score; set on the dev decision questions


@dataclass
class Hit:
    chunk: Chunk
    score: float
    row: int


class Searcher:
    """The live index, loaded once; `search` answers one query."""

    def __init__(self, index_dir: str | Path, embedder_setting: str | None = None) -> None:
        self.embedder = embedder_setting or embedder_name()
        self.index_dir = Path(index_dir)
        self.data = store.load(self.index_dir, self.embedder)
        self.chunks = self.data.chunks
        # the answer and the topic timeline encode the same question (and its bare form)
        self._encode = functools.lru_cache(maxsize=VECTORS_KEPT)(self._encode_once)

    @property
    def manifest(self) -> Manifest:
        return self.data.manifest

    @functools.cached_property
    def item_rows(self) -> dict[tuple[str, int], list[int]]:
        """(doc_id, item_index) -> the item's chunk rows in text order (front matter: -1)."""
        by_item: dict[tuple[str, int], list[int]] = {}
        for row, chunk in enumerate(self.chunks):
            by_item.setdefault((chunk.doc_id, chunk.item_index), []).append(row)
        for rows in by_item.values():
            rows.sort(key=lambda r: self.chunks[r].start)
        return by_item

    @functools.cached_property
    def row_of(self) -> dict[str, int]:
        """chunk_id -> row."""
        return {chunk.chunk_id: row for row, chunk in enumerate(self.chunks)}

    @functools.cached_property
    def named_dates(self) -> NamedDates:
        """The first and last days each undated paper's text names (a date, a month, a
        financial year), for its chunks; a dated paper's are left "": its own date places it."""
        from ingest.metadata import named_days

        named: dict[str, list[str]] = {}
        for chunk in self.chunks:
            if not chunk.meeting_date:
                named.setdefault(chunk.doc_id, []).extend(named_days(chunk.text))
        span = {doc: (min(days), max(days)) for doc, days in named.items() if days}
        first, last = zip(*(span.get(c.doc_id, ("", "")) for c in self.chunks)) if self.chunks else ((), ())
        return NamedDates(np.array(first, dtype=object), np.array(last, dtype=object))

    @functools.cached_property
    def minutes_carried(self) -> np.ndarray:
        """For each chunk, the day of an earlier meeting whose minutes it carries ("" for none):
        a pack prints the last meeting's minutes, from their heading to the end of the item they
        sit in, and a question about that meeting is answered there."""
        held = np.full(len(self.chunks), "", dtype=object)
        for rows in self.item_rows.values():
            for row, day in self._minutes_in_item(rows):
                held[row] = day
        return held

    def minutes_carried_by(self, row: int) -> str:
        """`minutes_carried` of one chunk, reading its item alone (an answer's lead, without
        reading the whole index)."""
        chunk = self.chunks[row]
        return dict(self._minutes_in_item(self.item_rows[(chunk.doc_id, chunk.item_index)]))[row]

    def _minutes_in_item(self, rows: list[int]) -> list[tuple[int, str]]:
        from ingest.metadata import minutes_held_on

        carried, day = [], ""
        for row in rows:
            chunk = self.chunks[row]
            found = minutes_held_on(chunk.text)
            if found and found < (chunk.meeting_date or "9999"):
                day = found
            carried.append((row, day))
        return carried

    def neighbours(self, row: int) -> tuple[int | None, int | None]:
        """The chunks before and after `row` in the same agenda item (None at its ends)."""
        chunk = self.chunks[row]
        rows = self.item_rows[(chunk.doc_id, chunk.item_index)]
        position = rows.index(row)
        return (rows[position - 1] if position else None,
                rows[position + 1] if position + 1 < len(rows) else None)

    def encode(self, query: str) -> np.ndarray:
        """The question's unit vector (read-only, shared), on one thread: ONNX Runtime when
        ingest exported the encoder (no torch import), else torch."""
        return self._encode(query)

    def forget_questions(self) -> None:
        """Drop the kept question vectors (a benchmark times each question as new)."""
        self._encode.cache_clear()

    def _encode_once(self, query: str) -> np.ndarray:
        from . import onnx_encoder

        fast = onnx_encoder.encoder_for(str(self.index_dir), self.embedder)
        vector = fast.encode(query) if fast else embedder.encode_query(query, self.embedder)
        vector.setflags(write=False)
        return vector

    def chunk(self, row: int) -> Chunk:
        return self.chunks[row]

    def chunk_by_id(self, chunk_id: str) -> Chunk | None:
        row = self.row_of.get(chunk_id)
        return None if row is None else self.chunks[row]

    def source_file(self, doc_id: str, corpus: Path) -> Path | None:
        """The indexed paper's file, for download: only a file this index read, and only
        while it is still inside the corpus folder (never a link's target elsewhere)."""
        entry = self.manifest.files.get(doc_id)
        if entry is None:
            return None
        root = Path(corpus).resolve()
        path = (root / doc_id)
        try:
            resolved = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if not resolved.is_relative_to(root) or not resolved.is_file():
            return None
        return resolved

    def vector(self, row: int) -> np.ndarray:
        return np.asarray(self.data.vectors[row], dtype="float32")

    def sentences(self, row: int) -> tuple[list[str], np.ndarray]:
        """A chunk's sentences (verbatim) and their unit vectors, as embedded at ingest."""
        first, last = self.data.sentence_first[row], self.data.sentence_first[row + 1]
        text = self.chunks[row].text
        spans = self.data.sentence_spans[first:last]
        return ([text[offset:offset + length] for _, offset, length in spans],
                np.asarray(self.data.sentence_vectors[first:last], dtype="float32"))

    def document_frequency(self, stem: str) -> int:
        return self.data.lexical.document_frequency(stem)

    def papers_naming(self, words: str) -> Counter[str]:
        """For each panel, how many of its papers contain every word of `words` ("Ely")."""
        from .lexical import tokenize

        rows = self.data.lexical.rows_with(tokenize([words])[0])
        papers = {(self.chunks[row].panel, self.chunks[row].doc_id) for row in rows.tolist()}
        return Counter(panel for panel, _doc in papers if panel)

    @property
    def size(self) -> int:
        """Chunks in the index (the N of IDF)."""
        return self.data.lexical.size

    @property
    def panels(self) -> list[IndexedPanel]:
        """Each indexed panel once, with the body name its papers print."""
        return self.manifest.panels

    def search(self, query: str, k: int = 10, filters: Filters | None = None,
               method: str = "hybrid", query_vector: np.ndarray | None = None) -> list[Hit]:
        """The k best chunks for `query` that pass `filters`, best first; `query_vector`, if
        given, is used for the dense and sentence rankings instead of encoding `query`."""
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}; choose from {METHODS}")
        filters = filters or Filters()
        dated = filters.since or filters.until
        allowed = allowed_ids(filters, self.data.panels, self.data.dates, self.data.doc_types,
                              self.named_dates if dated else None, self.minutes_carried if dated else None)
        if not self.chunks or (allowed is not None and len(allowed) == 0):
            return []
        pool = max(POOL, 5 * k)
        rankings: list[list[tuple[int, float]]] = []
        if method in ("hybrid", "dense", "hybrid-rrf"):
            vector = self.encode(query) if query_vector is None else query_vector
            scores, ids = vector_index.search(self.data.faiss, vector, pool, allowed)
            rankings.append(list(zip(ids.tolist(), scores.tolist())))
        if method in ("hybrid", "bm25", "hybrid-rrf"):
            rankings.append(self._bm25(query, pool, allowed))
        if method == "hybrid":
            candidates = sorted({row for ranking in rankings for row, _score in ranking})
            rankings.append(self._by_best_sentence(candidates, vector))
        # a single ranking keeps its order: z-scores are monotonic
        fused = reciprocal_rank(rankings) if method == "hybrid-rrf" else fuse(rankings)
        if filters.decision:
            fused = {row: score + (DECISION_BONUS if self.records_outcome(row) else 0.0)
                     for row, score in fused.items()}
        best = sorted(fused.items(), key=lambda pair: -pair[1])[:k]
        return [Hit(self.chunks[row], float(score), row) for row, score in best]

    def _bm25(self, query: str, pool: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        scores = self.data.lexical.scores(query)
        if allowed is not None:
            masked = np.full_like(scores, -1.0)
            masked[allowed] = scores[allowed]
            scores = masked
        top = np.argsort(-scores)[:pool]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def _by_best_sentence(self, rows: list[int], vector: np.ndarray) -> list[tuple[int, float]]:
        """The candidates ranked by their one sentence closest to the query: a passage that
        answers in one sentence can sit in a long item whose overall vector is about more."""
        first = self.data.sentence_first
        rows = [row for row in rows if first[row + 1] > first[row]]
        if not rows:
            return []
        picked = np.concatenate([np.arange(first[row], first[row + 1]) for row in rows])
        closeness = np.asarray(self.data.sentence_vectors[picked], dtype="float32") @ vector.reshape(-1)
        starts = np.cumsum([0] + [first[row + 1] - first[row] for row in rows[:-1]])
        best = np.maximum.reduceat(closeness, starts)
        return sorted(zip(rows, best.tolist()), key=lambda pair: -pair[1])

    def holds_dated(self, filters: Filters) -> bool:
        """Whether a paper of the filters' panels is dated within their period."""
        return dated_in_period(filters, self.data.panels, self.data.dates)

    def records_outcome(self, row: int) -> bool:
        """Whether a chunk of minutes records an outcome (resolved, agreed, signed off)."""
        chunk = self.chunks[row]
        return chunk.doc_type in ("minutes", "agenda pack") and bool(OUTCOME.search(chunk.text))


def fuse(rankings: list[list[tuple[int, float]]]) -> dict[int, float]:
    """Equal-weight sum of each ranking's z-scores over its candidate pool (CombSUM).

    Unlike reciprocal-rank fusion this keeps how far ahead a clear winner is (BM25
    on a rare name, a close paraphrase for the embedder); z-scores put cosine and
    BM25 on one scale without letting one outlier squash the rest.
    """
    fused: dict[int, float] = {}
    for ranking in rankings:
        if not ranking:
            continue
        scores = np.array([score for _row, score in ranking], dtype="float64")
        mean, spread = scores.mean(), float(scores.std()) or 1.0
        for row, score in ranking:
            fused[row] = fused.get(row, 0.0) + (score - mean) / spread / len(rankings)
    return fused


def reciprocal_rank(rankings: list[list[tuple[int, float]]]) -> dict[int, float]:
    """Reciprocal-rank fusion (the usual quickstart's hybrid), for the baseline."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, (row, _score) in enumerate(ranking):
            fused[row] = fused.get(row, 0.0) + 1.0 / (RRF_K + rank + 1)
    return fused
