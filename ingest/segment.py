"""Split a document into its agenda items and read its meeting metadata.

A file may hold several parts: an agenda pack has a front sheet, the minutes
of the previous meeting and reports. Each part is typed (agenda, minutes,
report) and split in its own way:
- minutes and agendas: at the longest consistent run of numbered headings
  (numbered paragraphs and recommendations do not continue the run);
- a report is one item, titled by its subject: its numbered paragraphs are
  not agenda items;
- in a pack, the front sheet's agenda list is one item; its numbers name the
  reports that follow.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

from panelsearch.records import Document, Item

from . import headings as hd
from .gazetteer import read_panel
from .metadata import file_name_date, header_date, panel_body, parse_dates
from .rows import table_rows
from .titles import clean_title, tidy_title, title_score
from .words import FILE_ICON, MONTH, PANEL_WORDS

# "Minutes of a meeting of the X Panel held on ...", not "Minutes of the last meeting were agreed."
_MINUTES_START = re.compile(
    r"^[ \t#*]*(?:minutes\s+of\s+(?:a|the)\s+(?:[\w,&'-]+\s+){0,8}?(?:meeting|panel|committee|board)\b"
    r"(?![^\n]*\b(?:were|was|be)\b)"
    r"(?=[^\n]*(?:held|panel|committee|board|\d{4}))[^\n]{0,250}|MINUTES)[ \t*]*$", re.I | re.M)
# ("Report by the Chair of the Working Group. The attached report sets out ..." is an agenda
# item's description: a report's header line is that line alone)
_REPORT_START = re.compile(r"^[ \t#*]*(PAPER\s+MARKED\b.*|agenda\s+item\s+\d+[a-z]?[ \t]*$|"
                           r"report\s+(?:of|to|by)\s+the\b(?![^\n]*\.\s+\S).*)", re.I | re.M)
_AGENDA_ITEM_MARK = re.compile(r"^[ \t#*]*agenda\s+item\s+(\d+[a-z]?)\s*$", re.I)
# A report's header table flattened to one line: the panel, the meeting date and the report's
# agenda item number ("NOTTINGHAMSHIRE POLICE AND CRIME PANEL 15 JUNE 2015 8"): no title
_REPORT_HEADER = re.compile(r"^[ \t]*.{0,60}?" + PANEL_WORDS + r"[\s,:\u2013-]*\d{1,2}(?:st|nd|rd|th)?\s+"
                            + MONTH + r",?\s+\d{4}(?:\s+(?P<number>\d{1,2}[a-z]?))?\s*$", re.I)
_MIN_PART_GAP = 800  # a marker this close to the last part start belongs to the same header
_SUBJECT = re.compile(r"^[ \t*]*(?i:subject|title|report title)(?:\s*[:\t]\s*|\s+(?=[A-Z]))(.+)$",
                      re.M)
_GENERIC_LINE = re.compile(
    r"(police,?\s+(?:fire\s+)?(?:and|&)\s+crime\s+(?:panel|commissioner)\s*\**$|agenda\s+item|"
    r"meeting\s+documents|\b(?:report\s+(?:to|of|by)|date\s+of\s+meeting|meeting\s+date)\s*:|"
    r"^\W*(?:meeting|date|venue|contact|time|location|email|report of|author|paper marked|"
    r"purpose|recommendations?|executive summary|minutes|agenda|items?|no\.?\s+item)\b|"
    r"^[\W\d]*$|held on|to be held)", re.I)


@dataclass
class Part:
    start: int
    end: int
    kind: str = "report"  # agenda | minutes | report
    number_hint: str | None = None
    meeting_date: str | None = None


# Non-breaking and other fixed-width spaces (HTML's &nbsp;, Word's after a number) read as
# spaces: the rules see plain ones, while items keep the paper's own characters.
_WIDE_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def segment(doc: Document) -> list[Item]:
    """The agenda items of a document, in order; also fills the document's metadata."""
    verbatim = doc.text
    doc.text = _WIDE_SPACES.sub(" ", verbatim)  # one character for one: every offset holds
    try:
        items = _segment(doc)
    finally:
        doc.text = verbatim
    for item in items:
        item.text = verbatim[item.start:item.start + len(item.text)]
    return items


def _segment(doc: Document) -> list[Item]:
    reading = read_panel(doc.text, Path(doc.source).name)
    doc.panel, doc.panel_evidence, doc.body = reading.panel, reading.evidence, panel_body(doc.text)
    parts = split_parts(doc.text)
    for part in parts:
        part.kind = classify(doc.text[part.start:part.end])
    doc.doc_type = _doc_type(parts, doc.text)
    furniture = page_furniture(doc)
    listing: list[hd.Heading] = []
    items: list[Item] = []
    for index, part in enumerate(parts):
        if doc.doc_type == "item":
            items.append(_item_page(doc, part))
        elif part.kind == "agenda" and len(parts) > 1 and index == 0:
            listing = _numbered_items(doc.text, part, furniture)[1]
            items.append(_item(doc, part, None, "Agenda", part.start, part.end))
        elif part.kind == "report":
            items.append(_report_item(doc, part, listing))
        elif any(part.start <= offset < part.end for offset, _, _ in doc.layout_items):
            items.extend(_layout_items(doc, part))
        else:
            items.extend(_split_numbered(doc, part, furniture))
    items = [item for item in items if item.text.strip()]
    opening = _opening_item(doc, parts[0], items)
    if opening:
        items.insert(0, opening)
    _date_meeting(doc, parts, items)
    return items


def _opening_item(doc: Document, part: Part, items: list[Item]) -> Item | None:
    """A page that starts mid-item (a stored page cut above its first heading) opens
    with prose, not a header: that text is an item of its own, untitled."""
    if part.kind != "minutes" or not items or items[0].start - part.start < 80:
        return None
    first_line = next((line.strip() for line in doc.text[part.start:items[0].start].split("\n")
                       if line.strip()), "")
    # a header is a title line; the minutes' own text is sentences
    sentences = re.search(r"[a-z]\.(?:\s+[A-Z]|\s*$)", first_line)
    prose = first_line[:1].isupper() and len(first_line.split()) >= 8 and bool(sentences) \
        and not parse_dates(first_line) and not _GENERIC_LINE.search(first_line)
    if not prose:
        return None
    return _item(doc, part, None, "(untitled)", part.start, items[0].start)


def _date_meeting(doc: Document, parts: list[Part], items: list[Item]) -> None:
    """Each part's date from its own header (the text before its first item)."""
    for part in parts:
        first = next((item.start for item in items if part.start <= item.start < part.end), None)
        header_end = first - part.start if first is not None else None
        # a part that opens with its item, or an item's own page, has that item's top as header
        if header_end is not None and (doc.doc_type == "item" or not doc.text[part.start:first].strip()):
            header_end = None
        part.meeting_date = header_date(doc.text[part.start:part.end], header_end)
    # a paper that prints no date of its own is dated by its file's name, if that has one
    doc.meeting_date = parts[0].meeting_date or file_name_date(Path(doc.source).name)
    for part in parts:
        part.meeting_date = part.meeting_date or doc.meeting_date
        for item in items:
            if part.start <= item.start < part.end:
                item.meeting_date = part.meeting_date


def front_matter(doc: Document, items: list[Item]) -> str:
    """The text before the first item (attendance, venue): searchable, but not an item."""
    return doc.text[:items[0].start] if items else doc.text


def split_parts(text: str) -> list[Part]:
    """Cut a file where a new paper begins: minutes of a meeting, or a report's header."""
    starts = [0]
    seen_item_marks: set[str] = set()
    markers = sorted([(m.start(), m.group(0)) for m in _MINUTES_START.finditer(text)] +
                     [(m.start(), m.group(0)) for m in _REPORT_START.finditer(text)])
    for offset, line in markers:
        # an item's title, not a new paper: "34/16" over "MINUTES OF THE MEETING HELD ON ...",
        # or "Minutes of the meeting held on ... pdf icon PDF 184 KB" beside its paper's icon
        if hd.number_alone(_line_above(text, offset)) or FILE_ICON.search(line):
            continue
        mark = _AGENDA_ITEM_MARK.match(line)
        if mark:  # "Agenda Item 5" repeats as a page header: only its first page starts a part
            if mark.group(1) in seen_item_marks:
                continue
            seen_item_marks.add(mark.group(1))
        offset = _header_block_start(text, offset)
        if offset - starts[-1] >= _MIN_PART_GAP:
            starts.append(offset)
    parts = [Part(start, end) for start, end in zip(starts, starts[1:] + [len(text)])]
    for part in parts:
        head = text[part.start:part.start + _MIN_PART_GAP]
        part.number_hint = next((number for number in map(_item_number_mark, head.split("\n"))
                                 if number), None)
    return parts


def _item_number_mark(line: str) -> str | None:
    """The agenda item number a paper's header line gives ("Agenda Item 5", "... PANEL 15 JUNE
    2015 8"), if it gives one."""
    mark = _AGENDA_ITEM_MARK.match(line)
    if mark:
        return mark.group(1)
    header = _REPORT_HEADER.match(line)
    return header.group("number") if header else None


def _line_above(text: str, offset: int) -> str:
    """The last line with text above the line that starts at offset."""
    end = offset
    while end and text[end - 1].isspace():
        end -= 1
    return text[text.rfind("\n", 0, end) + 1:end]


def _header_block_start(text: str, offset: int) -> int:
    """Step back over the capitalised header lines printed above a marker."""
    lines_before = text[:offset].split("\n")[:-1]
    start, taken = offset, 0
    for line in reversed(lines_before):
        bare = re.sub(r"[^A-Za-z]", "", line)
        if not line.strip():
            start -= len(line) + 1
            continue
        if bare and bare.isupper() and len(line) <= 100 and taken < 6 \
                and "INTENTIONALLY" not in bare:
            start -= len(line) + 1
            taken += 1
            continue
        break
    # do not swallow the blank lines above the header
    while start < offset and text[start] == "\n":
        start += 1
    return start


# What minutes say and agendas do not: what happened, in the past tense
_ATTENDANCE = re.compile(r"^[^\w\n]*(?i:present)[ \t]*:", re.M)  # "Present:" over the members
_RECORDED = re.compile(r"\bRESOLVED\b|\bResolved\s*[-\u2013:]|\b(?:was|were)\s+(?:agreed|noted|received|"
                       r"circulated|approved|confirmed|declared)\b|\bit\s+was\b|\bdeclared\b|"
                       r"\bThe\s+(?:Chair|Chairman|Commissioner|Panel)\s+(?:welcomed|thanked|advised|"
                       r"reported|introduced|noted)\b|\bwelcomed\b|" + _ATTENDANCE.pattern, re.M)
# "Resolved -", "The Chair welcomed", "apologies were noted": minutes record them again and again,
# and only minutes resolve or take apologies (a report recommends)
MINUTES_RECORDS = 3
_MEETING_RECORD = re.compile(r"\bRESOLVED\b|\bResolved\s*[-\u2013:]|\bapologies\b", re.I)
_AGENDA_HEADING = re.compile(r"\bA\s+G\s+E\s+N\s+D\s+A\b|^[^\w\n]*(?:public[ \t]+)?agenda[^\w\n]*$|"
                             r"\bAGENDA\b", re.M)


# A report says what it is at the top: "Paper marked", "Report of/to", or its first sections
# ("1. Purpose of the Report", "1.0 PURPOSE OF REPORT", "2. Recommendations", "Executive Summary")
_SECTION_NUMBER = r"(?:\d{1,2}(?:\.0)?\.?[ \t]+)?"
_REPORT_OPENING = re.compile(
    r"paper\s+marked|purpose\s+of\s+(?:(?:this|the)\s+)?report|executive\s+summary|"
    r"^[ \t#*]*" + _SECTION_NUMBER + r"recommendations?[ \t*:]*$|^[ \t*]*report\s+(?:of|to)\b",
    re.I | re.M)
# "Agenda Item: 7" printed inside a report's header table rather than on a line of its own
_INLINE_ITEM_MARK = re.compile(r"\bagenda\s+item\s*(?:no\.?|number)?\s*[:.]?\s*(\d{1,3}[a-z]?)\b", re.I)
_ITEM_PAGE = re.compile(r"\s*agenda\s+item\s*\n", re.I)
# an item page's meeting line: "Meeting: 04/02/2020 - Police and Crime Panel (Item 45)"
_ITEM_PAGE_NUMBER = re.compile(r"^[ \t]*meeting\s*:.*\(\s*item\s+(\d{1,3}[a-z]?(?:\.\d{1,2})?)\s*\)",
                               re.I | re.M)


def classify(part_text: str) -> str:
    """agenda, minutes or report, from the words a part opens with."""
    head = part_text[:3000]
    first_lines = "\n".join([line for line in head.split("\n") if line.strip()][:6])
    if re.search(r"^[ \t]*Minutes:[ \t]*$", part_text, re.M):
        return "minutes"
    if re.search(r"^[ \t#*]*MINUTES[ \t*]*$", head[:800], re.M) or \
            re.search(r"^[ \t#*]*minutes\s+of\b", first_lines, re.I | re.M):
        return "minutes"
    if re.search(r"^[ \t#*]*agenda(?:[ \t*]*$|[ \t]+1\.?[ \t]+[A-Z])", head, re.I | re.M):
        return "agenda"
    # a report says what it is at the top; minutes and agendas mention reports further down,
    # and a meeting page lists them under its items table ("Report of the Commissioner")
    if _REPORT_OPENING.search(head[:1500]) and not hd.ITEM_TABLE_HEADER.search(head[:1500]):
        return "report"
    recorded = len(_RECORDED.findall(part_text))
    if item_headings([line for _, line in hd.virtual_lines(part_text)]):
        if recorded >= 2 or (recorded and not _AGENDA_HEADING.search(head)):
            return "minutes"
        return "agenda"
    # minutes cut to their first item: who was present, and what the meeting recorded; or a
    # stored page cut above its header, whose text records what the meeting did, again and again
    if (_ATTENDANCE.search(head) and recorded >= 2) or \
            (recorded >= MINUTES_RECORDS and _MEETING_RECORD.search(part_text)):
        return "minutes"
    return "report"


def _doc_type(parts: list[Part], text: str = "") -> str:
    kinds = [part.kind for part in parts]
    if len(parts) == 1 and _ITEM_PAGE.match(text):
        return "item"  # a council's page for one agenda item ("Agenda item" / its title)
    if len(set(kinds)) > 1:
        return "agenda pack"
    return kinds[0]


_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$|^\s*-\s*\d{1,4}\s*-\s*$",
                          re.I)


def page_furniture(doc: Document) -> set[int]:
    """Offsets of the page-number lines at the top or foot of each page.

    A PDF's "3" at the foot of page 3 looks like a bare item number; pages
    numbered 1, 2, 3 ... must not be read as a run of agenda items.
    """
    found = set()
    bounds = doc.page_starts + [len(doc.text)]
    for start, end in zip(bounds, bounds[1:]):
        lines, position = [], start
        for line in doc.text[start:end].split("\n"):
            if line.strip():
                lines.append((position, line))
            position += len(line) + 1
        for offset, line in lines[:1] + lines[-1:]:
            if _PAGE_NUMBER.match(line):
                found.add(offset)
    return found


def _numbered_items(text: str, part: Part, furniture: AbstractSet[int] = frozenset()
                    ) -> tuple[list[int], list[hd.Heading]]:
    """Line offsets and headings of the part's numbered (or titled) agenda items."""
    pairs = hd.virtual_lines(text[part.start:part.end], part.start)
    offsets = [offset for offset, _ in pairs]
    lines = ["" if offset in furniture else line for offset, line in pairs]
    return offsets, item_headings(lines)


def item_headings(lines: list[str]) -> list[hd.Heading]:
    """The headings that open a part's items, by the strongest mark the part prints: the rows
    of an item table, a run of numbers (or one minute numbering its paragraphs), labelled or
    listed titles, or titles in capitals."""
    rows = table_rows(lines)
    if rows:
        return rows
    candidates = hd.find_headings(lines)
    return hd.best_sequence(candidates) or hd.minute_with_paragraphs(lines, candidates) \
        or hd.listed_titles(lines) or hd.unnumbered_headings(lines)


def _layout_items(doc: Document, part: Part) -> list[Item]:
    """Items where the page's structure marks them (a web page's item table)."""
    marked = [entry for entry in doc.layout_items if part.start <= entry[0] < part.end]
    ends = [offset for offset, _, _ in marked[1:]] + [part.end]
    return [_item(doc, part, number, clean_title(title) or "(untitled)", offset, end)
            for (offset, number, title), end in zip(marked, ends)]


def _split_numbered(doc: Document, part: Part, furniture: AbstractSet[int]) -> list[Item]:
    offsets, chain = _numbered_items(doc.text, part, furniture)
    if not chain:  # one item: minutes of one subject
        return [_single_item(doc, part, part.number_hint)]
    starts = [offsets[h.line_index] + _indent(doc.text, offsets[h.line_index]) for h in chain]
    ends = starts[1:] + [part.end]
    return [_item(doc, part, h.number or None, h.title or "(untitled)", start, end)
            for h, start, end in zip(chain, starts, ends)]


def _item_page(doc: Document, part: Part) -> Item:
    """A council's page for one agenda item is that item, whatever its minutes number inside
    ("(1)", "Item 5 - report"): its title is the page's, its number the meeting line's."""
    marked = _ITEM_PAGE_NUMBER.search(doc.text, part.start, min(part.end, part.start + 3000))
    return _single_item(doc, part, marked.group(1) if marked else part.number_hint)


def _single_item(doc: Document, part: Part, number: str | None) -> Item:
    """The whole part as one item, titled by its first title line."""
    start, title = _title_line(doc.text, part)
    own = [h for h in hd.find_headings(doc.text[start:start + 600].split("\n")[:2]) if h.score > 0]
    if own and own[0].line_index == 0:  # "45. Police and Crime Plan" as the page title
        number, title = number or own[0].number, own[0].title
    return _item(doc, part, number, title, start, part.end)


def _report_item(doc: Document, part: Part, listing: list[hd.Heading]) -> Item:
    body = doc.text[part.start:part.end]
    subject = _SUBJECT.search(body[:3000])
    title = tidy_title(subject.group(1)) if subject else _title_line(doc.text, part)[1]
    inline = _INLINE_ITEM_MARK.search(body[:_MIN_PART_GAP])
    number = part.number_hint or (inline.group(1) if inline else None) or _match_listing(title, listing)
    return _item(doc, part, number, title, part.start, part.end)


# a line that is a sentence, not a title: "The Police and Crime Commissioner for Nottinghamshire
# is Caroline Henry." (a full stop after six words or more, with a verb of being or having)
_A_SENTENCE = re.compile(r"^(?=(?:\W*\S+\s+){5})[^\n]*\b(?:is|are|was|were|has|have|had|will)\b[^\n]*\.\s*$")


def _title_line(text: str, part: Part) -> tuple[int, str]:
    """Offset and text of the first line in a part that reads as its title."""
    position = part.start
    for line in text[part.start:part.start + 3000].split("\n"):
        candidate = clean_title(line)
        if candidate and not _GENERIC_LINE.search(candidate) and title_score(candidate) \
                and len(candidate) > 3 and not _REPORT_HEADER.match(line) and not _A_SENTENCE.match(line):
            return position + _indent(text, position), tidy_title(candidate)
        position += len(line) + 1
    return part.start, "(untitled)"


def _match_listing(title: str, listing: list[hd.Heading]) -> str | None:
    """The agenda number whose listed title best matches a report's subject."""
    words = _content_words(title)
    best, best_overlap = None, 0.0
    for entry in listing:
        entry_words = _content_words(entry.title)
        if words and entry_words:
            overlap = len(words & entry_words) / min(len(words), len(entry_words))
            if overlap > best_overlap:
                best, best_overlap = entry.number, overlap
    return (best or None) if best_overlap >= 0.6 else None


def _content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("&", " and "))
    return {w.rstrip("s") for w in words if w not in {"and", "the", "of", "to", "for", "a", "in"}}


def _indent(text: str, offset: int) -> int:
    """Characters of leading space on the line at offset (items start at their words)."""
    match = re.match(r"[ \t]*", text[offset:offset + 200])
    return match.end() if match else 0


def _item(doc: Document, part: Part, number: str | None, title: str, start: int,
          end: int) -> Item:
    while start < end and doc.text[start].isspace():
        start += 1
    return Item(number=number, title=title, text=doc.text[start:end].rstrip(), panel=doc.panel,
                meeting_date=part.meeting_date, doc_type=doc.doc_type, page=doc.page_at(start),
                start=start, end=end)
