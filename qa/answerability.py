"""Does anything in scope answer the question? A small calibrated model, not hand thresholds.

Signals, for the best passages in the question's scope (its panel and period):
- `cos`: dense similarity of the question to the passage;
- `sent`: dense similarity to the passage's closest sentence (vectors stored at ingest);
- `cov`: share of the subject's rare-word weight the passage (with its item title and
  neighbouring chunks) holds;
- `scov`: the same share in the passage's best single sentence: a subject spread over
  a whole report by chance is not a sentence that answers;
and how much better the papers outside the scope do on the same subject (`dcov`,
`dcos`): when another panel's item answers and nothing here comes close, the topic
was discussed, just not here.

A logistic regression over these is fitted on the development questions (seed and
real papers) and its threshold chosen by cross-validation that holds out whole
panels (`panelsearch calibrate`); the fitted numbers live in data/answerability.json.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_FILE = Path(__file__).resolve().parent / "data" / "answerability.json"
FEATURES = ("cos", "sent", "cov", "dcov", "dcos", "scov")
TOP = 5  # passages per ranking whose signals count


@dataclass
class PassageSignals:
    row: int
    cos: float
    sent: float
    cov: float
    scov: float


@dataclass
class Signals:
    """The question-level signals: the best in scope, and the gap to the best elsewhere."""

    cos: float
    sent: float
    cov: float
    dcov: float
    dcos: float
    scov: float

    def vector(self) -> list[float]:
        return [getattr(self, name) for name in FEATURES]

    @classmethod
    def of(cls, in_scope: list[PassageSignals], elsewhere: list[PassageSignals]) -> Signals:
        def best(passages: list[PassageSignals], name: str) -> float:
            return max((getattr(p, name) for p in passages[:TOP]), default=0.0)

        outside = elsewhere or in_scope
        return cls(best(in_scope, "cos"), best(in_scope, "sent"), best(in_scope, "cov"),
                   max(0.0, best(outside, "cov") - best(in_scope, "cov")),
                   max(0.0, best(outside, "cos") - best(in_scope, "cos")),
                   best(in_scope, "scov"))


@dataclass
class Model:
    coef: list[float]
    intercept: float
    threshold: float
    about: dict

    def probability(self, signals: Signals) -> float:
        z = self.intercept + sum(c * x for c, x in zip(self.coef, signals.vector()))
        return 1.0 / (1.0 + math.exp(-z))

    def answers(self, signals: Signals) -> bool:
        return self.probability(signals) >= self.threshold

    def passage_answers(self, passage: PassageSignals, gap: Signals | None = None) -> bool:
        """One passage judged alone (with the question's gap to elsewhere, if any)."""
        alone = Signals(passage.cos, passage.sent, passage.cov, gap.dcov if gap else 0.0,
                        gap.dcos if gap else 0.0, passage.scov)
        return self.answers(alone)


def question_key(question: str) -> str:
    """A short fingerprint of a question's words, recorded for each question the model was
    fitted on: evaluation then knows which questions the shipped model has never seen."""
    import hashlib

    return hashlib.sha1(" ".join(question.lower().split()).encode("utf-8")).hexdigest()[:12]


def fitted_on() -> set[str]:
    """The `question_key`s of the questions the shipped model was fitted on."""
    return set(json.loads(MODEL_FILE.read_text(encoding="utf-8")).get("fitted_on", []))


@functools.lru_cache(maxsize=1)
def model() -> Model:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if tuple(data.get("features", ())) != FEATURES:
        raise ValueError(f"{MODEL_FILE} was fitted on features {data.get('features')}, this code "
                         f"reads {FEATURES}: run 'panelsearch calibrate'")
    return Model(data["coef"], data["intercept"], data["threshold"], data.get("about", {}))


def fit(rows: list[tuple[Signals, bool, str]], folds: int = 10, c: float = 1.0) -> dict:
    """Fit on (signals, answerable, panel) rows; choose the threshold on panel-held-out
    predictions. Returns the model file's contents, with the held-out figures in `about`."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    x = np.array([signals.vector() for signals, _, _ in rows])
    y = np.array([answerable for _, answerable, _ in rows])
    groups = np.array([panel for _, _, panel in rows])
    held_out = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=min(folds, len(set(groups)))).split(x, y, groups):
        fold = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(x[train], y[train])
        held_out[test] = fold.predict_proba(x[test])[:, 1]
    thresholds = np.round(np.arange(0.10, 0.90, 0.025), 3)
    threshold = float(max(thresholds, key=lambda t: (_correct(held_out, y, t), -abs(t - 0.5))))
    final = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(x, y)
    answered = held_out >= threshold
    return {"features": list(FEATURES), "coef": [round(float(v), 4) for v in final.coef_[0]],
            "intercept": round(float(final.intercept_[0]), 4), "threshold": threshold,
            "about": {"questions": len(rows), "panels": len(set(groups)), "folds": folds, "C": c,
                      "held_out": {"answerable_answered": int((answered & y).sum()),
                                   "answerable": int(y.sum()),
                                   "unanswerable_abstained": int((~answered & ~y).sum()),
                                   "unanswerable": int((~y).sum())}},
            "held_out_probability": [round(float(p), 4) for p in held_out]}


def _correct(probabilities: np.ndarray, answerable: np.ndarray, threshold: float) -> int:
    answered = probabilities >= threshold
    return int((answered == answerable).sum())
