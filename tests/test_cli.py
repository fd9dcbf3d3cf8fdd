"""Every command through click's runner, and the installed script for exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from panelsearch.cli import cli
from tests.conftest import CORPUS, ROOT

COMMANDS = ["ingest", "items", "ask", "eval", "calibrate", "serve", "bench"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
    assert f"panelsearch {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_items_json_shape():
    result = CliRunner().invoke(cli, ["items", str(CORPUS / "dorset-pcp-2017-09-22-minutes.txt"),
                                      "--json"])
    items = json.loads(result.output)
    assert [i["number"] for i in items] == [str(n) for n in range(77, 88)]
    assert set(items[0]) == {"number", "title", "text", "panel", "meeting_date", "doc_type", "page"}
    assert items[0]["panel"] == "Dorset" and items[0]["meeting_date"] == "2017-09-22"
    assert items[0]["text"].startswith("77.")


def test_ask_json_shape(seed_index):
    result = CliRunner().invoke(cli, ["ask", "What did Dorset decide on CCTV?", "--json", "--k", "4",
                                      "--index", str(seed_index)])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert set(answer) == {"id", "question", "answer", "abstained", "filters", "passages"}
    assert answer["abstained"] is True and len(answer["passages"]) <= 4
    assert {"panel", "since", "until"} <= set(answer["filters"])
    assert set(answer["passages"][0]) == {"rank", "doc_id", "source", "panel", "meeting_date",
                                          "item_number", "item_title", "page", "text", "score",
                                          "doc_type"}


def test_ask_batch_prints_one_line_per_question(seed_index, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"id": "a", "question": "What is PRISM?"}\n'
                         '{"id": "b", "question": "How large is the Essex general reserve?"}\n')
    result = CliRunner().invoke(cli, ["ask", "--questions", str(questions), "--json",
                                      "--index", str(seed_index)])
    lines = result.output.strip().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]
    assert "13.2m" in json.loads(lines[1])["answer"]


def test_ask_human_output_and_flags(seed_index):
    result = CliRunner().invoke(cli, ["ask", "CCTV funding", "--panel", "West Mercia", "--until",
                                      "2020", "--index", str(seed_index)])
    assert result.exit_code == 0
    assert "panel=West Mercia" in result.output and "[1] West Mercia" in result.output


def _run(*args, **env):
    import os

    return subprocess.run([sys.executable, "-m", "panelsearch.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, **env}, timeout=300)


@pytest.mark.parametrize("args, message", [
    (["items", "no-such-file.txt"], "no-such-file.txt: file not found"),
    (["ask", "anything", "--index", "/nonexistent/idx"], "no index in /nonexistent/idx"),
    (["ingest", "--corpus", "/nonexistent/corpus"], "corpus folder not found"),
    (["ask"], "give either a QUESTION"),
])
def test_user_errors_are_one_line_exit_1(args, message):
    result = _run(*args)
    assert result.returncode == 1, result
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and message in errors[0]


def test_malformed_questions_file(seed_index, tmp_path, run_cli):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "question": "ok"}\nnot json\n')
    result = run_cli("ask", "--questions", str(bad), "--json", "--index", str(seed_index))
    assert result.code == 1 and "bad.jsonl:2: not JSON" in result.stderr


def test_ingest_command_summary(tiny_corpus, tmp_path, run_cli):
    (tiny_corpus / "b.pdf").write_bytes(b"%PDF-1.4 broken")
    result = run_cli("ingest", "--corpus", str(tiny_corpus), PANELSEARCH_INDEX=str(tmp_path / "i"))
    assert result.code == 0, result.stderr
    assert "skipped" in result.stderr and "b.pdf" in result.stderr
    assert "2 read" in result.stdout and "5 items" in result.stdout
    again = run_cli("ingest", "--corpus", str(tiny_corpus), PANELSEARCH_INDEX=str(tmp_path / "i"))
    assert "up to date" in again.stdout
