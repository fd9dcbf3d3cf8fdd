"""Meeting pages stored with their item table flattened to text.

Some archives keep a council's meeting page as a text table: a "No. | Item |"
header, then each item's row (title, description, "Additional documents:",
"Minutes:" and the minutes, all in one cell) closed by a line holding "|".
The rows, not numbers or headings, mark the items there.
"""

from __future__ import annotations

import re

from .headings import Heading, number_alone
from .titles import row_title

# matched against stripped lines: "\s*\|?\s*" over a long run of spaces backtracks for ever
_TABLE_HEADER = re.compile(r"\|?\s*No\.?\s*\|\s*Items?\s*\|", re.I)
_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*\|")  # "---|---|" under the header
_NUMBER_CELL = re.compile(r"\|?\s*(\d{1,3}[a-z]?)\.?\s*\|")  # "4. | Title ..."


def table_rows(lines: list[str]) -> list[Heading]:
    """The items of a flattened item table, one per row, at the row's first line."""
    header = next((index for index, line in enumerate(lines) if _TABLE_HEADER.match(line.strip())),
                  None)
    if header is None:
        return []
    rows: list[Heading] = []
    row_open, number = False, ""
    for index in range(header + 1, len(lines)):
        line = lines[index].strip()
        if not row_open and line.strip("|").strip() and not _RULE.match(line):
            numbered = _NUMBER_CELL.match(line)
            if numbered:
                number, line = numbered.group(1), line[numbered.end():]
            if number_alone(line):  # the number cell on a line of its own
                number = line.strip(" .")
                continue
            title = row_title(line)
            if title:
                rows.append(Heading(index, number, title, 2, False, index))
            row_open, number = True, ""
        if line.endswith("|"):
            row_open = False
    return rows if len(rows) >= 2 else []
