"""The embedder run with ONNX Runtime: questions on one thread, ingest on every core.

Importing torch, transformers and sentence-transformers costs ~10 s of a cold
`panelsearch ask`; ONNX Runtime and the `tokenizers` library load in well under
one, and encode passages about twice as fast as torch here. The embedder's
transformer is exported once per embedder (into the user's cache, linked into
`<index>/encoder/`); texts are then tokenised, run, mean-pooled and normalised
here exactly as sentence-transformers does for MiniLM (cosine to the torch
vectors 1.0000; checked in tests).
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

FOLDER = "encoder"
MODEL = "model.onnx"


def export(model_dir: Path, index_dir: Path, embedder_name: str) -> Path | None:
    """Put the ONNX graph and tokenizer beside the index; None if this embedder can't be.

    Only mean-pooled, normalised transformers (the MiniLM family) are exported; any
    other embedder keeps the torch path. The export (a few seconds) is done once per
    embedder into the user's cache and linked into each index."""
    target = Path(index_dir) / FOLDER
    if (target / MODEL).is_file() and _settings(target).get("embedder") == embedder_name:
        return target
    if not _mean_pooled(model_dir) or not (model_dir / "tokenizer.json").is_file():
        return None
    import hashlib
    import os
    import shutil

    from panelsearch.settings import cache_dir

    key = hashlib.sha256(f"{embedder_name}|{Path(model_dir).resolve()}".encode()).hexdigest()[:16]
    cached = cache_dir() / "encoders" / key
    if not (cached / MODEL).is_file():
        _export_to(model_dir, cached, embedder_name)
    staging = Path(index_dir) / f"tmp-{FOLDER}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for source in cached.iterdir():
        try:
            os.link(source, staging / source.name)
        except OSError:  # another file system: copy
            shutil.copyfile(source, staging / source.name)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    encoder_for.cache_clear()  # it may hold "no encoder here", or the old files, for this index
    return target


def _export_to(model_dir: Path, folder: Path, embedder_name: str) -> None:
    import shutil
    import warnings

    from .embedder import offline_mode

    offline_mode()
    import torch
    from transformers import AutoModel

    class LastHidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = AutoModel.from_pretrained(str(model_dir)).eval().requires_grad_(False)

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                    token_type_ids=token_type_ids).last_hidden_state

    staging = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    names = ("input_ids", "attention_mask", "token_type_ids")
    sample = tuple(torch.ones((1, 8), dtype=torch.long) for _ in names)
    dynamic = {name: {0: "batch", 1: "tokens"} for name in (*names, "last_hidden_state")}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on shapes it treats as constants
        torch.onnx.export(LastHidden().eval(), sample, str(staging / MODEL), input_names=list(names),
                          output_names=["last_hidden_state"], dynamic_axes=dynamic,
                          opset_version=17, dynamo=False)
    (staging / "tokenizer.json").write_bytes((model_dir / "tokenizer.json").read_bytes())
    (staging / "settings.json").write_text(json.dumps({"max_tokens": _max_tokens(model_dir),
                                                      "embedder": embedder_name}))
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)


def _settings(folder: Path) -> dict:
    try:
        return json.loads((folder / "settings.json").read_text())
    except (OSError, ValueError):
        return {}


def _mean_pooled(model_dir: Path) -> bool:
    pooling = model_dir / "1_Pooling" / "config.json"
    modules = model_dir / "modules.json"
    if not pooling.is_file() or not modules.is_file():
        return False
    config = json.loads(pooling.read_text())
    kinds = [m.get("type", "") for m in json.loads(modules.read_text())]
    return bool(config.get("pooling_mode_mean_tokens")) and any("Normalize" in k for k in kinds)


def _max_tokens(model_dir: Path) -> int:
    config = model_dir / "sentence_bert_config.json"
    return int(json.loads(config.read_text()).get("max_seq_length", 256)) if config.is_file() else 256


class OnnxEncoder:
    """Encodes texts with the exported graph: one session on one intra-op thread for questions,
    or, for ingest, one such session per core, each batch run on whichever session is free.
    Separate single-threaded sessions beat one session on every core here (20 s against 30 s
    for the seed papers): the model's matrices are too small to split well across threads."""

    def __init__(self, folder: Path, threads: int = 1, sessions: int = 1) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.sessions = [onnxruntime.InferenceSession(str(folder / MODEL), options,
                                                      providers=["CPUExecutionProvider"])
                         for _ in range(max(1, sessions))]
        self.session = self.sessions[0]
        settings = json.loads((folder / "settings.json").read_text())
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=int(settings["max_tokens"]))
        self.tokenizer.no_padding()

    def encode(self, text: str) -> np.ndarray:
        return self.encode_many([text])[0]

    def encode_many(self, texts: list[str], batch_size: int = 8, *,
                    progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Unit vectors of the texts, run `batch_size` at a time (each batch padded to its
        longest text: give them sorted by length for speed). Small batches are faster here
        than large ones for passages (the attention of 32 long texts outgrows the cache).
        `progress(texts done)` is called from this thread as batches finish."""
        if not texts:
            return np.zeros((0, self.session.get_outputs()[0].shape[-1]), dtype="float32")
        if len(texts) <= batch_size:  # a question: no threads
            vectors = self._batch(texts, self.session)
            if progress:
                progress(len(texts))
            return vectors
        batches = [texts[start:start + batch_size] for start in range(0, len(texts), batch_size)]
        return self._on_every_session(batches, progress)

    def _on_every_session(self, batches: list[list[str]],
                          progress: Callable[[int], None] | None) -> np.ndarray:
        """Each batch on whichever session is free: the cores stay busy to the last batch."""
        import queue
        from concurrent.futures import ThreadPoolExecutor, as_completed

        free: queue.Queue = queue.Queue()
        for session in self.sessions:
            free.put(session)

        def run(batch: list[str]) -> np.ndarray:
            session = free.get()
            try:
                return self._batch(batch, session)
            finally:
                free.put(session)

        with ThreadPoolExecutor(len(self.sessions)) as pool:
            futures = {pool.submit(run, batch): len(batch) for batch in batches}
            done = 0
            for future in as_completed(futures):
                done += futures[future]
                if progress:
                    progress(done)
            return np.vstack([future.result() for future in futures])

    def _batch(self, texts: list[str], session) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.zeros((len(texts), max(len(e.ids) for e in encodings)), dtype=np.int64)
        mask, types = np.zeros_like(ids), np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            ids[row, :len(encoding.ids)] = encoding.ids
            mask[row, :len(encoding.ids)] = encoding.attention_mask
            types[row, :len(encoding.ids)] = encoding.type_ids
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                         "token_type_ids": types})[0]
        pooled = (hidden * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norms).astype("float32")


_LOADED: dict[tuple[int, int, int, int], OnnxEncoder] = {}
_LOADING = threading.Lock()  # the app's sessions ask from their own threads
KEPT = 4  # encoders kept loaded per process


def _loaded(folder: Path, sessions: int) -> OnnxEncoder:
    """One encoder per exported graph file and session count in a process. Every index of
    one embedder links the same exported file, so an evaluation's indexes, or a test run's,
    share its sessions (each costs a third of a second to create); a re-exported file is a
    new file, so it gets new ones."""
    stat = (folder / MODEL).stat()
    key = (stat.st_dev, stat.st_ino, stat.st_mtime_ns, sessions)
    with _LOADING:
        if key not in _LOADED:
            while len(_LOADED) >= KEPT:
                _LOADED.pop(next(iter(_LOADED)))
            _LOADED[key] = OnnxEncoder(folder, threads=1, sessions=sessions)
        return _LOADED[key]


def passage_encoder(folder: str, cores: int) -> OnnxEncoder:
    """The encoder for ingest: a single-threaded session per core."""
    return _loaded(Path(folder), cores)


@functools.lru_cache(maxsize=4)
def encoder_for(index_dir: str, embedder_name: str) -> OnnxEncoder | None:
    """The index's exported encoder for this embedder, or None (not exported, another
    embedder's, or onnxruntime missing): the caller then encodes with torch."""
    folder = Path(index_dir) / FOLDER
    if not (folder / MODEL).is_file() or _settings(folder).get("embedder") != embedder_name:
        return None
    try:
        return _loaded(folder, sessions=1)
    except ImportError:
        return None
