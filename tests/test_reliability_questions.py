"""Malformed question files and questions: one line naming the problem, exit 1, no traceback."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("content, message", [
    ('{"id": "1", "question": "What about CCTV?"}\n{"id": 2, "question": \n', ":2: not JSON"),
    ('{"id": "1", "question": ' + "[" * 100000 + "]" * 100000 + "}\n", ":1: JSON nested too deeply"),
    ('{"id": "1", "question": "bad \\ud800 text"}\n', ":1: the question holds characters"),
    ('{"id": "1", "question": "  ?? !! "}\n', ":1: ask a question in words"),
    ('["not", "an", "object"]\n', ":1: expected a JSON object"),
])
def test_bad_question_files_are_one_line_errors(content, message, tmp_path, seed_index, run_cli):
    path = tmp_path / "questions.jsonl"
    path.write_text(content, encoding="utf-8")
    result = run_cli("ask", "--questions", str(path), "--json", "--index", str(seed_index))
    assert result.code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args, message", [
    (("   ?!  ",), "ask a question in words"),
    (("CCTV", "--until", "2017-13"), "is not a date"),
    (("CCTV", "--k", "0"), "--k"),
    ((), "give either a QUESTION"),
])
def test_bad_questions_and_usage_are_one_line(args, message, seed_index, run_cli):
    result = run_cli("ask", *args, "--index", str(seed_index))
    assert result.code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_until_a_day_means_that_day(seed_index, run_cli):
    import json

    index = str(seed_index)
    result = run_cli("ask", "What did Dorset decide?", "--until", "2017-01-01", "--json", "--index", index)
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["filters"]["until"] == "2017-01-01"
    result = run_cli("ask", "What did Dorset decide?", "--until", "2017", "--json", "--index", index)
    assert json.loads(result.stdout)["filters"]["until"] == "2017-12-31"
