"""The same paper as text, Markdown, HTML and PDF gives the same agenda items."""

from __future__ import annotations

import shutil

import pytest

import ingest
from eval.segmentation import match_boundaries
from tests.papers import write_html, write_pdf

SEEDS = ["dorset", "leicestershire", "essex", "west-mercia"]


def _items(path):
    doc = ingest.load(path)
    return doc, ingest.segment(doc)


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "pdf"])
@pytest.mark.parametrize("seed", SEEDS)
def test_same_items_in_every_format(seed, fmt, seed_path, gold_items, tmp_path):
    """Every format is checked against the hand-made gold, not against another reader."""
    source = seed_path(seed)
    gold = gold_items[source.name]
    text = source.read_text(encoding="utf-8")
    target = tmp_path / f"paper.{fmt}"
    if fmt in ("txt", "md"):
        shutil.copy(source, target)
    elif fmt == "html":
        write_html(text, target)
    else:
        write_pdf(text, target)
    doc, found = _items(target)
    assert (doc.panel, doc.meeting_date, doc.doc_type) == \
        (gold["panel"], gold["meeting_date"], gold["doc_type"])
    assert [i.number for i in found] == [g["number"] for g in gold["items"]]
    correct, missed, spurious = match_boundaries(doc.text, [i.start for i in found],
                                                 [g["anchor"] for g in gold["items"]])
    assert (correct, missed, spurious) == (len(gold["items"]), [], [])


@pytest.mark.parametrize("seed", ["dorset", "leicestershire"])
def test_pdf_items_know_their_page(seed, seed_path, tmp_path):
    source = seed_path(seed)
    text = source.read_text(encoding="utf-8")
    line_pages = write_pdf(text, tmp_path / "paper.pdf")
    doc, found = _items(tmp_path / "paper.pdf")
    assert len(doc.page_starts) == max(line_pages) > 3
    for item, reference in zip(found, ingest.segment(ingest.load(source))):
        heading_line = text[:reference.start].count("\n")
        assert item.page == line_pages[heading_line], item.title


def test_html_navigation_and_scripts_are_dropped(seed_path, tmp_path):
    write_html(seed_path("dorset").read_text(encoding="utf-8"), tmp_path / "page.html")
    doc = ingest.load(tmp_path / "page.html")
    for noise in ("Council home", "cookies", "tracking", "Accessibility statement", "Committees"):
        assert noise not in doc.text


def test_form_feeds_in_text_are_pages(tmp_path):
    path = tmp_path / "paged.txt"
    path.write_text("Dorset Police and Crime Panel\n1. Apologies\nNone.\n\f2. Minutes\n"
                    "The minutes were agreed.\n\f3. Any other business\nNone.\n", encoding="utf-8")
    items = ingest.segment(ingest.load(path))
    assert [(i.number, i.page) for i in items] == [("1", 1), ("2", 2), ("3", 3)]


def test_pdf_page_numbers_are_not_agenda_items(tmp_path):
    from reportlab.pdfgen import canvas

    pages = [["Cumbria Police and Crime Panel", "Minutes of the meeting held on 1 May 2019",
              "12. Apologies", "Apologies were received from Mr Evans."],
             ["Background Papers", "The papers were circulated with the agenda."],
             ["Budget Discussion", "13. Budget Report", "Members noted the budget for 2019/20."],
             ["Appendix Summary", "A summary of the budget is attached."]]
    path = tmp_path / "paged.pdf"
    pdf = canvas.Canvas(str(path))
    for number, lines in enumerate(pages, start=1):
        for row, line in enumerate(lines):
            pdf.drawString(72, 750 - 18 * row, line)
        pdf.drawString(300, 40, str(number))  # the page number at the foot
        pdf.showPage()
    pdf.save()
    items = ingest.segment(ingest.load(path))
    assert [(i.number, i.title, i.page) for i in items] == [("12", "Apologies", 1),
                                                           ("13", "Budget Report", 3)]


@pytest.mark.parametrize("real_fmt, name", [("html", "page.txt"), ("pdf", "paper.txt"),
                                            ("html", "page.pdf")])
def test_a_file_is_read_as_what_its_bytes_are_whatever_its_name(real_fmt, name, seed_path,
                                                                 gold_items, tmp_path):
    """Archives save web pages as .txt, and mislabel PDFs: the bytes decide the format."""
    source = seed_path("dorset")
    written = tmp_path / f"written.{real_fmt}"
    (write_html if real_fmt == "html" else write_pdf)(source.read_text(encoding="utf-8"), written)
    target = tmp_path / name
    written.rename(target)
    doc, found = _items(target)
    assert doc.format == real_fmt
    assert "<" not in doc.text[:200]
    assert [i.number for i in found] == [g["number"] for g in gold_items[source.name]["items"]]
