"""The same papers, stored differently: does segmentation read them the same?

    python -m eval.storage        # a table: each way of storing, F1 and metadata per gold set

Councils' sites, archives and PDF tools store one paper in many ways: one line break
between paragraphs or two, Windows line ends, indented lines, non-breaking spaces, form
feeds between pages, or a PDF's whole text on one line. A rule that holds only for the
way the development papers happen to be stored will fail on other panels' papers; this
check rewrites every gold text paper each way and scores it against the same gold.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from .segmentation import default_sets, load_gold, overall, score_file

STORAGE: dict[str, Callable[[str], str]] = {
    "as stored": lambda text: text,
    "one line break between blocks": lambda text: re.sub(r"\n[ \t\u00a0]*\n\s*", "\n", text),
    "extra blank lines": lambda text: text.replace("\n\n", "\n\n\n"),
    "Windows line ends": lambda text: text.replace("\n", "\r\n"),
    "indented lines": lambda text: re.sub(r"(?m)^(?=\S)", "  ", text),
    "non-breaking spaces": lambda text: text.replace(" ", "\u00a0"),
    "form feeds between blocks": lambda text: text.replace("\n\n", "\n\f\n"),
    "PDF text on one line": lambda text: re.sub(r"\s*\n\s*", " ", text).strip() + "\n",
}


def score_storage(gold_path: Path, corpus: Path, store: Callable[[str], str],
                  names: set[str] | None = None) -> dict:
    """Boundary P/R/F1 and metadata right, over the set's plain-text papers (or those
    `names`) stored this way."""
    gold = {name: entry for name, entry in load_gold(gold_path).items()
            if Path(name).suffix in (".txt", ".md")  # HTML is parsed, not stored as lines
            and (names is None or name in names)}
    with tempfile.TemporaryDirectory() as folder:
        scores = []
        for name, entry in gold.items():
            path = Path(folder) / Path(name).name
            path.write_text(store((corpus / name).read_text(encoding="utf-8")), encoding="utf-8")
            scores.append(score_file(path, entry))
    total = overall(scores)
    return {"files": len(gold), "precision": total.precision, "recall": total.recall, "f1": total.f1,
            "panel_right": sum(s.panel_ok for s in scores), "date_right": sum(s.date_ok for s in scores)}


def score_all(corpus: Path = Path("corpus")) -> dict[str, dict[str, dict]]:
    """{gold set: {way of storing: scores}} for the project's gold sets."""
    return {set_name: {way: score_storage(gold, folder, store) for way, store in STORAGE.items()}
            for set_name, (gold, folder) in default_sets(corpus).items()}


if __name__ == "__main__":
    for set_name, ways in score_all().items():
        print(f"\n{set_name}: {next(iter(ways.values()))['files']} text papers")
        print(f"{'stored as':32} {'P':>6} {'R':>6} {'F1':>6}  panel  date")
        for way, s in ways.items():
            print(f"{way:32} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}  "
                  f"{s['panel_right']:5}  {s['date_right']:4}")
