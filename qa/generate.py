"""Optional generative answers through an OpenAI-compatible chat endpoint.

Off unless PANELSEARCH_LLM_URL is set (e.g. a local llama.cpp or Ollama server:
http://127.0.0.1:8080/v1). The model must cite passages as [n]; every sentence
whose citations do not hold up against the cited passage is dropped, so what
remains can be checked like an extractive answer.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request

from index import Hit
from ingest.sentences import _BOUNDARY

from .evidence import SubjectScorer

SUPPORT = 0.6  # share of a sentence's content (IDF-weighted) its cited passages must hold
TIMEOUT = 60
SYSTEM = ("You answer questions about Police and Crime Panel papers using only the numbered "
          "passages given. Write at most three short sentences. End every sentence with the "
          "number of the passage it comes from, like [1]. If the passages do not answer the "
          "question, say so.")


def endpoint() -> str | None:
    url = os.environ.get("PANELSEARCH_LLM_URL", "").strip()
    if not url:
        return None
    return url if url.rstrip("/").endswith("/chat/completions") else \
        url.rstrip("/") + "/chat/completions"


def generate(question: str, hits: list[Hit], scorer_for) -> str | None:
    """A cited answer from the model, unsupported sentences removed; None if nothing survives."""
    url = endpoint()
    if not url or not hits:
        return None
    passages = "\n\n".join(f"[{rank}] {hit.chunk.text}" for rank, hit in enumerate(hits, 1))
    body = {"model": os.environ.get("PANELSEARCH_LLM_MODEL", "local"), "temperature": 0,
            "messages": [{"role": "system", "content": SYSTEM},
                         {"role": "user", "content": f"Passages:\n{passages}\n\nQuestion: {question}"}]}
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            reply = json.loads(response.read())["choices"][0]["message"]["content"]
    except (urllib.error.URLError, OSError, KeyError, IndexError, ValueError):
        return None  # the extractive answer stands in
    kept = [s for s in _sentences(reply) if _supported(s, hits, scorer_for)]
    return " ".join(kept) or None


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _BOUNDARY.split(text) if s and s.strip()]


def _supported(sentence: str, hits: list[Hit], scorer_for) -> bool:
    ranks = [int(n) for n in re.findall(r"\[(\d+)\]", sentence)]
    if not ranks or any(not 1 <= n <= len(hits) for n in ranks):
        return False
    claim = re.sub(r"\[\d+\]", " ", sentence)
    scorer: SubjectScorer = scorer_for(claim)
    cited = "\n".join(hits[n - 1].chunk.text for n in ranks)
    return scorer.coverage(cited)[0] >= SUPPORT
