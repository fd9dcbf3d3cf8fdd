"""The Streamlit app through Streamlit's AppTest: ask, filters, abstention, browse, no index."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")


@pytest.fixture
def app(seed_index, monkeypatch):
    monkeypatch.setenv("PANELSEARCH_INDEX", str(seed_index))
    return AppTest.from_file(APP, default_timeout=180)


def _markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_linked_question_is_answered_with_abstention(app):
    app.query_params["q"] = "What did Dorset decide on CCTV?"
    app.run()
    assert not app.exception
    text = _markdown(app)
    assert "Not in the papers as asked" in text
    assert "The Dorset papers do not discuss CCTV" in text and "West Mercia" in text
    assert 'href="#passage-1"' in text and 'id="passage-1"' in text
    assert app.text_input(key="question").value == "What did Dorset decide on CCTV?"


def test_asking_shows_cited_answer_and_passages(app):
    app.run()
    app.text_input(key="question").input("How large is the Essex general reserve?")
    app.button[0].click()
    app.run()
    text = _markdown(app)
    assert "13.2m" in text and "<mark>" in text
    assert "Not in the papers" not in text
    assert app.query_params["q"] == "How large is the Essex general reserve?"
    assert any("Read the whole item" in e.label for e in app.expander)


def test_sidebar_panel_filter_restricts_passages(app):
    app.run()
    app.sidebar.multiselect(key="panels").select("West Mercia")
    app.text_input(key="question").input("What was said about CCTV?")
    app.run()
    cards = [m.value for m in app.markdown if 'class="ps-card"' in m.value]
    assert cards and all("West Mercia" in card for card in cards)


def test_understood_filter_can_be_removed(app):
    app.query_params["q"] = "What did Dorset decide on CCTV?"
    app.run()
    pills = app.get("button_group")[0]
    assert "panel: Dorset" in pills.options
    pills.set_value(["asks for a decision"]).run()
    text = _markdown(app)
    assert "The Dorset papers do not discuss" not in text  # without the panel, West Mercia answers


def test_paper_text_is_escaped(app, tmp_path, monkeypatch):
    import index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "Dorset Police and Crime Panel\n\n1. Apologies\n\nNone.\n\n2. Drones\n\nThe Panel "
        "discussed drones <script>alert('x')</script> and <b>bold</b> claims about drones.\n")
    index.build(corpus, tmp_path / "idx")
    monkeypatch.setenv("PANELSEARCH_INDEX", str(tmp_path / "idx"))
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["q"] = "What did the panel discuss about drones?"
    at.run()
    text = _markdown(at)
    assert "&lt;script&gt;" in text and "<script>" not in text


def test_browse_lists_meetings_and_items(app):
    app.run()
    app.sidebar.radio(key="page").set_value("Browse").run()
    app.selectbox(key="browse_panel").set_value("Leicestershire").run()
    labels = [e.label for e in app.expander]
    assert "145. Chairman's Announcement (2015-07-17)" in labels
    assert "5. Project Edison Review" in labels


def test_evaluation_page_without_report_says_how(app, monkeypatch, tmp_path):
    from eval import report

    monkeypatch.setattr(report, "REPORT_DIR", tmp_path / "none")
    app.run()
    app.sidebar.radio(key="page").set_value("Evaluation").run()
    assert not app.exception
    assert any("panelsearch eval" in i.value for i in app.info) or any(
        "Recall" in m.value for m in app.markdown)


def test_no_index_offers_to_build(monkeypatch, tmp_path):
    monkeypatch.setenv("PANELSEARCH_INDEX", str(tmp_path / "empty"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert any("No index yet" in w.value for w in at.warning)
    assert at.button[0].label == "Build the index now"
