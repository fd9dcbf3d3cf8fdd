"""Metric code against hand-computed values on tiny rankings, and the evidence rule."""

from __future__ import annotations

import math

import pytest

from eval import segmentation
from eval.gold import holds_evidence
from eval.metrics import first_relevant_rank, retrieval_metrics


def test_metrics_match_hand_computed_values():
    qrels = {"q1": {"a": 1}, "q2": {"b": 1}, "q3": {"c": 1, "d": 1}, "q4": {"e": 1}}
    run = {"q1": {"a": 3.0, "x": 2.0},                 # first relevant at rank 1
           "q2": {"x": 3.0, "y": 2.0, "b": 1.0},       # rank 3
           "q3": {"x": 9, "y": 8, "z": 7, "w": 6, "v": 5, "c": 4},  # rank 6: outside top 5
           "q4": {"x": 1.0}}                           # never
    metrics = retrieval_metrics(qrels, run)
    assert metrics["Recall@1"] == pytest.approx(1 / 4)
    assert metrics["Recall@5"] == pytest.approx(2 / 4)
    assert metrics["Recall@10"] == pytest.approx(3 / 4)
    assert metrics["MRR@10"] == pytest.approx((1 + 1 / 3 + 1 / 6) / 4)
    q3_ndcg = (1 / math.log2(7)) / (1 + 1 / math.log2(3))
    assert metrics["nDCG@10"] == pytest.approx((1 + 1 / math.log2(4) + q3_ndcg) / 4)


def test_question_missing_from_run_scores_zero():
    assert retrieval_metrics({"q": {"a": 1}}, {})["MRR@10"] == 0.0


def test_first_relevant_rank():
    assert first_relevant_rank(["x", "a", "b"], {"b", "a"}) == 2
    assert first_relevant_rank(["x"], {"a"}) is None


def test_evidence_rule_normalises_case_and_punctuation():
    assert holds_evidence("... up to £65,000 per year could be given ...", ["UP TO 65000 per-year"])
    assert not holds_evidence("up to 65,000", ["up to 66,000"])


def test_boundary_matching_tolerance():
    text = "Intro. " + "x" * 300 + " 1. Apologies none. 2. Minutes agreed."
    anchors = ["1. Apologies", "2. Minutes"]
    start_1, start_2 = text.index("1. Apologies"), text.index("2. Minutes")
    assert segmentation.match_boundaries(text, [start_1, start_2], anchors) == (2, [], [])
    assert segmentation.match_boundaries(text, [0, start_2], anchors) == (1, [0], [0])


def test_item_numbers_are_scored_on_the_items_placed_right(tmp_path):
    path = tmp_path / "kent.txt"
    path.write_text("Kent Police and Crime Panel\nMinutes of the meeting held on 3 March 2020\n\n"
                    "4. Apologies\n\nNone were received from members of the Panel today.\n\n"
                    "5. Precept\n\nThe Panel agreed the proposed precept for the year.\n",
                    encoding="utf-8")
    gold = {"panel": "Kent", "meeting_date": "2020-03-03", "doc_type": "minutes",
            "items": [{"number": "4", "title": "Apologies", "anchor": "4. Apologies"},
                      {"number": "5a", "title": "Precept", "anchor": "5. Precept"}]}
    score = segmentation.score_file(path, gold)
    assert (score.correct, score.numbers_right, score.wrong_numbers) == (2, 1, ["5a -> 5"])


def test_item_titles_are_scored_as_printed_on_the_items_placed_right(tmp_path):
    """Case, spacing and stops aside ("APOLOGIES." is "Apologies"); an item the gold leaves
    untitled is not counted."""
    path = tmp_path / "kent.txt"
    path.write_text("Kent Police and Crime Panel\nMinutes of the meeting held on 3 March 2020\n\n"
                    "4. APOLOGIES\n\nNone were received from members of the Panel today.\n\n"
                    "5. Precept\n\nThe Panel agreed the proposed precept for the year.\n\n"
                    "6. Exempt Item\n\nThe press and public were excluded for this item.\n",
                    encoding="utf-8")
    gold = {"panel": "Kent", "meeting_date": "2020-03-03", "doc_type": "minutes",
            "items": [{"number": "4", "title": "Apologies.", "anchor": "4. APOLOGIES"},
                      {"number": "5", "title": "Precept 2020/21", "anchor": "5. Precept"},
                      {"number": "6", "title": None, "anchor": "6. Exempt"}]}
    score = segmentation.score_file(path, gold)
    assert (score.titled, score.titles_right, score.wrong_titles) == (
        2, 1, ["'Precept 2020/21' -> 'Precept'"])
