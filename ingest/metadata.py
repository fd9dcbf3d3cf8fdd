"""Meeting metadata read from a paper's text: the panel (force area) and dates."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

# The territorial police force areas of England and Wales: each has (or had) a
# Police and Crime Panel. Papers name their area in many ways; this list lets us
# find it in any of them, and lets a question name an area we hold no papers for.
FORCE_AREAS = [
    "Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "City of London",
    "Cleveland", "Cumbria", "Derbyshire", "Devon and Cornwall", "Dorset", "Durham",
    "Dyfed-Powys", "Essex", "Gloucestershire", "Greater Manchester", "Gwent", "Hampshire",
    "Hertfordshire", "Humberside", "Kent", "Lancashire", "Leicestershire", "Lincolnshire",
    "Merseyside", "Norfolk", "North Wales", "North Yorkshire", "Northamptonshire",
    "Northumbria", "Nottinghamshire", "South Wales", "South Yorkshire", "Staffordshire",
    "Suffolk", "Surrey", "Sussex", "Thames Valley", "Warwickshire", "West Mercia",
    "West Midlands", "West Yorkshire", "Wiltshire",
]
_AREA_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in
                      sorted(FORCE_AREAS, key=len, reverse=True)) + r")\b", re.I)
_PANEL_BODY = re.compile(
    r"((?:[A-Z][\w'-]*,?\s+(?:and\s+|&\s+)?){1,6})Police\s+(?:and|&)\s+Crime\s+Panel", re.M)
_COMMISSIONER_FOR = re.compile(r"Commissioner\s+for\s+", re.I)

MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|" \
         r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})\s*(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(\d{4})\b", re.I)
_MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def canonical_area(name: str) -> str:
    """The listed spelling of a force area ("WEST  MERCIA" -> "West Mercia")."""
    flat = re.sub(r"\s+", " ", name).lower()
    for area in FORCE_AREAS:
        if area.lower() == flat:
            return area
    return name


def find_areas(text: str) -> list[str]:
    """Every force area the text names, in order, canonical spelling."""
    return [canonical_area(m.group(1)) for m in _AREA_PATTERN.finditer(text)]


def panel_body(text: str) -> str | None:
    """The panel's own name as printed ("Dorset Police and Crime Panel"), if any."""
    for match in _PANEL_BODY.finditer(text[:20000]):
        words = re.split(r"\s+", match.group(1).strip())
        # "Dorset County Council Dorset Police and Crime Panel": the council is not the panel
        for stop in ("Council", "Meeting:", "of", "the", "The"):
            if stop in words[:-1]:
                words = words[len(words) - words[::-1].index(stop):]
        name = " ".join(words).strip(" ,")
        if name and name.upper() != "POLICE":
            return f"{name} Police and Crime Panel"
    return None


def detect_panel(text: str) -> tuple[str | None, str | None]:
    """(force area, panel body) for a paper: the area its own title and headers name most."""
    body = panel_body(text)
    votes: Counter[str] = Counter()
    for area in find_areas(text):
        votes[area] += 1
    for match in _COMMISSIONER_FOR.finditer(text):
        for area in find_areas(text[match.end():match.end() + 40])[:1]:
            votes[area] += 5
    if body:
        for area in find_areas(body):
            votes[area] += 20
    head = text[:1500]
    for area in find_areas(head):
        votes[area] += 2
    if votes:
        return votes.most_common(1)[0][0], body
    if body:
        return body.replace(" Police and Crime Panel", ""), body
    return None, body


def parse_dates(text: str) -> list[tuple[int, str]]:
    """(offset, ISO date) of every full calendar date written in the text."""
    found = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        found.append((match.start(), _iso(match.group(3), MONTHS[match.group(2).lower()],
                                           match.group(1))))
    for match in _MONTH_DAY_YEAR.finditer(text):
        found.append((match.start(), _iso(match.group(3), MONTHS[match.group(1).lower()],
                                           match.group(2))))
    for match in _NUMERIC.finditer(text):  # UK order: day/month/year
        found.append((match.start(), _iso(match.group(3), match.group(2), match.group(1))))
    for match in _ISO.finditer(text):
        found.append((match.start(), _iso(match.group(1), match.group(2), match.group(3))))
    return sorted((offset, iso) for offset, iso in found if iso)


def _iso(year: str | int, month: str | int, day: str | int) -> str:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


_MEETING_CONTEXT = re.compile(
    r"(held\s+(?:at\s+[^\n]{0,80}?\s+)?on|to\s+be\s+held|date\s*(?:/\s*time)?\s*[:\t]|"
    r"meeting\s+(?:date|on)|^\s*date\b)", re.I | re.M)


def header_date(text: str, window: int = 1200) -> str | None:
    """The meeting date printed in a paper's (or a part's) header, or None.

    A date counts when it stands in the header window, preferring one introduced
    as the meeting's ("held on", "Date:"). Dates later in the text (reports of
    other meetings, deadlines) are never taken: no date is better than a guess.
    """
    head = text[:window]
    dates = parse_dates(head)
    if not dates:
        return None
    for match in _MEETING_CONTEXT.finditer(head):
        after = [iso for offset, iso in dates if 0 <= offset - match.end() <= 60]
        if after:
            return after[0]
    # Without a label, only a date standing near the top (first lines) is the meeting's.
    first = dates[0]
    if first[0] <= 400 or head[:first[0]].count("\n") <= 8:
        return first[1]
    return None
