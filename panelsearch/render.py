"""Plain-text rendering of an answer for the terminal."""

from __future__ import annotations

import textwrap

from .records import Answer, Passage


def citation(passage: Passage) -> str:
    """"West Mercia, 2017-09-22, item 81 "Title", p. 3 (file)"."""
    parts = [passage.panel or "unknown panel", passage.meeting_date or "undated"]
    item = f"item {passage.item_number} " if passage.item_number else ""
    parts.append(f"{item}\u201c{passage.item_title}\u201d")
    if passage.page:
        parts.append(f"p. {passage.page}")
    return ", ".join(parts) + f" ({passage.doc_id})"


def answer_text(answer: Answer, excerpt: int = 300) -> str:
    lines = [f"Q: {answer.question}"]
    shown = {key: value for key, value in answer.filters.items() if value}
    if shown:
        lines.append("Understood: " + ", ".join(f"{key}={value}" for key, value in shown.items()))
    lines.append("")
    lines.append(("Not in the papers: " if answer.abstained else "") + answer.answer)
    lines.append("")
    for passage in answer.passages:
        lines.append(f"[{passage.rank}] {citation(passage)}  score {passage.score:.3f}")
        flat = " ".join(passage.text.split())
        lines.append(textwrap.indent(textwrap.shorten(flat, excerpt, placeholder=" ..."), "    "))
    return "\n".join(lines)
