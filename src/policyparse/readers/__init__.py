"""Read a file's bytes into text, one reader per format.

Each reader is a function ``(data: bytes, path: str) -> Decoded`` that raises
:class:`~policyparse.errors.InputError` with a one-line reason for bad input.
Readers of heavy formats import their libraries inside the function, so that
``import policyparse`` stays fast.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, UnsupportedFormatError


@dataclass(frozen=True)
class Decoded:
    """Text read from a file, before normalisation."""

    text: str
    format: str
    encoding: str | None = None
    warnings: tuple[str, ...] = ()  # what reading had to repair, for ParseResult.warnings


# extension -> (format name, module, function); modules are imported on first use.
READERS: dict[str, tuple[str, str, str]] = {
    ".txt": ("txt", "text", "read_text"),
    ".text": ("txt", "text", "read_text"),
    ".md": ("txt", "text", "read_text"),
    ".docx": ("docx", "docx", "read_docx"),
    ".doc": ("doc", "docx", "read_legacy_word"),
    ".wps": ("wps", "docx", "read_legacy_word"),
    ".pdf": ("pdf", "pdf", "read_pdf"),
    ".html": ("html", "html", "read_html"),
    ".htm": ("html", "html", "read_html"),
    ".shtml": ("html", "html", "read_html"),
    # scans: read by OCR, with the optional extra policyparse[ocr]
    ".png": ("image", "ocr", "read_image"),
    ".jpg": ("image", "ocr", "read_image"),
    ".jpeg": ("image", "ocr", "read_image"),
    ".tif": ("image", "ocr", "read_image"),
    ".tiff": ("image", "ocr", "read_image"),
}


def reader_for(path: str) -> tuple[str, object]:
    """The format name and reader function for a file name."""
    ext = Path(path).suffix.lower()
    fmt, module, func = READERS.get(ext, ("txt", "text", "read_text"))
    try:
        mod = importlib.import_module(f"{__name__}.{module}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(__name__):
            raise UnsupportedFormatError(path, f"reading {fmt} files is not supported yet") from None
        raise
    return fmt, getattr(mod, func)


def read_bytes(data: bytes, path: str) -> Decoded:
    """Decode a file's bytes with the reader its name calls for.

    Files with an unknown extension are read as text when they decode as text.
    """
    if not data.strip():
        raise InputError(path, "file is empty")
    _, reader = reader_for(path)
    return reader(data, path)  # type: ignore[operator]


def read_file(path: str | Path) -> tuple[bytes, Decoded]:
    """Read a file from disk; returns its bytes and decoded text."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(name, "no such file")
    if p.is_dir():
        raise InputError(name, "is a directory, not a file (use `policyparse batch` for folders)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read file ({exc.strerror or exc})") from None
    return data, read_bytes(data, name)
