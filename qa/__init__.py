"""Question answering: filters from the question, cited extractive answers, abstention.

    searcher = index.Searcher(".panelsearch")
    answer = qa.ask("What did Dorset decide on CCTV?", searcher)
"""

from .answer import answer_from_json, ask, question_filters
from .citations import Citation, citations
from .export import to_markdown
from .query import panel_catalog, understand
from .timeline import TimelinePoint, timeline

__all__ = ["ask", "answer_from_json", "question_filters", "understand", "panel_catalog", "citations",
           "Citation", "to_markdown", "timeline", "TimelinePoint"]
