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
