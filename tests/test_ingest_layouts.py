"""Layouts councils share, each on a small paper written for its test.

Every rule in ingest/headings.py, ingest/titles.py, ingest/rows.py, ingest/segment.py and
ingest/metadata.py that was added for real papers of other panels has a paper here that
shows it.
"""

from __future__ import annotations

import re
import textwrap

import pytest

import ingest


def _read(tmp_path, text: str, suffix: str = ".txt"):
    path = tmp_path / f"paper{suffix}"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    doc = ingest.load(path)
    return doc, ingest.segment(doc)


_LONG_TITLE = ("Declarations of Disclosable Pecuniary Interests and Personal or Personal and Prejudicial "
               "interests (such declarations are to be made in accordance with the members' respective "
               "council's Code of Conduct)")

# (text, [(number, title)]) for each numbering layout
NUMBERED = {
    "meeting page: number on its own line, long title below": ("""\
        Agenda and minutes

        Items
        No. Item

        12.

        Welcome

        Minutes:

        The Chair opened the meeting.

        13.

        To receive the minutes of the panel held on 3 March 2021 as a correct record and sign

        Minutes:

        Agreed.
        """, [("12", "Welcome"),
              ("13", "To receive the minutes of the panel held on 3 March 2021 as a correct record "
                     "and sign")]),
    "number, space, title in capitals, with 4 / 4A / 4B": ("""\
        POLICE AND CRIME PANEL

        3 CHAIR'S ANNOUNCEMENTS

        None.

        4 QUESTIONS FROM THE PUBLIC

        4A TO THE COMMISSIONER

        Two questions were put.

        4B TO THE PANEL

        None.

        5 BUDGET MONITORING

        The report was noted.
        """, [("3", "CHAIR'S ANNOUNCEMENTS"), ("4", "QUESTIONS FROM THE PUBLIC"),
              ("4A", "TO THE COMMISSIONER"), ("4B", "TO THE PANEL"), ("5", "BUDGET MONITORING")]),
    "committee letters and a full stop before the minute number (PCP.10)": ("""\
        EXAMPLE POLICE AND CRIME PANEL

        PCP.10 APOLOGIES FOR ABSENCE

        Apologies were received from Councillor A Hepple.

        PCP.11 PROPOSED POLICE PRECEPT 2020/21

        RESOLVED that the Panel supports the proposed precept.

        PCP/12 COMPLAINTS

        None were received.
        """, [("PCP.10", "APOLOGIES FOR ABSENCE"), ("PCP.11", "PROPOSED POLICE PRECEPT 2020/21"),
              ("PCP/12", "COMPLAINTS")]),
    "parent with bracketed sub-items 2 / 2(1) / 2(2)": ("""\
        Items
        No. Item

        2.

        Formal business

        2(1)

        Apologies

        Minutes:

        None were received.

        2(2)

        Declarations of interest

        Minutes:

        None.

        3.

        Precept

        Minutes:

        The precept was approved.
        """, [("2", "Formal business"), ("2(1)", "Apologies"), ("2(2)", "Declarations of interest"),
              ("3", "Precept")]),
    "committee letters on one line, the minute number on the next": ("""\
        Panel Minutes

        Present: Cllr A Able (Chair)
        ABC
        7/22
        APPOINTMENT OF CHAIR
        RESOLVED that Cllr Able be Chair.
        ABC
        8/22
        WORK PROGRAMME
        RESOLVED that the programme be noted.
        """, [("ABC 7/22", "APPOINTMENT OF CHAIR"), ("ABC 8/22", "WORK PROGRAMME")]),
    "a whole agenda on one line of PDF text, page ranges between titles": (
        "Public Document Pack. The meeting will be held on Monday, 7th March, 2022 at 2.00 pm. "
        "A G E N D A Pages 1 Apologies for Absence. 2 Declarations of Interest. 3 Minutes of the "
        "meeting held on 10th January 2022. 1 - 6 4 Precept Proposal for 2022/23. 7 - 40 "
        "5 Forward Work Programme. 41 - 44 Notes for members: please bring your papers to the "
        "meeting and tell the clerk of any interest before it starts.\n",
        [("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
         ("3", "Minutes of the meeting held on 10th January 2022"),
         ("4", "Precept Proposal for 2022/23"), ("5", "Forward Work Programme")]),
    "a heading in capitals run on after a sentence, a page number glued before it": ("""\
        MINUTES OF THE MEETING

        1. WELCOME

        The Chair welcomed members.

        2. APOLOGIES

        Apologies were received from Cllr Baker. 3 3. MINUTES OF THE LAST MEETING

        The minutes were agreed.
        """, [("1", "WELCOME"), ("2", "APOLOGIES"), ("3", "MINUTES OF THE LAST MEETING")]),
    "PDF minutes on one line: titles in capitals run on into their text": (
        "EXAMPLE POLICE AND CRIME PANEL MINUTES OF THE MEETING HELD ON FRIDAY 15TH FEBRUARY 2013 "
        "Present: Councillor A Able (Chair), Councillor B Baker, Councillor C Cole and Mr D Dean "
        "(Co-opted Member). Also present: the Commissioner and his Chief Executive. 1 INTRODUCTION "
        "AND WELCOME A welcome was extended to all members of the Panel and to the new co-opted "
        "members. 2 DECLARATIONS OF INTEREST Councillor Baker wished it be noted that his son serves "
        "as an officer of the force. 3 MINUTES - 11TH JANUARY 2013 The minutes of the meeting held "
        "on 11th January 2013 were received and confirmed as a correct record.\n",
        [("1", "INTRODUCTION AND WELCOME"), ("2", "DECLARATIONS OF INTEREST"),
         ("3", "MINUTES - 11TH JANUARY 2013")]),
    "PDF minutes on one line: titles in title case run on into their text": (
        "Example Police and Crime Panel Minutes of the meeting held on Monday 7 March 2022 at "
        "10.00 am Present: Councillor A Able (Chair), Councillor B Baker, Councillor C Cole. "
        "1. Apologies for Absence Apologies were received from Councillor D Dean. 2. Declarations "
        "of Interest There were no declarations of interest. 3. To note any items which the Chair "
        "has agreed to add to the agenda. The Chair said there were none. 4. Precept Proposal "
        "2022/23 The Commissioner presented his proposal to raise the precept by £10 for a Band D "
        "property. RESOLVED that the Panel supports the proposed precept. 5. Date of Next Meeting "
        "The next meeting will be held on 4 April 2022.\n",
        [("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
         ("3", "To note any items which the Chair has agreed to add to the agenda"),
         ("4", "Precept Proposal 2022/23"), ("5", "Date of Next Meeting")]),
    "a title that reads like a sentence fills the gap in a numbered run": ("""\
        Draft Minutes

        1. Apologies for Absence
        None.
        2. To consider any items which the chair has agreed to add to the agenda as urgent business
        There were none.
        3. Budget Update
        The update was noted.
        """, [("1", "Apologies for Absence"),
              ("2", "To consider any items which the chair has agreed to add to the agenda as urgent "
                    "business"),
              ("3", "Budget Update")]),
    "an item titled 'Minutes of the meeting held on ...' under its number is no new paper": ("""\
        Example Police and Crime Panel Minutes

        Item Description Decision
        PCP
        12/19
        MEMBERS' QUESTIONS TO THE COMMISSIONER
        Members asked about the response times to emergency calls in the rural wards, the number
        of officers in neighbourhood teams since the last restructure, the progress of the new
        custody suite and its expected opening date, and the use of overtime to cover events in
        the summer. The Commissioner answered each question in turn and agreed to send a written
        note on the custody suite to every member before the next meeting of the Panel.
        Members also asked about the funding of the victims' service after March, and the
        Commissioner said that the contract had been extended for a further year while the
        service was reviewed with partners, and that the review would report in the autumn.
        RESOLVED that the discussion be noted and the written note be circulated.
        PCP
        13/19
        MINUTES OF THE MEETING HELD ON 8 SEPTEMBER 2019
        RESOLVED that the minutes be agreed.
        PCP
        14/19
        FORWARD PLAN
        RESOLVED that the Forward Plan be noted.
        """, [("PCP 12/19", "MEMBERS' QUESTIONS TO THE COMMISSIONER"),
              ("PCP 13/19", "MINUTES OF THE MEETING HELD ON 8 SEPTEMBER 2019"),
              ("PCP 14/19", "FORWARD PLAN")]),
    "number, title in capitals and a dash, then the minute; a long first title": ("""\
        Example Scrutiny Panel
        Wednesday 4th March 2015

        PRESENT: Councillor Able in the chair.

        71 DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND PERSONAL OR PERSONAL AND PREJUDICIAL
        INTERESTS AND DECLARATIONS OF WHIPPING ARRANGEMENTS (IF ANY) - There were no declarations.

        72 MINUTES - Resolved - That the minutes of the meeting held on 4 February 2015 be signed.

        73 POLICE AND CRIME PLAN - The Commissioner presented his plan for the coming year.
        """, [("71", "DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND PERSONAL OR PERSONAL AND "
                     "PREJUDICIAL"),
              ("72", "MINUTES"), ("73", "POLICE AND CRIME PLAN")]),
    "paragraph numbers glued to their text; two titles in a row that read as sentences": ("""\
        Example Police and Crime Panel

        Draft Minutes

        PRESENT: Councillor Able (Chair), Councillor Baker

        1.Introductions and Apologies

        1.1Apologies were received from Councillor Cole.

        2.To approve, as a correct record, the minutes of the meeting held on 13 September.

        2.1RESOLVED

        2.1.1That the minutes be approved as a correct record.

        3.To note any items which the Chair has agreed to add to the agenda.

        3.1The Chair confirmed that there were none.

        4.Members' Declaration of Interest

        4.1No declarations were made.
        """, [("1", "Introductions and Apologies"),
              ("2", "To approve, as a correct record, the minutes of the meeting held on 13 September"),
              ("3", "To note any items which the Chair has agreed to add to the agenda"),
              ("4", "Members' Declaration of Interest")]),
    "PDF agenda on one line: a time before each number, titles run into descriptions": (
        "Agenda Document for Example Police and Crime Panel, 05/10/2018 10:30 Public Document Pack "
        "Members are hereby requested to attend the meeting of the Example Police and Crime Panel, "
        "to be held at 10.30 am on Friday, 5 October 2018 at County Hall. A Clerk, Clerk to the "
        "Panel, 27 September 2018. Webcasting Notice: this meeting will be filmed for live or "
        "subsequent broadcast via the Council's website, and by entering the meeting room you are "
        "consenting to being filmed. Agenda 10.30 am 1. Declarations of Interest Members and "
        "officers must declare any pecuniary or personal interest in any business on the agenda. "
        "10.35 am 2. Minutes (Pages 5 - 16) To confirm the minutes of the previous meeting on 29 "
        "June. 10.40 am 3. Urgent Matters Items not on the agenda which the Chairman of the "
        "meeting is of the opinion should be considered as a matter of urgency. 10.45 am 4. Public "
        "Question Time (Pages 17 - 20) Members of the public may put questions to the Commissioner "
        "up to two weeks before the meeting. 11.00 am 5. Report of the Budget Working Group (Pages "
        "21 - 30)\nReport by the Chair of the Working Group. The attached report sets out the work "
        "of the Group as a critical friend to the Commissioner in developing the precept.\n",
        [("1", "Declarations of Interest"), ("2", "Minutes"), ("3", "Urgent Matters"),
         ("4", "Public Question Time"), ("5", "Report of the Budget Working Group")]),
    "PDF minutes on one line, numbered by minute and municipal year ('PCP 34.12/13')": (
        "MINUTES OF A MEETING OF THE EXAMPLE POLICE AND CRIME PANEL HELD ON 11TH DECEMBER 2013 "
        "AT 10.30 A.M. Present: Councillor A Able (Chairman), Councillor B Baker. PCP 34.12/13 "
        "APPOINTMENT OF NEW INDEPENDENT MEMBER The Chairman referred to the recommendation of the "
        "Appointment Panel. RESOLVED - that Mr C Cole be appointed. 35.12/13 APOLOGIES FOR ABSENCE "
        "Apologies were received from Councillor D Dean. 36.12/13 MINUTES The minutes of the "
        "meeting held on 2nd October 2013 were confirmed.\n",
        [("34.12/13", "APPOINTMENT OF NEW INDEPENDENT MEMBER"), ("35.12/13", "APOLOGIES FOR ABSENCE"),
         ("36.12/13", "MINUTES")]),
    "meeting page: a long title ended by a full stop, its minutes' label under it": ("\n\n".join([
        "Agenda and minutes", "Items\nNo. Item", "485.", "Substitutions", "Minutes:",
        "Councillor K Vickers substituted for Councillor R Hannigan.", "486.", _LONG_TITLE + ".",
        "Minutes:", "There were no declarations of interest.\n"]),
        [("485", "Substitutions"), ("486", _LONG_TITLE)]),
    "PDF agenda on one line: a title wrapped past the page-range column goes on after it": (
        "Agenda Document for Example Police and Crime Panel, 29/01/2021 10:00 A digital meeting of "
        "the Example Police and Crime Panel will be held on Friday, 29th January, 2021 at 10.00 am. "
        "A G E N D A Pages 1 Declarations of Interest. 2 To Receive and Answer any Questions to the "
        "Commissioner for 9 - 10 Example. 3 PCC Verbal Update of the Impact of Covid-19 Regulations "
        "and Re-introduction of Lockdown. 4 Commissioner's Budget Requirement and Council Tax 11 - 102 "
        "Precept Proposal 2021/22. 5 Complaints Update 103 - 110 Notes (a) Members of the public are "
        "welcome to attend.\n",
        [("1", "Declarations of Interest"),
         ("2", "To Receive and Answer any Questions to the Commissioner for Example"),
         ("3", "PCC Verbal Update of the Impact of Covid-19 Regulations and Re-introduction of Lockdown"),
         ("4", "Commissioner's Budget Requirement and Council Tax Precept Proposal 2021/22"),
         ("5", "Complaints Update")]),
    "PDF agenda: the page footer glued before the next page's first item, a title underlined": ("""\
        EXAMPLE POLICE AND CRIME PANEL

        Monday, 8 October 2018 at 14:00 County Hall

        AGENDA

        1 _Minutes of last meeting held on 4 June 2018 3 - 10

        2 Apologies for Absence

        3 Work Programme 11 - 14

        Page 1 of 40 4 Force Management Statement 15 - 40

        Notes

        (a) Members of the public are welcome to attend to observe meetings of the Panel.
        """, [("1", "Minutes of last meeting held on 4 June 2018"), ("2", "Apologies for Absence"),
              ("3", "Work Programme"), ("4", "Force Management Statement")]),
    "PDF agenda on one line: a number inside a title does not skip the next item": (
        "EXAMPLE POLICE AND CRIME PANEL Monday, 6 June 2016 at 14:00 County Hall AGENDA "
        "1 Apologies for Absence 2 Minutes of last meeting held on 4 April 2016 3 - 8 "
        "3 Work Programme 9 - 12 4 Annual Report and 6 Month Performance Update 13 - 40 "
        "5 Complaints Update 41 - 44 Page 1 of 44 Notes: members of the public are welcome to "
        "attend to observe meetings of the Panel, and background papers may be inspected on "
        "request at the offices of the host authority.\n",
        [("1", "Apologies for Absence"), ("2", "Minutes of last meeting held on 4 April 2016"),
         ("3", "Work Programme"), ("4", "Annual Report and 6 Month Performance Update"),
         ("5", "Complaints Update")]),
}


def test_pdf_agenda_whose_first_item_runs_on_after_the_word_agenda(tmp_path):
    """PDF text loses the line break after "AGENDA"; the paper is still an agenda (its
    "Report of ..." lines describe items, they do not open a report), item 1 is still an item,
    and "(TO FOLLOW)" marks a paper not yet published, not part of the title."""
    doc, items = _read(tmp_path, """\
        Public Document

        EXAMPLE POLICE AND CRIME PANEL

        DATE: Friday, 14th May, 2021

        AGENDA 1. APOLOGIES

        2. DECLARATIONS OF INTEREST 1 - 4

        To receive declarations of interest in any item for discussion at the meeting.

        3. PANEL ARRANGEMENTS 5 - 12

        Report of the Monitoring Officer

        4. ANNUAL REPORT OF THE COMMISSIONER (TO FOLLOW)

        Report of the Commissioner
        """)
    assert doc.doc_type == "agenda"
    assert [(item.number, item.title) for item in items] == [
        ("1", "APOLOGIES"), ("2", "DECLARATIONS OF INTEREST"), ("3", "PANEL ARRANGEMENTS"),
        ("4", "ANNUAL REPORT OF THE COMMISSIONER")]


def test_title_in_capitals_wrapped_past_the_page_range_column_is_whole(tmp_path):
    """One-line PDF text of an agenda prints each title, its pages, then the rest of a long
    title: "5. EXAMPLE PANEL 11 - 20 ARRANGEMENTS Report of ..."; the range's second number
    is no item number. A long run in capitals after the range is the page's footer of member
    councils, not the title's end."""
    _, items = _read(tmp_path, (
        "EXAMPLE POLICE AND CRIME PANEL DATE: Monday, 20th July, 2020 AGENDA 1. APOLOGIES "
        "2. DECLARATION OF INTEREST 1 - 4 To receive declarations of interest in any item. "
        "3. MINUTES 5 - 10 To approve the minutes of the meeting held on 30 June 2020 "
        "4. EXAMPLE POLICE AND CRIME PANEL 11 - 20 ARRANGEMENTS Report of the Solicitor and "
        "Monitoring Officer 5. BALANCED APPOINTMENT OBJECTIVE AND CO-OPTED 21 - 24 MEMBERS "
        "Report of the Monitoring Officer 6. CHIEF FIRE OFFICER - APPOINTMENT 25 - 30 Report "
        "of the Mayor 7. PANEL RULES OF PROCEDURE 31 - 52 BOLTON BURY OLDHAM SALFORD WIGAN "
        "Please note that this meeting will be livestreamed.\n"))
    assert [(item.number, item.title) for item in items] == [
        ("1", "APOLOGIES"), ("2", "DECLARATION OF INTEREST"), ("3", "MINUTES"),
        ("4", "EXAMPLE POLICE AND CRIME PANEL ARRANGEMENTS"),
        ("5", "BALANCED APPOINTMENT OBJECTIVE AND CO-OPTED MEMBERS"),
        ("6", "CHIEF FIRE OFFICER - APPOINTMENT"), ("7", "PANEL RULES OF PROCEDURE")]


@pytest.mark.parametrize("name", sorted(NUMBERED))
def test_numbered_layouts(name, tmp_path):
    text, expected = NUMBERED[name]
    doc, items = _read(tmp_path, text)
    assert [(item.number, item.title) for item in items] == expected
    for item in items:
        assert doc.text[item.start:].startswith(item.text)


def test_labels_under_titles_mark_every_item_and_subheadings_are_not_items(tmp_path):
    _, items = _read(tmp_path, """\
        Agenda and minutes

        No. Item


        Declarations of interest

        Additional documents:


        There were none.


        Minutes of the last meeting pdf icon PDF 120 KB

        Additional documents:


        The minutes were agreed.


        Public Questions - Minute No. 4


        The clerk corrected minute 4 about the petition.
        """)
    assert [item.title for item in items] == ["Declarations of interest", "Minutes of the last meeting"]
    assert "Public Questions" in items[1].text


# beside a file icon, a report's title may run longer than a title written alone
REPORT_TITLE = ("The Role of the Commissioner in Holding the Force to Account for Improving the "
                "Response to Victims of Serious Offences")
UNLABELLED_PAGE = """\
        Agenda and minutes

        Venue: Civic Centre

        No. Item


        Welcome

        The Chair welcomed the new member.


        Minutes pdf icon PDF 90 KB

        To confirm the minutes of the meeting held on 3 March 2022.


        The minutes were confirmed as a correct record.


        Apologies for Absence


        Apologies were received from Cllr Cole.


        REPORT_TITLE pdf icon PDF 200 KB

        To consider the attached report


        Members were nominated by the councils as follows:

        North District Council

        Councillor Ann Able

        South Borough Council

        Councillor Ben Baker


        Resolved that the annual report be noted.
        """


@pytest.mark.parametrize("stored", ["as printed", "without blank lines", "as PDF text"])
def test_unlabelled_meeting_page_titles_by_shape_and_description_is_not_an_item(stored, tmp_path):
    """Titles stand apart by blank lines; an archive that stores the page with single line
    breaks, or a PDF whose text has blank lines only where a page breaks, leaves them
    standing apart by the sentence that ends above each. Beside a file icon, "Minutes" is an
    item's title; the short lines of a list a sentence brings in with a colon are not."""
    text = UNLABELLED_PAGE.replace("REPORT_TITLE", REPORT_TITLE)
    if stored != "as printed":
        text = re.sub(r"\n(?:[ \t]*\n)+", "\n", text)
    if stored == "as PDF text":
        text = text.replace("Cllr Cole.\n", "Cllr Cole.\n\n\n")  # where page 1 ends
    _, items = _read(tmp_path, text)
    assert [item.title for item in items] == ["Welcome", "Minutes", "Apologies for Absence", REPORT_TITLE]


SPARSE_LABELS_PAGE = """\
    Agenda and draft minutes

    No. Item


    Election of Chair


    It was proposed, seconded and:


    Resolved: That Councillor Able be appointed as Chair for the year.


    Declarations of Interest


    Councillor Baker declared that he was a retired police officer.


    Police Establishment Numbers


    Members asked how many officers had been recruited since March.


    Annual Report 2023/24 pdf icon PDF 66 KB

    Additional documents:


    The Commissioner presented his annual report.
    """


@pytest.mark.parametrize("labels_everywhere", [False, True])
def test_additional_documents_labels_mark_every_item_only_where_every_item_has_one(
        labels_everywhere, tmp_path):
    """"Additional documents:" is printed under every item by some councils and only under an
    item with papers by others: only when most titles have it is a title without it a
    sub-heading of the minutes."""
    text = SPARSE_LABELS_PAGE
    if labels_everywhere:
        for title in ("Election of Chair", "Declarations of Interest"):
            text = text.replace(f"\n    {title}\n", f"\n    {title}\n\n    Additional documents:\n")
    _, items = _read(tmp_path, text)
    expected = ["Election of Chair", "Declarations of Interest", "Annual Report 2023/24"]
    if not labels_everywhere:
        expected.insert(2, "Police Establishment Numbers")
    assert [item.title for item in items] == expected


def test_an_item_with_no_text_is_told_from_a_description_by_the_space_below_it(tmp_path):
    """A title straight under another is its description ("To consider the report"), unless
    the page leaves more space above it than below: the item above has no text of its own."""
    _, items = _read(tmp_path, """\
        Agenda and draft minutes

        No. Item


        Apologies for Absence




        Election of Chair


        The Clerk sought nominations. Councillor Able was elected unanimously.


        Annual Report

        To consider the attached report


        The report was noted.
        """)
    assert [item.title for item in items] == ["Apologies for Absence", "Election of Chair",
                                              "Annual Report"]


def test_a_label_under_a_description_belongs_to_the_title_above_the_description(tmp_path):
    """"Additional documents:" under "To consider the attached report" (no full stop) marks the
    title above that line, not the description; the one label then leaves the unmarked titles
    ("Briefing Session", "Declarations of Interest") to be found by their shape."""
    _, items = _read(tmp_path, """\
        Agenda and minutes

        No. Item


        Briefing Session

        A briefing session for Panel Members will be held before the meeting.


        The Panel discussed the items on the agenda.


        Apologies for Absence pdf icon PDF 83 KB


        Apologies were received from Councillor Able.


        Declarations of Interest

        Members are reminded to declare any personal interest.


        Councillor Baker declared a personal interest.


        Annual Update Report pdf icon PDF 356 KB

        To consider the attached report


        Additional documents:


        The Chair welcomed the Commissioner, who presented the report.
        """)
    assert [item.title for item in items] == [
        "Briefing Session", "Apologies for Absence", "Declarations of Interest", "Annual Update Report"]


def test_a_description_line_that_brings_in_a_list_is_not_the_title_over_its_label(tmp_path):
    """"Provision of Fuel Cards:" ends the description's list of decisions; the label below marks
    the title above the description."""
    _, items = _read(tmp_path, """\
        Agenda and minutes

        No. Item


        Declarations of interest

        Additional documents:


        There were no declarations of interest on this occasion.


        Decisions published by the Commissioner

        Commissioner decision 2019/20 No. 1 published since the last meeting:


        Provision of Fuel Cards for Emergency Vehicles:


        Additional documents:


        Details were submitted of a decision made by the Commissioner.
        """)
    assert [item.title for item in items] == ["Declarations of interest",
                                              "Decisions published by the Commissioner"]


def test_minutes_cut_to_their_first_minute_are_minutes_and_that_minute_an_item(tmp_path):
    """A stored page that ends inside the first minute: who was present and what was recorded
    make it minutes, and "31." with its paragraphs "31.1", "31.2" under it is an item, though
    one number is no run."""
    doc, items = _read(tmp_path, """\
        Example Police and Crime Panel

        26 June 2020 – A virtual meeting of the Panel held at 10.30am.

        Present:

        Cllr A Able (Chairman), Cllr B Baker, Cllr C Cole

        Apologies were received from Cllr D Dean.

        The Chairman welcomed two new members to the Panel.

        31. Declarations of Interest

        31.1 In accordance with the code of conduct, members of the Panel declared the personal
        interests contained in the table below.

        31.2 No other interests were declared.
        """)
    assert doc.doc_type == "minutes"
    assert [(item.number, item.title) for item in items] == [("31", "Declarations of Interest")]


_RECORDED = ["Resolved - That Councillor A Able be elected to serve as Chair until July 2022.",
             "The Chair welcomed everyone to the meeting, in particular the new members.",
             "Apologies were noted from Councillor B Baker and Councillor C Cole."]
_REPORTED = ["It was noted in the last year that calls to 101 had risen by a tenth.",
             "It was agreed with partners that the service would be reviewed.",
             "The Commissioner welcomed the findings of the inspection."]


@pytest.mark.parametrize("said, doc_type", [(_RECORDED, "minutes"), (_RECORDED[:2], "report"),
                                            (_REPORTED, "report")])
def test_a_page_cut_above_its_header_is_minutes_when_it_records_what_the_meeting_did(
        said, doc_type, tmp_path):
    """A stored page that starts below its header and prints no item numbers: resolutions, a
    welcome, apologies noted, said again and again, are minutes; a text saying so once or twice,
    or a report's account of what was agreed (it resolves nothing, takes no apologies), is not."""
    doc, items = _read(tmp_path, "Election of Panel Chair\n\nThe Secretariat officer set out how "
                       "nominations and seconders would be sought for the election.\n\n"
                       + "\n\n".join(said) + "\n")
    assert doc.doc_type == doc_type


def test_agenda_stored_without_its_numbers_titles_marked_by_page_ranges(tmp_path):
    """A modern.gov agenda whose number column was lost: "(Pages 5 - 6)" under some titles
    shows it is an agenda of items, so titles are read by their shape, after the masthead
    (panel, venue, date), including those with no papers."""
    doc, items = _read(tmp_path, """\


        Example Police and Crime Panel


        Council Chamber, County Hall, Example Town


        Thursday, 25 July 2024 at 10.30 am


        Election of Panel Chair

        To appoint a Chair from among the Members sitting on the Panel.


        (Pages 5 - 6)






        Welcome and apologies








        Minutes of the Panel Meeting held on 12th June 2024


        (Pages 7 - 12)






        Progress on Issues Raised by the Panel

        Report from the Panel Secretariat.


        (Pages 13 - 18)
        """)
    assert doc.doc_type == "agenda"
    assert [item.title for item in items] == [
        "Election of Panel Chair", "Welcome and apologies",
        "Minutes of the Panel Meeting held on 12th June 2024", "Progress on Issues Raised by the Panel"]


def test_a_table_inside_an_item_of_an_agenda_stored_without_numbers_is_not_an_item(tmp_path):
    """The exclusion item's table ("Item number on the agenda" / "Paragraph Number(s)") stands
    as apart as a title by its own shape, but the page sets items six blank lines apart and an
    item's paragraphs two: the table's header row is the item's text."""
    gap = "\n" * 7
    doc, items = _read(tmp_path, (
        "\n\nExample Police and Crime Panel\n\n\nCounty Hall\n\n\nThursday, 25 July 2024 at 10.30 am"
        "\n\n\nElection of Panel Chair\n\nTo appoint a Chair from among the Members.\n\n\n(Pages 5 - 6)"
        + gap + "Consideration of Exclusion of the Public\n\nTo consider the exclusion of the public "
        "during the items listed in the following table.\n\n\nItem number on the agenda\n\n"
        "Paragraph Number(s)\n\n16 \u2013 confidential appendices\n\n11 and 12"
        + gap + "Progress on Issues Raised by the Panel\n\nReport from the Panel Secretariat.\n\n\n"
        "(Pages 13 - 18)\n"))
    assert doc.doc_type == "agenda"
    assert [item.title for item in items] == [
        "Election of Panel Chair", "Consideration of Exclusion of the Public",
        "Progress on Issues Raised by the Panel"]


def test_meeting_page_listing_a_report_is_minutes_and_a_long_description_keeps_its_title(tmp_path):
    """Under the items table header, "Report of the Commissioner" is an item's paper, not a
    report's opening line; and a title whose description runs long (the rules on declaring
    interests) before "Additional documents:" is still found above it, by its shape."""
    doc, items = _read(tmp_path, """\
        Agenda and minutes

        Example Police and Crime Panel - Thursday 24 June 2021 10.30 am


        No. Item


        Apologies

        Additional documents:


        Apologies were received from Councillor Able.


        Disclosures of Pecuniary and Non-Pecuniary Interests

        Members are required to register their disclosable pecuniary interests.

        A member with a disclosable pecuniary interest in a matter must:


        • Declare the interest if they have not already registered it

        • Not participate in any discussion or vote


        These should be declared at the commencement of the meeting.

        Additional documents:


        There were none.


        Report of the Police and Crime Commissioner pdf icon PDF 1 MB

        The report is attached.

        Additional documents:


        The Commissioner presented his report on recruitment and crime rates.
        """)
    assert doc.doc_type == "minutes"
    assert [item.title for item in items] == [
        "Apologies", "Disclosures of Pecuniary and Non-Pecuniary Interests",
        "Report of the Police and Crime Commissioner"]


def test_a_title_with_its_labels_run_onto_its_line_is_an_item(tmp_path):
    """A meeting page stored without its layout prints "Title Additional documents: Minutes:"
    on one line, then the minutes, with no blank lines between."""
    _, items = _read(tmp_path, """\
        Agenda and draft minutes
        Panel Response to the Commissioner's Annual Report Additional documents: Minutes:
        The Panel welcomed the Commissioner's response
        to their comments on the annual report.
        Scrutiny of the Police and Crime Plan Minutes:
        The Commissioner thanked the Panel for their input
        on the priorities of the new plan.
        """)
    assert [item.title for item in items] == [
        "Panel Response to the Commissioner's Annual Report", "Scrutiny of the Police and Crime Plan"]


def test_titles_ended_by_a_colon_on_a_page_without_items_table_or_labels(tmp_path):
    """Some councils end each title with a colon, on a line of its own, and print no items
    table header and no labels; a sentence that brings in a list is not a title."""
    doc, items = _read(tmp_path, """\
        Venue: Council Chamber, Tedder Hall, Louth

        Welcome and Introductions:


        The Chairman welcomed everyone to the meeting.


        Apologies for Absence:


        Apologies for absence were received from Councillor Able.


        Communications from the Chairman:


        Members noted the following:


        The Chairman informed the Panel of a briefing on serious violence.


        Questions from the Public:


        The Panel noted that no questions from the public had been received.
        """)
    assert doc.doc_type == "minutes"
    assert [item.title for item in items] == [
        "Welcome and Introductions", "Apologies for Absence", "Communications from the Chairman",
        "Questions from the Public"]


@pytest.mark.parametrize("indent, blank_lines", [("", 2), ("  ", 2), ("", 7)])
def test_layout_reads_the_same_however_indented_or_spaced(indent, blank_lines, tmp_path):
    """Indentation (here of the page's first line) and the number of blank lines between
    blocks are how a page was stored, not its structure."""
    gap = "\n" * (blank_lines + 1)
    text = gap.join(indent * (i == 0) + block for i, block in enumerate([
        "The Chair thanked the Commissioner for the update on recruitment. Members asked about vetting.",
        "CSC 4/23", "Exclusion of the Press and Public.",
        "RESOLVED that the public be excluded from the meeting for the following item.",
        "CSC 5/23", "The Sub-Committee received a report setting out details of a complaint received.",
    ])) + "\n"
    doc, items = _read(tmp_path, text)
    assert [(item.number, item.title) for item in items] == [
        (None, "(untitled)"), ("CSC 4/23", "Exclusion of the Press and Public"), ("CSC 5/23", "(untitled)")]


def test_non_breaking_spaces_read_as_spaces_and_items_keep_them(tmp_path):
    """Word and HTML put a non-breaking space after a minute number or inside a title."""
    doc, items = _read(tmp_path, (
        "SOUTH\u00a0EXAMPLE POLICE AND CRIME PANEL\n\n3\u00a0FEBRUARY\u00a02021\n\n"
        "1\u00a0\u00a0APOLOGIES\u00a0FOR ABSENCE\n\nApologies were received from Cllr Cole.\n\n"
        "2\u00a0\u00a0MINUTES OF THE LAST MEETING\n\nThe minutes were agreed.\n"))
    assert [(item.number, item.title) for item in items] == [
        ("1", "APOLOGIES FOR ABSENCE"), ("2", "MINUTES OF THE LAST MEETING")]
    assert doc.meeting_date == "2021-02-03"
    assert items[0].text.startswith("1\u00a0\u00a0APOLOGIES\u00a0FOR ABSENCE")
    assert all(doc.text[item.start:].startswith(item.text) for item in items)


def test_page_cut_above_its_first_heading_opens_with_an_untitled_item(tmp_path):
    doc, items = _read(tmp_path, """\
        The Chair thanked the Commissioner for the update on recruitment. Members asked about vetting.


        Budget Monitoring: pdf icon PDF 50 KB

        To consider the report.


        Additional documents:


        The report was noted.


        Estates Review: pdf icon PDF 40 KB

        Additional documents:


        The review was noted.
        """)
    assert [item.title for item in items] == ["(untitled)", "Budget Monitoring", "Estates Review"]
    assert items[0].start == 0 and items[0].number is None


def test_a_minute_number_followed_at_once_by_its_text_heads_an_untitled_item(tmp_path):
    """Exempt business is often minuted under its number alone: the line after the number is
    the minute's first sentence, not its title."""
    doc, items = _read(tmp_path, """\
        Example Police and Crime Panel Complaint Sub-Committee - Thursday, 28th March, 2024

        CSC 4/23

        Exclusion of the Press and Public.

        RESOLVED that the public be excluded from the meeting for the following item.

        CSC 5/23



        The Sub-Committee received a report setting out details of a complaint received about the
        alleged conduct of the Commissioner which now required further consideration.

        RESOLVED that the decision notice be issued to the Commissioner and the complainant.
        """)
    assert [(item.number, item.title) for item in items] == [
        ("CSC 4/23", "Exclusion of the Press and Public"), ("CSC 5/23", "(untitled)")]


# A meeting page stored with its item table flattened to text: each row's one cell runs the
# title into its description, labels and minutes; a line holding "|" closes the row
FLATTENED_TABLES = {
    "rows closed by a line of their own": ("""\
        Venue: Main Hall, County Offices, Example Town. View directions
        Contact: A Clerk Email: clerk@example.gov.uk
        No. | Item |
        ---|---|
        Apologies To receive any apologies from members. Additional documents: Minutes: None.
        |
        |
        Declarations of interest Additional documents: Minutes: None were declared.
        |
        |
        Minutes of the meeting held on 3 March 2022 PDF 98 KB Additional documents: Minutes: Resolved –
        That the minutes be signed.
        |
        |
        Decisions published by the Commissioner (PCC) The following decisions have been published:
        Decision 004 Estates review
        Additional documents: Minutes: Resolved: That the decisions be noted.
        |
        |
        """, [(None, "Apologies"), (None, "Declarations of interest"),
              (None, "Minutes of the meeting held on 3 March 2022"),
              (None, "Decisions published by the Commissioner (PCC)")]),
    "rows closed at the end of their text, numbered": ("""\
        No. | Item |
        ---|---|
        1. | Apologies Members are reminded that they may send substitutes. Minutes: None were received. |
        2. | Code of Conduct - Declaration of Interests. Members are reminded to declare. Minutes: None. |
        3. | Police and Crime Plan Monitoring Report pdf icon PDF 240 KB The Panel will receive the report.
        Minutes: The Commissioner presented the report. Members asked about the 101 service. |
        """, [("1", "Apologies"), ("2", "Code of Conduct - Declaration of Interests"),
              ("3", "Police and Crime Plan Monitoring Report")]),
}


@pytest.mark.parametrize("name", sorted(FLATTENED_TABLES))
def test_flattened_item_table_rows_are_the_items(name, tmp_path):
    text, expected = FLATTENED_TABLES[name]
    doc, items = _read(tmp_path, text)
    assert [(item.number, item.title) for item in items] == expected
    assert doc.doc_type == "minutes" and doc.meeting_date is None  # "3 March 2022" is another meeting
    assert all(doc.text[item.start:].startswith(item.text) for item in items)


def test_minutes_of_an_earlier_meeting_listed_with_their_paper_are_an_item_not_a_new_paper(tmp_path):
    """'Minutes of the meeting held on ...' beside a file icon is the item that approves them."""
    opening = "The Chair welcomed everyone to the meeting and thanked the officers. " * 14
    doc, items = _read(tmp_path, f"""\
        Agenda and draft minutes

        No. Item


        Welcome

        {opening}


        Minutes of the meeting held on 29th March 2023 pdf icon PDF 184 KB

        To confirm as a correct record.


        The minutes of the meeting held on 29th March 2023 were approved.
        """)
    assert [item.title for item in items] == ["Welcome", "Minutes of the meeting held on 29th March 2023"]
    assert doc.doc_type == "minutes"


def test_modern_gov_html_item_table(tmp_path):
    _, items = _read(tmp_path, """\
        <html><body><div class="mgHeader"><h1>Agenda and minutes</h1>
        <h2>Example Police and Crime Panel - Tuesday, 4th May, 2021 10.00 am</h2></div>
        <table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>
        <tr><td class="mgItemNumberCell"></td><td><p class="mgAiTitleTxt">Welcome</p>
        <div class="mgMinuteTxt"><p>The Chair welcomed everyone.</p></div></td></tr>
        <tr><td class="mgItemNumberCell"></td><td><p class="mgAiTitleTxt">Declarations of Interest</p>
        <div class="mgMinuteTxt"><p>None were declared.</p></div></td></tr>
        <tr><td class="mgItemNumberCell"></td><td><p class="mgAiTitleTxt">Precept Proposal
        <img alt="pdf icon"/> PDF 80 KB</p><div class="mgMinuteTxt"><p>The precept was approved.</p>
        </div></td></tr></table></body></html>
        """, ".html")
    assert [item.title for item in items] == ["Welcome", "Declarations of Interest", "Precept Proposal"]


# Meeting dates: (header and body, expected date)
DATES = {
    "PDF minutes on one line titled by their date, the previous meeting's date in item 2": (
        "Item 2 Example Police and Crime Panel\n\nItem 2 Example Police and Crime Panel Draft Minutes "
        "6 February 2016, Wakefield Town Hall PRESENT: Councillor A Able (Chair) - Leeds City Council "
        "Councillor B Baker - Bradford Council 1. Apologies for Absence 1.1 The Chair noted apologies from "
        "Councillor C Cole. 2. Minutes of the Meeting held on 11 th December 2015 2.1 The minutes of the "
        "meeting were agreed as a correct record. 3. Members' Declaration of Interests 3.1 There were no "
        "interests declared.\n", "2016-02-06"),
    "a deadline for questions is not the meeting's date": ("""\
        Example Police and Crime Panel

        Questions must be received no later than 12.00 noon on Monday 26th June 2023.

        1. Apologies
        None were received.
        """, None),
    "a page stored without its header: the dates in its minutes are other meetings'": ("""\
        Welcome and Introductions:


        The Chairman welcomed everyone to the meeting, including the Commissioner.


        Actions:


        Members noted that the following actions were now completed:


          • Action No. 18 from the Panel Meeting held on 18th August 2023.
        """, None),
    "a summons letter: its own date above, the meeting's in 'will be held ... on Friday'": ("""\
        Council Offices, High Street, Example Town EX1 1AA

        For all enquiries relating to this agenda please contact A Clerk

        Date: 29th November 2012

        Dear Sir/Madam,

        A meeting of the Police and Crime Panel will be held at the Council Offices, Example
        Town on Friday, 7th December 2012 at 9.30am to consider the matters in the following agenda.

        A G E N D A

        1. Declarations of Interest.

        2. Apologies for Absence.
        """, "2012-12-07"),
    "ordinal glued to its month, as Word's superscript 'th' is stored": ("""\
        Example Police and Crime Panel

        Draft Minutes

        8thNovember 2013, Council Chamber

        1. Apologies
        None were received.
        2. Minutes
        The minutes of the meeting held on 13thSeptember 2013 were agreed.
        """, "2013-11-08"),
    "weekday, ordinal and time in the title; an earlier meeting in the body": ("""\
        Example Police and Crime Panel - Thursday 9th June, 2022 2.00 pm

        1. Minutes
        The minutes of the meeting held on 10 March 2022 were agreed.
        2. Next meeting
        The next meeting will be held on Thursday 8 September 2022 at 2pm.
        """, "2022-06-09"),
    "Date: label with the date on the next line": ("""\
        Panel Minutes
        Date:
        Wednesday, 2nd November, 2022
        Time:
        10.00 a.m.
        1. WELCOME
        The Chair welcomed members.
        2. MINUTES OF 7 SEPTEMBER 2022
        Agreed.
        """, "2022-11-02"),
    "a letter date before the meeting's own date": (
        "Date: 14th February 2023 Dear Member, A meeting of the Panel will be held on Tuesday, "
        "21st February, 2023 at 10.00 am. AGENDA 1 Apologies. 2 Minutes. 3 Budget. 4 Any Other "
        "Business. The papers for each item follow this letter in the order of the agenda.\n",
        "2023-02-21"),
    "capitals, the date alone on its line": ("""\
        EXAMPLE POLICE AND CRIME PANEL

        MEETING HELD VIRTUALLY

        12 MARCH 2021

        1 APOLOGIES
        None.
        2 MINUTES OF THE MEETING HELD ON 1ST FEBRUARY 2021
        Agreed.
        """, "2021-03-12"),
    "a meeting line with a two-digit year": (
        "EXAMPLE POLICE AND CRIME PANEL\n\nMeeting date: 05/02/24\n\n1. APOLOGIES\n\nNone were "
        "received.\n\n2. MINUTES\n\nThe minutes were agreed, as paragraph 4.4.12 records.\n",
        "2024-02-05"),
    "PDF text on one line: the date among the title's words": (
        "EXAMPLE POLICE AND CRIME PANEL MEETING HELD VIRTUALLY 3 FEBRUARY 2021 PRESENT: Councillor "
        "A Able (Chair), Councillor B Baker (Vice-Chair), Councillors C Cole, D Dean and E Evans. "
        "1 APOLOGIES Apologies were received from Councillor F Fox and Councillor G Green. 2 MINUTES "
        "The minutes of the meeting held on 14 December 2020 were agreed as a true record.\n",
        "2021-02-03"),
    "approving another meeting's minutes, the page's own header lost": (
        "Agenda and minutes Contact: Jo Bloggs Items No. Item To take the minutes of the meeting "
        "of the panel held on 6 October 2020 as a correct record. Minutes: Resolved - That the "
        "minutes of the proceedings of the panel held on 6 October 2020 be taken as a correct "
        "record and be signed by the Chairman.\n", None),
    "no date of its own, only other meetings' dates": ("""\
        Agenda and minutes

        Items
        No. Item

        1.

        Minutes of the previous meeting

        Minutes:

        The minutes of the meeting held on 4 May 2021 were agreed.

        2.

        Visits

        Minutes:

        A visit is planned for 17th January 2022.
        """, None),
}


@pytest.mark.parametrize("name", sorted(DATES))
def test_meeting_date_is_this_meetings_own(name, tmp_path):
    text, expected = DATES[name]
    doc, _ = _read(tmp_path, text)
    assert doc.meeting_date == expected


# Panels told from the body: (text, expected panel)
PANELS = {
    "header says only 'Police and Crime Panel'; the body names the constabulary": (
        "POLICE AND CRIME PANEL\n\nMinutes of the meeting\n\n1. Update\n"
        "The Chief Constable of Wiltshire Police presented the report.\n", "Wiltshire"),
    "member councils in the apologies": (
        "Agenda and minutes\n\n1.\n\nApologies\n\nMinutes:\n\nApologies were received from "
        "Councillors of Hull City Council and East Riding of Yorkshire Council.\n", "Humberside"),
    "a usual venue only": (
        "Agenda and minutes\n\nVenue: Sherwood Lodge\n\n1.\n\nWelcome\n\nMinutes:\n\n"
        "Members were welcomed.\n", "Nottinghamshire"),
    "nothing that tells the area": (
        "Police and Crime Panel\n\n1. Welcome\nThe Chair welcomed members of the public.\n", None),
}


@pytest.mark.parametrize("name", sorted(PANELS))
def test_panel_from_header_then_body(name, tmp_path):
    text, expected = PANELS[name]
    doc, _ = _read(tmp_path, text)
    assert doc.panel == expected
    assert (doc.panel_evidence is None) == (expected is None)


@pytest.mark.parametrize("file_name, text, expected", [
    ("15-kent-estates-report.txt", "Estates Strategy\n\nThe Commissioner's estate is to be reviewed.\n",
     "Kent"),
    ("PCP_Minutes_North_Wales_2019.txt", "Minutes\n\n1. Welcome\nThe Chair welcomed members.\n",
     "North Wales"),
    # the text's own panel wins over the file's name
    ("kent-minutes.txt", "POLICE AND CRIME PANEL\n\n1. Update\n"
     "The Chief Constable of Wiltshire Police presented the report.\n", "Wiltshire"),
    # a town, or two areas, do not name one panel
    ("bath-report.txt", "Estates Strategy\n\nThe estate is to be reviewed.\n", None),
    ("kent-and-essex-report.txt", "Estates Strategy\n\nThe estate is to be reviewed.\n", None),
])
def test_panel_from_file_name_when_the_text_never_tells(file_name, text, expected, tmp_path):
    path = tmp_path / file_name
    path.write_text(text, encoding="utf-8")
    doc = ingest.load(path)
    ingest.segment(doc)
    assert doc.panel == expected


@pytest.mark.parametrize("file_name, text, expected", [
    ("estates-report-2018-11-26.txt", "Estates Strategy\n\nThe estate is to be reviewed.\n",
     "2018-11-26"),
    # the paper's own date wins over the file's name
    ("minutes-2018-11-26.txt", "Police and Crime Panel\nMonday 3 December 2018 at 10.00 am\n\n"
     "1. Welcome\nThe Chair welcomed members.\n", "2018-12-03"),
    ("estates-report-2018-13-26.txt", "Estates Strategy\n\nThe estate is to be reviewed.\n", None),
])
def test_date_from_file_name_when_the_paper_prints_none(file_name, text, expected, tmp_path):
    path = tmp_path / file_name
    path.write_text(text, encoding="utf-8")
    doc = ingest.load(path)
    items = ingest.segment(doc)
    assert doc.meeting_date == expected
    assert all(item.meeting_date == expected for item in items)


def test_agenda_listing_apologies_is_not_minutes(tmp_path):
    doc, _ = _read(tmp_path, """\
        EXAMPLE POLICE AND CRIME PANEL
        AGENDA
        1 Apologies for Absence
        2 Declarations of Interest
        3 Precept Proposal
        """)
    assert doc.doc_type == "agenda"


def test_single_agenda_item_page_is_an_item(tmp_path):
    doc, items = _read(tmp_path, """\
        Agenda item

        Work Programme 2023/24

        a) The Panel agrees its work programme.
        b) The Panel asks for a report on road safety.
        """)
    assert doc.doc_type == "item"
    assert [item.title for item in items] == ["Work Programme 2023/24"]


def test_item_page_is_one_item_numbered_and_dated_by_its_meeting_line(tmp_path):
    """modern.gov's page for one item: its minutes' numbered paragraphs and the supporting
    documents' "Item 5 - ..." are inside the item, not items of their own."""
    doc, items = _read(tmp_path, """\
        Agenda item

        Proposed Police Precept 2020/21

        Meeting: 04/02/2020 - Example Police and Crime Panel (Item 45)

        Minutes:

        (1) The Commissioner introduced the report, proposing £10 more for a Band D property.

        (2) RESOLVED that the Panel supports the proposed precept.

        Supporting documents:

        Item 5 - Precept Report, item 45 PDF 210 KB
        """)
    assert doc.doc_type == "item" and doc.meeting_date == "2020-02-04"
    assert [(item.number, item.title) for item in items] == [("45", "Proposed Police Precept 2020/21")]
    assert "RESOLVED that the Panel supports" in items[0].text


# Reports as councils head them: each is one item, titled by its subject and numbered
# by the agenda item it is printed for, whatever its sections are numbered
REPORTS = {
    "stamped 'Agenda Item 6', sections 1.0, 2.0 in capitals": ("""\
        Agenda Item 6

        CUMBRIA POLICE, FIRE AND CRIME PANEL
        Meeting date: 15 March 2023
        From: Police, Fire and Crime Commissioner

        PROPOSED FIRE PRECEPT 2023/24

        1.0 PURPOSE OF REPORT
        1.1 To inform the Panel of the proposed precept for 2023/24.
        2.0 RECOMMENDATION
        2.1 That the Panel endorse the proposed precept.
        3.0 BACKGROUND
        3.1 The Commissioner proposes an increase of £15 for a Band D property.
        """, ("6", "Proposed Fire Precept 2023/24")),
    "header table naming its agenda item inline": ("""\
        For Information Public Report to: Police and Crime Panel Date of Meeting: 26th November, 2018
        Report of: Police and Crime Commissioner Agenda Item: 7

        Victims Services Update

        1. Purpose of the Report

        1.1 To update the Panel on services for victims.

        2. Recommendations

        2.1 That the Panel notes the update.
        """, ("7", "Victims Services Update")),
}


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_report_is_one_item_numbered_by_its_agenda_item(name, tmp_path):
    text, expected = REPORTS[name]
    doc, items = _read(tmp_path, text)
    assert doc.doc_type == "report"
    assert [(item.number, item.title) for item in items] == [expected]


@pytest.mark.parametrize("text, spans", [
    ("Chair for the 2020/21 municipal year", [("2020-04-01", "2021-03-31")]),
    ("the budget for 2023-24 and 2024/2025", [("2023-04-01", "2024-03-31"), ("2024-04-01", "2025-03-31")]),
    ("the Police and Crime Plan 2021-2025", []),  # a span of years
    ("minute 2021/22/3 and decision 12/2019/20", []),  # references
])
def test_financial_years_a_paper_names(text, spans):
    from ingest.metadata import parse_financial_years

    assert parse_financial_years(text) == spans


@pytest.mark.parametrize("text, spans", [
    ("elected as the first Commissioner in November 2012", [("2012-11-01", "2012-11-30")]),
    ("the report of Feb 2024", [("2024-02-01", "2024-02-29")]),
    ("the meeting held on 12 December 2019", []),  # a full date, read as one
])
def test_months_a_paper_names_without_a_day(text, spans):
    from ingest.metadata import parse_months

    assert parse_months(text) == spans


@pytest.mark.parametrize("text, day", [
    # a pack carrying the last meeting's minutes: their heading, then who was present
    ("2 C P C P MINUTES OF A MEETING OF THE CAMBRIDGESHIRE POLICE AND CRIME PANEL HELD AT SPONSORS "
     "LOUNGE, PETERBOROUGH ON 9 OCTOBER 2019 Members Present: Edward Leigh (Chairperson)", "2019-10-09"),
    ("MINUTES OF THE MEETING OF THE KENT POLICE AND CRIME PANEL HELD ON 5 MAY 2021\nPRESENT: Cllr A Bell",
     "2021-05-05"),
    # the agenda's line for those minutes is no heading of them
    ("3. Minutes of the Meeting held on 28 January 2015 3 - 10 4. Public Questions", None),
])
def test_the_minutes_a_pack_carries_are_dated_by_their_heading(text, day):
    from ingest.metadata import minutes_held_on

    assert minutes_held_on(text) == day


@pytest.mark.parametrize("text, written, days", [
    ("The meeting had been scheduled for Wednesday, June 4, to discuss the loans", "2025-05-23",
     ["2025-06-04"]),
    ("During its meeting last night (February 6) the Panel voted", "2024-02-07", ["2024-02-06"]),
    ("the next meeting on 3 January", "2023-12-14", ["2024-01-03"]),  # the nearer year
    ("held on 14th May, 2021", "2021-05-20", []),  # a full date, read as one
    ("the panel may 10 times ask", "2024-01-02", []),  # a verb
])
def test_days_a_paper_names_without_a_year_are_those_nearest_its_date(text, written, days):
    from ingest.metadata import days_named_near

    assert days_named_near(text, written) == days


def test_a_news_page_opening_with_its_date_is_titled_by_its_headline(tmp_path):
    """Panels publish their news as pages that open with a short date ("Feb 13 2015") over
    the headline: the date is no title."""
    doc, items = _read(tmp_path, """\
        Feb 13 2015

        Panel reviews and accepts the 2015-16 policing precept

        The Kent Police and Crime Panel has accepted the 1.99% increase to the policing precept
        proposed by the Police and Crime Commissioner.
        """)
    assert [item.title for item in items] == ["Panel reviews and accepts the 2015-16 policing precept"]
    assert doc.meeting_date == "2015-02-13"


def test_a_reports_header_table_run_onto_one_line_gives_its_item_number_not_its_title(tmp_path):
    """A report's header table (panel, meeting date, agenda item) read from PDF as one line:
    the number is the report's item, the title is the line under it, and the numbered
    paragraphs are the report's own, not items."""
    doc, items = _read(tmp_path, """\
        KENT POLICE AND CRIME PANEL 3 MARCH 2020 7

        PRECEPT PROPOSAL 2020/21

        Purpose of the Report

        1. To consider the Commissioner's proposed precept for 2020/21.

        Information and Advice

        2. The Commissioner proposes a rise of 1.99 per cent.

        3. The Panel may accept the proposal or make recommendations.
        """)
    assert [(item.number, item.title) for item in items] == [("7", "Precept Proposal 2020/21")]
    assert (doc.panel, doc.meeting_date, doc.doc_type) == ("Kent", "2020-03-03", "report")


@pytest.mark.parametrize("first_line, title", [
    ("The Police and Crime Commissioner for Nottinghamshire is Caroline Henry.", "(untitled)"),
    ("Police and Crime Commissioner's Annual Report", "Police and Crime Commissioner's Annual Report"),
])
def test_a_sentence_is_no_title_of_a_page(tmp_path, first_line, title):
    """A council's page whose first line is a sentence has no title there: quoting it as the
    item's heading would hide what it says from every answer."""
    doc, items = _read(tmp_path, f"""\
        {first_line}

        Commissioners will be responsible for appointing Chief Constables and holding them to
        account, setting police and crime plans and budgets.
        """)
    assert [item.title for item in items] == [title]
