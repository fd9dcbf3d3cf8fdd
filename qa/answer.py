"""Answer a question from the papers: cited sentences, or an honest abstention.

Extractive by default: the sentences of the best passages that answer the
question, verbatim, each followed by [n], the rank of its passage. When the
question names a panel or period and nothing there addresses its subject, the
answer says so and cites the nearest real evidence from elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from index import Filters, Hit, Searcher
from ingest.sentences import follows_on
from ingest.words import OUTCOME
from panelsearch.records import Answer, Chunk, Passage

from . import answerability, overview
from .answerability import PassageSignals, Signals
from .evidence import SubjectScorer, subject_words
from .figures import (
    asked_for,
    asks_commissioners_decision,
    asks_for_person,
    asks_what_was_decided,
    asks_when,
    asks_which_member,
    asks_who_chaired,
    asks_who_holds,
    asks_who_replaced,
    asks_who_was_chosen,
    asks_why,
    gives_date,
    gives_figure,
    lists_holders,
    names_someone,
    names_the_chair,
    people_named,
    reason_clauses,
    records_decision,
    records_outcome,
    tells_of_change,
    wants_figure,
    without_people,
    without_the_chair,
    without_the_member,
)
from .generate import generate
from .query import panel_catalog, places_in_story, understand
from .synonyms import compound_words, papers_words, written_forms
from .wording import (
    long_date,
    no_date,
    no_dated_papers,
    no_decision,
    no_decision_recorded,
    no_figure,
    no_reason,
    nobody_named,
    not_a_decision,
    not_answered_by,
    not_here,
    only_proposed,
    papers_in_scope,
    possessive,
)

MAX_SENTENCES = 3
SENTENCE_PASSAGES = 3  # answer sentences come from the best few supporting passages


@dataclass
class Assessment:
    """What retrieval found for one question: in scope, elsewhere, and the signals."""

    question: str
    k: int
    filters: Filters
    scorer: SubjectScorer
    judge: Judge
    hits: list[Hit]  # in scope, best first
    elsewhere: list[Hit]  # outside the scope, searched without its panel words
    signals: Signals | None  # None when no paper in scope is known to be the named panel's
    outside_period: bool = False  # the hits are the panel's papers of other dates naming the period
    undated_only: bool = False  # the panel has no dated papers in the period: the hits are undated


def assess(question: str, searcher: Searcher, k: int = 10,
           filters: Filters | None = None) -> Assessment:
    filters = filters if filters is not None else question_filters(question, searcher)
    scorer = _scorer(question, searcher)
    judge = Judge(searcher, scorer, searcher.encode(question))
    query = Query.of(question, searcher, judge.vector)
    elsewhere = searcher.search(query.text, k, Filters(decision=filters.decision),
                                query_vector=query.bare_vector) \
        if filters.restricts() or filters.unknown_panel else []

    def assessed(hits: list[Hit], outside_period: bool = False) -> Assessment:
        attributed = _attributed(hits, filters)
        signals = Signals.of([judge(h) for h in attributed], [judge(h) for h in elsewhere]) \
            if attributed else None
        return Assessment(question, k, filters, scorer, judge, hits, elsewhere, signals, outside_period)

    if filters.unknown_panel:
        return assessed([])
    found = assessed(_other_years_last(_retrieve(question, query, searcher, filters, k), scorer))
    if _answered(found) or not _period_without_dated_papers(filters, searcher):
        return found
    found.undated_only = True
    # widened to the panel's papers that name the period, it stands only if they answer: else
    # the scope's own passages are the best found (and what an abstention points from)
    naming = _naming_the_period(question, query, searcher, filters, k)
    widened = assessed(naming, outside_period=True) if naming else None
    return widened if widened is not None and _answered(widened) else found


def _other_years_last(hits: list[Hit], scorer: SubjectScorer) -> list[Hit]:
    """Passages naming only financial years other than the question's go below the rest: the
    page on the 2021/22 precept is no answer on 2020/21's, however alike their words."""
    other = {hit.row for hit in hits if scorer.of_other_years(f"{hit.chunk.item_title}\n{hit.chunk.text}")}
    return [hit for hit in hits if hit.row not in other] + [hit for hit in hits if hit.row in other]


def retrieve(question: str, searcher: Searcher, k: int = 10) -> list[Hit]:
    """The passages an answer to the question is made from, best first (what evaluation
    ranks as the system's retrieval)."""
    return assess(question, searcher, k).hits


def _answered(found: Assessment) -> bool:
    return found.signals is not None and answerability.model().answers(found.signals)


def _period_without_dated_papers(filters: Filters, searcher: Searcher) -> bool:
    """A panel and period named, and none of the panel's dated papers in the period: the
    question's date may be that of what its papers speak of ("the minutes of January 2022")."""
    return bool(filters.panels) and bool(filters.since or filters.until) \
        and not searcher.holds_dated(filters)


def _naming_the_period(question: str, query: Query, searcher: Searcher, filters: Filters,
                       k: int) -> list[Hit]:
    """The panel's passages from other dates that name a day in the question's period. A
    question's date may be that of what the papers speak of, not of the meeting: "the minutes
    of February 2026" are approved at the meeting after; a report of May tells of a meeting
    called for June."""
    from ingest.metadata import days_named_near, parse_dates

    def names_period(hit: Hit) -> bool:
        text = f"{hit.chunk.item_title}\n{hit.chunk.text}"
        # a report names the meeting it announces without the year ("scheduled for June 4")
        near = days_named_near(text, hit.chunk.meeting_date) if hit.chunk.meeting_date else []
        days = [iso for _, iso in parse_dates(text)] + near
        return any((filters.since or "") <= iso <= (filters.until or "9999") for iso in days)

    return [hit for hit in _retrieve(question, query, searcher, filters.without("period"), k)
            if names_period(hit)]


def _attributed(hits: list[Hit], filters: Filters) -> list[Hit]:
    """The hits that can show the named panel discussed a subject: a paper that does not
    name its panel is searched and shown, but it may be another panel's."""
    return [h for h in hits if h.chunk.panel or not filters.panels]


@dataclass
class Query:
    """What retrieval searches with. Once the panel is a filter, its name (or its venue, host
    council, town) tells little inside the scope: a venue or town named only in a paper's
    front matter would pull that page up. So BM25 reads the question without its panel
    words, and the question's vector is half with, half without them: every passage's
    context header names its panel, but a sentence names it only when it says something of
    it ("The Edison model was implemented by Leicestershire Police in February 2015").
    Outside the scope (other panels' papers) the panel's words say nothing: `bare_vector`."""

    text: str
    vector: np.ndarray
    bare_vector: np.ndarray

    @classmethod
    def of(cls, question: str, searcher: Searcher, question_vector: np.ndarray) -> Query:
        from ingest.gazetteer import without_panel_words

        bare = without_panel_words(question, story_places=places_in_story(question, searcher.papers_naming))
        if bare == question or not bare.strip():
            return cls(_lexical(question, question), question_vector, question_vector)
        bare_vector = searcher.encode(bare)
        halves = bare_vector + question_vector
        return cls(_lexical(bare, question), halves / np.linalg.norm(halves), bare_vector)


def _lexical(text: str, question: str) -> str:
    """BM25's query: the text, and the papers' words for the question's own ("precept" for
    "council tax"), which a paraphrase never shares with the paper that answers it."""
    return f"{text} {papers_words(question)}".rstrip()


def scoped_search(query: Query, searcher: Searcher, filters: Filters, k: int) -> list[Hit]:
    """The k best passages within the question's filters."""
    return searcher.search(query.text, k, filters, query_vector=query.vector)


PANEL_BREADTH = 5  # a "which panels ..." question looks this many times deeper for other panels


def _per_panel(question: str, panels: list[str]) -> bool:
    """A "which panels ..." question, or one naming two panels or more ("How do Staffordshire
    and Lincolnshire compare on the precept?"): answered panel by panel."""
    return bool(_WHICH_PANELS.search(question)) or len(panels) > 1


def _retrieve(question: str, query: Query, searcher: Searcher, filters: Filters, k: int) -> list[Hit]:
    """The passages an answer is made from. A question answered panel by panel gets each
    panel's best passage first: one panel's many items on the subject would crowd out the others."""
    if not _per_panel(question, filters.panels):
        return scoped_search(query, searcher, filters, k)
    firsts: list[Hit] = []
    rest: list[Hit] = []
    seen: set[str | None] = set()  # None: papers that do not name their panel
    for hit in scoped_search(query, searcher, filters, PANEL_BREADTH * k):
        (rest if hit.chunk.panel in seen else firsts).append(hit)
        seen.add(hit.chunk.panel)
    return (firsts + rest)[:k]


def ask(question: str, searcher: Searcher, k: int = 10, filters: Filters | None = None,
        qid: str | None = None) -> Answer:
    """Retrieve within the question's scope; answer with cited sentences when the calibrated
    model says the scope answers it, else abstain and name where the topic is discussed.

    `filters` defaults to what the question itself asks (`question_filters`); a caller with
    its own (CLI flags, app sidebar) edits those and passes them."""
    from panelsearch.errors import BadQuestion
    from panelsearch.jsonl import question_problem

    problem = question_problem(question)
    if problem:
        raise BadQuestion(problem)
    return respond(assess(question, searcher, k, filters), qid)


def respond(found: Assessment, qid: str | None = None) -> Answer:
    """The answer `ask` gives for what `assess` found (evaluation assesses once, then asks
    both this and the held-out model)."""
    question, k, searcher = found.question, found.k, found.judge.searcher
    filters, judge, hits = found.filters, found.judge, found.hits
    if filters.unknown_panel:
        return _abstain(question, qid, filters, found.elsewhere, judge,
                        f"The papers hold nothing from a {filters.unknown_panel} panel: "
                        f"no {filters.unknown_panel} papers are in the index.", k)
    scope = papers_in_scope(filters, dated=found.outside_period)
    if not hits:
        return _abstain(question, qid, filters, found.elsewhere, judge, f"The index holds no {scope}.", k)
    if asks_overview(found):
        text, cited = overview.overview(searcher, hits, filters.decision, k)
        if text:
            return Answer(qid, question, text, False, filters.as_json(), _passages(cited))
    signals = found.signals if _answered(found) else None
    if signals is None:
        return _abstain(question, qid, filters, found.elsewhere + hits, judge,
                        no_dated_papers(filters) if found.undated_only
                        else not_here(question, found.scorer.subject, filters), k)
    missing = what_is_missing(found)
    if missing:
        return _abstain(question, qid, filters, found.elsewhere + hits, judge, missing, k)
    text = generate(question, hits, lambda claim: _scorer(claim, searcher)) \
        or compose(hits, judge, signals, found.scorer, filters.decision, searcher, question,
                   filters.panels)
    if found.outside_period:
        text = f"The index holds no {scope}; papers of other dates speak of that time.\n{text}"
    return Answer(qid, question, text, False, filters.as_json(), _passages(hits))


def what_is_missing(found: Assessment) -> str | None:
    """Why the passages that discuss the subject still do not answer what was asked (a figure,
    a decision, the person chosen), as the abstention says it; None when nothing is missing."""
    question, filters = found.question, found.filters
    if lacks_figure(found):
        return no_figure(question, found.scorer.subject, filters)
    if lacks_reason(found):
        return no_reason(filters)
    if lacks_date(found):
        return no_date(filters)
    if only_agendas(found):
        return only_proposed(filters)
    if only_proposals(found):
        return no_decision(filters)
    if records_no_decision(found):
        return no_decision_recorded(filters)
    if names_nobody_chosen(found):
        return nobody_named(filters, "chaired" if asks_who_chaired(question)
                            else "was chosen" if asks_who_was_chosen(question)
                            else "held the post" if asks_who_holds(question) else "it was",
                            only_undated=not names_nobody_chosen(found, placed=False))
    return None


def asks_overview(found: Assessment) -> bool:
    """A question naming a panel's meeting and no subject: answered by the meeting's items."""
    return overview.wanted(found.question, found.scorer.subject, found.filters, found.hits)


BEST_IN_SCOPE = 3  # a figure or a chosen person is looked for in this many passages in scope
CHOICE_COVERAGE = 0.5  # share of the subject a sentence naming the one chosen holds
DATE_COVERAGE = 0.5  # share of the subject a dated paper holds, whose date answers "when"


def _best_about_subject(found: Assessment, keep: Callable[[Hit], bool] | None = None,
                        best: int = BEST_IN_SCOPE) -> list[Hit]:
    """The `best` passages in scope that hold some of the question's subject: what a "how much"
    or a "who was chosen" question is answered from. `keep` says which passages can answer
    (those of the year asked, those naming the person asked of): the best of those are read,
    not those of the best that are kept, so a dated minute ranked below undated pages counts."""
    candidates = [hit for hit in _attributed(found.hits, found.filters) if not keep or keep(hit)]
    return [hit for hit in candidates[:best] if found.judge(hit).cov > 0]


def _shares_where_given(found: Assessment, gives: Callable[[str], bool], lines: bool = False,
                        keep: Callable[[Hit], bool] | None = None,
                        rows: Callable[[str], bool] | None = None) -> list[float]:
    """The share of the subject each sentence (and, with `lines`, each line; with `rows`, each
    line it accepts) of the best passages in scope holds, where it gives what is asked: a
    figure, a person chosen. `keep` says which passages count."""
    searcher = found.judge.searcher
    shares: list[float] = []
    for hit in _best_about_subject(found, keep):
        sentences = searcher.sentences(hit.row)[0]
        shares += [share for sentence, share in zip(sentences, _sentence_shares(sentences, found.scorer))
                   if gives(sentence)]
        listed = [line for line in _lines(hit.chunk) if lines or (rows and rows(line))]
        shares += found.scorer.coverage_each([line for line in listed if gives(line)])
    return shares


# a sentence that goes on about what the one before named, by a back reference: "As a result,
# the timescales have varied from three to six months.", "The panel agreed to revisit the issue
# after the general election."
_REFERS_BACK = re.compile(r"^\W*(?:as\s+a\s+result|consequently|therefore|accordingly|it|this|these|they)\b"
                          r"|\b(?:the|this|that)\s+(?:issue|matter|request|proposal|point|situation)\b", re.I)


def _sentence_shares(sentences: list[str], scorer: SubjectScorer) -> list[float]:
    """Each sentence's share of the subject; one referring back holds its predecessor's."""
    own = scorer.coverage_each(sentences)
    return [share or (own[at - 1] if at and _REFERS_BACK.search(sentence) else 0.0)
            for at, (sentence, share) in enumerate(zip(sentences, own))]


def _placed_in_period(hit: Hit, found: Assessment) -> bool:
    """Whether a passage is known to be of the question's period: its paper is dated (the scope
    keeps only the period's), or, undated, names a day in the period. Who chaired, or was
    chosen, changes year by year: an undated page naming only other years, or none, says who
    held the post then, not in the year asked ("re-elected Chairman up to the 2024 Annual
    General Meeting" is no answer for 2019)."""
    filters = found.filters
    if not (filters.since or filters.until) or hit.chunk.meeting_date:
        return True
    named = found.judge.searcher.named_dates
    first, last = named.first[hit.row], named.last[hit.row]
    return bool(first) and first <= (filters.until or "9999") and last >= (filters.since or "")


def lacks_figure(found: Assessment) -> bool:
    """A "how much / how many" question whose best passages in scope state no figure: the
    subject is discussed, but what was asked is not there. A passage, or a sentence, that holds
    none of the subject ("fuel cards") states no figure of it, whatever amounts it gives: the
    update listing "Complaints following enforcement of Covid restrictions" gives no count of
    them for its "'lockdown 3'" or "four local authorities". A figure of a person the question
    names ("How many votes did Barrie Cooper get?") is in a passage naming them: a page giving
    only "Mr Turner received 74,023 votes" gives someone else's. A figure of a year asked is in
    a paper of that year (`_placed_in_period`): an undated page's "up to £53,300 ... each year"
    is no figure for 2019."""
    if not wants_figure(found.question):
        return False
    # lines too: a bullet ("A £500,000 Youth Empowerment Scheme.") is too short to quote
    names_them = _names_the_people_asked_of(found.question)

    def may_answer(hit: Hit) -> bool:
        return names_them(hit) and _placed_in_period(hit, found)

    shares = _shares_where_given(found, lambda text: gives_figure(text, found.question), lines=True,
                                 keep=may_answer)
    return not any(share > 0 for share in shares)


def _names_the_people_asked_of(question: str) -> Callable[[Hit], bool]:
    """Whether a passage names every person the question names, by surname: what is asked of
    them (a figure, a reason) is told where they are named."""
    surnames = [name.split()[-1] for name in people_named(question)]

    def names_them(hit: Hit) -> bool:
        return all(re.search(rf"\b{re.escape(surname)}\b", hit.chunk.text) for surname in surnames)

    return names_them


# a clause holding this share of the subject is about the event asked of, not its reason:
# "following the resignation of Barry Coppinger", "thanks were expressed for Councillor Ray
# Wooten's hard work" (asked why he left). A reason naming the person too is missed.
REASON_COVERAGE = 0.5
# a reason rarely shares the question's words ("due to illness"): the passage giving why a
# person named did something may rank below those telling only that they did ("Apologies for
# absence were received from ... Emma Wools"), so more of those naming them are read
REASON_PASSAGES_NAMING = 5


def _reason_passages(question: str) -> int:
    return REASON_PASSAGES_NAMING if people_named(question) else BEST_IN_SCOPE


def lacks_reason(found: Assessment) -> bool:
    """"Why did Councillor X leave the panel?" whose best passages in scope say that X left, or
    was replaced, and give no reason: no sentence on the subject, or next to one, holds a
    connective of cause or purpose opening a clause that is not the event itself. The reason is
    often in the sentence after the event ("The Chairman referred to the tragic accident ...
    Members stood in silence"), or the subject only in the passage's heading, when every
    sentence of it counts. Why a person the question names did something is told where they
    are named, next to a sentence on what they did: a page on other councillors' apologies gives
    no reason for theirs, nor their interest declared ("as he was a member of ...") for their
    leaving."""
    if not asks_why(found.question):
        return False
    searcher, scorer = found.judge.searcher, found.scorer
    names_them = _names_the_people_asked_of(found.question)
    event = scorer  # what the people named did ("leave the panel"), or the whole subject
    if people_named(found.question):
        rest = _scorer(without_people(found.question), searcher)
        if rest.subject and rest.subject != scorer.subject:
            event = rest
    for hit in _best_about_subject(found, keep=names_them, best=_reason_passages(found.question)):
        sentences = searcher.sentences(hit.row)[0]
        if event is not scorer and not any(event.coverage_each([hit.chunk.item_title] + sentences)):
            continue  # names them, never what they did
        on_subject = [share > 0 for share in event.coverage_each(sentences)]
        if not any(on_subject):  # the subject is in the passage's heading or a list line
            on_subject = [True] * len(sentences)
        for at, sentence in enumerate(sentences):
            if not any(on_subject[max(0, at - 1):at + 2]):
                continue
            clauses = reason_clauses(sentence, found.question)
            # with no subject ("Why did the panel meet in November?") every clause holds all of it
            if clauses and not scorer.subject \
                    or any(share < REASON_COVERAGE for share in scorer.coverage_each(clauses)):
                return False
    return True


def lacks_date(found: Assessment) -> bool:
    """"When was the panel's extraordinary meeting?" whose best passages in scope give no date
    in a sentence or line on the subject, and are no dated paper mostly on it: they tell of the
    event ("Following yesterday's extraordinary meeting ..."), not when it was. A dated paper's
    own meeting date may be the answer, where the paper is on the subject: a news report dated
    May 2025 on a cancelled meeting says nothing of when the panel held a confirmation hearing,
    however often it names the chief constable."""
    if not asks_when(found.question):
        return False
    about = _best_about_subject(found)
    if not about or any(hit.chunk.meeting_date and found.judge(hit).cov >= DATE_COVERAGE for hit in about):
        return False
    return not any(share > 0 for share in _shares_where_given(found, gives_date, lines=True))


def only_agendas(found: Assessment) -> bool:
    """"Who was elected vice-chair?" whose best passages in scope are all agendas: an agenda
    says a choice is to be made ("Election of Vice-Chairman", "nominations will be requested
    at the meeting"), never who was chosen."""
    if not asks_who_was_chosen(found.question):
        return False
    about = _best_about_subject(found)
    return bool(about) and all(hit.chunk.doc_type == "agenda" for hit in about)


# papers that put business to a meeting, or tell of it (a council's page for one agenda item):
# what they say was decided is in a sentence that records it. Not an agenda pack: it may carry
# the last meeting's minutes, whose "That the Annual Report be approved" reads as a proposal
PUT_TO_MEETINGS = ("agenda", "report", "item")


def only_proposals(found: Assessment) -> bool:
    """"What did the panel recommend on the 2025/26 precept?" whose best passages in scope are
    all papers put to a meeting (an agenda, a report, a page on the panel) recording no decision
    of it: they say what was proposed ("the proposed policing precept"), or what the panel may
    do ("the power of veto"), not what it decided. A page that records one ("the Panel agreed
    to accept the Commissioner's proposal") answers, as minutes do; so do the Commissioner's
    own papers for a decision of the Commissioner's (a decision log: "Sale of Former Roundabout
    Youth Centre ... To agree the revised offer. | Yes")."""
    if not asks_what_was_decided(found.question) or asks_commissioners_decision(found.question):
        return False
    about = _best_about_subject(found)
    if not about or any(hit.chunk.doc_type not in PUT_TO_MEETINGS for hit in about):
        return False
    return not any(share > 0 for share in _shares_where_given(found, records_decision))


def records_no_decision(found: Assessment) -> bool:
    """"What did the panel decide on the 2019-2020 precept?" whose best passages in scope, of
    any kind, record no decision or outcome at all, on anything: the minutes tell of the
    Commissioner's presentation and the questions put, and nothing was resolved there. A page
    put to meetings (a page on the panel's powers: "if agreed by a sufficient majority, veto the
    proposed precept") records one only in a sentence saying it was made. A decision of the
    Commissioner's is not the panel's to record (`only_proposals`). Only the passages most on the
    subject are read: one holding less of it ("Crime" of a Plan asked about, in "the Police and
    Crime Panel") records outcomes on something else ("It was noted that the AGM would not take
    place")."""
    if not asks_what_was_decided(found.question) or asks_commissioners_decision(found.question):
        return False
    about = _best_about_subject(found)
    most = max((found.judge(hit).cov for hit in about), default=0.0)
    about = [hit for hit in about if found.judge(hit).cov >= most - 1e-9]

    def records_one(hit: Hit) -> bool:
        statements = found.judge.searcher.sentences(hit.row)[0] + _lines(hit.chunk)
        records = records_decision if hit.chunk.doc_type in PUT_TO_MEETINGS else records_outcome
        return any(records(text) for text in statements)

    return bool(about) and not any(records_one(hit) for hit in about)


def names_nobody_chosen(found: Assessment, placed: bool = True) -> bool:
    """"Who did the panel confirm as Chief Constable?" whose best passages in scope name no
    one in a sentence on the subject: the recruitment is discussed, but who was chosen is not
    there. A person named in a sentence on something else ("a question from Councillor X
    regarding new officers") is not the one chosen: the sentence naming them must hold most
    of the subject. So is "Who is the Deputy Commissioner?": a post is held by someone named.
    "Who chaired the panel in 2020?" is answered by the person in the chair ("Councillor Lowe
    (Chair)"), not one the Chair welcomed. With `placed`, only passages known to be of the
    question's period count (`_placed_in_period`)."""
    def of_the_period(hit: Hit) -> bool:
        return not placed or _placed_in_period(hit, found)

    if asks_who_chaired(found.question):
        # the chair named is the role held; what else the question names ("the Accountability
        # Board", "the meeting the Commissioner missed") must be in the passage too
        rest = _scorer(without_the_chair(found.question), found.judge.searcher)

        def about_the_rest(hit: Hit) -> bool:
            return of_the_period(hit) and rest.coverage(f"{hit.chunk.item_title}\n{hit.chunk.text}")[0] > 0

        shares = _shares_where_given(found, names_the_chair, lines=True, keep=about_the_rest)
        return not any(share > 0 for share in shares)
    if asks_which_member(found.question):
        return not _names_someone_beside_subject(found)
    if asks_who_was_chosen(found.question) or asks_who_holds(found.question):
        # sentences, and a membership list's rows: another line may run a name on one subject
        # into another subject
        named = people_named(found.question)  # who is asked for is someone else
        replaced = asks_who_replaced(found.question)

        def names_the_one(text: str) -> bool:
            return names_someone(text, named) and (not replaced or tells_of_change(text))

        shares = _shares_where_given(found, names_the_one, keep=of_the_period, rows=lists_holders)
        return not any(share >= CHOICE_COVERAGE for share in shares)
    return False


def _names_someone_beside_subject(found: Assessment) -> bool:
    """Whether a sentence of the best passages in scope names a person, where it and the
    sentences either side hold half of what the question asks they did: "... councillor Hilde
    Hendrickx told the panel. 'But I strongly believe it should come from national
    government,' she explained." A passage holding that only in its heading may name them in
    any sentence (a list of the councillors appointed)."""
    named = people_named(found.question)
    searcher = found.judge.searcher
    deed = _scorer(without_the_member(found.question), searcher)
    for hit in _best_about_subject(found):
        sentences = searcher.sentences(hit.row)[0]
        naming = [at for at, sentence in enumerate(sentences) if names_someone(sentence, named)]
        if not naming:
            continue
        if not any(deed.coverage_each(sentences)):
            return True
        windows = [" ".join(sentences[max(0, at - 1):at + 2]) for at in naming]
        if any(share >= CHOICE_COVERAGE for share in deed.coverage_each(windows)):
            return True
    return False


class Judge:
    """Each passage's signals for one question, computed once however often it is met."""

    def __init__(self, searcher: Searcher, scorer: SubjectScorer, vector: np.ndarray) -> None:
        self.searcher, self.scorer, self.vector = searcher, scorer, vector
        self._seen: dict[int, PassageSignals] = {}

    def __call__(self, hit: Hit) -> PassageSignals:
        if hit.row not in self._seen:
            self._seen[hit.row] = self._signals(hit)
        return self._seen[hit.row]

    def _signals(self, hit: Hit) -> PassageSignals:
        # an item's statement often runs across a chunk boundary: read the neighbours too
        around = [self.searcher.chunk(r).text for r in self.searcher.neighbours(hit.row)
                  if r is not None]
        coverage, _ = self.scorer.coverage("\n".join([hit.chunk.item_title, hit.chunk.text, *around]))
        sentences, vectors = self.searcher.sentences(hit.row)
        closest = float((vectors @ self.vector).max()) if len(vectors) else 0.0
        # a sentence holds no more of the subject than its passage: none, where the passage
        # names only other financial years than the question's
        in_one = min(max(self.scorer.coverage_each(sentences), default=0.0), coverage)
        return PassageSignals(hit.row, float(self.searcher.vector(hit.row) @ self.vector),
                              closest, coverage, in_one)


def question_filters(question: str, searcher: Searcher) -> Filters:
    """The panel, period and decision intent the question itself states, against the panels
    this index holds."""
    return understand(question, panel_catalog(searcher.panels), searcher.papers_naming)


@dataclass
class Candidate:
    """A sentence that may go into the answer."""

    rank: int  # its passage's rank: the [n] it is cited with
    offset: int
    text: str
    score: float


# How candidate sentences are weighed against one another (dense similarity is the base).
# KEEP_WITHIN and ASKED_FOR_BONUS were chosen with each panel held out (eval/answer_sentences.py)
SUBJECT_WEIGHT = 0.5  # coverage of the subject's rare words: a sentence on "CCTV", not on "the"
RANK_PENALTY = 0.02  # per rank below the first: ties go to the better passage
OUTCOME_BONUS = 0.1  # a "decide" question prefers the sentence recording the resolution
ASKED_FOR_BONUS = 0.2  # "how much" prefers a sentence with a figure, "when" a date, "who" a person
POINTER_COVERAGE = 0.5  # share of the subject an abstention's "discussed it" passage holds
KEEP_WITHIN = 0.2  # sentences this close to the best also go in (up to MAX_SENTENCES)


_WHICH_PANELS = re.compile(r"\b(?:which|what|any|how\s+many)\s+(?:other\s+)?panels\b", re.I)
MAX_PANELS = 5  # a "which panels ..." answer names at most this many, one quote each


def compose(hits: list[Hit], judge: Judge, signals: Signals, scorer: SubjectScorer,
            decision: bool, searcher: Searcher, question: str = "", named: list[str] | None = None) -> str:
    """The answering passage's panel and meeting, then up to MAX_SENTENCES verbatim sentences
    from the passages that answer, each cited [n]. A "which panels ..." question, or one
    naming several panels, gets each panel's meeting and its best sentence."""
    model = answerability.model()
    # the best-ranked passage always counts: the scope was judged to answer mostly on it, and
    # one passage's own signals sit near the threshold; others join when they answer alone
    answering = [(rank, hit) for rank, hit in enumerate(hits, start=1)
                 if rank == 1 or model.passage_answers(judge(hit), signals)]
    rate = _sentence_scorer(judge, scorer, decision, question)
    if _per_panel(question, named or []):
        chosen = _one_per_panel(answering, searcher, rate)
    else:
        candidates = [c for rank, hit in answering[:SENTENCE_PASSAGES]
                      for c in _candidates(rank, hit, searcher, rate, rows=_rows_quoted(question))]
        chosen = _best_candidates(candidates)
        if decision:
            chosen = _with_outcome(chosen, candidates)
        chosen = _with_reason(chosen, hits, searcher, rate, scorer, question)
        chosen = _with_what_is_asked(chosen, candidates, hits, searcher, scorer, question)
        chosen = _with_follow_on(chosen, candidates, hits)
    if not chosen:  # no whole sentence (an agenda's heading, a table, a cut-off page): quote a line
        chosen = [_best_line(answering[0][0], answering[0][1], scorer)]
    lines, heading = [], None
    for candidate in chosen:
        where = _meeting(hits[candidate.rank - 1], searcher.minutes_carried_by)
        if where != heading:
            lines.append(f"{where}:")
            heading = where
        lines.append(f"{candidate.text} [{candidate.rank}]")
    quoted = [hits[candidate.rank - 1].chunk for candidate in chosen]
    lines += [not_answered_by(panel) for panel in named or []
              if panel not in {chunk.panel for chunk in quoted}]
    kinds = {chunk.doc_type for chunk in quoted}
    if decision and kinds <= {"report", "agenda"} and not any(records_decision(c.text) for c in chosen):
        lines.append(not_a_decision(kinds))
    return "\n".join(lines)


LINE_CHARS = 300  # a line quoted for want of a sentence is cut to this


def _best_line(rank: int, hit: Hit, scorer: SubjectScorer) -> Candidate:
    """The passage's line holding most of the subject (the longest of those), without a
    table's cell marks ("Band D | 111.55 | 116.55 |"); its heading only if nothing else."""
    lines = _lines(hit.chunk)
    title = _flat(hit.chunk.item_title)
    lines = [line for line in lines if line and not _is_heading(line, title)] or lines
    line = max(lines, key=lambda line: (scorer.coverage(line)[0], len(line)))
    if len(line) > LINE_CHARS:  # cut at a word, to stay verbatim
        line = line[:line.rfind(" ", 0, LINE_CHARS)].rstrip(" ,;:") or line[:LINE_CHARS]
    return Candidate(rank, hit.chunk.text.find(line), line, 0.0)


def _sentence_scorer(judge: Judge, scorer: SubjectScorer, decision: bool, question: str):
    gives_what_is_asked = asked_for(question)

    def rate(text: str, vector: np.ndarray, rank: int) -> float:
        score = float(vector @ judge.vector) + SUBJECT_WEIGHT * scorer.coverage(text)[0]
        score -= RANK_PENALTY * (rank - 1)
        score += OUTCOME_BONUS * bool(decision and OUTCOME.search(text))
        score += ASKED_FOR_BONUS * bool(gives_what_is_asked and gives_what_is_asked(text))
        return score

    return rate


def _rows_quoted(question: str) -> Callable[[str], bool] | None:
    """The lines of a list that answer a question for a person, quoted as sentences are: the
    chair's row ("Paul Smith - Chair") for who chaired, a post's holders for anyone else."""
    if asks_who_chaired(question):
        return names_the_chair
    return lists_holders if asks_for_person(question) else None


def _candidates(rank: int, hit: Hit, searcher: Searcher, rate,
                rows: Callable[[str], bool] | None = None) -> list[Candidate]:
    """The sentences of a passage that could be quoted, rated; with `rows`, the lines it
    accepts too (a membership list's "Chief Constable - Ms. C. Napier", when a person is asked
    for), rated by the passage's vector."""
    texts, vectors = searcher.sentences(hit.row)
    if hit.chunk.doc_type == "agenda" and not len(texts):
        # an agenda item listed by its heading alone ("NOTIFICATION OF CHIEF CONSTABLE'S
        # CONTRACT EXTENSION |"): the heading is all the paper says of it
        line = _heading_line(hit.chunk)
        return [Candidate(rank, hit.chunk.text.find(line), line,
                          rate(line, searcher.vector(hit.row), rank))] if line else []
    # an item's heading names its subject without saying anything about it, except in an
    # agenda, where the heading is all the paper says ("was X on the agenda?")
    title = "" if hit.chunk.doc_type == "agenda" else _flat(hit.chunk.item_title)
    listed = [Candidate(rank, hit.chunk.text.find(line), line, rate(line, searcher.vector(hit.row), rank))
              for line in _lines(hit.chunk)
              if rows and rows(line) and not any(text in line for text in texts)]
    return [Candidate(rank, hit.chunk.text.find(text), text, rate(text, vector, rank))
            for text, vector in zip(texts, vectors) if not _is_heading(text, title)] + listed


def _heading_line(chunk: Chunk) -> str:
    """The chunk's line that prints its item's title."""
    title = _flat(chunk.item_title)
    return next((line for line in _lines(chunk) if title and title in _flat(line)), "")


def _lines(chunk: Chunk) -> list[str]:
    """The chunk's lines without a table's cell marks ("Band D | 111.55 | 116.55 |")."""
    return [line.strip(" \t|") for line in chunk.text.split("\n")]


HEADING_CHARS = 12  # a shorter title ("Minutes", "Finance") may open a real sentence


def _is_heading(sentence: str, title: str) -> bool:
    """Whether the sentence is the item's heading line ("81. Police and Crime Plan Monitoring
    Report ..."); `title` is the item's flattened title ("" never matches)."""
    return len(title) >= HEADING_CHARS and _flat(sentence).lstrip("0123456789").startswith(title)


def _best_candidates(candidates: list[Candidate]) -> list[Candidate]:
    if not candidates:
        return []
    best = max(c.score for c in candidates)
    chosen: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: -c.score):
        if len(chosen) == MAX_SENTENCES or candidate.score < best - KEEP_WITHIN:
            break
        flat = _flat(candidate.text)
        if not any(flat in _flat(c.text) or _flat(c.text) in flat for c in chosen):
            chosen.append(candidate)  # overlapping chunks repeat sentences
    return sorted(chosen, key=lambda c: (c.rank, c.offset))


def _with_outcome(chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """A "decide" question's answer quotes what was resolved: when no chosen sentence records
    an outcome, the best one that does takes the weakest place."""
    if any(OUTCOME.search(c.text) for c in chosen):
        return chosen
    outcomes = [c for c in candidates if OUTCOME.search(c.text)]
    if not outcomes:
        return chosen
    return _in_weakest_place(chosen, max(outcomes, key=lambda c: c.score))


def _with_reason(chosen: list[Candidate], hits: list[Hit], searcher: Searcher, rate,
                 scorer: SubjectScorer, question: str) -> list[Candidate]:
    """A "why" question's answer quotes the reason: when no chosen sentence gives one, the best
    sentence on the subject that does, from the passages `lacks_reason` reads, takes the weakest
    place ("... gave apologies on behalf of Emma Wools, Deputy Commissioner due to illness.")."""
    def gives_reason(text: str) -> bool:
        return any(share < REASON_COVERAGE for share in scorer.coverage_each(reason_clauses(text, question)))

    if not asks_why(question) or any(gives_reason(c.text) for c in chosen):
        return chosen
    names_them = _names_the_people_asked_of(question)
    naming = [(rank, hit) for rank, hit in enumerate(hits, start=1) if names_them(hit)]
    read = naming[:_reason_passages(question)]
    reasons = [candidate for rank, hit in read for candidate in _candidates(rank, hit, searcher, rate)
               if scorer.coverage(candidate.text)[0] > 0 and gives_reason(candidate.text)]
    if not reasons:
        return chosen
    return _in_weakest_place(chosen, max(reasons, key=lambda c: c.score))


def _with_what_is_asked(chosen: list[Candidate], candidates: list[Candidate], hits: list[Hit],
                        searcher: Searcher, scorer: SubjectScorer, question: str) -> list[Candidate]:
    """A "how much", "when" or "who" question's answer quotes the sentence that gives what is
    asked: when no chosen sentence does, the best one on the subject that does, or that refers
    back to a sentence on it ("As a result, the timescales have varied from three to six
    months."), takes the weakest place."""
    gives = asked_for(question)
    if gives is None or asks_why(question) or any(gives(c.text) for c in chosen):
        return chosen

    shares: dict[int, dict[str, float]] = {}

    def share(candidate: Candidate) -> float:  # its own, or the one's before it refers back to
        if candidate.rank not in shares:
            sentences = searcher.sentences(hits[candidate.rank - 1].row)[0]
            shares[candidate.rank] = dict(zip(sentences, _sentence_shares(sentences, scorer)))
        return shares[candidate.rank].get(candidate.text, scorer.coverage(candidate.text)[0])

    giving = [c for c in candidates if gives(c.text) and share(c) > 0]
    if not giving:
        return chosen
    return _in_weakest_place(chosen, max(giving, key=lambda c: c.score))


def _in_weakest_place(chosen: list[Candidate], needed: Candidate) -> list[Candidate]:
    """The chosen sentences with `needed` in the place of the weakest, in text order."""
    kept = sorted(chosen, key=lambda c: -c.score)[:MAX_SENTENCES - 1]
    return sorted(kept + [needed], key=lambda c: (c.rank, c.offset))


def _with_follow_on(chosen: list[Candidate], candidates: list[Candidate], hits: list[Hit]
                    ) -> list[Candidate]:
    """The best sentence brings the one that goes straight on from it: the sentence closest to
    the question often names its subject ("HMICFRS have completed their PEEL inspection."),
    and the next says what of it ("The Force was inspected on ...")."""
    if not chosen:
        return chosen
    best = max(chosen, key=lambda c: c.score)
    text = hits[best.rank - 1].chunk.text
    end = best.offset + len(best.text)
    after = [c for c in candidates if c.rank == best.rank and c.offset >= end]
    follow = min(after, key=lambda c: c.offset, default=None)
    if follow is None or follow in chosen or not follows_on(text[end:follow.offset]):
        return chosen
    return sorted(chosen + [follow], key=lambda c: (c.rank, c.offset))


def _one_per_panel(answering: list[tuple[int, Hit]], searcher: Searcher, rate) -> list[Candidate]:
    best: dict[str, Candidate] = {}
    for rank, hit in answering:
        panel = hit.chunk.panel or ""
        for candidate in _candidates(rank, hit, searcher, rate):
            if panel not in best or candidate.score > best[panel].score:
                if panel in best or len(best) < MAX_PANELS:
                    best[panel] = candidate
    return sorted(best.values(), key=lambda c: c.rank)


def _meeting(hit: Hit, minutes_carried_by: Callable[[int], str] | None = None) -> str:
    """"West Mercia panel, 22 September 2017, item 81 “Title”" for an answer's lead; a pack's
    passage carrying an earlier meeting's minutes says whose they are."""
    chunk = hit.chunk
    panel = f"{chunk.panel} panel" if chunk.panel else "Panel not stated"
    date = long_date(chunk.meeting_date) if chunk.meeting_date else "undated paper"
    item = f"item {chunk.item_number} " if chunk.item_number else ""
    carried = minutes_carried_by(hit.row) if minutes_carried_by else ""
    of = f", minutes of the meeting of {long_date(carried)}" if carried else ""
    return f"{panel}, {date}{of}, {item}\u201c{chunk.item_title}\u201d"


def _flat(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _abstain(question: str, qid: str | None, filters: Filters, pool: list[Hit], judge: Judge,
             lead: str, k: int) -> Answer:
    """An abstention that names where the topic is discussed, quoting it, when it is."""
    seen, ordered = set(), []
    for hit in pool:
        if hit.row not in seen:
            seen.add(hit.row)
            ordered.append(hit)
    model = answerability.model()
    # "X's panel discussed it" only of a passage that holds at least half the subject
    answers = {hit.row: model.passage_answers(judge(hit)) and judge(hit).cov >= POINTER_COVERAGE
               for hit in ordered}
    # evidence that does answer (from another panel or period) comes first
    ordered = sorted(ordered, key=lambda h: (not answers[h.row], -judge(h).cov, -h.score))[:k]
    passages = _passages(ordered)
    text = lead
    if ordered and answers[ordered[0].row]:
        nearest = ordered[0]
        where = f"{possessive(nearest.chunk.panel)} panel" if nearest.chunk.panel \
            else "A paper that does not name its panel"
        when = f" on {long_date(nearest.chunk.meeting_date)}" if nearest.chunk.meeting_date \
            else " in an undated paper"
        quote = _best_sentence(nearest, judge, filters.decision, question)
        text += f" {where} discussed it{when}, under \u201c{nearest.chunk.item_title}\u201d"
        text += f": \u201c{quote}\u201d [1]" if quote else " [1]."
    elif passages:
        text += " The nearest passage found is [1], which does not answer it."
    return Answer(qid, question, text, True, filters.as_json(), passages)


def _best_sentence(hit: Hit, judge: Judge, decision: bool, question: str) -> str:
    rate = _sentence_scorer(judge, judge.scorer, decision, question)
    candidates = _candidates(1, hit, judge.searcher, rate)
    return max(candidates, key=lambda c: c.score).text if candidates else ""


def _scorer(question: str, searcher: Searcher) -> SubjectScorer:
    from ingest.gazetteer import without_panel_words

    ignore = [alias for entry in panel_catalog(searcher.panels)
              for alias in entry.aliases]
    story = places_in_story(question, searcher.papers_naming)
    return SubjectScorer(subject_words(without_panel_words(question, story_places=story), ignore),
                         searcher.document_frequency, searcher.size, written_forms(question),
                         compound_words(question))


def _passages(hits: list[Hit]) -> list[Passage]:
    return [Passage(rank=rank, doc_id=h.chunk.doc_id, source=h.chunk.source, panel=h.chunk.panel,
                    meeting_date=h.chunk.meeting_date, item_number=h.chunk.item_number,
                    item_title=h.chunk.item_title, page=h.chunk.page, text=h.chunk.text,
                    score=round(h.score, 4), doc_type=h.chunk.doc_type, chunk_id=h.chunk.chunk_id)
            for rank, h in enumerate(hits, start=1)]


def answer_from_json(data: dict) -> Answer:
    """An Answer back from `dataclasses.asdict` (as the app caches it)."""
    passages = [Passage(**p) for p in data["passages"]]
    return Answer(data["id"], data["question"], data["answer"], data["abstained"], data["filters"],
                  passages)
