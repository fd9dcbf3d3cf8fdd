"""Generative mode against a small local OpenAI-compatible fake server."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

import qa


class FakeModel(BaseHTTPRequestHandler):
    reply = ""
    requests: list[dict] = []

    def do_POST(self):  # noqa: N802 - the http.server API
        length = int(self.headers["Content-Length"])
        FakeModel.requests.append(json.loads(self.rfile.read(length)))
        body = json.dumps({"choices": [{"message": {"role": "assistant",
                                                    "content": FakeModel.reply}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_llm(monkeypatch):
    server = HTTPServer(("127.0.0.1", 0), FakeModel)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("PANELSEARCH_LLM_URL", f"http://127.0.0.1:{server.server_port}/v1")
    FakeModel.requests.clear()
    yield FakeModel
    server.shutdown()


def test_unsupported_and_uncited_sentences_are_dropped(searcher, fake_llm):
    fake_llm.reply = (
        "The general reserve remains at £13.2m, which is 5% of the net revenue budget [1]. "
        "The reserve will be doubled to pay for a fleet of helicopters [1]. "
        "Essex is the best force in the country. "
        "The reserve was approved by the Home Secretary [99].")
    answer = qa.ask("How large is the Essex general reserve?", searcher, k=5)
    assert not answer.abstained
    assert "£13.2m" in answer.answer
    assert "helicopters" not in answer.answer and "best force" not in answer.answer
    assert "[99]" not in answer.answer
    sent = fake_llm.requests[0]
    assert sent["messages"][0]["role"] == "system" and "[1]" in sent["messages"][1]["content"]


def test_falls_back_to_extractive_when_nothing_survives(searcher, fake_llm):
    fake_llm.reply = "I think it is about ten million pounds."
    answer = qa.ask("How large is the Essex general reserve?", searcher, k=5)
    assert "General reserve remains at £13.2m" in answer.answer
    assert qa.citations(answer)[0].sentence in answer.passages[0].text


def test_unreachable_server_falls_back(searcher, monkeypatch):
    monkeypatch.setenv("PANELSEARCH_LLM_URL", "http://127.0.0.1:9/v1")
    answer = qa.ask("How large is the Essex general reserve?", searcher, k=5)
    assert "13.2m" in answer.answer


def test_abstention_does_not_ask_the_model(searcher, fake_llm):
    fake_llm.reply = "Dorset agreed to fund CCTV [1]."
    answer = qa.ask("What did Dorset decide on CCTV?", searcher)
    assert answer.abstained and fake_llm.requests == []
