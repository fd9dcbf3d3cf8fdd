"""panelsearch: search and question answering over Police and Crime Panel papers.

The pipeline stages live in the top-level packages ``ingest``, ``index``,
``qa`` and ``eval``; this package holds what they share (records, errors,
settings) and the command line.
"""

__version__ = "0.1.0"
