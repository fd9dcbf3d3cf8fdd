"""The app as a hostile or unlucky visitor meets it: links out of the corpus, markup in
titles, a stopped server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import index
from panelsearch import present
from tests.conftest import ROOT


def test_downloads_only_indexed_files_inside_the_corpus(tiny_corpus, tmp_path):
    corpus = tiny_corpus
    index.build(corpus, tmp_path / "idx")
    searcher = index.Searcher(tmp_path / "idx")
    paper = "kent-2019-06-11.txt"
    assert searcher.source_file(paper, corpus) == (corpus / paper).resolve()
    (corpus / paper).unlink()
    (corpus / paper).symlink_to("/etc/passwd")  # swapped for a link after indexing
    assert searcher.source_file(paper, corpus) is None
    assert searcher.source_file("../../etc/passwd", corpus) is None  # never indexed


def test_titles_and_names_are_escaped_for_markdown():
    shown = present.plain("Report ![x](http://evil.example/p.png) [click](http://evil.example) **b**")
    assert "](" not in shown.replace("\\](", "") and "\\!\\[x\\]" in shown and "\\*\\*b\\*\\*" in shown


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_stopping_serve_stops_the_app(seed_index):
    port = _free_port()
    env = dict(os.environ, PANELSEARCH_INDEX=str(seed_index))
    serve = subprocess.Popen([sys.executable, "-m", "panelsearch.cli", "serve", "--port", str(port)],
                             cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 90
    while True:
        try:
            with urllib.request.urlopen(f"http://localhost:{port}/_stcore/health", timeout=2):
                break
        except OSError:
            assert time.time() < deadline and serve.poll() is None, "app did not start"
            time.sleep(0.5)
    serve.send_signal(signal.SIGTERM)
    serve.wait(timeout=30)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                time.sleep(0.5)
        except OSError:
            return  # nothing listens any more: Streamlit stopped with serve
    raise AssertionError("Streamlit still listening after serve was stopped")
