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


def evaluation_table(report: dict) -> str:
    """The methods side by side, then segmentation and answer quality, as plain text."""
    columns = ["Recall@1", "Recall@5", "Recall@10", "MRR@10", "nDCG@10"]
    width = max(len(name) for name in report["methods"]) + 2
    lines = ["Retrieval (answerable questions)",
             "method".ljust(width) + "".join(c.rjust(11) for c in columns) + "   p50 ms"]
    for name, metrics in report["methods"].items():
        lines.append(name.ljust(width) + "".join(f"{metrics[c]:11.3f}" for c in columns)
                     + f"{report['latency_ms_p50'].get(name, 0):9.1f}")
    seg = report.get("segmentation", {}).get("overall")
    if seg:
        lines += ["", f"Segmentation: P {seg['precision']:.3f}  R {seg['recall']:.3f}  "
                      f"F1 {seg['f1']:.3f}  ({seg['gold']} gold items)"]
    a = report["abstention"]
    lines += ["", f"Answers: abstained on {a['abstention_recall']:.0%} of {a['unanswerable']} "
                  f"unanswerable; {a['false_abstentions']} false abstentions; citations resolve "
                  f"{a['citations_resolve']:.0%}; cited sentences verbatim {a['sentences_verbatim']:.0%}"]
    return "\n".join(lines)
