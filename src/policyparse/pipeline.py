"""The pipeline, stage by stage, in one place.

    read       bytes → text, per format           readers/
    normalise  one text; every span indexes it    normalise.py, script.py (pinyin glosses)
    shadow     the text in simplified script      script.py (rules match on it)
    split      the logical documents              documents.py
    segment    the section tree                   segment.py
    metadata   header and footer (GB/T 9704)      metadata.py
    extract    records with spans and sections    extractors/
    tasks      who does what, by when             tasks.py (and validity.py)

Each stage is a plain function of its inputs; :func:`parse_text` runs the
stages after reading, :func:`parse` runs them all on a file.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .documents import split_documents
from .extractors import DocumentView, run_extractors
from .metadata import read_metadata
from .models import Document, ParseResult, Source
from .normalise import normalise
from .readers import DEFAULT_LIMITS, Decoded, Progress, ReadLimits, read_bytes, read_file
from .script import simplified_shadow, strip_glosses
from .segment import SectionIndex, segment
from .tasks import attach as attach_tasks
from .validity import read_validity

STAGES = ("read", "normalise", "split_documents", "segment", "metadata", "extract")


def _document(text: str, shadow: str, start: int, end: int, label: str | None) -> Document:
    sections = segment(text, start, end, shadow=shadow)
    metadata = read_metadata(text, start, end, sections, label, shadow=shadow)
    view = DocumentView(text, start, end, SectionIndex(sections), metadata, shadow=shadow)
    records = attach_tasks(text, start, end, sections, run_extractors(view))
    metadata = read_validity(text, start, end, metadata)
    return Document(span=(start, end), metadata=metadata, sections=sections, **records)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _result(decoded: Decoded, source: Source) -> ParseResult:
    raw = decoded.text
    warnings = list(decoded.warnings)
    if _SURROGATE.search(raw):  # no JSON, no UTF-8 can carry a lone surrogate
        fixed = raw.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        lone = len(_SURROGATE.findall(raw)) - 2 * (len(raw) - len(fixed))
        if lone:
            warnings.append(f"replaced {lone} lone surrogate code point{'s' if lone > 1 else ''} with U+FFFD")
        raw = fixed
    normalised = normalise(raw)
    text, glosses = strip_glosses(normalised.text)
    shadow = simplified_shadow(text)
    if glosses:
        warnings.append(f"removed {glosses} pinyin glosses that a script converter printed after characters (發(fā) → 發)")
    if not decoded.text.strip():
        warnings.append("no text: the input is empty or only whitespace")
    elif not text.strip():
        removed = "".join(f" ({w})" for w in normalised.warnings)
        warnings.append(f"no document text left after removing page chrome{removed}")
    else:
        warnings.extend(normalised.warnings)
    documents = [_document(text, shadow, d.start, d.end, d.label) for d in split_documents(text)] if text else []
    return ParseResult(source=source, text=text, documents=documents, warnings=warnings)


def parse_text(text: str, *, path: str | None = None) -> ParseResult:
    """Parse a document given as text.

    >>> r = parse_text("一、总体要求\\n（一）指导思想。以习近平…")
    >>> [(s.level, s.style, s.title) for s in r.documents[0].sections[0].children]
    [(2, 'paren_cn', '指导思想')]
    """
    return _result(Decoded(text=text, format="text"), Source(path=path, format="text"))


def parse_bytes(data: bytes, path: str, *, limits: ReadLimits = DEFAULT_LIMITS,
                progress: Progress | None = None) -> ParseResult:
    """Parse a file's bytes; ``path`` names it in errors and picks the reader by extension
    (``"<stdin>"``: by the bytes).  *progress*: as for :func:`parse`."""
    decoded = read_bytes(data, path, limits, progress)
    return _result(decoded, _source(path, data, decoded))


def parse(path: str | Path, *, limits: ReadLimits = DEFAULT_LIMITS,
          progress: Progress | None = None) -> ParseResult:
    """Parse a file; the format comes from its extension (.txt, .docx, .pdf, .html).

    Raises :class:`~policyparse.errors.InputError` for a file that cannot be
    read or that is over one of the ``limits`` (:class:`~policyparse.readers.ReadLimits`).
    OCR of a scan takes seconds a page: *progress*, if given, is called with
    (0, pages to read) before the first page OCR reads and with (pages done,
    pages to read) after each.
    """
    data, decoded = read_file(path, limits, progress)
    return _result(decoded, _source(str(path), data, decoded))


def _source(path: str, data: bytes, decoded: Decoded) -> Source:
    return Source(path=path, format=decoded.format, sha256=hashlib.sha256(data).hexdigest(),
                  encoding=decoded.encoding)
