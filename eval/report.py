"""Write an evaluation as a terminal table, JSON, and a Markdown report with PNG plots."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from .runner import Evaluation

COLUMNS = ["Recall@1", "Recall@5", "Recall@10", "MRR@10", "nDCG@10"]
REPORT_DIR = Path(__file__).resolve().parent / "reports"


def as_json(evaluation: Evaluation, segmentation: dict | None) -> dict:
    data = asdict(evaluation)
    return {"methods": data["methods"], "descriptions": data["descriptions"],
            "latency_ms_p50": data["latency_ms"], "segmentation": segmentation or {},
            "abstention": data["abstention"], "per_question": data["per_question"]}


def markdown_table(report: dict) -> str:
    lines = ["| method | " + " | ".join(COLUMNS) + " | query ms (p50) |",
             "|---|" + "---|" * (len(COLUMNS) + 1)]
    for name, metrics in report["methods"].items():
        cells = " | ".join(f"{metrics[c]:.3f}" for c in COLUMNS)
        lines.append(f"| {name} | {cells} | {report['latency_ms_p50'].get(name, 0):.1f} |")
    return "\n".join(lines)


def markdown(report: dict) -> str:
    out = ["# panelsearch evaluation", "", "## Retrieval (answerable questions)", "",
           markdown_table(report), ""]
    for name, text in report["descriptions"].items():
        out.append(f"- **{name}**: {text}")
    for name, seg in (report.get("segmentation") or {}).items():
        overall, meta = seg["overall"], seg["metadata"]
        out += ["", f"## Agenda items and metadata: {name}", "",
                f"Boundary precision {overall['precision']:.3f}, recall {overall['recall']:.3f}, "
                f"F1 {overall['f1']:.3f} ({overall['gold']} gold items). Panel right "
                f"{meta['panel']['right']}/{meta['panel']['of']}, meeting date "
                f"{meta['date']['right']}/{meta['date']['of']}, document type "
                f"{meta['doc_type']['right']}/{meta['doc_type']['of']}.", "",
                "| file | P | R | F1 | panel | date | type |", "|---|---|---|---|---|---|---|"]
        for row in seg["files"]:
            ok = lambda flag: "ok" if flag else "wrong"  # noqa: E731
            out.append(f"| {row['file']} | {row['precision']:.2f} | {row['recall']:.2f} | "
                       f"{row['f1']:.2f} | {ok(row['panel_ok'])} | {ok(row['date_ok'])} | "
                       f"{ok(row['doc_type_ok'])} |")
    a = report["abstention"]
    out += ["", "## Answers", "",
            f"- unanswerable questions abstained: {a['abstention_recall']:.2f} of {a['unanswerable']}",
            f"- false abstentions on answerable questions: {a['false_abstentions']}",
            f"- abstention precision: {a['abstention_precision']:.2f}",
            f"- answers with a citation: {a['answers_with_citation']:.2f}; citations resolving to a "
            f"returned passage: {a['citations_resolve']:.2f}; cited sentences verbatim in their "
            f"passage: {a['sentences_verbatim']:.2f}"]
    misses = [q for q in report["per_question"] if q["answerable"]
              and (q["ranks"].get("hybrid + filters") or 99) > 1]
    if misses:
        out += ["", "## Questions the system does not rank first", "",
                "| id | question | rank per method |", "|---|---|---|"]
        for q in misses:
            ranks = ", ".join(f"{m}: {r or '-'}" for m, r in q["ranks"].items())
            out.append(f"| {q['id']} | {q['question']} | {ranks} |")
    wrong = [q for q in report["per_question"] if q.get("abstained") is not None
             and q["abstained"] == q["answerable"]]
    if wrong:
        out += ["", "## Wrong abstention decisions", ""]
        out += [f"- {q['id']}: {q['question']} (abstained: {q['abstained']})" for q in wrong]
    out += ["", "![Retrieval by method](retrieval.png)", ""]
    return "\n".join(out)


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

    names = list(report["methods"])
    shown = ["Recall@1", "Recall@5", "MRR@10", "nDCG@10"]
    x = np.arange(len(shown))
    width = 0.8 / max(len(names), 1)
    fig, ax = plt.subplots(figsize=(9, 4.2), dpi=110)
    for i, name in enumerate(names):
        values = [report["methods"][name][m] for m in shown]
        ax.bar(x + i * width - 0.4 + width / 2, values, width, label=name)
    ax.set_xticks(x, shown)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("score")
    ax.set_title("Retrieval on the development questions")
    ax.legend(fontsize=8, loc="lower right")
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
