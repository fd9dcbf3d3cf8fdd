"""Metadata filters: which chunks a question may be answered from."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

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

    def without(self, *parts: str) -> Filters:
        """These understood parts dropped ("panel", "period", "decision"): the user removed them."""
        changes: dict = {}
        if "panel" in parts:
            changes |= {"panels": [], "unknown_panel": None}
        if "period" in parts:
            changes |= {"since": None, "until": None}
        if "decision" in parts:
            changes["decision"] = False
        return replace(self, **changes)

    def overridden(self, given: Filters) -> Filters:
        """Filters given explicitly (CLI flags, app sidebar) win over those read from the question."""
        changes: dict = {k: v for k, v in {"since": given.since, "until": given.until,
                                            "doc_type": given.doc_type}.items() if v}
        if given.panels:
            changes |= {"panels": list(given.panels), "unknown_panel": None}
        return replace(self, **changes)

    def parts(self) -> dict[str, str]:
        """What was understood, as labels a user can remove -> the part each label drops."""
        out = {f"panel: {panel}": "panel" for panel in self.panels}
        if self.unknown_panel:
            out[f"panel: {self.unknown_panel} (no papers)"] = "panel"
        if self.since or self.until:
            out[f"meetings {self.since or '...'} to {self.until or '...'}"] = "period"
        if self.decision:
            out["asks for a decision"] = "decision"
        return out

    def restricts(self) -> bool:
        return bool(self.panels or self.since or self.until or self.doc_type)

    def as_json(self) -> dict:
        return {"panel": self.panels[0] if len(self.panels) == 1 else (self.panels or None),
                "since": self.since, "until": self.until, "doc_type": self.doc_type,
                "decision": self.decision, "unknown_panel": self.unknown_panel}


@dataclass
class NamedDates:
    """For each chunk, the first and last days its paper's text names ("" for none)."""

    first: np.ndarray
    last: np.ndarray


def allowed_ids(filters: Filters, panels: np.ndarray, dates: np.ndarray,
                doc_types: np.ndarray, named: NamedDates | None = None,
                minutes_of: np.ndarray | None = None) -> np.ndarray | None:
    """Ids of the chunks that pass, or None when nothing is filtered.

    Undated papers stay in a date-filtered search, and papers whose panel could
    not be told stay in a panel-filtered one: dropping them would hide evidence.
    Answers say when they cite one. An undated paper is left out only when the
    dates its text names (`named`) show it is not of the period. A later paper's
    chunks carrying the minutes of a meeting in the period (`minutes_of`, that
    meeting's day or "") are of the period.
    """
    if not filters.restricts():
        return None
    keep = np.ones(len(panels), dtype=bool)
    if filters.panels:
        keep &= np.isin(panels, filters.panels) | (panels == "")
    if filters.since or filters.until:
        undated = (dates == "") & (_may_be_of(filters, named) if named is not None else True)
        carried = (minutes_of != "") & _in_period(filters, minutes_of) if minutes_of is not None else False
        keep &= undated | _in_period(filters, dates) | carried
    if filters.doc_type:
        keep &= doc_types == filters.doc_type
    return np.flatnonzero(keep)


def _may_be_of(filters: Filters, named: NamedDates) -> np.ndarray:
    """Whether an undated paper may be of the filters' period, by the dates it names. Minutes
    name the meeting before and the next one, so a paper whose every date falls after the
    period was written after it ("the Council resolved on 5th May 2021 ..." is no 2019 paper),
    and one whose last date is a year or more before the period was written before it."""
    outside = np.zeros(len(named.first), dtype=bool)
    if filters.until:
        outside |= (named.first != "") & (named.first > filters.until)
    if filters.since:
        year_before = f"{int(filters.since[:4]) - 1}{filters.since[4:]}"
        outside |= (named.last != "") & (named.last < year_before)
    return ~outside


def dated_in_period(filters: Filters, panels: np.ndarray, dates: np.ndarray) -> bool:
    """Whether any paper of the filters' panels is dated within their period."""
    return bool(((dates != "") & np.isin(panels, filters.panels) & _in_period(filters, dates)).any())


def _in_period(filters: Filters, dates: np.ndarray) -> np.ndarray:
    """The dates from `since` to `until` (an undated paper's "" sorts before every date: callers
    say what becomes of undated papers)."""
    keep = np.ones(len(dates), dtype=bool)
    if filters.since:
        keep &= dates >= filters.since
    if filters.until:
        keep &= dates <= filters.until
    return keep
