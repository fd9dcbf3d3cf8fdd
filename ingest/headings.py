"""Recognise agenda-item headings in lines of text.

A heading is a line that opens an agenda item: a number as councils print them
("77.", "Item 5", "Agenda Item 5:", "Minute 23", "39/20", "4.1") and a short
title. Numbered paragraphs and recommendations look alike, so each candidate
gets a shape score here and `segment` keeps only a consistent sequence. Where a
title ends and whether a line reads as one is `titles`' job.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from .titles import capitalised_share, clean_title, cut_title, tidy_title, title_score, unfinished
from .words import FILE_ICON, MONTH

# "77", "4.1", "39/20", "11a", "7A", "9(a)", "1(1)": sub-numbers are items when printed as entries
NUMBER = r"(\d{1,3}(?:\.\d{1,2})?(?:/\d{2,4})?(?:[a-zA-Z]|\(\d{1,2}\)|\([a-z]\))?)(?![\w/])"
# "CSC 1/23", "PCP 1/21", "PCP.10", "PCP/10": a committee's letters before a minute number
# ... or a municipal year's two ("PCP 34.12/13": minute 34 of 2012/13)
_LETTERED = r"((?:[A-Z]{2,5}\s+)?\d{1,3}(?:\.\d{2})?/\d{2,4}|[A-Z]{2,5}[./]\s?\d{1,3}(?:/\d{2,4})?)"
_PREFIX = r"^[\s#*>|-]*"
_LABELLED = re.compile(
    _PREFIX + r"(?:agenda\s+item|item|minute|min\.)\s*(?:no\.?\s*)?" + NUMBER +
    r"(?![\d/])\s*[:.)\u2013\u2014-]?\s*(.*)$", re.I)
# (not "2.1RESOLVED", "3.1The Chair": a paragraph's number glued to its text, not item 2 or 3)
_BARE = re.compile(_PREFIX + r"(?:" + _LETTERED + r"(?=\s|$)|" + NUMBER +
                   r"(?:[.)](?![\d.]+[A-Za-z])|\s*:|(?=\t)|\s*$))\s*(.*)$")
# "1 INTRODUCTION AND WELCOME": a number and a space before a capitalised title (in
# markdown's emphasis too: "1 _Minutes of last meeting")
_SPACED = re.compile(_PREFIX + NUMBER + r"[ \t]+(?=[_*]{0,2}[A-Z\u2018\u201c'\"(])(.*)$")
# a committee's letters on a line of their own, its minute number on the next ("PCP" / "1/21")
_LETTERS_ALONE = re.compile(r"^\s*([A-Z]{2,5})\s*$")
_NUMBER_ALONE = re.compile(r"^\s*(\d{1,3}/\d{2,4})\s*$")
_MARKDOWN_NUMBERED = re.compile(r"^\s*#{1,6}\s*\**\s*" + NUMBER + r"[.):]?\s+(.*)$")
_MONTH_NAMES = r"(?i:" + MONTH + r")\b"


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


@functools.lru_cache(maxsize=4096)
def number_key(number: str) -> tuple[int, int, str]:
    """("39/20" -> (39, 0, "/20"), "34.12/13" -> (34, 0, ".12/13"), "4.1" -> (4, 1, ""),
    "5a" -> (5, 1, ""))."""
    match = re.match(r"(?:([A-Z]{2,5})[\s./]+)?(\d+)(?:\.(\d+)(?![\d/]))?((?:\.\d+)?/\d+)?"
                     r"(?:([a-zA-Z])|\((\d+)\)|\(([a-z])\))?$", number)
    if not match:
        return (-1, 0, "")
    letters, major, dotted, year, letter, sub_number, sub_letter = match.groups()
    minor = int(dotted) if dotted else 0
    if letter or sub_letter:
        minor = ord((letter or sub_letter).lower()) - ord("a") + 1
    if sub_number:
        minor = int(sub_number)
    return (int(major), minor, (letters or "") + (year or ""))


MAX_GAP = 4  # an agenda may skip a few numbers (withdrawn items, another committee's)
GAP_COST = 0.25  # ... but less often than not: a skipped number weighs against a chain


def number_alone(line: str) -> bool:
    """The line holds an item number and nothing else ("34/16", "4.", "Item 7")."""
    match = _LABELLED.match(line) or _BARE.match(line)
    return match is not None and not clean_title(match.groups()[-1])


def find_headings(lines: list[str]) -> list[Heading]:
    """Every line that could open an agenda item, with its number, title and shape score."""
    found = []
    for index, line in enumerate(lines):
        if not line.strip() or len(line) > 5000:
            continue
        heading = _heading_at(lines, index)
        if heading is not None:
            found.append(heading)
    return found


def _heading_at(lines: list[str], index: int) -> Heading | None:
    line = lines[index]
    match = _LABELLED.match(line)
    labelled = bool(match)
    if not match and _LETTERS_ALONE.match(line):
        following = _next_nonblank(lines, index)
        if following == index + 1 and _NUMBER_ALONE.match(lines[following]):
            number = f"{line.strip()} {lines[following].strip()}"
            return _titled(lines, index, following, number, "", labelled, True)
        return None
    if not match:
        match = _MARKDOWN_NUMBERED.match(line) or _BARE.match(line) or _SPACED.match(line)
    if not match:
        return None
    *numbers, rest = match.groups()
    number = next(n for n in numbers if n)
    return _titled(lines, index, index, number, rest, labelled, not clean_title(rest))


def _titled(lines: list[str], index: int, number_index: int, number: str, rest: str,
            labelled: bool, title_below: bool) -> Heading | None:
    """The heading with its title: on the number's line, or (`title_below`, the number alone
    on its line) on the next line."""
    title, title_index = cut_title(rest), number_index
    labelled_below = False
    if title_below:
        following = _next_nonblank(lines, number_index)
        if following is None or _BARE.match(lines[following]) or _LABELLED.match(lines[following]):
            return None
        # a line between the number and the item's label ("Minutes:") is its title, however
        # long: "Declarations of ... Interests (such declarations are to be made ...)."
        label_line = _next_nonblank(lines, following)
        labelled_below = label_line is not None and bool(_ITEM_LABEL.match(lines[label_line]))
        title = clean_title(lines[following]) if labelled_below else cut_title(lines[following])
        title_index = following
    follower = _next_nonblank(lines, title_index)
    if unfinished(title) and follower == title_index + 1:
        title = f"{title} {clean_title(lines[follower])}"  # a title wrapped onto two lines
        title_index, follower = follower, _next_nonblank(lines, follower)
    score = title_score(title)
    if title_below and title[:1].isupper() and not title.endswith("."):
        score = 2  # a number on a line of its own, then a title: an agenda table's row
        sentence = re.search(r"[a-z)][.!?]\s*$", lines[title_index])
        if not title_score(title) and sentence and not labelled_below:
            title = ""  # ... or a minute with no title, its text begun at once: a sentence
    whole_line = len(title) >= len(re.sub(r"[\s*#|]", "", rest or lines[title_index])) - 12
    if whole_line and follower is not None and follower == title_index + 1 \
            and clean_title(lines[follower])[:1].islower():
        score = 0  # the "title" is the first line of a wrapped sentence
    if score <= 0 and not title[:1].isupper():
        return None
    return Heading(index, number, title, score + (1 if labelled else 0), labelled, title_index)


# An inline agenda number: "... Interest. 2 Apologies ..." ("9(a)", "7A", "11." too); never
# the second number of a page range ("PANEL 11 - 20 ARRANGEMENTS")
_INLINE_NUMBER = re.compile(r"(?<!\S)(?<!\d [-\u2013] )"
                            r"(\d{1,3}(?:\(\w{1,2}\)|[a-zA-Z](?=[\s.])|\.\d{2}/\d{2})?)\.?\s+"
                            r"(?=[A-Z\u2018'\"])"
                            r"(?!" + _MONTH_NAMES + r")")
# A heading in capitals run on after a sentence or the word AGENDA, as PDF text does when
# it loses a line break (a page number may be glued before it): "... Governance). 1 4.
# MINUTES", "AGENDA 1. APOLOGIES"
_CAPS_RUN_ON = re.compile(r"(?:(?<=[.)]\s)|(?<=\bAGENDA\s))(?:\d{1,3}\s+)?"
                          r"(\d{1,3}\.\s+[A-Z][A-Z0-9 ,&'\u2019-]{5,}(?:$|\s))")
_INLINE_MIN_CHARS = 300  # PDF text that runs a whole agenda or minutes on one line
# A PDF page's footer glued to the start of the next page's first line: "Page 1 of 118 10
# Force Management Statement"
_PAGE_FOOTER = re.compile(r"^\s*Page\s+\d{1,4}\s+of\s+\d{1,4}\s+(?=\S)", re.I)


def virtual_lines(text: str, start: int = 0) -> list[tuple[int, str]]:
    """(offset, line) of each line; a very long line holding a run of agenda numbers
    ("1 Declarations of Interest. 2 Apologies ...") is cut before each number."""
    out, position = [], start
    for line in text.split("\n"):
        cuts = [m.start(1) for m in _CAPS_RUN_ON.finditer(line)]
        footer = _PAGE_FOOTER.match(line)
        if footer:
            cuts.append(footer.end())
        if len(line) > _INLINE_MIN_CHARS:
            cuts += [m.start() for m in _INLINE_NUMBER.finditer(line) if m.start() > 0]
        cuts = sorted(set(cuts))
        if len(cuts) >= 2 or (cuts and len(line) <= _INLINE_MIN_CHARS):
            bounds = [0] + cuts + [len(line)]
            out += [(position + a, line[a:b]) for a, b in zip(bounds, bounds[1:])]
            position += len(line) + 1
            continue
        out.append((position, line))
        position += len(line) + 1
    return out


def best_sequence(candidates: list[Heading]) -> list[Heading]:
    """The heaviest run of headings whose numbers follow one another in document order.

    Candidates whose title reads as a sentence (score 0) are not part of the
    run, but one fills a gap in it: an agenda's own numbering skips nothing.
    """
    headings = [h for h in candidates if h.score > 0]
    if not headings:
        return []
    best = [h.score for h in headings]
    back: list[int | None] = [None] * len(headings)
    # the best chain so far ending at each (labelled, suffix, major, minor), and at each
    # major: a heading can only follow one numbered at most MAX_GAP before it, so each
    # step looks at a few keys, not at every earlier heading (linear in the paper's length)
    by_number: dict[tuple, tuple[float, int]] = {}
    by_major: dict[tuple, tuple[float, int]] = {}
    for i, current in enumerate(headings):
        major, minor, suffix = current.key
        # items of one run share their style: "Minute 68" inside an item that is itself
        # numbered "79." is a reference, not the next item
        style = (current.labelled, suffix)
        found = _predecessor(by_number, by_major, style, major, minor)
        if found and found[0] + current.score > best[i]:
            best[i], back[i] = found[0] + current.score, found[1]
        if major >= 0:
            for table, key in ((by_number, (*style, major, minor)), (by_major, (*style, major))):
                if key not in table or best[i] > table[key][0]:
                    table[key] = (best[i], i)
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
    return _fill_gaps(chain, [h for h in candidates if h.score <= 0])


def minute_with_paragraphs(lines: list[str], candidates: list[Heading]) -> list[Heading]:
    """The one numbered title of minutes cut to their first minute, when its own paragraphs
    follow it numbered under it ("31. Declarations of Interest", then "31.1 In accordance
    ..."): a lone number is no run, but one its paragraphs carry is a minute."""
    strong = [h for h in candidates if h.score >= 2 and not h.labelled and not h.key[1]]
    if len(strong) != 1:
        return []
    heading = strong[0]
    paragraph = re.compile(rf"^\s*{heading.key[0]}\.1\s+[A-Z]")
    return [heading] if any(paragraph.match(line) for line in lines[heading.line_index + 1:]) else []


def _predecessor(by_number: dict, by_major: dict, style: tuple, major: int, minor: int
                 ) -> tuple[float, int] | None:
    """The best chain a heading numbered (major, minor) can follow: the previous sub-number
    of its own number, or any heading up to MAX_GAP numbers before it (earliest on ties)."""
    options = [by_number.get((*style, major, minor - 1))] if minor else []
    if minor <= 1:
        for previous in range(major - MAX_GAP, major):
            ending = by_major.get((*style, previous))
            skipped = major - previous - 1
            # a skip costs a little, so "9 ... 12 Month Report ... 10 Next item" runs 9, 10
            options.append((ending[0] - GAP_COST * skipped, ending[1]) if ending else None)
    found = [o for o in options if o is not None]
    return max(found, key=lambda pair: (pair[0], -pair[1])) if found else None


def _fill_gaps(chain: list[Heading], weak: list[Heading]) -> list[Heading]:
    """The run with the headings it skipped put back: an agenda's own numbering skips nothing."""
    out = list(chain)
    # the number just before the run's first, above it: its first item, titled at length
    major, minor, suffix = chain[0].key
    opening = [h for h in weak if h.line_index < chain[0].line_index and not minor
               and h.key == (major - 1, 0, suffix) and h.labelled == chain[0].labelled]
    out += opening[-1:]
    for previous, following in zip(chain, chain[1:]):
        out += _skipped(previous, following, weak)
    return sorted(out, key=lambda h: h.line_index)


def _skipped(previous: Heading, following: Heading, weak: list[Heading]) -> list[Heading]:
    """Each number between two of the run, found once and in order ("2. To approve ...",
    "3. To note ..."), or none of them."""
    major, _, suffix = previous.key
    if following.key[2] != suffix:
        return []
    found: list[Heading] = []
    for number in range(major + 1, following.key[0]):
        missing = [h for h in weak if previous.line_index < h.line_index < following.line_index
                   and h.key == (number, 0, suffix) and h.labelled == previous.labelled]
        if len(missing) != 1 or (found and missing[0].line_index < found[-1].line_index):
            return []
        found.append(missing[0])
    return found


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


# Labels a council's meeting page prints under each item's title
_ITEM_LABEL = re.compile(r"^\s*(?:minutes|additional documents|supporting documents|decision|"
                         r"documents)\s*:\s*$", re.I)
# a title ended by a colon on a line of its own: "Disclosure of Interests (if any):"
_COLON_TITLE = re.compile(r"^\s*([A-Z][^.:\n]{2,80}):\s*$")
COLON_TITLES = 3  # fewer colon-ended lines are a minute's own sub-headings
# a line that opens with a date, as a meeting page's masthead prints it
_DATE_LINE = re.compile(r"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                        r"\d{1,2}(?:st|nd|rd|th)?,?\s+" + MONTH + r",?\s+\d{4}\b", re.I)
MASTHEAD_LINES = 40  # lines, blank ones included, that a masthead can take
# a modern.gov agenda prints the pages of an item's papers under its title: "(Pages 5 - 16)"
_PAGE_RANGE = re.compile(r"^\s*\(Pages?\s+\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?\)\s*$", re.I)
# "Scrutiny of the Police and Crime Plan Additional documents: Minutes:": a title with its
# labels run onto its line, as a page stored without its layout prints it
_LABELS_AFTER_TITLE = re.compile(r"^\s*(\S.*?)\s+(?:(?:additional|supporting)\s+documents\s*:\s*)?"
                                 r"(?:minutes|decision)\s*:\s*$", re.I)
_EVERY_ITEM_LABEL = re.compile(r"^\s*(?:minutes|decision)\s*:\s*$", re.I)
# The items table header of a modern.gov meeting page ("No. Item")
ITEM_TABLE_HEADER = re.compile(r"^[ \t]*(?:no\.?[ \t]+item|items)[ \t]*$", re.I | re.M)
_DESCRIPTION = re.compile(r"^\s*To\s+[a-z]+\b")
_NOT_TITLES = {"none", "noted", "resolved", "agreed", "to follow", "minutes", "apologies received"}
MAX_DOCUMENT_TITLE_WORDS = 40  # beside a file icon: a report's full title
SPACED_SHARE = 0.2  # share of text lines a blank line follows, on a page whose blocks it parts


def listed_titles(lines: list[str]) -> list[Heading]:
    """Titles of a meeting page that prints no item numbers.

    Where the page prints labels under its titles ("Minutes:", "Additional
    documents:") or a file icon beside them, those mark every item; a
    heading-like line without them is a sub-heading inside the minutes. A page
    with the items table header and no such labels, or only a few "Additional
    documents:" (printed where an item has papers), marks titles by shape too: a
    short capitalised line standing apart, with text after it. So does an agenda
    stored without its numbers, where "(Pages 5 - 6)" under the titles of items
    with papers shows it lists items.
    """
    table = ITEM_TABLE_HEADER.search("\n".join(lines))
    first = "\n".join(lines)[:table.end()].count("\n") + 1 if table else _after_masthead(lines)
    shape = _Shape(lines, first)
    marked, labels = _marked_titles(lines, first, shape)
    if not table and not labels["every item"]:
        colon_titles = _colon_titles(lines, first)
        if len(colon_titles) >= COLON_TITLES:
            marked |= colon_titles
    if (table or labels["pages"] >= 2) and not labels["every item"]:
        shaped = _shaped_titles(first, marked, shape)
        if 2 * labels["some items"] < len(shaped):
            marked |= shaped
    _drop_descriptions(lines, marked)
    titles = [Heading(index, "", title, 2, False, index) for index, title in sorted(marked.items())]
    return titles if len(titles) >= 2 else []


def _marked_titles(lines: list[str], first: int, shape: _Shape) -> tuple[dict[int, str], Counter[str]]:
    """Titles marked by a file icon beside them or a label below them, and how many labels of
    each kind the page prints: "every item" (Minutes:, Decision:), "some items" (Additional
    documents:) and "pages" ("(Pages 5 - 6)")."""
    marked: dict[int, str] = {}
    labels: Counter[str] = Counter()
    previous = first - 1  # the label (or title) above
    for index in range(first, len(lines)):
        line = lines[index]
        if FILE_ICON.search(line) and _is_title(clean_title(line), document=True):
            marked[index] = clean_title(line)
            previous = index
            continue
        labelled = _LABELS_AFTER_TITLE.match(line)
        if labelled and _is_title(clean_title(labelled.group(1))):
            marked[index] = clean_title(labelled.group(1))  # the page ran the labels onto its title
            labels["some items"] += 1
            previous = index
            continue
        if _PAGE_RANGE.match(line):
            labels["pages"] += 1
        elif _ITEM_LABEL.match(line):
            labels["every item" if _EVERY_ITEM_LABEL.match(line) else "some items"] += 1
        else:
            continue
        title_index = _title_above(lines, index, first)
        if title_index is None and previous < index - 1:
            title_index = shape.title_above(index, previous)
        if title_index is not None:
            marked.setdefault(title_index, clean_title(lines[title_index]))
        previous = index
    return marked, labels


def _colon_titles(lines: list[str], first: int) -> dict[int, str]:
    """Titles a page without items table or labels ends with a colon, each on a line of its
    own ("Apologies for Absence:", "Communications from the Chairman:"); a sentence that brings
    in a list ("Members noted the following:") is not title-cased."""
    found = {}
    for index in range(first, len(lines)):
        match = _COLON_TITLE.match(lines[index])
        if not match or not _stands_alone(lines, index):
            continue
        title = clean_title(match.group(1))
        if title.lower() not in ATTENDANCE and _is_title(title) and capitalised_share(title) >= 0.5:
            found[index] = title
    return found


def _after_masthead(lines: list[str]) -> int:
    """Where a meeting page with no items table begins its items: after the masthead that
    names the panel, its venue and the meeting's date ("Thursday, 25 July 2024 at 10.30 am")."""
    for index, line in enumerate(lines[:MASTHEAD_LINES]):
        if _DATE_LINE.match(line):
            return index + 1
    return 0


def _shaped_titles(first: int, marked: dict[int, str], shape: _Shape) -> dict[int, str]:
    """Lines after the items table header that stand apart and read as titles. Where the page
    sets its items further apart than it sets a label from the text above it inside an item
    ("(Pages 5 - 6)" two blank lines under a description, six between items), a title stands
    further apart than that: a table's header row inside an item ("Item number on the
    agenda", "Paragraph Number(s)") stands no further from the text above it than a label does."""
    lines = shape.lines
    shaped = [index for index in range(first, len(lines)) if index not in marked and shape.is_title(index)]
    marked_gaps = [_blank_lines_above(lines, index) for index in sorted(marked)[1:]]
    label_gaps = [_blank_lines_above(lines, index) for index in range(first, len(lines))
                  if _PAGE_RANGE.match(lines[index]) or _ITEM_LABEL.match(lines[index])]
    if marked_gaps and label_gaps and min(marked_gaps) > max(label_gaps):
        shaped = [index for index in shaped if _blank_lines_above(lines, index) > max(label_gaps)]
    return {index: clean_title(lines[index]) for index in shaped}


def _blank_lines_above(lines: list[str], index: int) -> int:
    above = _previous_nonblank(lines, index)
    return index - 1 - (above if above is not None else -1)


class _Shape:
    """How a page sets its blocks apart, to tell a title by its shape: a short capitalised line
    standing apart, not in a list. Blocks stand apart by blank lines, or (PDF text, some
    archives) by line breaks alone, with blank lines only where a page breaks."""

    def __init__(self, lines: list[str], first: int) -> None:
        text_lines = [i for i in range(first, len(lines)) if lines[i].strip()]
        before_blank = sum(1 for i in text_lines[:-1] if not lines[i + 1].strip())
        self.lines, self.spaced = lines, before_blank >= SPACED_SHARE * len(text_lines)
        self.listed = _list_lines(lines, first)

    def is_title(self, index: int) -> bool:
        line = self.lines[index]
        return index not in self.listed and _stands_alone(self.lines, index, self.spaced) \
            and _is_title(clean_title(line)) and len(line.split()) <= 12 \
            and not line.rstrip().endswith((".", ":", ";", ","))

    def title_above(self, label_index: int, since: int) -> int | None:
        """The nearest title-shaped line above a label, back to `since` (the label before): a
        label is printed under each item, so its title lies between the two, above a
        description too long for `_title_above` ("Disclosures of Interests", then the rules
        on declaring them, then "Additional documents:")."""
        return next((i for i in range(label_index - 1, since, -1) if self.is_title(i)), None)


def _drop_descriptions(lines: list[str], marked: dict[int, str]) -> None:
    """The line under a title is its description ("To consider the attached report"), unless
    more space parts it from the title above than from its own text below: the item above
    had no text at all ("Apologies for Absence", four blank lines, "Election of Chair")."""
    for index in sorted(marked):
        above, below = _previous_nonblank(lines, index), _next_nonblank(lines, index)
        if above is None or above not in marked or FILE_ICON.search(lines[index]):
            continue
        if below is not None and index - above > below - index:
            continue
        del marked[index]


def _is_title(title: str, document: bool = False) -> bool:
    """Whether a line reads as an item's title; beside a file icon ("Minutes pdf icon PDF 89 KB")
    a word such as "Minutes" names the item's paper."""
    if document:  # and a report's title may run long: "The Role of the Commissioner in ..."
        return title[:1].isupper() and len(title.split()) <= MAX_DOCUMENT_TITLE_WORDS
    named = title.lower() not in _NOT_TITLES and not _ITEM_LABEL.match(title + ":")
    return bool(title) and title[:1].isupper() and named and title_score(title) > 0


def _list_lines(lines: list[str], first: int) -> set[int]:
    """Lines of a list or table that a sentence ending in a colon brings in ("nominations were
    sought as follows:", then a council and a councillor a line): short lines, up to the next
    sentence. They stand alone like titles, but are an item's text."""
    listed: set[int] = set()
    opened = False
    for index in range(first, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        if opened and len(line.split()) <= 12 and not line.endswith((".", ":")):
            listed.add(index)
            continue
        opened = line.endswith(":") and len(line.split()) > 3 and not _ITEM_LABEL.match(line)
    return listed


def _title_above(lines: list[str], label_index: int, first: int = 0) -> int | None:
    """The title over a label: the nearest line above that reads as one (a description
    such as "To consider the report ..." may stand between)."""
    seen = 0
    for index in range(label_index - 1, max(label_index - 12, first - 1), -1):
        line = lines[index].strip()
        if not line:
            continue
        if _ITEM_LABEL.match(line):
            return None
        seen += 1
        if _is_title(clean_title(line)) and not line.endswith((".", ":")) and not _describes(lines, index):
            return index
        if seen >= 3:
            return None
    return None


def _describes(lines: list[str], index: int) -> bool:
    """Whether a line is the description under the title above it: "To consider the attached
    report", unpunctuated, under "COVID 19 Update Report pdf icon PDF 356 KB"."""
    above = _previous_nonblank(lines, index)
    if above is None or not _DESCRIPTION.match(lines[index]):
        return False
    return bool(FILE_ICON.search(lines[above])) or _is_title(clean_title(lines[above]))


def _previous_nonblank(lines: list[str], index: int) -> int | None:
    # however many blank lines a page puts between blocks: spacing, not structure
    return next((previous for previous in range(index - 1, -1, -1) if lines[previous].strip()), None)


def _stands_alone(lines: list[str], index: int, spaced: bool = True) -> bool:
    """Whether a line stands apart: blank lines around it, or, on a page stored with no blank
    lines (`spaced` False), the line above it ends a sentence or a block."""
    if spaced:
        before = index == 0 or not lines[index - 1].strip()
        after = index + 1 < len(lines) and not lines[index + 1].strip()
    else:
        above = lines[index - 1] if index else ""
        before = not index or bool(re.search(r"[.:;!?)]\s*$", above) or ITEM_TABLE_HEADER.match(above))
        after = True
    return bool(lines[index].strip()) and before and after and \
        _next_nonblank(lines, index) is not None


def _next_nonblank(lines: list[str], index: int) -> int | None:
    return next((following for following in range(index + 1, len(lines)) if lines[following].strip()), None)
