"""Meeting metadata read from a paper's text: the panel (force area) and dates."""

from __future__ import annotations

import calendar
import re
from datetime import date

from .words import MONTH, MONTHS, PANEL_WORDS

_PANEL_BODY = re.compile(r"((?:[A-Z][\w'-]*,?\s+(?:and\s+|&\s+)?){1,6})" + PANEL_WORDS, re.M)


_MONTH = MONTH + r"\.?"
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})\s*(?:(?:st|nd|rd|th)\s*|\s)(?:of\s+)?" + _MONTH + r",?\s+(\d{4})\b", re.I)
_MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
# "05/02/24", as a meeting line or running header prints it: slashes only, since "4.4.12" is a
# paragraph number; the century is this one
_NUMERIC_SHORT = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


# "The Police and Crime Panel was also established in 2012": a determiner, not a name
_NOT_A_NAME = {"the", "a", "an", "this", "that", "each", "every", "our", "your", "its", "their",
               "his", "her"}


def names_an_area(name: str) -> bool:
    """Whether the words printed before "Police and Crime Panel" end with a name ("Avon and
    Somerset"), not with a determiner ("About Us\nThe Police and Crime Panel")."""
    words = name.split()
    return bool(words) and words[-1].strip(",").lower() not in _NOT_A_NAME


def panel_body(text: str) -> str | None:
    """The panel's own name as printed ("Dorset Police and Crime Panel"), if any."""
    for match in _PANEL_BODY.finditer(text[:20000]):
        words = re.split(r"\s+", match.group(1).strip())
        # "Dorset County Council Dorset Police and Crime Panel": the council is not the panel
        for stop in ("Council", "Meeting:", "of", "the", "The"):
            if stop in words[:-1]:
                words = words[len(words) - words[::-1].index(stop):]
        name = " ".join(words).strip(" ,")
        if name and name.upper() != "POLICE" and names_an_area(name):
            return f"{name} " + " ".join(text[match.end(1):match.end()].split())
    return None


# the previous meeting's minutes a public document pack carries, by their own heading and roll:
# "MINUTES OF A MEETING OF THE CAMBRIDGESHIRE POLICE AND CRIME PANEL HELD AT SPONSORS LOUNGE ...
# ON 9 OCTOBER 2019 Members Present: ..." (not the agenda's line "Minutes of the meeting held on
# 28 January 2015 3 - 10", which no roll follows)
_MINUTES_HEADING = re.compile(r"\bminutes\s+of\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?meeting\b"
                              r"[^\n]{0,200}?\bheld\b[^\n]{0,200}?(?=\W{0,3}(?:members\s+)?present\b)", re.I)


def minutes_held_on(text: str) -> str | None:
    """The day of the meeting whose minutes the text carries under their own heading, if any."""
    heading = _MINUTES_HEADING.search(text)
    days = parse_dates(heading.group(0)) if heading else []
    return days[-1][1] if days else None


# "scheduled for Wednesday, June 4", "last night (February 6)": a day the press names without
# its year
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?!\.?,?\s*\d)", re.I)
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)", re.I)


def days_named_near(text: str, written: str) -> list[str]:
    """Every day the text names without a year (ISO), in the year that puts it nearest the
    paper's own date `written`: a report of 23 May 2025 on a meeting "scheduled for Wednesday,
    June 4" names 4 June 2025."""
    near = date.fromisoformat(written)
    days = []
    for pattern, (day_group, month_group) in ((_DAY_MONTH, (1, 2)), (_MONTH_DAY, (2, 1))):
        for match in pattern.finditer(text):
            if match.group(month_group)[0].islower():  # "the panel may 10 times": a verb
                continue
            month = MONTHS[match.group(month_group).lower().rstrip(".")]
            candidates = [iso for step in (-1, 0, 1)
                          if (iso := _iso(near.year + step, month, match.group(day_group)))]
            if candidates:
                days.append(min(candidates, key=lambda iso: abs((date.fromisoformat(iso) - near).days)))
    return days


def parse_dates(text: str) -> list[tuple[int, str]]:
    """(offset, ISO date) of every full calendar date written in the text."""
    return [(offset, iso) for offset, iso, _ in _dates_with_length(text)]


# "in November 2012": a month, where no day stands before it
_MONTH_YEAR = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?" + _MONTH + r",?\s+((?:19|20)\d\d)\b",
                         re.I)
# "2020/21", "2020-21", "2020/2021": a financial or municipal year (April to March), never a
# span of years ("Police and Crime Plan 2021-2025")
_FINANCIAL_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)\s?[/-]\s?(?:(?:19|20)?(\d\d))(?![\d/])")


def named_days(text: str) -> list[str]:
    """Every day the text names (ISO), and the first and last of each month or financial year
    it names without a day: what places a paper that prints no date of its own."""
    spans = parse_months(text) + parse_financial_years(text)
    return [iso for _, iso in parse_dates(text)] + [day for span in spans for day in span]


def month_span(month: str | None, year: str | int) -> tuple[str, str]:
    """The first and last day (ISO) of a month named in words ("March", "Sept") of a year, or
    of the whole year when no month is given."""
    if not month:
        return f"{year}-01-01", f"{year}-12-31"
    number = MONTHS[month.lower()]
    return f"{year}-{number:02d}-01", f"{year}-{number:02d}-{calendar.monthrange(int(year), number)[1]:02d}"


def parse_months(text: str) -> list[tuple[str, str]]:
    """(first day, last day) of each month the text names without a day ("November 2012")."""
    return [month_span(match.group(2), match.group(3)) for match in _MONTH_YEAR.finditer(text)
            if not match.group(1)]  # with a day, it is a full date: parse_dates reads it


def parse_financial_years(text: str) -> list[tuple[str, str]]:
    """(first day, last day) of each financial or municipal year the text names."""
    return [(f"{start}-04-01", f"{start + 1}-03-31") for start, _ in financial_years(text)]


def financial_years(text: str) -> list[tuple[int, int]]:
    """(first calendar year, offset) of each financial or municipal year the text names:
    "2020/21", "2020-2021"; "2021-2025" is a span of years, not one."""
    return [(int(match.group(1)), match.start()) for match in _FINANCIAL_YEAR.finditer(text)
            if (int(match.group(1)) + 1) % 100 == int(match.group(2))]


def _iso(year: str | int, month: str | int, day: str | int) -> str:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


_WEEKDAY = re.compile(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W{0,3}$", re.I)
_TIME_AFTER = re.compile(r"^\W{0,4}(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\b|p\.?m\b|hrs\b)|"
                         r"^\W{0,4}(?:at\s+)?\d{1,2}[.:]\d{2}\b", re.I)
# ... or the paper's own title: "Draft Minutes 6 February 2016", "Agenda 12 March 2019"
_DATE_LABEL = re.compile(r"(?:date(?:\s+of\s+meeting)?|meeting(?:\s+date)?|held\s+(?:[^\n]{0,60}?\s)?on|"
                         r"\bminutes|\bagenda|"
                         r"to\s+be\s+held\s+on|will\s+be\s+held\s+[\s\S]{0,80}?\son)"
                         r"(?:\W{1,3}(?:mon|tues|wednes|thurs|fri|satur|sun)day)?\W{0,3}$", re.I)
# "the minutes of the previous meeting held on ...", "the next meeting on ...": another meeting
# "to approve the minutes of the meeting held on ...": the meeting whose minutes are approved
_OTHER_MEETING = re.compile(r"\b(previous|last|next|future|following|forthcoming|earlier|"
                            r"confirmation\s+hearing|deadline|no\s+later\s+than|"
                            r"(?:(?:approv|confirm|agree|tak|sign|receiv)e?[ds]?|that)"
                            r"\s+the\s+minutes)\b", re.I)
# A sentence of the minutes themselves: a page that starts with one has lost its header, and
# the dates below it are the business's ("actions from the meeting held on 18th August")
_MINUTES_BEGUN = re.compile(r"\bThe\s+(?:Chair(?:man)?|Commissioner|Panel)\s+(?:welcomed|thanked|advised|"
                            r"reported|introduced|informed)\b|\bRESOLVED\b|\b(?:was|were)\s+(?:agreed|"
                            r"noted|received|confirmed|approved)\b")
TITLE_WORDS = 30  # a paper's title and meeting line, when its text has no line breaks
_SCORE_NEEDED = 2  # a bare date with no sign that it is this meeting's is not taken


def header_date(text: str, header_end: int | None = None, window: int = 1500) -> str | None:
    """The meeting's own date, read from the paper's header, or None.

    The header is the text before the first agenda item (at most `window`
    characters when no item starts it). A date there counts when it reads as a
    meeting's: a weekday before it, a time after it, a "Date:" or "held on"
    label, or a line of its own. A date that names another meeting (previous,
    next, a hearing) never counts, and no date is better than a guess.
    """
    head = _header(text, header_end, window)
    best: tuple[int, int, str] | None = None
    for offset, iso, length in _dates_with_length(head):
        before = head[max(0, offset - 90):offset]
        line_before = before.split("\n")[-1]
        if _OTHER_MEETING.search(line_before[-70:]):
            continue
        score = 0
        if _WEEKDAY.search(before[-14:]):
            score += 2
        if _TIME_AFTER.search(head[offset + length:offset + length + 20]):
            score += 2
        if _DATE_LABEL.search(before[-90:]):
            score += 2
        line_end = head.find("\n", offset)
        rest_of_line = head[offset + length:line_end if line_end >= 0 else len(head)]
        if not line_before.strip(" ,-\t") or not rest_of_line.strip(" ,.-\t"):
            score += 1  # the date stands at the start or end of its own line
        elif "\n" not in before and len(head[:offset].split()) <= TITLE_WORDS:
            score += 1  # PDF text run onto one line: the date is among the title's words
        if sum(1 for line in head[:offset].split("\n") if line.strip()) <= 4:
            score += 1  # the paper's title lines
        if score >= _SCORE_NEEDED and (best is None or score > best[0]):
            best = (score, offset, iso)
    return best[2] if best else None


def _header(text: str, header_end: int | None, window: int) -> str:
    if header_end:
        return text[:min(header_end, 6000)]
    # no item marks where the header ends: it ends where the minutes begin
    head = text[:window]
    begun = _MINUTES_BEGUN.search(head)
    return head[:begun.start()] if begun else head


_FILE_NAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")


def file_name_date(file_name: str) -> str | None:
    """The date a file is named by ("dorset-pcp-2017-09-22-minutes.txt"), as councils and
    archives name papers: year, month, day."""
    match = _FILE_NAME_DATE.search(file_name)
    return _iso(*match.groups()) or None if match else None


def _dates_with_length(text: str) -> list[tuple[int, str, int]]:
    """(offset, ISO date, characters) of every full date: day month year, month day year,
    UK numeric day/month/year, and ISO."""
    found = []
    for pattern, order in ((_DAY_MONTH_YEAR, (3, 2, 1)), (_MONTH_DAY_YEAR, (3, 1, 2)),
                           (_NUMERIC, (3, 2, 1)), (_NUMERIC_SHORT, (3, 2, 1)), (_ISO, (1, 2, 3))):
        for match in pattern.finditer(text):
            year, month, day = (match.group(i) for i in order)
            year = f"20{year}" if len(year) == 2 else year
            if not month.isdigit():
                month = str(MONTHS[month.lower().rstrip(".")])
            iso = _iso(year, month, day)
            if iso:
                found.append((match.start(), iso, match.end() - match.start()))
    return sorted(found)
