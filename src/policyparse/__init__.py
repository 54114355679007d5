"""policyparse: Chinese government policy documents (公文) as structured records.

>>> import policyparse
>>> result = policyparse.parse_text("一、工作目标\\n到2025年，建成示范基地5个。")
>>> result.documents[0].sections[0].title
'工作目标'

``parse(path)`` reads a file, ``parse_text(text)`` a string; both return a
:class:`~policyparse.models.ParseResult` whose ``text`` every span indexes into.
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .errors import InputError, PolicyParseError, UnsupportedFormatError
from .models import (
    Deadline, Document, Funding, Metadata, ParseResult, Responsibility, Section, Source, Target,
)
from .pipeline import parse, parse_bytes, parse_text

try:
    __version__ = version("policyparse")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"



def __getattr__(name: str):
    # parse_many lives with the batch runner, which `policyparse extract` never needs.
    if name == "parse_many":
        from .batch import parse_many

        return parse_many
    raise AttributeError(f"module 'policyparse' has no attribute {name!r}")


__all__ = [
    "parse", "parse_text", "parse_bytes", "parse_many", "ParseResult", "Document", "Section", "Metadata",
    "Source", "Responsibility", "Funding", "Deadline", "Target",
    "PolicyParseError", "InputError", "UnsupportedFormatError", "__version__",
]
