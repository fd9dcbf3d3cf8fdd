"""Run every retrieval method on the gold questions, and the full system's answers."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

import qa
from index import Filters, Searcher
from qa.answer import question_filters

from .baselines import build_naive
from .gold import holds_evidence
from .metrics import first_relevant_rank, retrieval_metrics

K = 10


@dataclass
class Method:
    name: str
    description: str
    searcher: Searcher
    mode: str  # hybrid | dense | bm25
    use_filters: bool = False


@dataclass
class Evaluation:
    methods: dict[str, dict[str, float]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    abstention: dict[str, float] = field(default_factory=dict)
    per_question: list[dict] = field(default_factory=list)
    latency_ms: dict[str, float] = field(default_factory=dict)


def methods_for(searcher: Searcher, naive: Searcher) -> list[Method]:
    return [
        Method("naive dense 1000/200", "RecursiveCharacterTextSplitter 1000/200 over whole "
               "files, MiniLM, FAISS (the quickstart pipeline)", naive, "dense"),
        Method("bm25 items", "BM25 over agenda-item chunks", searcher, "bm25"),
        Method("dense items", "MiniLM over agenda-item chunks with context header", searcher,
               "dense"),
        Method("hybrid items", "dense + BM25, min-max fused", searcher, "hybrid"),
        Method("hybrid + filters", "hybrid with panel/date/decision understood from the "
               "question (the system)", searcher, "hybrid", True),
    ]


def evaluate(questions: list[dict], searcher: Searcher, corpus: str | Path) -> Evaluation:
    """Metrics per method on answerable questions; abstention and citations for the system."""
    result = Evaluation()
    answerable = [q for q in questions if q["answerable"]]
    with tempfile.TemporaryDirectory(prefix="panelsearch-naive-") as folder:
        naive = Searcher(build_naive(corpus, folder))
        per_question: dict[str, dict] = {q["id"]: {"id": q["id"], "question": q["question"],
                                                    "answerable": q["answerable"], "ranks": {}}
                                         for q in questions}
        for method in methods_for(searcher, naive):
            qrels = {q["id"]: {c.chunk_id: 1 for c in method.searcher.chunks
                               if holds_evidence(c.text, q["evidence"])} for q in answerable}
            run: dict[str, dict[str, float]] = {}
            timings = []
            for q in answerable:
                filters = question_filters(q["question"], method.searcher, None) \
                    if method.use_filters else Filters()
                started = time.perf_counter()
                hits = method.searcher.search(q["question"], K, filters, method.mode)
                timings.append(time.perf_counter() - started)
                run[q["id"]] = {h.chunk.chunk_id: float(K - rank) for rank, h in enumerate(hits)}
                per_question[q["id"]]["ranks"][method.name] = first_relevant_rank(
                    [h.chunk.chunk_id for h in hits], set(qrels[q["id"]]))
            result.methods[method.name] = {k: round(v, 4) for k, v in
                                           retrieval_metrics(qrels, run).items()}
            result.descriptions[method.name] = method.description
            result.latency_ms[method.name] = round(1000 * float(np.median(timings)), 1) \
                if timings else 0.0
    result.abstention = _answers(questions, searcher, per_question)
    result.per_question = list(per_question.values())
    return result


def _answers(questions: list[dict], searcher: Searcher, per_question: dict[str, dict]) -> dict:
    """Abstention accuracy, false abstentions and citation validity of the full system."""
    abstained_right = false_abstentions = cited = valid_citations = verbatim = sentences = 0
    unanswerable = [q for q in questions if not q["answerable"]]
    for q in questions:
        answer = qa.ask(q["question"], searcher, k=K, qid=q["id"])
        row = per_question[q["id"]]
        row.update(abstained=answer.abstained, answer=answer.answer)
        if not q["answerable"]:
            abstained_right += answer.abstained
            continue
        false_abstentions += answer.abstained
        if answer.abstained:
            continue
        citations = qa.citations(answer)
        cited += bool(citations)
        valid_citations += bool(citations) and all(c.passage is not None for c in citations)
        sentences += len(citations)
        verbatim += sum(1 for c in citations if c.passage and c.sentence in c.passage.text)
    answered = sum(1 for q in questions if q["answerable"]) - false_abstentions
    return {
        "unanswerable": len(unanswerable),
        "abstention_recall": round(abstained_right / len(unanswerable), 4) if unanswerable else 1.0,
        "false_abstentions": false_abstentions,
        "abstention_precision": round(abstained_right / (abstained_right + false_abstentions), 4)
        if abstained_right + false_abstentions else 1.0,
        "answers_with_citation": round(cited / answered, 4) if answered else 0.0,
        "citations_resolve": round(valid_citations / answered, 4) if answered else 0.0,
        "sentences_verbatim": round(verbatim / sentences, 4) if sentences else 0.0,
    }
