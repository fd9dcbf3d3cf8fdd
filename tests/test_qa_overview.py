"""A question naming a panel's meeting but no subject is answered with the meeting's items."""

from __future__ import annotations

import pytest

import qa
from tests.conftest import searcher_of

KENT = ("Kent Police and Crime Panel\nMinutes of the meeting held on 3 March 2020\n\n"
        "4. Apologies\n\nNone were received from members of the Panel today.\n\n"
        "5. Proposed Precept 2020/21\n\nThe Commissioner set out a rise of £10 a year for a Band D "
        "home.\n\nRESOLVED that the Panel supports the proposed precept.\n\n"
        "6. Rural Crime Update\n\nMembers heard how rural crime teams were working with farmers.\n")
GWENT = ("Gwent Police and Crime Panel\nMinutes of the meeting held on 7 March 2020\n\n"
         "1. Road Safety\n\nThe Panel heard about the speed camera partnership.\n")


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return searcher_of(tmp_path_factory.mktemp("overview"), {"kent.txt": KENT, "gwent.txt": GWENT})


def _cited(answer):
    citations = qa.citations(answer)
    assert citations and all(c.passage is not None and c.sentence in c.passage.text for c in citations)
    return [c.sentence for c in citations]


def test_what_a_meeting_considered_lists_its_items_in_order(searcher):
    answer = qa.ask("What did the Kent panel consider in March 2020?", searcher)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Kent panel, 3 March 2020 (minutes), its items:")
    assert _cited(answer) == ["Apologies", "Proposed Precept 2020/21", "Rural Crime Update"]
    assert {p.panel for p in answer.passages} == {"Kent"}


@pytest.mark.parametrize("question", [
    "What was on the Kent panel's agenda in March 2020?",
    # however a user asks for the meeting's business
    "List the items at the Kent meeting in March 2020",
    "I'd like to know what was on the Kent agenda in March 2020",
    "What topics were covered at the Kent meeting in March 2020?",
    "What did the Kent panel's agenda for March 2020 include?",
])
def test_what_was_on_an_agenda_lists_its_items(searcher, question):
    answer = qa.ask(question, searcher)
    assert not answer.abstained, answer.answer
    assert _cited(answer) == ["Apologies", "Proposed Precept 2020/21", "Rural Crime Update"]


def test_what_a_meeting_decided_quotes_each_recorded_outcome(searcher):
    answer = qa.ask("What did Kent decide in March 2020?", searcher)
    assert not answer.abstained, answer.answer
    assert _cited(answer) == ["RESOLVED that the Panel supports the proposed precept."]


def test_a_question_with_a_subject_is_answered_from_it_not_listed(searcher):
    answer = qa.ask("What did the Kent panel hear about rural crime?", searcher)
    assert "its items:" not in answer.answer
    assert "rural crime teams were working with farmers" in answer.answer


def test_a_question_that_is_not_what_or_which_is_not_listed(searcher):
    answer = qa.ask("Who is the Kent Commissioner?", searcher)
    assert "its items:" not in answer.answer


def test_items_are_listed_as_printed_and_a_packs_earlier_minutes_are_left_out(tmp_path):
    said = " ".join(f"Members asked question {n} and the Commissioner answered it." for n in range(20))
    pack = ("Kent Police and Crime Panel\nAgenda\nTuesday, 5 May 2020\n\n"
            "1. Minutes of the meeting held on 3 March 2020\n2. Estates Review\n\n"
            f"Members of the public may attend. {said}\n\n"
            "Kent Police and Crime Panel\nMinutes of the meeting held on 3 March 2020\n\n"
            "4. Apologies\n\nNone were received from members of the Panel today.\n\n"
            f"5. Rural Crime\n\nMembers heard how rural crime teams were working with farmers. {said}\n\n"
            "Agenda Item 2\n\nREPORT TO THE KENT POLICE AND CRIME PANEL\nMeeting date: 5 May 2020\n"
            "Subject: ESTATES REVIEW\n\nPurpose of the report\n\n1. To update the Panel on the sale "
            f"of the old headquarters. {said}\n")
    searcher = searcher_of(tmp_path, {"kent-pack.txt": pack})
    answer = qa.ask("What did the Kent panel consider in May 2020?", searcher)
    lines = _cited(answer)
    assert "ESTATES REVIEW" in lines  # as printed, not as tidied ("Estates Review")
    assert "Apologies" not in lines and "Rural Crime" not in lines  # the March meeting's


def test_which_person_did_something_at_a_meeting_is_answered_by_the_sentence_naming_them(tmp_path):
    """"Which Commissioner gave ..." holds no subject word once the frame words are set aside,
    but it asks for a person, not for the meeting's business."""
    update = KENT.replace("6. Rural Crime Update", "6. Commissioner's Update\n\nThe Chair welcomed "
                          "Matthew Scott, the Commissioner, who set out his work since the last meeting.\n\n"
                          "7. Rural Crime Update")
    answer = qa.ask("Which Commissioner gave the Kent panel an update in March 2020?",
                    searcher_of(tmp_path, {"kent.txt": update}))
    assert not answer.abstained, answer.answer
    assert "its items:" not in answer.answer
    assert "Matthew Scott" in answer.answer
