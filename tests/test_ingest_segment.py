"""Agenda-item segmentation on the seed papers and on templates other councils use."""

from __future__ import annotations

import shutil
import textwrap

import pytest

import ingest
from eval import segmentation
from tests.conftest import CORPUS, GOLD_ITEMS


def test_seed_segmentation_reaches_f1_095_with_panel_and_date():
    report = segmentation.evaluate(GOLD_ITEMS, CORPUS)
    overall = report["overall"]
    assert overall["f1"] >= 0.95, report
    for row in report["files"]:
        assert row["panel_ok"], row
        assert row["date_ok"], row


def test_pack_items_carry_their_own_meeting_date(seed_path, gold_items):
    path = seed_path("leicestershire")
    items = ingest.segment(ingest.load(path))
    by_number = {item.number: item for item in items}
    assert by_number["145"].meeting_date == "2015-07-17"  # minutes of the previous meeting
    assert by_number["5"].meeting_date == "2015-09-16"
    assert by_number["5"].title == "Project Edison Review"  # titled by its subject
    assert by_number[None].title == "Agenda"


def test_numbered_paragraphs_in_a_report_are_not_items(seed_path):
    items = ingest.segment(ingest.load(seed_path("lancashire")))
    assert len(items) == 1
    assert items[0].title == "Police & Crime Plan Performance Monitoring Report"
    assert items[0].number is None


def test_metadata_comes_from_text_not_file_name(seed_path, tmp_path):
    original = seed_path("dorset")
    renamed = tmp_path / "x.txt"
    shutil.copy(original, renamed)
    a, b = ingest.load(original), ingest.load(renamed)
    items_a, items_b = ingest.segment(a), ingest.segment(b)
    assert (a.panel, a.meeting_date, a.doc_type) == (b.panel, b.meeting_date, b.doc_type)
    assert [i.as_json() for i in items_a] == [i.as_json() for i in items_b]


def test_item_text_is_verbatim_from_its_heading(seed_path):
    doc = ingest.load(seed_path("dorset"))
    for item in ingest.segment(doc):
        assert item.text in doc.text
        assert item.text.startswith(item.number)


# Papers in templates the seeds do not use. Each: (text, expected [(number, title)], panel, date)
TEMPLATES = {
    "item-n": ("""\
        NORTHUMBRIA POLICE AND CRIME PANEL
        Minutes of the meeting held on Tuesday 3 March 2020 at 2.00 pm

        Present: Councillor A Smith (Chair), Councillor B Jones

        Item 1 Apologies for absence
        Apologies were received from Councillor C Brown.

        Item 2 Declarations of interest
        None were declared.

        Item 3 Police and Crime Plan Performance Report
        The Commissioner presented the report.
        1. The report covered the third quarter.
        2. Members asked about response times.
        RESOLVED that the report be noted.

        Item 4 Date of next meeting
        The next meeting will be held on 6 June 2020.
        """, [("1", "Apologies for absence"), ("2", "Declarations of interest"),
              ("3", "Police and Crime Plan Performance Report"), ("4", "Date of next meeting")],
        "Northumbria", "2020-03-03"),
    "agenda-item-n-colon": ("""\
        Surrey Police and Crime Panel
        Date of meeting: 14 February 2019

        Agenda Item 5: Precept Proposal 2019/20
        The Panel considered the Commissioner's proposed precept.
        The Panel agreed to support the precept.

        Agenda Item 6: Complaints Received Since the Last Meeting
        No complaints had been received.

        Agenda Item 7: Forward Work Programme
        The Panel noted the work programme.
        """, [("5", "Precept Proposal 2019/20"),
              ("6", "Complaints Received Since the Last Meeting"), ("7", "Forward Work Programme")],
        "Surrey", "2019-02-14"),
    "minute-numbers-with-year": ("""\
        Minutes of a meeting of the Kent and Medway Police and Crime Panel held on 21 July 2020

        39/20 Chairman's Announcements
        The Chairman welcomed members to the virtual meeting.

        40/20 Minutes of the Meeting held on 4 June 2020
        RESOLVED that the minutes be signed as a correct record.

        41/20 Commissioner's Decisions and Actions
        1. The Commissioner outlined the decisions taken since the last meeting.
        2. A Member asked about the custody suite.

        42/20 Future Work Programme
        RESOLVED that the work programme be noted.
        """, [("39/20", "Chairman's Announcements"),
              ("40/20", "Minutes of the Meeting held on 4 June 2020"),
              ("41/20", "Commissioner's Decisions and Actions"), ("42/20", "Future Work Programme")],
        "Kent", "2020-07-21"),
    "minute-n": ("""\
        CUMBRIA POLICE AND CRIME PANEL
        Minutes of the meeting held on 10 October 2018

        Minute 23 Apologies
        Apologies were received from Mr D Evans.

        Minute 24 Police and Crime Commissioner's Update
        The Commissioner gave an update on rural crime.
        It was agreed that a further report would come to the next meeting.

        Minute 25 Any Other Business
        There was no other business.
        """, [("23", "Apologies"), ("24", "Police and Crime Commissioner's Update"),
              ("25", "Any Other Business")], "Cumbria", "2018-10-10"),
    "capitalised-titles": ("""\
        SUFFOLK POLICE AND CRIME PANEL
        MINUTES OF THE MEETING HELD ON 1 APRIL 2016

        PRESENT: Cllr E Green (Chair)

        APOLOGIES FOR ABSENCE
        There were no apologies.

        BUDGET MONITORING REPORT
        The Chief Finance Officer presented the report. It was agreed that the report be noted.

        POLICE AND CRIME PLAN REFRESH
        Members discussed the refreshed plan and agreed to comment in writing.
        """, [(None, "Apologies for Absence"), (None, "Budget Monitoring Report"),
              (None, "Police and Crime Plan Refresh")], "Suffolk", "2016-04-01"),
    "markdown-headings": ("""\
        # Gwent Police and Crime Panel

        Minutes of the meeting held on 12 September 2021

        ## 1. Welcome and apologies

        The Chair welcomed members.

        ## 2. Police and Crime Commissioner's annual report

        The Commissioner presented the annual report.

        1. Recorded crime fell by 4%.
        2. Victim satisfaction rose.

        It was agreed that the report be endorsed.

        ## 3. Dates of future meetings

        Meetings will be held quarterly.
        """, [("1", "Welcome and apologies"), ("2", "Police and Crime Commissioner's annual report"),
              ("3", "Dates of future meetings")], "Gwent", "2021-09-12"),
    "minutes-of-the-panel-with-capital-titles": ("""\
        Minutes of the Hertfordshire Police and Crime Panel held on 9 June 2022

        PRESENT: Councillors A Able, B Baker and C Cole

        1. APOLOGIES
        Apologies were received from Councillor D Dean.

        2. MINUTES
        The minutes of the meeting held on 10 March 2022 were agreed.

        3. PCC ANNUAL REPORT
        Report of the Police and Crime Commissioner.
        The purpose of this report is to present the annual report for 2021/22.
        RESOLVED: that the annual report be noted.
        """, [("1", "APOLOGIES"), ("2", "MINUTES"), ("3", "PCC ANNUAL REPORT")],
        "Hertfordshire", "2022-06-09"),
    "standalone-agenda": ("""\
        Thames Valley Police and Crime Panel
        AGENDA
        Date: 21 January 2022

        1. Apologies for absence
        2. Declarations of interest
        3. Minutes of the last meeting (Pages 1 - 6)
        4. Precept proposal 2022/23 (Pages 7 - 30)
        5. Work programme
        """, [("1", "Apologies for absence"), ("2", "Declarations of interest"),
              ("3", "Minutes of the last meeting"), ("4", "Precept proposal 2022/23"),
              ("5", "Work programme")], "Thames Valley", "2022-01-21"),
}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_other_council_templates(name, tmp_path):
    text, expected, panel, date = TEMPLATES[name]
    suffix = ".md" if name.startswith("markdown") else ".txt"
    path = tmp_path / f"paper{suffix}"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    doc = ingest.load(path)
    items = ingest.segment(doc)
    assert [(item.number, item.title) for item in items] == expected
    assert (doc.panel, doc.meeting_date) == (panel, date)
    assert all(item.text.strip() for item in items)


def test_report_with_numbered_recommendations_is_one_item(tmp_path):
    text = textwrap.dedent("""\
        REPORT TO THE POLICE AND CRIME PANEL
        Meeting date: 5 November 2019
        Subject: Victim Services Commissioning

        Purpose of the report
        1. This report sets out how victim services will be commissioned from April 2020.
        2. It asks the Panel to note the approach.

        Recommendations
        3. That the Panel notes the commissioning timetable.
        4. That the Panel receives a further report in March.
        """)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = ingest.load(path)
    items = ingest.segment(doc)
    assert doc.doc_type == "report"
    assert [(item.number, item.title) for item in items] == [(None, "Victim Services Commissioning")]
    assert doc.meeting_date == "2019-11-05"


def test_single_agenda_item_page_keeps_its_number(tmp_path):
    path = tmp_path / "item.html"
    path.write_text("<html><body><nav>Home | Committees</nav><main><h1>Agenda item</h1>"
                    "<h2>45. Police and Crime Plan Monitoring Report</h2><p>Minutes:</p>"
                    "<p>The Panel considered the quarterly monitoring report.</p>"
                    "<p>1. Members asked about 101 call waiting times.</p>"
                    "<p>2. The Commissioner agreed to report back.</p></main></body></html>")
    doc = ingest.load(path)
    items = ingest.segment(doc)
    assert [(i.number, i.title) for i in items] == [("45", "Police and Crime Plan Monitoring Report")]
    assert doc.doc_type == "item"  # a council's page for one agenda item


def test_text_without_a_date_gives_no_date(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("West Mercia Police and Crime Panel\n\nAgenda item\n\nBudget update\n\n"
                    "Minutes:\n\nThe Panel noted the budget for the year.\n", encoding="utf-8")
    doc = ingest.load(path)
    ingest.segment(doc)
    assert doc.meeting_date is None
    assert doc.panel == "West Mercia"


@pytest.mark.parametrize("printed", ["Police, Fire and Crime Panel", "Police, Fire & Crime Panel",
                                     "Police and Crime Panel"])
def test_panel_is_named_as_printed_whether_or_not_it_covers_fire(printed, tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(f"North Yorkshire {printed} - Monday, 5th February, 2024 10.30 am\n\n"
                    "1. Apologies\n\nNone were received.\n", encoding="utf-8")
    doc = ingest.load(path)
    ingest.segment(doc)
    assert (doc.panel, doc.body) == ("North Yorkshire", f"North Yorkshire {printed}")


@pytest.mark.parametrize("opening", ["The Police and Crime Panel was established in 2012 to scrutinise "
                                     "the Commissioner.", "About Us\nThe Police and Crime Panel meets "
                                     "six times a year."])
def test_the_panel_written_with_a_determiner_is_no_printed_name(opening, tmp_path):
    """A council's page on its panel ("The Police and Crime Panel was established ...") prints
    no name there: the later "Avon and Somerset Police and Crime Panel" is its name."""
    path = tmp_path / "about.txt"
    path.write_text(f"{opening}\n\nThe Avon and Somerset Police and Crime Panel is hosted by Somerset "
                    "Council.\n", encoding="utf-8")
    doc = ingest.load(path)
    ingest.segment(doc)
    assert doc.body == "Avon and Somerset Police and Crime Panel"


@pytest.mark.parametrize("where, panel", [
    ("Venue: Town Hall, Moorgate Street, Rotherham. S60 2TH", "South Yorkshire"),
    ("Members discussed a visit to Rotherham next year.", None),
])
def test_the_town_of_a_labelled_venue_names_the_panel(where, panel, tmp_path):
    """A council's page prints "Police and Crime Panel" without its area; the town of its
    "Venue:" line tells which panel met (a panel meets in its own area), a passing town does not."""
    path = tmp_path / "page.txt"
    path.write_text("Agenda and minutes\n\nPolice and Crime Panel - Wednesday 19 November 2014\n\n"
                    f"{where}\n\n1. Apologies\n\nNone were received.\n", encoding="utf-8")
    doc = ingest.load(path)
    ingest.segment(doc)
    assert doc.panel == panel

