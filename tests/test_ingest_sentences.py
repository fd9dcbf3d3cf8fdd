"""Sentences an answer may quote: verbatim statements, never headings, labels or link lines."""

from __future__ import annotations

import pytest

from ingest import sentences

MODERN_GOV_ITEM = (
    "7. Proposed Policing Precept 2022/23: pdf icon PDF 57 KB\n"
    "To follow.\n"
    "Additional documents:\n"
    "Minutes:\n"
    "A report was presented that detailed the Commissioner's proposed increase in the precept.\n"
)


def _texts(text: str) -> list[str]:
    found = sentences(text)
    assert all(text[offset:offset + len(sentence)] == sentence for offset, sentence in found)
    return [sentence for _offset, sentence in found]


@pytest.mark.parametrize("text, expected", [
    (MODERN_GOV_ITEM,
     ["A report was presented that detailed the Commissioner's proposed increase in the precept."]),
    ("Link to the Police and Crime Plan priorities:\n- The Panel noted the update on rural crime "
     "and asked for figures.", ["The Panel noted the update on rural crime and asked for figures."]),
    ("The Commissioner said the new custody suite\nwould open in May after a delay.",
     ["The Commissioner said the new custody suite\nwould open in May after a delay."]),
    # an outcome's label stays with what was resolved; another label does not
    ("4.1 The Commissioner presented his report.\n4.2 RESOLVED: That the Panel supports the "
     "precept of \u00a3298.53.", ["4.1 The Commissioner presented his report.",
                                "4.2 RESOLVED: That the Panel supports the precept of \u00a3298.53."]),
    ("Link to Police and Crime Plan: The report sets out the plan and its delivery.",
     ["The report sets out the plan and its delivery."]),
    # a front sheet's contact line and covering letter, a list's introduction
    ("Ninesh Edwards, Senior Adviser, Democratic Services (033 022 22542)\n"
     "22nd January 2021 Dear Sir/Madam, A digital meeting of the Panel will be held.\n"
     "To approve and sign the following minutes: -\n"
     "The Panel agreed the minutes of the meeting held in December.",
     ["The Panel agreed the minutes of the meeting held in December."]),
    # an address in a statement is part of what it says
    ("Residents can report crime by e-mail to report@police.uk or by phone.",
     ["Residents can report crime by e-mail to report@police.uk or by phone."]),
])
def test_only_statements_are_sentences(text, expected):
    assert _texts(text) == expected


def test_a_papers_title_line_is_not_a_sentence_but_a_statement_about_the_panel_is():
    text = ("North Yorkshire Police, Fire and Crime Panel - Monday, 5th February, 2024 10.30 am\n"
            "The Police, Fire and Crime Panel agreed the precept for 2024/25 without a vote.")
    assert _texts(text) == ["The Police, Fire and Crime Panel agreed the precept for 2024/25 without a vote."]


def test_a_file_label_beside_a_title_is_not_quoted_even_when_long():
    line = "Police and Crime Commissioner's Annual Report for the year 2023 to 2024 PDF 1 MB"
    assert _texts(line + "\nThe Panel welcomed the Annual Report and its new format.") == [
        "The Panel welcomed the Annual Report and its new format."]


def test_a_bulleted_point_in_lower_case_is_a_sentence():
    text = ("\u00b7       that public confidence in the force had increased from 75.3% in June 2015 "
            "to 80.7% in June this year.\n\u00b7       that the Commissioner would report again.")
    assert _texts(text) == [
        "that public confidence in the force had increased from 75.3% in June 2015 to 80.7% in June "
        "this year.", "that the Commissioner would report again."]


def test_a_chunk_cut_mid_sentence_does_not_quote_the_fragment():
    assert _texts("would be reported to the Panel in due course. The Panel noted the report "
                  "and thanked the officers.") == ["The Panel noted the report and thanked the officers."]


def test_a_sentence_too_long_to_quote_is_quoted_by_its_clauses():
    first = "It was explained that there were two main groups of funding in the Safer Dorset Fund;"
    second = ("firstly around \u00a350k was available through a Community Grant Scheme for "
              "\u00a3100-\u00a33000 projects which aligned with the Police and Crime Plan;")
    third = "and secondly there was a Major Grant Scheme " + "which required more robust bids " * 10 + "."
    assert _texts(" ".join([first, second, third])) == [first, second, third]


@pytest.mark.parametrize("text, expected", [
    ("Councillor L. Jones wished it be noted that his son serves as a police officer. "
     "Members noted the declaration of interest.",
     ["Councillor L. Jones wished it be noted that his son serves as a police officer.",
      "Members noted the declaration of interest."]),
    ("Apologies were received from Councillors M.J. Bartlett and I. Hayat of the county council.",
     ["Apologies were received from Councillors M.J. Bartlett and I. Hayat of the county council."]),
    ("Mr. I. Johnston, Chief Executive to the Commissioner, presented the budget report.",
     ["Mr. I. Johnston, Chief Executive to the Commissioner, presented the budget report."]),
    ("The Secretary amended Minute no. 7 to read that the petition concerned the police desk.",
     ["The Secretary amended Minute no. 7 to read that the petition concerned the police desk."]),
    ("The revised estates plan is set out at Appendix A. Members asked when the sale would complete.",
     ["The revised estates plan is set out at Appendix A.", "Members asked when the sale would complete."]),
])
def test_an_initial_or_title_does_not_end_a_sentence(text, expected):
    assert _texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Commissioner gave an update on the priorities in the report (Improving Public Confidence; "
     "Anti-Racism Action Plan). Members asked how progress would be measured.",
     ["The Commissioner gave an update on the priorities in the report (Improving Public Confidence; "
      "Anti-Racism Action Plan).", "Members asked how progress would be measured."]),
    ("The plan has three pillars (Pillar 1: Fighting Crime, Pillar 2: Supporting Victims) and six "
     "deliverables.", ["The plan has three pillars (Pillar 1: Fighting Crime, Pillar 2: Supporting "
                       "Victims) and six deliverables."]),
    ("The Panel noted the following points; The budget was balanced for the year ahead.",
     ["The Panel noted the following points;", "The budget was balanced for the year ahead."]),
])
def test_a_semicolon_or_colon_inside_brackets_does_not_end_a_sentence(text, expected):
    assert _texts(text) == expected


def test_a_numbered_paragraph_run_on_after_its_heading_starts_a_sentence_a_reference_does_not():
    """One-line PDF text runs "5. The Precept Proposal for 2016/17" into "5.1 The Commissioner
    presented ...": the paragraph is a sentence of its own, not part of the heading line."""
    text = ("5. The Precept Proposal for 2016/17 5.1 The Commissioner presented a report on his "
            "proposed precept for 2016/17. 5.2 As set out in paragraph 4.2 The Panel agreed to write "
            "to the Home Office.")
    assert _texts(text)[-2:] == [
        "5.1 The Commissioner presented a report on his proposed precept for 2016/17.",
        "5.2 As set out in paragraph 4.2 The Panel agreed to write to the Home Office."]


def test_an_attendance_list_is_not_a_sentence_but_a_statement_naming_a_member_is():
    text = ("Present: Danny Myers (Vice Chair, City of York Council), Chris Aldred (North Yorkshire "
            "Council), Lindsay Burr MBE (North Yorkshire Council).\n"
            "Councillor Able (Chair) thanked Councillor Baker for her work on the Panel.\n")
    assert _texts(text) == ["Councillor Able (Chair) thanked Councillor Baker for her work on the Panel."]


def test_a_whole_statement_bringing_in_its_list_is_a_sentence_but_a_short_label_is_not():
    text = ("To approve, as a correct record, the Minutes of the meeting held on 27 January 2022 "
            "subject to the following amendments:\n1) Remove Councillor Carter from the list of those "
            "present;\nThe Panel received the following reports for information:\n")
    assert _texts(text) == [
        "To approve, as a correct record, the Minutes of the meeting held on 27 January 2022 subject "
        "to the following amendments:", "Remove Councillor Carter from the list of those present;"]


def test_a_short_statement_ended_by_a_full_stop_is_a_sentence_but_a_short_heading_is_not():
    text = ("Rural Crime Update\n"
            "Members asked about rural crime.\n"
            "2. Rural crime had fallen by 4%.")
    assert _texts(text) == ["Members asked about rural crime.", "Rural crime had fallen by 4%."]


def test_a_statement_naming_the_panel_at_its_end_is_a_sentence():
    line = ("To formally co-opt Councillors Amanda Paget, Amber Valley Borough Council and John "
            "Wright, Derby City Council as members of the Derbyshire Police and Crime Panel")
    text = f"Agenda Document for Gwent Police and Crime Panel, 29/01/2021 10:00\n{line}\n34/23\n"
    assert _texts(text) == [line]


def test_a_statement_naming_the_panels_after_words_of_its_own_is_a_sentence_though_unended():
    line = ("Councillors Mercer and Shields had attended the annual national conference for "
            "Police & Crime Panels in November")
    assert [sentence for _offset, sentence in sentences(line, ends_whole=True)] == [line]
    title = "Minutes of the meeting of the Kent Police and Crime Panel held on 3 May 2022"
    assert sentences(title, ends_whole=True) == []


def test_an_attendance_list_run_together_from_a_pdfs_columns_is_not_a_sentence():
    text = ("Cllr Rebecca Whippy Eastbourne City Council Borough Council Cllr Michael Jones Borough "
            "(Substitute) Council\nApologies were received from Cllr Brenda Smith (Crawley Borough Council).")
    assert _texts(text) == ["Apologies were received from Cllr Brenda Smith (Crawley Borough Council)."]


def test_a_line_in_title_case_without_a_full_stop_is_a_heading():
    text = ("Appointment of Chairperson and Deputy Chair\n\n"
            "Councillor Jane Doe was re-elected as the chairperson of the panel.\n"
            "Pre-meetings would be diarised in advance for future Panel meetings\n"
            "The Panel noted the update.")
    assert _texts(text) == ["Councillor Jane Doe was re-elected as the chairperson of the panel.",
                            "Pre-meetings would be diarised in advance for future Panel meetings",
                            "The Panel noted the update."]


def test_a_lettered_point_starts_a_sentence_of_its_own():
    text = ("·         A briefing session on road safety strategy in Northamptonshire.\n\n"
            "b)    The Panel agrees that its work programme should include a piece of task and "
            "finish work.\n\n(c) The Panel agrees that five councillors would join the working group.")
    assert _texts(text) == [
        "A briefing session on road safety strategy in Northamptonshire.",
        "The Panel agrees that its work programme should include a piece of task and finish work.",
        "The Panel agrees that five councillors would join the working group."]


def test_a_letter_ending_a_line_ends_its_sentence():
    text = ("Details of the proposed increases were attached at Appendix 1 and Annexes A, B and C.\n"
            "Under Schedule 5 of the Act the Panel was required to review the proposed precept.")
    assert _texts(text) == [
        "Details of the proposed increases were attached at Appendix 1 and Annexes A, B and C.",
        "Under Schedule 5 of the Act the Panel was required to review the proposed precept."]


@pytest.mark.parametrize("between, expected", [
    (" ", True),
    ("\n\n\xa0\n\n", True),  # modern.gov's empty paragraph between two of the minutes'
    ("\n\nii)\xa0\xa0 ", True),  # the next point of a list
    ("\n- 12. ", True),  # the next numbered paragraph of a report
    ("\n\n1. Purpose of the Report\n\n", False),  # a heading starts another part
    # an item's minutes go on from its agenda text: what was to be done, then what was
    ("\n\nAdditional documents:\n\nMinutes:\n\n", True),
    ("\n\nMinutes:\n\n", True),
    ("\n\nAdditional documents:\n\n", False),  # a label that starts no text of the item's
])
def test_a_sentence_follows_on_only_across_space_a_list_marker_or_the_minutes_label(between,
                                                                                      expected):
    from ingest.sentences import follows_on

    assert follows_on(between) is expected


def test_a_numbered_label_stays_with_what_it_labels_but_a_papers_own_part_does_not():
    text = ("The Commissioner outlined the three pillars she proposed for her new plan, as follows:\n"
            "·         Pillar 1: Fighting Crime, Proactive Policing\n"
            "·         Pillar 2: Supporting Victims, Safer Communities\n"
            "Item 7: The Panel noted the plan update.\n")
    assert _texts(text) == [
        "The Commissioner outlined the three pillars she proposed for her new plan, as follows:",
        "Pillar 1: Fighting Crime, Proactive Policing", "Pillar 2: Supporting Victims, Safer Communities",
        "The Panel noted the plan update."]
