"""Write an evaluation as a terminal table, JSON, and a Markdown report with a PNG plot.

Report shape: {"about": {date, papers, chunks}, "segmentation": {set: ...},
"questions": {set: {"methods", "descriptions", "latency_ms_p50", "answers", "per_question"}}}.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from .runner import SYSTEM, Evaluation

COLUMNS = ["Recall@1", "Recall@5", "Recall@10", "MRR@10", "nDCG@10"]
REPORT_DIR = Path(__file__).resolve().parent / "reports"
MEANINGS = {
    "Recall@k": "share of answerable questions with a passage holding the evidence in the top k",
    "MRR@10": "mean of 1/rank of the first passage holding the evidence (0 past rank 10)",
    "nDCG@10": "rank-discounted gain of every evidence-holding passage in the top 10",
    "answered": "answerable questions given an answer rather than a 'not in the papers'",
    "abstained": "unanswerable questions given an honest 'not in the papers'",
    "quoting the evidence": "answered answerable questions whose answer holds a gold evidence "
                            "string (a right answer worded otherwise counts as a miss)",
    "held out": "decided by the answerability model refitted without the question's own panel "
                "(a question the shipped model was never fitted on is decided as shipped)",
}


def as_json(results: dict[str, Evaluation], segmentation: dict | None, about: dict | None = None
            ) -> dict:
    questions = {}
    for name, evaluation in results.items():
        data = asdict(evaluation)
        questions[name] = {"methods": data["methods"], "descriptions": data["descriptions"],
                           "latency_ms_p50": data["latency_ms"], "answers": data["answers"],
                           "per_question": data["per_question"]}
    return {"about": about or {}, "segmentation": segmentation or {}, "questions": questions}


def evaluation_table(report: dict) -> str:
    """The methods side by side per question set, then answers, then segmentation."""
    lines = []
    for name, result in report["questions"].items():
        width = max(len(m) for m in result["methods"]) + 2
        lines += [f"Retrieval, {name} questions (answerable)",
                  "method".ljust(width) + "".join(c.rjust(11) for c in COLUMNS) + "   p50 ms"]
        for method, metrics in result["methods"].items():
            lines.append(method.ljust(width) + "".join(f"{metrics[c]:11.3f}" for c in COLUMNS)
                         + f"{result['latency_ms_p50'].get(method, 0):9.1f}")
        lines += [answers_line(name, result["answers"]), ""]
    if report.get("segmentation"):
        lines.append(segmentation_table(report["segmentation"]))
    return "\n".join(lines)


NOT_COMPUTED = "not computed (needs questions of two or more panels, answerable and not)"


def answers_line(name: str, answers: dict) -> str:
    held, shipped = answers["held out"], answers["shipped"]
    held_text = (f"answered {held['answerable_answered']} of {held['answerable']} answerable, "
                 f"abstained on {held['unanswerable_abstained']} of {held['unanswerable']} "
                 "unanswerable") if held.get("computed", True) else NOT_COMPUTED
    return (f"Answers, {name}: held out by panel: {held_text}; as shipped: "
            f"{shipped['answerable_answered']} of {shipped['answerable']}, "
            f"{shipped['unanswerable_abstained']} of {shipped['unanswerable']}; "
            f"quoting the evidence {shipped.get('answers_quoting_evidence', 0):.0%}, "
            f"citations resolve {shipped['citations_resolve']:.0%}, "
            f"cited sentences verbatim {shipped['sentences_verbatim']:.0%}")


def markdown_table(result: dict) -> str:
    lines = ["| method | " + " | ".join(COLUMNS) + " | query ms (p50) |",
             "|---|" + "---|" * (len(COLUMNS) + 1)]
    for name, metrics in result["methods"].items():
        cells = " | ".join(f"{metrics[c]:.3f}" for c in COLUMNS)
        shown = f"**{name}**" if name == SYSTEM else name
        lines.append(f"| {shown} | {cells} | {result['latency_ms_p50'].get(name, 0):.1f} |")
    return "\n".join(lines)


def markdown(report: dict) -> str:
    about = report.get("about", {})
    out = ["# panelsearch evaluation", "",
           f"Run {about.get('date', '?')} on {about.get('papers', '?')} papers "
           f"({about.get('chunks', '?')} passages).", "", "What the measures mean:", ""]
    out += [f"- **{name}**: {meaning}" for name, meaning in MEANINGS.items()]
    for name, result in report["questions"].items():
        out += ["", f"## Retrieval: {name} questions", "", markdown_table(result), ""]
        out += [f"- {method}: {text}" for method, text in result["descriptions"].items()]
        out += ["", f"## Answers: {name} questions", "", answers_markdown(result["answers"])]
        out += _misses(result)
    for name, seg in (report.get("segmentation") or {}).items():
        out += _segmentation_markdown(name, seg)
    out += ["", "![Retrieval by method](retrieval.png)", ""]
    return "\n".join(out)


def answers_markdown(answers: dict) -> str:
    held, shipped = answers["held out"], answers["shipped"]
    return "\n".join([
        "| | answered (answerable) | abstained (unanswerable) |", "|---|---|---|",
        (f"| held out by panel | {held['answerable_answered']} of {held['answerable']} | "
         f"{held['unanswerable_abstained']} of {held['unanswerable']} |") if held.get("computed", True)
        else f"| held out by panel | {NOT_COMPUTED} | |",
        f"| as shipped (fitted on these) | {shipped['answerable_answered']} of {shipped['answerable']} | "
        f"{shipped['unanswerable_abstained']} of {shipped['unanswerable']} |", "",
        f"Answers quoting the gold evidence: {shipped.get('answers_quoting_evidence', 0):.0%}; "
        f"citing a returned passage: {shipped['citations_resolve']:.0%}; cited sentences "
        f"verbatim in their passage: {shipped['sentences_verbatim']:.0%}."])


def _misses(result: dict) -> list[str]:
    out = []
    late = [q for q in result["per_question"] if q["answerable"]
            and (q["ranks"].get(SYSTEM) or 99) > 1]
    if late:
        out += ["", "Questions the system does not rank first:", "",
                "| id | question | system rank |", "|---|---|---|"]
        out += [f"| {q['id']} | {q['question']} | {q['ranks'].get(SYSTEM) or '-'} |" for q in late]
    wrong = [q for q in result["per_question"] if q.get("abstained") is not None
             and q["abstained"] == q["answerable"]]
    if wrong:
        out += ["", "Wrong abstention decisions (as shipped):", ""]
        out += [f"- {q['id']}: {q['question']} (abstained: {q['abstained']})" for q in wrong]
    return out


def _segmentation_markdown(name: str, seg: dict) -> list[str]:
    overall, meta = seg["overall"], seg["metadata"]
    out = ["", f"## Agenda items and metadata: {name}", "",
           f"Boundary precision {overall['precision']:.3f}, recall {overall['recall']:.3f}, "
           f"F1 {overall['f1']:.3f} ({overall['gold']} gold items). Panel right "
           f"{meta['panel']['right']} of {meta['panel']['of']}, meeting date "
           f"{meta['date']['right']} of {meta['date']['of']}, document type "
           f"{meta['doc_type']['right']} of {meta['doc_type']['of']}; item number right for "
           f"{overall['numbers_right']} of the {overall['correct']} items placed right, title as "
           f"printed for {overall.get('titles_right', 0)} of the {overall.get('titled', 0)} of them "
           "that print one.", "",
           "| file | P | R | F1 | panel | date | type |", "|---|---|---|---|---|---|---|"]
    for row in seg["files"]:
        def ok(flag: bool) -> str:
            return "ok" if flag else "wrong"
        out.append(f"| {row['file']} | {row['precision']:.2f} | {row['recall']:.2f} | "
                   f"{row['f1']:.2f} | {ok(row['panel_ok'])} | {ok(row['date_ok'])} | "
                   f"{ok(row['doc_type_ok'])} |")
    return out


def write(report: dict, folder: Path = REPORT_DIR) -> Path:
    """report.json, report.md and retrieval.png in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False),
                                        encoding="utf-8")
    (folder / "report.md").write_text(markdown(report), encoding="utf-8")
    _plot(report, folder / "retrieval.png")
    return folder


def _plot(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    sets = list(report["questions"])
    fig, axes = plt.subplots(1, max(len(sets), 1), figsize=(6 * max(len(sets), 1), 4.2), dpi=110,
                             squeeze=False)
    shown = ["Recall@1", "Recall@5", "MRR@10", "nDCG@10"]
    for ax, name in zip(axes[0], sets):
        methods = report["questions"][name]["methods"]
        x = np.arange(len(shown))
        width = 0.8 / max(len(methods), 1)
        for i, (method, metrics) in enumerate(methods.items()):
            ax.bar(x + i * width - 0.4 + width / 2, [metrics[m] for m in shown], width, label=method)
        ax.set_xticks(x, shown)
        ax.set_ylim(0, 1.05)
        ax.set_title(f"{name} questions")
        ax.grid(axis="y", alpha=0.3)
    axes[0][0].set_ylabel("score")
    axes[0][-1].legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def segmentation_table(sets: dict[str, dict]) -> str:
    """Per gold set: item boundaries and metadata read right, then each miss."""
    lines = ["Agenda items and metadata",
             "set".ljust(8) + "files  items      P      R     F1   panel    date    type   numbers  titles"]
    for name, seg in sets.items():
        o, m = seg["overall"], seg["metadata"]
        lines.append(f"{name:<8}{m['panel']['of']:>5}{o['gold']:>7}{o['precision']:>7.3f}"
                     f"{o['recall']:>7.3f}{o['f1']:>7.3f}" + "".join(
                         f"  {m[k]['right']:>2}/{m[k]['of']:<3}" for k in ("panel", "date", "doc_type"))
                     + f"  {o['numbers_right']:>3}/{o['correct']:<3}"
                     + f"  {o.get('titles_right', 0):>3}/{o.get('titled', 0):<3}")
    for name, seg in sets.items():
        for row in seg["files"]:
            if row["missed"] or row["spurious"]:
                lines.append(f"  {name}/{row['file']}: missed {row['missed']}, "
                             f"spurious {row['spurious']}")
            if row["wrong_numbers"]:
                lines.append(f"  {name}/{row['file']}: item numbers (gold -> read) "
                             + ", ".join(row["wrong_numbers"]))
            if row.get("wrong_titles"):
                lines.append(f"  {name}/{row['file']}: titles (gold -> read) "
                             + "; ".join(row["wrong_titles"]))
        for miss in seg["misreads"]:
            wrong = ", ".join(f"{k}: read {miss['found'].get(_FOUND[k])!r}, gold "
                              f"{miss['expected'].get(_FOUND[k])!r}" for k in miss["wrong"])
            lines.append(f"  {name}/{miss['file']}: {wrong}")
    return "\n".join(lines)


_FOUND = {"panel": "panel", "date": "meeting_date", "doc_type": "doc_type"}
