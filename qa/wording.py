"""How an answer says, in plain English, what the papers do not hold and when they date from."""

from __future__ import annotations

import re

from index import Filters

from .query import financial_year_around


def not_here(question: str, subject: list[str], filters: Filters) -> str:
    """"The Dorset papers do not discuss CCTV." in plain words, or a general sentence when
    the question's subject is not a short phrase of its own."""
    papers = f"The {papers_in_scope(filters)}"
    topic = _topic(question, subject)
    if topic:
        return f"{papers} do not discuss {topic}."
    return f"{papers} do not answer this question."


def no_dated_papers(filters: Filters) -> str:
    """Said when the panel has no paper dated in the question's period, and its undated
    papers (which may be of that time) do not answer."""
    return (f"The index holds no {papers_in_scope(filters, dated=True)}, and the undated "
            f"{' or '.join(filters.panels)} papers do not answer this question.")


def not_answered_by(panel: str) -> str:
    """A named panel's line in an answer given panel by panel, when its papers do not answer."""
    return f"The {panel} papers do not answer this."


def not_a_decision(kinds: set[str]) -> str:
    """Said under a "decide" answer quoted only from papers put to a meeting, not its minutes."""
    papers = " and ".join(f"an {kind}" if kind[0] in "aeiou" else f"a {kind}" for kind in sorted(kinds))
    return (f"These are quoted from {papers} put to the meeting, not its minutes: what was proposed, "
            "not what the panel decided.")


def no_decision(filters: Filters) -> str:
    """Said when only papers put to meetings speak of a decision asked about, and record none."""
    return (f"The {papers_in_scope(filters)} speak of this only in papers put to meetings, which say "
            "what was proposed, not what the panel decided.")


def no_decision_recorded(filters: Filters) -> str:
    """Said when the passages on a decision asked about record none, on anything."""
    return f"The {papers_in_scope(filters)} speak of this but record no decision on it."


def only_proposed(filters: Filters) -> str:
    """Said when only agendas speak of a choice: they say it was to be made, not who was chosen."""
    return (f"The {papers_in_scope(filters)} speak of this only in agendas, which say a choice was "
            "to be made, not who was chosen.")


def nobody_named(filters: Filters, role: str = "was chosen", only_undated: bool = False) -> str:
    """Said when the passages on a choice, or on who chaired, name no one in what they say of it,
    or only undated papers do, which may be of another year."""
    if only_undated:
        return (f"The {papers_in_scope(filters)} do not name who {role}: only an undated paper names "
                "someone, and it may be of another year.")
    return f"The {papers_in_scope(filters)} speak of this but do not name who {role}."


def no_reason(filters: Filters) -> str:
    """Said when the passages on what a "why" question asks about say what happened, not why."""
    return f"The {papers_in_scope(filters)} say what happened but give no reason for it."


def no_date(filters: Filters) -> str:
    """Said when the undated pages on what a "when" question asks about give no date for it."""
    return f"The {papers_in_scope(filters)} tell of this but give no date for it."


def no_figure(question: str, subject: list[str], filters: Filters) -> str:
    """"The South Yorkshire papers give no figure for 101 calls." when the passages that
    discuss the subject state no quantity."""
    papers = f"The {papers_in_scope(filters)}"
    topic = _topic(question, subject)
    return f"{papers} give no figure for {topic}." if topic else f"{papers} give no figure for this."


# A topic worth naming is a noun phrase: it follows a preposition or determiner ("decide on
# CCTV", "the precept increase"), perhaps after a noun of the institution ("about police
# drones"), and is not itself a modifier of one ("the next meeting"). Elsewhere the subject
# words are the question's verb ("Who chaired", "Which panels talked about").
_BEFORE_A_TOPIC = {"on", "about", "of", "for", "into", "regarding", "concerning", "over", "around",
                   "with", "the", "a", "an", "any", "its", "their", "his", "her"}
_DETERMINERS = {"the", "a", "an"}
_INSTITUTION_NOUNS = {"police", "force", "panel", "panels", "meeting", "meetings", "report",
                      "reports", "paper", "papers", "board", "commissioner", "pcc", "plan"}
# those that name a thing a subject can belong to ("police drones", "force vehicles"); after
# the others a subject word is the question's verb ("the panel gather")
_MODIFYING_NOUNS = {"police", "force", "pcc", "commissioner"}


def _topic(question: str, subject: list[str]) -> str | None:
    """The subject as the question writes it, when it is one short noun phrase."""
    from ingest.gazetteer import without_panel_words

    if not subject or len(subject) > 4:
        return None
    text = without_panel_words(question)
    run = r"\W+".join(re.escape(w) for w in subject)
    match = re.search(r"(?:\b(\w+)\W+)?(?:\b(\w+)\W+)?\b(" + run + r")\b(?:\W+(\w+))?", text)
    if not match:
        return None
    nearest_group = 2 if match.group(2) else 1  # the word right before the subject
    after, start = match.group(4), match.start(3)
    if (match.group(nearest_group) or "").lower() in _MODIFYING_NOUNS:  # "about police drones"
        start, nearest_group = match.start(nearest_group), nearest_group - 1
    nearest = (match.group(nearest_group) or "") if nearest_group else ""
    # "officer miss the meeting": a phrase followed by a determiner ends in a verb
    if nearest.lower() not in _BEFORE_A_TOPIC or (after or "").lower() in _INSTITUTION_NOUNS | _DETERMINERS:
        return None
    if nearest.lower() in _DETERMINERS:  # "the precept", not "precept"
        start = match.start(nearest_group)
    return re.sub(r"\s+", " ", text[start:match.end(3)])


def papers_in_scope(filters: Filters, dated: bool = False) -> str:
    """The papers in scope in plain words: "Dorset papers", "Dorset minutes of 2017",
    "papers from 1 March 2016 to 31 May 2016"; `dated`: "Dorset papers dated 2017", where
    undated papers are kept in the scope."""
    kind = filters.doc_type or "papers"
    if not kind.endswith("s"):
        kind += "s"  # "agenda pack" -> "agenda packs"
    words = [" or ".join(filters.panels), kind] if filters.panels else [kind]
    if filters.since or filters.until:
        period = _period(filters.since, filters.until)
        words.append(f"dated {period.removeprefix('of ')}" if dated else period)
    return " ".join(words)


def _period(since: str | None, until: str | None) -> str:
    if since and until and since.endswith("-01-01") and until.endswith("-12-31") \
            and since[:4] == until[:4]:
        return f"of {since[:4]}"
    year = financial_year_around(since, until)
    if year:  # the papers written around a financial year: its budget, its outturn
        return f"around {year} (from {long_date(since or '')} to {long_date(until or '')})"
    if since and until:
        return f"from {long_date(since)} to {long_date(until)}"
    return f"from {long_date(since)} on" if since else f"up to {long_date(until or '')}"


def possessive(name: str) -> str:
    """"Gwent's", and "West Midlands'" for a name ending in s."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def long_date(iso: str) -> str:
    """"22 September 2017" for "2017-09-22"."""
    import datetime

    day = datetime.date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B %Y')}"
