"""A topic's history: which panels' meetings discussed it, and when.

    points = qa.timeline("CCTV", searcher)   # one point per agenda item that discusses it

Every panel and period is searched (the question's panel words are left out), and an
item counts when the answerability model says one of its passages answers on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from index import Filters, Searcher

from . import answerability
from .answer import Judge, Query, _scorer

POOL = 40  # passages searched; a topic rarely spans more items than this in one index


@dataclass
class TimelinePoint:
    panel: str | None
    meeting_date: str | None
    doc_id: str
    item_index: int
    item_number: str | None
    item_title: str
    score: float
    quote: str  # the passage's opening, for a tooltip


def timeline(topic: str, searcher: Searcher, pool: int = POOL) -> list[TimelinePoint]:
    """Each agenda item, across every panel, whose papers discuss `topic`, best first."""
    judge = Judge(searcher, _scorer(topic, searcher), searcher.encode(topic))
    query = Query.of(topic, searcher, judge.vector)
    model = answerability.model()
    points: dict[tuple[str, int], TimelinePoint] = {}
    for hit in searcher.search(query.text, pool, Filters(), query_vector=query.bare_vector):
        key = (hit.chunk.doc_id, hit.chunk.item_index)
        if key in points or hit.chunk.item_index < 0 or not model.passage_answers(judge(hit)):
            continue
        chunk = hit.chunk
        points[key] = TimelinePoint(chunk.panel, chunk.meeting_date, chunk.doc_id, chunk.item_index,
                                    chunk.item_number, chunk.item_title, round(hit.score, 3),
                                    " ".join(chunk.text.split())[:160])
    return list(points.values())
