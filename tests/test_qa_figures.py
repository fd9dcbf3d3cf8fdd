"""What counts as the figure a "how much / how many" question asks for, the date "when" asks
for, and the person "who" asks for."""

from __future__ import annotations

import pytest

from qa.figures import (
    asked_for,
    asks_commissioners_decision,
    asks_what_was_decided,
    asks_when,
    asks_which_member,
    asks_who_chaired,
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
)


@pytest.mark.parametrize("question, expected", [
    ("How much had the programme saved?", True),
    ("How many officers were recruited?", True),
    ("What proportion of calls were answered?", True),
    ("By how much did crime rise?", True),
    ("How long was the Chief Constable's contract extended by?", True),
    ("What did the panel decide on the precept?", False),
    # a measure asked for, heading its phrase: a figure
    ("What was the voter turnout at the Kent election?", True),
    ("What precept increase does the financial strategy assume?", True),
    ("What net savings does the model deliver each year?", True),
    ("What was the budget strategy?", False),
    ("What was the rise in casualties put down to?", False),
    ("What did the panel say about rates of crime?", False),
])
def test_figure_questions(question, expected):
    assert wants_figure(question) is expected


QUESTION = "How many 101 calls were answered on time in 2020?"


@pytest.mark.parametrize("sentence, expected", [
    ("The new line had taken 1,200 calls a year.", True),
    ("Call answering improved to 87% of calls.", True),
    ("Two thirds of calls were answered within the target.", True),
    ("The 101 service was discussed at length by Members.", False),  # the question's own number
    ("The report was presented on 14th December 2020 to the Panel.", False),  # a date
    ("The 2019/20 performance report was noted by the Panel.", False),  # a financial year
    ("4.1 The Panel noted the update on call handling.", False),  # a paragraph number
])
def test_a_figure_is_a_quantity_the_question_does_not_name(sentence, expected):
    assert gives_figure(sentence, QUESTION) is expected


@pytest.mark.parametrize("sentence", [
    "Commissioner decision 2019/20 No. 1 published since the last meeting:",
    "2017/18 Decision Nos 19-25 were published since the last Panel meeting.",
    "The event referred to in minute 05/22 was the launch of the plan.",
    "The calls were covered at paragraph 3.2 and Appendix 4 of the report.",
    "The s151 Officer presented the report on calls.",
    "Call handling after Covid-19 was on the agenda.",
    "Minutes of the meeting on call handling pdf icon PDF 136 KB",
    "The call handling session begins at 10.30 am in the Oak Room.",
    "Calls about the meeting go to Democratic Services on 01629 538328.",
    "The call handling review met at the Conference Room, Ladgate Lane, Middlesbrough, TS5 7YZ.",
    "Call handling during the pandemic and 'lockdown 3' was updated.",
    "Phase 2 of the call handling programme and tier 3 restrictions were noted.",
    "Action 10 - Call Handling",
    "Call handling problems were first raised with the force on February 14.",
    "Recommendation 3 and Priority 1 of the plan cover call handling.",
    "The meeting will focus on deliverable 5 and Pillar 3 of the plan: call handling.",
])
def test_a_reference_number_time_size_or_phone_number_is_not_a_figure(sentence):
    """Numbers that name or locate a thing, as every council's papers print them, count nothing."""
    assert gives_figure(sentence, QUESTION) is False
    assert gives_figure(sentence.rstrip(".:") + " and 412 calls were answered.", QUESTION) is True


@pytest.mark.parametrize("question, sentence, expected", [
    ("When was the third review meeting held?", "The third meeting was held on the 9 February 2018.", True),
    ("When did the force bring in the model?", "The model was implemented in February 2015.", True),
    ("When was the third review meeting held?", "The review meetings continue to be held.", False),
    ("What did the panel say when it met?", "The third meeting was held on 9 February 2018.", False),
    ("Who sent apologies?", "Apologies were received from Councillor Tim Jenkins.", True),
    ("Which senior officer did the Chairman welcome?", "He welcomed the Chief Constable.", False),
    ("Which senior officer did the Chairman welcome?", "He welcomed Chief Constable Chris Haward.", True),
    ("How much was saved?", "The programme saved £1.2m.", True),
])
def test_a_question_asks_for_a_date_a_person_or_a_figure(question, sentence, expected):
    gives = asked_for(question)
    assert bool(gives and gives(sentence)) is expected


MONEY = "How much did the commissioner propose to raise the precept by in 2025?"


@pytest.mark.parametrize("sentence, expected", [
    ("The Commissioner proposed an increase of £14 a year for a Band D property.", True),
    ("The proposed rise was 4.9 per cent on the year before.", True),
    ("The budget for the year was 12.5m in total.", True),
    ("2 questions have been received from 2 correspondents on the precept.", False),  # a count
    ("The Panel will consider the precept for 2025/26 at its meeting.", False),  # a year
])
def test_a_question_about_money_is_answered_by_an_amount_not_a_count(sentence, expected):
    assert gives_figure(sentence, MONEY) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("Councillor Lowe (Chair) - Leeds City Council", True),
    ("Councillor G Potter (Panel Vice-Chair) was in the Chair.", True),
    ("The Vice-Chair, Councillor Cherryholme took the Chair for today's meeting.", True),
    ("Councillor Peter Wilkinson in the Chair", True),
    ("The Chair, Andy Davis, welcomed everyone to the meeting.", True),
    ("Councillor Reilly was elected unanimously as Chair for 2020/21.", True),
    ("Christine Goldstraw, panel chairman, who served as a magistrate, spoke.", True),
    ("The shadow panel was chaired by West Sussex County Councillor, Brad Watson OBE.", True),
    ("Panel chairman Tony Riordan said government advice was that meetings should go ahead.", True),
    ("The Chair Members agreed to note the report.", False),
    ("The current Chair of the Kent Police and Crime Panel is Mrs Gillian Howells.", True),
    ("The Chair of the Panel is elected each June.", False),
    ("The meeting was chaired by Councillor Ann Lee.", True),
    ("The review was chaired by the Chief Executive of the council.", False),
    ("Rotherham Council:- Councillor M. Parker Councillor T. R. Sharman (in the Chair) Sheffield", True),
    ("The query was put to the Chief Constable, the Chairman was now in receipt of a response.", False),
    # someone the Chair spoke of, or another role, is not the one in the chair
    ("The Chair welcomed new member, Cllr Jacqueline Williams from Wakefield Council.", False),
    ("Councillor Derek Poole was elected unanimously as Vice-Chair for 2023/24.", False),
    ("Councillor Dennis Jones (Vice Chair) sent apologies.", False),
    ("The Chair confirmed there were no urgent items.", False),
    # honours after the name; a membership list's row, the name then the post
    ("Cllr Jane Doe O.B.E (Chairman),", True),
    ("Councillor Ann Lee MBE (Chair)", True),
    ("Paul Smith - Chair", True),
    ("Paul Smith - Vice Chair", False),
    # the press writes a councillor's title in lower case
    ("The Panel's chair, councillor Ian Dale, told the members there were three options.", True),
])
def test_who_chaired_is_answered_by_the_person_in_the_chair(sentence, expected):
    assert asks_who_chaired("Who chaired the Kent panel in 2020?")
    assert names_the_chair(sentence) is expected


@pytest.mark.parametrize("question, sentence, expected", [
    # a share is answered by a percentage or a ratio, not by a count of something else
    ("What was the voter turnout at the Kent election?", "Turnout across the county was 21.3%.", True),
    ("What was the voter turnout at the Kent election?",
     "Three sets of questions were received, and a verbal response was given on voter turnout.", False),
    ("What proportion of calls were answered on time?", "Around one in five calls waited too long.", True),
    ("What percentage of 999 calls were answered within 10 seconds?",
     "The report gave call volumes, rates per 1,000 population and the percentage of calls answered "
     "within 10 seconds.", False),
    # money is answered by an amount
    ("What net savings does the model deliver each year?", "This translated into a net saving of "
     "10.3 million pounds per annum.", True),
    ("What net savings does the model deliver each year?", "Savings were found in 4 areas.", False),
])
def test_a_measure_asked_for_is_answered_by_a_figure_of_its_kind(question, sentence, expected):
    assert gives_figure(sentence, question) is expected


@pytest.mark.parametrize("question, sentence, expected", [
    # compensation is money: "one of the lawyers" is no amount
    ("How much compensation was Ms Lane awarded?",
     "Ms Lane was arrested in 2021, one of the lawyers explained.", False),
    ("How much compensation was Ms Lane awarded?", "Ms Lane was awarded \u00a35,000 in damages.", True),
    # "one" as a pronoun counts nothing; as a number it does
    ("How many staff does the panel confirm?", "Hearings for the Deputy (if one is appointed).", False),
    ("How many staff does the panel confirm?", "Hearings are held for one post only.", True),
])
def test_money_and_the_pronoun_one(question, sentence, expected):
    assert gives_figure(sentence, question) is expected


@pytest.mark.parametrize("question, sentence, expected", [
    # how long or how often is no quantity of the subject, unless asked in its units
    ("What precept increase did the Commissioner propose for 2026/27?",
     "The Commissioner will present her plans for the budget for the next five years.", False),
    ("What precept increase did the Commissioner propose for 2026/27?",
     "The Commissioner meets six times a year with the Panel.", False),
    ("How many times a year does the panel meet?", "The Commissioner meets six times a year with the Panel.",
     True),
    ("How many years did the Chair serve on the panel?", "She served on the panel for eleven years.", True),
    ("How much time do officers gain from the new laptops?",
     "On average, an extra hour per officer per shift was spent out in the community.", True),
    ("How long does the panel have to review the precept?", "The panel must report within 14 days.", True),
    ("What precept increase did the Commissioner propose for 2026/27?",
     "The Commissioner spoke for ten minutes on the plan.", False),
    ("How long may a member of the public speak?", "No statement may last more than 5 minutes.", True),
    ("How long has Councillor Lee served on the panel?", "She has served on the panel since May 2012.", True),
    ("What precept increase did the Commissioner propose for 2026/27?",
     "She proposed a rise of 14 over three years.", True),
])
def test_a_duration_or_frequency_is_no_figure_unless_asked_in_its_units(question, sentence, expected):
    assert gives_figure(sentence, question) is expected


@pytest.mark.parametrize("question, expected", [
    ("What did the panel recommend on the 2025/26 precept?", True),
    ("Did the panel veto the precept?", True),
    ("What did the panel agree to tell the Home Office?", True),
    # a power, a proposal, an election: no decision asked about
    ("What majority does the panel need to veto the precept?", False),
    ("Which minutes was the panel asked to approve?", False),
    ("What share of the vote did the Commissioner win?", False),
    ("Did the panel reject the progress report?", True),
    ("What was the outcome of the panel's inquiry into confidence?", True),
    # whether a proposal was confirmed or accepted is a decision; a hearing's name is not
    ("Did the panel confirm Jane Doe as Chief Constable?", True),
    ("Did the Commissioner accept the panel's recommendation?", True),
    ("When was the confirmation hearing for the Chief Constable?", False),
    ("Who did the panel confirm as Chief Constable?", False),  # the person chosen is asked for
    # what may be done with a decision, or when one already named was answered
    ("What can the panel make recommendations about?", False),
    ("By when must the Commissioner respond to the panel's precept recommendation?", False),
    ("When did the Commissioner respond to the panel's recommendation?", False),
    ("When did the panel agree the precept?", True),
    ("What was the panel's recommendation on the precept?", True),
])
def test_a_question_asks_what_was_decided(question, expected):
    assert asks_what_was_decided(question) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("RESOLVED - That the report be noted.", True),
    ("At its 24 January meeting, the Panel agreed to accept the proposal of a 3.6% increase.", True),
    ("The Panel is asked to note the work and recommendations of the Group.", False),
    ("If the Panel does not accept the proposed precept the power of veto is provided.", False),
    ("Steve has just been approved as Joint Lead for Local Policing by the Association.", True),
    ("The Panel is asked to approve the budget.", False),
    ("The Panel are recommended to note the contents of the report.", False),  # asked, not done
    ("Ten out of 12 members of the cross-party scrutiny panel voted to support the precept.", True),
    ("A budget was given support by Nottinghamshire's Police and Crime Panel today.", True),
    ("A recommendation was made and approved that the panel should see the terms.", True),
    # a power, or a condition, is no decision made
    ("The Panel has the power to make a report on and, if agreed by a sufficient majority, veto the "
     "precept.", False),
])
def test_a_sentence_records_a_decision_made(sentence, expected):
    assert records_decision(sentence) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Chair noted that the Panel's Legal Advisor, Jane Pollard, would be retiring.", True),
    ("He also welcomed the Chief Constable for Lincolnshire, Chris Haward", True),
    ("Apologies were received from Councillor Tim Jenkins.", True),
    ("The Panel were introduced to Sukdave Ghuman, Service Director Legal and Governance.", True),
    ("Mark Burns-Williamson, the Police and Crime Commissioner for West Yorkshire attended.", True),
    ("The Police and Crime Commissioner for Nottinghamshire is Caroline Henry.", True),
    ("The Chief Constable is Responsible for Operational Policing.", False),  # no name, a phrase
    ("Richard Hindley and Jacqueline Griffin were also welcomed to the meeting as the proposed "
     "independent co-opted members.", True),
    ("Harry Potter was welcomed as a guest of the Chair.", False),  # no post taken
    # posts listed, no one named
    ("Hearings for the Chief Executive, Chief Financial Officer and Deputy Commissioner.", False),
    ("I am Deputy Lord Mayor in Liverpool and will not be available next year.", False),
    # a title with its full stop; a post in brackets after the name, as a list of those present
    # gives it; an apposition naming the post at its end; the post's short form before the name
    ("Present by invitation: Chief Constable - Ms. J. Hart", True),
    ("Sam Brook (Deputy Mayor for Policing and Crime) attended.", True),
    ("Sam Brook (Leeds City Council) attended.", False),
    ("The Chair welcomed Ann Lowe, the proposed candidate for the post of Chief Constable.", True),
    ("The Act requires the PCC, Ann Lowe, to issue a plan.", True),
    # the letters after a member of a legislature's name
    ("The Chair confirmed that John Biggs AM had been appointed as a Member, replacing Navin Shah AM.",
     True),
    ("John Biggs AM had been unwell.", False),
])
def test_a_person_is_named_by_title_or_beside_their_post(sentence, expected):
    assert names_someone(sentence) is expected


@pytest.mark.parametrize("line, expected", [
    ("Chief Constable - Ms. J. Hart", True),
    ("Independent Members - Mr A. Bell and Mrs C. Dale", True),
    ("Chair: Councillor P. Reed", True),
    ("Presentation on the Panel's web site - draft for comment", False),  # no one named
    ("The panel met. Later - Mr Bell left.", False),  # a sentence, not a row
])
def test_a_membership_list_row_names_the_holders_of_a_post(line, expected):
    assert lists_holders(line) is expected


@pytest.mark.parametrize("question, sentence, expected", [
    ("When was the extraordinary meeting?", "The extraordinary meeting was held on 18 August 2023.", True),
    ("When was the extra seat agreed?", "An extra seat was agreed in 2012.", True),
    ("When was the extraordinary meeting?", "Following yesterday's extraordinary meeting, a statement.",
     False),
    ("Who chaired the meeting?", "The meeting was held on 18 August 2023.", None),  # no date asked
    # the year in a law's name dates no event
    ("When was the confirmation hearing?", "Its functions are set out in the Police Reform and Social "
     "Responsibility Act 2011: carrying out confirmation hearings.", False),
    ("When was the confirmation hearing?", "Confirmation hearings under the 2011 Act began in 2012.", True),
    # a month without its year, as the press says when
    ("When was Chris Sims leaving?", "It was to replace Chris Sims, who is leaving in January.", True),
    ("When was Chris Sims leaving?", "Chris Sims may leave the force.", False),
])
def test_a_when_question_is_answered_by_a_day_a_month_or_a_year(question, sentence, expected):
    if expected is None:
        assert not asks_when(question)
    else:
        assert asks_when(question) and gives_date(sentence) is expected


@pytest.mark.parametrize("question, people", [
    ("Who nominated Julie Knight as Kent vice-chair?", ["Julie Knight"]),
    ("Who replaced Councillor Ray Wooten on the Kent panel?", ["Ray Wooten"]),
    ("Who replaced Councillor Wright as Kent panel chair?", ["Wright"]),  # a title and surname
    # posts, bodies and places are not people
    ("Who did the Kent Police and Crime Panel appoint as Chief Constable?", []),
    # a person whose surname is also a place
    ("Who replaced Giles York as Kent Chief Constable?", ["Giles York"]),
    ("Who was the Kent Deputy Mayor for Policing in 2025?", []),  # a post, all of it
])
def test_the_people_a_question_names(question, people):
    assert people_named(question) == people


@pytest.mark.parametrize("sentence, expected", [
    ("Independent Member Julie Knight was duly nominated and seconded.", False),
    ("That Julie Knight, Independent Member be elected as Vice-Chair.", False),
    ("Councillor Tom Brown nominated Julie Knight, who was elected.", True),
])
def test_someone_named_besides_the_people_the_question_names(sentence, expected):
    """"Who nominated Julie Knight?" asks for someone other than her."""
    assert names_someone(sentence, ["Julie Knight"]) is expected


@pytest.mark.parametrize("question, expected", [
    ("Why did Councillor Pritchard miss the meeting?", True),
    ("What was the reason for the adjournment?", True),
    ("For what reason was the item deferred?", True),
    ("What did the panel say about why crime rose?", False),  # "why" inside asks what was said
])
def test_a_question_asks_why(question, expected):
    assert asks_why(question) is expected


@pytest.mark.parametrize("sentence, reason", [
    ("She declared an interest as her son was employed by the HAT Service.", "as her son was employed"),
    ("He declared an interest as a current member of the Police Authority.", "as a current member"),
    ("The Deputy Chief Constable had given her apologies due to unforeseen circumstances.", "due to"),
    ("The precept was increased in order to invest in local policing.", "in order to"),
    ("The motion was not carried, there being an equal number of votes for and against.", "there being"),
    ("The Chairman referred to the tragic accident that had claimed five lives.", "referred to"),
    ("An additional seat went to the City to reflect its larger population.", "to reflect"),
    ("A further seat for the City was agreed based on its population.", "based on"),
    ("The public were excluded on the grounds that exempt information would be disclosed.",
     "on the grounds that"),
    # an event, with no connective of cause or purpose
    ("Apologies for non-attendance were received from Councillor Pritchard.", None),
    ("Councillor Bradwell had replaced Councillor Wooten on the Panel.", None),
    ("He served as a co-opted member of the Panel as well.", None),  # a role held, not a reason
    ("The purpose of the event referred to in minute 05/22 was noted.", None),
    ("The minutes were approved subject to the following amendments:", None),  # a list, not a cause
    ("The panel met to discuss the judgement.", "to discuss"),  # what a meeting was held to do
])
def test_a_reason_follows_a_connective_of_cause_or_purpose(sentence, reason):
    clauses = reason_clauses(sentence)
    if reason is None:
        assert clauses == []
    else:
        assert any(clause.startswith(reason) for clause in clauses), clauses


def test_a_reason_put_first_ends_at_its_comma():
    """"As X, Y": X is the reason, Y the event asked about."""
    clauses = reason_clauses("As the Commissioner had not been given notice of the questions, no debate "
                             "took place on the item.")
    assert clauses == ["As the Commissioner had not been given notice of the questions"], clauses


@pytest.mark.parametrize("question, reason", [
    ("Why did Councillor Lee thank Councillor Mercer?", True),
    ("Why did Councillor Mercer step down as chair?", False),  # the thanks is for something else
])
def test_what_someone_was_thanked_for_is_the_reason_for_the_thanks_only(question, reason):
    clauses = reason_clauses("Councillor Lee thanked Councillor Mercer for her work as Chair.", question)
    assert bool(clauses) is reason, clauses


@pytest.mark.parametrize("sentence, expected", [
    ("Members put forward a rise of six per cent instead of the 6.99 per cent proposed.", True),
    ("The Panel unanimously supported the proposal.", True),
    # the panel told of a proposal, not its view
    ("The Commissioner presented to the Panel her proposed precept for the year.", False),
    ("RESOLVED that the report be noted.", True),
    ("The Commissioner made a presentation on the precept and the financial overview.", False),
    ("The Commissioner gave members the opportunity to make comments.", False),
])
def test_a_sentence_records_an_outcome_of_the_meeting(sentence, expected):
    assert records_outcome(sentence) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("5. Review of Complaints 11 - 12", False),  # its pages in the agenda
    ("5. Review of Complaints 11 - 12 6. Precept Report 2020/21 13 - 52", False),
    ("The panel reviewed 11 - 12 complaints.", True),
    ("The panel received 12 complaints.", True),
])
def test_an_agendas_page_numbers_are_no_figure(sentence, expected):
    assert gives_figure(sentence, "How many complaints did the panel review?") is expected


@pytest.mark.parametrize("question, expected", [
    ("What did the Nottinghamshire Commissioner decide about the Roundabout Youth Centre?", True),
    ("Why did the PCC approve the mobile device pilot?", True),
    ("Which Commissioner decision did the panel want more information on?", True),
    ("What did the Commissioner's office decide?", True),
    ("What did the panel decide about the Commissioner's precept?", False),
    ("Did the panel accept the Commissioner's proposal?", False),
])
def test_a_question_asks_of_the_commissioners_own_decision(question, expected):
    assert asks_commissioners_decision(question) is expected


@pytest.mark.parametrize("question, expected", [
    ("Who was elected vice-chair?", True),
    ("Who was co-opted to the panel in 2023?", True),
    ("Who are the independent co-opted members of the panel?", False),  # who holds the seats
    ("Who is the newly appointed chair?", False),
])
def test_who_holds_seats_now_is_no_choice_asked_of(question, expected):
    assert asks_who_was_chosen(question) is expected


@pytest.mark.parametrize("question, sentence, expected", [
    ("Who replaced Emma Wools as Deputy Commissioner?",
     "The Commissioner gave apologies on behalf of Emma Wools, Deputy Commissioner.", False),
    ("Who replaced Councillor Wright as chair?",
     "Councillor Haleem was elected to replace Councillor Wright as Chair.", True),
    ("Who succeeded Mr Jones?", "Mrs Smith became the Panel's new Independent Member.", True),
])
def test_who_replaced_someone_needs_a_sentence_telling_of_a_change(question, sentence, expected):
    assert asks_who_replaced(question)
    assert tells_of_change(sentence) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("As a result, the timescales have varied from three to six months.", True),
    ("The report had 3 elements: the events, the investigation and the violence.", False),
    ("Members may speak for up to five minutes.", True),
    ("He has served since May 2012.", True),
    ("The consultation began in January and went on until May 25th.", True),
])
def test_how_long_is_answered_by_a_span_of_time(sentence, expected):
    assert gives_figure(sentence, "How long will the report take?") is expected


@pytest.mark.parametrize("question, sentence, expected", [
    ("How many officers did the rise pay for?", "All nine panel members voted for the £10 rise.", False),
    ("How many officers did the rise pay for?", "The rise pays for 25 extra officers and 26 staff.", True),
    ("How many extra officers had the rise paid for?", "Police officer numbers will stand at 1425.", True),
    ("How many Luton councillors sit on the panel?", "It has ten elected representatives (councillors).",
     True),
    ("How many fewer crimes were recorded?", "There were 5,632 fewer crimes recorded last year.", True),
    # nothing counted by name: any quantity
    ("How many people attended?", "The meeting was attended by 40 members of the public.", True),
    ("How many times did the panel meet?", "The panel met on six occasions.", True),
])
def test_how_many_is_answered_by_a_count_of_what_it_counts(question, sentence, expected):
    """"How many officers ...?" is answered by a count of officers: a sentence naming none
    gives some other count."""
    assert gives_figure(sentence, question) is expected


@pytest.mark.parametrize("question, expected", [
    ("Which councillor called the vote a farce?", True),
    ("Which Bedfordshire councillor said the money should come from government?", True),
    ("Which members voted against?", True),
    ("Who does the panel hold to account?", False),
    ("Which officer reported on the rules?", False),
])
def test_which_member_asks_for_a_member_by_name(question, expected):
    assert asks_which_member(question) is expected
