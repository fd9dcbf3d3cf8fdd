"""Filters as one value: what the question asked, edited by the user, then applied."""

from __future__ import annotations

import numpy as np

from index import Filters
from index.filters import NamedDates, allowed_ids, dated_in_period

ASKED = Filters(panels=["Dorset"], since="2017-01-01", until="2017-12-31", decision=True)


def test_removing_understood_parts_drops_only_those():
    assert ASKED.without("panel") == Filters(since="2017-01-01", until="2017-12-31", decision=True)
    assert ASKED.without("period", "decision") == Filters(panels=["Dorset"])
    assert ASKED.without() == ASKED


def test_given_filters_win_and_clear_an_unknown_panel():
    asked = Filters(unknown_panel="Kent", since="2016-01-01")
    given = Filters(panels=["West Mercia"], doc_type="minutes")
    assert asked.overridden(given) == Filters(panels=["West Mercia"], since="2016-01-01",
                                              doc_type="minutes")
    assert asked.overridden(Filters()) == asked


def test_parts_label_each_understood_filter():
    parts = Filters(panels=["Dorset"], unknown_panel="Kent", since="2017-01-01", decision=True).parts()
    assert parts == {"panel: Dorset": "panel", "panel: Kent (no papers)": "panel",
                     "meetings 2017-01-01 to ...": "period", "asks for a decision": "decision"}


def test_undated_and_panel_less_papers_stay_in():
    panels = np.array(["Dorset", "", "Essex"], dtype=object)
    dates = np.array(["2016-05-01", "", "2017-05-01"], dtype=object)
    kinds = np.array(["minutes"] * 3, dtype=object)
    assert allowed_ids(Filters(), panels, dates, kinds) is None
    assert list(allowed_ids(Filters(panels=["Dorset"]), panels, dates, kinds)) == [0, 1]
    assert list(allowed_ids(Filters(since="2017-01-01"), panels, dates, kinds)) == [1, 2]


def test_a_period_holds_the_panels_dated_papers_only_when_one_is_dated_within_it():
    panels = np.array(["Dorset", "Dorset", "Essex"], dtype=object)
    dates = np.array(["2016-05-01", "", "2017-05-01"], dtype=object)
    assert dated_in_period(Filters(panels=["Dorset"], since="2016-01-01", until="2016-12-31"), panels, dates)
    # Dorset's undated paper and Essex's 2017 paper do not date Dorset's 2017
    assert not dated_in_period(Filters(panels=["Dorset"], since="2017-01-01", until="2017-12-31"),
                               panels, dates)


def test_an_undated_paper_is_left_out_of_a_period_its_own_dates_rule_out():
    """Undated papers stay in a period's search unless every date they name is after it, or
    the last is a year or more before it."""
    panels = np.array(["Kent"] * 4, dtype=object)
    dates = np.array(["", "", "", ""], dtype=object)
    kinds = np.array(["minutes"] * 4, dtype=object)
    named = NamedDates(first=np.array(["2021-03-24", "2019-02-01", "", "2016-01-05"], dtype=object),
                       last=np.array(["2021-05-05", "2019-11-30", "", "2017-06-01"], dtype=object))
    in_2019 = Filters(since="2019-01-01", until="2019-12-31")
    assert list(allowed_ids(in_2019, panels, dates, kinds, named)) == [1, 2]
    # without the named dates every undated paper stays
    assert list(allowed_ids(in_2019, panels, dates, kinds)) == [0, 1, 2, 3]
    # a paper naming the meeting before the period (December 2018) may still be of it
    named_before = NamedDates(first=np.array(["2018-12-12"] * 4, dtype=object),
                              last=np.array(["2018-12-12"] * 4, dtype=object))
    assert len(allowed_ids(in_2019, panels, dates, kinds, named_before)) == 4


def test_a_later_papers_chunks_carrying_minutes_of_a_meeting_in_the_period_are_in_it():
    panels = np.array(["Kent"] * 3, dtype=object)
    dates = np.array(["2020-02-06", "2020-02-06", "2019-10-09"], dtype=object)
    kinds = np.array(["agenda", "agenda", "minutes"], dtype=object)
    carried = np.array(["", "2019-10-09", ""], dtype=object)
    october = Filters(since="2019-10-01", until="2019-10-31")
    assert list(allowed_ids(october, panels, dates, kinds, minutes_of=carried)) == [1, 2]
    assert list(allowed_ids(october, panels, dates, kinds)) == [2]
