"""A question's subject, and how much of it a passage holds (one signal of qa/answerability.py).

The subject is what the question asks about once panel names, dates, question
words and "what did they decide" verbs are set aside ("CCTV" in "What did
Dorset decide on CCTV?"). Coverage weights each subject word by how rare it is
in the index, so a passage that only shares "report" or "panel" does not count.
"""

from __future__ import annotations

import math
import re

from index.lexical import tokenize
from ingest.metadata import financial_years
from ingest.words import MONTH, MONTH_NAMES

# Words that say how a question is asked, or what every panel paper is about:
# never the subject of a question.
_FRAME_WORDS = {
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "much", "many",
    "did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would",
    "can", "could", "should", "about", "on", "the", "a", "an", "of", "to", "in", "for", "by",
    "with", "and", "or", "any", "there", "their", "its", "it", "this", "that", "say", "said",
    "says", "tell", "decide", "decided", "decision", "decisions", "agree", "agreed", "resolve",
    "resolved", "conclude", "concluded", "discuss", "discussed", "panel", "panels", "police",
    "commissioner", "pcc", "force", "meeting", "meetings", "papers", "paper", "member",
    "members", "report", "reported", "board", "council", "far", "get", "got", "going", "doing",
    "each", "ask", "asked", "anything", "something", "make", "made", "regarding", "concerning",
    "happened", "happen", "happening", "pcp", "latest", "recent", "recently", "kind", "kinds",
    "talk", "talked", "talking",
    "sort", "sorts", "want", "wants", "wanted",
    # "the police use of drones": the thing used is the subject
    "use", "uses", "used", "using", "usage",
    # what a panel does with a subject, not the subject
    "consider", "considered", "hear", "heard", "scrutinise", "scrutinised", "scrutinize",
    "scrutinized", "examine", "examined", "examining", "cover", "covered",
    # how a user asks for something, not what about: "Give me an overview of ...", "I'd like
    # to know ...", "List the items ...", "What topics were covered ...?"
    "give", "gives", "gave", "show", "list", "explain", "describe", "summarise", "summarize", "summary",
    "overview", "find", "know", "like", "i'd", "i'm", "please", "mention", "mentions",
    "mentioned", "topic", "topics", "discussion", "discussions",
    # where a subject stands in the papers, not the subject
    "agenda", "item", "items", "listed", "include", "includes", "included", "including",
    "contain", "contains", "contained",
    # who said it to whom: "according to the update given to the panel"
    "according", "update", "updates", "updated", "given", "told", "presented", "put",
    # how a question names a panel by its place: "the Peterborough-hosted panel"
    "hosted", "based", "covering", "covers", "met", "meets", "meet", "held", "area",
    # what a panel does at a meeting, not what about: "Why did the panel hold a minute's silence?"
    "hold", "holds", "holding",
    # why or whether something was wanted, not what: "Why did the panel need a new chair?"
    "need", "needs", "needed",
}
# Phrases naming the institution itself, not a subject: removed before reading the subject,
# and from a passage before reading what of it the passage holds ("the Police, Fire and Crime
# Commissioner's decisions" say nothing of a fire precept, nor of rural crime)
_INSTITUTION = re.compile(r"\bpolice,?\s+(?:fire\s+)?(?:and|&)\s+crime\s+(?:panel|commissioner)s?\b"
                          # ... and the Act that made them: no "reform" asked about
                          r"|\bpolice\s+reform\s+and\s+social\s+responsibility\s+act\b", re.I)
# the institution's name whose last word went with the panel's ("the Police and Crime
# Commissioner for Nottinghamshire", whose "Commissioner for Nottinghamshire" names the force)
_CUT_INSTITUTION = re.compile(r"\bpolice,?\s+(?:fire\s+)?(?:and|&)\s+crime(?=\s{2}|\s*[?.!]?\s*$)", re.I)


# "mid-2026", "early March 2019", "the summer of 2020": part of a date, as its year or month is
_PART_OF_A_PERIOD = re.compile(r"\b(?:early|late|mid|spring|summer|autumn|winter)(?:[\s-]+of)?[\s-]+"
                               r"(?=(?:19|20)\d\d\b|" + MONTH + r"\b)", re.I)


# "14th May" holds the day "14" of "on 14 May 2021", as "14 May" does
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.I)


# "How long can the public speak?", "How often does the panel meet?": what is asked, not about
_HOW_ASKED = re.compile(r"\bhow\s+(?:long|often|soon|far)\b", re.I)


# "2015-16", "2024/25": one year, read whole (not "2015" and a subject "16")
_FINANCIAL_YEAR = re.compile(r"\b(?:19|20)\d\d[/-]\d\d(?:\d\d)?\b")


def _frame_words() -> set[str]:
    # the fuller English list: BM25's short one keeps "from", "during", "before" as subjects
    from bm25s.stopwords import STOPWORDS_EN_PLUS

    return set(STOPWORDS_EN_PLUS) | _FRAME_WORDS


def subject_words(question: str, ignore: list[str]) -> list[str]:
    """The question's own content words, minus panel names, dates and frame words."""
    text = _PART_OF_A_PERIOD.sub(" ", _CUT_INSTITUTION.sub(" ", _INSTITUTION.sub(" ", question)))
    text = _HOW_ASKED.sub(" ", text)
    for phrase in sorted(ignore, key=len, reverse=True):
        text = re.sub(r"\b" + re.escape(phrase) + r"\b", " ", text, flags=re.I)
    words = re.findall(_FINANCIAL_YEAR.pattern + r"|[A-Za-z][A-Za-z'-]*[A-Za-z]|\d[\d.,/%£]*", text)
    months = set(MONTH_NAMES)
    frame = _frame_words()
    # a year, or a span of years ("the 2021-2025 plan"), dates a thing as a month does; a
    # financial year is kept (`qualifiers`)
    return [w for w in words if _bare(w) not in frame and _bare(w) not in months
            and not (re.fullmatch(r"(19|20)\d\d([/-](19|20)?\d\d)?", w) and not financial_years(w))]


def qualifiers(subject: list[str]) -> list[str]:
    """The subject words that say when, not what: a financial year ("the precept for
    2024/25"). A passage holding only these speaks of that year, not of the subject."""
    return [word for word in subject if _FINANCIAL_YEAR.fullmatch(word) and financial_years(word)]


def _bare(word: str) -> str:
    """"Commissioner's" is "commissioner": a possessive does not make a frame word a subject."""
    return re.sub(r"['\u2019]s$", "", word.lower())


_ACRONYM = re.compile(r"[A-Z]{3,7}s?")  # "ANPR", "CCTV", "PCSOs"
_JOINING = {"and", "of", "the", "for", "in", "on", "to"}  # "Police and Crime Commissioner": PCC


def spells(acronym: str, text: str) -> bool:
    """Whether the text writes the acronym out in capitalised words ("Automatic Number Plate
    Recognition" for ANPR), as a paper does where a question uses the short form."""
    letters = acronym.rstrip("s").lower()
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in _JOINING]
    initials = "".join(w[0] if w[0].isupper() else "." for w in words).lower()
    return letters in initials


def _runs_by_initials(subject: list[str]) -> dict[str, set[str]]:
    """{initials: stems} for each run of three or more subject words ("anti-social behaviour"
    gives "asb"), so a passage that writes only "ASB" holds them."""
    words = [part for word in subject for part in re.split(r"-", word) if part.isalpha()]
    runs: dict[str, set[str]] = {}
    for start in range(len(words)):
        for end in range(start + 3, min(start + 7, len(words)) + 1):
            run = words[start:end]
            runs["".join(w[0].lower() for w in run)] = set(tokenize([" ".join(run)])[0])
    return runs


class SubjectScorer:
    """Scores passages against one question's subject, with IDF from the BM25 index."""

    def __init__(self, subject: list[str], document_frequency, total: int,
                 written: dict[str, tuple[tuple[str, ...], ...]] | None = None,
                 compound: set[str] | None = None) -> None:
        self.subject = subject
        # a hyphenated word's short prefix alone ("co" of "co-opted", "e" of "e-scooters") is
        # held by any word it begins: "Co-ordinator" holds no co-option
        words = [_ORDINAL.sub(r"\1", re.sub(r"^[A-Za-z]{1,2}-(?=[A-Za-z]{3})", "", word)) for word in subject]
        stems = tokenize([" ".join(words)])[0] if subject else []
        self.weights: dict[str, float] = {}
        for stem in stems:
            df = document_frequency(stem)
            self.weights[stem] = math.log(1 + (total + 1) / (df + 0.5))
        self.total_weight = sum(self.weights.values())
        self._days = any(stem.isdigit() for stem in self.weights)  # only then are ordinals read
        when = qualifiers(subject)
        # a financial year's stems ("2024", "25") are held where the text names that year, not
        # wherever a date ("25 September 2024") shares them
        self.year_of = {stem: year for word in when for year, _ in financial_years(word)
                        for stem in tokenize([word])[0]}
        self.substance = set(self.weights) - set(self.year_of)  # what the question asks about
        self.years = set(self.year_of.values())
        # an acronym the question uses is held by a passage that writes it out, and words the
        # question writes out by a passage that uses their acronym
        self.acronyms = {stem: word for word in subject if _ACRONYM.fullmatch(word)
                         for stem in tokenize([word])[0] if stem in self.weights}
        # ... but never by the institution's own ("public confidence changed" is no "PCC")
        self.written_out = {letters: stems for letters, stems in _runs_by_initials(subject).items()
                            if letters not in _FRAME_WORDS}
        # a subject word is held by the papers' own word for it ("council tax": "precept")
        self.synonyms = {stem: forms for stem, forms in (written or {}).items()
                         if stem in self.weights}
        # ... and the words of a phrase meant whole ("county lines") only by the phrase
        self.compound = {stem for stem in compound or () if stem in self.synonyms}
        self._written_acronyms = re.compile(  # one search of a text finds any of them
            r"\b(" + "|".join(letters.upper() for letters in self.written_out) + r")s?\b") \
            if self.written_out else None

    def coverage_each(self, texts: list[str]) -> list[float]:
        """The covered share for each text (one tokenizer call for all)."""
        if not self.weights:
            return [1.0] * len(texts)
        texts = [self._plain(text) for text in texts]
        return [self._held(text, tokens)[0] for text, tokens in zip(texts, tokenize(texts))] \
            if texts else []

    def coverage(self, text: str) -> tuple[float, list[str]]:
        if not self.weights:
            return 1.0, []
        text = self._plain(text)
        return self._held(text, tokenize([text])[0])

    def _plain(self, text: str) -> str:
        text = _INSTITUTION.sub(" ", text)
        return _ORDINAL.sub(r"\1", text) if self._days else text

    def _held(self, text: str, tokens: list[str]) -> tuple[float, list[str]]:
        named = self._named_years(text)
        if self._only_other_years(named):
            return 0.0, list(self.weights)
        present = {token for token in tokens if token not in self.year_of}
        present |= {stem for stem, year in self.year_of.items() if year in named}
        for match in self._written_acronyms.finditer(text) if self._written_acronyms else ():
            present = present | self.written_out[match.group(1).lower()]
        word_for_word = present - self.compound
        missing = [stem for stem in self.weights if stem not in word_for_word
                   and not (stem in self.acronyms and spells(self.acronyms[stem], text))
                   and not any(_says(form, tokens, present) for form in self.synonyms.get(stem, ()))]
        held = [stem for stem in self.weights if stem not in missing]
        if self.substance and not self.substance.intersection(held):
            return 0.0, list(self.weights)
        return sum(self.weights[stem] for stem in held) / self.total_weight, missing

    def of_other_years(self, text: str) -> bool:
        """A text naming financial years, none of them the question's: the 2018/19 precept is
        no answer on the 2020/21 one."""
        return self._only_other_years(self._named_years(text))

    def _named_years(self, text: str) -> set[int]:
        return {year for year, _ in financial_years(text)} if self.years else set()

    def _only_other_years(self, named: set[int]) -> bool:
        return bool(named) and not named & self.years


def _says(phrase: tuple[str, ...], tokens: list[str], present: set[str]) -> bool:
    """Whether the stems of a phrase stand together in the text's stems, in order: "online
    crime" is not said by a text with "online" in one place and "crime" in another."""
    if not set(phrase) <= present:
        return False
    if len(phrase) == 1:
        return True
    first, width = phrase[0], len(phrase)
    return any(tokens[i:i + width] == list(phrase)
               for i, token in enumerate(tokens) if token == first)
