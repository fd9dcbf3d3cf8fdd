"""Read the [n] citations back out of an answer, to check them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from panelsearch.records import Answer, Passage

_CITED = re.compile(r"(.+?)\s\[(\d+)\](?=\s|$)", re.S)


@dataclass
class Citation:
    sentence: str
    rank: int
    passage: Passage | None  # None: the number matches no returned passage


def citations(answer: Answer) -> list[Citation]:
    """Each cited sentence of an extractive answer with the passage it points to."""
    by_rank = {p.rank: p for p in answer.passages}
    # lines ending in ":" are the answer's meeting headings, not quoted sentences
    quoted = "\n".join(line for line in answer.answer.split("\n") if not line.rstrip().endswith(":"))
    return [Citation(m.group(1).strip(), int(m.group(2)), by_rank.get(int(m.group(2))))
            for m in _CITED.finditer(quoted)]
