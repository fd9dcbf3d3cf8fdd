"""The exported ONNX encoder gives the packaged model's own vectors, however it is run.

The reference is what sentence-transformers (torch) gives for the same texts, saved by
`python -m tests.test_index_encoder` so the suite needn't import torch (10 s) to compare.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import CORPUS

REFERENCE = Path(__file__).parent / "data" / "minilm-torch-reference.npz"


def sample_texts() -> list[str]:
    """Real text of every length: a question, sentences, and passages past the 256-token cut."""
    paper = (CORPUS / "leicestershire-pcp-2015-09-16-agenda-pack.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in paper.splitlines() if len(line.strip()) > 40]
    return ["What did Dorset decide on CCTV?", *lines[:6], paper[:3000], paper[5000:6500]]


@pytest.fixture(scope="module")
def reference() -> tuple[list[str], np.ndarray]:
    saved = np.load(REFERENCE)
    return json.loads(str(saved["texts"])), saved["vectors"]


def test_reference_is_for_these_texts(reference):
    assert reference[0] == sample_texts(), "the papers changed: run python -m tests.test_index_encoder"


def test_onnx_vectors_match_the_packaged_model_in_torch(seed_index, reference):
    from index import onnx_encoder
    from panelsearch.settings import embedder_name

    texts, torch_vectors = reference
    onnx = onnx_encoder.encoder_for(str(seed_index), embedder_name())
    assert onnx is not None, "ingest exports the encoder beside the index"
    cosine = (onnx.encode_many(texts) * torch_vectors).sum(axis=1)
    assert cosine.min() > 0.9999, cosine


def test_one_session_per_core_keeps_order_and_vectors(seed_index, reference):
    from index import onnx_encoder

    texts = reference[0]
    folder = seed_index / "encoder"
    alone = onnx_encoder.OnnxEncoder(folder).encode_many(texts, batch_size=2)
    shared = onnx_encoder.OnnxEncoder(folder, sessions=2).encode_many(texts, batch_size=2)
    assert shared.shape == (len(texts), alone.shape[1])
    np.testing.assert_allclose(shared, alone, atol=1e-5)


def test_an_index_given_its_encoder_later_is_asked_with_it(small_corpus, small_index):
    """An index made before the export existed gets it at its next ingest; a process that
    already looked and found none must then see it."""
    import shutil

    import index
    from index import onnx_encoder
    from panelsearch.settings import embedder_name

    shutil.rmtree(small_index / onnx_encoder.FOLDER)
    assert onnx_encoder.encoder_for(str(small_index), embedder_name()) is None
    assert index.build(small_corpus, small_index).up_to_date
    assert onnx_encoder.encoder_for(str(small_index), embedder_name()) is not None


def test_indexes_linking_one_exported_file_share_its_sessions(small_index, tmp_path):
    """Sessions are loaded once per exported file, not per index; an index whose files are
    replaced (copied in anew) gets sessions of its own."""
    import os
    import shutil

    from index import onnx_encoder
    from panelsearch.settings import embedder_name

    other = tmp_path / "other-index"
    shutil.copytree(small_index, other, copy_function=os.link)  # as export links the cached file
    first = onnx_encoder.encoder_for(str(small_index), embedder_name())
    assert first is not None and onnx_encoder.encoder_for(str(other), embedder_name()) is first
    assert onnx_encoder.passage_encoder(str(other / onnx_encoder.FOLDER), 2) is \
        onnx_encoder.passage_encoder(str(small_index / onnx_encoder.FOLDER), 2)

    replaced = other / onnx_encoder.FOLDER / onnx_encoder.MODEL
    copy = replaced.with_suffix(".copy")
    shutil.copyfile(replaced, copy)
    copy.replace(replaced)
    onnx_encoder.encoder_for.cache_clear()  # as a new export does
    fresh = onnx_encoder.encoder_for(str(other), embedder_name())
    assert fresh is not None and fresh is not first


if __name__ == "__main__":  # refresh the reference from the packaged model in torch
    from index import embedder
    from panelsearch.settings import embedder_name

    texts = sample_texts()
    REFERENCE.parent.mkdir(exist_ok=True)
    np.savez_compressed(REFERENCE, texts=np.array(json.dumps(texts)),
                        vectors=embedder.encode(texts, embedder_name()).astype("float32"))
    print(f"wrote {REFERENCE}")
