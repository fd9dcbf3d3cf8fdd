"""An answer as Markdown, with its citations spelled out, for a briefing note."""

from __future__ import annotations

from panelsearch.records import Answer


def to_markdown(answer: Answer) -> str:
    lines = [f"## {answer.question}", ""]
    if answer.abstained:
        lines.append("*Not answered by the papers.*")
        lines.append("")
    lines += [answer.answer, "", "### Sources", ""]
    cited = {int(n) for n in __import__("re").findall(r"\[(\d+)\]", answer.answer)}
    for passage in answer.passages:
        if passage.rank in cited or not cited:
            quote = " ".join(passage.text.split())
            lines.append(f"{passage.rank}. {passage.citation()}")
            lines.append(f"   > {quote}")
    return "\n".join(lines) + "\n"
