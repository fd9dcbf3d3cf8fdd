"""Plain-text rendering of an answer for the terminal."""

from __future__ import annotations

import textwrap

from .records import Answer


def answer_text(answer: Answer, excerpt: int = 300) -> str:
    lines = [f"Q: {answer.question}"]
    shown = {key: value for key, value in answer.filters.items() if value}
    if shown:
        lines.append("Understood: " + ", ".join(f"{key}={value}" for key, value in shown.items()))
    lines.append("")
    lines.append(("Not in the papers: " if answer.abstained else "") + answer.answer)
    lines.append("")
    for passage in answer.passages:
        lines.append(f"[{passage.rank}] {passage.citation()}  score {passage.score:.3f}")
        flat = " ".join(passage.text.split())
        lines.append(textwrap.indent(textwrap.shorten(flat, excerpt, placeholder=" ..."), "    "))
    return "\n".join(lines)
