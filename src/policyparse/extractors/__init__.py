"""Extractors: records of responsibilities, funding, deadlines and targets.

Each extractor is a module with one function ``extract(doc: DocumentView) ->
list[record]`` over the normalised text and section tree of one document.
Records carry ``raw``, ``span`` (``doc.text[span] == raw``) and the id of the
section that holds them.  :data:`EXTRACTORS` lists them, in the order the
pipeline runs them, next to the :class:`~policyparse.models.Document` field
they fill.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..models import Metadata, Record
from ..segment import SectionIndex


@dataclass(frozen=True)
class DocumentView:
    """What an extractor sees of one document."""

    text: str  # the whole normalised text; spans index into it
    start: int  # the document's span in text
    end: int
    sections: SectionIndex
    metadata: Metadata

    def section_id(self, offset: int) -> str | None:
        """The id of the innermost section holding ``offset``."""
        return self.sections.id_at(offset)


Extractor = Callable[[DocumentView], list[Record]]

CONTEXT_LIMIT = 2000
"""How far back an extractor looks for the start of a paragraph.  Paragraphs are
far shorter in practice; the bound keeps text whose line breaks were lost (one
line of a megabyte) linear."""


def paragraph_start(text: str, start: int, pos: int) -> int:
    """Start of the paragraph (line) holding ``pos``, looking back at most CONTEXT_LIMIT."""
    floor = max(start, pos - CONTEXT_LIMIT)
    return max(floor, text.rfind("\n", floor, pos) + 1)

def _extractors() -> tuple[tuple[str, Extractor], ...]:
    from . import deadlines, funding, responsibilities, targets

    return (
        ("responsibilities", responsibilities.extract),
        ("funding", funding.extract),
        ("deadlines", deadlines.extract),
        ("durations", deadlines.durations),
        ("targets", targets.extract),
    )


# (Document field, extractor), in the order the pipeline runs them.
EXTRACTORS: tuple[tuple[str, Extractor], ...] = _extractors()
