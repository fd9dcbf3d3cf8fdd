"""Ingest: read panel papers and split them into agenda items and chunks.

    doc = ingest.load("corpus/dorset-pcp-2017-09-22.txt")
    items = ingest.segment(doc)        # fills doc.panel, doc.meeting_date, doc.doc_type
    chunks = ingest.chunk(doc, items)  # what the index embeds
"""

from .chunking import chunk
from .corpus import Skipped, corpus_files, read_corpus, read_paper, walk_corpus
from .readers import SUFFIXES, load
from .segment import front_matter, segment
from .sentences import sentences

__all__ = ["load", "segment", "chunk", "sentences", "front_matter", "read_corpus", "read_paper",
           "corpus_files", "walk_corpus", "Skipped", "SUFFIXES"]
