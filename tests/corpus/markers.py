"""Heading lines and what they must give: (style, number, title), or None.

Each line is read alone with ``segment.read_heading_line``: these are facts
of the line grammar.  Whether a marker is a heading in its document also
depends on the numbering around it; ``test_segment.py`` covers that.
Expectations follow docs/annotation-guide.md (headings): the title runs from
after the marker to the first 。 or ； or the line end.
"""

EXAMPLES = [
    # cn_dun: Chinese numeral + 、
    ("一、指导思想", ("cn_dun", 1, "指导思想")),
    ("二、基本原则", ("cn_dun", 2, "基本原则")),
    ("十一、保障措施", ("cn_dun", 11, "保障措施")),
    ("三、重点任务\t", ("cn_dun", 3, "重点任务")),
    ("一、指导思想以习近平新时代中国特色社会主义思想为指导。坚持…", ("cn_dun", 1, "指导思想以习近平新时代中国特色社会主义思想为指导")),
    ("一. 总体要求", ("cn_dun", 1, "总体要求")),
    # paren_cn, full- and half-width brackets
    ("（一）提升艾草种植生产供应能力。", ("paren_cn", 1, "提升艾草种植生产供应能力")),
    ("(二)积极拓展热敏灸产业发展。支持发展艾草", ("paren_cn", 2, "积极拓展热敏灸产业发展")),
    ("（十一）保障热敏灸产业人才需求。", ("paren_cn", 11, "保障热敏灸产业人才需求")),
    ("（二十三）扩大开放合作", ("paren_cn", 23, "扩大开放合作")),
    ("（一）指导思想。以习近平新时代中国特色社会主义思想为指导", ("paren_cn", 1, "指导思想")),
    ("(四)宣传引导,提高热敏灸公众知晓率。强化宣传引导", ("paren_cn", 4, "宣传引导,提高热敏灸公众知晓率")),
    ("（一）加强扶持，注入动力。按照市、县（区）财政分级负责的原则", ("paren_cn", 1, "加强扶持，注入动力")),
    ("（三）市中心医院", ("paren_cn", 3, "市中心医院")),
    # arabic_dot: 1. 1、 1．
    ("1.做“实”中医药种养殖。加强道地药材种质资源", ("arabic_dot", 1, "做“实”中医药种养殖")),
    ("2、支持养老机构内设医疗机构。", ("arabic_dot", 2, "支持养老机构内设医疗机构")),
    ("3．创新中医医疗机构服务模式。转变", ("arabic_dot", 3, "创新中医医疗机构服务模式")),
    ("１．健全养老体系", ("arabic_dot", 1, "健全养老体系")),
    ("1.一谷:生命健康谷。依托长治高新区", ("arabic_dot", 1, "一谷:生命健康谷")),
    ("1. 探索医联体建设新模式", ("arabic_dot", 1, "探索医联体建设新模式")),
    ("1.年度工作目标", ("arabic_dot", 1, "年度工作目标")),
    # paren_arabic
    ("（1）对新建养老机构给予补助；", ("paren_arabic", 1, "对新建养老机构给予补助")),
    ("(2)完善服务网络", ("paren_arabic", 2, "完善服务网络")),
    ("（１）明确责任", ("paren_arabic", 1, "明确责任")),
    # one-character forms of （一） （1） 1. from Word and PDF text layers
    ("㈠政府投资的公益性建筑；", ("paren_cn", 1, "政府投资的公益性建筑")),
    ("㈩其他依法应当执行的建筑", ("paren_cn", 10, "其他依法应当执行的建筑")),
    ("⑵加强技术指导。各地要", ("paren_arabic", 2, "加强技术指导")),
    ("⒊建立健全工作机制", ("arabic_dot", 3, "建立健全工作机制")),
    # circled
    ("①推进公立医院改革；", ("circled", 1, "推进公立医院改革")),
    ("③加强人才培养", ("circled", 3, "加强人才培养")),
    # chapter / section / article
    ("第一章 总则", ("chapter", 1, "总则")),
    ("第十二章　附则", ("chapter", 12, "附则")),
    ("第二节 基本医疗卫生服务", ("section", 2, "基本医疗卫生服务")),
    ("第一条 为了规范专项资金管理，根据有关规定，制定本办法。", ("article", 1, "为了规范专项资金管理，根据有关规定，制定本办法")),
    ("第3条 本办法自发布之日起施行。", ("article", 3, "本办法自发布之日起施行")),
    # box
    ("专栏1  中医养生保健服务建设项目", ("box", 1, "中医养生保健服务建设项目")),
    ("专栏 2 中医医疗服务能力建设项目", ("box", 2, "中医医疗服务能力建设项目")),
    ("专栏三 重点工程", ("box", 3, "重点工程")),
    # a Chinese numeral marker followed by a year
    ("一、2024年国民经济和社会发展计划执行情况", ("cn_dun", 1, "2024年国民经济和社会发展计划执行情况")),
    ("（二）2025年重点工作安排", ("paren_cn", 2, "2025年重点工作安排")),
    # a full stop typed for the dot
    ("2。按照部署要求，完成年度目标任务。", ("arabic_dot", 2, "按照部署要求，完成年度目标任务")),
    # decimal section numbers: the last component is the number
    ("2.3 教育资源配置", ("arabic_dot", 3, "教育资源配置")),
    ("3.1推进数字政府建设", ("arabic_dot", 1, "推进数字政府建设")),
    # traditional script, read on the simplified shadow; marker and title as printed
    ("第三條　本辦法自發布之日起施行。", ("article", 3, "本辦法自發布之日起施行")),
    ("第二章　專項資金的設立", ("chapter", 2, "專項資金的設立")),
    ("專欄2  重點建設項目", ("box", 2, "重點建設項目")),
    # a wiki's edit link is no part of the title
    ("第二节 主要任务[编辑]", ("section", 2, "主要任务")),
    # a tab ends the title: the other column of a two-column page
    ("一、指导思想\t全面贯彻党的二十大精神", ("cn_dun", 1, "指导思想")),
]

NEGATIVES = [
    # quantities and years at line start
    "2020年，全市中药材种植面积达到100万亩。",
    "1.5万亩艾草种植基地已经建成。",
    "2022年底前完成全部任务。",
    "80%的中医馆能够提供热敏灸服务。",
    "3、5年内完成改造。",
    "100%的乡镇卫生院创建成为中医药特色基层医疗卫生机构。",
    "1.2万亩高标准农田年内建成。",
    "2.5 亿元专项资金全部拨付到位。",
    "3.5%的增速目标基本实现。",
    # lists in running text and dashes
    "一是加强组织领导，二是强化资金保障。",
    "——坚持融合互动。优化资源配置。",
    "—坚持市场导向",
    "2、-市综合应急指挥平台全面建成",
    # table rows
    "1\t市卫健委\t2022年底\t完成",
    "序号\t项目名称\t责任单位",
    "（一）老旧小区改造 |",
    "1.东园小区 | 区住建局 | 已完工",
    "2.西园小区│区住建局│已完工",
    # prose that merely contains markers
    "根据《实施意见》（一）项的要求，制定本方案。",
    "各单位要按照第一条规定执行。",
    # attachments
    "附件：1.热敏灸产业重点项目表",
    # bare markers with nothing after them
    "一、",
    "（二）",
]
