"""Answers: cited verbatim sentences, abstention with the nearest evidence."""

from __future__ import annotations

import pytest

import qa
from index import Filters
from qa.answer import Query, assess
from tests.conftest import searcher_of


def test_dorset_cctv_abstains_and_points_to_west_mercia(searcher):
    answer = qa.ask("What did Dorset decide on CCTV?", searcher)
    assert answer.abstained
    assert answer.filters["panel"] == "Dorset" and answer.filters["decision"] is True
    assert "The Dorset papers do not discuss CCTV" in answer.answer
    assert "West Mercia" in answer.answer and "[1]" in answer.answer
    assert answer.passages[0].panel == "West Mercia" and "CCTV" in answer.passages[0].text
    # and it quotes what West Mercia decided
    assert "up to £65,000 per year could be given to each of the five Community Safety" in answer.answer
    # never presented as Dorset's: the cited passage is labelled with its own panel
    assert all(p.rank == i for i, p in enumerate(answer.passages, start=1))


def test_whole_dev_set_answers_and_abstentions(searcher, dev_questions):
    # the model was fitted on these questions (over every development paper); on the seed
    # index alone it must still answer nearly all answerable ones and abstain on most others
    answered = abstained = 0
    for q in dev_questions:
        answer = qa.ask(q["question"], searcher, qid=q["id"])
        assert len(answer.passages) <= 10
        assert all(len(p.text) <= 1500 for p in answer.passages)
        if not q["answerable"]:
            abstained += answer.abstained
            continue
        if answer.abstained:
            continue
        answered += 1
        cited = qa.citations(answer)
        assert cited, (q["id"], answer.answer)
        for citation in cited:
            assert citation.passage is not None, (q["id"], citation)
            assert citation.sentence in citation.passage.text, (q["id"], citation.sentence)
    answerable = sum(1 for q in dev_questions if q["answerable"])
    assert answered >= 0.95 * answerable
    assert abstained >= 0.75 * (len(dev_questions) - answerable)


def test_answer_leads_with_panel_and_meeting(searcher):
    answer = qa.ask("How much is the West Mercia PCC putting into CCTV across all the partnerships?",
                    searcher)
    assert not answer.abstained
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("West Mercia panel, ") and lead.endswith(":")
    assert "£65,000" in answer.answer


@pytest.mark.parametrize("question, subject", [
    ("Who resigned from the Lancashire panel?", ["resigned"]),
    ("What did Dorset decide on CCTV during 2017?", ["CCTV"]),
    ("How much money went to the Drive Project from the Transformation Fund?",
     ["money", "went", "Drive", "Project", "Transformation", "Fund"]),
    ("What is the Dorset Commissioner's estates strategy for police buildings?",
     ["estates", "strategy", "buildings"]),
    ("What did the Dorset panel consider about the Commissioner\u2019s budget?", ["budget"]),
    ("Why was domestic abuse data not pursued, according to the update given to the panel?",
     ["domestic", "abuse", "data", "pursued"]),
    ("What kind of estate did the force want?", ["estate"]),
    ("What did Dorset say about the police use of drones?", ["drones"]),
    # what an agenda held is the meeting's items, no subject of its own
    ("What did the Dorset panel's agenda for January 2021 include?", []),
    # how a user asks is not what about
    ("Give me an overview of the Dorset police and crime plan", ["crime", "plan"]),
    ("Was there any mention of body cameras in Dorset?", ["body", "cameras"]),
    ("Find discussions of facial recognition", ["facial", "recognition"]),
    ("How much has the use of stop and search fallen?", ["stop", "search", "fallen"]),
    # part of a date, like the year it qualifies; a late payment is a subject
    ("Who will chair the Dorset panel until mid-2026?", ["chair"]),
    ("What did Dorset say in early March 2019 about late payments?", ["late", "payments"]),
    # what a panel does at its meeting, as "held" is
    ("Why did the Dorset panel hold a minute's silence?", ["minute's", "silence"]),
    # a financial year is one word, as it is one year; a span of years dates a plan
    ("What precept did Dorset set for 2015-16?", ["precept", "set", "2015-16"]),
    ("What are the pillars of the Dorset 2021-2025 plan?", ["pillars", "plan"]),
    # why or whether it was wanted is how the question is asked
    ("Why did the Dorset panel need a new chair?", ["new", "chair"]),
    # how long or how often is what is asked; a long-term plan is a subject
    ("How long can the public speak at the Dorset panel?", ["public", "speak"]),
    ("How often does the Dorset panel review its long-term plan?", ["review", "long-term", "plan"]),
])
def test_subject_leaves_out_function_words_panels_and_dates(question, subject):
    from qa.evidence import subject_words

    assert subject_words(question, ["Lancashire", "Dorset"]) == subject


@pytest.mark.parametrize("question, lead", [
    ("What did the Essex board decide about police drones?",
     "The Essex papers do not discuss police drones."),
    ("What did Dorset decide about fireworks in 2017?",
     "The Dorset papers of 2017 do not discuss fireworks."),
    # the subject words are the question's verb: named, they would read "do not discuss chaired"
    ("Who chaired the Lancashire panel meeting?", "The Lancashire papers do not answer this question."),
])
def test_abstention_names_a_topic_only_when_it_is_a_noun_phrase(searcher, question, lead):
    answer = qa.ask(question, searcher)
    assert answer.abstained and answer.answer.startswith(lead), answer.answer


def test_a_period_searches_undated_papers_too_and_the_answer_says_they_are_undated(searcher):
    """No seed paper is dated 2016; West Mercia's minutes print no date, so they may be of
    2016 and are searched, and the answer says their evidence is undated."""
    answer = qa.ask("Which panels talked about the police and crime plan in 2016?", searcher)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("West Mercia panel, undated paper, ")
    assert all(p.meeting_date is None for p in answer.passages)


@pytest.mark.parametrize("year, answered", [("2021", True), ("2019", False)])
def test_an_undated_paper_is_not_evidence_for_a_year_its_own_dates_rule_out(year, answered, tmp_path):
    """A web page of minutes without its date still names dates ("the Council resolved at its
    meeting on 5th May 2021"): it answers for 2021, and is no evidence of who chaired in 2019."""
    papers = {"kent-chair.txt": (
        "Kent Police and Crime Panel\n\n1. Election of Panel Chair\n\nFollowing the expiry of the "
        "legislation permitting remote meetings, the County Council resolved at its meeting on 5th "
        "May 2021 that remote meetings should continue.\n\nResolved - That Councillor Carl Les be "
        "elected to serve as Chair until July 2022.\n\n2. Minutes of the Panel Meeting held on 24th "
        "March 2021\n\nThat the minutes of the meeting held on 24th March 2021 be approved.\n"),
        "kent-2024.txt": ("Kent Police and Crime Panel\nMinutes of the meeting held on 5 February 2024\n\n"
                          "1. Apologies\n\nApologies were received from Councillor Jane Smith today.\n")}
    answer = qa.ask(f"Who was elected chair of the Kent panel in {year}?", searcher_of(tmp_path, papers))
    assert answer.abstained is not answered, answer.answer
    if answered:
        assert answer.answer.startswith("Kent panel, undated paper, "), answer.answer
        assert "Councillor Carl Les" in answer.answer
    else:
        assert answer.answer.startswith("The index holds no Kent papers of 2019."), answer.answer


@pytest.mark.parametrize("named", ["the 2020/21 municipal year", "the year from May 2020"])
@pytest.mark.parametrize("year, answered", [("2020", True), ("2019", False)])
def test_an_undated_paper_naming_only_a_year_or_month_is_placed_by_it(named, year, answered, tmp_path):
    """"Chair to the Panel for 2020/21", "from May 2020": a paper appointing for the 2020/21
    municipal year was not written in 2019."""
    papers = {"kent-chair.txt": (
        f"Kent Police and Crime Panel\n\n1. Appointment of Chair\n\nTo appoint a Chair of the Panel for "
        f"{named}.\n\nCouncillor Derek Poole nominated Councillor David Reilly to serve "
        "as Chair. There were no other nominations and Councillor Reilly was elected unanimously as "
        "Chair to the Panel.\n"),
        "kent-2024.txt": ("Kent Police and Crime Panel\nMinutes of the meeting held on 5 February 2024\n\n"
                          "1. Apologies\n\nApologies were received from Councillor Jane Smith today.\n")}
    answer = qa.ask(f"Who chaired the Kent panel in {year}?", searcher_of(tmp_path, papers))
    assert answer.abstained is not answered, answer.answer
    if not answered:
        assert answer.answer.startswith("The index holds no Kent papers of 2019."), answer.answer


def test_abstention_points_elsewhere_only_to_a_passage_about_the_subject(searcher):
    """Dorset's minutes share "crime" with "knife crime in schools" and nothing more: they are
    the nearest passage, not where the topic was discussed."""
    answer = qa.ask("What did Leicestershire say about knife crime in schools?", searcher)
    assert answer.abstained
    assert "discussed it" not in answer.answer
    assert "The nearest passage found is [1], which does not answer it." in answer.answer


def test_a_topic_no_paper_mentions_is_not_answered_from_the_word_use(searcher):
    answer = qa.ask("What did Dorset say about police use of drones?", searcher)
    assert answer.abstained and "The Dorset papers do not discuss drones." in answer.answer


def test_unknown_panel_says_no_papers(searcher):
    answer = qa.ask("What did the Kent Police and Crime Panel say about knife crime?", searcher)
    assert answer.abstained and "no Kent papers" in answer.answer
    assert answer.filters["unknown_panel"] == "Kent"


def test_explicit_filters_override_the_question(searcher):
    answer = qa.ask("What was said about CCTV?", searcher,
                    filters=qa.question_filters("What was said about CCTV?", searcher)
                    .overridden(Filters(panels=["West Mercia"])))
    assert not answer.abstained
    assert {p.panel for p in answer.passages} == {"West Mercia"}


def test_passages_carry_citation_metadata(searcher):
    answer = qa.ask("What did the Leicestershire panel resolve about the PCC's Annual Report?",
                    searcher, k=3)
    top = answer.passages[0]
    assert top.panel == "Leicestershire" and top.meeting_date == "2015-07-17"
    assert top.item_number == "150" and top.item_title.startswith("PCC's Annual Report")
    assert top.doc_id.endswith(".txt") and top.score


def test_period_without_papers_says_so(searcher):
    answer = qa.ask("What did Dorset decide in 2016?", searcher)
    assert answer.abstained
    assert answer.answer.startswith("The index holds no Dorset papers of 2016.")


@pytest.mark.parametrize("names_the_period", [True, False])
@pytest.mark.parametrize("undated_paper", [False, True])
def test_period_holding_none_of_the_panels_papers_is_looked_for_in_its_later_papers(
        names_the_period, undated_paper, tmp_path):
    """"The minutes of February 2020" are approved at the next meeting: with no Kent paper
    dated February 2020 (an undated one, kept in the scope, does not answer), Kent's papers
    that name a day in it answer, and the answer says the period holds no dated papers.
    Papers that do not name the period leave the honest abstention."""
    held_on = "3 February 2020" if names_the_period else "3 December 2019"
    papers = {"kent.txt": (
        "Kent Police and Crime Panel\nMinutes of the meeting held on 14 April 2020\n\n" + APOLOGIES +
        f"5. Minutes of the meeting held on {held_on}\n\n"
        "The Commissioner asked that the draft minutes be amended to record his answer on the "
        "safeguarding of vulnerable witnesses.\n\nRESOLVED that the minutes be approved as amended.\n")}
    if undated_paper:
        papers["kent-undated.txt"] = ("Kent Police and Crime Panel\n\n6. Estates Strategy\n\nThe Panel "
                                      "noted the sale of the old police station in the town centre.\n")
    answer = qa.ask("What amendment did the Commissioner ask for to the Kent minutes of February 2020?",
                    searcher_of(tmp_path, papers))
    assert answer.abstained is not names_the_period
    if names_the_period:
        assert answer.answer.startswith(
            "The index holds no Kent papers dated from 1 February 2020 to 29 February 2020")
        assert "safeguarding of vulnerable witnesses. [1]" in answer.answer
    elif not undated_paper:
        assert answer.answer.startswith("The index holds no Kent papers from 1 February 2020")
    else:  # the undated paper was searched, and the answer says so
        assert answer.answer.startswith(
            "The index holds no Kent papers dated from 1 February 2020 to 29 February 2020, and the "
            "undated Kent papers do not answer this question.")
        assert "kent-undated.txt" in {p.doc_id for p in answer.passages}


def test_statement_across_chunks_still_counts_as_evidence(searcher):
    # the name is in one chunk of the item, the statement about standing in the next
    answer = qa.ask("Is Sir Clive standing again in the PCC elections?", searcher)
    assert not answer.abstained
    assert answer.passages[0].item_title == "Chairman's Announcement"


KENT_MINUTES = "Kent Police and Crime Panel\nMinutes of the meeting held on 3 March 2020\n\n"
GWENT_MINUTES = "Gwent Police and Crime Panel\nMinutes of the meeting held on 7 March 2020\n\n"
APOLOGIES = "4. Apologies\n\nNone were received from members of the Panel today.\n\n"


def _kent_and_gwent(tmp_path, kent_items: str, gwent_items: str):
    """A Searcher over two panels' minutes holding these items: Kent's, and Gwent's as the
    other panel an abstention may point to."""
    return searcher_of(tmp_path, {"kent.txt": KENT_MINUTES + kent_items,
                                  "gwent.txt": GWENT_MINUTES + gwent_items})


def _answer_from_kent(tmp_path, items: str, question: str) -> str:
    """The answer to `question` from one paper, Kent's minutes holding `items`; it must not
    abstain."""
    answer = qa.ask(question, searcher_of(tmp_path, {"kent.txt": KENT_MINUTES + items}))
    assert not answer.abstained, answer.answer
    return answer.answer


def test_answer_quotes_what_was_said_not_the_items_heading(tmp_path):
    answer = _answer_from_kent(tmp_path, APOLOGIES + (
        "5. Proposed Police Budget and Precept Proposal for the 2020/21 financial year\n\n"
        "The Panel agreed the proposed precept of £5 a year for a Band D home after a vote.\n"),
        "What did Kent decide on the proposed police budget and precept proposal?")
    assert "The Panel agreed the proposed precept" in answer
    assert "Proposal for the 2020/21 financial year [" not in answer


def test_decision_answer_quotes_a_resolution_printed_under_its_own_heading(tmp_path):
    """modern.gov minutes print "RESOLVED" on a line of its own, then "That ... be noted"."""
    answer = _answer_from_kent(tmp_path, (
        "6. Annual Report of the Commissioner\n\n"
        "The Commissioner presented the annual report of the Commissioner for 2019/20 to the Panel.\n\n"
        "Members discussed the Commissioner's annual report and its new format at some length.\n\n"
        "The Commissioner said that his annual report described his priorities for the next year.\n\n"
        "RESOLVED\n\n1. That the report be noted with thanks to the officers.\n"),
        "What did Kent decide about the Commissioner's annual report?")
    assert "That the report be noted with thanks to the officers." in answer


def test_which_panels_names_each_panel_that_discussed_it(tmp_path):
    """One panel's many items on a subject must not crowd the others out of the answer."""
    kent = "".join(f"{n}. Precept Proposal Part {n}\n\nThe Panel discussed part {n} of the "
                   f"Commissioner's proposed precept at length.\n\n" for n in range(1, 16))
    papers = {"kent.txt": "Kent Police and Crime Panel\nMinutes of the meeting held on "
                          "3 February 2020\n\n" + kent}
    for panel, day in (("Gwent", "7"), ("Dorset", "10")):
        papers[f"{panel.lower()}.txt"] = (
            f"{panel} Police and Crime Panel\nMinutes of the meeting held on {day} February 2020\n\n"
            "1. Apologies\n\nNone were received from members of the Panel today.\n\n"
            "2. Council Tax 2020/21\n\nMembers considered the level of the precept for the "
            "coming year and agreed it.\n\n3. Road Safety\n\nThe Panel heard about "
            "speed cameras on rural roads in the county.\n")
    answer = qa.ask("Which panels discussed the precept?", searcher_of(tmp_path, papers))
    assert not answer.abstained, answer.answer
    leads = [line for line in answer.answer.split("\n") if line.endswith(":")]
    assert {lead.split(" panel,")[0] for lead in leads} == {"Kent", "Gwent", "Dorset"}, answer.answer


def test_how_much_question_abstains_when_the_passages_give_no_figure(tmp_path):
    """The subject is discussed but no amount is stated: "not in the papers", not a quote
    that talks around it. Another panel's paper that states the amount is answered."""
    searcher = _kent_and_gwent(
        tmp_path,
        "5. Estates Rationalisation\n\nThe Commissioner updated the Panel on the estates "
        "rationalisation programme and the savings it had made so far.\n\n"
        "Members asked for a fuller report on the estates savings at a later meeting.\n",
        "3. Estates Rationalisation\n\nThe Commissioner reported that the estates "
        "rationalisation programme had saved £1.2m a year since 2018.\n")
    kent = qa.ask("How much had Kent's estates rationalisation programme saved?", searcher)
    assert kent.abstained, kent.answer
    assert "The Kent papers give no figure" in kent.answer
    gwent = qa.ask("How much had Gwent's estates rationalisation programme saved?", searcher)
    assert not gwent.abstained, gwent.answer
    assert "£1.2m" in gwent.answer



def test_a_scoped_question_is_read_without_its_panel_words_and_embedded_half_with_them(searcher):
    """Every passage in scope carries its panel's name in its header, so BM25 reads the
    question without it; a sentence names the force only when it says something of it."""
    question = "When did Leicestershire Police bring in the Edison model?"
    query = Query.of(question, searcher, searcher.encode(question))
    assert "Leicestershire" not in query.text
    bare = searcher.encode(query.text)
    sentence = searcher.encode("The Edison model was implemented by Leicestershire Police in February 2015")
    assert float(query.vector @ sentence) > float(bare @ sentence)
    assert 0.0 < float(query.vector @ bare) < 1.0 and abs(float(query.vector @ query.vector) - 1) < 1e-5


def test_the_best_ranked_passage_is_always_quoted_from(searcher, monkeypatch):
    """One passage's own signals sit near the threshold: when the question is judged answered,
    its best passage is quoted from even if only a lower one passes alone."""
    from qa import answerability

    question = "How many digital dogs does Dorset Police have?"
    first = qa.ask(question, searcher)
    assert not first.abstained
    lower = {p.chunk_id for p in first.passages[1:]}
    monkeypatch.setattr(answerability.Model, "passage_answers",
                        lambda self, passage, gap=None: searcher.chunk(passage.row).chunk_id in lower)
    answer = qa.ask(question, searcher)
    assert any(c.rank == 1 for c in qa.citations(answer)), answer.answer


def test_a_question_naming_two_panels_is_answered_panel_by_panel(tmp_path):
    """Each named panel that discussed the subject is quoted under its own meeting; one that
    did not is said not to answer, not quoted on something else."""
    searcher = searcher_of(tmp_path, {
        "kent.txt": ("Kent Police and Crime Panel\nMinutes of the meeting held on 3 February 2020\n\n"
                     "1. Precept 2020/21\n\nThe Panel supported a precept rise of £10 a year for a "
                     "Band D home after a long debate.\n\n"
                     "2. Precept consultation\n\nThe Commissioner said the precept consultation had "
                     "drawn 2,000 replies from residents.\n"),
        "gwent.txt": ("Gwent Police and Crime Panel\nMinutes of the meeting held on 7 February 2020\n\n"
                      "1. Council Tax 2020/21\n\nThe Panel supported a precept rise of £12 a year for "
                      "a Band D home.\n"),
        "dorset.txt": ("Dorset Police and Crime Panel\nMinutes of the meeting held on 10 February 2020\n\n"
                       "1. Road Safety\n\nThe Panel heard about the speed camera partnership and "
                       "its work with schools.\n")})
    answer = qa.ask("How did Kent and Gwent compare on the precept?", searcher)
    assert not answer.abstained, answer.answer
    assert "Kent panel, 3 February 2020" in answer.answer and "Gwent panel, 7 February 2020" in answer.answer
    both = qa.ask("What did Kent and Dorset say about the precept?", searcher)
    assert "Kent panel" in both.answer
    assert "The Dorset papers do not answer this." in both.answer


FIRE_PRECEPT_REPORT = (
    "Agenda Item 6\n\nCUMBRIA POLICE, FIRE AND CRIME PANEL\nMeeting date: 15 March 2023\n\n"
    "PROPOSED FIRE PRECEPT 2023/24\n\n1.0 PURPOSE OF REPORT\n"
    "1.1 To inform the Panel of the proposed fire precept for 2023/24.\n2.0 RECOMMENDATION\n"
    "2.1 That the Panel endorse the proposed fire precept of £15 for a Band D property.\n")


def test_a_decide_question_met_only_by_a_report_abstains_and_points_to_it(tmp_path):
    """A report put to a meeting says what was proposed; only minutes say what was decided."""
    searcher = searcher_of(tmp_path, {"cumbria.txt": FIRE_PRECEPT_REPORT})
    answer = qa.ask("What did Cumbria decide about the fire precept?", searcher)
    assert answer.abstained, answer.answer
    assert answer.answer.startswith("The Cumbria papers speak of this only in papers put to meetings, "
                                    "which say what was proposed, not what the panel decided."), answer.answer
    assert "under “Proposed Fire Precept 2023/24”" in answer.answer


def test_a_proposal_answered_from_a_report_says_so(tmp_path):
    """"What was the panel asked to endorse?" is answered by the report, which says what was
    proposed, and the answer says it is no decision."""
    searcher = searcher_of(tmp_path, {"cumbria.txt": FIRE_PRECEPT_REPORT})
    answer = qa.ask("Which fire precept was the Cumbria panel asked to endorse?", searcher)
    assert not answer.abstained, answer.answer
    assert answer.answer.endswith("not what the panel decided.")
    assert "quoted from a report put to the meeting" in answer.answer


def test_answer_goes_on_to_the_sentence_that_says_what_of_the_subject(tmp_path):
    """The sentence nearest the question often only names its subject; the one after it,
    in the same paragraph or the next, says what happened."""
    answer = _answer_from_kent(tmp_path, (
        "7. Performance Report\n\n"
        "The Commissioner told members that the inspectorate had completed its effectiveness "
        "inspection of the force in January.\n\n"
        "It looked at the response to vulnerable victims and at how calls were handled.\n\n"
        "Members asked about recruitment of new officers and the training programme.\n"),
        "What did the inspectorate's effectiveness inspection of Kent look at?")
    assert "had completed its effectiveness inspection" in answer
    assert "It looked at the response to vulnerable victims" in answer


@pytest.mark.parametrize("acronym, text, expected", [
    ("ANPR", "the use of Automatic Number Plate Recognition technology", True),
    ("PCC", "a letter from the Police and Crime Commissioner", True),
    ("ASB", "reports of Anti-Social Behaviour rose", True),
    ("PCSOs", "more Police Community Support Officers", True),
    ("ANPR", "a number plate was read", False),  # written out only in capitalised words
    ("CSE", "the Chief Executive said", False),  # the letters must run in order, none between
])
def test_an_acronym_is_held_by_a_passage_that_writes_it_out(acronym, text, expected):
    from qa.evidence import spells

    assert spells(acronym, text) is expected


def test_a_question_in_acronyms_is_answered_by_a_paper_that_writes_them_out(tmp_path):
    answer = _answer_from_kent(tmp_path, APOLOGIES + (
        "5. Work Programme\n\nThe Panel asked for a report giving an overview of the use of "
        "Automatic Number Plate Recognition technology across the county at its next meeting.\n"),
        "What did the Kent panel say about ANPR?")
    assert "Automatic Number Plate Recognition technology" in answer


def test_words_a_question_writes_out_are_held_by_their_acronym():
    from qa.evidence import SubjectScorer, subject_words

    scorer = SubjectScorer(subject_words("What did Kent say about anti-social behaviour?", ["Kent"]),
                           lambda stem: 1, 100)
    assert scorer.coverage("Reports of ASB rose across the county.")[0] == 1.0
    assert scorer.coverage("Reports of burglary rose across the county.")[0] == 0.0


def test_a_hyphenated_words_prefix_alone_holds_none_of_it():
    """"Co-ordinator" shares only "co" with "co-opted": no part of a co-option."""
    from qa.evidence import SubjectScorer, subject_words

    scorer = SubjectScorer(subject_words("When was the Kent co-opted member chosen?", ["Kent"]),
                           lambda stem: 1, 100)
    assert scorer.coverage("The PSHE Co-ordinator was chosen.")[0] == 0.5  # "chosen" only
    assert scorer.coverage("The co-opted member was chosen.")[0] == 1.0


def test_the_institutions_name_in_a_passage_holds_none_of_the_subject():
    """A fire and crime panel's name says nothing of a fire precept, nor of rural crime."""
    from qa.evidence import SubjectScorer, subject_words

    scorer = SubjectScorer(subject_words("What did Kent decide about the fire precept?", ["Kent"]),
                           lambda stem: 1, 100)
    assert scorer.coverage("The Police, Fire and Crime Commissioner's precept was agreed.")[0] == 0.5
    assert scorer.coverage("The fire precept was agreed.")[0] == 1.0
    crime = SubjectScorer(subject_words("What did the Kent panel say about rural crime?", ["Kent"]),
                          lambda stem: 1, 100)
    assert crime.coverage_each(["The Police and Crime Panel visited rural parishes."]) == [0.5]
    reform = SubjectScorer(subject_words("What did Kent say about police governance reform?", ["Kent"]),
                           lambda stem: 1, 100)
    assert reform.coverage("The precept was set under the Police Reform and Social Responsibility Act "
                           "2011.")[0] == 0.0


def test_the_institutions_own_acronym_never_writes_out_a_subject():
    """"public confidence changed" has the initials of "PCC", which nearly every passage prints."""
    from qa.evidence import SubjectScorer, subject_words

    scorer = SubjectScorer(subject_words("How has public confidence in Kent changed?", ["Kent"]),
                           lambda stem: 1, 100)
    assert scorer.coverage("The PCC confirmed the figures for the year.")[0] == 0.0


def test_a_passage_holding_only_the_year_asked_of_does_not_hold_the_subject():
    """The chair elected for the 2024/25 municipal year is no answer on that year's precept;
    with the subject, the year counts again."""
    from qa.evidence import SubjectScorer, qualifiers, subject_words

    subject = subject_words("What did Kent decide about the precept for 2024/25?", ["Kent"])
    assert qualifiers(subject) == ["2024/25"]
    scorer = SubjectScorer(subject, lambda stem: 1, 100)
    passage = "Councillor Jane Doe was re-elected as chair of the panel for the municipal year 2024/25."
    assert scorer.coverage(passage)[0] == 0.0
    assert scorer.coverage(f"{passage} The precept for 2024/25 was agreed.")[0] == 1.0
    # a passage on other years' precepts is not on this year's
    assert scorer.coverage("The precept for 2018/19 rose by 4.49 per cent.")[0] == 0.0
    assert scorer.coverage("The precept for 2024-25 rose, as it had for 2023/24.")[0] == 1.0
    # a date sharing the year's digits ("25 September 2024") does not name it
    assert scorer.coverage("The precept was agreed on 25 September 2024.")[0] == pytest.approx(1 / 3)


@pytest.mark.parametrize("year, answered", [("2020/21", True), ("2019/20", False)])
def test_a_financial_year_scopes_the_papers_around_it(year, answered, tmp_path):
    """The precept for 2020/21 is set in January 2020; a 2018 paper on the 2018/19 precept and
    a 2022 one on that year's answer neither 2020/21 nor 2019/20."""
    papers = {
        "kent-2018.txt": ("Kent Police and Crime Panel\nMinutes of the meeting held on 26 January 2018\n\n"
                          "1. Precept 2018/19\n\nThe Panel vetoed the proposed precept increase of 4.49 per "
                          "cent for 2018/19.\n"),
        "kent-2020.txt": ("Kent Police and Crime Panel\nMinutes of the meeting held on 31 January 2020\n\n"
                          "1. Precept 2020/21\n\nThe Panel recommended that the precept increase be reduced "
                          "from 6.99 per cent to six per cent for 2020/21.\n"),
        "kent-2022.txt": ("Kent Police and Crime Panel\nMinutes of the meeting held on 28 January 2022\n\n"
                          "1. Precept\n\nThe Panel recommended a precept increase of 5.5 per cent from April "
                          "rather than the proposed 5 per cent.\n")}
    answer = qa.ask(f"What precept increase did the Kent panel recommend for {year}?",
                    searcher_of(tmp_path, papers))
    assert answer.abstained is not answered, answer.answer
    if answered:
        assert answer.answer.startswith("Kent panel, 31 January 2020"), answer.answer


def test_passages_naming_only_other_financial_years_rank_below_the_rest(tmp_path):
    """Both pages fall in the papers around 2020/21; the one on the 2021/22 precept, though
    worded more like the question, ranks below the one on 2020/21's."""
    papers = {
        "kent-2020.txt": ("Kent Police and Crime Panel\nMinutes of the meeting held on 31 January 2020\n\n"
                          "1. Budget report\n\nMembers put forward a rise of six per cent for 2020/21 "
                          "instead of the 6.99 per cent proposed.\n"),
        "kent-2021.txt": ("Kent Police and Crime Panel\nMinutes of the meeting held on 29 January 2021\n\n"
                          "1. Precept recommendation\n\nThe Panel recommended a precept rise. "
                          "The precept rise the Panel recommended was 5.49 per cent for 2021/22.\n")}
    searcher = searcher_of(tmp_path, papers)
    question = "What precept rise did the Kent panel recommend for 2020/21?"
    from qa.answer import retrieve

    dates = [hit.chunk.meeting_date for hit in retrieve(question, searcher)]
    assert dates.index("2020-01-31") < dates.index("2021-01-29"), dates
    assert qa.ask(question, searcher).answer.startswith("Kent panel, 31 January 2020")


def test_an_agenda_item_that_is_only_its_heading_is_quoted_by_it(tmp_path):
    """A council's agenda page lists items as headings alone; the heading is all the paper
    says of its item, so the answer quotes it, not a passage that shares a word."""
    papers = {
        "kent-agenda.txt": ("Kent Police and Crime Panel\nAgenda\n\nNo. | Item |\n---|---|\n"
                            "REPORT FROM COMMISSIONER ON ISSUES ARISING FROM COVID 19 |\n|\n"
                            "NOTIFICATION OF CHIEF CONSTABLE'S CONTRACT EXTENSION |\n|\n"
                            "ANY OTHER BUSINESS |\n|\n"),
        "kent-minutes.txt": (KENT_MINUTES + "1. Introduction and welcome\n\nA welcome was extended to "
                             "all members of the Panel and to the two new co-opted members.\n")}
    answer = qa.ask("Was the Kent panel told about an extension to the chief constable's contract?",
                    searcher_of(tmp_path, papers))
    assert not answer.abstained, answer.answer
    assert "NOTIFICATION OF CHIEF CONSTABLE'S CONTRACT EXTENSION [1]" in answer.answer, answer.answer
    assert "welcome" not in answer.answer


def test_an_answering_passage_without_sentences_is_quoted_by_its_line_on_the_subject(tmp_path):
    """A table states no sentence: the answer quotes its row on the subject, never a sentence
    of a passage that does not answer."""
    items = ("5. Precept bands for 2017/18\n\nBand | 2016/17 | 2017/18\nA | 74.37 | 77.70\n"
             "Band D precept | 111.55 | 116.55\nH | 223.10 | 233.10\n\n"
             "6. Apologies\n\nNone were received from members of the Panel today.\n")
    answer = _answer_from_kent(tmp_path, items, "What was the Band D precept in Kent?")
    assert "Band D precept | 111.55 | 116.55 [1]" in answer, answer
    assert "Apologies" not in answer and "None were received" not in answer


def test_a_line_quoted_for_want_of_a_sentence_is_cut_at_a_word(tmp_path):
    """A PDF's line run on without a full stop is too long to be a sentence: it is quoted cut at
    a word, verbatim, never mid-word."""
    line = ("The Panel received a report from the Commissioner regarding road safety which outlined the "
            "role of the Force in relation to road safety and how it was held to account for the "
            "reduction of killed and seriously injured casualties on the roads of the county and the "
            "Panel was informed that a recent increase in the level of killed and seriously injured "
            "casualties was attributable to the increase in cycling rates and the road safety "
            "performance of the Police was scrutinised by the Commissioner during performance meetings "
            "with the Chief Constable and the safer roads partnership was the local oversight body")
    answer = _answer_from_kent(tmp_path, f"5. Road Safety Report\n\n{line}\n",
                               "What was the rise in killed and seriously injured casualties put down to?")
    quoted = answer.split("\n")[1].removesuffix(" [1]")
    assert line.startswith(quoted) and 200 < len(quoted) <= 300, answer
    assert line[len(quoted)] == " ", answer


def test_the_police_and_crime_plan_is_a_subject_not_the_institution(tmp_path):
    """"the Police and Crime Panel" names who met; "the police and crime plan" is what a
    question may ask about, so the answer is about the plan, not a list of the meeting's items."""
    answer = _answer_from_kent(tmp_path, APOLOGIES + (
        "5. Police and Crime Plan 2021-2025\n\nRESOLVED that the Panel endorses the draft police and "
        "crime plan, with its three priorities for victims, neighbourhoods and road safety.\n\n"
        "6. Complaints\n\nRESOLVED that the complaints report be noted by the Panel.\n"),
        "What did the Kent panel decide about the police and crime plan?")
    assert "what it recorded" not in answer  # the overview of a meeting with no subject
    assert "endorses the draft police and crime plan" in answer


@pytest.mark.parametrize("sentence, outcome", [
    ("RESOLVED \u2013 That the report be noted.", True),
    ("The Panel vetoed the proposed precept.", True),
    ("The Panel unanimously supported the proposed precept of \u00a310.", True),
    ("The Panel confirmed the appointment of the Chief Constable.", True),
    ("Victim Support provides services to victims of crime.", False),
    ("The Commissioner supports the work of the partnership.", False),
])
def test_a_panels_powers_over_precept_and_appointments_record_outcomes(sentence, outcome):
    from ingest.words import OUTCOME

    assert bool(OUTCOME.search(sentence)) is outcome


FUEL_CARDS = ("Details were submitted of a decision made by the Commissioner on the provision of fuel "
              "cards for emergency vehicles.")


@pytest.mark.parametrize("decisions, question", [
    # Kent's papers state an amount for the precept, none for fuel cards: the precept's £10 is
    # no answer to "How much ... on fuel cards"
    (FUEL_CARDS + "\n\n5. Proposed Precept 2020/21\n\nThe Commissioner set out a rise of £10 a year "
     "for a Band D home, which the Panel supported.", "How much did Kent spend on fuel cards for "
     "emergency vehicles?"),
    # "Decision 2019/20 No. 1: Provision of Fuel Cards" numbers the decision; it does not say how
    # many cards were bought
    ("Kent Commissioner decision 2019/20 No. 1 published since the last meeting:\n\nProvision of "
     "Fuel Cards for Emergency Vehicles:\n\n" + FUEL_CARDS,
     "How many fuel cards did the Kent Commissioner buy for emergency vehicles?"),
])
def test_a_number_that_is_not_a_figure_of_the_subject_does_not_answer_how_much(decisions, question,
                                                                                tmp_path):
    searcher = searcher_of(tmp_path, {
        "kent.txt": (KENT_MINUTES +
                     "4. Decisions published by the Commissioner\n\n" + decisions + "\n")})
    answer = qa.ask(question, searcher)
    assert answer.abstained, answer.answer
    assert "The Kent papers give no figure" in answer.answer


def test_a_figure_in_a_sentence_on_something_else_does_not_answer_how_many(tmp_path):
    """An update listing "Complaints following enforcement of Covid restrictions" gives no count
    of them, though its other lines hold numbers ("four local authorities")."""
    searcher = searcher_of(tmp_path, {"kent.txt": (
        KENT_MINUTES + "4. Commissioner's Update\n\nThe Commissioner provided an update on the "
        "following areas:\n\n- Complaints following enforcement of Covid restrictions.\n\n- Joint "
        "working with the four local authorities on 12 shared projects.\n")})
    answer = qa.ask("How many complaints about Covid enforcement did Kent Police receive?", searcher)
    assert answer.abstained, answer.answer
    assert "The Kent papers give no figure" in answer.answer


def test_a_figure_in_a_short_bullet_answers_how_much(tmp_path):
    """A bullet too short to quote as a sentence still states the figure asked for."""
    searcher = searcher_of(tmp_path, {"kent.txt": (
        KENT_MINUTES + "4. Antisocial Behaviour\n\nThe report set out several initiatives, "
        "including:\n\n- ASB Awareness Week, which took place in November.\n\n- A £500,000 Youth "
        "Empowerment Scheme.\n\n- Community walkabouts with local authorities.\n")})
    answer = qa.ask("How much was the Kent Youth Empowerment Scheme worth?", searcher)
    assert not answer.abstained, answer.answer


def test_holding_a_meeting_is_not_the_subject(tmp_path):
    """"Why did the Kent panel hold a minute's silence?": a passage on when to hold meetings, or
    one holding the "Minutes:" label, is not about a silence; another panel's paper is."""
    searcher = _kent_and_gwent(
        tmp_path,
        "4. Exclusion of the Public\n\nMinutes:\n\nThe Panel agreed to hold the rest of the "
        "meeting in closed session while it considered the exempt appendix.\n",
        "1. Minute's Silence\n\nThe Panel observed a minute's silence following the death "
        "of Councillor Jones, a long-serving member.\n")
    answer = qa.ask("Why did the Kent panel hold a minute's silence?", searcher)
    assert answer.abstained, answer.answer
    assert "Gwent's panel discussed it" in answer.answer


@pytest.mark.parametrize("paper, answered", [
    ("Kent Police and Crime Panel\nAgenda for the meeting to be held on 15 June 2015\n\n1. Election of "
     "Chairman\n\n2. Election of Vice-Chairman\n\nNominations for the position of Vice-Chair for the "
     "2015/16 municipal year will be requested at the meeting.\n", False),
    ("Kent Police and Crime Panel\nMinutes of the meeting held on 15 June 2015\n\n2. Election of "
     "Vice-Chairman\n\nRESOLVED that Councillor Jane Smith be elected Vice-Chairman of the Panel for "
     "the 2015/16 municipal year.\n", True),
])
def test_an_agenda_does_not_say_who_was_chosen(paper, answered, tmp_path):
    """An agenda says a vice-chair is to be elected; only the minutes say who was."""
    answer = qa.ask("Who was elected vice-chair of the Kent panel in June 2015?",
                    searcher_of(tmp_path, {"kent.txt": paper}))
    assert answer.abstained is not answered, answer.answer
    if not answered:
        assert answer.answer.startswith("The Kent papers from 1 June 2015 to 30 June 2015 speak of this "
                                        "only in agendas"), answer.answer
    else:
        assert "Councillor Jane Smith" in answer.answer


@pytest.mark.parametrize("minute, answered", [
    ("The Commissioner updated the Panel on recruitment for the new Chief Constable, which would "
     "conclude in the summer. In response to a question from Councillor Ann Lee regarding officer "
     "numbers, the Commissioner said the bulk of new officers were funded by the council taxpayer.",
     False),
    ("The Panel held a confirmation hearing for the proposed Chief Constable. RESOLVED that the Panel "
     "confirms the appointment of Mr John Brown as Chief Constable.", True),
])
def test_who_was_chosen_is_answered_by_a_named_person(minute, answered, tmp_path):
    """"Who did the panel confirm as Chief Constable?" from minutes that discuss the recruitment
    but name no one chosen abstains: the one person named asked about something else."""
    searcher = searcher_of(tmp_path, {"kent.txt": KENT_MINUTES + "4. Chief Constable\n\n" + minute + "\n"})
    answer = qa.ask("Who did the Kent panel confirm as the new Chief Constable?", searcher)
    assert answer.abstained is not answered, answer.answer
    if answered:
        assert "Mr John Brown" in answer.answer
    else:
        assert "do not name who was chosen" in answer.answer


def test_who_was_chosen_is_answered_by_a_name_without_a_title(tmp_path):
    """A council's page on its panel names the elected Commissioner without a title."""
    searcher = searcher_of(tmp_path, {"kent.txt": KENT_MINUTES + (
        "4. About the Panel\n\nThe first elections took place in 2012 and 2016 when Sue Green "
        "(Independent) was elected Commissioner for Kent. On 6th May 2021, Mark Hale was elected as "
        "Kent's new Police and Crime Commissioner and his role is to be the voice of the public.\n")})
    answer = qa.ask("Who was elected Kent Commissioner in May 2021?", searcher)
    assert not answer.abstained, answer.answer
    assert "Mark Hale" in answer.answer


def test_a_sentence_holds_no_more_of_the_subject_than_its_passage(tmp_path):
    """A passage on another financial year's precept holds none of "the precept for 2022/23",
    and so neither does any sentence of it that does not itself name the year."""
    searcher = searcher_of(tmp_path, {"kent.txt": (
        "Kent Police and Crime Panel\nMinutes of the meeting held on 3 February 2023\n\n4. Medium "
        "Term Financial Plan for 2024/25\n\nThe Commissioner presented "
        "to the Panel her proposed precept for the forthcoming financial year in accordance with the "
        "Act.\n")})
    found = assess("What Band D precept did the Kent panel set for 2022/23?", searcher)
    assert found.signals is not None and found.signals.cov == 0.0
    assert found.signals.scov == 0.0


@pytest.mark.parametrize("roll, answered", [
    ("1. Apologies\n\nThe Chair welcomed new member, Cllr Jane Doe from Dover District Council, to "
     "the Panel.\n", False),
    ("PRESENT: Councillor Mike Hill (Chair) - Tonbridge and Malling Borough Council\n\n1. Apologies"
     "\n\nThe Chair welcomed new member, Cllr Jane Doe from Dover District Council, to the Panel.\n",
     True),
])
def test_who_chaired_is_answered_only_where_the_chair_is_named(roll, answered, tmp_path):
    """"Who chaired the panel?" is not answered by the person the Chair welcomed."""
    searcher = searcher_of(tmp_path, {"kent.txt": KENT_MINUTES + roll})
    answer = qa.ask("Who chaired the Kent panel in March 2020?", searcher)
    assert answer.abstained is not answered, answer.answer
    if answered:
        assert "Councillor Mike Hill" in answer.answer
    else:
        assert "do not name who chaired" in answer.answer



@pytest.mark.parametrize("minute, answered", [
    ("The Panel can hold confirmation hearings for the proposed appointment of a Deputy Police and "
     "Crime Commissioner (if one is appointed), and may make recommendations on the appointment.", False),
    ("The Chair welcomed Mrs Jane Hill, the Deputy Police and Crime Commissioner, to the meeting.", True),
])
@pytest.mark.parametrize("asked", ["Who is the Deputy Police and Crime Commissioner for Kent?",
                                   "Who will be the Kent Deputy Police and Crime Commissioner?"])
def test_who_holds_a_post_is_answered_by_a_named_person(minute, answered, asked, tmp_path):
    """"Who is the Deputy Commissioner?" from a passage on the post that names no one abstains."""
    searcher = searcher_of(tmp_path, {"kent.txt": f"{KENT_MINUTES}4. Deputy Commissioner\n\n{minute}\n"})
    answer = qa.ask(asked, searcher)
    assert answer.abstained is not answered, answer.answer
    if answered:
        assert "Mrs Jane Hill" in answer.answer
    else:
        assert "do not name who held the post" in answer.answer


KENT_AGENDA = ("Kent Police and Crime Panel\nAgenda for the meeting to be held on 31 January 2025\n\n"
               "1. Declarations of Interest\n\n2. Minutes of the Previous Meeting\n\n")
PROPOSED_PRECEPT = ("3. Proposed Precept 2025/26\n\nThe Panel is asked to consider the Commissioner's "
                    "proposed precept of \u00a3250 for a Band D property for 2025/26 and make "
                    "recommendations. If the Panel does not accept the proposed precept, the power of "
                    "veto is provided under Schedule 5.\n")


@pytest.mark.parametrize("paper, answered", [
    (KENT_AGENDA + PROPOSED_PRECEPT, False),  # what was proposed, and what the panel may do
    # a council's page that records what the panel did, and the minutes, answer
    ("Kent Police and Crime Panel\n\nAt its 31 January 2025 meeting, the Panel considered the proposed "
     "precept for 2025/26 and agreed to accept the Commissioner's proposal of \u00a3250 for a Band D "
     "property.\n", True),
    ("Kent Police and Crime Panel\nMinutes of the meeting held on 31 January 2025\n\n3. Proposed Precept "
     "2025/26\n\nRESOLVED - That the Panel supports the proposed precept for 2025/26.\n", True),
    # a council's page for one agenda item: a decision only where its minutes record one
    ("Agenda item\n\nProposed Precept 2025/26\n\nMeeting: 31/01/2025 - Kent Police and Crime Panel "
     "(Item 3)\n\nThe Panel will consider the Commissioner's proposed precept for 2025/26 of \u00a3250 "
     "for a Band D property.\n", False),
    ("Agenda item\n\nProposed Precept 2025/26\n\nMeeting: 31/01/2025 - Kent Police and Crime Panel "
     "(Item 3)\n\nMinutes:\n\n(1) RESOLVED that the Panel supports the proposed precept for 2025/26.\n",
     True),
])
def test_a_decision_is_answered_by_papers_recording_one_not_by_a_proposal(paper, answered, tmp_path):
    """"What did the panel recommend on the precept?" from an agenda that asks the panel to make
    recommendations abstains: it says what was proposed, not what was decided."""
    answer = qa.ask("What did the Kent panel recommend on the 2025/26 precept?",
                    searcher_of(tmp_path, {"kent.txt": paper}))
    assert answer.abstained is not answered, answer.answer
    if not answered:
        assert "speak of this only in papers put to meetings" in answer.answer, answer.answer


def test_what_a_panel_was_asked_to_decide_is_answered_by_its_agenda(tmp_path):
    answer = qa.ask("What precept was the Kent panel asked to consider for 2025/26?",
                    searcher_of(tmp_path, {"kent.txt": KENT_AGENDA + PROPOSED_PRECEPT}))
    assert not answer.abstained, answer.answer


def test_who_chairs_a_body_is_not_answered_by_the_panels_chair(tmp_path):
    """"Who chairs the Accountability Board?" is not answered by who was elected chair of the
    panel, though that sentence names a chair: the board is what is asked of."""
    searcher = searcher_of(tmp_path, {"kent.txt": (
        f"{KENT_MINUTES}4. Election of Chair\n\nCouncillor Ann Lee was elected chair of the Panel for "
        "the year.\n\n5. Commissioner's Update\n\nThe Commissioner will replace the Policing Board "
        "with a new Accountability and Governance Board, meeting in public to hold the Chief Constable "
        "to account.\n")})
    board = qa.ask("Who chairs the Kent Accountability and Governance Board?", searcher)
    assert board.abstained, board.answer
    assert "do not name who chaired" in board.answer
    panel = qa.ask("Who chaired the Kent panel in 2020?", searcher)
    assert not panel.abstained and "Councillor Ann Lee" in panel.answer, panel.answer


def test_who_chaired_the_meeting_an_event_is_named_by_is_answered_from_its_report(tmp_path):
    """"Who chaired the panel when the Commissioner missed the meeting?": the report of that
    meeting names the chair in one sentence and the event in others."""
    searcher = searcher_of(tmp_path, {"kent-news.txt": (
        "Kent Police and Crime Panel\n\nRow as commissioner misses meeting\n\nThe Kent Police and Crime "
        "Commissioner angered members of the panel by missing a meeting during national mourning. "
        "Panel chairman Tony Riordan said government advice was that planned meetings should go ahead. "
        "A minute's silence had been held at the start.\n")})
    answer = qa.ask("Who chaired the Kent panel when the Commissioner missed the meeting?", searcher)
    assert not answer.abstained, answer.answer
    assert "Tony Riordan" in answer.answer


@pytest.mark.parametrize("minutes, answered", [
    ("The Minutes of the Meeting held on 4th February 2021 were confirmed.", True),  # a day of 2021
    ("The Minutes of the last Meeting were confirmed.", False),  # no day at all
])
def test_who_chaired_in_a_year_is_not_answered_by_an_undated_page_of_another_year(minutes, answered,
                                                                                   tmp_path):
    """A page without its date that names no day of the year asked ("re-elected Chairman up to
    the 2024 Annual General Meeting") says who held the chair then, not in the year asked; the
    abstention says an undated paper names someone."""
    papers = {"kent-agm.txt": (
        "Kent Police and Crime Panel\n\n1. Election of Chairman\n\nThat Mr Chris Cook be re-elected "
        "Chairman of the Kent Police and Crime Panel for the period up to the 2024 Annual General "
        f"Meeting.\n\n2. Minutes\n\n{minutes}\n"),
        "kent-2019.txt": ("Kent Police and Crime Panel\nMinutes of the meeting held on 5 February 2019\n\n"
                          "1. Apologies\n\nApologies were received from Councillor Jane Smith today.\n")}
    answer = qa.ask("Who chaired the Kent panel in 2021?", searcher_of(tmp_path, papers))
    assert answer.abstained is not answered, answer.answer
    if answered:
        assert "Mr Chris Cook" in answer.answer
    else:
        assert answer.answer.startswith("The Kent papers of 2021 do not name who chaired: only an undated "
                                        "paper names someone, and it may be of another year."), answer.answer


@pytest.mark.parametrize("minute, answered", [
    ("Independent Member Julie Knight was duly nominated and seconded. RESOLVED that Julie Knight, "
     "Independent Member be elected as Vice-Chair.", False),
    ("Councillor Tom Brown nominated Independent Member Julie Knight, which was seconded. RESOLVED that "
     "Julie Knight be elected as Vice-Chair.", True),
])
def test_who_chose_someone_is_not_answered_by_the_one_chosen(minute, answered, tmp_path):
    """"Who nominated Julie Knight?" is not answered by her being nominated."""
    searcher = searcher_of(tmp_path, {"kent.txt": f"{KENT_MINUTES}2. Election of Vice-Chair\n\n{minute}\n"})
    answer = qa.ask("Who nominated Julie Knight as Kent vice-chair?", searcher)
    assert answer.abstained is not answered, answer.answer
    if answered:
        assert "Councillor Tom Brown" in answer.answer


@pytest.mark.parametrize("person, answered", [("Steve Turner", True), ("Barrie Cooper", False)])
def test_a_figure_of_a_person_is_in_a_passage_naming_them(person, answered, tmp_path):
    """"How many votes did Barrie Cooper get?" is not answered by the winner's votes on a page
    that never names him; the winner's own count, said of "Mr Turner", answers his."""
    searcher = searcher_of(tmp_path, {"kent-news.txt": (
        "Kent Police and Crime Panel\n\nNew Commissioner elected\n\nSteve Turner has become Kent's new "
        "Commissioner. Mr Turner received more than half of the first preference votes cast with 74,023 "
        "votes. The election had a turnout of 33.7%.\n")})
    answer = qa.ask(f"How many votes did {person} get in the Kent election?", searcher)
    assert answer.abstained is not answered, answer.answer


@pytest.mark.parametrize("minute, answered", [
    ("Apologies for absence were received from Councillor Pritchard.", False),  # that, not why
    ("Apologies for absence were received from Councillor Pritchard due to a family bereavement.", True),
    # the reason in the next sentence, as minutes give the occasion of a tribute
    ("The Chairman referred to a recent family bereavement. Councillor Pritchard was absent from "
     "the meeting.", True),
])
def test_why_is_answered_by_a_reason_not_by_the_event(minute, answered, tmp_path):
    """"Why did Councillor Pritchard miss the meeting?" from minutes recording only his apologies
    abstains: the papers say what happened, not why."""
    searcher = searcher_of(tmp_path, {"kent.txt": f"{KENT_MINUTES}1. Apologies\n\n{minute}\n\n"
                                      "2. Precept\n\nThe Panel noted the precept report.\n"})
    answer = qa.ask("Why did Councillor Pritchard miss the Kent panel in March 2020?", searcher)
    assert answer.abstained is not answered, answer.answer
    if not answered:
        assert "say what happened but give no reason for it" in answer.answer


def test_why_is_not_answered_by_the_event_itself_after_a_connective(tmp_path):
    """"following the resignation of X" is the event asked about, not its reason."""
    searcher = searcher_of(tmp_path, {"kent.txt": (
        f"{KENT_MINUTES}5. Acting Commissioner\n\nMs Oldroyd was appointed acting Commissioner "
        "following the resignation of Commissioner Barry Coppinger.\n")})
    answer = qa.ask("Why did Barry Coppinger resign as Kent Commissioner?", searcher)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize("outcome, answered", [
    ("Members asked about the cost of neighbourhood policing and the Commissioner answered.", False),
    ("RESOLVED that the Panel supports the proposed precept.", True),
    ("The Panel agreed to support the proposed precept.", True),
])
def test_a_decision_asked_about_needs_minutes_that_record_one(outcome, answered, tmp_path):
    """Minutes that tell of the Commissioner's presentation on the precept, and the questions
    put, record no decision: "What did the panel decide on the precept?" abstains."""
    searcher = searcher_of(tmp_path, {"kent.txt": (
        f"{KENT_MINUTES}5. Precept and Medium Term Financial Strategy\n\nThe Commissioner made a "
        f"presentation on the proposed precept for 2020/21 and the financial overview. {outcome}\n")})
    answer = qa.ask("What did the Kent panel decide on the 2020/21 precept?", searcher)
    assert answer.abstained is not answered, answer.answer
    if not answered:
        assert "record no decision on it" in answer.answer


def test_why_is_answered_by_a_reason_under_a_heading_that_holds_the_subject(tmp_path):
    """The subject is in the item's heading, the reason in a sentence that names none of it."""
    searcher = searcher_of(tmp_path, {"kent.txt": (
        f"{KENT_MINUTES}5. Further Information on Domestic Abuse\n\nL Noble gave a verbal update on "
        "the action. Members noted that the update had suggested that it would be an onerous task "
        "to provide more data.\n")})
    answer = qa.ask("Why was further information on domestic abuse not pursued by the Kent panel?", searcher)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize("items, question", [
    # a reason beside other councillors' apologies is no reason for his
    ("1. Apologies\n\nApologies for absence were received from Councillor Pritchard.\n\n"
     "2. Attendance\n\nThree other councillors sent their apologies, as the meeting had been moved "
     "at short notice.\n", "Why did Councillor Pritchard send apologies to the Kent panel in March 2020?"),
    # minutes naming him only for his interest (and why he declared it) never say he left
    ("2. Declarations of interest\n\nCouncillor Pritchard declared an interest in item 6 as he was a "
     "member of the Kent Council for Voluntary Youth Services.\n\n3. Precept\n\nThe Panel noted the "
     "precept report.\n", "Why did Councillor Pritchard leave the Kent panel?"),
])
def test_why_a_person_did_something_is_told_where_they_are_named_next_to_what_they_did(
        items, question, tmp_path):
    searcher = searcher_of(tmp_path, {"kent.txt": f"{KENT_MINUTES}{items}"})
    answer = qa.ask(question, searcher)
    assert answer.abstained, answer.answer


def test_who_holds_the_commissioners_post_is_answered_by_the_sentence_naming_them(tmp_path):
    """"the Police and Crime Commissioner for Kent" loses "Commissioner for Kent" to the
    force's name; the "Police and Crime" left is the institution's name, not a subject that
    the sentence naming the Commissioner would have to hold."""
    searcher = searcher_of(tmp_path, {"kent.txt": (
        "Kent Police and Crime Panel\n\nAbout the Commissioner\n\nThe Police and Crime Commissioner "
        "for Kent is Matthew Scott. Commissioners set police and crime plans and budgets for "
        "police forces.\n")})
    answer = qa.ask("Who is the Police and Crime Commissioner for Kent?", searcher)
    assert not answer.abstained and "Matthew Scott" in answer.answer, answer.answer


@pytest.mark.parametrize("statement, answered", [
    ('Following yesterday\'s extraordinary meeting, the Chair issued this statement on the audit.', False),
    ("The extraordinary meeting on the audit was held on 14 May 2024.", True),
])
def test_when_is_not_answered_by_an_undated_page_giving_no_date(statement, answered, tmp_path):
    """A press statement without a date tells of the meeting, not when it was."""
    searcher = searcher_of(tmp_path, {"kent-statement.txt": (
        f"Statement from Kent Police and Crime Panel\n\n{statement} The panel will write to the "
        "Home Office about the audit's findings.\n")})
    answer = qa.ask("When was the Kent panel's extraordinary meeting on the audit?", searcher)
    assert answer.abstained is not answered, answer.answer
    if not answered:
        assert "give no date for it" in answer.answer


@pytest.mark.parametrize("paper, question, row", [
    ("Kent Police and Crime Panel\n\nA meeting of the Panel will be held on Friday, 7th December 2012.\n\n"
     "AGENDA\n\n1. Apologies for Absence.\n\n2. Presentation on the Panel's web site.\n\n"
     "MEMBERSHIP:\n\nIndependent Members - Mr A. Bell and Mrs C. Dale\n\nChief Constable - Ms. J. Hart\n",
     "Who was the Kent Chief Constable in December 2012?", "Chief Constable - Ms. J. Hart"),
    ("Kent Police and Crime Panel\n\nAudit Committee\n\nThe Committee is a joint body made up of a Chair "
     "and four other independent members who advise the Commissioner and the Chief Constable.\n\n"
     "Membership of the Audit Committee is as follows;\n\nPaul Smith - Chair\n\nChris Kitchen\n\n"
     "Sarah Coffey\n",
     "Who chairs the Kent Commissioner's Audit Committee?", "Paul Smith - Chair"),
])
def test_who_holds_a_post_is_answered_by_a_row_of_a_membership_list(paper, question, row, tmp_path):
    """A membership list names the holders of each post, one row each, no sentence: the row
    answers, and is quoted as a sentence would be."""
    searcher = searcher_of(tmp_path, {"kent.txt": paper})
    answer = qa.ask(question, searcher)
    assert not answer.abstained and row in answer.answer, answer.answer


def test_who_held_a_post_in_a_year_is_read_from_that_years_papers_below_undated_pages(tmp_path):
    """Undated pages on the post, ranked first, say nothing of the year asked: the year's own
    minutes below them, naming the holder, answer."""
    about = ("The Chief Constable leads the force and is appointed by the Commissioner. The panel "
             "holds a confirmation hearing before a Chief Constable is appointed.")
    searcher = searcher_of(tmp_path, {
        "kent-about.txt": f"Kent Police and Crime Panel\n\nThe Chief Constable\n\n{about}\n",
        "kent-powers.txt": f"Kent Police and Crime Panel\n\nChief Constable appointments\n\n{about}\n",
        "kent-role.txt": f"Kent Police and Crime Panel\n\nRole of the Chief Constable\n\n{about}\n",
        "kent.txt": (f"{KENT_MINUTES}1. Welcome\n\nThe Chair welcomed the Chief Constable, Jane Hart, to the "
                     "meeting and thanked members for attending.\n\n"
                     "2. Precept\n\nThe Panel noted the report.\n")})
    answer = qa.ask("Who was the Kent Chief Constable in 2020?", searcher)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize("question, minute", [
    # no subject left but the meeting: what it met to do is why
    ("Why did the Kent panel meet in March 2020?", "The panel met to discuss the Court's judgement on the "
     "Chief Constable."),
    # a reason put first, the event after its comma
    ("Why was no debate held on the public questions at the Kent panel?", "As the Commissioner had not "
     "been given the required notice, no debate took place on the public questions."),
])
def test_why_is_answered_by_a_reason_in_the_forms_minutes_give_it(question, minute, tmp_path):
    searcher = searcher_of(tmp_path, {"kent.txt": f"{KENT_MINUTES}5. Court judgement\n\n{minute}\n"})
    answer = qa.ask(question, searcher)
    assert not answer.abstained, answer.answer


def test_a_decision_asked_about_is_not_recorded_by_a_page_on_the_panels_powers(tmp_path):
    """Minutes of the Commissioner's intention to freeze the precept, and a page saying what the
    panel may do with a precept, record no decision to freeze it."""
    searcher = searcher_of(tmp_path, {
        "kent.txt": (f"{KENT_MINUTES}3. Introduction to the Commissioner\n\nThe Commissioner outlined his "
                     "intention to freeze the precept for 2021/22 and to keep the plan broadly as it was.\n"),
        "kent-panel-powers.txt": (
            "Kent Police and Crime Panel\n\nRole of the Panel\n\nThe Panel has the power to make a report on "
            "and, if appropriate and agreed by a sufficient majority, veto the proposed precept for 2021/22. "
            "The Panel reviews the Commissioner's proposed precept each year.\n")})
    answer = qa.ask("Did the Kent panel agree to freeze the precept for 2021/22?", searcher)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize("cambridgeshire_names_ely, scoped", [(False, False), (True, True)])
def test_a_town_another_panels_papers_name_is_no_filter(cambridgeshire_names_ely, scoped, tmp_path):
    """Ely is a Cambridgeshire city and a district of Cardiff. Where only South Wales' papers
    name it, "the Ely incident" is theirs, and the question is asked of every panel; where
    Cambridgeshire's papers name it more often, it tells the panel."""
    ely = "The Panel discussed the Ely bypass and the roads policing around it.\n"
    roads = ely if cambridgeshire_names_ely else "The Panel discussed roads policing.\n"
    cambridgeshire = ("Cambridgeshire Police and Crime Panel\nMinutes of the meeting held on {} 2023\n\n"
                      "4. Roads policing\n\n" + roads)
    searcher = searcher_of(tmp_path, {
        "cambridgeshire-march.txt": cambridgeshire.format("8 March"),
        "south-wales.txt": ("South Wales Police and Crime Panel\nMinutes of the meeting held on 4 July "
                            "2023\n\n5. Update on the events in Ely, Cardiff\n\nThe Commissioner updated the "
                            "Panel on the incident in Ely in which two boys died.\n"),
        "cambridgeshire-july.txt": cambridgeshire.format("5 July")})
    answer = qa.ask("How many boys died in the Ely incident?", searcher)
    assert (answer.filters.get("panel") == "Cambridgeshire") is scoped, answer.filters
    if not scoped:
        assert not answer.abstained and "two boys died" in answer.answer, answer.answer


def test_papers_naming_counts_each_panels_papers_holding_every_word(tmp_path):
    searcher = searcher_of(tmp_path, {
        "a.txt": "South Wales Police and Crime Panel\nMinutes of the meeting held on 4 July 2023\n\n"
                 "1. Ely\n\nThe events in Ely, Cardiff were discussed.\n",
        "b.txt": "Cambridgeshire Police and Crime Panel\nMinutes of the meeting held on 5 July 2023\n\n"
                 "1. Roads\n\nRoads policing in Cambridge was discussed.\n"})
    assert searcher.papers_naming("Ely") == {"South Wales": 1}
    assert searcher.papers_naming("Ely Cardiff") == {"South Wales": 1}
    assert searcher.papers_naming("Ely Cambridge") == {}
    assert searcher.papers_naming("Huntingdon") == {}


@pytest.mark.parametrize("question, answered", [
    ("What did the Kent Commissioner decide about the Roundabout Youth Centre?", True),
    ("What did the Kent panel decide about the Roundabout Youth Centre?", False),
])
def test_the_commissioners_decision_is_recorded_by_the_commissioners_decision_log(question, answered,
                                                                                 tmp_path):
    """A decision log is the Commissioner's record of decisions made, not a paper put to a
    meeting: it answers what the Commissioner decided, never what the panel did."""
    searcher = searcher_of(tmp_path, {"kent-decisions.html": (
        "<html><head><title>Decision Log 2013</title></head><body><h1>Kent Police and Crime Commissioner"
        "</h1><table><tr><th>Reference number</th><th>Summary of Decision</th><th>Decision agreed</th></tr>"
        "<tr><td>2013/038</td><td>Sale of Former Roundabout Youth Centre, Clifton<br>To agree the revised "
        "offer.</td><td>Yes</td></tr><tr><td>2013/037</td><td>Approval for Mobile Device Pilot<br>Tablets "
        "will cut printing for senior managers.</td><td>Yes</td></tr></table></body></html>")})
    answer = qa.ask(question, searcher)
    assert answer.abstained is not answered, answer.answer


@pytest.mark.parametrize("minute, answered", [
    ("Alan Michael, Commissioner gave apologies on behalf of Emma Wools, Deputy Commissioner.", False),
    ("The Panel welcomed Jane Hart, newly appointed as Deputy Commissioner in place of Emma Wools.", True),
])
def test_who_replaced_someone_is_answered_by_a_sentence_telling_of_the_change(minute, answered, tmp_path):
    """Someone named beside the one replaced is not their successor unless the sentence tells
    of a change (appointed, elected, in place of)."""
    searcher = searcher_of(tmp_path, {"kent.txt": f"{KENT_MINUTES}2. Apologies and welcome\n\n{minute}\n"})
    answer = qa.ask("Who replaced Emma Wools as Deputy Commissioner in Kent?", searcher)
    assert answer.abstained is not answered, answer.answer


def test_why_a_person_did_something_is_read_from_more_passages_naming_them(tmp_path):
    """Pages giving only that Emma Wools sent apologies rank above the one saying why: the
    reason, in a lower passage naming her, answers and is quoted."""
    apologies = "Apologies for absence were received from Emma Wools (Deputy Commissioner) and Ian Fox."
    papers = {f"kent-{month}.txt": (f"Kent Police and Crime Panel\nMinutes of the meeting held on 3 {month} "
                                    f"2020\n\n1. Apologies for Absence\n\n{apologies}\n")
              for month in ("March", "June", "September", "December")}
    papers["kent-2021.txt"] = (
        "Kent Police and Crime Panel\nMinutes of the meeting held on 3 March 2021\n\n1. Declarations\n\n"
        "None were made.\n\n2. Precept\n\nThe Commissioner gave apologies on behalf of Emma Wools, Deputy "
        "Commissioner, due to illness. The Panel noted the precept report for 2021/22 and the budget.\n")
    answer = qa.ask("Why was Emma Wools absent from the Kent panel?", searcher_of(tmp_path, papers))
    assert not answer.abstained and "due to illness" in answer.answer, answer.answer
    assert [p.doc_id for p in answer.passages].index("kent-2021.txt") >= 3


def test_an_agendas_page_numbers_are_no_count(tmp_path):
    """An agenda's contents give each item its pages ("Review of Complaints 11 - 12"): no count
    of complaints."""
    searcher = searcher_of(tmp_path, {"kent-agenda.txt": (
        "KENT POLICE AND CRIME PANEL THURSDAY 6 FEBRUARY 2020, 2.00 PM AGENDA Page No 1. Apologies for "
        "Absence 2. Declarations of Interest 3. Minutes of the Meeting held on 9th October 2019 3 - 10 "
        "4. Public Questions 5. Review of Complaints 11 - 12 6. Precept Report 2020/21 13 - 52 7. "
        "Decisions by the Police and Crime Commissioner 53 - 94\n")})
    answer = qa.ask("How many complaints did the Kent panel review in February 2020?", searcher)
    assert answer.abstained, answer.answer


def test_a_decision_asked_about_is_read_from_the_passages_most_on_its_subject(tmp_path):
    """The Plan's update records no decision; minutes on the panel's own AGM note an outcome, on
    something else: "Crime" of "the Police and Crime Panel" is all they hold of the Plan."""
    searcher = searcher_of(tmp_path, {
        "kent-plan.txt": ("Kent Police and Crime Panel\n\nKent Police and Crime Plan 2021-24 - Update\n\n"
                          "To receive a report presenting an update by the Commissioner on the delivery of "
                          "the Kent Police and Crime Plan 2021-24. The report set out progress against each "
                          "priority of the Plan.\n"),
        "kent.txt": (f"{KENT_MINUTES}5. Postponement of the Annual Meeting\n\nIt was noted that the "
                     "Annual Meeting of the Police and Crime Panel would not take place as planned. "
                     "Membership of the Police and Crime Panel would remain the same.\n")})
    answer = qa.ask("What did the Kent panel decide about the Police and Crime Plan 2021-24?", searcher)
    assert answer.abstained, answer.answer


def test_an_agendas_run_on_item_numbers_are_no_count(tmp_path):
    """An agenda's items printed as one run of text ("4 Chief Constable's Update Report 5 Work
    Programme"): the item numbers count no officers."""
    searcher = searcher_of(tmp_path, {"kent-agenda.txt": (
        "STRATEGIC RESOURCES & PERFORMANCE MEETING Friday 17 July 2020 at 10.00 am Virtual Meeting "
        "Membership Jo Smith - Police and Crime Commissioner Ann Lee - Chief Finance Officer, OPCC "
        "A G E N D A 1 Apologies for absence 2 Minutes of the previous meeting held on 14th May 2020 "
        "3 Update Report Kent Police July 2020 4 Chief Constable's Update Report 5 Work Programme NOTES • "
        "For further information on this agenda, please contact the Office of the Kent Police and Crime "
        "Commissioner on 0115 8445998 • A declaration of interest could involve a private matter.\n")})
    answer = qa.ask("How many police officers does Kent Police have?", searcher)
    assert answer.abstained, answer.answer


def test_who_chaired_a_meeting_is_read_from_its_minutes_in_the_next_meetings_pack(tmp_path):
    """The October meeting's minutes are printed in February's agenda pack: they answer for
    October, though the pack is dated February."""
    searcher = searcher_of(tmp_path, {"kent-pack.txt": (
        "Public Document Pack KENT POLICE AND CRIME PANEL THURSDAY 6 FEBRUARY 2020, 2.00 PM AGENDA "
        "1. Apologies for Absence 2. Declarations of Interest 3. Minutes of the meeting held on 9 October "
        "2019 3 - 10\n\nMINUTES OF A MEETING OF THE KENT POLICE AND CRIME PANEL HELD AT THE TOWN HALL, "
        "MAIDSTONE ON 9 OCTOBER 2019 Members Present: Edward Leigh (Chairperson), Councillors N Massey, "
        "J Palmer and A Sharp. Officers Present: Jane Webb, Secretariat.\n"),
        # October's own paper, on something else
        "kent-report.txt": ("Kent Police and Crime Panel\nReport to the meeting of 9 October 2019\n\n"
                            "Budget monitoring\n\nThe report sets out the budget at the half year.\n")})
    answer = qa.ask("Who chaired the Kent panel in October 2019?", searcher)
    assert not answer.abstained and "Edward Leigh (Chairperson)" in answer.answer, answer.answer
    # the lead says whose minutes the pack's passage carries
    assert answer.answer.startswith("Kent panel, 6 February 2020, minutes of the meeting of 9 October 2019, ")


def test_a_decision_told_by_a_sentence_referring_back_to_the_subject_answers(tmp_path):
    """"The panel agreed to revisit the issue": the issue is the vacancy of the sentence
    before, so the summary records a decision on it."""
    searcher = searcher_of(tmp_path, {"kent-summary.html": (
        "<html><head><title>Annual Meeting, Kent Police and Crime Panel - 13 June 2024</title></head>"
        "<body><h1>Annual Meeting, Kent Police and Crime Panel - 13 June 2024</h1>"
        "<h2>Independent Member Vacancy</h2>"
        "<p>The panel discussed the ongoing vacancy for an independent member, which has been unfilled for "
        "over twelve months. The panel agreed to revisit the issue after the general election.</p>"
        "</body></html>")})
    answer = qa.ask("What did the Kent panel agree about the independent member vacancy?", searcher)
    assert not answer.abstained and "revisit the issue" in answer.answer, answer.answer


@pytest.mark.parametrize("question, answered", [
    ("How much funding does the Home Office give the Kent panel?", True),
    ("How much funding did the Home Office give the Kent panel in 2019?", False),
])
def test_a_figure_of_a_year_is_not_read_from_an_undated_page_naming_none(question, answered, tmp_path):
    searcher = searcher_of(tmp_path, {"kent-about.html": (
        "<html><head><title>About the Kent Police and Crime Panel</title></head><body><h1>About the Kent "
        "Police and Crime Panel</h1><h2>How the panel is funded</h2><p>The Home Office provide up to "
        "£53,300 in funding for each panel each year to cover support and running costs.</p></body></html>")})
    answer = qa.ask(question, searcher)
    assert answer.abstained is not answered, answer.answer


def test_how_long_is_answered_by_a_span_quoted_after_the_sentence_it_goes_on_from(tmp_path):
    """The subject is in one sentence, the span in the next ("As a result, ..."): the answer
    quotes the span; a count of the report's elements is no length of time."""
    searcher = searcher_of(tmp_path, {"kent.txt": (
        f"{KENT_MINUTES}6. Matters arising\n\nCllr S James queried whether there would be a timetable for "
        "the report on the Dover disorder. The Commissioner responded that the report on Dover had 3 "
        "elements: the events of that night, the accident investigation and the violence of the night. "
        "As a result, the timescales have varied from three to six months.\n")})
    answer = qa.ask("How long will the Kent report on the Dover disorder take?", searcher)
    assert not answer.abstained and "three to six months" in answer.answer, answer.answer


def test_a_town_the_papers_place_elsewhere_stays_in_the_subject(tmp_path):
    from qa.answer import _scorer

    searcher = searcher_of(tmp_path, {"south-wales.txt": (
        "South Wales Police and Crime Panel\nMinutes of the meeting held on 4 July 2023\n\n5. Ely\n\n"
        "The Commissioner updated the Panel on the incident in Ely.\n")})
    assert "Ely" in _scorer("How many boys died in the Ely incident?", searcher).subject


@pytest.mark.parametrize("report, answered", [
    ("A member of the Kent Police and Crime Panel has claimed the vote on the precept was a farce. "
     "The panel had three options. It could approve, approve with recommendations, or veto. "
     "Councillor Ann Lee asked whether a veto could be by one penny.", False),
    ("Councillor Ann Lee told the Kent Police and Crime Panel she welcomed the report. \"But the vote on "
     "the precept was a farce,\" she said.", True),
])
def test_which_member_is_answered_by_a_name_beside_the_sentence_on_the_subject(report, answered, tmp_path):
    """"Which councillor ...?" asks for a member by name, in or next to the sentence on what
    they did: "A member of the panel has claimed ..." does not say who, nor does a councillor
    named asking about something else."""
    searcher = searcher_of(tmp_path, {"kent-news.txt": (
        f"Kent panel member calls precept vote a farce\n\nPublished 7 February 2024\n\n{report} The "
        "panel heard the proposed increase was the maximum allowed without a referendum.\n")})
    answer = qa.ask("Which councillor called the Kent precept vote a farce?", searcher)
    assert answer.abstained is not answered, answer.answer
    if answered:
        assert "Ann Lee" in answer.answer


@pytest.mark.parametrize("sentence, answered", [
    ("It could reject it, but that would need all nine of the panel members present to vote so.", False),
    ("The rise will pay for 25 more officers across the county.", True),
])
def test_how_many_is_not_answered_by_a_count_of_something_else(sentence, answered, tmp_path):
    searcher = searcher_of(tmp_path, {"kent-news.txt": (
        "Tax rise to fund Kent Police approved\n\nWednesday, 2nd February 2022\n\nThe Kent Police and "
        f"Crime Panel has voted to support the proposed £10 policing precept rise. {sentence}\n")})
    answer = qa.ask("How many officers did the Kent precept rise pay for?", searcher)
    assert answer.abstained is not answered, answer.answer


def test_when_is_not_answered_by_a_law_s_year_on_an_undated_page(tmp_path):
    """A page on the panel's functions names the law they are set in ("Act 2011"), not when a
    confirmation hearing was held."""
    searcher = searcher_of(tmp_path, {"kent-panel.html": (
        "<html><body><h1>Police and Crime Panel</h1><h2>The Panel's role</h2><p>The Kent Police and Crime "
        "Panel scrutinises the Commissioner, who holds the Chief Constable to account.</p><p>The Panel "
        "has certain statutory functions, set out in the Police Reform and Social Responsibility Act "
        "2011: reviewing the police and crime plan; carrying out confirmation hearings for the chief "
        "constable; investigating complaints about the Commissioner.</p></body></html>")})
    answer = qa.ask("When did the Kent panel hold a confirmation hearing for a Chief Constable?", searcher)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize("paper, answered", [
    ("Kent panel meeting cancelled\n\nPublished 23 May 2025\n\nAn extraordinary meeting of the Kent "
     "Police and Crime Panel has been cancelled. The panel is keen to learn how the chief constable is "
     "held responsible for policing town centres.\n", False),
    ("Kent Police and Crime Panel\nMinutes of the meeting held on 3 March 2020\n\n1. Confirmation "
     "hearing\n\nThe panel held a confirmation hearing for the proposed Chief Constable and endorsed "
     "the appointment.\n", True),
])
def test_when_is_answered_by_a_dated_papers_own_date_only_where_it_is_on_the_subject(paper, answered,
                                                                                     tmp_path):
    """A dated paper's date answers "when" where the paper tells of what is asked: a news report
    on a cancelled meeting, naming the chief constable, tells of no confirmation hearing."""
    searcher = searcher_of(tmp_path, {"kent.txt": paper})
    answer = qa.ask("When did the Kent panel hold a confirmation hearing for a Chief Constable?", searcher)
    assert answer.abstained is not answered, answer.answer


def test_a_day_asked_is_held_by_its_ordinal(tmp_path):
    """"on 14 May 2021" is held by an agenda dated "Friday, 14th May, 2021": that meeting's
    paper answers, not "The Kent papers of May 2021 do not discuss 14"."""
    searcher = searcher_of(tmp_path, {"kent-agenda.txt": (
        "KENT POLICE AND CRIME PANEL\nDATE: Friday, 14th May, 2021\nTIME: 10.00 am\nVENUE: Maidstone "
        "Town Hall, High Street\n\nAGENDA\n1. APOLOGIES\n2. CHAIRS ANNOUNCEMENTS\n3. CONFIRMATION "
        "HEARING - CHIEF CONSTABLE 5 - 8\nTo note the report of the hearing held on 26 March 2021.\n")})
    answer = qa.ask("Where did the Kent panel meet on 14 May 2021?", searcher)
    assert not answer.abstained and "14th May, 2021" in answer.answer, answer.answer


@pytest.mark.parametrize("sentence, answered", [
    ("The Commissioner said the rise would save lives.", False),
    ("Members agreed that meetings will be live streamed from June.", True),
])
def test_live_streaming_is_one_thing_not_lives(sentence, answered, tmp_path):
    """"live streaming" is held by a passage on meetings streamed, not by "save lives"."""
    searcher = searcher_of(tmp_path, {"kent.txt": f"{KENT_MINUTES}2. Panel business\n\n{sentence} The panel "
                                                  "noted the work programme.\n"})
    answer = qa.ask("What did the Kent panel say about live streaming?", searcher)
    assert answer.abstained is not answered, answer.answer


def test_a_report_names_the_meeting_it_announces_without_the_year(tmp_path):
    """A report of 23 May 2025 on a meeting "scheduled for Wednesday, June 4" speaks of June
    2025, which no Kent paper is dated in."""
    searcher = searcher_of(tmp_path, {"kent-news.txt": (
        "Kent panel calls extraordinary meeting\n\nPublished 23 May 2025\n\nAn extraordinary meeting of "
        "the Kent Police and Crime Panel has been scheduled for Wednesday, June 4, to discuss two loans "
        "totalling £8.5 million taken out by the Commissioner.\n"),
        "kent-2024.txt": f"{KENT_MINUTES}2. Precept\n\nThe panel supported the proposed precept.\n"})
    answer = qa.ask("What was the Kent panel's extraordinary meeting in June 2025 to discuss?", searcher)
    assert not answer.abstained and "two loans" in answer.answer, answer.answer


def test_who_replaced_someone_is_named_with_the_letters_after_their_name(tmp_path):
    """An assembly's minutes give members their "AM": "John Biggs AM had been appointed as a
    Member of the Committee, replacing Navin Shah AM" names who replaced him."""
    searcher = searcher_of(tmp_path, {"kent.txt": (
        f"{KENT_MINUTES}1. Apologies and Chair's Announcements\n\n1.1 An apology was received from Roger "
        "Evans AM.\n\n1.2 The Chair confirmed that John Biggs AM had been appointed as a Member of the "
        "Panel, replacing Navin Shah AM, and welcomed him to the meeting.\n")})
    answer = qa.ask("Who replaced Navin Shah on the Kent panel?", searcher)
    assert not answer.abstained and "John Biggs" in answer.answer, answer.answer


@pytest.mark.parametrize("sentence, answered", [
    ("The Panel was established in 2012 under the Act.", True),
    ("The Panel meets four times a year.", False),
])
def test_set_up_is_held_by_established(sentence, answered, tmp_path):
    """"When was the panel set up?" is answered where the papers say it was "established"."""
    searcher = searcher_of(tmp_path, {"kent-report.txt": (
        f"Kent Police and Crime Panel Annual Report\n\n1. Foreword from the Chairman\n\n{sentence} It "
        "scrutinises the Commissioner's plan and budget.\n")})
    answer = qa.ask("When was the Kent Police and Crime Panel set up?", searcher)
    assert answer.abstained is not answered, answer.answer
