"""Errors that policyparse raises for bad input.

Every error the command line reports is a :class:`PolicyParseError`; its
``str()`` is one line that names the file and the reason, so the CLI and the
batch runner print it as it is.  Anything else that escapes the library is a
bug and should fail loudly.
"""
from __future__ import annotations


class PolicyParseError(Exception):
    """Base class of every error policyparse raises on purpose."""


class InputError(PolicyParseError):
    """A file that cannot be read as a policy document.

    >>> str(InputError("notice.pdf", "no text layer (scanned PDF?); run OCR first"))
    'notice.pdf: no text layer (scanned PDF?); run OCR first'
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFormatError(InputError):
    """A file whose format policyparse cannot read (yet)."""
