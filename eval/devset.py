"""The development set: seed papers and real papers of 19 panels, their questions, one index.

Question sets are scored on an index of every development paper (the seeds in
corpus/ and eval/data/real/docs), so a question about one panel competes with
every other panel's papers, as it would in a council's own index.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from .gold import load_questions

DATA = Path(__file__).resolve().parent / "data"
REAL_DOCS = DATA / "real" / "docs"


@dataclass
class QuestionSet:
    name: str
    path: Path


def question_sets() -> list[QuestionSet]:
    """The seed gold questions as given, the paraphrases and unanswerables added to them
    (scored apart, so the given set's figures stay comparable), and the real papers' set."""
    return [QuestionSet("seeds", DATA / "questions.jsonl"),
            QuestionSet("seed paraphrases", DATA / "paraphrases.jsonl"),
            QuestionSet("real", DATA / "real" / "questions.jsonl")]


def seed_questions() -> list[dict]:
    """Every question on the seed papers (given and added)."""
    return questions([s for s in question_sets() if s.name.startswith("seed")])


def questions(sets: list[QuestionSet] | None = None) -> list[dict]:
    """Every question, each tagged with its set's name."""
    out = []
    for question_set in sets or question_sets():
        for question in load_questions(question_set.path):
            out.append(dict(question, set=question_set.name))
    return out


def panel_of(question: dict) -> str:
    """The panel a question is about (the unit cross-validation holds out)."""
    panel = question.get("panel") or ""
    for suffix in (" Police, Fire and Crime Panel", " Police and Crime Panel"):
        panel = panel.replace(suffix, "")
    return panel or "(none)"


def dev_corpus(corpus: Path, folder: Path) -> Path:
    """A folder holding the seed corpus and the real papers (copied, small)."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {p.name: p for source in (Path(corpus), REAL_DOCS) for p in source.iterdir()
              if p.is_file() and not p.name.startswith(".")}
    for stale in folder.iterdir():
        if stale.name not in wanted:
            stale.unlink()
    for name, source in wanted.items():
        target = folder / name
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copyfile(source, target)
    return folder


def dev_index(corpus: Path, folder: Path, progress=None) -> Path:
    """The index of every development paper, built (or brought up to date) in `folder`."""
    import index

    papers = dev_corpus(corpus, folder / "papers")
    index.build(papers, folder / "index", progress=progress)
    return folder / "index"
