"""Real published files that are not PDFs: what a reader of each sees.

``../shared/realfiles`` (beside the project; PROVENANCE.tsv there says where
each file comes from) holds web pages, Word files, text copies and legacy
.doc/.wps files as they were published or saved.  For each, the metadata and
the top two levels of the outline were written down by reading the file, as
the gold annotation guide says, not by running the parser.  An expectation the
parser misses today, for a reason outside reading and cleaning, is a strict
xfail that names the reason.

.doc and .wps go through LibreOffice for real (``sh scripts/install-debian-packages.sh``
installs it).
"""
from __future__ import annotations

import functools
import re
import shutil
from pathlib import Path

import pytest

import policyparse

REALFILES = Path(__file__).resolve().parents[2] / "shared" / "realfiles"
pytestmark = pytest.mark.skipif(not REALFILES.is_dir(), reason=f"{REALFILES} is not there (shared/ beside the clone)")

ARTICLES = "article"  # level-2 articles are pinned by number: their titles run on into the text


def chapters(*spec):
    """Chapters (number, title, first article, last article) with their articles numbered in order."""
    return [("chapter", n, title, [(ARTICLES, k) for k in range(a, b + 1)]) for n, (title, a, b) in enumerate(spec, 1)]


EXPECTED = {
    "txt/15_国发2021-36_十四五国家应急体系规划.txt": {
        "doc_number": "国发〔2021〕36号",
        "title": "国务院关于印发“十四五”国家应急体系规划的通知",
        "issuer": "国务院",
        "date": "2021-12-30",
        "outline": [
            ("cn_dun", 1, "规划背景", ["“十三五”时期取得的工作进展", "面临的形势"]),
            ("cn_dun", 2, "总体要求", ["指导思想", "基本原则", "主要目标"]),
            ("cn_dun", 3, "深化体制机制改革，构建优化协同高效的治理模式",
             ["健全领导指挥体制", "完善监管监察体制", "优化应急协同机制", "压实应急管理责任"]),
            ("cn_dun", 4, "夯实应急法治基础，培育良法善治的全新生态",
             ["推进完善法律法规架构", "严格安全生产执法", "推动依法行政决策", "推进应急标准建设"]),
            ("cn_dun", 5, "防范化解重大风险，织密灾害事故的防控网络",
             ["注重风险源头防范管控", "强化风险监测预警预报", "深化安全生产治本攻坚", "加强自然灾害综合治理"]),
            ("cn_dun", 6, "加强应急力量建设，提高急难险重任务的处置能力",
             ["建强应急救援主力军国家队", "提升行业救援力量专业水平", "加快建设航空应急救援力量", "引导社会应急力量有序发展"]),
            ("cn_dun", 7, "强化灾害应对准备，凝聚同舟共济的保障合力",
             ["强化应急预案准备", "强化应急物资准备", "强化紧急运输准备", "强化救助恢复准备"]),
            ("cn_dun", 8, "优化要素资源配置，增进创新驱动的发展动能",
             ["破解重大瓶颈难题", "构建人才集聚高地", "壮大安全应急产业", "强化信息支撑保障"]),
            ("cn_dun", 9, "推动共建共治共享，筑牢防灾减灾救灾的人民防线",
             ["提升基层治理能力", "加强安全文化建设", "健全社会服务体系"]),
            ("cn_dun", 10, "实施重大工程项目，夯实高质量发展的安全基础",
             ["管理创新能力提升工程", "风险防控能力提升工程", "巨灾应对能力提升工程", "综合支撑能力提升工程",
              "社会应急能力提升工程"]),
            ("cn_dun", 11, "组织实施", ["加强组织领导", "加强投入保障", "加强监督评估"]),
        ],
    },
    # A markdown copy: "# 标题", "<!-- INFO END -->", "## 第一章 总 则".
    "txt/16_广东省乡村振兴促进条例_2022.txt": {
        "doc_number": None,
        "title": "广东省乡村振兴促进条例",
        "date": "2022-06-01",  # the date of adoption printed under the title
        "outline": chapters(("总则", 1, 6), ("乡村产业发展", 7, 20), ("乡村人居环境提升", 21, 29), ("乡村治理", 30, 36),
                            ("城乡融合发展", 37, 43), ("帮扶机制", 44, 48), ("保障措施", 49, 58), ("附则", 59, 60)),
    },
    # A reposting page: its headline carries a "（转载）" mark.
    "html/08_公共租赁住房保障办法_穗府办规2024-13号.html": {
        "doc_number": "穗府办规〔2024〕13号",
        "title": "广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知",
        "issuer": "广州市人民政府办公厅",
        "date": "2024-07-26",
        "outline": chapters(("总则", 1, 6), ("规划与建设", 7, 20), ("申请与准入", 21, 25), ("住房租赁补贴与配租", 26, 33),
                            ("保障期管理、期满审查与退出", 34, 40), ("社会力量参与", 41, 45), ("监督与责任", 46, 53),
                            ("附则", 54, 54)),
    },
    "html/10_家庭医生实施方案_穗卫函2023-1930号.html": {
        "doc_number": "穗卫函〔2023〕1930号",
        "title": "广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知",
        "issuer": "广州市卫生健康委员会、广州市财政局、广州市人力资源和社会保障局、广州市医疗保障局",
        "date": "2023-10-19",
        "outline": [
            ("cn_dun", 1, "主要目标", []),
            ("cn_dun", 2, "主要任务", ["扩大签约服务供给", "拓展签约服务内涵", "优化签约服务方式", "完善服务保障机制"]),
            ("cn_dun", 3, "组织实施", ["加强组织领导", "强化监管评价", "加强宣传引导"]),
            # the two attachments after the signature are parts of their own (tables, no headings)
            ("attachment", 1, "广州市家庭医生签约服务质量监测指标体系（2023年版）", []),
            ("attachment", 2, "关于推进广州市家庭医生签约服务高质量发展工作的任务分工表", []),
        ],
    },
    "html/12_最低生活保障及相关社会救助标准通知_穗民规字2025-2号.html": {
        "doc_number": "穗民规字〔2025〕2号",
        # The issuers are printed on the line above 关于…: the title joins them without separators.
        "title": "广州市民政局广州市财政局关于印发我市2025年最低生活保障及相关社会救助标准的通知",
        "issuer": "广州市民政局、广州市财政局",  # as the signature prints them, two offices
        "date": "2025-05-30",
        "outline": [
            ("cn_dun", 1, "社会救助标准", [
                "全市城乡最低生活保障标准为每人每月1309元",
                "最低生活保障边缘家庭认定标准按最低生活保障标准的1.5倍确定，为每人每月1963.5元",
                "特困人员基本生活标准按本市最低生活保障标准的1.6倍且不低于所在区现行特困人员基本生活标准确定，其中",
                "孤儿养育标准和事实无人抚养儿童基本生活补贴标准为每人每月2976元",
                "成年流浪乞讨受助人员基本饮食标准为每人每月785.4元"]),
            ("cn_dun", 2, "标准执行时间", [
                "本通知规定的最低生活保障标准、特困人员基本生活标准、孤儿养育标准、事实无人抚养儿童基本生活补贴标准"
                "均从2025年1月1日起执行，各区对本通知印发当月在册的最低生活保障对象、特困人员，按新旧标准的差额和"
                "实际批准月份数进行补发（不含分类救济金）",
                "最低生活保障边缘家庭认定标准，最低生活保障家庭、最低生活保障边缘家庭分类救济标准，流浪乞讨受助人员"
                "基本饮食标准自2025年6月1日起按新标准计算执行",
                "最低生活保障家庭等金融资产的人均金额（市值）标准自2025年6月1日起按新标准计算执行"]),
        ],
    },
    # Saved from a web page with crawler lines on top ("**发布日期**: 2024年1月" ...) and
    # damage in the body: "（三）打造标" runs into item 4 (its title ends where 4. begins),
    # "（四）" and "（五）" lost their lines.
    "docx/05_工信部联科2024-12_未来产业创新发展实施意见.docx": {
        "doc_number": "工信部联科〔2024〕12号",
        "title": "工业和信息化部等七部门关于推动未来产业创新发展的实施意见",
        "issuer": "工业和信息化部、教育部、科学技术部、交通运输部、文化和旅游部、国务院国有资产监督管理委员会、中国科学院",
        "date": "2024-01-18",
        "outline": [
            ("cn_dun", 1, "指导思想", []),
            ("cn_dun", 2, "基本原则", []),
            ("cn_dun", 3, "发展目标", []),
            ("cn_dun", 4, "重点任务", [(1, "全面布局未来产业"), (2, "加快技术创新和产业化"), (3, "打造标"),
                                     (6, "优化产业支撑体系")]),
            ("cn_dun", 5, "保障措施", ["加强统筹协调", "加大金融支持", "强化安全治理", "深化国际合作"]),
        ],
    },
    # Crawler list lines on top ("- **文档类型**：政策类"); the plan's title is printed on two lines.
    "docx/06_上海市北斗产业高质量发展三年行动计划.docx": {
        "doc_number": None,
        "title": "上海市北斗产业高质量发展三年行动计划（2021-2023年）",
        "issuer": None,
        "date": None,
        "outline": [
            ("cn_dun", 1, "总体思路", ["指导思想", "基本原则"]),
            ("cn_dun", 2, "发展目标", []),
            ("cn_dun", 3, "主要任务", ["关键技术攻关工程", "基础能力提升工程", "融合应用创新工程", "产业集聚工程",
                                     "生态促进工程"]),
            ("cn_dun", 4, "保障措施", ["加强统筹协调", "强化资金保障", "加快人才建设"]),
        ],
    },
    # Test templates of a document checker (not real notices): a red-header layout with
    # 份号-less header, number, title, addressee, signature, date and 抄送/印发 lines.
    "doc_wps/21_TEMPLATE_govcheck_test.doc": {
        "doc_number": "国防部发〔2023〕33号",
        "title": "国防部关于教育部放假的通知",
        "issuer": "国防部",
        "date": "2012-12-12",
        "outline": [],
    },
    "doc_wps/22_TEMPLATE_govcheck_test.wps": {
        "doc_number": "国防部发〔2012〕21号",
        "title": "国防部关于放假的通知",
        "issuer": "国防部",  # the signature is a placeholder; the title names the issuer
        "date": "2012-12-12",
        "outline": [],
    },
}

KNOWN_MISSES: dict[tuple[str, str], str] = {  # (file, field): why, where the fix is not in reading or cleaning
}


def _needs_soffice(name: str) -> list:
    if name.startswith("doc_wps/") and not shutil.which("soffice"):
        return [pytest.mark.skip(reason="LibreOffice is not installed: sh scripts/install-debian-packages.sh")]
    return []


def cases(fields):
    out = []
    for name, expected in EXPECTED.items():
        for f in fields:
            if f not in expected:
                continue
            marks = _needs_soffice(name)
            if (name, f) in KNOWN_MISSES:
                marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[(name, f)]))
            out.append(pytest.param(name, f, marks=marks, id=f"{name.split('/')[1][:2]}-{f}"))
    return out


@functools.lru_cache(maxsize=None)
def parsed(name: str) -> policyparse.ParseResult:
    return policyparse.parse(REALFILES / name)


def squeeze(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", "", s)


def outline(doc) -> list:
    """The top two levels of a document's tree, in the shape of EXPECTED's outlines."""
    out = []
    for s in doc.sections:
        children = []
        for c in s.children:
            if c.style == ARTICLES:
                children.append((ARTICLES, c.number))
            else:
                children.append((c.number, squeeze(c.title)))
        out.append((s.style, s.number, squeeze(s.title), children))
    return out


def expected_outline(spec) -> list:
    out = []
    for style, number, title, children in spec:
        kids = []
        for k, child in enumerate(children, 1):
            if isinstance(child, str):
                kids.append((k, child))
            else:
                kids.append(child)
        out.append((style, number, title, kids))
    return out


@pytest.mark.parametrize("name, field", cases(("doc_number", "title", "issuer", "date")))
def test_metadata_is_what_the_file_shows(name, field):
    result = parsed(name)
    doc, = result.documents
    value = getattr(doc.metadata, field)
    assert squeeze(None if value is None else str(value)) == EXPECTED[name][field]


@pytest.mark.parametrize("name, field", cases(("outline",)))
def test_the_top_two_levels_of_the_outline_are_what_the_file_shows(name, field):
    doc, = parsed(name).documents
    assert outline(doc) == expected_outline(EXPECTED[name]["outline"])


@pytest.mark.parametrize("name", [pytest.param(n, marks=_needs_soffice(n), id=n.split("/")[1][:2]) for n in EXPECTED])
def test_reading_a_real_file_warns_only_of_what_it_removed(name):
    result = parsed(name)
    assert result.source.format == Path(name).suffix.lstrip(".")
    assert all(w.startswith("cleaning removed") for w in result.warnings), result.warnings


# ---------------------------------------------------------------- .doc / .wps through LibreOffice

LEGACY = sorted(n for n in EXPECTED if n.startswith("doc_wps/"))


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed: sh scripts/install-debian-packages.sh")
def test_legacy_files_convert_side_by_side_each_with_its_own_profile():
    from concurrent.futures import ThreadPoolExecutor

    from policyparse.readers.docx import read_legacy_word

    def read(name):
        return read_legacy_word((REALFILES / name).read_bytes(), name)

    with ThreadPoolExecutor(len(LEGACY)) as pool:
        decoded = list(pool.map(read, LEGACY))
    for name, d in zip(LEGACY, decoded):
        assert d.format == Path(name).suffix.lstrip(".")
        assert EXPECTED[name]["title"] in d.text and EXPECTED[name]["doc_number"] in d.text


def test_without_soffice_a_legacy_file_says_what_to_install(tmp_path, monkeypatch):
    from policyparse.errors import InputError
    from policyparse.readers.docx import read_legacy_word

    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH without LibreOffice
    for name in LEGACY:
        with pytest.raises(InputError) as e:
            read_legacy_word((REALFILES / name).read_bytes(), name)
        message = str(e.value)
        assert "\n" not in message and message.startswith(f"{name}: reading {Path(name).suffix} needs LibreOffice")
        assert "apt-get install libreoffice-writer" in message and "brew install --cask libreoffice" in message


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed: sh scripts/install-debian-packages.sh")
def test_a_conversion_that_takes_too_long_is_stopped_with_one_line():
    from policyparse.errors import InputError
    from policyparse.readers.docx import read_legacy_word

    name = LEGACY[0]
    with pytest.raises(InputError) as e:
        read_legacy_word((REALFILES / name).read_bytes(), name, timeout=0.05)
    assert str(e.value) == f"{name}: LibreOffice took more than 0.05 s to convert the .doc file"
