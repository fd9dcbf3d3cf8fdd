"""The papers' words for what a question says in its own: "council tax" is written "precept".

The list is qa/data/synonyms.txt, one idea a line; a council adds its own in a file of the
same form named by $PANELSEARCH_SYNONYMS. It is used for whether a passage holds the
question's subject (qa/evidence.py), so a paraphrase that the dense ranking already brings
first is not refused for want of the paper's exact word, and by BM25, which reads the
papers' words beside the question's (qa/answer.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from index.lexical import tokenize

SYNONYMS_FILE = Path(__file__).parent / "data" / "synonyms.txt"


@dataclass(frozen=True)
class Synonym:
    asked: str  # a phrase as a question may write it: "council tax"
    phrases: tuple[str, ...]  # each way a paper writes it: "band d", "precept"
    written: tuple[tuple[str, ...], ...]  # the stems of each, in the same order: ("band",), ...


def _normal(phrase: str) -> str:
    return re.sub(r"[\s-]+", " ", phrase.strip().lower())


def parse(text: str) -> list[Synonym]:
    """The entries of a synonyms file (format in its header), longest asked phrase first."""
    entries: dict[str, set[str]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if "=>" in line:
            left, right = line.split("=>", 1)
            pairs = [(asked, _phrases(right)) for asked in _phrases(left)]
        else:
            group = _phrases(line)
            pairs = [(asked, [p for p in group if p != asked]) for asked in group]
        for asked, written in pairs:
            entries.setdefault(asked, set()).update(written)
    return sorted((_entry(asked, sorted(written)) for asked, written in entries.items()),
                  key=lambda s: (-len(s.asked), s.asked))


def _entry(asked: str, phrases: list[str]) -> Synonym:
    kept = [(phrase, tuple(stems)) for phrase, stems in zip(phrases, tokenize(phrases)) if stems]
    return Synonym(asked, tuple(p for p, _ in kept), tuple(stems for _, stems in kept))


def _phrases(text: str) -> list[str]:
    return [_normal(p) for p in text.split(",") if p.strip()]


@lru_cache(maxsize=1)
def _entries() -> dict[str, Synonym]:
    """{asked phrase: its entry}, longest first, from our file and the council's own."""
    text = SYNONYMS_FILE.read_text(encoding="utf-8") + "\n" + _own_terms()
    return {entry.asked: entry for entry in parse(text)}


def _own_terms() -> str:
    """The council's own file, if $PANELSEARCH_SYNONYMS names one; its lines add to ours."""
    from panelsearch.errors import BadSynonymsFile
    from panelsearch.settings import own_synonyms

    path = own_synonyms()
    if path is None:
        return ""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "not UTF-8 text"
        raise BadSynonymsFile(f"PANELSEARCH_SYNONYMS: {path}: {reason}") from None


@lru_cache(maxsize=1)
def _matcher() -> re.Pattern[str]:
    phrases = [r"[\s-]+".join(map(re.escape, asked.split())) for asked in _entries()]
    return re.compile(r"\b(" + "|".join(phrases) + r")\b", re.I)


def papers_words(question: str) -> str:
    """The papers' phrases for the question's own, once each: added to its lexical query.
    A phrase whose words the question has already is left out, not to count them twice."""
    asked = set(tokenize([question])[0])
    phrases: list[str] = []
    for match in _matcher().finditer(question):
        entry = _entries()[_normal(match.group(1))]
        phrases += [p for p, stems in zip(entry.phrases, entry.written) if not set(stems) <= asked]
    return " ".join(dict.fromkeys(phrases))


def written_forms(question: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """{stem of a question word: the stems of each way the papers write its phrase}, for
    every phrase of the list the question uses (the longest where two overlap)."""
    forms: dict[str, tuple[tuple[str, ...], ...]] = {}
    for match in _matcher().finditer(question):
        written = _entries()[_normal(match.group(1))].written
        for stem in tokenize([match.group(1)])[0]:
            forms[stem] = forms.get(stem, ()) + written
    return forms


def compound_words(question: str) -> set[str]:
    """The stems of each phrase the question uses that the list writes as itself ("county
    lines => county lines", "anti-social behaviour"): its words apart mean something else
    ("Cambridgeshire County Council"), so a text holds them only as one of the phrase's forms."""
    stems: set[str] = set()
    for match in _matcher().finditer(question):
        entry = _entries()[_normal(match.group(1))]
        own = tuple(tokenize([entry.asked])[0])
        if len(own) > 1 and own in entry.written:
            stems |= set(own)
    return stems
