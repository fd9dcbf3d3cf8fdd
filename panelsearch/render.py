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


def segmentation_table(sets: dict[str, dict]) -> str:
    """Per gold set: item boundaries and metadata read right, then each miss."""
    lines = ["Agenda items and metadata",
             "set".ljust(8) + "files  items      P      R     F1   panel    date    type"]
    for name, seg in sets.items():
        o, m = seg["overall"], seg["metadata"]
        lines.append(f"{name:<8}{m['panel']['of']:>5}{o['gold']:>7}{o['precision']:>7.3f}"
                     f"{o['recall']:>7.3f}{o['f1']:>7.3f}" + "".join(
                         f"  {m[k]['right']:>2}/{m[k]['of']:<3}" for k in ("panel", "date", "doc_type")))
    for name, seg in sets.items():
        for row in seg["files"]:
            if row["missed"] or row["spurious"]:
                lines.append(f"  {name}/{row['file']}: missed {row['missed']}, "
                             f"spurious {row['spurious']}")
        for miss in seg["misreads"]:
            wrong = ", ".join(f"{k}: read {miss['found'].get(_FOUND[k])!r}, gold "
                              f"{miss['expected'].get(_FOUND[k])!r}" for k in miss["wrong"])
            lines.append(f"  {name}/{miss['file']}: {wrong}")
    return "\n".join(lines)


_FOUND = {"panel": "panel", "date": "meeting_date", "doc_type": "doc_type"}
