"""Which Police and Crime Panel a text is about, from a gazetteer of every panel.

`data/panels.json` lists each panel of England and Wales with its force, short
forms ("Herts", "Cumbrian", "mid and west Wales"), places, host and member
councils and usual venues. Papers often print only "Police and Crime Panel" in
their header and name their area in the body (a constabulary, a council, a
venue); questions call panels by the same words. A text that never lets its
area be told gets no panel, not a guess.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HEADER_CHARS = 1500  # a paper's title, masthead and header fit in its first lines
BODY_CHARS = 30000  # attendance, apologies and venue come early; the rest adds only cost

# What each kind of mention is worth as evidence of the paper's own panel.
# Naming the panel itself is near-certain; a force or commissioner "for X" is
# strong; a council, venue or town may be a member council or a passing mention.
_WEIGHTS = {"panel": 20, "force": 5, "name": 3, "venue": 4, "council": 3, "place": 1}
_HEADER_BONUS = 2  # mentions in the header count double
_MIN_SCORE = 3  # below this, a single passing mention: no panel


@dataclass(frozen=True)
class Panel:
    name: str  # short name used throughout ("Avon and Somerset")
    official: str
    force: str
    aliases: tuple[str, ...]
    places: tuple[str, ...]
    councils: tuple[str, ...]
    venues: tuple[str, ...]


@dataclass
class Mention:
    panel: str
    kind: str  # panel | force | name | venue | council | place
    text: str
    offset: int
    end: int


@dataclass
class PanelReading:
    panel: str | None
    evidence: str | None  # e.g. "header names 'Gwent Police and Crime Panel'"


@functools.lru_cache(maxsize=1)
def panels() -> tuple[Panel, ...]:
    data = json.loads((Path(__file__).parent / "data" / "panels.json").read_text(encoding="utf-8"))
    return tuple(Panel(p["name"], p["official"], p["force"], tuple(p["aliases"]),
                       tuple(p["places"]), tuple(p["councils"]), tuple(p["venues"]))
                 for p in data["panels"])


_SEPARATOR, _AND = "\x00sep", "\x00and"  # trie units other than a literal character


def _units(term: str) -> list[str]:
    """A term as the matcher reads it: its characters (lower case), words separated by any
    run of spaces or hyphens, "&" and "and" interchangeable."""
    units: list[str] = []
    for position, word in enumerate(re.split(r"[\s-]+", term.strip())):
        if position:
            units.append(_SEPARATOR)
        units.extend([_AND] if word in ("&", "and") else list(word.lower()))
    return units


def _trie_pattern(terms: list[str]) -> str:
    """One regular expression for every term, as a character trie: shared beginnings are
    tried once (a plain alternation of ~2,000 terms tried each at every word start took
    0.1 s per paper; this is about 40 times faster and matches the same). A longer term
    is tried before the shorter one it extends ("North East Lincolnshire" vs "North")."""
    trie: dict = {}
    for term in terms:
        node = trie
        for unit in _units(term):
            node = node.setdefault(unit, {})
        node[""] = {}  # a term ends here

    def render(node: dict) -> str:
        branches = [{_SEPARATOR: r"[\s-]+", _AND: r"(?:&|and)"}.get(unit, re.escape(unit)) + render(child)
                    for unit, child in node.items() if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(branches) == 1 else body + "?"

    return render(trie)


def _terms() -> list[tuple[str, str, str]]:
    """(term, panel, kind) for every way the gazetteer lets a text name a panel."""
    out = []
    suffixes = {"panel": ("Police and Crime Panel", "Police, Fire and Crime Panel"),
                "force": ("Police", "Constabulary", "Police and Crime Commissioner",
                          "Police, Fire and Crime Commissioner", "PCC", "OPCC")}
    for p in panels():
        names = (p.name, *p.aliases)
        out.append((p.official, p.name, "panel"))
        out += [(f"{n} {s}", p.name, "panel") for n in names for s in suffixes["panel"]]
        out.append((p.force, p.name, "force"))
        out += [(f"{n} {s}", p.name, "force") for n in names for s in suffixes["force"]]
        out += [(f"Commissioner for {n}", p.name, "force") for n in names]
        out += [(c, p.name, "council") for c in p.councils]
        out += [(v, p.name, "venue") for v in p.venues]
        out += [(n, p.name, "name") for n in names]
        out += [(pl, p.name, "place") for pl in p.places]
    return out


@functools.lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern, dict[str, tuple[str, str, bool]]]:
    """Every term in one pattern (see `_trie_pattern`), and what each names."""
    terms: dict[str, tuple[str, str, bool]] = {}
    for term, panel, kind in _terms():
        terms.setdefault(_flat(term), (panel, kind, term[:1].islower()))
    originals = sorted({term for term, _, _ in _terms()}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + _trie_pattern(originals) + r")(?!\w)", re.I)
    return pattern, terms


def _flat(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("&", "and"))


def mentions(text: str, all_lower: bool = False) -> list[Mention]:
    """Every gazetteer term named in the text, longest match first, in order. `all_lower`:
    the text is typed without capitals, so an area's name in lower case ("herts") is one."""
    pattern, terms = _matcher()
    found = []
    for match in pattern.finditer(text):
        words = match.group(1)
        entry = terms.get(_flat(words))
        if entry is None:
            continue
        # a place or name in lower case is an ordinary word ("bath", "avon"), not the area,
        # unless nothing in the text is capitalised (then only a town stays ambiguous)
        panel, kind, written_lower = entry
        if words[:1].islower() and not written_lower and kind != "force" \
                and not (all_lower and kind != "place"):
            continue
        if kind in ("place", "name") and _PERSON_TITLE.search(text[max(0, match.start() - 40):match.start()]):
            continue  # "Councillor Preston", "Mr Kent", "Councillor Derek Poole": a person, not the area
        found.append(Mention(panel, kind, " ".join(words.split()), match.start(), match.end()))
    return found


_PERSON_TITLE = re.compile(r"\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+"
                           r"(?-i:(?:[A-Z][a-z]+\s+|[A-Z]\.?\s+){0,2})$", re.I)


def read_panel(text: str, file_name: str = "") -> PanelReading:
    """The panel a paper is about: header first, then the body's force, councils and venues;
    when the text never tells, the panel its file is named after ("kent-pcp-minutes.pdf")."""
    reading = _panel_of_text(text)
    return reading if reading.panel else _panel_of_file_name(file_name)


def _panel_of_file_name(file_name: str) -> PanelReading:
    """The one panel a file's name names by its area, alias or council. A place is not
    enough: a file may be named after its venue's town or its subject."""
    words = re.sub(r"[_.]+", " ", file_name)
    named = {m.panel for m in mentions(words, all_lower=True) if m.kind != "place"}
    if len(named) != 1:
        return PanelReading(None, None)
    panel = named.pop()
    return PanelReading(panel, f"file name '{file_name}' names {panel}")


# "Venue: Town Hall, Moorgate Street, Rotherham": a panel meets in its own area, so the town
# of a labelled venue line is read as a venue, not a passing place
_VENUE_LINE = re.compile(r"^[ \t]*venue\b.*$", re.I | re.M)


def _panel_of_text(text: str) -> PanelReading:
    votes: Counter[str] = Counter()
    best_evidence: dict[str, tuple[int, str]] = {}
    body = text[:BODY_CHARS]
    venue_lines = [(line.start(), line.end()) for line in _VENUE_LINE.finditer(body)]
    for mention in mentions(body):
        in_header = mention.offset < HEADER_CHARS
        kind = "venue" if mention.kind == "place" and any(
            start <= mention.offset < end for start, end in venue_lines) else mention.kind
        weight = _WEIGHTS[kind] * (_HEADER_BONUS if in_header else 1)
        votes[mention.panel] += weight
        where = "header" if in_header else "text"
        evidence = f"{where} names {kind} '{mention.text}'"
        if weight > best_evidence.get(mention.panel, (0, ""))[0]:
            best_evidence[mention.panel] = (weight, evidence)
    if not votes:
        return PanelReading(None, None)
    (panel, score), *rest = votes.most_common(2)
    runner_up = rest[0][1] if rest else 0
    if score < _MIN_SCORE or score < 1.5 * runner_up:
        return PanelReading(None, None)
    return PanelReading(panel, best_evidence[panel][1])


def question_mentions(question: str) -> list[Mention]:
    """`mentions` in a question, which may be typed without capitals. Once the question names
    a panel by its area, force, council or venue, a town of another area is a place in the
    story, not a second panel: Ely in "the South Wales reports on the Ely disorder" is Cardiff's,
    not Cambridgeshire's."""
    found = _typed_mentions(question)
    asked_of = _asked_of(question, found)
    if asked_of:  # "What did the Bedfordshire panel say about the Warwickshire Hunt?"
        return [m for m in found if m.panel in asked_of]
    named = {m.panel for m in found if m.kind != "place"}
    return [m for m in found if m.kind != "place" or not named or m.panel in named]


# "the Bedfordshire panel", "the Merthyr-hosted panel", "Kent's Police and Crime Panel", "the
# Kent and Essex panels": an area written as the panel's own name
_PANEL_NOUN = re.compile(r"(?:-[a-z]+)?(?:'s)?\s+(?:police,?\s+(?:fire\s+and\s+)?(?:and\s+)?crime\s+)?"
                         r"(?:panels?|pcp|pfcp)\b", re.I)
_JOINED = re.compile(r"\s*(?:,|and|or|&)\s*(?:the\s+)?", re.I)


def _asked_of(question: str, found: list[Mention]) -> set[str]:
    """The panels a question names as the body it asks of ("the Bedfordshire panel"), not as a
    place or thing in its story ("the Warwickshire Hunt", "the Staffordshire Commissioner").
    Once it names one so, the other areas it names are in the story."""
    asked: set[str] = set()
    run: list[Mention] = []  # areas joined by "and" or commas ("the Kent and Essex panels")
    for at, mention in enumerate(found):
        run.append(mention)
        if mention.kind == "panel" or _PANEL_NOUN.match(question, mention.end):
            asked |= {m.panel for m in run}
        following = found[at + 1] if at + 1 < len(found) else None
        if not (following and _JOINED.fullmatch(question, mention.end, following.offset)):
            run = []
    return asked


def panels_named(text: str, story_places: frozenset[str] = frozenset()) -> list[str]:
    """Panels a question names, in order, each once (any kind of mention counts), except one
    named only by `story_places` (towns the papers place in another area's story)."""
    found = question_mentions(text)
    named = {mention.panel for mention in found
             if not (mention.kind == "place" and mention.text in story_places)}
    return [panel for panel in dict.fromkeys(mention.panel for mention in found) if panel in named]


# "... say about the Isles of Scilly?": a place the question asks about is its subject too
_ABOUT = re.compile(r"\b(?:about|regarding|concerning)\s+(?:the\s+)?$", re.I)


def panels_asked_of(text: str) -> list[str]:
    """The panels a question names as the body it asks of ("the Bedfordshire panel"), if any."""
    return sorted(_asked_of(text, _typed_mentions(text)))


def _typed_mentions(question: str) -> list[Mention]:
    """`mentions` in a question, which may be typed without capitals."""
    return mentions(question, all_lower=question == question.lower())


# How a question names a panel itself, not a place in its area
_NAMING_KINDS = {"panel", "force", "name"}


def without_panel_words(text: str, keep_asked_about: bool = True,
                        story_places: frozenset[str] = frozenset()) -> str:
    """The text with every panel, force, council, venue and place name blanked out
    ("the Peterborough-hosted panel" -> "the -hosted panel"): what is left is the subject.
    Unless `keep_asked_about` is False, a place stays when the question asks "about" it, or
    names its panel as well: the place is then in the story ("How much of the Gwent precept
    came from Caerphilly?", "Whom did Bradford nominate to the West Yorkshire panel?"); so does
    one of `story_places` (the papers place "the Ely incident" in another area)."""
    out, cursor = [], 0
    found = question_mentions(text)
    named = {mention.panel for mention in found if mention.kind in _NAMING_KINDS}
    for mention in found:
        in_story = mention.kind in ("place", "council") and mention.panel in named \
            or mention.kind == "place" and mention.text in story_places
        asked_about = mention.kind == "place" and _ABOUT.search(text, 0, mention.offset)
        if keep_asked_about and (in_story or asked_about):
            continue
        out.append(text[cursor:mention.offset])
        out.append(" ")
        cursor = mention.end
    out.append(text[cursor:])
    return "".join(out)
