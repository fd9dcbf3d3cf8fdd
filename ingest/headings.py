"""Recognise agenda-item headings in lines of text.

A heading is a line that opens an agenda item: a number as councils print them
("77.", "Item 5", "Agenda Item 5:", "Minute 23", "39/20", "4.1") and a short
title. Numbered paragraphs and recommendations look alike, so each candidate
gets a shape score here and `segment` keeps only a consistent sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER = r"(\d{1,3}(?:\.\d{1,2})?(?:/\d{2,4})?[a-z]?)"
_PREFIX = r"^[\s#*>|-]*"
_LABELLED = re.compile(
    _PREFIX + r"(?:agenda\s+item|item|minute|min\.)\s*(?:no\.?\s*)?" + NUMBER +
    r"(?![\d/])\s*[:.)\u2013\u2014-]?\s*(.*)$", re.I)
_BARE = re.compile(_PREFIX + r"(?:(\d{1,3}/\d{2,4})(?=\s)|" + NUMBER +
                   r"(?:[.)]|\s*:|(?=\t)|\s*$))\s*(.*)$")
_MARKDOWN_NUMBERED = re.compile(r"^\s*#{1,6}\s*\**\s*" + NUMBER + r"[.):]?\s+(.*)$")
_SUB_MARKER = re.compile(r"^(?:[ivx]{1,4}\)|\([a-z]\)|\([ivx]{1,4}\)|[a-z]\))\s*")
_INLINE_SUB_MARKER = re.compile(r"\s+(?:[ivx]{1,4}\)|\([a-z]\)|\([ivx]{1,4}\))\s")
_TITLE_NOISE = [
    re.compile(r"\s*pdf icon\s*PDF\s*[\d.]+\s*[KM]B.*$", re.I),
    re.compile(r"\s*\(Pages?\s*[\d\s,\u2013-]+\)\s*$", re.I),
]
_STOPWORDS = {"a", "an", "and", "the", "of", "to", "in", "on", "for", "at", "by", "with", "or",
              "from", "as", "is", "was", "be", "that"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"}


@dataclass
class Heading:
    """A candidate agenda-item heading found at a line."""

    line_index: int
    number: str
    title: str
    score: float  # 2: reads as a title; 1: might be a short paragraph
    labelled: bool  # printed with "Item"/"Minute": strong evidence
    title_line_index: int  # where the title stands (the next line when the number is alone)

    @property
    def key(self) -> tuple[int, int, str]:
        return number_key(self.number)


def number_key(number: str) -> tuple[int, int, str]:
    """("39/20" -> (39, 0, "/20"), "4.1" -> (4, 1, ""), "5a" -> (5, 1, ""))."""
    match = re.match(r"(\d+)(?:\.(\d+))?(/\d+)?([a-z])?$", number)
    if not match:
        return (-1, 0, "")
    minor = int(match.group(2)) if match.group(2) else 0
    if match.group(4):
        minor = ord(match.group(4)) - ord("a") + 1
    return (int(match.group(1)), minor, match.group(3) or "")


def follows(previous: Heading, current: Heading, max_gap: int = 4) -> bool:
    """Can `current` be the agenda item printed after `previous`?

    Items of one run share their style: "Minute 68" inside an item that is
    itself numbered "79." is a reference, not the next item.
    """
    if previous.labelled != current.labelled:
        return False
    previous_key, current_key = previous.key, current.key
    return follows_number(previous_key, current_key, max_gap)


def follows_number(previous: tuple[int, int, str], current: tuple[int, int, str],
                   max_gap: int = 4) -> bool:
    if previous[2] != current[2]:
        return False
    if current[0] == previous[0]:
        return current[1] == previous[1] + 1
    return previous[0] < current[0] <= previous[0] + max_gap and current[1] <= 1


def clean_title(raw: str) -> str:
    title = raw.replace("|", "\t").replace("**", "").replace("__", "").strip(" \t#*")
    title = _SUB_MARKER.sub("", title).strip()
    title = title.split("\t")[0].strip()
    title = _INLINE_SUB_MARKER.split(title)[0].strip()
    for noise in _TITLE_NOISE:
        title = noise.sub("", title)
    return title.strip(" :.\u2013\u2014-").strip()


def title_score(title: str) -> float:
    """2 for a title, 1 for a short line that may be one, 0 for a sentence or fragment."""
    words = re.findall(r"[A-Za-z][\w'&/-]*|\d[\w/.]*", title)
    if not words or len(title) > 150 or len(words) > 18:
        return 0
    first_alpha = next((ch for ch in title if ch.isalpha()), "")
    if first_alpha and not first_alpha.isupper():
        return 0
    if title.lower().startswith(("that ", "note ", "noted ")) or words[-1].lower() in _STOPWORDS:
        return 0
    if title.endswith((",", ";")) or words[0].lower() in _MONTHS:
        return 0
    content = [w for w in words if w.lower() not in _STOPWORDS and w[0].isalpha()]
    capitalised = sum(1 for w in content if w[0].isupper())
    ratio = capitalised / len(content) if content else 1.0
    if len(words) > 10 and ratio < 0.4:
        return 0
    return 2 if (ratio >= 0.5 or len(words) <= 5) else 1


def find_headings(lines: list[str]) -> list[Heading]:
    """Every line that could open an agenda item, with its number, title and shape score."""
    found = []
    for index, line in enumerate(lines):
        if not line.strip() or len(line) > 5000:
            continue
        match = _LABELLED.match(line)
        labelled = bool(match)
        if not match:
            match = _MARKDOWN_NUMBERED.match(line) or _BARE.match(line)
        if not match:
            continue
        *numbers, rest = match.groups()
        number = next(n for n in numbers if n)
        title, title_index = clean_title(rest), index
        if not title:
            following = _next_nonblank(lines, index)
            if following is None or _BARE.match(lines[following]) \
                    or _LABELLED.match(lines[following]):
                continue
            title, title_index = clean_title(lines[following]), following
        follower = _next_nonblank(lines, title_index)
        if _unfinished(title) and follower == title_index + 1:
            title = f"{title} {clean_title(lines[follower])}"  # a title wrapped onto two lines
            title_index, follower = follower, _next_nonblank(lines, follower)
        score = title_score(title)
        whole_line = len(title) >= len(re.sub(r"[\s*#|]", "", rest or lines[title_index])) - 12
        if whole_line and follower is not None and follower == title_index + 1 \
                and clean_title(lines[follower])[:1].islower():
            score = 0  # the "title" is the first line of a wrapped sentence
        if score > 0:
            found.append(Heading(index, number, title, score + (1 if labelled else 0), labelled,
                                 title_index))
    return found


def best_sequence(headings: list[Heading]) -> list[Heading]:
    """The heaviest run of headings whose numbers follow one another in document order."""
    if not headings:
        return []
    best = [h.score for h in headings]
    back: list[int | None] = [None] * len(headings)
    for i, current in enumerate(headings):
        for j in range(i):
            if follows(headings[j], current) and best[j] + current.score > best[i]:
                best[i], back[i] = best[j] + current.score, j
    end = max(range(len(headings)), key=lambda i: (best[i], -i))
    chain: list[Heading] = []
    cursor: int | None = end
    while cursor is not None:
        chain.append(headings[cursor])
        cursor = back[cursor]
    chain.reverse()
    if len(chain) == 1 and not chain[0].labelled:
        return []
    if all(h.score < 2 for h in chain):  # short numbered sentences, not titles
        return []
    return chain


_CAPS_HEADING = re.compile(r"^[\s#*]*([A-Z][A-Z0-9 ,&'()/\u2013-]{2,80}?)[\s*:]*$")
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+(.+?)\s*#*\s*$")
# A paper's masthead is in capitals too: the panel's name, "MINUTES OF ...", a date.
_MASTHEAD = re.compile(r"police\s+(?:and|&)\s+crime\s+(?:panel|commissioner)|^minutes\b|^agenda\b|"
                       r"\b\d{4}\b", re.I)
ATTENDANCE = {"present", "in attendance", "members present", "officers present", "also present",
              "attendees", "apologies received", "minutes", "agenda", "membership"}


def unnumbered_headings(lines: list[str]) -> list[Heading]:
    """Titles without numbers: Markdown headings of one level, or short lines in capitals."""
    by_level: dict[int, list[Heading]] = {}
    for index, line in enumerate(lines):
        match = _MD_HEADING.match(line)
        if match:
            title = clean_title(match.group(2))
            if title and title.lower() not in ATTENDANCE and title_score(title):
                by_level.setdefault(len(match.group(1)), []).append(
                    Heading(index, "", title, 2, False, index))
    levels = [hs for level, hs in sorted(by_level.items()) if len(hs) >= 2]
    if levels:
        return max(levels, key=len)
    caps = []
    for index, line in enumerate(lines):
        match = _CAPS_HEADING.match(line)
        if not match or not re.search(r"[A-Z]{3}", match.group(1)):
            continue
        title = match.group(1).strip()
        follower = _next_nonblank(lines, index)
        if title.lower() in ATTENDANCE or follower is None or _CAPS_HEADING.match(lines[follower]) \
                or _MASTHEAD.search(title):
            continue
        caps.append(Heading(index, "", tidy_title(title), 2, False, index))
    return caps if len(caps) >= 2 else []


def _unfinished(title: str) -> bool:
    words = title.split()
    return bool(words) and (words[-1].lower() in _STOPWORDS or title.endswith(("(", "&", "-")))


def _next_nonblank(lines: list[str], index: int) -> int | None:
    for following in range(index + 1, min(index + 6, len(lines))):
        if lines[following].strip():
            return following
    return None


def tidy_title(title: str) -> str:
    """Collapse spaces and drop emphasis; a title in capitals is put in title case."""
    title = re.sub(r"\s+", " ", title.replace("**", "")).strip(" :\t")
    if title.isupper():
        small = {"and", "of", "the", "to", "for", "in", "on", "a", "an"}
        title = re.sub(r"[A-Za-z][A-Za-z']*", lambda m: m.group(0).capitalize(), title)
        title = re.sub(r"(?<=\s)[A-Z][a-z]*\b",
                       lambda m: m.group(0).lower() if m.group(0).lower() in small else m.group(0),
                       title)
    return title
