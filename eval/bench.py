"""Benchmarks: query latency, ingest throughput against the raw model, FAISS at scale."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np


def query_latency(index_dir: Path, questions: list[str], repeats: int = 3) -> dict:
    """Warm per-question time of retrieval (encode + search) and of a whole answer."""
    import qa
    from index import Searcher
    from qa.answer import question_filters

    searcher = Searcher(index_dir)
    searcher.search("warm up", 5)
    qa.ask("warm up the sentence scorer", searcher)
    search_times, answer_times = [], []
    for _ in range(repeats):
        for question in questions:
            started = time.perf_counter()
            searcher.search(question, 10, question_filters(question, searcher, None))
            search_times.append(time.perf_counter() - started)
    for question in questions:
        started = time.perf_counter()
        qa.ask(question, searcher)
        answer_times.append(time.perf_counter() - started)
    return {"questions": len(questions),
            "search_p50_ms": _ms(np.percentile(search_times, 50)),
            "search_p95_ms": _ms(np.percentile(search_times, 95)),
            "answer_p50_ms": _ms(np.percentile(answer_times, 50)),
            "answer_p95_ms": _ms(np.percentile(answer_times, 95))}


def ingest_throughput(corpus: Path) -> dict:
    """Full ingest (read, segment, chunk, embed, write) vs the model encoding the same texts."""
    import index
    from index import embedder, store

    embedder.model()  # both sides start with the model loaded
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        report = index.build(corpus, Path(folder))
        ingest_seconds = time.perf_counter() - started
        texts = [store.indexed_text(c) for c in index.Searcher(Path(folder)).chunks]
        started = time.perf_counter()
        embedder.encode(texts, batch_size=32)
        raw_seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = index.build(corpus, Path(folder))
        reingest_seconds = time.perf_counter() - started
    return {"chunks": report.chunks, "ingest_s": round(ingest_seconds, 2),
            "ingest_chunks_per_s": round(report.chunks / ingest_seconds, 1),
            "raw_encode_chunks_per_s": round(len(texts) / raw_seconds, 1),
            "ratio": round(raw_seconds / ingest_seconds, 3),
            "unchanged_reingest_s": round(reingest_seconds, 3), "up_to_date": again.up_to_date}


def faiss_scale(sizes: list[int], dim: int = 384, queries: int = 200, seed: int = 0,
                data_kind: str = "clustered") -> list[dict]:
    """Exact (flat) vs HNSW: build time, query time, index size, recall@10 against exact.

    "uniform" vectors are the worst case for a graph index (no structure at all);
    "clustered" ones (unit vectors around one topic per 100 chunks, cosine ~0.7 to
    their topic) are closer to what sentence embeddings of papers look like.
    """
    from index import vectors as vector_index

    rng = np.random.default_rng(seed)
    rows = []
    for size in sizes:
        data, probes = _synthetic(rng, size, dim, queries, data_kind)
        exact_ids: list[np.ndarray] = []
        for kind in ("flat", "hnsw"):
            started = time.perf_counter()
            index = vector_index.build(data, kind)
            build_s = time.perf_counter() - started
            memory = _index_mb(index)
            times, found = [], []
            for probe in probes:
                started = time.perf_counter()
                _scores, ids = vector_index.search(index, probe, 10)
                times.append(time.perf_counter() - started)
                found.append(ids)
            if kind == "flat":
                exact_ids = found
            recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(found, exact_ids)])
            rows.append({"chunks": size, "data": data_kind, "index": kind,
                         "build_s": round(build_s, 2),
                         "query_p50_ms": _ms(np.percentile(times, 50)),
                         "query_p95_ms": _ms(np.percentile(times, 95)),
                         "memory_mb": round(memory, 1), "recall@10_vs_exact": round(float(recall), 4)})
            del index
    return rows


def _synthetic(rng, size: int, dim: int, queries: int, kind: str
               ) -> tuple[np.ndarray, np.ndarray]:
    if kind == "uniform":
        data = _unit(rng.standard_normal((size, dim), dtype="float32"))
        probes = _unit(rng.standard_normal((queries, dim), dtype="float32"))
        return data, probes
    centers = _unit(rng.standard_normal((max(size // 100, 10), dim), dtype="float32"))
    spread = np.float32(1 / np.sqrt(dim))

    def around(count: int) -> np.ndarray:
        picks = rng.integers(0, len(centers), count)
        return _unit(centers[picks] + spread * rng.standard_normal((count, dim), dtype="float32"))

    return around(size), around(queries)


def _unit(matrix: np.ndarray) -> np.ndarray:
    return (matrix / np.linalg.norm(matrix, axis=1, keepdims=True)).astype("float32")


def _index_mb(index) -> float:
    """The index's own size: what it holds in memory (vectors, graph links)."""
    import faiss

    return round(faiss.serialize_index(index).nbytes / 2**20, 1)


def _ms(seconds: float) -> float:
    return round(1000 * float(seconds), 2)


def table(rows: list[dict]) -> str:
    if not rows:
        return ""
    keys = list(rows[0])
    widths = [max(len(k), *(len(str(r[k])) for r in rows)) for k in keys]
    lines = ["  ".join(k.rjust(w) for k, w in zip(keys, widths))]
    lines += ["  ".join(str(r[k]).rjust(w) for k, w in zip(keys, widths)) for r in rows]
    return "\n".join(lines)
