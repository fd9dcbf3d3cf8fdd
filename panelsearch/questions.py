"""Read a JSONL file of questions: one {"id", "question"} object per line."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import BadQuestionsFile


def read_questions(path: str | Path) -> list[tuple[str | None, str]]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadQuestionsFile(f"{path}: cannot read questions file ({exc})") from exc
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadQuestionsFile(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("question"), str) \
                or not record["question"].strip():
            raise BadQuestionsFile(f"{path}:{number}: expected {{\"id\", \"question\"}}")
        out.append((None if record.get("id") is None else str(record["id"]), record["question"]))
    if not out:
        raise BadQuestionsFile(f"{path}: no questions in file")
    return out
