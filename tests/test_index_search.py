"""Hybrid search with filters, and retrieval quality on the development questions."""

from __future__ import annotations

import pytest

from eval.metrics import retrieval_metrics
from eval.runner import SYSTEM, methods_for, qrels_for, run_of
from index import Filters


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


def test_dev_set_retrieval_targets(searcher, dev_questions):
    """The system (hybrid within the question's scope) on the seed papers alone. The issue's
    targets (MRR >= 0.90) are for the index of every development paper, where `panelsearch eval`
    measures 0.902; this 5-paper index has fewer distractors but no other panel to rule out,
    and the system measures 0.894 here (0.884 before the best-sentence ranking)."""
    qrels = qrels_for(dev_questions, searcher)
    scores = {method.name: retrieval_metrics(qrels, run_of(method, dev_questions)[0])
              for method in methods_for(searcher, searcher) if method.name.startswith(("items", "system"))}
    system = scores.pop(SYSTEM)
    assert system["Recall@5"] >= 0.97 and system["MRR@10"] >= 0.89, system
    for name in ("items bm25", "items dense"):
        assert system["Recall@5"] >= scores[name]["Recall@5"], (name, scores[name], system)
        assert system["MRR@10"] >= scores[name]["MRR@10"], (name, scores[name], system)


def test_question_vectors_are_kept_read_only(searcher):
    import numpy as np

    first = searcher.encode("CCTV funding for partnerships")
    assert searcher.encode("CCTV funding for partnerships") is first  # the timeline reuses it
    assert not first.flags.writeable
    searcher.forget_questions()
    again = searcher.encode("CCTV funding for partnerships")
    assert again is not first and np.allclose(again, first)
