"""Index: embed chunks into FAISS beside a BM25 index; hybrid search with filters.

    report = index.build("corpus", ".panelsearch")     # incremental, atomic
    searcher = index.Searcher(".panelsearch")
    hits = searcher.search("CCTV funding", k=10, filters=index.Filters(panels=["West Mercia"]))
"""

from .browse import ItemEntry, Meeting, item_text, items_of, meetings
from .build import BuildReport, build
from .filters import Filters
from .search import METHODS, Hit, Searcher

__all__ = ["build", "BuildReport", "Searcher", "Hit", "Filters", "METHODS", "meetings", "items_of",
           "item_text", "Meeting", "ItemEntry"]
