"""Word lists that more than one stage reads, kept once."""

from __future__ import annotations

import re

# Words minutes use to record an outcome: what was resolved, agreed, decided, signed off.
OUTCOME = re.compile(r"\b(resolved|agreed|decided|decision|approved|endorsed|signed\s+off|"
                     r"it\s+was\s+noted|noted\s+that|recommendations?)\b", re.I)
