"""Shared fixtures: state goes to tmp_path; seed papers and gold come from the project."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD_ITEMS = ROOT / "eval" / "data" / "seed_items.json"
QUESTIONS = ROOT / "eval" / "data" / "questions.jsonl"


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path, monkeypatch):
    """Never touch the user's index: every test gets its own."""
    monkeypatch.setenv("PANELSEARCH_INDEX", str(tmp_path / "index"))


@pytest.fixture(scope="session")
def gold_items() -> dict:
    return json.loads(GOLD_ITEMS.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_path():
    def path(fragment: str) -> Path:
        matches = [p for p in CORPUS.iterdir() if fragment in p.name]
        assert len(matches) == 1, fragment
        return matches[0]
    return path


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory) -> Path:
    """The seed corpus indexed once for the whole session (real model, FAISS, BM25)."""
    import index

    folder = tmp_path_factory.mktemp("seed-index")
    index.build(CORPUS, folder)
    return folder


SMALL_PAPERS = ("dorset-pcp-2017-09-22-minutes.txt", "west-mercia-pcp-performance-monitoring-minutes.txt")


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    """Two seed papers (Dorset, West Mercia) in a corpus folder of their own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in SMALL_PAPERS:
        shutil.copy(CORPUS / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def small_index_built(tmp_path_factory):
    """(corpus, index folder, build report) of the session's one build of the small corpus."""
    import index

    root = tmp_path_factory.mktemp("small")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in SMALL_PAPERS:
        shutil.copy(CORPUS / name, corpus / name)
    report = index.build(corpus, root / "idx")
    return corpus, root / "idx", report


@pytest.fixture
def small_index(small_index_built, small_corpus, tmp_path) -> Path:
    """An index of `small_corpus`, built once per session and copied for each test: the
    copy's manifest names the session's corpus, whose files hash the same."""
    target = tmp_path / "idx"
    shutil.copytree(small_index_built[1], target, symlinks=True)
    return target


@pytest.fixture(scope="session")
def searcher(seed_index):
    from index import Searcher

    return Searcher(seed_index)


@pytest.fixture(scope="session")
def dev_questions() -> list[dict]:
    return [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
            if line.strip()]
