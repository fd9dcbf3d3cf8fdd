"""The generic pipeline the quickstarts build, as a real index to compare against.

Whole documents cut by RecursiveCharacterTextSplitter into 1500-character
chunks with 200 overlap (no agenda items, no metadata header), embedded with
the same MiniLM into FAISS beside BM25 (the best generic configuration we found:
1000/200 scored lower). Written to its own folder, never the user's index.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import ingest
from index import store
from index.build import passage_encoder
from panelsearch.records import Chunk, Manifest
from panelsearch.settings import embedder_name

CHUNK_CHARS = 1500
OVERLAP_CHARS = 200


def naive_chunks(corpus: str | Path) -> list[Chunk]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_CHARS, chunk_overlap=OVERLAP_CHARS,
                                              add_start_index=True)
    chunks = []
    for doc in ingest.read_corpus(corpus):
        if isinstance(doc, ingest.Skipped):
            continue
        for piece in splitter.create_documents([doc.text]):
            start = piece.metadata["start_index"]
            chunk_id = hashlib.sha1(f"naive:{doc.doc_id}:{start}".encode()).hexdigest()[:16]
            chunks.append(Chunk(chunk_id=chunk_id, doc_id=doc.doc_id, source=doc.source,
                                panel=None, body=None, meeting_date=None, doc_type="",
                                item_number=None, item_title="", item_index=0,
                                page=doc.page_at(start), start=start, text=piece.page_content,
                                context=""))
    return chunks


def build_naive(corpus: str | Path, folder: str | Path) -> Path:
    """Build the baseline index in `folder` and return it."""
    chunks = naive_chunks(corpus)
    name = embedder_name()
    encode = passage_encoder(Path(folder), name)  # the same encoder as the system's ingest
    vectors = encode([c.text for c in chunks])
    manifest = Manifest(name, int(vectors.shape[1]), str(corpus),
                        chunking=f"fixed {CHUNK_CHARS}/{OVERLAP_CHARS}")
    store.write(Path(folder), manifest, chunks, vectors)
    return Path(folder)
