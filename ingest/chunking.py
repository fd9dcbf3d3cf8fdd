"""Cut agenda items into chunks the embedder sees whole (MiniLM reads 256 word pieces)."""

from __future__ import annotations

import functools
import hashlib

from panelsearch.records import Chunk, Document, Item

from .segment import front_matter

CHUNK_TOKENS = 200  # leaves room under 256 for the context header
OVERLAP_TOKENS = 40
MAX_CHARS = 1500  # a passage must be readable at a glance (DESIGN.md)


def chunk(doc: Document, items: list[Item]) -> list[Chunk]:
    """Chunks of every item (and of the front matter), each keeping its item's metadata."""
    chunks: list[Chunk] = []
    preamble = front_matter(doc, items)
    if preamble.strip() and len(preamble.strip()) > 40:
        chunks.extend(_chunks_of(doc, None, "Front matter", -1, 0, preamble, doc.meeting_date))
    for index, item in enumerate(items):
        chunks.extend(_chunks_of(doc, item.number, item.title, index, item.start, item.text,
                                 item.meeting_date))
    return chunks


def _chunks_of(doc: Document, number: str | None, title: str, item_index: int, start: int,
               text: str, meeting_date: str | None) -> list[Chunk]:
    context = " | ".join(part for part in (
        doc.panel and f"{doc.panel} {doc.doc_type}", meeting_date,
        f"Item {number}: {title}" if number else title) if part)
    out = []
    for piece_start, piece in _split(text):
        offset = start + piece_start
        chunk_id = hashlib.sha1(f"{doc.doc_id}:{offset}:{piece}".encode()).hexdigest()[:16]
        out.append(Chunk(chunk_id=chunk_id, doc_id=doc.doc_id, source=doc.source,
                         panel=doc.panel, body=doc.body, meeting_date=meeting_date,
                         doc_type=doc.doc_type, item_number=number, item_title=title,
                         item_index=item_index, page=doc.page_at(offset), start=offset,
                         text=piece, context=context))
    return out


def _split(text: str) -> list[tuple[int, str]]:
    """(offset, verbatim piece) pairs, split at paragraphs, lines, then sentences."""
    splitter = _splitter()
    pieces, cursor = [], 0
    for piece in splitter.split_text(text):
        found = text.find(piece, max(0, cursor - MAX_CHARS))
        if found < 0:
            found = text.find(piece)
        pieces.append((max(found, 0), piece))
        cursor = max(found, 0) + len(piece)
    return pieces


@functools.lru_cache(maxsize=1)
def _splitter():
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    tokenizer = _tokenizer()

    def length(text: str) -> int:
        # token count, but never more than MAX_CHARS characters in a chunk
        tokens = len(tokenizer.tokenize(text))
        return max(tokens, len(text) * CHUNK_TOKENS // MAX_CHARS + 1)

    return RecursiveCharacterTextSplitter(
        chunk_size=CHUNK_TOKENS, chunk_overlap=OVERLAP_TOKENS, length_function=length,
        separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""], keep_separator="end")


@functools.lru_cache(maxsize=1)
def _tokenizer():
    """MiniLM's own word-piece tokenizer, loaded from the packaged model (no hub)."""
    from index.embedder import tokenizer

    return tokenizer()
