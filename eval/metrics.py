"""Retrieval metrics with ir-measures, on BEIR-style plain dicts.

qrels: {qid: {passage_id: 1}}, run: {qid: {passage_id: score}}. "Recall@k" here is
the gold README's measure: the share of questions with an evidence-holding
passage in the top k (ir-measures' Success@k); MRR@10 and nDCG@10 as usual.
"""

from __future__ import annotations

import ir_measures
from ir_measures import RR, Success, nDCG

MEASURES = {"Recall@1": Success @ 1, "Recall@5": Success @ 5, "Recall@10": Success @ 10,
            "MRR@10": RR @ 10, "nDCG@10": nDCG @ 10}


def retrieval_metrics(qrels: dict[str, dict[str, int]], run: dict[str, dict[str, float]]
                      ) -> dict[str, float]:
    """Mean of each measure over every question in qrels (a question with no run scores 0)."""
    if not qrels:
        return {name: 0.0 for name in MEASURES}
    per_query: dict[str, dict[str, float]] = {name: {qid: 0.0 for qid in qrels} for name in MEASURES}
    by_measure = {measure: name for name, measure in MEASURES.items()}
    for metric in ir_measures.iter_calc(list(MEASURES.values()), qrels, run):
        per_query[by_measure[metric.measure]][metric.query_id] = float(metric.value)
    return {name: sum(values.values()) / len(qrels) for name, values in per_query.items()}


def first_relevant_rank(ranked_ids: list[str], relevant: set[str]) -> int | None:
    return next((rank for rank, pid in enumerate(ranked_ids, start=1) if pid in relevant), None)
