"""Choose how many sentences an answer quotes, holding out whole panels.

    python -m eval.answer_sentences        # prints each setting's score and the held-out pick

For every answered answerable development question, the answer is composed under each
setting of `qa.answer`'s sentence weights (KEEP_WITHIN, ASKED_FOR_BONUS); a setting scores
the answers that quote the gold evidence. Each panel's questions are then scored with the
setting that does best on the other panels: that total is the figure to trust. The
shipped constants are the setting most panels' folds pick.
"""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import qa.answer as compose_settings
from index import Searcher

from .calibrate import assess_all
from .devset import dev_index, panel_of, questions
from .gold import holds_evidence

GRID = {"KEEP_WITHIN": (0.06, 0.12, 0.2), "ASKED_FOR_BONUS": (0.1, 0.2)}


def quoted_by_setting(index_dir: Path) -> tuple[dict[tuple, dict[str, bool]], dict[str, str]]:
    """{setting: {qid: answer quotes the evidence}} and {qid: panel}."""
    searcher = Searcher(index_dir)
    answerable = [q for q in questions() if q["answerable"]]
    assessed = assess_all(answerable, searcher)
    answered = [q for q in answerable if not compose_settings.respond(assessed[q["id"]]).abstained]
    shipped = {name: getattr(compose_settings, name) for name in GRID}
    results = {}
    try:
        for setting in itertools.product(*GRID.values()):
            for name, value in zip(GRID, setting):
                setattr(compose_settings, name, value)
            results[setting] = {q["id"]: holds_evidence(compose_settings.respond(assessed[q["id"]]).answer,
                                                        q["evidence"]) for q in answered}
    finally:
        for name, value in shipped.items():
            setattr(compose_settings, name, value)
    return results, {q["id"]: panel_of(q) for q in answered}


def held_out(results: dict[tuple, dict[str, bool]], panels: dict[str, str]) -> tuple[int, Counter]:
    """Answers quoting the evidence when each panel gets the setting best on the others."""
    total = 0
    picks: Counter[tuple] = Counter()
    for panel in set(panels.values()):
        others = [qid for qid, p in panels.items() if p != panel]
        best = max(results, key=lambda s: sum(results[s][q] for q in others))
        picks[best] += 1
        total += sum(results[best][qid] for qid, p in panels.items() if p == panel)
    return total, picks


if __name__ == "__main__":
    results, panels = quoted_by_setting(dev_index(Path("corpus"), Path(".panelsearch/dev")))
    for setting, quoted in results.items():
        print(dict(zip(GRID, setting)), f"{sum(quoted.values())} of {len(quoted)}")
    total, picks = held_out(results, panels)
    print(f"held out by panel: {total} of {len(panels)}; picked {picks.most_common()}")
