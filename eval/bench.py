"""Benchmarks: query latency (idle and with a core kept busy), cold start, ingest
throughput against the raw model, memory, FAISS at scale."""

from __future__ import annotations

import contextlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np


@contextlib.contextmanager
def busy_core(enabled: bool = True) -> Iterator[None]:
    """Another process spinning on one core for the duration (a second user, a browser)."""
    if not enabled:
        yield
        return
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.5)
        yield
    finally:
        spinner.kill()
        spinner.wait()


def cold_ask(index_dir: Path, question: str, repeats: int = 3) -> float:
    """Seconds from starting `panelsearch ask` to its answer (median of `repeats`)."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "panelsearch.cli", "ask", question, "--json",
                        "--index", str(index_dir)], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return round(float(np.median(times)), 2)


def marginal_per_question(index_dir: Path, questions: list[str]) -> float:
    """Milliseconds each extra question adds to one `ask --questions` run."""
    with tempfile.TemporaryDirectory() as folder:
        def run(count: int) -> float:
            path = Path(folder) / f"q{count}.jsonl"
            path.write_text("".join(json.dumps({"id": str(i), "question": q}) + "\n"
                                    for i, q in enumerate(questions[:count])))
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "panelsearch.cli", "ask", "--questions", str(path),
                            "--json", "--index", str(index_dir)], check=True, capture_output=True)
            return time.perf_counter() - started

        one, many = run(1), run(len(questions))
    return round(1000 * (many - one) / max(len(questions) - 1, 1), 1)


def latency_under_load(index_dir: Path, questions: list[str]) -> list[dict]:
    """Warm latency, per-question cost of `ask --questions` and cold `ask`, with the machine
    idle and with one core kept busy by another process."""
    import os

    rows = []
    for busy in (False, True):
        with busy_core(busy):
            row: dict[str, object] = {"condition": "one core busy" if busy else "idle",
                                      "cores": os.cpu_count()}
            row |= query_latency(index_dir, questions)
            row["ask_questions_ms_each"] = marginal_per_question(index_dir, questions)
            row["cold_ask_s"] = cold_ask(index_dir, questions[0])
        rows.append(row)
    return rows


def peak_memory_mb() -> float:
    """This process's peak resident memory so far."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def query_latency(index_dir: Path, questions: list[str], repeats: int = 3) -> dict:
    """Warm per-question time of retrieval (encode + search) and of a whole answer, each
    question timed as new (its vector not kept from an earlier run)."""
    import qa
    from index import Searcher
    from qa.answer import question_filters

    searcher = Searcher(index_dir)
    searcher.search("warm up", 5)
    qa.ask("warm up the sentence scorer", searcher)
    search_times, answer_times = [], []
    for _ in range(repeats):
        for question in questions:
            searcher.forget_questions()
            started = time.perf_counter()
            searcher.search(question, 10, question_filters(question, searcher))
            search_times.append(time.perf_counter() - started)
    for question in questions:
        searcher.forget_questions()
        started = time.perf_counter()
        qa.ask(question, searcher)
        answer_times.append(time.perf_counter() - started)
    return {"questions": len(questions),
            "search_p50_ms": _ms(np.percentile(search_times, 50)),
            "search_p95_ms": _ms(np.percentile(search_times, 95)),
            "answer_p50_ms": _ms(np.percentile(answer_times, 50)),
            "answer_p95_ms": _ms(np.percentile(answer_times, 95))}


def ingest_throughput(corpus: Path, repeats: int = 2) -> dict:
    """Full ingest (read, segment, chunk, embed chunks and their sentences, write) vs the
    encoder ingest uses (ONNX Runtime on every core, or torch) encoding the same distinct
    texts (chunks and sentences; ingest embeds a repeated text once) in its own batches,
    longest first. Both start warm: the encoder loaded and the ingest modules imported (a
    small paper ingested first). Each is timed
    `repeats` times, alternately, and the best kept: a shared machine's noise only slows."""
    import index
    from index import store
    from index.build import passage_encoder
    from panelsearch.settings import embedder_name

    ingest_times, raw_times = [], []
    with tempfile.TemporaryDirectory() as folder:
        encode = passage_encoder(Path(folder), embedder_name())  # both sides start with it loaded
        _warm_ingest(Path(folder))  # and with the modules imported: a process pays that once
        for attempt in range(repeats):
            target = Path(folder) / f"index-{attempt}"
            started = time.perf_counter()
            report = index.build(corpus, target)
            ingest_times.append(time.perf_counter() - started)
            searcher = index.Searcher(target)
            texts = [store.indexed_text(c) for c in searcher.chunks]
            texts += [t for row in range(len(searcher.chunks)) for t in searcher.sentences(row)[0]]
            texts = sorted(set(texts), key=len, reverse=True)
            started = time.perf_counter()
            encode(texts)
            raw_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        again = index.build(corpus, target)
        reingest_seconds = time.perf_counter() - started
    ingest_seconds, raw_seconds = min(ingest_times), min(raw_times)
    return {"chunks": report.chunks, "ingest_s": round(ingest_seconds, 2),
            "ingest_chunks_per_s": round(report.chunks / ingest_seconds, 1),
            "raw_encode_texts_per_s": round(len(texts) / raw_seconds, 1),
            "ratio": round(raw_seconds / ingest_seconds, 3),
            "unchanged_reingest_s": round(reingest_seconds, 3), "up_to_date": again.up_to_date}


def _warm_ingest(folder: Path) -> None:
    """Ingest one small paper once, so the timed ingest measures throughput, not imports."""
    import index

    papers = folder / "warm-up-papers"
    papers.mkdir()
    (papers / "warm-up.txt").write_text("Dorset Police and Crime Panel\n\n1. Apologies\n\nNone were "
                                        "received.\n\n2. Minutes\n\nThe minutes were agreed.\n",
                                        encoding="utf-8")
    index.build(papers, folder / "warm-up-index")


def faiss_scale(sizes: list[int], dim: int = 384, queries: int = 200, seed: int = 0,
                data_kind: str = "clustered") -> list[dict]:
    """Exact (flat) vs HNSW: build time, query time, index size, recall@10 against exact.

    "uniform" vectors are the worst case for a graph index (no structure at all);
    "clustered" ones (unit vectors around one topic per 100 chunks, cosine ~0.7 to
    their topic) are closer to what sentence embeddings of papers look like.
    """
    from index import vectors as vector_index

    rng = np.random.default_rng(seed)
    rows = []
    for size in sizes:
        data, probes = _synthetic(rng, size, dim, queries, data_kind)
        exact_ids: list[np.ndarray] = []
        for kind in ("flat", "hnsw"):
            started = time.perf_counter()
            index = vector_index.build(data, kind)
            build_s = time.perf_counter() - started
            memory = _index_mb(index)
            times, found = [], []
            for probe in probes:
                started = time.perf_counter()
                _scores, ids = vector_index.search(index, probe, 10)
                times.append(time.perf_counter() - started)
                found.append(ids)
            if kind == "flat":
                exact_ids = found
            recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(found, exact_ids)])
            rows.append({"chunks": size, "data": data_kind, "index": kind,
                         "build_s": round(build_s, 2),
                         "query_p50_ms": _ms(np.percentile(times, 50)),
                         "query_p95_ms": _ms(np.percentile(times, 95)),
                         "memory_mb": round(memory, 1), "recall@10_vs_exact": round(float(recall), 4)})
            del index
    return rows


def _synthetic(rng, size: int, dim: int, queries: int, kind: str
               ) -> tuple[np.ndarray, np.ndarray]:
    if kind == "uniform":
        data = _unit(rng.standard_normal((size, dim), dtype="float32"))
        probes = _unit(rng.standard_normal((queries, dim), dtype="float32"))
        return data, probes
    centers = _unit(rng.standard_normal((max(size // 100, 10), dim), dtype="float32"))
    spread = np.float32(1 / np.sqrt(dim))

    def around(count: int) -> np.ndarray:
        picks = rng.integers(0, len(centers), count)
        return _unit(centers[picks] + spread * rng.standard_normal((count, dim), dtype="float32"))

    return around(size), around(queries)


def _unit(matrix: np.ndarray) -> np.ndarray:
    return (matrix / np.linalg.norm(matrix, axis=1, keepdims=True)).astype("float32")


def _index_mb(index) -> float:
    """The index's own size: what it holds in memory (vectors, graph links)."""
    import faiss

    return round(faiss.serialize_index(index).nbytes / 2**20, 1)


def _ms(seconds: float) -> float:
    return round(1000 * float(seconds), 2)


def table(rows: list[dict]) -> str:
    if not rows:
        return ""
    keys = list(rows[0])
    widths = [max(len(k), *(len(str(r[k])) for r in rows)) for k in keys]
    lines = ["  ".join(k.rjust(w) for k, w in zip(keys, widths))]
    lines += ["  ".join(str(r[k]).rjust(w) for k, w in zip(keys, widths)) for r in rows]
    return "\n".join(lines)


# Timed inside the page, on the browser's own clock: from the Enter key to the first frame
# drawn after the answer's text changed. Timing from the test driver instead would add its
# own round trips (each poll of the page costs tens of milliseconds when the cores are busy).
_WATCH_ANSWER = """
const before = (document.querySelector("div.ps-answer") || {}).textContent;
window.psTiming = {enter: null, shown: null};
document.addEventListener("keydown", event => {
  if (event.key === "Enter" && window.psTiming.enter === null) window.psTiming.enter = performance.now();
}, true);
new MutationObserver((_, observer) => {
  const answer = document.querySelector("div.ps-answer");
  if (window.psTiming.enter === null || !answer || !answer.textContent
      || answer.textContent === before) return;
  observer.disconnect();
  requestAnimationFrame(() => { window.psTiming.shown = performance.now(); });
}).observe(document.body, {subtree: true, childList: true, characterData: true});
"""


def _answer_seconds(driver) -> float | None:
    timing = driver.execute_script("return window.psTiming")
    if timing and timing.get("shown") is not None and timing.get("enter") is not None:
        return (timing["shown"] - timing["enter"]) / 1000
    return None


def app_latency(index_dir: Path, questions: list[str], sessions: int, per_session: int = 5) -> dict:
    """Seconds from pressing Enter on a question to its answer on screen (timed in the page,
    see _WATCH_ANSWER), in `sessions` headless Chromium browsers asking different questions
    at once, half a second apart (pages already loaded; Debian chromium and chromium-driver)."""
    import os
    import shutil
    import socket
    import threading
    import urllib.request

    from selenium import webdriver
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    root = Path(__file__).resolve().parent.parent
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(root / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false"],
        env={**os.environ, "PANELSEARCH_INDEX": str(index_dir)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times: list[float] = []
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.5)

        def browse(offset: int) -> None:
            options = webdriver.ChromeOptions()
            options.binary_location = shutil.which("chromium") or "chromium"
            for flag in ("--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-background-networking", "--disable-dev-shm-usage"):
                options.add_argument(flag)
            driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
            wait = WebDriverWait(driver, 180, poll_frequency=0.1,
                                 ignored_exceptions=[StaleElementReferenceException, NoSuchElementException])
            try:
                driver.get(f"http://127.0.0.1:{port}/?q=warm+up")  # page load, not measured
                wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "div.ps-answer"))
                for i in range(per_session):
                    question = questions[(offset * per_session + i) % len(questions)]
                    box = wait.until(lambda d: d.find_element(
                        By.CSS_SELECTOR, "input[aria-label='Your question']"))
                    box.send_keys(Keys.CONTROL, "a")
                    box.send_keys(question)  # typing is the user's time, not the app's
                    driver.execute_script(_WATCH_ANSWER)
                    box.send_keys(Keys.ENTER)
                    times.append(wait.until(_answer_seconds) or 0.0)  # until returns it once set
                    time.sleep(0.5)  # the rest of the page (passages, timeline) arrives
            finally:
                driver.quit()

        threads = [threading.Thread(target=browse, args=(n,)) for n in range(sessions)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"sessions": sessions, "answers": len(times),
            "enter_to_answer_p50_s": round(float(np.percentile(times, 50)), 2) if times else None,
            "enter_to_answer_p95_s": round(float(np.percentile(times, 95)), 2) if times else None}
