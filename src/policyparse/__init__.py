"""policyparse: Chinese government policy documents (公文) as structured records.

>>> import policyparse
>>> result = policyparse.parse_text("一、工作目标\\n到2025年，建成示范基地5个。")
>>> result.documents[0].sections[0].title
'工作目标'

``parse(path)`` reads a file, ``parse_text(text)`` a string; both return a
:class:`~policyparse.models.ParseResult` whose ``text`` every span indexes into.

The names below are loaded on first use, so that ``import policyparse`` and
``policyparse --help`` do not pay for pydantic models and compiled rules they
do not touch.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .errors import InputError, PolicyParseError, UnsupportedFormatError

__version__ = "0.1.0"

# public name -> the module that defines it
_LAZY = {
    "parse": "pipeline", "parse_text": "pipeline", "parse_bytes": "pipeline",
    "parse_many": "batch",  # the batch runner, which `policyparse extract` never needs
    "diff": "changes",  # what changed between two versions
    "frames": "dataframes",  # tables as pandas DataFrames
    **dict.fromkeys(("ParseResult", "Document", "Section", "Metadata", "Source", "CitedDocument",
                     "Responsibility", "Funding", "Deadline", "Duration", "Target", "Task"), "models"),
}

if TYPE_CHECKING:
    from .batch import parse_many
    from .changes import diff
    from .dataframes import frames
    from .models import (
        CitedDocument, Deadline, Document, Duration, Funding, Metadata, ParseResult, Responsibility,
        Section, Source, Target, Task,
    )
    from .pipeline import parse, parse_bytes, parse_text


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'policyparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [*_LAZY, "PolicyParseError", "InputError", "UnsupportedFormatError", "__version__"]
