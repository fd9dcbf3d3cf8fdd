"""Gold questions: {"id", "question", "answerable", "evidence": [...], "panel"} per line."""

from __future__ import annotations

import re
from pathlib import Path

from panelsearch.errors import BadGoldFile
from panelsearch.jsonl import read_jsonl


def normalise(text: str) -> str:
    """The gold README's rule: lower case, only [0-9a-z] kept."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def holds_evidence(passage_text: str, evidence: list[str]) -> bool:
    flat = normalise(passage_text)
    return any(normalise(e) and normalise(e) in flat for e in evidence)


def load_questions(path: str | Path) -> list[dict]:
    questions = []
    for number, record in read_jsonl(path, BadGoldFile):
        if not {"id", "question", "answerable"} <= set(record):
            raise BadGoldFile(f"{path}:{number}: needs id, question, answerable, evidence")
        if record["answerable"] and not record.get("evidence"):
            raise BadGoldFile(f"{path}:{number}: an answerable question needs evidence")
        questions.append(record)
    return questions
