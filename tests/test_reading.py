"""Reading .txt in every encoding Chinese text files come in, and bad input."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import policyparse
from policyparse.errors import InputError

SAMPLE = Path(__file__).parent.parent / "samples" / "000_ad0b7a859fe0dc26.txt"
TEXT = "景府办字〔2020〕45号\n\n关于促进热敏灸产业发展的通知\n一、指导思想\n到2023年艾草种植面积达到1000亩。\n"
TRAD = "關於促進熱敏灸產業發展的通知\n一、指導思想\n責任單位：市衛健委、市民政局。\n"


def reading(warnings: list[str]) -> list[str]:
    """The warnings of reading, without normalisation's (the sample's signature blob is removed)."""
    return [w for w in warnings if not w.startswith("cleaning removed")]


@pytest.mark.parametrize("encoding,reported,text", [
    ("utf-8", "utf-8", TEXT),
    ("utf-8-sig", "utf-8-sig", TEXT),
    ("gb18030", "gb18030", TEXT),
    ("gbk", "gb18030", TEXT),
    ("big5", "big5", TRAD),
    ("utf-16", "utf-16", TEXT),  # with BOM
    ("utf-16-le", "utf-16", TEXT),  # without BOM
    ("utf-16-be", "utf-16", TEXT),
])
def test_txt_encodings_decode_and_are_reported(tmp_path, encoding, reported, text):
    f = tmp_path / "notice.txt"
    f.write_bytes(text.encode(encoding))
    r = policyparse.parse(f)
    assert r.source.encoding == reported
    assert r.text.split("\n")[-1] == text.strip().split("\n")[-1]
    assert r.documents[0].sections[0].title in ("指导思想", "指導思想")


def test_real_sample_in_gb18030_gives_the_same_result_as_utf8(tmp_path):
    gbk = tmp_path / "sample.txt"
    gbk.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("gb18030"))
    a, b = policyparse.parse(SAMPLE), policyparse.parse(gbk)
    assert b.source.encoding == "gb18030"
    assert a.text == b.text
    assert a.documents == b.documents


def _halves(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    return "\n".join(lines[: len(lines) // 2]) + "\n", "\n".join(lines[len(lines) // 2:])


@pytest.mark.parametrize("first,second", [("utf-8", "gb18030"), ("gb18030", "utf-8")])
def test_a_file_pasted_together_from_two_encodings_reads_line_by_line(tmp_path, first, second):
    head, body = _halves(SAMPLE.read_text(encoding="utf-8"))
    f = tmp_path / "mixed.txt"
    f.write_bytes(head.encode(first) + body.encode(second))
    a, b = policyparse.parse(SAMPLE), policyparse.parse(f)
    assert b.source.encoding == "utf-8+gb18030"
    assert a.text == b.text and a.documents == b.documents
    assert len(reading(b.warnings)) == 1 and b.warnings[0].startswith("mixed encodings:")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_few_broken_bytes_are_replaced_and_reported(tmp_path, encoding):
    text = SAMPLE.read_text(encoding="utf-8")
    data = text.encode(encoding)
    cut = data.index("艾草".encode(encoding))
    f = tmp_path / "damaged.txt"
    f.write_bytes(data[:cut] + b"\xff" + data[cut + len("艾".encode(encoding)):])  # 艾 lost to a stray byte
    r = policyparse.parse(f)
    assert r.source.encoding == encoding
    assert r.text.count("\ufffd") == 1
    assert reading(r.warnings) == ["replaced 1 undecodable byte sequence with U+FFFD"]
    assert r.documents[0].metadata == policyparse.parse(SAMPLE).documents[0].metadata


def test_nul_padding_is_removed_with_a_warning(tmp_path):
    f = tmp_path / "padded.txt"
    f.write_bytes(SAMPLE.read_bytes() + b"\x00" * 64)
    r = policyparse.parse(f)
    assert r.text == policyparse.parse(SAMPLE).text
    assert reading(r.warnings) == ["removed 64 NUL bytes from the text"]


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("junk.txt", bytes(range(256)) * 20, "binary"),
    ("nul.txt", b"abc\x00\x01\x02def" * 50, "binary"),
    ("nuls.txt", "一、指导思想\n".encode("utf-8") * 20 + b"\x00" * 100, "binary"),
    ("gbk_junk.txt", "一、指导思想\n".encode("utf-8") * 3 + bytes(range(0x81, 0xff)) * 20, "decode"),
    ("bad.txt", b"\xff\xfe\xfa" * 3 + "一、指导思想".encode("utf-8") + b"\xc3\x28\x81\x81\x80\xff" * 30, "decode"),
])
def test_bad_input_gives_one_line_error_naming_the_file(tmp_path, name, data, reason):
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(InputError) as err:
        policyparse.parse(f)
    message = str(err.value)
    assert message.startswith(str(f) + ": ")
    assert reason in message
    assert "\n" not in message


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        policyparse.parse(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        policyparse.parse(tmp_path)


def test_stated_encoding_never_passes_mojibake_on():
    # GBK bytes that also decode as Big5 must come out as the GBK text.
    data = "各县（市、区）人民政府，市政府各部门：现将实施方案印发给你们，请认真贯彻执行。".encode("gbk")
    from policyparse.readers.text import decode
    text, enc, _ = decode(data, "x.txt")
    assert enc == "gb18030"
    assert text.startswith("各县（市、区）人民政府")
