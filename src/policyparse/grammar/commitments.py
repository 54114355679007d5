"""Commitments: the one lexicon of words with which a policy document commits to something.

Deadlines and targets both ask whether a sentence commits (a bare ``2022年``
is a deadline only in a sentence that does; ``80%的中医馆…`` is a target only
in one), and targets strip the verb that leads a count from its indicator
(``培育国家级企业5家`` → ``国家级企业``).  The words were collected from the
samples' and the real excerpts' target and deadline sentences, grouped by
what they do.  This module only lists the words and builds patterns from
them; the rules that use them live in the extractors.
"""
from __future__ import annotations

import regex

HEDGES: tuple[str, ...] = ("力争", "争取", "确保", "力求", "努力")
"""Words that commit a sentence to a result (力争到2025年…)."""

MODALS: tuple[str, ...] = ("要", "将")
"""Modal verbs of an obligation (各地要…, 将建成…)."""

BUILD_VERBS: tuple[str, ...] = (
    "建成", "建设", "新建", "改建", "培育", "打造", "新增", "创建", "组建", "引进", "引育", "培养", "培训",
    "评选", "表彰", "形成", "实现", "设立", "设置", "选择", "遴选", "发展", "扶持", "重点支持", "择优支持",
    "建有", "举办", "开展", "完成", "推进", "吸引", "研发", "拥有", "配备", "配建", "指导", "认定", "改造",
    "提供", "招引", "组织", "参加", "掌握", "建立", "筛选", "评定", "命名", "争创", "创成", "累计", "实施",
    "落实", "安置", "带动", "转移", "新培育", "储备", "推出", "推广", "筹集", "服务", "制作", "编制", "出台",
    "制定", "孵化", "扶植", "投放", "铺设", "栽植", "种植", "改善", "整治", "修复", "治理", "补充", "招聘",
    "招募", "选派", "派驻", "资助", "救助", "帮扶", "新开", "开通", "开设", "上线", "启动", "达标", "创作",
    "新改建", "提质", "提档",
)
"""Verbs before a count of things to build, cultivate, train or select (建成养老中心12个)."""

LEADING_ONLY: tuple[str, ...] = (
    "培育壮大", "评选表彰表扬", "吸引或培育", "组织开展", "滚动实施", "规划建设", "改扩建", "至少",
)
"""Compounds that lead a count and are stripped from its indicator along with the verbs."""

KEPT_IN_INDICATOR: frozenset[str] = frozenset({
    "新增", "新建", "新培育", "改建", "引育", "配建", "创成", "累计", "安置", "带动", "转移", "储备", "制作",
    "编制", "出台", "制定", "孵化", "扶植", "投放", "铺设", "栽植", "种植", "改善", "整治", "修复", "治理",
    "补充", "招聘", "招募", "选派", "派驻", "资助", "救助", "帮扶", "新开", "开通", "开设", "上线", "启动",
    "达标", "创作", "提质", "提档", "重点支持", "择优支持", "建有",
})
"""Verbs that stay in the indicator (新增中医类诊所20家 counts new clinics), or that
the indicator has never been cut at."""

DUE_VERBS: tuple[str, ...] = (
    "达到", "完成", "建成", "实现", "新增", "启动", "推进", "全面", "基本", "覆盖", "培育", "打造", "提高",
    "提升", "开展", "建立", "形成", "投入", "不低于", "不少于", "超过", "达", "累计", "创建", "建设", "组建",
    "设立", "出台", "制定", "开工", "竣工", "运营", "上线", "投用", "落实", "分别", "全部", "所有", "控制",
    "稳定", "保持", "新建", "改造", "降", "减少", "压缩", "增加", "筹集",
)
"""Words after a bare year that make it a time something is due (2021年完成…, 2022年全市新增…)."""

GOAL_WORDS: tuple[str, ...] = ("目标", "使", "成为", "具备", "能够")
"""Words of a sentence that states a goal (目标是…, 使…达到)."""


def words(*groups: tuple[str, ...] | frozenset[str]) -> str:
    """An alternation of the words of ``groups``, longest first (so 培育壮大 wins over 培育).

    >>> words(("培育", "培育壮大"), ("建成",))
    '培育壮大|培育|建成'
    """
    unique = {w for group in groups for w in group}
    return "|".join(sorted(unique, key=lambda w: (-len(w), w)))


COMMITMENT = regex.compile(words(HEDGES, MODALS, DUE_VERBS))
"""A word that commits the sentence after a bare year."""

COMMIT_VERBS = regex.compile(words(BUILD_VERBS))
"""A verb of building, cultivating, training or selecting."""

LEADING_VERB = words(tuple(w for w in BUILD_VERBS if w not in KEPT_IN_INDICATOR), LEADING_ONLY)
"""The verbs stripped from the start of an indicator, as an alternation."""


ACHIEVEMENT_HEADINGS: tuple[str, ...] = (
    "工作回顾", "主要成效", "主要成绩", "工作成效", "发展成就", "取得的进展", "取得的工作进展", "取得的成效",
    "取得的成绩", "取得的成就", "取得的显著成效",
)
"""Headings of a review of the last period (a 规划's “十三五”时期取得的工作进展): the numbers
under them are results, not commitments.  From the 规划 and 报告 of the samples and real excerpts."""
REPORT_HEADINGS: tuple[str, ...] = ACHIEVEMENT_HEADINGS + (
    "执行情况", "完成情况", "进展情况", "落实情况", "工作总结",
)
"""Headings of a report on what was done; an execution report (…计划执行情况) also restates
the year's planned targets, so only its years, not its numbers, are facts of the past."""
ACHIEVEMENT_HEADING = regex.compile("|".join(sorted(ACHIEVEMENT_HEADINGS, key=len, reverse=True)))
REPORT_HEADING = regex.compile("|".join(sorted(REPORT_HEADINGS, key=len, reverse=True)))
