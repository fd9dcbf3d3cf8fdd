"""Segmentation reads a paper the same however it was stored (eval/storage.py)."""

from __future__ import annotations

import pytest

from eval.segmentation import default_sets
from eval.storage import STORAGE, score_all, score_storage
from tests.conftest import CORPUS

ONE_LINE = "PDF text on one line"


def test_every_way_of_storing_but_one_line_reads_as_stored():
    for set_name, ways in score_all(CORPUS).items():
        stored = ways["as stored"]
        assert stored["f1"] >= 0.95, set_name
        for way, scores in ways.items():
            if way == ONE_LINE:
                continue
            assert scores["f1"] == pytest.approx(stored["f1"]), (set_name, way)
            assert (scores["panel_right"], scores["date_right"]) == \
                (stored["panel_right"], stored["date_right"]), (set_name, way)


def test_minutes_from_pdf_text_read_the_same_on_one_line():
    """The real papers taken from PDF text (the set's README marks them) lose nothing when the
    PDF tool runs the whole text onto one line."""
    gold, folder = default_sets(CORPUS)["real"]
    from_pdf = {"07-gwent.txt", "08-hertfordshire.txt", "15-nottinghamshire-estates.txt",
                "17-south-yorkshire.txt", "23-west-yorkshire.txt", "24-west-yorkshire-2016.txt"}
    stored = score_storage(gold, folder, STORAGE["as stored"], from_pdf)
    one_line = score_storage(gold, folder, STORAGE[ONE_LINE], from_pdf)
    assert stored["files"] == len(from_pdf)
    assert one_line["f1"] == pytest.approx(stored["f1"])
    assert (one_line["panel_right"], one_line["date_right"]) == (len(from_pdf), len(from_pdf))
