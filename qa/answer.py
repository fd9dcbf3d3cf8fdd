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
from index import embedder as embedding
from panelsearch.records import Answer, Passage

from .evidence import SubjectScorer, Support, subject_words
from .generate import generate
from .query import panel_catalog, understand
from .sentences import sentences

MAX_SENTENCES = 3
SENTENCE_PASSAGES = 3  # answer sentences come from the best few supporting passages
_OUTCOME = re.compile(r"\b(resolved|agreed|decided|approved|endorsed|noted)\b", re.I)


@dataclass
class Overrides:
    """Filters given explicitly (CLI flags, app sidebar): they win over the question's words."""

    panels: list[str] | None = None
    since: str | None = None
    until: str | None = None
    doc_type: str | None = None
    ignore: frozenset[str] = frozenset()  # understood filters the user removed: panel, period, decision


def ask(question: str, searcher: Searcher, k: int = 10, overrides: Overrides | None = None,
        qid: str | None = None) -> Answer:
    """Retrieve within the question's filters; answer with cited sentences, or abstain and
    name the nearest real evidence when nothing in scope addresses the question."""
    filters = question_filters(question, searcher, overrides)
    vector = searcher.encode_query(question)
    hits = searcher.search(question, k, filters, query_vector=vector)
    scorer = _scorer(question, searcher)
    support_of = _support_memo(searcher, scorer, vector)
    support = [support_of(hit) for hit in hits]

    if filters.unknown_panel:
        others = searcher.search(question, k, filters.without_panel(), query_vector=vector)
        return _abstain(question, qid, filters, others, support_of,
                        f"The papers hold nothing from a {filters.unknown_panel} panel: "
                        f"no {filters.unknown_panel} papers are in the index.", k)
    if not any(s.addresses for s in support) and filters.restricts():
        wider = searcher.search(question, k, Filters(decision=filters.decision),
                                query_vector=vector)
        # a passage in scope that the filtered ranking missed still answers the question
        rescued = [h for h in wider if filters.admits(h.chunk.panel, h.chunk.meeting_date,
                                                      h.chunk.doc_type)
                   and support_of(h).addresses]
        if rescued:
            hits = (rescued + [h for h in hits if h.row not in {r.row for r in rescued}])[:k]
            support = [support_of(hit) for hit in hits]
        elif not hits:
            return _abstain(question, qid, filters, wider, support_of,
                            f"The index holds no {_scope(filters)} papers.", k)
        else:
            return _abstain(question, qid, filters, wider + hits, support_of,
                            f"No {_scope(filters)} item discusses "
                            f"{' '.join(scorer.subject) or 'this'}.", k)
    if not any(s.addresses for s in support):
        topic = " ".join(scorer.subject) or "this"
        return _abstain(question, qid, filters, hits, support_of,
                        f"The papers do not answer this: no item discusses {topic}.", k)

    passages = _passages(hits)
    text = generate(question, hits, lambda claim: _scorer(claim, searcher)) \
        or compose(hits, support, vector, scorer, filters.decision)
    return Answer(qid, question, text, False, filters.as_json(), passages)


def question_filters(question: str, searcher: Searcher, overrides: Overrides | None) -> Filters:
    filters = understand(question, panel_catalog(searcher.manifest.get("panels", [])))
    if overrides:
        if "panel" in overrides.ignore:
            filters.panels, filters.unknown_panel = [], None
        if "period" in overrides.ignore:
            filters.since = filters.until = None
        if "decision" in overrides.ignore:
            filters.decision = False
        if overrides.panels:
            filters.panels, filters.unknown_panel = list(overrides.panels), None
        filters.since = overrides.since or filters.since
        filters.until = overrides.until or filters.until
        filters.doc_type = overrides.doc_type or filters.doc_type
    return filters


def compose(hits: list[Hit], support: list[Support], vector: np.ndarray, scorer: SubjectScorer,
            decision: bool) -> str:
    """Up to MAX_SENTENCES verbatim sentences from the supporting passages, each cited."""
    candidates: list[tuple[int, int, str]] = []  # (rank, offset, sentence)
    for rank, (hit, s) in enumerate(zip(hits, support), start=1):
        if s.addresses and len({c[0] for c in candidates}) < SENTENCE_PASSAGES:
            candidates.extend((rank, offset, sentence) for offset, sentence in
                              sentences(hit.chunk.text))
    if not candidates:
        return ""
    vectors = embedding.encode([c[2] for c in candidates])
    scores = vectors @ vector
    for i, (rank, _offset, sentence) in enumerate(candidates):
        scores[i] += 0.5 * scorer.coverage(sentence)[0]  # the subject's rare words, not "the"
        scores[i] -= 0.02 * (rank - 1)  # ties go to the better passage
        if decision and _OUTCOME.search(sentence):
            scores[i] += 0.1
    best = float(scores.max())
    chosen: list[int] = []
    for i in np.argsort(-scores):
        if len(chosen) == MAX_SENTENCES or scores[i] < best - 0.12:
            break
        flat = _flat(candidates[i][2])
        if not any(flat in _flat(candidates[j][2]) or _flat(candidates[j][2]) in flat
                   for j in chosen):  # overlapping chunks repeat sentences
            chosen.append(int(i))
    chosen.sort(key=lambda i: (candidates[i][0], candidates[i][1]))
    return " ".join(f"{candidates[i][2]} [{candidates[i][0]}]" for i in chosen)


def _flat(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _abstain(question: str, qid: str | None, filters: Filters, pool: list[Hit],
             support_of: Callable[[Hit], Support], lead: str, k: int) -> Answer:
    """An abstention that names the nearest real evidence, cited, when there is any."""
    seen, ordered = set(), []
    for hit in pool:
        if hit.row not in seen:
            seen.add(hit.row)
            ordered.append(hit)
    support = [support_of(hit) for hit in ordered]
    # evidence that does address the subject (from another panel or period) comes first
    ranked = sorted(zip(ordered, support), key=lambda pair: (not pair[1].addresses,
                                                             -pair[1].coverage, -pair[0].score))
    ordered = [hit for hit, _ in ranked][:k]
    passages = _passages(ordered)
    text = lead
    if ranked and ranked[0][1].addresses:
        nearest = ranked[0][0].chunk
        where = f"{nearest.panel}'s panel" if nearest.panel else "another paper"
        when = f" ({nearest.meeting_date})" if nearest.meeting_date else ""
        text += f" {where}{when} did, in \u201c{nearest.item_title}\u201d [1]."
    elif passages:
        text += " The nearest passage found is [1], which does not answer it."
    return Answer(qid, question, text, True, filters.as_json(), passages)


def _scope(filters: Filters) -> str:
    parts = []
    if filters.panels:
        parts.append(" or ".join(filters.panels))
    if filters.since or filters.until:
        parts.append(f"({filters.since or '...'} to {filters.until or '...'})")
    if filters.doc_type:
        parts.append(filters.doc_type)
    return " ".join(parts)


def _scorer(question: str, searcher: Searcher) -> SubjectScorer:
    ignore = [alias for entry in panel_catalog(searcher.manifest.get("panels", []))
              for alias in entry.aliases]
    from ingest.metadata import FORCE_AREAS

    lexical = searcher.data.lexical
    return SubjectScorer(subject_words(question, ignore + FORCE_AREAS),
                         lexical.document_frequency, lexical.size)


def _support_memo(searcher: Searcher, scorer: SubjectScorer, vector: np.ndarray
                  ) -> Callable[[Hit], Support]:
    """`_support` for one question, each chunk scored once however many searches return it."""
    cache: dict[int, Support] = {}

    def support_of(hit: Hit) -> Support:
        if hit.row not in cache:
            cache[hit.row] = _support(searcher, scorer, hit, vector)
        return cache[hit.row]

    return support_of


def _support(searcher: Searcher, scorer: SubjectScorer, hit: Hit, vector: np.ndarray) -> Support:
    """How well a passage addresses the subject, read with its item's title and the chunks
    either side of it in the same item (a statement often runs across a chunk boundary)."""
    similarity = float(np.dot(searcher.data.vectors[hit.row], vector))
    around = [searcher.chunks[r].text for r in searcher.neighbours(hit.row) if r is not None]
    return scorer.support("\n".join([hit.chunk.item_title, hit.chunk.text, *around]), similarity)


def _passages(hits: list[Hit]) -> list[Passage]:
    return [Passage(rank=rank, doc_id=h.chunk.doc_id, source=h.chunk.source, panel=h.chunk.panel,
                    meeting_date=h.chunk.meeting_date, item_number=h.chunk.item_number,
                    item_title=h.chunk.item_title, page=h.chunk.page, text=h.chunk.text,
                    score=round(h.score, 4), doc_type=h.chunk.doc_type, chunk_id=h.chunk.chunk_id)
            for rank, h in enumerate(hits, start=1)]
