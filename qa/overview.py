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

from .figures import asks_for_person
from .wording import long_date

MAX_MEETINGS = 2  # the newest papers in scope; a longer history is what `ask` with a subject is for


# "What did ...", "I'd like to know what ...", "List / show me / tell me ...": asking for
# the meeting's business, not whether something happened
_ASKS_WHAT = re.compile(r"\b(?:what|which)\b|^\W*(?:list|show|give|tell|summari[sz]e)\b", re.I)


def wanted(question: str, subject: list[str], filters: Filters, hits: list[Hit]) -> bool:
    """A "what / which" question (or a request to list or show) with no subject words, a
    named panel, and some paper of that panel in scope; not one asking who ("Which
    Commissioner gave the panel an update?"), which a sentence naming them answers."""
    return not subject and bool(filters.panels) and bool(_ASKS_WHAT.search(question)) \
        and not asks_for_person(question) and any(h.chunk.panel for h in hits)


def overview(searcher: Searcher, hits: list[Hit], decision: bool, k: int) -> tuple[str, list[Hit]]:
    """The answer text and the passages it cites: each item's first passage, in order."""
    meetings: dict[str, str | None] = {}  # paper -> the meeting date its hits have
    for hit in sorted((h for h in hits if h.chunk.panel), key=lambda h: h.chunk.meeting_date or "",
                      reverse=True):
        meetings.setdefault(hit.chunk.doc_id, hit.chunk.meeting_date)
    cited: list[Hit] = []
    lines: list[str] = []
    for doc_id, date in list(meetings.items())[:MAX_MEETINGS]:
        # a pack also holds the previous meeting's minutes: list this meeting's items only
        entries = [(hit, line) for hit in _items(searcher, doc_id) if hit.chunk.meeting_date == date
                   and (line := _line(searcher, hit, decision))]
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
    """The item's title as printed (else as read), or for a "decide" question the first
    sentence of the item that records an outcome ("" when it records none)."""
    if decision:
        item = searcher.item_rows[(hit.chunk.doc_id, hit.chunk.item_index)]
        return next((sentence for row in item for sentence in searcher.sentences(row)[0]
                     if OUTCOME.search(sentence)), "")
    title, text = hit.chunk.item_title, hit.chunk.text
    at = text.lower().find(title.lower())
    if at >= 0 and len(text.lower()) == len(text):  # as printed, "PROJECT EDISON REVIEW"
        return text[at:at + len(title)]
    return title  # as read: an untitled item's first line, a subject from a report's header


def _heading(hit: Hit, decision: bool) -> str:
    chunk = hit.chunk
    date = long_date(chunk.meeting_date) if chunk.meeting_date else "undated paper"
    kind = chunk.doc_type or "paper"
    return f"{chunk.panel} panel, {date} ({kind}), " + ("what it recorded:" if decision else "its items:")
