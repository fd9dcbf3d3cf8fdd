"""BM25 over chunk texts (bm25s, English stemming and stopwords)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np


@functools.lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


_WORDS = re.compile(r"(?u)\b\w\w+\b")  # bm25s's own token pattern


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN)


def tokenize(texts: list[str]) -> list[list[str]]:
    """Stemmed words of each text, exactly as `bm25s.tokenize(..., stopwords="en",
    stemmer=English)` gives them (checked in tests), without its per-call set-up: answers
    tokenize each candidate passage and sentence, and that set-up was most of the time."""
    stemmer, stopwords = _stemmer(), _stopwords()
    return [stemmer.stemWords([w for w in _WORDS.findall(text.lower()) if w not in stopwords])
            for text in texts]


class LexicalIndex:
    """A bm25s index; `scores` gives every chunk's BM25 score for a query."""

    def __init__(self, retriever) -> None:
        self.retriever = retriever

    @classmethod
    def build(cls, texts: list[str]) -> LexicalIndex:
        import bm25s

        retriever = bm25s.BM25()
        retriever.index(tokenize(texts) if texts else [[]], show_progress=False)
        return cls(retriever)

    def save(self, folder: Path) -> None:
        self.retriever.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        import bm25s

        return cls(bm25s.BM25.load(str(folder), mmap=True, show_progress=False))

    def scores(self, query: str) -> np.ndarray:
        tokens = tokenize([query])[0]
        if not tokens:
            return np.zeros(self.retriever.scores["num_docs"], dtype="float32")
        return np.asarray(self.retriever.get_scores(tokens), dtype="float32")

    @property
    def size(self) -> int:
        return int(self.retriever.scores["num_docs"])

    def rows_with(self, stems: list[str]) -> np.ndarray:
        """The chunks that contain every one of the (stemmed) tokens."""
        indptr, indices = self.retriever.scores["indptr"], self.retriever.scores["indices"]
        rows: np.ndarray | None = None
        for stem in stems:
            token_id = self.retriever.vocab_dict.get(stem)
            if token_id is None:
                return np.zeros(0, dtype=int)
            found = np.asarray(indices[indptr[token_id]:indptr[token_id + 1]])
            rows = found if rows is None else np.intersect1d(rows, found)
        return np.zeros(0, dtype=int) if rows is None else rows

    def document_frequency(self, stem: str) -> int:
        """How many chunks contain a (stemmed) token."""
        token_id = self.retriever.vocab_dict.get(stem)
        if token_id is None:
            return 0
        indptr = self.retriever.scores["indptr"]
        return int(indptr[token_id + 1] - indptr[token_id])
