"""Understand a question: which panel, which period, whether it asks for a decision.

Panels are recognised from the panels present in the index (their names, the
places in their full names, and acronyms such as "LLR"), never from a list of
known documents. A force area with no papers in the index is reported as
`unknown_panel`, so the answer can say so.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from index.filters import Filters
from ingest.gazetteer import mentions, panels_asked_of, panels_named, question_mentions, without_panel_words
from ingest.metadata import financial_years, month_span
from ingest.words import MONTH as _MONTH
from ingest.words import MONTH_NAMES, PANEL_WORDS
from panelsearch.records import IndexedPanel

# "February 2019", "Feb, 2019": a month and its year (one group each), never a financial year "2019/20"
_YEAR = r"(\d{4})\b(?![/-]\d)"
_MONTH_OF_YEAR = r"(?:" + _MONTH + r",?\s+)?" + _YEAR
_RANGE = re.compile(r"\b(?:between|from)\s+" + _MONTH_OF_YEAR + r"\s+(?:and|to|until|till|-|\u2013)\s+"
                    + _MONTH_OF_YEAR, re.I)
# "in 2019 and 2020", "during 2018-19": both years whole (not "the 2017-2021 strategy")
_YEARS = re.compile(r"\b(?:in|during)\s+(\d{4})\s*(?:and|-|\u2013|to)\s*(\d{4}|\d{2})\b(?!/)", re.I)
_SINCE = re.compile(r"\b(since|after)\s+" + _MONTH_OF_YEAR, re.I)
_UNTIL = re.compile(r"\b(before|until|till|up\s+to|prior\s+to)\s+" + _MONTH_OF_YEAR, re.I)
# "in 2017", "in early 2021", "in spring 2019", "during the summer of 2020": that year (or month);
# "in the 2019 inspection report" dates a report, which a later meeting may discuss
_IN_PERIOD = re.compile(r"\b(?:in|during|of)\s+(?:(?:early|late|mid|spring|summer|autumn|winter)[\s-]+)?"
                        + _MONTH_OF_YEAR, re.I)
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR, re.I)
_DECISION = re.compile(r"\b(decid\w*|decision\w*|agree[ds]?|resol\w*|conclu\w*|approv\w*|"
                       r"endors\w*|vot\w*|vetoe?\w*|recommend\w*)\b", re.I)


@dataclass
class PanelName:
    panel: str
    aliases: list[str]


def panel_catalog(panels: list[IndexedPanel]) -> list[PanelName]:
    """Each indexed panel with the names its papers print for it ("Dorset", "Leicester,
    Leicestershire and Rutland"). Single words cut from those names are not kept: "Yorkshire"
    or "West" names no one panel. Short forms and places come from the gazetteer."""
    catalog = []
    for entry in panels:
        panel, body = entry.panel, entry.body or ""
        aliases = {panel}
        area = re.sub(r"\s*" + PANEL_WORDS + r"\s*$", "", body).strip()
        # kept where it names the panel: a heading run into the name ("Agenda\nPolice and Crime
        # Panel", "The Police and Crime Panel was established ...") would scope every question
        # that says "agenda" or "the" to this panel
        if area and any(mention.panel == panel for mention in mentions(area)):
            aliases.add(area)
        catalog.append(PanelName(panel, sorted(aliases, key=len, reverse=True)))
    return catalog


def understand(question: str, catalog: list[PanelName],
               papers_naming: Callable[[str], Counter[str]] | None = None) -> Filters:
    """Filters implied by the question's own words.

    A panel is named by any word the gazetteer knows for it ("Herts", "Cumbrian",
    "the panel covering Hull and the East Riding", "Penallta House"); the indexed
    panels' own printed names count too. `papers_naming` (how many papers of each panel
    contain some words) tells a town the papers place in another area.
    """
    filters = Filters(decision=bool(_DECISION.search(question)))
    known = {entry.panel for entry in catalog}
    story = places_in_story(question, papers_naming) if papers_naming else frozenset()
    for panel in panels_named(question, story):
        if panel in known and panel not in filters.panels:
            filters.panels.append(panel)
        elif panel not in known and filters.unknown_panel is None:
            filters.unknown_panel = panel
    if filters.panels:
        filters.unknown_panel = None
    # a printed name inside a longer one the gazetteer read is not named: "Lincolnshire" in
    # "a North Lincolnshire councillor" (a Humberside council), or "about North Lincolnshire"
    rest = without_panel_words(question, keep_asked_about=False)
    # a question naming the panel it asks of ("the Bedfordshire panel") names no other: an
    # indexed panel's printed name elsewhere is in its story ("the Warwickshire Hunt")
    for entry in [] if panels_asked_of(question) else catalog:
        for alias in entry.aliases:
            flags = 0 if alias.isupper() else re.I
            if re.search(r"\b" + re.escape(alias) + r"\b", rest, flags):
                if entry.panel not in filters.panels:
                    filters.panels.append(entry.panel)
                break
    if filters.panels:
        filters.unknown_panel = None
    filters.since, filters.until = _period(question)
    return filters


def places_in_story(question: str, papers_naming: Callable[[str], Counter[str]]) -> frozenset[str]:
    """The towns a question names that the papers place in another area: one that another
    panel's papers name at least as often as its own area's is a place in their story ("the
    Ely incident" of Cardiff's papers, not Cambridgeshire's city), no panel, and part of the
    subject."""
    return frozenset(mention.text for mention in question_mentions(question) if mention.kind == "place"
                     and _named_more_elsewhere(papers_naming(mention.text), mention.panel))


def _named_more_elsewhere(papers: Counter[str], panel: str) -> bool:
    elsewhere = max((count for other, count in papers.items() if other != panel), default=0)
    return elsewhere > 0 and elsewhere >= papers[panel]


# A full date names a meeting only when it is "on" or "of" one, or "at the" one ("on
# Tuesday 8 July 2021", "the meeting of 5th Feb 2019", "at the 4 February 2020 meeting");
# "at 31 March 2020" or "by 1 May 2019" dates a figure or a deadline, not the meeting.
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_FULL_DATE = re.compile(r"\b((?:on|of)\s+(?:the\s+)?|at\s+the\s+)?(?:the\s+)?" + _WEEKDAY +
                        r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}\b", re.I)
# "the 04/02/2020 meeting": a UK numeric date, read as the written one
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def _written(match: re.Match) -> str:
    day, month, year = (int(part) for part in match.groups())
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return match.group(0)
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


# "the minutes of 24 April 2020", "the minutes of the meeting held on 4 June 2020": a meeting
# whose minutes the next meetings confirm or amend
_MINUTES_OF = re.compile(r"\bminutes\s+(?:of|from|for)\s+(?:the\s+)?(?:(?:panel\s+)?meeting\s+)?"
                         r"(?:(?:held\s+)?on\s+)?(?:the\s+)?" + _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+"
                         + _MONTH + r",?\s+(\d{4})\b", re.I)
MINUTES_CONFIRMED_WITHIN = 183  # days: panels meet every two or three months, less over summer


def _period(question: str) -> tuple[str | None, str | None]:
    question = _NUMERIC_DATE.sub(_written, question)
    minutes = _MINUTES_OF.search(question)
    if minutes:  # that meeting's papers, and the later ones that confirm its minutes
        day, month, year = minutes.groups()
        held = date.fromisoformat(month_span(month, year)[0]).replace(day=int(day))
        return held.isoformat(), (held + timedelta(days=MINUTES_CONFIRMED_WITHIN)).isoformat()
    question = _FULL_DATE.sub(lambda m: m.group(0) if m.group(1) else " ", question)
    between = _RANGE.search(question)
    if between:
        first_month, first_year, last_month, last_year = between.groups()
        return month_span(first_month, first_year)[0], month_span(last_month, last_year)[1]
    years = _YEARS.search(question)
    if years:
        first, last = years.groups()
        last = first[:2] + last if len(last) == 2 else last
        if first < last:
            return f"{first}-01-01", f"{last}-12-31"
    since = _SINCE.search(question)
    until = _UNTIL.search(question)
    if since or until:
        return (_after(since) if since else None, _before(until) if until else None)
    period = _IN_PERIOD.search(question) or _MONTH_YEAR.search(question)
    if period:
        return month_span(period.group(1), period.group(2))
    return _around_financial_years(question)


# "since 2007/08", "from 2019/20", "until 2021/22": one end of a span, not the year itself
# ("between 2019/20 and 2020/21" is both years)
_BOUND_BEFORE = re.compile(r"\b(?:since|from|after|before|until|till|by|to)\s+(?:the\s+)?$", re.I)
YEAR_BEFORE_MONTH, YEAR_AFTER_MONTH = 4, 12  # April of the year before, December of the year after


def _around_financial_years(question: str) -> tuple[str | None, str | None]:
    """The papers of a financial or municipal year ("the precept for 2020/21", "Who chaired the
    panel in 2013/14?") are written on either side of it: budgets and timetables from the April
    before it starts, outturns and annual reports to the December after it ends."""
    years = [year for year, offset in financial_years(question)
             if not _BOUND_BEFORE.search(question, 0, offset)]
    if not years:
        return None, None
    return (f"{min(years) - 1}-{YEAR_BEFORE_MONTH:02d}-01",
            f"{max(years) + 1}-{YEAR_AFTER_MONTH:02d}-31")


def financial_year_around(since: str | None, until: str | None) -> str | None:
    """"2023/24" for the period `_around_financial_years` reads for it, else None."""
    if not (since and until and since.endswith(f"-{YEAR_BEFORE_MONTH:02d}-01")
            and until.endswith(f"-{YEAR_AFTER_MONTH:02d}-31")):
        return None
    first, last = int(since[:4]) + 1, int(until[:4]) - 1
    return f"{first}/{(last + 1) % 100:02d}" if first == last else None


def _after(match: re.Match) -> str:
    """"since March 2019" starts with March; "after March 2019" with the day after it."""
    keyword, month, year = match.groups()
    if keyword.lower() == "since":
        return month_span(month, year)[0]
    return (date.fromisoformat(month_span(month, year)[1]) + timedelta(days=1)).isoformat()


def _before(match: re.Match) -> str:
    """"until 2018" ends with 2018; "before 2018" with the day before it."""
    keyword, month, year = match.groups()
    if keyword.lower().startswith(("before", "prior")):
        return (date.fromisoformat(month_span(month, year)[0]) - timedelta(days=1)).isoformat()
    return month_span(month, year)[1]


__all__ = ["understand", "panel_catalog", "places_in_story", "PanelName"]


def period_bounds(text: str) -> tuple[str, str] | None:
    """("2017" -> 2017-01-01..2017-12-31, "2017-03" -> that month, "2017-03-05" -> that day)."""
    import datetime

    match = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", text)
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            iso = datetime.date(int(year), int(month), int(day)).isoformat()
            return iso, iso
        if month:
            number = int(month)
            last = calendar.monthrange(int(year), number)[1]
            return f"{year}-{number:02d}-01", f"{year}-{number:02d}-{last:02d}"
    except ValueError:
        return None
    return f"{year}-01-01", f"{year}-12-31"
