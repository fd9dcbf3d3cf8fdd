"""Cut agenda items into chunks the embedder sees whole (MiniLM reads 256 word pieces)."""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections.abc import Callable

from panelsearch.records import Chunk, Document, Item

from .segment import front_matter

CHUNK_TOKENS = 200  # leaves room under 256 for the context header
OVERLAP_TOKENS = 40
PIECE_TOKENS = 50  # the splitter's pieces: a sentence or a short paragraph
MAX_CHARS = 1500  # a passage must be readable at a glance (DESIGN.md)


TokenCounter = Callable[[str], int]


def estimate_tokens(text: str) -> int:
    """Word pieces, estimated on the high side (words, punctuation, a third more for long
    words split into pieces): used when no tokenizer is given."""
    return math.ceil(1.34 * len(re.findall(r"\w+|[^\w\s]", text)))


def chunk(doc: Document, items: list[Item], count_tokens: TokenCounter | None = None) -> list[Chunk]:
    """Chunks of every item (and of the front matter), each keeping its item's metadata.

    `count_tokens` is the embedder's own token count (the index passes it); without it
    chunk sizes are estimated."""
    counter = _cached(count_tokens or estimate_tokens)
    chunks: list[Chunk] = []
    preamble = front_matter(doc, items)
    if any(ch.isalnum() for ch in preamble):  # every word of a paper is searchable
        chunks.extend(_chunks_of(doc, None, "Front matter", -1, 0, preamble, doc.meeting_date,
                                 counter))
    for index, item in enumerate(items):
        chunks.extend(_chunks_of(doc, item.number, item.title, index, item.start, item.text,
                                 item.meeting_date, counter))
    return chunks


@functools.lru_cache(maxsize=8)
def _cached(count: TokenCounter) -> TokenCounter:
    return functools.lru_cache(maxsize=65536)(count)


def _chunks_of(doc: Document, number: str | None, title: str, item_index: int, start: int,
               text: str, meeting_date: str | None, count: TokenCounter) -> list[Chunk]:
    context = " | ".join(part for part in (
        doc.panel and f"{doc.panel} {doc.doc_type}", meeting_date,
        f"Item {number}: {title}" if number else title) if part)
    out = []
    for piece_start, piece in _capped(_split(text, count)):
        offset = start + piece_start
        chunk_id = hashlib.sha1(f"{doc.doc_id}:{offset}:{piece}".encode()).hexdigest()[:16]
        out.append(Chunk(chunk_id=chunk_id, doc_id=doc.doc_id, source=doc.source,
                         panel=doc.panel, body=doc.body, meeting_date=meeting_date,
                         doc_type=doc.doc_type, item_number=number, item_title=title,
                         item_index=item_index, page=doc.page_at(offset), start=offset,
                         text=piece, context=context))
    return out


def _split(text: str, count: TokenCounter) -> list[tuple[int, str]]:
    """(offset, verbatim window) pairs covering the text, neighbours overlapping.

    LangChain's splitter cuts the text into small pieces at paragraph, line,
    sentence and word breaks; consecutive pieces are then packed into windows
    of up to CHUNK_TOKENS, each window starting with the tail of the previous
    one, so a sentence that a page break cut in two is still whole in a window.
    """
    pieces = _pieces(text, count)
    if not pieces:
        return []
    windows: list[tuple[int, str]] = []
    first = 0
    while True:
        last, size = first, pieces[first][2]
        while last + 1 < len(pieces) and size + pieces[last + 1][2] <= CHUNK_TOKENS and \
                pieces[last + 1][0] + len(pieces[last + 1][1]) - pieces[first][0] <= MAX_CHARS:
            last += 1
            size += pieces[last][2]
        start = pieces[first][0]
        end = pieces[last][0] + len(pieces[last][1])
        windows.append((start, text[start:end]))
        if last + 1 >= len(pieces):
            return windows
        # step back from the end until OVERLAP_TOKENS are shared (at least one piece)
        next_first, shared = last, pieces[last][2]
        while next_first - 1 > first and shared + pieces[next_first - 1][2] <= OVERLAP_TOKENS:
            next_first -= 1
            shared += pieces[next_first][2]
        first = next_first if next_first > first else last + 1


def _capped(windows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Windows cut again where they pass MAX_CHARS: runs the tokenizer ignores (spaces,
    zero-width or soft-hyphen characters) count no tokens but still take room on screen."""
    out = []
    for start, window in windows:
        while len(window) > MAX_CHARS:
            cut = window.rfind(" ", MAX_CHARS // 2, MAX_CHARS)
            cut = cut if cut > 0 else MAX_CHARS
            out.append((start, window[:cut]))
            start, window = start + cut, window[cut:]
        if window.strip():
            out.append((start, window))
    return out


def _pieces(text: str, count: TokenCounter) -> list[tuple[int, str, int]]:
    """(offset, verbatim piece, tokens) for the small pieces the splitter cuts."""
    pieces = _splitter(count).split_text(text)
    out, cursor = [], 0
    for piece in pieces:
        found = text.find(piece, cursor)
        if found < 0:
            found = text.find(piece)
        out.append((found, piece, count(piece)))
        cursor = found + len(piece)
    return out


@functools.lru_cache(maxsize=8)
def _splitter(count: TokenCounter):
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(
        chunk_size=PIECE_TOKENS, chunk_overlap=0, length_function=count,
        separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""], keep_separator="end")
