"""Exceptions a user can cause and fix. The CLI prints them as one line and exits 1."""


class PanelSearchError(Exception):
    "Base class: a problem the user can fix"


class UnreadableFile(PanelSearchError):
    "A file could not be read as a panel paper"

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class NoIndex(PanelSearchError):
    "No index has been built yet"


class IndexMismatch(PanelSearchError):
    "The index was built with another embedder or format"


class BadQuestionsFile(PanelSearchError):
    "A questions file is malformed"


class BadGoldFile(PanelSearchError):
    "A gold file is malformed"


class BadQuestion(PanelSearchError):
    "A question that cannot be asked (no words, or not valid text)"


class BadSynonymsFile(PanelSearchError):
    "The synonyms file named by PANELSEARCH_SYNONYMS cannot be read"
