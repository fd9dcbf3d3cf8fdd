"""Agenda-item boundary precision, recall and F1 against a gold file.

Gold format (eval/README.md): {file name: {"panel", "meeting_date", "doc_type",
"items": [{"number", "title", "anchor"}]}}. A predicted item is correct when its
text starts within 200 normalised characters of an unmatched gold anchor.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from panelsearch.errors import BadGoldFile

from .gold import normalise

TOLERANCE = 200


@dataclass
class SegmentationScore:
    file: str
    gold: int
    predicted: int
    correct: int
    panel_ok: bool
    date_ok: bool
    doc_type_ok: bool = True
    numbers_right: int = 0  # of the correctly placed items, those whose number is read right
    titled: int = 0  # of the correctly placed items, those the gold gives a title
    titles_right: int = 0  # ... and of those, the ones whose title is read as printed
    found: dict = field(default_factory=dict)  # panel, meeting_date, doc_type as read
    wrong_numbers: list[str] = field(default_factory=list)  # "gold -> read" for each
    wrong_titles: list[str] = field(default_factory=list)  # "gold -> read" for each
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: str | Path) -> dict:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BadGoldFile(f"{path}: cannot read gold items ({exc})") from exc
    if not isinstance(gold, dict) or not all("items" in v for v in gold.values()):
        raise BadGoldFile(f"{path}: expected {{file: {{'items': [...]}}}}")
    return gold


def match_boundaries(text: str, item_starts: list[int], anchors: list[str]
                     ) -> tuple[int, list[int], list[int]]:
    """(correct, indexes of missed anchors, indexes of spurious items)."""
    pairs = matched_items(text, item_starts, anchors)
    return len(pairs), *_unmatched(pairs, len(item_starts), len(anchors))


def _unmatched(pairs: dict[int, int], predicted: int, gold: int) -> tuple[list[int], list[int]]:
    """(indexes of missed anchors, indexes of spurious items) left by `matched_items`."""
    return ([gi for gi in range(gold) if gi not in pairs.values()],
            [index for index in range(predicted) if index not in pairs])


def matched_items(text: str, item_starts: list[int], anchors: list[str]) -> dict[int, int]:
    """{predicted item index: gold item index} for each item placed within TOLERANCE of an
    unmatched gold anchor."""
    flat = normalise(text)
    gold_positions = _anchor_positions(flat, [normalise(anchor) for anchor in anchors])
    predicted_positions = [len(normalise(text[:start])) for start in item_starts]
    pairs: dict[int, int] = {}
    for index, position in enumerate(predicted_positions):
        candidates = [(abs(position - g), gi) for gi, g in enumerate(gold_positions)
                      if g >= 0 and gi not in pairs.values() and abs(position - g) <= TOLERANCE]
        if candidates:
            pairs[index] = min(candidates)[1]
    return pairs


def _anchor_positions(flat: str, anchors: list[str]) -> list[int]:
    """Where each gold anchor starts (-1: not found), searching in document order. A long
    anchor (a report's cover sheet) may be cut by a PDF's page number or running footer:
    then its first ANCHOR_PREFIX characters, after the previous anchor, place it."""
    positions, cursor = [], 0
    for anchor in anchors:
        position = flat.find(anchor, cursor)
        if position < 0 and len(anchor) > ANCHOR_PREFIX:
            position = flat.find(anchor[:ANCHOR_PREFIX], cursor)
        positions.append(position)
        cursor = position + 1 if position >= 0 else cursor
    return positions


ANCHOR_PREFIX = 60


def score_file(path: Path, gold_entry: dict) -> SegmentationScore:
    import ingest

    doc = ingest.load(path)
    items = ingest.segment(doc)
    anchors = [g["anchor"] for g in gold_entry["items"]]
    pairs = matched_items(doc.text, [i.start for i in items], anchors)
    missed, spurious = _unmatched(pairs, len(items), len(anchors))
    numbers = [(_number(gold_entry["items"][gi].get("number")), _number(items[index].number))
               for index, gi in pairs.items()]
    titles = [(gold_entry["items"][gi]["title"], items[index].title) for index, gi in pairs.items()
              if gold_entry["items"][gi].get("title")]
    gold_panel = (gold_entry.get("panel") or "").lower()
    found_panel = (doc.panel or "").lower()
    panel_ok = bool(found_panel) and (gold_panel in found_panel or found_panel in gold_panel)
    return SegmentationScore(
        file=path.name, gold=len(anchors), predicted=len(items), correct=len(pairs),
        panel_ok=panel_ok, date_ok=doc.meeting_date == gold_entry.get("meeting_date"),
        doc_type_ok=doc.doc_type == gold_entry.get("doc_type", doc.doc_type),
        found={"panel": doc.panel, "meeting_date": doc.meeting_date, "doc_type": doc.doc_type,
               "panel_evidence": doc.panel_evidence},
        numbers_right=sum(gold == read for gold, read in numbers),
        wrong_numbers=[f"{gold or '-'} -> {read or '-'}" for gold, read in numbers if gold != read],
        titled=len(titles), titles_right=sum(_title(gold) == _title(read) for gold, read in titles),
        wrong_titles=[f"{gold!r} -> {read!r}" for gold, read in titles if _title(gold) != _title(read)],
        missed=[gold_entry["items"][i]["title"] for i in missed],
        spurious=[items[i].title for i in spurious])


def _title(title: str) -> str:
    """A title as compared: its letters and digits, whatever the case, spacing and stops."""
    return re.sub(r"[^0-9a-z]", "", title.lower())


def _number(number: str | None) -> str:
    """An item number as compared: "5." and "5" alike, "CSC 1/23" and "csc1/23" alike."""
    return "".join((number or "").lower().split()).rstrip(".")


def overall(scores: list[SegmentationScore]) -> SegmentationScore:
    """The files' scores summed (micro): boundaries counted over all, metadata right in all."""
    return SegmentationScore("overall", sum(s.gold for s in scores),
                             sum(s.predicted for s in scores), sum(s.correct for s in scores),
                             all(s.panel_ok for s in scores), all(s.date_ok for s in scores),
                             all(s.doc_type_ok for s in scores),
                             numbers_right=sum(s.numbers_right for s in scores),
                             titled=sum(s.titled for s in scores),
                             titles_right=sum(s.titles_right for s in scores))


def evaluate(gold_path: str | Path, corpus: str | Path) -> dict:
    """Per-file and overall (micro) boundary scores for every gold file found in `corpus`,
    with metadata accuracy (panel, meeting date, document type) and what was missed."""
    gold = load_gold(gold_path)
    scores = []
    for name, entry in gold.items():
        path = Path(corpus) / name
        if not path.exists():
            raise BadGoldFile(f"{gold_path}: gold names '{name}', which is not in {corpus}")
        scores.append(score_file(path, entry))
    total = overall(scores)
    as_row = lambda s: {"file": s.file, "precision": round(s.precision, 4),  # noqa: E731
                        "recall": round(s.recall, 4), "f1": round(s.f1, 4), "gold": s.gold,
                        "predicted": s.predicted, "panel_ok": s.panel_ok, "date_ok": s.date_ok,
                        "doc_type_ok": s.doc_type_ok, "found": s.found,
                        "numbers_right": s.numbers_right, "correct": s.correct,
                        "titles_right": s.titles_right, "titled": s.titled,
                        "wrong_numbers": s.wrong_numbers, "wrong_titles": s.wrong_titles,
                        "missed": s.missed, "spurious": s.spurious}
    metadata = {key: {"right": sum(getattr(s, f"{key}_ok") for s in scores), "of": len(scores)}
                for key in ("panel", "date", "doc_type")}
    misreads = [{"file": s.file, "wrong": [k for k in ("panel", "date", "doc_type")
                                            if not getattr(s, f"{k}_ok")],
                 "expected": {"panel": gold[s.file].get("panel"),
                              "meeting_date": gold[s.file].get("meeting_date"),
                              "doc_type": gold[s.file].get("doc_type")}, "found": s.found}
                for s in scores if not (s.panel_ok and s.date_ok and s.doc_type_ok)]
    return {"files": [as_row(s) for s in scores], "overall": as_row(total),
            "metadata": metadata, "misreads": misreads}


def evaluate_sets(sets: dict[str, tuple[Path, Path]]) -> dict[str, dict]:
    """`evaluate` for each named gold set ({name: (gold file, corpus folder)})."""
    return {name: evaluate(gold, corpus) for name, (gold, corpus) in sets.items()}


DATA = Path(__file__).resolve().parent / "data"


def gold_sets(corpus: str | Path, items_file: str | Path | None = None
              ) -> dict[str, tuple[Path, Path]]:
    """Your own gold items for `corpus` when given, else the project's two sets."""
    if items_file:
        return {"custom": (Path(items_file), Path(corpus))}
    return default_sets(corpus)


def default_sets(corpus: str | Path) -> dict[str, tuple[Path, Path]]:
    """The project's gold sets: the seed papers (when the corpus holds them: a council's own
    corpus does not) and the real papers of 19 panels (shipped with the gold)."""
    import json

    seeds = DATA / "seed_items.json"
    sets = {"seeds": (seeds, Path(corpus))}
    if not all((Path(corpus) / name).is_file() for name in json.loads(seeds.read_text(encoding="utf-8"))):
        sets = {}
    return sets | {"real": (DATA / "real" / "gold_items.json", DATA / "real" / "docs")}
