"""Fit the answerability model on the development questions, holding out whole panels.

    panelsearch calibrate          # writes qa/data/answerability.json, prints held-out figures

Questions about a panel with no papers in the index are left out: those are
abstained on by rule, not by the model.
"""

from __future__ import annotations

import json
from pathlib import Path

from index import Searcher
from qa import answerability
from qa.answer import assess

from .devset import panel_of


def signal_rows(questions: list[dict], searcher: Searcher, k: int = 10
                ) -> list[tuple[dict, answerability.Signals]]:
    """(question, signals) for every question the model decides on."""
    rows = []
    for question in questions:
        found = assess(question["question"], searcher, k)
        if found.signals is not None and not found.filters.unknown_panel:
            rows.append((question, found.signals))
    return rows


def calibrate(questions: list[dict], searcher: Searcher, out: Path | None = None) -> dict:
    """Fit, choose the threshold on panel-held-out predictions, write the model file."""
    rows = signal_rows(questions, searcher)
    fitted = answerability.fit([(signals, bool(q["answerable"]), panel_of(q)) for q, signals in rows])
    held_out = fitted.pop("held_out_probability")
    fitted["about"]["held_out_by_set"] = _by_set(rows, held_out, fitted["threshold"])
    path = out or answerability.MODEL_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(fitted, indent=1) + "\n", encoding="utf-8")
    answerability.model.cache_clear()
    return fitted


def _by_set(rows: list[tuple[dict, answerability.Signals]], held_out: list[float],
            threshold: float) -> dict:
    out: dict[str, dict[str, int]] = {}
    for (question, _), probability in zip(rows, held_out):
        entry = out.setdefault(question.get("set", "all"), {
            "answerable_answered": 0, "answerable": 0, "unanswerable_abstained": 0,
            "unanswerable": 0})
        answered = probability >= threshold
        if question["answerable"]:
            entry["answerable"] += 1
            entry["answerable_answered"] += answered
        else:
            entry["unanswerable"] += 1
            entry["unanswerable_abstained"] += not answered
    return out
