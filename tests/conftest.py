"""Shared fixtures: state goes to tmp_path; seed papers and gold come from the project."""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD_ITEMS = ROOT / "eval" / "data" / "seed_items.json"


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


def _built_once(tmp_path_factory, name: str, build):
    """What `build(folder)` returns, built in an empty folder once for the whole run, even
    across pytest-xdist's workers: the first worker to take the lock builds, the others wait
    and reuse it (tests only read or copy what is built)."""
    import os
    import pickle

    from filelock import FileLock

    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return build(tmp_path_factory.mktemp(name))
    shared = tmp_path_factory.getbasetemp().parent / name
    with FileLock(f"{shared}.lock"):
        done = shared.with_suffix(".pickle")
        if not done.exists():
            shared.mkdir(exist_ok=True)  # a worker whose build failed may have left it
            done.write_bytes(pickle.dumps(build(shared)))
        return pickle.loads(done.read_bytes())


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory) -> Path:
    """The seed corpus indexed once for the whole run (real model, FAISS, BM25)."""
    import index

    def build(folder: Path) -> Path:
        index.build(CORPUS, folder / "index")
        return folder / "index"

    return _built_once(tmp_path_factory, "seed-index", build)


SMALL_PAPERS = ("dorset-pcp-2017-09-22-minutes.txt", "west-mercia-pcp-performance-monitoring-minutes.txt")


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    """Two seed papers (Dorset, West Mercia) in a corpus folder of their own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in SMALL_PAPERS:
        shutil.copy(CORPUS / name, folder / name)
    return folder


TINY_PAPERS = {
    "gwent-2020-03-03.txt": "Gwent Police and Crime Panel\nMinutes of the meeting held on 3 March 2020\n\n"
                            "1. Apologies\n\nNone were received.\n\n"
                            "2. Precept\n\nThe Panel agreed the precept of £5 a year for a Band D home.\n\n"
                            "3. Estates\n\nThe new custody suite in Newport opens in May.\n",
    "kent-2019-06-11.txt": "Kent Police and Crime Panel\nMinutes of the meeting held on 11 June 2019\n\n"
                           "1. Minutes\n\nThe minutes of the last meeting were agreed.\n\n"
                           "2. Knife crime\n\nThe Commissioner reported a fall in knife crime.\n",
}


def write_papers(folder: Path, papers: dict[str, str]) -> Path:
    """A corpus folder holding these papers ({file name: text})."""
    folder.mkdir()
    for name, text in papers.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def searcher_of(folder: Path, papers: dict[str, str]):
    """A Searcher over an index of these papers, corpus and index built in `folder`."""
    import index

    index.build(write_papers(folder / "corpus", papers), folder / "idx")
    return index.Searcher(folder / "idx")


@pytest.fixture
def tiny_corpus(tmp_path) -> Path:
    """Two short papers of five agenda items in all: for tests of the build's workings, where
    the papers' content does not matter and embedding a seed paper costs seconds."""
    return write_papers(tmp_path / "tiny", TINY_PAPERS)


@pytest.fixture(scope="session")
def small_index_built(tmp_path_factory):
    """(corpus, index folder, build report) of the run's one build of the small corpus."""
    import index

    def build(folder: Path):
        corpus = folder / "corpus"
        corpus.mkdir()
        for name in SMALL_PAPERS:
            shutil.copy(CORPUS / name, corpus / name)
        return corpus, folder / "idx", index.build(corpus, folder / "idx")

    return _built_once(tmp_path_factory, "small", build)


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
    """Every seed-paper question: the given gold set and the paraphrases added to it."""
    from eval.devset import seed_questions

    return seed_questions()


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def run_cli(monkeypatch, capsys):
    """`panelsearch ARGS` through its entry point (`panelsearch.cli:main`, which turns errors
    into one line and an exit code), in this process: a subprocess would spend a second or
    two importing and loading before each command. `env` sets variables for the call."""
    from panelsearch.cli import main

    def run(*args: str, **env: str) -> CliResult:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "argv", ["panelsearch", *args])
        capsys.readouterr()
        with pytest.raises(SystemExit) as exited:
            main()
        out, err = capsys.readouterr()
        return CliResult(int(exited.value.code or 0), out, err)

    return run
