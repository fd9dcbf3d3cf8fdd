"""Browse what the index holds: meetings by panel and date, their items, an item's text."""

from __future__ import annotations

from dataclasses import dataclass

from .search import Searcher


@dataclass
class Meeting:
    doc_id: str
    source: str
    panel: str | None
    body: str | None
    meeting_date: str | None
    doc_type: str
    items: int


@dataclass
class ItemEntry:
    item_index: int
    number: str | None
    title: str
    meeting_date: str | None
    page: int | None


def meetings(searcher: Searcher) -> list[Meeting]:
    """Every indexed paper, by panel then newest first (undated last)."""
    out = [Meeting(doc_id, entry["source"], entry["panel"], entry.get("body"),
                   entry["meeting_date"], entry["doc_type"], entry["items"])
           for doc_id, entry in searcher.manifest["files"].items()]
    out.sort(key=lambda m: (m.panel or "~", -int((m.meeting_date or "0000").replace("-", "")[:8])))
    return out


def items_of(searcher: Searcher, doc_id: str) -> list[ItemEntry]:
    """The agenda items of one paper, in document order (front matter left out)."""
    seen: dict[int, ItemEntry] = {}
    for chunk in searcher.chunks:
        if chunk.doc_id == doc_id and chunk.item_index >= 0 and chunk.item_index not in seen:
            seen[chunk.item_index] = ItemEntry(chunk.item_index, chunk.item_number,
                                               chunk.item_title, chunk.meeting_date, chunk.page)
    return [seen[i] for i in sorted(seen)]


def item_text(searcher: Searcher, doc_id: str, item_index: int) -> str:
    """An item's verbatim text, rebuilt from its overlapping chunks."""
    pieces = sorted((c.start, c.text) for c in searcher.chunks
                    if c.doc_id == doc_id and c.item_index == item_index)
    text, end = "", None
    for start, piece in pieces:
        if end is None:
            text, end = piece, start + len(piece)
        elif start + len(piece) > end:
            overlap = max(end - start, 0)
            text += ("\n" if start > end else "") + piece[overlap:]
            end = start + len(piece)
    return text
