"""Evaluation: segmentation, metadata, retrieval and answers against gold sets.

    report = eval.run(corpus="corpus", dev_dir=".panelsearch/dev")   # both development sets
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def run(corpus: Path, dev_dir: Path, questions_file: Path | None = None,
        index_dir: Path | None = None, items_file: Path | None = None, progress=None) -> dict:
    """The whole evaluation as one report dict (see eval/report.py for its shape).

    By default every development question set is scored on an index of every
    development paper (built or updated in `dev_dir`). With `questions_file`, that
    file is scored on `index_dir`, and the generic baseline cut from the papers that index was
    built from.
    """
    from index import Searcher

    from . import devset, report, segmentation
    from .baselines import build_naive
    from .calibrate import assess_all
    from .gold import load_questions
    from .runner import K, evaluate, held_out_decisions

    seg = segmentation.evaluate_sets(segmentation.gold_sets(corpus, items_file))
    if questions_file:
        question_sets = {"custom": [dict(q, set="custom") for q in load_questions(questions_file)]}
        if index_dir is None:
            raise ValueError("a questions file is scored on an index: give index_dir")
        index_folder, papers = Path(index_dir), Path(corpus)
    else:
        index_folder = devset.dev_index(Path(corpus), Path(dev_dir), progress)
        papers = Path(dev_dir) / "papers"
        question_sets = {}
        for question in devset.questions():
            question_sets.setdefault(question["set"], []).append(question)
    searcher = Searcher(index_folder)
    if questions_file:
        papers = _papers_of(searcher, papers)
    results = {}
    every_question = [q for qs in question_sets.values() for q in qs]
    assessed = assess_all(every_question, searcher, K)
    decided = held_out_decisions(every_question, assessed)
    with tempfile.TemporaryDirectory(prefix="panelsearch-generic-") as folder:
        generic = Searcher(build_naive(papers, folder))
        for name, questions in question_sets.items():
            results[name] = evaluate(questions, searcher, generic, assessed, decided)
    return report.as_json(results, seg, {"date": time.strftime("%Y-%m-%d"),
                                         "papers": len(searcher.manifest.files),
                                         "chunks": len(searcher.chunks)})


def _papers_of(searcher, corpus: Path) -> Path:
    """The folder the index was built from, for the generic baseline to cut the same papers:
    a baseline built from another corpus would find none of the gold files and score 0."""
    built_from = Path(searcher.manifest.corpus) if searcher.manifest.corpus else None
    return built_from if built_from is not None and built_from.is_dir() else corpus
