"""Extractors: records of responsibilities, funding, deadlines and targets.

Each extractor is a module with a function ``extract(view: DocumentView) ->
list[record]`` over the normalised text and section tree of one document.
An extractor that builds on another's records (targets take their years from
the deadlines) names that field in :data:`EXTRACTORS` and receives those
records as a keyword argument, so nothing is extracted twice.
Records carry ``raw``, ``span`` (``doc.text[span] == raw``) and the id of the
section that holds them.  :data:`EXTRACTORS` lists them, in the order the
pipeline runs them, next to the :class:`~policyparse.models.Document` field
they fill.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, NamedTuple

from ..grammar.brackets import is_open_at
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
    shadow: str = ""  # the text in simplified script, same length: rules match on it

    def __post_init__(self) -> None:
        if not self.shadow:
            object.__setattr__(self, "shadow", self.text)

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


TITLE_LIMIT = 60
"""A line above a paragraph longer than this is body text (lost line breaks), not its title."""


def heading_path(view: "DocumentView", pos: int) -> str:
    """The titles (in the shadow) of every section that holds ``pos``, outermost first, one
    per line; outside any section, the line above ``pos``'s paragraph when it reads as a
    title (short, no sentence end, not a table row)."""
    path = view.sections.path(pos)
    if path:
        return "\n".join(view.shadow[s.span[0]:s.body_span[0]].strip() for s in path)
    text = view.shadow
    end = text.rfind("\n", view.start, pos)
    while end > view.start and not text[text.rfind("\n", view.start, end) + 1:end].strip():
        end = text.rfind("\n", view.start, end)  # skip blank lines
    if end <= view.start:
        return ""
    above = text[max(view.start, text.rfind("\n", view.start, end) + 1):end].strip()
    return above if len(above) <= TITLE_LIMIT and not any(c in above for c in "|\t") and "。" not in above else ""


def in_cited_title(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a 《cited title》 of its paragraph."""
    return is_open_at(text[paragraph_start(text, start, pos):pos], "《", "》")

class ExtractorSpec(NamedTuple):
    """An extractor, the Document field it fills, and the fields it reads."""

    field: str
    extract: Callable[..., list[Record]]
    needs: tuple[str, ...] = ()


def _extractors() -> tuple[ExtractorSpec, ...]:
    from . import deadlines, funding, responsibilities, targets

    return (
        ExtractorSpec("responsibilities", responsibilities.extract),
        ExtractorSpec("funding", funding.extract),
        ExtractorSpec("deadlines", deadlines.extract),
        ExtractorSpec("durations", deadlines.durations),
        ExtractorSpec("targets", targets.extract, needs=("deadlines",)),
    )


# In the order the pipeline runs them: a field is extracted before those that need it.
EXTRACTORS: tuple[ExtractorSpec, ...] = _extractors()


def run_extractors(view: DocumentView) -> dict[str, list[Record]]:
    """Every extractor over one document; returns the records by Document field."""
    records: dict[str, list[Record]] = {}
    for spec in EXTRACTORS:
        records[spec.field] = spec.extract(view, **{name: records[name] for name in spec.needs})
    return records
