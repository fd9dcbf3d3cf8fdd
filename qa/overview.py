"""A question that names a panel's meeting but no subject: what the meeting took.

"What did the Durham panel consider in September 2019?" or "What did Gwent decide in
January 2021?" has nothing to search for once the panel, the period and the asking
words are set aside. The answer is the meeting itself: its agenda items by their titles
as printed, or for a "decide" question each item's recorded outcome, every line cited.
"""

from __future__ import annotations

import re

from index import Filters, Hit, Searcher, items_of
from ingest.words import OUTCOME

from .wording import long_date

MAX_MEETINGS = 2  # the newest papers in scope; a longer history is what `ask` with a subject is for


def wanted(question: str, subject: list[str], filters: Filters, hits: list[Hit]) -> bool:
    """A "what / which" question with no subject words, a named panel, and some paper of
    that panel in scope."""
    return not subject and bool(filters.panels) and bool(re.match(r"\W*(?:what|which)\b", question, re.I)) \
        and any(h.chunk.panel for h in hits)


def overview(searcher: Searcher, hits: list[Hit], decision: bool, k: int) -> tuple[str, list[Hit]]:
    """The answer text and the passages it cites: each item's first passage, in order."""
    papers: list[str] = []
    for hit in sorted((h for h in hits if h.chunk.panel), key=lambda h: h.chunk.meeting_date or "",
                      reverse=True):
        if hit.chunk.doc_id not in papers:
            papers.append(hit.chunk.doc_id)
    cited: list[Hit] = []
    lines: list[str] = []
    for doc_id in papers[:MAX_MEETINGS]:
        entries = [(hit, line) for hit in _items(searcher, doc_id)
                   if (line := _line(searcher, hit, decision))]
        if not entries or len(cited) >= k:
            continue
        lines.append(_heading(entries[0][0], decision))
        room = k - len(cited)
        for hit, line in entries[:room]:
            cited.append(hit)
            lines.append(f"{line} [{len(cited)}]")
        if len(entries) > room:  # the passages run out: say so, last
            lines.append(f"... and {len(entries) - room} more items.")
    return "\n".join(lines), cited


def _items(searcher: Searcher, doc_id: str) -> list[Hit]:
    """Each agenda item's first passage, in document order."""
    rows = [searcher.item_rows[(doc_id, entry.item_index)][0] for entry in items_of(searcher, doc_id)]
    return [Hit(searcher.chunk(row), 0.0, row) for row in rows]


def _line(searcher: Searcher, hit: Hit, decision: bool) -> str:
    """The item's title as printed (or its first line), or for a "decide" question the
    first sentence of the item that records an outcome ("" when it records none)."""
    if decision:
        item = searcher.item_rows[(hit.chunk.doc_id, hit.chunk.item_index)]
        return next((sentence for row in item for sentence in searcher.sentences(row)[0]
                     if OUTCOME.search(sentence)), "")
    if hit.chunk.item_title in hit.chunk.text:
        return hit.chunk.item_title
    return next((line.strip() for line in hit.chunk.text.split("\n") if line.strip()), "")[:200]


def _heading(hit: Hit, decision: bool) -> str:
    chunk = hit.chunk
    date = long_date(chunk.meeting_date) if chunk.meeting_date else "undated paper"
    kind = chunk.doc_type or "paper"
    return f"{chunk.panel} panel, {date} ({kind}), " + ("what it recorded:" if decision else "its items:")
