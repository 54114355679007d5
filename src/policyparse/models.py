"""The pydantic models of a parse result.

Field names follow the JSON contract (``docs/output.md``) and the annotation guide
(``docs/annotation-guide.md``): a result holds its ``source``, the normalised ``text`` that every
``span`` indexes into, and one :class:`Document` per logical document.  Spans are
half-open ``[start, end)`` Python string indices into ``ParseResult.text``, and
``text[start:end] == raw`` for every record.
"""
from __future__ import annotations

from datetime import date as Date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SerializationInfo, SerializerFunctionWrapHandler, model_serializer

SCHEMA_VERSION = "1"

Span = tuple[int, int]
"""Half-open ``[start, end)`` character offsets into the normalised text."""

SectionStyle = Literal[
    "cn_dun", "paren_cn", "arabic_dot", "paren_arabic", "circled",
    "chapter", "section", "article", "box", "attachment",
]
Comparator = Literal[">=", "<=", "<", ">", "=", "~"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


EXPLAIN_FIELDS = ("rule", "rules")
"""Fields that say which rule made a record, section or metadata field; they are
serialised only with ``context={"explain": True}`` (``policyparse extract --explain``),
so the default JSON carries none of them."""


class _Explained(_Model):
    """A model with a ``rule`` (or ``rules``) field shown only when explaining."""

    @model_serializer(mode="wrap")
    def _hide_rules(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo):
        data = handler(self)
        if not (info.context or {}).get("explain"):
            for name in EXPLAIN_FIELDS:
                data.pop(name, None)
        return data


class Source(_Model):
    """Where a result came from."""

    path: str | None = Field(None, description="The file as given; null for text passed in directly.")
    format: str = Field(description="txt, docx, pdf, html, doc, wps, or text (for parse_text).")
    sha256: str | None = Field(None, description="SHA-256 of the file's bytes.")
    encoding: str | None = Field(None, description="The text encoding detected for .txt input.")


class Section(_Explained):
    """A structural unit that begins with a hierarchy marker (一、 （一） 1. 专栏1 …).

    An attachment after the main text (附件1) is a top-level section of style
    ``attachment`` whose children are the attachment's own headings.
    """

    id: str = Field(description="Position in the tree, 1-based: '3.1' is the first child of the third top-level section.")
    level: int = Field(description="Depth in this document's tree, 1 for the outermost style used.")
    style: SectionStyle
    number: int = Field(description="The ordinal as an integer (一 = 1, 十一 = 11).")
    marker: str = Field(description="The marker as printed, e.g. '（一）'.")
    title: str = Field(description="Heading text without its marker, up to the first 。 or ； or the line end.")
    span: Span = Field(description="From the marker to the end of the section, children included.")
    body_span: Span = Field(description="What follows the title, up to the end of the section.")
    children: list["Section"] = Field(default_factory=list)
    rule: str | None = Field(None, description="With --explain: the rule that made the marker a heading.")


class CitedDocument(_Model):
    """A document cited by its title in 《》, with its number when printed next to it."""

    title: str
    doc_number: str | None = None
    span: Span


class Metadata(_Explained):
    """The GB/T 9704 header and footer of a document."""

    doc_number: str | None = Field(None, description="发文字号 as printed, inner whitespace removed.")
    title: str | None = Field(None, description="The document's own title, joined across lines.")
    issuer: str | None = Field(None, description="发文机关; several joined by 、.")
    issuers: list[str] = Field(default_factory=list, description="The issuing offices one by one.")
    recipients: list[str] = Field(default_factory=list, description="主送机关.")
    date: Date | None = Field(None, description="成文日期 (signing date).")
    printed_by: str | None = Field(None, description="The office that printed the document (印发机关).")
    printed_date: Date | None = Field(None, description="印发日期.")
    cc: list[str] = Field(default_factory=list, description="抄送.")
    publicity: str | None = Field(None, description="The publicity note, e.g. 此件主动公开.")
    cited_documents: list[CitedDocument] = Field(default_factory=list)
    rules: dict[str, str] = Field(default_factory=dict,
                                  description="With --explain: field name -> the rule (strategy) that found it.")


class Record(_Explained):
    """Fields every extracted record carries: what it says, where, and in which section."""

    raw: str = Field(description="The text at span, exactly.")
    span: Span
    section: str | None = Field(None, description="The id of the innermost section holding the record.")
    rule: str | None = Field(None, description="With --explain: the rule that accepted the record.")


class Responsibility(Record):
    """An explicit assignment of units to a task."""

    units: list[str] = Field(description="Every unit named, in order, leads included.")
    lead: list[str] = Field(default_factory=list, description="Units marked as leading.")
    units_normalized: list[str] = Field(default_factory=list, description="units mapped to canonical agency names.")


class Funding(Record):
    """A money amount, in yuan."""

    amount: float
    amount_max: float | None = None
    per: str | None = Field(None, description="The basis it is paid per: 亩, 张床位, 人每月 …")
    comparator: Comparator | None = None
    period: str | None = Field(None, description="How often, e.g. 年 for 每年.")


class Deadline(Record):
    """An absolute calendar time by or at which something is due."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    date: Date | None = Field(None, description="The last day of the stated period.")


class Duration(Record):
    """A stretch of time (5年内, 连续三年); not a deadline."""


class Target(Record):
    """A quantitative commitment."""

    indicator: str
    comparator: Comparator
    value: float
    value_max: float | None = None
    unit: str
    year: int | None = None


class Document(_Model):
    """One logical document: its metadata, section tree and records."""

    span: Span
    metadata: Metadata
    sections: list[Section] = Field(default_factory=list)
    responsibilities: list[Responsibility] = Field(default_factory=list)
    funding: list[Funding] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    durations: list[Duration] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)


class ParseResult(_Model):
    """Everything policyparse read from one source."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    text: str = Field(description="The normalised text every span indexes into.")
    documents: list[Document]
    warnings: list[str] = Field(default_factory=list)
