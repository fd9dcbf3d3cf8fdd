"""Build real PDF and HTML papers from seed text, as councils' tools would."""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

LINES_PER_PAGE = 48
WRAP = 95


def write_pdf(text: str, path: Path) -> list[int]:
    """Typeset `text` on A4 pages with reportlab; return the page each source line landed on."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pages, page, row = [], 1, 0
    for line in text.split("\n"):
        wrapped = textwrap.wrap(line.replace("\t", "    "), WRAP) or [""]
        pages.append(page + 1 if row >= LINES_PER_PAGE else page)
        for piece in wrapped:
            if row >= LINES_PER_PAGE:
                _footer(pdf, page)
                pdf.showPage()
                page, row = page + 1, 0
            pdf.setFont("Helvetica", 9)
            pdf.drawString(40, height - 50 - row * 15, piece)
            row += 1
    _footer(pdf, page)
    pdf.showPage()
    pdf.save()
    return pages


def _footer(pdf, page: int) -> None:
    """A page number alone at the foot of the page, as council PDFs print them."""
    pdf.setFont("Helvetica", 9)
    pdf.drawString(290, 30, str(page))


TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Agendas, meetings and minutes</title>
<script>window.analytics = function () {{ return "tracking"; }};</script>
<style>body {{ font-family: sans-serif; }}</style></head>
<body>
<header class="site-header"><a href="/">Council home</a> <a href="/news">News</a></header>
<nav class="breadcrumb"><ul><li><a href="/">Home</a></li>
<li><a href="/mgListCommittees">Committees</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve this site.</div>
<main id="content">
{body}
</main>
<footer class="site-footer"><p>Copyright Council 2017. Accessibility statement. Contact us.</p></footer>
</body></html>
"""


def write_html(text: str, path: Path) -> None:
    """A modern.gov-like page: every paragraph a <p>, tab-separated rows a table row."""
    blocks = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if "\t" in line.strip("\t"):
            cells = "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t"))
            blocks.append(f"<table><tr>{cells}</tr></table>")
        else:
            blocks.append(f"<p>{html.escape(line.strip())}</p>")
    path.write_text(TEMPLATE.format(title="Meeting", body="\n".join(blocks)), encoding="utf-8")
