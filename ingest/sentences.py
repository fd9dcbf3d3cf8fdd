"""Split a passage into sentences that stay verbatim substrings of it."""

from __future__ import annotations

import re

from .words import FILE_ICON, PANEL_WORDS

# A line that opens by naming the panel and does not end like a sentence is a paper's title or
# letterhead ("North Yorkshire Police, Fire and Crime Panel - Monday, 5th February, 2024");
# a statement that names it further on is not ("To co-opt ... as members of the X Panel"), nor
# one that says things of its own before naming it ("Councillors A and B had attended the
# annual national conference for Police & Crime Panels")
_PANEL_TITLE = re.compile(r"^(.{0,80}?)" + PANEL_WORDS + r"(?!.*[.!?][\"'\u201d\u2019)]?$)", re.I | re.S)
TITLE_WORDS_IN_LOWER_CASE = 2  # "Minutes of the meeting of the X Panel": a title's own words

# Page breaks often fall mid-sentence: a line that goes on in lower case continues it.
_BOUNDARY = re.compile(
    r"(?<=[.!?;:])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9\u00a3])"  # sentence end
    r"|\t+"  # table cell
    # a line break, unless the sentence goes on in lower case; a lettered point ("b) The Panel
    # agrees", "(ii) that") starts a new one
    r"|[ ]*\n\s*(?=\(?[a-z]{1,4}\)\s|[^a-z\s])"
    # a numbered paragraph, run on after a heading in one-line PDF text ("... 2016/17 5.1 The
    # Commissioner"), not a reference to one ("see paragraph 4.2 The ...")
    r"|(?<![Pp]aragraph)(?<![Pp]ara)(?<![Ss]ection)(?<![Aa]ppendix)(?<![Ii]tem)(?<![Mm]inute)"
    r"\s+(?=\d{1,2}\.\d{1,2}\s+[A-Z])")
_LEAD = re.compile(r"^[\s\-\u2013\u2022\u00b7\u25e6\u00a7*>|#]*(?:\(?[a-z0-9]{1,3}[.)]\s+)?")
# A full stop after an initial or a title does not end a sentence ("Councillor L. Jones said",
# "Mr. I. Johnston"), except after a lettered reference ("set out at Appendix A. The ...") or
# at the end of a line ("... at Annexes A, B and C.")
_NAME_STOP = re.compile(r"(?:^|[\s(.,])(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|Cllrs|[Nn]o|[Pp]ara)\.$")
_LETTERED_REFERENCE = re.compile(r"\b(?:appendix|appendices|annex|annexe|annexes|schedule|section|part|"
                                 r"table|option|band|grade|plan|phase|category|tier|stage|level|figure)"
                                 r"\s+[A-Z]\.$", re.I)
# "RESOLVED: That ...", "Agreed: the Panel ...": the label is the sentence's first word
_OUTCOME_LABEL = re.compile(r"\b(?:resolved|agreed|decided|decision|resolution)\s*:$", re.I)
# A front sheet's covering letter ("Dear Sir/Madam"), or its contact line: a phone number or
# e-mail address (or the "[email protected]" an archive leaves of one) among names and posts,
# with no word in lower case to say anything ("Jo Bloggs, Democratic Services (01234 567890)")
_LETTER = re.compile(r"\bdear\s+(?:sir|madam|councillor|member|colleague)", re.I)
_CONTACT = re.compile(r"\(?\b0\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,5}\b|\S@\S|\[email\s+protected\]", re.I)
_STATEMENT_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]{3,}")
# An attendance list names members with their councils or roles in brackets: "Chris Aldred
# (North Yorkshire Council), Lindsay Burr MBE (North Yorkshire Council), ..."
_MEMBER_OF = re.compile(r"\([^()]*\b(?:Council|Borough|District|Independent|Co-opted|Chair|Vice[- ]Chair)\b"
                        r"[^()]*\)")
_ROLL = re.compile(r"\b(?:Council|Borough|District|County)\b")
_LABEL_END = re.compile(r":\s*[-\u2013\u2014]?$")  # "the following minutes: -" introduces a list
# ... but a whole statement that brings in its list says something of its own ("RESOLVED: To
# approve the Minutes of the meeting held on 27 January 2022 subject to the following amendments:")
INTRODUCING_WORDS = 12
ATTENDANCE_MEMBERS = 2  # members listed with their council: an attendance list, not a statement
ROLL_COUNCILS = 3  # councils named in a line with nothing said: a roll ("Council Chamber, County Hall" is 2)
MIN_CHARS = 25
MAX_CHARS = 500
MIN_WORDS = 6  # shorter lines are headings and labels, not answers


def sentences(text: str, ends_whole: bool = False) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; bullets and list markers trimmed, text otherwise untouched.

    A chunk may begin or end mid-sentence (windows overlap): such fragments are left
    out, since the neighbouring chunk holds the whole sentence. `ends_whole` says the text
    ends where its item does: no other chunk holds more of its last line.
    """
    out, start = [], 0
    for match in [*_boundaries(text), None]:
        end = match.start() if match else len(text)
        lead = _LEAD.match(text[start:end])
        offset = start + (lead.end() if lead else 0)
        sentence = text[offset:end].strip()
        # minutes list what was said as bullets in lower case ("· that the figures showed ...")
        bulleted = bool(lead and lead.group(0).strip())
        cut_at_end = match is None and not ends_whole and not re.search(r"[.!?;:)\"'\u201d\u2019]$", sentence)
        cut_at_start = start == 0 and sentence[:1].islower() and not bulleted
        if not (cut_at_end or cut_at_start):
            out += [(text.find(clause, offset), clause) for clause in _clauses(sentence)
                    if _says_something(clause)]
        start = match.end() if match else len(text)
    return out


# On a meeting page the minutes follow an item's agenda text under their label: what the
# agenda said would be done, then what was
_MINUTES_LABEL = re.compile(r"\s*(?:Additional documents:\s*)?Minutes:\s*", re.I)


def follows_on(between: str) -> bool:
    """Whether a sentence goes straight on from the one before: nothing but space or a list
    marker lies between them, or the label that opens an item's minutes; no heading or other
    label that starts another part."""
    return bool(_LEAD.fullmatch(between) or _MINUTES_LABEL.fullmatch(between))


def _boundaries(text: str) -> list[re.Match]:
    """Where one sentence ends and the next begins: not at an initial or title on its line,
    nor after an outcome's label ("RESOLVED: That the Panel ..."), nor at a semicolon or colon
    inside brackets ("the priorities (Improving Public Confidence; Anti-Racism Action Plan)")."""
    return [m for m in _BOUNDARY.finditer(text) if "\n" in m.group(0) or not (
        _after_name(text, m.start()) or _OUTCOME_LABEL.search(text, max(0, m.start() - 20), m.start())
        or _in_brackets(text, m.start()) or _after_numbered_label(text, m.start()))]


def _line_before(text: str, position: int) -> str:
    """The text of `position`'s line up to it."""
    return text[text.rfind("\n", 0, position) + 1:position]


def _in_brackets(text: str, position: int) -> bool:
    if text[position - 1:position] not in (";", ":"):
        return False
    line = _line_before(text, position)
    return line.count("(") > line.count(")")


# A numbered label opening a line is part of what it labels: "Pillar 1: Fighting Crime,
# Proactive Policing", "Option B: a shared control room"; a paper's own parts ("Item 7:",
# "Appendix A:") head what follows instead
_NUMBERED_LABEL = re.compile(r"^(?!(?:Item|Minute|Agenda|Page|Part|Section|Appendix|Annex|Annexe|Table|"
                             r"Figure|Chart|Paragraph|Schedule)\b)[A-Z][a-z]{2,}\s+(?:\d{1,2}|[A-Z])\s*:$")


def _after_numbered_label(text: str, position: int) -> bool:
    line = _line_before(text, position)
    lead = _LEAD.match(line)
    return bool(_NUMBERED_LABEL.match(line[lead.end() if lead else 0:]))


def _after_name(text: str, position: int) -> bool:
    before = text[max(0, position - 40):position]  # the few words before a full stop
    return bool(_NAME_STOP.search(before)) and not _LETTERED_REFERENCE.search(before)


def _clauses(sentence: str) -> list[str]:
    """A sentence too long to quote is quoted by its clauses ("...; and secondly ...")."""
    if len(sentence) <= MAX_CHARS:
        return [sentence]
    return [clause.strip() for clause in re.split(r"(?<=;)\s+", sentence)]


def _names_the_panel_as_title(line: str) -> bool:
    title = _PANEL_TITLE.match(line)
    return title is not None and len(_STATEMENT_WORD.findall(title.group(1))) <= TITLE_WORDS_IN_LOWER_CASE


def _says_something(sentence: str) -> bool:
    # "Link to Police and Crime Plan:" introduces, not says; a file's link line says nothing
    words = len(re.findall(r"[A-Za-z]{2,}|\d[\d,.]*%?", sentence))
    introduces = bool(_LABEL_END.search(sentence)) and words < INTRODUCING_WORDS
    label = introduces or bool(FILE_ICON.search(sentence) or _names_the_panel_as_title(sentence))
    # a line of five words may be a heading; ended with a full stop it is a statement
    ended = bool(re.search(r"[.!?][\"'\u201d\u2019)]?$", sentence))
    # a heading in capitals, however long, or in title case ("Appointment of Chairperson and
    # Deputy Chair"): no word of its own in lower case says anything; a labelled point in title
    # case says what it labels ("Pillar 1: Fighting Crime, Proactive Policing", "Protecting
    # People at Risk and Harm – Cllr Andrew Kerby")
    title_case = not _STATEMENT_WORD.search(sentence) and not re.search(r"[^\w\s'\u2019&-]", sentence)
    if not ended and (sentence.upper() == sentence or title_case):
        return False
    if _LETTER.search(sentence) or (_CONTACT.search(sentence) and not _STATEMENT_WORD.search(sentence)):
        return False
    if len(_MEMBER_OF.findall(sentence)) >= ATTENDANCE_MEMBERS:
        return False
    # ... or run together from a PDF's columns, names and councils with no word in lower case to
    # say anything ("Whippy Eastbourne City Council Borough Council Cllr Michael Jones")
    if not _STATEMENT_WORD.search(sentence) and len(_ROLL.findall(sentence)) >= ROLL_COUNCILS:
        return False
    return MIN_CHARS <= len(sentence) <= MAX_CHARS and not label \
        and words >= MIN_WORDS - ended
