"""Fit the answerability model on the development questions, holding out whole panels.

    panelsearch calibrate          # writes qa/data/answerability.json, prints held-out figures

Questions about a panel with no papers in the index are left out: those are
abstained on by rule, not by the model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from index import Searcher
from qa import answerability
from qa.answer import Assessment, assess

from .devset import panel_of


def assess_all(questions: list[dict], searcher: Searcher, k: int = 10) -> dict[str, Assessment]:
    """{qid: what retrieval found}: once per question, for the fit and the answers alike."""
    return {q["id"]: assess(q["question"], searcher, k) for q in questions}


def signal_rows(questions: list[dict], assessed: dict[str, Assessment]
                ) -> list[tuple[dict, answerability.Signals]]:
    """(question, signals) for every question the model decides on."""
    rows = []
    for question in questions:
        found = assessed[question["id"]]
        if found.signals is not None and not found.filters.unknown_panel:
            rows.append((question, found.signals))
    return rows


def fit_rows(rows: list[tuple[dict, answerability.Signals]]) -> dict:
    """The answerability model fitted on these questions, with each one's probability as a
    model fitted without its own panel gives it (`held_out_probability`)."""
    return answerability.fit([(signals, bool(q["answerable"]), panel_of(q)) for q, signals in rows])


@dataclass
class AnswerCounts:
    """Answered and abstained, counted against what the gold says."""

    answered: int = 0  # answerable questions answered
    answerable: int = 0
    abstained: int = 0  # unanswerable questions abstained on
    unanswerable: int = 0

    def add(self, answerable: bool, answered: bool) -> None:
        if answerable:
            self.answerable += 1
            self.answered += answered
        else:
            self.unanswerable += 1
            self.abstained += not answered

    def as_json(self) -> dict:
        return {"answerable_answered": self.answered, "answerable": self.answerable,
                "unanswerable_abstained": self.abstained, "unanswerable": self.unanswerable}


def calibrate(questions: list[dict], searcher: Searcher, out: Path | None = None) -> dict:
    """Fit, choose the threshold on panel-held-out predictions, write the model file."""
    rows = signal_rows(questions, assess_all(questions, searcher))
    fitted = fit_rows(rows)
    held_out = fitted.pop("held_out_probability")
    fitted["about"]["held_out_by_set"] = _by_set(rows, held_out, fitted["threshold"])
    fitted["fitted_on"] = sorted(answerability.question_key(q["question"]) for q, _ in rows)
    path = out or answerability.MODEL_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(fitted, indent=1) + "\n", encoding="utf-8")
    answerability.model.cache_clear()
    return fitted


def _by_set(rows: list[tuple[dict, answerability.Signals]], held_out: list[float],
            threshold: float) -> dict:
    counts: dict[str, AnswerCounts] = {}
    for (question, _), probability in zip(rows, held_out):
        counts.setdefault(question.get("set", "all"), AnswerCounts()).add(
            bool(question["answerable"]), probability >= threshold)
    return {name: entry.as_json() for name, entry in counts.items()}
