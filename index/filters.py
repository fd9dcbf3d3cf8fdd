"""Metadata filters: which chunks a question may be answered from."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Filters:
    """Panel, date range and document type; empty means no restriction."""

    panels: list[str] = field(default_factory=list)
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    doc_type: str | None = None
    decision: bool = False  # the question asks what was decided: prefer resolutions
    unknown_panel: str | None = None  # a force area named in the question with no papers here

    def restricts(self) -> bool:
        return bool(self.panels or self.since or self.until or self.doc_type)

    def as_json(self) -> dict:
        return {"panel": self.panels[0] if len(self.panels) == 1 else (self.panels or None),
                "since": self.since, "until": self.until, "doc_type": self.doc_type,
                "decision": self.decision, "unknown_panel": self.unknown_panel}


def allowed_ids(filters: Filters, panels: np.ndarray, dates: np.ndarray,
                doc_types: np.ndarray) -> np.ndarray | None:
    """Ids of the chunks that pass, or None when nothing is filtered.

    Undated papers stay in a date-filtered search, and papers whose panel could
    not be told stay in a panel-filtered one: their text gives nothing to exclude
    them by, and dropping them would hide evidence. Answers say when they cite one.
    """
    if not filters.restricts():
        return None
    keep = np.ones(len(panels), dtype=bool)
    if filters.panels:
        keep &= np.isin(panels, filters.panels) | (panels == "")
    if filters.since:
        keep &= (dates == "") | (dates >= filters.since)
    if filters.until:
        keep &= (dates == "") | (dates <= filters.until)
    if filters.doc_type:
        keep &= doc_types == filters.doc_type
    return np.flatnonzero(keep)
