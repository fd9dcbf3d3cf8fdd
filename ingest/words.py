"""Word lists that more than one stage reads, kept once."""

from __future__ import annotations

import re

# Words minutes use to record an outcome: what was resolved, agreed, decided, signed off;
# and a resolution's own form, its "RESOLVED" often on the line above ("That the report be
# noted.", "1. That the minutes be approved as a correct record")
OUTCOME = re.compile(r"\b(resolved|agreed|decided|decision|approved|endorsed|signed\s+off|"
                     r"it\s+was\s+noted|noted\s+that|recommendations?|"
                     # a panel's own powers over the precept and the Commissioner's appointments
                     r"veto(?:ed)?|(?:panel|members|committee)\s+(?:unanimously\s+)?(?:supports?|supported|"
                     r"voted)|confirmed\s+the\s+appointment)\b"
                     r"|^[ \t]*(?:\d{1,2}[.)][ \t]*)?that\b[^.\n]{0,300}?\bbe\s+[a-z]+ed\b", re.I | re.M)

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
# month -> number, for full names and the short forms papers print ("Feb", "Sept")
MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
MONTHS |= {name[:3]: number for name, number in list(MONTHS.items())}
MONTHS["sept"] = 9
# one capturing group: a month written in full or short (case is up to the caller)
MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"

# The link label a council's meeting page prints beside each attached file ("pdf icon PDF
# 57 KB", modern.gov): it marks an agenda item's title line, and is never a statement.
FILE_ICON = re.compile(r"\bpdf icon\b|\bPDF\s+[\d.]+\s*[KM]B\b", re.I)

# How a panel names itself after its area: "Police and Crime Panel", or where the
# commissioner also runs the fire service, "Police, Fire and Crime Panel"
PANEL_WORDS = r"Police,?\s+(?:Fire\s+)?(?:and|&)\s+Crime\s+Panel"
