"""FAISS inner-product search: exact for small corpora, HNSW above a size threshold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

HNSW_THRESHOLD = 200_000  # below this, exact search costs under ~20 ms and is never wrong
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128


def build(vectors: np.ndarray, kind: str | None = None):
    """A FAISS index over unit vectors; `kind` is "flat" or "hnsw" (default: by size)."""
    import faiss

    index: Any
    dim = vectors.shape[1]
    kind = kind or ("hnsw" if len(vectors) >= HNSW_THRESHOLD else "flat")
    if kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        index = faiss.IndexFlatIP(dim)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype="float32"))
    return index


def kind_of(index) -> str:
    import faiss

    return "hnsw" if isinstance(index, faiss.IndexHNSWFlat) else "flat"


def save(index, path: Path) -> None:
    import faiss

    faiss.write_index(index, str(path))


def load(path: Path):
    import faiss

    index: Any = faiss.read_index(str(path))
    if kind_of(index) == "hnsw":
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def search(index, query: np.ndarray, k: int, allowed: np.ndarray | None = None
           ) -> tuple[np.ndarray, np.ndarray]:
    """(scores, ids) of the k nearest chunks, only among `allowed` ids when given."""
    import faiss

    k = min(k, index.ntotal)
    if k <= 0:
        return np.zeros(0, dtype="float32"), np.zeros(0, dtype="int64")
    query = np.ascontiguousarray(query.reshape(1, -1), dtype="float32")
    params = None
    if allowed is not None:
        if len(allowed) == 0:
            return np.zeros(0, dtype="float32"), np.zeros(0, dtype="int64")
        selector = faiss.IDSelectorBatch(np.asarray(allowed, dtype="int64"))
        if kind_of(index) == "hnsw":
            params = faiss.SearchParametersHNSW(  # type: ignore[attr-defined]  # absent from stubs
                sel=selector, efSearch=max(HNSW_EF_SEARCH, 2 * k))
        else:
            params = faiss.SearchParameters(sel=selector)  # type: ignore[call-arg]
    scores, ids = index.search(query, k, params=params)
    keep = ids[0] >= 0
    return scores[0][keep], ids[0][keep]
