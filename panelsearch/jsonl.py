"""Read JSONL files of questions: one JSON object per line."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import BadQuestionsFile, PanelSearchError


def read_jsonl(path: str | Path, error: type[PanelSearchError] = BadQuestionsFile
               ) -> list[tuple[int, dict]]:
    """(line number, object) for every non-blank line; `error` names the file and line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read file ({getattr(exc, 'strerror', None) or exc})") from exc
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{path}:{number}: not JSON ({exc.msg})") from exc
        except RecursionError as exc:
            raise error(f"{path}:{number}: JSON nested too deeply to read") from exc
        if not isinstance(record, dict):
            raise error(f"{path}:{number}: expected a JSON object")
        records.append((number, record))
    return records


def read_questions(path: str | Path) -> list[tuple[str | None, str]]:
    """(id, question) pairs from lines of {"id", "question"}."""
    out = []
    for number, record in read_jsonl(path):
        if not isinstance(record.get("question"), str) or not record["question"].strip():
            raise BadQuestionsFile(f"{path}:{number}: expected {{\"id\", \"question\"}}")
        problem = question_problem(record["question"])
        if problem:
            raise BadQuestionsFile(f"{path}:{number}: {problem}")
        out.append((None if record.get("id") is None else str(record["id"]), record["question"]))
    if not out:
        raise BadQuestionsFile(f"{path}: no questions in file")
    return out


def question_problem(question: str) -> str | None:
    """Why a question cannot be asked, or None: it must be valid text holding some words."""
    try:
        question.encode("utf-8")
    except UnicodeEncodeError:
        return "the question holds characters that are not valid text (an unpaired surrogate)"
    if not any(ch.isalnum() for ch in question):
        return "ask a question in words (this one has only spaces or punctuation)"
    return None
