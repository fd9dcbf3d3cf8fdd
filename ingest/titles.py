"""Item titles: where a heading's title ends and the item's text begins, and whether a line
reads as a title at all.

Councils print a title alone on its line, but stored pages, table cells and one-line
PDF text run it on into a description or the minutes themselves ("Declarations of
Interest There were none."); these functions find where it ends.
"""

from __future__ import annotations

import re

from .words import MONTHS

_PAGES = r"\d{1,3}\s*[-\u2013]\s*\d{1,3}"  # an agenda's page range: "11 - 20"
# where a title printed on one line with its text ends: a sentence, or paragraph "1.1"
_TITLE_END = re.compile(r"(?<=[a-z)\d])\.\s+(?=[A-Z0-9(])|\s+\d{1,2}\.\d{1,2}\s|\s{3,}|"
                        r"\s" + _PAGES + r"(?:\s|$)|"  # a page range interleaved in PDF text
                        r"\s*\(Pages?\s+[\d\s,\u2013-]+\)\s*")  # "Minutes (Pages 5 - 16) To confirm ..."
_SUB_MARKER = re.compile(r"^(?:[ivx]{1,4}\)|\([a-z]\)|\([ivx]{1,4}\)|[a-z]\))\s*")
_INLINE_SUB_MARKER = re.compile(r"\s+(?:[ivx]{1,4}\)|\([a-z]\)|\([ivx]{1,4}\))\s")
_TITLE_NOISE = [
    re.compile(r"\s*pdf icon\s*PDF\s*[\d.]+\s*[KM]B.*$", re.I),
    re.compile(r"\s*\bPDF\s*[\d.]+\s*[KM]B\s*$"),
    re.compile(r"\s*\(Pages?\s*[\d\s,\u2013-]+\)\s*$", re.I),
    re.compile(r"\s*\(to\s+follow\)\s*$", re.I),  # a paper not yet published when the agenda went out
    # a page range after an agenda title, whole or cut where one-line PDF text is parted
    re.compile(r"\s+\d{1,3}\s*[-\u2013]\s*(?:\d{1,3}\s*)?$"),
]
_STOPWORDS = {"a", "an", "and", "the", "of", "to", "in", "on", "for", "at", "by", "with", "or",
              "from", "as", "is", "was", "be", "that"}


_MONTHS = set(MONTHS)  # in full or short: "Feb 13 2015" dates a news page, it is no title


def clean_title(raw: str) -> str:
    title = raw.replace("|", "\t").replace("**", "").replace("__", "").strip(" \t#*_")
    title = _SUB_MARKER.sub("", title).strip()
    title = title.split("\t")[0].strip()
    title = _INLINE_SUB_MARKER.split(title)[0].strip()
    for noise in _TITLE_NOISE:
        title = noise.sub("", title)
    return title.strip(" :.\u2013\u2014-").strip()


def title_score(title: str) -> float:
    """2 for a title, 1 for a short line that may be one, 0 for a sentence or fragment."""
    words = re.findall(r"[A-Za-z][\w'&/-]*|\d[\w/.]*", title)
    if not any(word[0].isalpha() for word in words) or len(title) > 150 or len(words) > 18:
        return 0  # ("1" from "3.1 The Chair ...": numbers alone are no title)
    first_alpha = next((ch for ch in title if ch.isalpha()), "")
    if first_alpha and not first_alpha.isupper():
        return 0
    if title.lower().startswith(("that ", "note ", "noted ")) or words[-1].lower() in _STOPWORDS:
        return 0
    if title.endswith((",", ";")) or words[0].lower() in _MONTHS:
        return 0
    ratio = capitalised_share(title)
    if len(words) > 10 and ratio < 0.4:
        return 0
    return 2 if (ratio >= 0.5 or len(words) <= 5) else 1


def capitalised_share(title: str) -> float:
    """The share of a title's content words (not "of", "the" ...) that open with a capital."""
    words = re.findall(r"[A-Za-z][\w'&/-]*", title)
    content = [w for w in words if w.lower() not in _STOPWORDS]
    return sum(1 for w in content if w[0].isupper()) / len(content) if content else 1.0


CAPS_RUN_ON_WORDS = 6  # a title in capitals goes on into this many words in mixed case: its text
ACRONYM_CHARS = 4  # "PCC", "CCTV": a word this short in capitals may be an acronym
_SENTENCE_OPENERS = {"The", "A", "An", "This", "These", "There", "It"}


# A title in capitals wrapped past the page-range column of PDF text: "PANEL 11 - 20
# ARRANGEMENTS Report of ...": its last words come after the range
# (a few words: a longer run in capitals is the next line, a footer of the host's member
# councils "BOLTON MANCHESTER ROCHDALE ...")
_WRAPPED_CAPS = re.compile(r"(\b[A-Z][A-Z,&'-]+) (\d{1,3} ?[-\u2013] ?\d{1,3}) "
                           r"((?:[A-Z][A-Z&'-]+ ){0,3}[A-Z][A-Z&'-]+)(?= [A-Z][a-z]| ?$)")


# A title wrapped past the page-range column of PDF text goes on after the range, to the
# end of its line or entry: "... Commissioner for 9 - 10 Gwent.", "Tackling 95 - 104 Crime and
# ASB", "Priority Crime Types 71 - 84 and those local areas most affected by Crime"
_RANGE_THEN_TAIL = re.compile(r"\s(" + _PAGES + r")\s+(\S.*?)(?:\s+Page\s+\d+\s+of\s+\d+)?$")
TAIL_WORDS = 4  # a wrapped tail in capitals is this short: a longer one is the item's description
_TAIL_OPENERS = {"To", "Report", "Reports", "Presentation", "Verbal", "Copy", "Attached", "Page"}


def _wrapped_tail(title: str, line: str) -> str:
    """The title with its wrapped tail put back before the page range that split it; the tail
    ends its line (`line`, as printed) and the whole still reads as a title."""
    match = _RANGE_THEN_TAIL.search(title)
    if not match:
        return title
    tail = match.group(2).rstrip(" .")
    printed = _RANGE_THEN_TAIL.search(" ".join(line.split()).rstrip(" ."))
    if not printed or printed.group(2).rstrip(" .") != tail:
        return title  # the line goes on past it: "Complaints Update 109 - 116 Notes (a) Members ..."
    words = tail.split()
    runs_on = tail[:1].islower() and len(words) <= 3 * TAIL_WORDS and not re.search(r"[.;:,]", tail)
    ends = len(words) <= TAIL_WORDS and not re.search(r"[.;:,()]", tail) \
        and words[0] not in _TAIL_OPENERS | _SENTENCE_OPENERS \
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _STOPWORDS for w in words)
    whole = f"{title[:match.start()]} {tail}"
    if not (runs_on or ends) or not title_score(whole):
        return title
    return f"{whole} {match.group(1)}"


def cut_title(line: str) -> str:
    """The title a heading line prints (cleaned); printed on one line with the item's text,
    only the title."""
    title = clean_title(line)
    if not title:
        return title
    title = _wrapped_tail(_WRAPPED_CAPS.sub(r"\1 \3 \2", " ".join(title.split())), line)
    head, *rest = _TITLE_END.split(title, maxsplit=1)
    words = head.strip(" .:").split()
    # one-line PDF text runs its titles into their minutes: "BEREAVEMENT The Chairman ...",
    # "Declarations of Interest There were none."
    end = _caps_title_end(words)
    if end is None and (rest or re.search(r"[a-z\d)]\.\s*$", line)):
        end = _sentence_start(words)
    if end is None and title_score(" ".join(words)) == 0:
        end = _title_case_end(words)
    # "491 MINUTES - Resolved - That ...": the dash that joined title and text goes with the text
    return " ".join(words[:end] if end else words).rstrip(" -\u2013\u2014:")


# Where a title run on into its row of a meeting page's item table ends: its file's size,
# or the labels the page prints after it
_ROW_TITLE_END = re.compile(r"\s+(?:(?:pdf\s+icon\s*)?PDF\s*[\d.]+\s*[KM]B\b|"
                            r"(?:additional|supporting)\s+documents\s*:|minutes\s*:|decision\s*:)", re.I)


def row_title(cell: str) -> str:
    """The title at the head of a table cell that runs on into the item's description and
    minutes: "Declarations of interest Additional documents: Minutes: None were made."."""
    cell = " ".join(cell.split())  # one space apart: no long run of spaces to backtrack over
    head = clean_title(_ROW_TITLE_END.split(cell + " ", maxsplit=1)[0])
    words = _TITLE_END.split(head, maxsplit=1)[0].strip(" .:").split()
    end = _caps_title_end(words) or _sentence_start(words)
    return " ".join(words[:end] if end else words)


def _title_case_end(words: list[str]) -> int | None:
    """Where a title in title case gives way to a description, in one-line PDF text: at the
    capitalised word that opens the description ("Declarations of Interest | Members and
    officers must declare ...", "Urgent Matters | Items not on the agenda ..."). A sentence
    whose capitalised subject runs on in lower case ("Her Majesty's Inspectorate (HMIC) issue
    ...") is no title."""
    if len(words) <= 8 or words[0] in _SENTENCE_OPENERS:
        return None
    end = next((i for i, word in enumerate(words)
                if not (word[:1].isupper() or word[:1] in "&(" or word.lower() in _STOPWORDS)), 0)
    while end and words[end - 1].lower() in _STOPWORDS:
        end -= 1
    opener = end - 1  # the description's first word, capitalised as a sentence starts
    return opener if opener >= 2 and words[opener][:1].isupper() else None


def _caps_title_end(words: list[str]) -> int | None:
    """Where a title in capitals gives way to a sentence in mixed case, if it does."""
    mixed = next((i for i, word in enumerate(words) if re.search(r"[a-z]", word)), len(words))
    if mixed > 1 and words[mixed - 1] in ("A", "I"):
        mixed -= 1  # the text's first word: "WELCOME A welcome was extended ..."
    # a lone acronym opens a title in mixed case ("PCC Verbal Update of the Impact ..."), it is
    # not a title in capitals
    acronym = mixed == 1 and len(words[0]) <= ACRONYM_CHARS
    if mixed and not acronym and len(words) - mixed >= CAPS_RUN_ON_WORDS \
            and re.search(r"[A-Z]{3}", " ".join(words[:mixed])):
        return mixed
    return None


# Verbs a minute's first sentence turns on: "Apologies were received", "The Chair welcomed"
_MINUTE_VERBS = {"were", "was", "had", "has", "have", "is", "are", "will", "would", "noted", "received",
                 "welcomed", "presented", "reported", "asked", "advised", "confirmed", "agreed",
                 "explained", "referred", "introduced", "thanked", "declared", "considered"}


def _sentence_start(words: list[str]) -> int | None:
    """Where a title in title case gives way to the sentence it runs into: "The", "There" and
    the like after a capitalised word or number, or a capitalised word before a verb that opens
    a minute ("Absence Apologies were received"); a title written as a sentence ("To note any
    items which the Chair has agreed ...") runs on in lower case and is never cut."""
    for i in range(1, len(words) - 1):
        if words[i - 1][:1].islower():
            continue
        if words[i] in _SENTENCE_OPENERS or (words[i] == "To" and words[i + 1].islower()):
            return i  # "... The Chair", "Apologies To receive any apologies"
        if words[i][:1].isupper() and words[i + 1] in _MINUTE_VERBS:
            return i - 1 if i > 1 and words[i - 1] in _SENTENCE_OPENERS else i
    return None


def unfinished(title: str) -> bool:
    words = title.split()
    return bool(words) and (words[-1].lower() in _STOPWORDS or title.endswith(("(", "&", "-")))


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
