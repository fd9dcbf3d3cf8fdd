"""Browse what the index holds: meetings by panel and date, their items, an item's text."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from panelsearch.records import FileEntry

from .search import Searcher


@dataclass
class Meeting(FileEntry):
    """One indexed paper (its manifest entry) with its id."""

    doc_id: str = ""


@dataclass
class ItemEntry:
    item_index: int
    number: str | None
    title: str
    meeting_date: str | None
    page: int | None


def meetings(searcher: Searcher) -> list[Meeting]:
    """Every indexed paper, by panel then newest first (undated last)."""
    out = [Meeting(**asdict(entry), doc_id=doc_id) for doc_id, entry in searcher.manifest.files.items()]
    out.sort(key=lambda m: (m.panel or "~", -int((m.meeting_date or "0000").replace("-", "")[:8])))
    return out


def items_of(searcher: Searcher, doc_id: str) -> list[ItemEntry]:
    """The agenda items of one paper, in document order (front matter left out)."""
    entries = []
    for (doc, item_index), rows in searcher.item_rows.items():
        if doc == doc_id and item_index >= 0:
            first = searcher.chunks[rows[0]]
            entries.append(ItemEntry(item_index, first.item_number, first.item_title,
                                     first.meeting_date, first.page))
    return sorted(entries, key=lambda entry: entry.item_index)


def item_text(searcher: Searcher, doc_id: str, item_index: int) -> str:
    """An item's verbatim text, rebuilt from its overlapping chunks."""
    text, end = "", None
    for row in searcher.item_rows.get((doc_id, item_index), []):
        start, piece = searcher.chunks[row].start, searcher.chunks[row].text
        if end is None:
            text, end = piece, start + len(piece)
        elif start + len(piece) > end:
            overlap = max(end - start, 0)
            text += ("\n" if start > end else "") + piece[overlap:]
            end = start + len(piece)
    return text
