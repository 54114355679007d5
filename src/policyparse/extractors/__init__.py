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
