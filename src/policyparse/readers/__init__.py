"""Read a file's bytes into text, one reader per format.

Each reader is a function ``(data: bytes, path: str) -> Decoded`` that raises
:class:`~policyparse.errors.InputError` with a one-line reason for bad input
(the .docx readers also take the :class:`ReadLimits`, the PDF and image
readers a *progress* callback for the pages OCR reads).
Readers of heavy formats import their libraries inside the function, so that
``import policyparse`` stays fast.

The reader is chosen by the file's extension.  Standard input and files with
an extension policyparse does not know are recognised by their first bytes
(:func:`sniff`): a zip holding ``word/document.xml`` is a .docx, ``%PDF`` a
PDF, ``<html`` a web page, an OLE2 compound file a legacy Word document.
Other binary formats (spreadsheets, images, archives) are refused by name;
anything else is read as text, with a warning when the extension was unknown.

What reading may cost is bounded by :class:`ReadLimits`: the size of the file
and, for a .docx, how far its zip members inflate.
"""
from __future__ import annotations

import importlib
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Callable

from ..errors import InputError, UnsupportedFormatError

_MIB = 1 << 20
STDIN = "<stdin>"
# called with (pages done, pages to read) as OCR reads the pages of a scan
Progress = Callable[[int, int], None]
SUPPORTED = ("supported: .txt, .docx, .pdf, .html, .doc/.wps with LibreOffice, "
             "and .png/.jpg/.tif scans with policyparse[ocr]")


@dataclass(frozen=True)
class Decoded:
    """Text read from a file, before normalisation."""

    text: str
    format: str
    encoding: str | None = None
    warnings: tuple[str, ...] = ()  # what reading had to repair, for ParseResult.warnings


@dataclass(frozen=True)
class ReadLimits:
    """What reading one file may cost before it is refused.

    ``max_bytes`` bounds the file itself (and standard input, which is read
    no further).  A .docx is a zip archive; from its directory, before
    anything is inflated, the sum of its members' uncompressed sizes must
    stay within ``max_unzipped_bytes``, each member larger than
    ``ratio_floor`` must inflate at most ``max_ratio`` times, and it may hold
    at most ``max_members`` members.
    """

    max_bytes: int = 256 * _MIB
    max_unzipped_bytes: int = 256 * _MIB
    max_ratio: float = 100.0
    ratio_floor: int = 1 * _MIB
    max_members: int = 10_000


DEFAULT_LIMITS = ReadLimits()


def size_text(n: float) -> str:
    """A byte count for messages.

    >>> size_text(3 << 20), size_text(1 << 30), size_text(512)
    ('3 MiB', '1 GiB', '512 B')
    """
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if n == int(n) else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError("unreachable")


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
_TEXT = ("txt", "text", "read_text")
_BY_FORMAT = {fmt: (fmt, module, func) for fmt, module, func in READERS.values()}

# leading bytes -> the image a scan was saved as (read by OCR)
_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
)
# leading bytes -> what the file is; none of these formats is read
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"%!PS", "a PostScript file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x1f\x8b", "a gzip-compressed file"), (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"\x7fELF", "an executable (ELF)"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"), (b"OggS", "an Ogg media file"), (b"ID3", "an MP3 audio file"),
    (b"RIFF", "a RIFF media file (WAV/AVI/WebP)"), (b"\x00asm", "a WebAssembly module"),
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f]")
# OLE2 stream names (UTF-16LE) -> what the compound file is; None: a Word document
_OLE_STREAMS = (
    ("EncryptedPackage", "an encrypted (password-protected) Office document"),
    ("WordDocument", None),
    ("Workbook", "an Excel .xls workbook"),
    ("PowerPoint Document", "a PowerPoint .ppt presentation"),
)


def ole_kind(data: bytes) -> str | None:
    """What an OLE2 compound file (legacy Office) holds: ``None`` for a Word
    (or WPS) document, else a description of what it is instead.

    >>> ole_kind(_OLE2 + "EncryptedPackage".encode("utf-16-le"))
    'an encrypted (password-protected) Office document'
    """
    for stream, kind in _OLE_STREAMS:
        if stream.encode("utf-16-le") in data:
            return kind
    return None


def sniff(data: bytes) -> tuple[str | None, str]:
    """The format the leading bytes announce: ``(format, description)``.

    ``format`` is a readable format (``pdf``, ``docx``, ``doc``, ``html``, ``image``),
    or ``None`` with a description of an unreadable one, or ``None`` with an
    empty description when no signature is found (text, perhaps).

    >>> sniff(b"%PDF-1.7 ...")
    ('pdf', 'a PDF file')
    >>> sniff(b"\\x89PNG\\r\\n\\x1a\\n....")
    ('image', 'a PNG image')
    >>> sniff(b"GIF89a....")
    (None, 'a GIF image')
    >>> sniff("一、总体要求".encode())
    (None, '')
    """
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-"):
        return "pdf", "a PDF file"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        from .docx import zip_kind

        kind = zip_kind(data)
        return ("docx" if kind is None else None), (kind or "a Word .docx file")
    if data.startswith(_OLE2):
        kind = ole_kind(data)
        return ("doc" if kind is None else None), (kind or "a legacy Word .doc file")
    if data[257:262] == b"ustar":
        return None, "a tar archive"
    for magic, kind in _IMAGE_SIGNATURES:
        if data.startswith(magic):
            return "image", kind
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            return None, kind
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")) or (start.startswith(b"<") and b"<html" in start):
        return "html", "an HTML page"
    return None, ""


def unreadable(kind: str) -> str:
    """The reason given for a file that is ``kind``, a format policyparse does not read."""
    if "encrypted" in kind:
        return f"{kind}; remove the password and save it again"
    return f"{kind}, which policyparse does not read ({SUPPORTED})"


def reader_for(path: str) -> tuple[str, object]:
    """The format name and reader function for a file name (text for unknown extensions)."""
    return _load(READERS.get(Path(path).suffix.lower(), _TEXT), path)


def _load(entry: tuple[str, str, str], path: str) -> tuple[str, object]:
    fmt, module, func = entry
    try:
        mod = importlib.import_module(f"{__name__}.{module}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(__name__):
            raise UnsupportedFormatError(path, f"reading {fmt} files is not supported yet") from None
        raise
    return fmt, getattr(mod, func)


def read_bytes(data: bytes, path: str, limits: ReadLimits = DEFAULT_LIMITS,
               progress: Progress | None = None) -> Decoded:
    """Decode a file's bytes with the reader its name calls for.

    *progress*, if given, is called with (0, pages to read) before OCR reads
    the first page of a scan and with (pages done, pages to read) after each
    page (scanned PDF pages and images; nothing else calls it).

    Standard input (``path`` ``"<stdin>"``) and files with an unknown
    extension are read by the format their bytes announce (see :func:`sniff`);
    a text file with an unknown extension is read with a warning saying so.
    """
    if len(data) > limits.max_bytes:
        raise InputError(path, _too_large(limits))
    if not data.strip():
        raise InputError(path, "file is empty")
    ext = Path(path).suffix.lower()
    entry = READERS.get(ext) if path != STDIN else None
    notes: tuple[str, ...] = ()
    if entry is None or entry[0] == "txt":
        fmt, kind = sniff(data)
        if entry is not None and not (_CONTROL.search(data[:16]) or kind == "an RTF document"):
            fmt, kind = None, ""  # a .txt stays text unless its start is binary (or RTF)
        named = f"named {ext}" if ext else "without an extension"
        if fmt is None and kind:
            raise UnsupportedFormatError(path, unreadable(kind + (f" {named}" if entry else "")))
        if fmt is not None:
            if path != STDIN:
                notes = (f"read as {fmt}: the file is {kind} {named}",)
            entry = _BY_FORMAT[fmt]
        elif entry is None:
            entry = _TEXT
            if path != STDIN:
                what = f"unknown extension {ext}" if ext else "no extension"
                notes = (f"{what}: read as plain text ({SUPPORTED})",)
    fmt, reader = _load(entry, path)
    if entry[1] == "docx":
        decoded = reader(data, path, limits)  # type: ignore[call-arg]
    elif entry[1] in ("pdf", "ocr"):
        decoded = reader(data, path, progress=progress)  # type: ignore[call-arg]
    else:
        decoded = reader(data, path)
    return replace(decoded, warnings=notes + decoded.warnings) if notes else decoded


def _too_large(limits: ReadLimits) -> str:
    return f"larger than {size_text(limits.max_bytes)} (the input size limit; raise it with --max-size)"


def read_stream(stream: BinaryIO, name: str, limits: ReadLimits = DEFAULT_LIMITS) -> bytes:
    """Read a stream to its end, but never more than ``limits.max_bytes``."""
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = stream.read(min(_MIB, limits.max_bytes + 1 - total))
        except OSError as exc:
            raise InputError(name, f"cannot read file ({exc.strerror or exc})") from None
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limits.max_bytes:
            raise InputError(name, _too_large(limits))


def read_file(path: str | Path, limits: ReadLimits = DEFAULT_LIMITS,
              progress: Progress | None = None) -> tuple[bytes, Decoded]:
    """Read a file from disk; returns its bytes and decoded text.

    Devices and pipes are read up to ``limits.max_bytes``, like any file.
    *progress*: as for :func:`read_bytes`.
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(name, "no such file")
    if p.is_dir():
        raise InputError(name, "is a directory, not a file (use `policyparse batch` for folders)")
    try:
        with open(p, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > limits.max_bytes:
                raise InputError(name, _too_large(limits))
            data = read_stream(f, name, limits)
    except OSError as exc:
        raise InputError(name, f"cannot read file ({exc.strerror or exc})") from None
    return data, read_bytes(data, name, limits, progress)
