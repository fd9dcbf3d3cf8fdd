"""Answerability calibration and the BEIR-shaped evaluation of methods and answers."""

from __future__ import annotations

import random

import qa
from qa import answerability
from qa.answerability import Signals


def _rows(count: int, seed: int = 0) -> list[tuple[Signals, bool, str]]:
    """Answerable questions cover their subject; unanswerable ones do not (with noise)."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        answerable = i % 3 != 0
        coverage = rng.uniform(0.5, 1.0) if answerable else rng.uniform(0.0, 0.4)
        rows.append((Signals(cos=rng.uniform(0.3, 0.8), sent=rng.uniform(0.3, 0.8), cov=coverage,
                             dcov=0.0 if answerable else rng.uniform(0.2, 1.0), dcos=0.0,
                             scov=coverage * rng.uniform(0.5, 1.0)),
                     answerable, f"panel-{i % 6}"))
    return rows


def test_fit_chooses_threshold_on_held_out_panels():
    fitted = answerability.fit(_rows(60))
    held = fitted["about"]["held_out"]
    assert held["answerable"] == 40 and held["unanswerable"] == 20
    assert held["answerable_answered"] >= 38 and held["unanswerable_abstained"] >= 18
    assert fitted["coef"][2] > 0  # coverage of the subject counts for answering
    assert len(fitted["held_out_probability"]) == 60


def test_model_decides_and_refuses_a_file_for_other_features(tmp_path, monkeypatch):
    import json

    fitted = answerability.fit(_rows(60))
    fitted.pop("held_out_probability")
    path = tmp_path / "model.json"
    path.write_text(json.dumps(fitted))
    monkeypatch.setattr(answerability, "MODEL_FILE", path)
    answerability.model.cache_clear()
    try:
        model = answerability.model()
        assert model.answers(Signals(0.6, 0.6, 0.9, 0.0, 0.0, 0.8))
        assert not model.answers(Signals(0.4, 0.4, 0.0, 0.9, 0.1, 0.0))
        path.write_text(json.dumps(dict(fitted, features=["cos"])))
        answerability.model.cache_clear()
        try:
            answerability.model()
            raise AssertionError("a model fitted on other features must be refused")
        except ValueError as exc:
            assert "panelsearch calibrate" in str(exc)
    finally:
        answerability.model.cache_clear()


def test_evaluation_scores_every_method_and_held_out_answers(small_index, small_corpus, dev_questions,
                                                            tmp_path):
    """The whole evaluation on the two small seed papers and their panels' questions: four
    answerable per panel and every unanswerable one, so the held-out refit has both kinds."""
    from eval.baselines import build_naive
    from eval.runner import SYSTEM, evaluate
    from index import Searcher

    searcher = Searcher(small_index)
    panels = {chunk.panel for chunk in searcher.chunks}
    questions = [q for q in dev_questions if q.get("panel") in panels and not q["answerable"]]
    for panel in sorted(panels):
        questions += [q for q in dev_questions if q.get("panel") == panel and q["answerable"]][:4]
    generic = Searcher(build_naive(small_corpus, tmp_path / "generic"))
    result = evaluate(questions, searcher, generic)
    assert {"generic bm25", "generic dense", "generic hybrid (RRF)", SYSTEM} <= set(result.methods)
    for metrics in result.methods.values():
        assert 0.0 <= metrics["MRR@10"] <= metrics["Recall@10"] <= 1.0
    assert result.methods[SYSTEM]["Recall@5"] >= result.methods["generic dense"]["Recall@5"]
    held, shipped = result.answers["held out"], result.answers["shipped"]
    assert held["computed"]
    assert held["answerable"] == shipped["answerable"] == sum(q["answerable"] for q in questions)
    assert shipped["citations_resolve"] == 1.0 and shipped["sentences_verbatim"] == 1.0
    assert 0.0 < shipped["answers_quoting_evidence"] <= 1.0
    assert all("answered_held_out" in row for row in result.per_question)


def test_answer_sentence_setting_is_scored_on_panels_it_was_not_chosen_on():
    from eval.answer_sentences import held_out

    # setting "a" wins on panel P's questions, "b" on Q's: each panel is scored with the
    # setting the other panel prefers, so the held-out total is below either in-sample best
    results = {("a",): {"p1": True, "p2": True, "q1": False, "q2": False},
               ("b",): {"p1": False, "p2": False, "q1": True, "q2": False}}
    panels = {"p1": "P", "p2": "P", "q1": "Q", "q2": "Q"}
    total, picks = held_out(results, panels)
    assert total == 0 and picks == {("b",): 1, ("a",): 1}


def _refitted_decisions(small_index, dev_questions, monkeypatch, threshold: float, extra: dict):
    """Eval's held-out decisions on the small index's development questions and `extra`, with
    the refitted model giving every question probability 0 against `threshold`, as if the
    shipped model had been fitted on all of them (so each is decided by the refit)."""
    from eval import runner
    from eval.calibrate import assess_all
    from eval.runner import held_out_decisions
    from index import Searcher
    from qa.answerability import question_key

    monkeypatch.setattr(runner, "fit_rows", lambda rows: {
        "threshold": threshold, "held_out_probability": [0.0] * len(rows)})
    searcher = Searcher(small_index)
    panels = {chunk.panel for chunk in searcher.chunks}
    questions = [q for q in dev_questions if q.get("panel") in panels] + [extra]
    monkeypatch.setattr(runner, "fitted_on", lambda: {question_key(q["question"]) for q in questions})
    assessed = assess_all(questions, searcher)
    return searcher, questions, assessed, held_out_decisions(questions, assessed)


def test_held_out_decisions_apply_the_rules_ask_applies(small_index, dev_questions, monkeypatch):
    """Eval's held-out answers follow `qa.ask`'s rules, not only the model: a question asking
    what a meeting took is answered by its items even where the refitted model says no."""
    searcher, _, _, decided = _refitted_decisions(small_index, dev_questions, monkeypatch, 1.01, {
        "id": "overview", "question": "What did the Dorset panel consider in 2017?",
        "answerable": True, "panel": "Dorset", "evidence": []})
    assert decided["overview"] is True
    assert not any(answered for qid, answered in decided.items() if qid != "overview")
    assert not qa.ask("What did the Dorset panel consider in 2017?", searcher).abstained


def test_questions_the_shipped_model_never_saw_are_held_out_as_shipped(small_index, dev_questions,
                                                                       monkeypatch):
    """Another set's questions are not refitted on among themselves: the shipped model was
    never fitted on them, so its own decisions are the held-out ones."""
    from eval import runner
    from eval.calibrate import assess_all
    from eval.runner import held_out_decisions
    from index import Searcher

    monkeypatch.setattr(runner, "fit_rows", lambda rows: {  # a refit would refuse everything
        "threshold": 1.01, "held_out_probability": [0.0] * len(rows)})
    monkeypatch.setattr(runner, "fitted_on", lambda: set())
    searcher = Searcher(small_index)
    panels = {chunk.panel for chunk in searcher.chunks}
    questions = [q for q in dev_questions if q.get("panel") in panels]
    assessed = assess_all(questions, searcher)
    decided = held_out_decisions(questions, assessed)
    assert decided == {q["id"]: not qa.ask(q["question"], searcher).abstained for q in questions}
    assert any(decided.values()) and not all(decided.values())


def test_a_questions_file_is_compared_with_a_generic_baseline_of_the_same_papers(
        small_index, dev_questions, tmp_path):
    """`panelsearch eval --questions F --index I` cuts the generic baseline from the papers
    I was built from, not from --corpus: otherwise it finds none of the gold files and
    scores 0 whatever it ranks."""
    import json

    import eval as evaluation
    from index import Searcher

    panels = {chunk.panel for chunk in Searcher(small_index).chunks}
    questions = [q for q in dev_questions if q.get("panel") in panels and q["answerable"]][:6]
    path = tmp_path / "questions.jsonl"
    path.write_text("".join(json.dumps(q) + "\n" for q in questions), encoding="utf-8")
    elsewhere = tmp_path / "another-corpus"
    elsewhere.mkdir()
    report = evaluation.run(elsewhere, tmp_path / "dev", path, small_index)
    methods = report["questions"]["custom"]["methods"]
    assert methods["generic bm25"]["Recall@10"] > 0.5


def test_held_out_answers_are_refused_where_ask_finds_what_was_asked_missing(small_index, dev_questions,
                                                                             monkeypatch):
    """A refitted model that would answer everything still leaves unanswered what `qa.ask`
    refuses by rule: a figure, a decision, a person or a reason asked for and not given."""
    from qa.answer import what_is_missing

    _, questions, assessed, decided = _refitted_decisions(small_index, dev_questions, monkeypatch, -1.0, {
        "id": "no-reason", "question": "Why did the Dorset panel note the minutes in September 2017?",
        "answerable": False, "panel": "Dorset", "evidence": []})
    refused = {qid for qid, answered in decided.items() if not answered}
    assert refused, "no question is refused by rule: the test shows nothing"
    assert refused == {q["id"] for q in questions if what_is_missing(assessed[q["id"]]) is not None}
