"""Score retrieval methods and the system's answers on gold question sets (BEIR-shaped).

    qrels = qrels_for(questions, searcher)            # {qid: {chunk_id: 1}}
    run = run_of(method, questions)                   # {qid: {chunk_id: score}}
    retrieval_metrics(qrels, run)                     # {"Recall@5": ..., "MRR@10": ...}

Methods: the generic pipeline (whole files cut into 1500/200-character chunks;
BM25, dense, and both fused by reciprocal rank), agenda-item chunks (BM25, dense,
hybrid), and the system (hybrid within the scope the question names, searched
without its panel words). Answers are scored twice: as the shipped model gives
them, and with the answerability model refitted with each question's panel held
out (the figure to trust for papers the project has never seen).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

import qa
from index import Filters, Hit, Searcher
from qa.answer import Assessment, asks_overview, respond, retrieve, what_is_missing
from qa.answerability import fitted_on, question_key

from .calibrate import AnswerCounts, assess_all, fit_rows, signal_rows
from .devset import panel_of
from .gold import holds_evidence
from .metrics import first_relevant_rank, retrieval_metrics

K = 10
SYSTEM = "system: items, hybrid, scoped"


@dataclass
class Method:
    name: str
    description: str
    searcher: Searcher
    retrieve: Callable[[str], list[Hit]]


@dataclass
class Evaluation:
    """One question set's results."""

    methods: dict[str, dict[str, float]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    latency_ms: dict[str, float] = field(default_factory=dict)
    answers: dict[str, dict] = field(default_factory=dict)  # "shipped" and "held out"
    per_question: list[dict] = field(default_factory=list)


def methods_for(searcher: Searcher, generic: Searcher) -> list[Method]:
    def plain(on: Searcher, mode: str) -> Callable[[str], list[Hit]]:
        return lambda question: on.search(question, K, Filters(), mode)

    def system(question: str) -> list[Hit]:
        return retrieve(question, searcher, K)

    return [
        Method("generic bm25", "whole files in 1500/200-character chunks, BM25", generic,
               plain(generic, "bm25")),
        Method("generic dense", "the same chunks, MiniLM in FAISS", generic, plain(generic, "dense")),
        Method("generic hybrid (RRF)", "the same chunks, BM25 and dense fused by reciprocal rank",
               generic, plain(generic, "hybrid-rrf")),
        Method("items bm25", "agenda-item chunks with their context header, BM25", searcher,
               plain(searcher, "bm25")),
        Method("items dense", "agenda-item chunks, MiniLM", searcher, plain(searcher, "dense")),
        Method("items hybrid", "agenda-item chunks, dense, best-sentence and BM25 z-scores fused",
               searcher, plain(searcher, "hybrid")),
        Method(SYSTEM, "items hybrid within the panel and period the question names "
               "(undated and unattributed papers kept), searched without the panel's words: "
               "the passages answers are made from",
               searcher, system),
    ]


def qrels_for(questions: list[dict], searcher: Searcher) -> dict[str, dict[str, int]]:
    """The passages of `searcher` that hold each answerable question's evidence."""
    return {q["id"]: {c.chunk_id: 1 for c in searcher.chunks if holds_evidence(c.text, q["evidence"])}
            for q in questions if q["answerable"]}


def run_of(method: Method, questions: list[dict]) -> tuple[dict[str, dict[str, float]], list[float]]:
    """The method's ranking for each answerable question, and its time per question."""
    run, timings = {}, []
    for q in questions:
        if not q["answerable"]:
            continue
        method.searcher.forget_questions()  # timed as a new question
        started = time.perf_counter()
        hits = method.retrieve(q["question"])
        timings.append(time.perf_counter() - started)
        run[q["id"]] = {h.chunk.chunk_id: float(K - rank) for rank, h in enumerate(hits)}
    return run, timings


def evaluate(questions: list[dict], searcher: Searcher, generic: Searcher,
             assessed: dict[str, Assessment] | None = None,
             decided: dict[str, bool] | None = None) -> Evaluation:
    """Every method's retrieval metrics, then the system's answers: as shipped, and as decided
    with each question's panel held out (`decided`, from `held_out_decisions` over every set).
    `assessed` (from `assess_all`) is what retrieval found for each question, if known."""
    assessed = assessed if assessed is not None else assess_all(questions, searcher, K)
    result = Evaluation()
    rows = {q["id"]: {"id": q["id"], "question": q["question"], "answerable": q["answerable"],
                      "ranks": {}} for q in questions}
    for method in methods_for(searcher, generic):
        qrels = qrels_for(questions, method.searcher)
        run, timings = run_of(method, questions)
        result.methods[method.name] = {k: round(v, 4) for k, v in retrieval_metrics(qrels, run).items()}
        result.descriptions[method.name] = method.description
        result.latency_ms[method.name] = round(1000 * float(np.median(timings)), 1) if timings else 0.0
        for qid, ranking in run.items():
            ranked = sorted(ranking, key=lambda cid: -ranking[cid])
            rows[qid]["ranks"][method.name] = first_relevant_rank(ranked, set(qrels[qid]))
    result.answers["shipped"] = shipped_answers(questions, assessed, rows)
    result.answers["held out"] = held_out_answers(
        questions, rows, decided if decided is not None else held_out_decisions(questions, assessed))
    result.per_question = list(rows.values())
    return result


def shipped_answers(questions: list[dict], assessed: dict[str, Assessment],
                    rows: dict[str, dict]) -> dict:
    """Abstention and citation checks of the answers `qa.ask` gives as shipped (its model was
    fitted on these)."""
    counts = AnswerCounts()
    cited = valid = verbatim = sentences = quoting = 0
    for q in questions:
        answer = respond(assessed[q["id"]], q["id"])
        rows[q["id"]].update(abstained=answer.abstained, answer=answer.answer)
        counts.add(q["answerable"], not answer.abstained)
        if q["answerable"] and not answer.abstained:
            quoting += holds_evidence(answer.answer, q["evidence"])
            citations = qa.citations(answer)
            cited += bool(citations)
            valid += bool(citations) and all(c.passage is not None for c in citations)
            sentences += len(citations)
            verbatim += sum(1 for c in citations if c.passage and c.sentence in c.passage.text)
    answered = max(counts.answered, 1)
    return counts.as_json() | {"answers_quoting_evidence": round(quoting / answered, 4),
                               "answers_with_citation": round(cited / answered, 4),
                               "citations_resolve": round(valid / answered, 4),
                               "sentences_verbatim": round(verbatim / sentences, 4) if sentences else 0.0}


def held_out_decisions(questions: list[dict], assessed: dict[str, Assessment]) -> dict[str, bool]:
    """{qid: answered} as a model fitted without the question's own panel decides.

    A question the shipped model was never fitted on (a new set, another panel's papers) is
    held out already: it is decided as shipped. The others are pooled (as `panelsearch
    calibrate` pools them); questions about a panel with no papers, or with nothing of the
    panel in scope, are abstained on by rule as in `qa.ask`, so they are simply not answered;
    so is one whose passages lack what it asks for (`what_is_missing`: a figure, a decision,
    the person chosen, a reason), while one asking what a meeting took (`asks_overview`) is
    answered by its items."""
    seen = fitted_on()
    unseen = {q["id"]: not respond(assessed[q["id"]]).abstained for q in questions
              if question_key(q["question"]) not in seen}
    if len(unseen) == len(questions):
        return unseen
    refitted = _refitted([q for q in questions if q["id"] not in unseen], assessed)
    return unseen | refitted if refitted else {}


def _refitted(questions: list[dict], assessed: dict[str, Assessment]) -> dict[str, bool]:
    """{qid: answered} as the model refitted on these questions without each one's panel
    decides ({} when it cannot be: one panel, or no question of one kind)."""
    signals = signal_rows(questions, assessed)
    panels = {panel_of(q) for q, _ in signals}
    if len(panels) < 2 or len({bool(q["answerable"]) for q, _ in signals}) < 2:
        return {}
    fitted = fit_rows(signals)
    return {q["id"]: asks_overview(assessed[q["id"]])
            or (probability >= fitted["threshold"] and what_is_missing(assessed[q["id"]]) is None)
            for (q, _), probability in zip(signals, fitted["held_out_probability"])}


def held_out_answers(questions: list[dict], rows: dict[str, dict], decided: dict[str, bool]) -> dict:
    """Counts as decided with each panel held out; `computed` is False when no model could be
    refitted (a set needs questions of two panels, answerable and not)."""
    counts = AnswerCounts()
    for q in questions:
        answered = decided.get(q["id"], False)
        rows[q["id"]]["answered_held_out"] = answered
        counts.add(q["answerable"], answered)
    return counts.as_json() | {"computed": bool(decided)}
