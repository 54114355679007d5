"""The pydantic models of a parse result.

Field names follow the JSON contract (``docs/output.md``) and the annotation guide
(``docs/annotation-guide.md``): a result holds its ``source``, the normalised ``text`` that every
``span`` indexes into, and one :class:`Document` per logical document.  Spans are
half-open ``[start, end)`` Python string indices into ``ParseResult.text``, and
``text[start:end] == raw`` for every record.
"""
from __future__ import annotations

from datetime import date as Date
from typing import Literal, NamedTuple, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, SerializationInfo, SerializerFunctionWrapHandler, model_serializer

SCHEMA_VERSION = "1"

Span = tuple[int, int]
"""Half-open ``[start, end)`` character offsets into the normalised text."""

SectionStyle = Literal[
    "cn_dun", "paren_cn", "arabic_dot", "paren_arabic", "circled",
    "chapter", "section", "article", "box", "attachment",
]
Comparator = Literal[">=", "<=", "<", ">", "=", "~"]
FundingKind = Literal["subsidy", "investment", "fee", "penalty", "threshold", "economic_target", "other"]


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
    published: Date | None = Field(None, description="A web copy's own publication date (发布时间), never the 成文日期.")
    printed_by: str | None = Field(None, description="The office that printed the document (印发机关).")
    printed_date: Date | None = Field(None, description="印发日期.")
    cc: list[str] = Field(default_factory=list, description="抄送.")
    publicity: str | None = Field(None, description="The publicity note, e.g. 此件主动公开.")
    cited_documents: list[CitedDocument] = Field(default_factory=list)
    effective: Date | None = Field(None, description="When it takes effect: 自…起施行, or the 成文日期 for 自印发之日起施行.")
    expires: Date | None = Field(None, description="The last day it is valid: 有效期至…, or effective + 有效期N年.")
    valid_years: int | None = Field(None, description="有效期N年.")
    replaces: list[str] = Field(default_factory=list, description="Titles of the documents it repeals (…同时废止).")
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
    purpose: str | None = Field(None, description="What the money is for: 用于…, 对…给予, 奖励….")
    kind: FundingKind | None = Field(None, description="subsidy, investment, fee, penalty, threshold, economic_target or other.")


class Deadline(Record):
    """An absolute calendar time by or at which something is due."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    date: Date | None = Field(None, description="The last day of the stated period.")
    subject: str | None = Field(None, description="What is due: the task it is in, else its sentence.")


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


class Task(Record):
    """The smallest unit of text that an assignment closes, or a numbered item that commits to something.

    ``raw`` is the task's text; the record lists hold indices into the document's lists.
    """

    lead: list[str] = Field(default_factory=list, description="Leading units, from its assignment or its section's.")
    units: list[str] = Field(default_factory=list, description="Every unit assigned, leads included.")
    inherited: bool = Field(False, description="Units and lead come from the assignment of the section it is in.")
    shared_units: list[str] = Field(default_factory=list,
                                    description="Units that a document-wide convention (以下各项工作均需…落实) adds.")
    responsibilities: list[int] = Field(default_factory=list, description="Its assignments (indices).")
    deadlines: list[int] = Field(default_factory=list)
    targets: list[int] = Field(default_factory=list)
    funding: list[int] = Field(default_factory=list)


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
    tasks: list[Task] = Field(default_factory=list)


class ParseResult(_Model):
    """Everything policyparse read from one source."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    text: str = Field("", description="The normalised text every span indexes into; left out of "
                                       "`extract`'s output unless --text, and empty when such output is loaded.")
    documents: list[Document]
    warnings: list[str] = Field(default_factory=list)

    def to_frames(self) -> dict:
        """This result's tables as pandas DataFrames (:func:`policyparse.frames`)."""
        from .dataframes import frames

        return frames([self])


# ---------------------------------------------------------------- the kinds of record

class RecordKind(NamedTuple):
    """One kind of record a document holds: a list field of :class:`Document` or of its metadata."""

    name: str  # the field name, which is also the name of its table and of its count
    model: type[_Model]
    in_metadata: bool = False  # a field of Metadata (cited_documents), not of Document

    def records(self, document: Document | dict) -> list:
        """This kind's records in ``document``: a :class:`Document` or its JSON data."""
        if isinstance(document, dict):
            holder = (document.get("metadata") or {}) if self.in_metadata else document
            return holder.get(self.name) or []
        return getattr(document.metadata if self.in_metadata else document, self.name)


def record_kinds(document: type[Document] = Document) -> tuple[RecordKind, ...]:
    """The kinds of record, read from the models: every list field of ``document`` and of its
    metadata whose items are models with a ``span``, sections (a tree) aside; in field order.

    >>> [k.name for k in record_kinds()]
    ['responsibilities', 'funding', 'deadlines', 'durations', 'targets', 'tasks', 'cited_documents']
    """
    metadata = document.model_fields["metadata"].annotation
    kinds = []
    for owner in (document, metadata):
        for name, info in owner.model_fields.items():
            args = get_args(info.annotation)
            if get_origin(info.annotation) is list and args and isinstance(args[0], type) \
                    and issubclass(args[0], _Model) and "span" in args[0].model_fields \
                    and not issubclass(args[0], Section):
                kinds.append(RecordKind(name, args[0], owner is metadata))
    return tuple(kinds)


RECORD_KINDS: tuple[RecordKind, ...] = record_kinds()
"""Every kind of record, once: batch counts, CSV files, SQLite tables and the package's
exports are made from this list, so a new list of records in the models appears in all of them."""
