"""Abstentions in plain English: the papers in scope and the topic the papers do not hold."""

from __future__ import annotations

import pytest

from index import Filters
from qa.wording import not_here, papers_in_scope, possessive


@pytest.mark.parametrize("filters, words", [
    (Filters(), "papers"),
    (Filters(panels=["Dorset", "Essex"]), "Dorset or Essex papers"),
    (Filters(panels=["Dorset"], since="2017-01-01", until="2017-12-31", doc_type="minutes"),
     "Dorset minutes of 2017"),
    (Filters(since="2016-03-01", until="2016-05-31", doc_type="agenda pack"),
     "agenda packs from 1 March 2016 to 31 May 2016"),
    (Filters(until="2016-03-31"), "papers up to 31 March 2016"),
    # the period a question's financial year is read as (qa.query) says which year it is
    (Filters(panels=["Dorset"], since="2023-04-01", until="2025-12-31"),
     "Dorset papers around 2024/25 (from 1 April 2023 to 31 December 2025)"),
    (Filters(since="2023-04-01", until="2023-12-31"), "papers from 1 April 2023 to 31 December 2023"),
])
def test_papers_in_scope_read_as_words(filters, words):
    assert papers_in_scope(filters) == words


@pytest.mark.parametrize("question, subject, sentence", [
    ("What did Dorset decide on CCTV?", ["CCTV"], "The Dorset papers do not discuss CCTV."),
    ("When is the next meeting of the Dorset panel?", ["next"],
     "The Dorset papers do not answer this question."),
    ("What did Dorset decide about the precept?", ["precept"],
     "The Dorset papers do not discuss the precept."),
    ("What did Dorset say about police drones?", ["drones"],
     "The Dorset papers do not discuss police drones."),
    # after "panel" the subject word is the verb: not "do not discuss the panel gather"
    ("Where did the Dorset panel gather in 2017?", ["gather"],
     "The Dorset papers do not answer this question."),
    # a phrase before "the" ends in a verb: not "do not discuss a senior officer miss"
    ("Why did a senior Dorset officer miss the meeting?", ["senior", "officer", "miss"],
     "The Dorset papers do not answer this question."),
])
def test_topic_is_named_only_when_it_is_a_noun_phrase(question, subject, sentence):
    assert not_here(question, subject, Filters(panels=["Dorset"])) == sentence


@pytest.mark.parametrize("name, expected", [("Gwent", "Gwent's"), ("West Midlands", "West Midlands'")])
def test_a_panel_name_ending_in_s_takes_an_apostrophe_alone(name, expected):
    assert possessive(name) == expected
