"""Question understanding: panels from the index's own catalogue, periods, decision intent."""

from __future__ import annotations

import pytest

from panelsearch.records import IndexedPanel
from qa.query import panel_catalog, understand

CATALOG = panel_catalog([
    IndexedPanel("Leicestershire", "Leicester, Leicestershire and Rutland Police and Crime Panel"),
    IndexedPanel("Avon and Somerset", "Avon and Somerset Police and Crime Panel"),
    IndexedPanel("Gwent", None),
    IndexedPanel("Cumbria", None), IndexedPanel("Dyfed-Powys", None),
    IndexedPanel("Hertfordshire", None), IndexedPanel("Humberside", None),
    IndexedPanel("West Yorkshire", "West Yorkshire Police and Crime Panel"),
    IndexedPanel("South Yorkshire", "South Yorkshire Police and Crime Panel"),
    IndexedPanel("Lincolnshire", "Lincolnshire Police and Crime Panel"),
])


@pytest.mark.parametrize("question, panels", [
    ("What did Leicestershire agree on stop and search?", ["Leicestershire"]),
    ("What did the LLR panel say about Edison?", ["Leicestershire"]),
    ("Has Rutland discussed rural crime?", ["Leicestershire"]),
    ("What did the Leicester panel decide?", ["Leicestershire"]),
    ("avon and somerset precept", ["Avon and Somerset"]),
    ("Compare Gwent and Avon and Somerset on 101 calls", ["Avon and Somerset", "Gwent"]),
    ("What is PRISM?", []),
    # the gazetteer's short forms, adjectives, host councils, venues and places
    ("What did the Cumbrian panel say about rural crime?", ["Cumbria"]),
    ("What did the panel for mid and west Wales decide?", ["Dyfed-Powys"]),
    ("Herts precept 2012", ["Hertfordshire"]),
    ("What did the Caerphilly-hosted panel hear?", ["Gwent"]),
    ("Who met at Penallta House?", ["Gwent"]),
    ("the panel covering Hull and the East Riding", ["Humberside"]),
    # a printed name inside a longer place name is not named: North Lincolnshire is Humberside's
    ("Who stood in for a North Lincolnshire councillor at Humberside?", ["Humberside"]),
    ("What did the panel say about North Lincolnshire?", ["Humberside"]),
    # a town of another area, beside a panel named by its area, is a place in the story
    ("What did Lincolnshire say about North Lincolnshire?", ["Lincolnshire"]),
    ("What did the Weston-super-Mare panel discuss?", ["Avon and Somerset"]),
    # the panel asked of is the area written as the panel's name; other areas are in the story
    ("Did the Humberside panel discuss the Lincolnshire Commissioner's precept?", ["Humberside"]),
    ("What did the Gwent panel say about the South Yorkshire inspection?", ["Gwent"]),
    ("What did the Gwent and Humberside panels decide on drones?", ["Gwent", "Humberside"]),
    # typed without capitals, an area's name or short form still names it; a town does not
    ("what did the herts panel agree on the precept", ["Hertfordshire"]),
    ("precept in bath", []),
    # a word that is not clearly one panel never becomes a filter
    ("What did the Yorkshire panels say about precepts?", []),
    ("How many dogs does the force have?", []),
])
def test_panels(question, panels):
    assert sorted(understand(question, CATALOG).panels) == sorted(panels)


@pytest.mark.parametrize("question, panel", [
    ("What did the Tyne and Wear panel say about knife crime?", "Northumbria"),
    ("What did the panel that meets in Morpeth decide?", "Northumbria"),
    ("What did the Northumbrian panel say about Wearside?", "Northumbria"),
    ("Has the panel heard about crime in Tunbridge Wells?", "Kent"),
    ("What did the panel say about policing in High Wycombe?", "Thames Valley"),
    ("What did members say about Torquay's night-time economy?", "Devon and Cornwall"),
    ("What did the Cherwell-hosted panel decide about the precept?", "Thames Valley"),
    ("Who chaired the meeting at EII Court?", "Hampshire"),
    # the counties' own short forms
    ("What did the Bucks and Oxon panel decide?", "Thames Valley"),
    ("What did the panel hear about rural crime in Salop?", "West Mercia"),
    ("What did the N Yorks panel say about the fire precept?", "North Yorkshire"),
    # the towns hosting or meeting a panel ("the Preston-hosted panel": County Hall, Preston)
    ("What did the Preston-hosted panel decide on the precept?", "Lancashire"),
    ("Did the Braintree panel hear about shoplifting?", "Essex"),
    ("What was said about Clacton at the panel?", "Essex"),
])
def test_a_town_of_a_force_area_names_its_panel(question, panel):
    """Towns of areas whose papers are not in the index: the question is reported as about
    that panel (and abstained on), not searched across every panel."""
    assert understand(question, CATALOG).unknown_panel == panel


@pytest.mark.parametrize("question", ["What did Councillor Preston ask the Commissioner?",
                                      "Which report did Cllr. Chester present?",
                                      "What did Mr Kent say about the precept?",
                                      # a first name, or an initial, between title and surname
                                      "What interest did Councillor Derek Poole declare?",
                                      "What did Cllr J. Preston ask the Commissioner?"])
def test_a_person_named_like_a_place_names_no_panel(question):
    filters = understand(question, CATALOG)
    assert filters.panels == [] and filters.unknown_panel is None


def test_force_area_typed_in_lower_case_is_reported():
    assert understand("what did kent say about knife crime", CATALOG).unknown_panel == "Kent"


@pytest.mark.parametrize("printed, question", [
    ("The Police and Crime Panel", "What did the Wiltshire panel say about cyber-crime?"),
    ("Agenda Police and Crime Panel", "Which agenda items in Wiltshire covered CCTV?"),
    ("Minutes Police and Crime Panel", "What do the Wiltshire minutes say about CCTV?"),
    ("June Police and Crime Panel", "What did Wiltshire decide in June 2020?"),
])
def test_a_heading_run_into_the_printed_name_is_no_name_of_the_panel(printed, question):
    """A page whose first "Police and Crime Panel" follows a heading ("Agenda", "Minutes",
    "The") prints no name of its panel: every question saying "agenda" or "the" would be read
    as about that panel."""
    catalog = panel_catalog([IndexedPanel("Avon and Somerset", printed)])
    filters = understand(question, catalog)
    assert filters.panels == [] and filters.unknown_panel == "Wiltshire"


@pytest.mark.parametrize("question", [
    "What did the Bedfordshire panel say about the Lincolnshire Show?",
    "What did the Oxfordshire panel say about the Lincolnshire Show?",  # a Thames Valley county
])
def test_a_panel_asked_of_without_papers_is_reported_though_another_area_is_named(question):
    """The indexed panel named in the story ("the Lincolnshire Show") is not the one asked of."""
    filters = understand(question, CATALOG)
    assert filters.panels == [] and filters.unknown_panel in ("Bedfordshire", "Thames Valley")


def test_force_area_without_papers_is_reported():
    filters = understand("What did the Kent Police and Crime Panel say about knife crime?", CATALOG)
    assert filters.panels == [] and filters.unknown_panel == "Kent"


@pytest.mark.parametrize("question, since, until", [
    ("What did Gwent decide in 2017?", "2017-01-01", "2017-12-31"),
    ("Budget papers from September 2017", "2017-09-01", "2017-09-30"),
    ("What has been said about drones since 2016?", "2016-01-01", None),
    ("reports before March 2018", None, "2018-02-28"),
    ("reports until March 2018", None, "2018-03-31"),
    ("What was decided after 2019?", "2020-01-01", None),
    ("What happened at the meeting on Tuesday 7 February 2023?", "2023-02-01", "2023-02-28"),
    ("What did the panel hear at the 04/02/2020 meeting?", "2020-02-01", "2020-02-29"),
    ("between 2015 and 2016", "2015-01-01", "2016-12-31"),
    ("in February 2016", "2016-02-01", "2016-02-29"),
    # a financial year's papers: its budget from the April before, its outturn to the December after
    ("the 2016/17 outturn", "2015-04-01", "2017-12-31"),
    ("Who chaired the panel in 2013/14?", "2012-04-01", "2014-12-31"),
    ("How much has been saved since 2007/08?", None, None),  # a start, not the year itself
    ("How did the precept change between 2019/20 and 2020/21?", "2018-04-01", "2021-12-31"),
    ("What was agreed between March 2017 and June 2018?", "2017-03-01", "2018-06-30"),
    ("What was agreed from 2017 to 2019?", "2017-01-01", "2019-12-31"),
    ("What did Kent discuss during 2018-19?", "2018-01-01", "2019-12-31"),
    ("What happened in 2019 and 2020?", "2019-01-01", "2020-12-31"),
    ("What was said in early 2021?", "2021-01-01", "2021-12-31"),
    ("What did Kent decide in spring 2019?", "2019-01-01", "2019-12-31"),
    ("What was agreed in February, 2019?", "2019-02-01", "2019-02-28"),
    ("What was agreed at the meeting of 5th Feb 2019?", "2019-02-01", "2019-02-28"),
    ("How many officers were there at 31 March 2020?", None, None),  # a figure's date
    ("the 2017-2021 estates strategy", None, None),  # a plan's span, not the meeting's
    ("What did the panel hear about the findings in the 2019 inspection report?", None, None),
    ("What did the panel say?", None, None),
    # a meeting whose minutes later meetings confirm: its own papers and the next half-year's
    ("What did the panel agree about the minutes of 24 April 2020?", "2020-04-24", "2020-10-24"),
    ("Were the minutes of the meeting held on Thursday 4 June 2020 accepted?", "2020-06-04", "2020-12-04"),
])
def test_periods(question, since, until):
    filters = understand(question, CATALOG)
    assert (filters.since, filters.until) == (since, until)


@pytest.mark.parametrize("question, decision", [
    ("What did Gwent decide on CCTV?", True),
    ("What was agreed about the precept?", True),
    ("What did the panel resolve?", True),
    ("How many officers are there?", False),
    ("Did the panel veto the precept?", True),  # a veto is a decision
])
def test_decision_intent(question, decision):
    assert understand(question, CATALOG).decision is decision


def test_a_town_of_another_area_beside_a_named_panel_stays_in_the_subject():
    """Ely is a Cambridgeshire town and a district of Cardiff: beside "South Wales" it is
    the latter, and what the question is about."""
    from ingest.gazetteer import panels_named, without_panel_words

    question = "How long did South Wales say the reports on the Ely disorder would take?"
    assert panels_named(question) == ["South Wales"]
    assert "the Ely disorder" in without_panel_words(question)
    assert panels_named("What was said about crime in Ely?") == ["Cambridgeshire"]


@pytest.mark.parametrize("question, left", [
    ("What did the Peterborough-hosted panel decide?", "What did the  -hosted panel decide?"),
    # a place the question asks about is its subject, though it also tells the panel
    ("What did the Plymouth-hosted panel say about the Isles of Scilly?",
     "What did the  -hosted panel say about the Isles of Scilly?"),
    # a place or council of a panel the question names as well is in the story; a venue is not
    ("How much of the Gwent precept came from Caerphilly?",
     "How much of the   precept came from Caerphilly?"),
    ("Who did Derby City Council put forward for the Derbyshire panel?",
     "Who did Derby City Council put forward for the   panel?"),
    ("What was listed for the Notts panel meeting at Sherwood Lodge?",
     "What was listed for the   panel meeting at  ?"),
])
def test_panel_words_leave_the_subject(question, left):
    from ingest.gazetteer import without_panel_words

    assert without_panel_words(question) == left
