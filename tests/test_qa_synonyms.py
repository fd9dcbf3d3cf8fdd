"""The papers' words for a question's own: the synonyms file and its use in coverage."""

from __future__ import annotations

import pytest
from conftest import searcher_of

import qa
from qa.evidence import SubjectScorer, subject_words
from qa.synonyms import SYNONYMS_FILE, compound_words, papers_words, parse, written_forms

KENT_MINUTES = ("Kent Police and Crime Panel\nMinutes of the meeting held on 3 March 2020\n\n"
                "4. Apologies\n\nNone were received from members of the Panel today.\n\n")


def test_a_line_with_an_arrow_maps_one_way_and_a_list_maps_every_way():
    entries = {s.asked: s.written for s in parse(
        "# roles\nlead, led => chair, vice-chair  # a comment\n\ndomestic abuse, domestic violence\n")}
    assert entries["led"] == (("chair",), ("vice", "chair"))
    assert "chair" not in entries  # one way: a paper's "lead" does not hold a question's "chair"
    assert entries["domestic violence"] == (("domest", "abus"),)
    assert entries["domestic abuse"] == (("domest", "violenc"),)


def test_the_packaged_file_parses_and_every_phrase_has_words():
    entries = parse(SYNONYMS_FILE.read_text(encoding="utf-8"))
    assert len(entries) > 100
    assert all(entry.written and all(entry.written) for entry in entries)


def test_the_longest_phrase_a_question_uses_is_the_one_read():
    forms = written_forms("Was online offending on the agenda, and was the meeting shown online?")
    assert ("cyber", "crime") in forms["offend"]  # "online offending", not "offending" alone
    assert ("webcast",) in forms["onlin"]  # "shown online": the meeting's webcast


@pytest.mark.parametrize("question, passage, held", [
    ("What did Kent say about council tax?", "The Panel supported the proposed precept.", 1.0),
    ("Who led the Kent panel in 2020?", "Councillor Mike Hill was elected Chairman.", 1.0),
    ("Was the Kent meeting broadcast?", "The meeting would be webcast live.", 1.0),
    ("Who sent apologies to the Kent panel?", "The Chair noted apologies from Councillor Khan.", 1.0),
    # the public speak at a meeting by a question or statement put to it
    ("Can the public speak at the Kent panel?",
     "A statement from the public may not exceed three minutes.", 1.0),
    # minutes confirmed as "a true record" are no recording of the meeting
    ("Did the Kent panel agree to live stream its meetings?",
     "The minutes of the meeting were confirmed as a true record.", 0.0),
    # the papers' phrase must stand together: "online" and "crime" apart are not "online
    # crime", so "internet" is not held (its "crime" is, word for word)
    ("What did Kent say about internet crime?", "Crime fell. Reports were made online.", 0.5),
    ("What did Kent say about internet crime?", "Online crime rose by a tenth.", 1.0),
    # one way: a paper's "lead" does not hold a question's "chair"
    ("Who did Kent elect as chair?", "Inspector Jones will lead the review.", 0.0),
    ("What did Kent say about trust in the police?", "Confidence in the force rose to 80.7%.", 1.0),
    # papers write "Chairman" for the chair, and the reverse
    ("Who was chair of the Kent panel?", "Mrs Whittaker was appointed Chairman for the meeting.", 1.0),
    # a word the stemmer splits ("deliveri", "deliv")
    ("How is the Kent Commissioner delivering the plan?", "An update on delivery of the plan was noted.",
     1.0),
    # a word spelled two ways
    ("Who is the Kent panel's legal adviser?", "Jane Pollard, the Panel's Legal Advisor, spoke.", 1.0),
    # sitting on a panel is being one of its members, as a council's page on its panel words it
    ("How many councillors sit on the Kent panel?",
     "The Panel is made up of 10 elected representatives (councillors) and two co-opted members.", 1.0),
    # a phrase meant whole holds its words only together: "county" and "lines" apart are not it
    ("What did Kent say about county lines?", "County lines gangs exploit children in Kent.", 1.0),
    ("What did Kent say about county lines?",
     "The County Council's scrutiny committee met on the lines agreed in March.", 0.0),
    ("What did Kent say about anti-social behaviour?", "Officers' behaviour at the event was praised.",
     0.0),
    ("How much is the Kent Commissioner paid?", "The Commissioner's salary is set by the Home Office.",
     1.0),
    ("Which councillor stepped down from the Kent panel?",
     "It was noted that Councillor Jones has resigned from the Panel.", 1.0),
    # who became a post was chosen for it, as the minutes record the choice
    ("Who became vice chairman of the Kent panel?",
     "Resolved: That Councillor Heesom be appointed Vice Chairman of the Panel.", 1.0),
    # "Cllr", as a council's papers shorten it; and a recent appointment is a new one
    ("Which councillors were newly appointed to the Kent panel?",
     "The Chairman referred to the recent appointment to the Panel of Cllr Lesley Adams.", 1.0),
])
def test_a_subject_word_is_held_by_the_papers_word_for_it(question, passage, held):
    scorer = SubjectScorer(subject_words(question, ["Kent"]), lambda stem: 1, 100,
                           written_forms(question), compound_words(question))
    assert scorer.coverage(passage)[0] == held


def test_a_paraphrase_is_answered_from_the_paper_that_words_it_otherwise(tmp_path):
    searcher = searcher_of(tmp_path, {"kent.txt": KENT_MINUTES + (
        "5. Chair's Announcements\n\nThe Chair announced that the meeting would be webcast live and "
        "that members should use their microphones.\n\n"
        "6. Proposed Precept 2020/21\n\nThe Panel supported a rise of £10 a year for a Band D home.\n")})
    broadcast = qa.ask("Was the Kent panel's March 2020 meeting broadcast?", searcher)
    assert not broadcast.abstained, broadcast.answer
    assert "webcast live" in broadcast.answer
    tax = qa.ask("What did the Kent panel agree for council tax in 2020?", searcher)
    assert not tax.abstained, tax.answer
    assert "£10 a year" in tax.answer


def test_the_lexical_query_adds_the_papers_words_once_and_not_the_questions_own():
    assert set(papers_words("What did Kent say about council tax?").split()) == {"precept", "band", "d"}
    # "stop and search" is one of its own forms: nothing is counted twice
    assert papers_words("How much has stop and search fallen in Kent?") == ""


def test_a_paraphrase_ranks_the_passage_in_the_papers_words_first(tmp_path):
    """BM25 alone cannot match "quizzed" to "questions"; with the papers' words it can."""
    searcher = searcher_of(tmp_path, {"kent.txt": KENT_MINUTES + (
        "5. Proposed Precept 2020/21\n\nMembers asked a series of questions on the precept "
        "proposal and the budget assumptions behind it.\n\n"
        "6. Work Programme\n\nThe Commissioner presented the council's work programme.\n")})
    from qa.answer import Query

    question = "What was the Commissioner quizzed on about council tax?"
    query = Query.of(question, searcher, searcher.encode(question))
    hits = searcher.search(query.text, 3, method="bm25")
    assert hits and hits[0].chunk.item_number == "5"


@pytest.fixture
def fresh_synonyms():
    """The synonyms read again from the files, before and after the test."""
    from qa import synonyms

    synonyms._entries.cache_clear()
    synonyms._matcher.cache_clear()
    yield
    synonyms._entries.cache_clear()
    synonyms._matcher.cache_clear()


def test_a_councils_own_file_adds_its_terms_to_the_list(tmp_path, monkeypatch, fresh_synonyms):
    own = tmp_path / "ours.txt"
    own.write_text("# our estate\nthe old nick => police station\n", encoding="utf-8")
    monkeypatch.setenv("PANELSEARCH_SYNONYMS", str(own))
    assert ("polic", "station") in written_forms("What is happening to the old nick?")["nick"]
    assert ("precept",) in written_forms("What about council tax?")["tax"]  # ours still read


def test_a_missing_own_file_is_a_one_line_error_naming_it(tmp_path, monkeypatch, fresh_synonyms):
    from panelsearch.errors import BadSynonymsFile

    monkeypatch.setenv("PANELSEARCH_SYNONYMS", str(tmp_path / "missing.txt"))
    with pytest.raises(BadSynonymsFile, match=r"PANELSEARCH_SYNONYMS: .*missing\.txt: No such file"):
        written_forms("What about council tax?")


@pytest.mark.parametrize("question, not_meant", [
    ("What did Kent say about back office savings?", "support"),  # not "back" a decision
    ("Why did members stand in silence at the Kent panel?", "substitute"),  # not a substitute
    ("Why did Kent reserve the right to meet in private?", "balances"),  # not the reserves
])
def test_a_phrase_written_as_itself_keeps_its_words_from_a_shorter_one(question, not_meant):
    assert not_meant not in papers_words(question).split()
