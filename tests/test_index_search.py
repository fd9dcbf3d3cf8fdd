"""Hybrid search with filters, and retrieval quality on the development questions."""

from __future__ import annotations

import pytest

from eval.gold import holds_evidence
from eval.metrics import retrieval_metrics
from index import Filters
from qa.answer import question_filters


@pytest.mark.parametrize("method", ["hybrid", "dense", "bm25"])
def test_panel_filter_still_returns_k(searcher, method):
    hits = searcher.search("crime performance report", 10, Filters(panels=["Essex"]), method)
    assert len(hits) == 10
    assert {h.chunk.panel for h in hits} == {"Essex"}


def test_date_filter_keeps_range_and_undated(searcher):
    hits = searcher.search("declarations of interest", 10,
                           Filters(since="2015-07-01", until="2015-07-31"))
    assert hits
    assert all(h.chunk.meeting_date in (None, "2015-07-17") for h in hits)
    assert any(h.chunk.meeting_date == "2015-07-17" for h in hits)


def test_doc_type_filter(searcher):
    hits = searcher.search("performance", 5, Filters(doc_type="report"))
    assert hits and {h.chunk.doc_type for h in hits} == {"report"}


def test_filter_matching_nothing_returns_nothing(searcher):
    assert searcher.search("budget", 5, Filters(panels=["Nowhere"])) == []


def test_decision_questions_prefer_resolutions(searcher):
    query = "Leicestershire PCC annual report 2014/15"
    plain = searcher.search(query, 10)
    decided = searcher.search(query, 10, Filters(decision=True))
    resolution = next(h for h in plain if "RESOLVED" in h.chunk.text)
    background = [h for h in plain if not searcher.records_outcome(h.row)]
    moved = next(h for h in decided if h.row == resolution.row)
    assert moved.score > resolution.score
    assert decided.index(moved) <= plain.index(resolution)
    assert all(next(d.score for d in decided if d.row == b.row) == b.score
               for b in background if any(d.row == b.row for d in decided))


def _metrics(searcher, questions, method, use_filters):
    answerable = [q for q in questions if q["answerable"]]
    qrels = {q["id"]: {c.chunk_id: 1 for c in searcher.chunks if holds_evidence(c.text, q["evidence"])}
             for q in answerable}
    run = {}
    for q in answerable:
        filters = question_filters(q["question"], searcher) if use_filters else Filters()
        hits = searcher.search(q["question"], 10, filters, method)
        run[q["id"]] = {h.chunk.chunk_id: 10.0 - rank for rank, h in enumerate(hits)}
    return retrieval_metrics(qrels, run)


def test_dev_set_retrieval_targets(searcher, dev_questions):
    system = _metrics(searcher, dev_questions, "hybrid", True)
    assert system["Recall@5"] >= 0.97, system
    assert system["MRR@10"] >= 0.90, system
    for single in ("dense", "bm25"):
        other = _metrics(searcher, dev_questions, single, False)
        assert system["Recall@5"] >= other["Recall@5"] and system["MRR@10"] >= other["MRR@10"], \
            (single, other, system)


def test_onnx_encoder_matches_the_packaged_model(seed_index):
    """Questions (one at a time) and passages (padded batches) go through ONNX Runtime,
    exported from the packaged weights; torch, the reference, gives the same vectors."""
    from index import Searcher, embedder, onnx_encoder

    searcher = Searcher(seed_index)
    fast = onnx_encoder.encoder_for(str(seed_index), searcher.embedder)
    assert fast is not None
    for question in ["What did Dorset decide on CCTV?",
                     "How much is the West Mercia PCC putting into CCTV across the partnerships?"]:
        assert float(searcher.encode(question) @ embedder.encode([question])[0]) > 0.9999
    passages = [searcher.chunk(row).text for row in (0, 5, 40)] + ["Apologies."]
    cosines = (fast.encode_many(passages) * embedder.encode(passages)).sum(axis=1)
    assert cosines.min() > 0.9999


def test_tokenize_matches_bm25s(searcher):
    import bm25s

    from index.lexical import _stemmer, tokenize

    texts = [c.text for c in searcher.chunks[:40]] + ["", "ÉCOLE café", "£65,000 CCTV-cameras don't"]
    expected = [bm25s.tokenize([t], stopwords="en", stemmer=_stemmer(), return_ids=False,
                               show_progress=False)[0] for t in texts]
    assert tokenize(texts) == expected
