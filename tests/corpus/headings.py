"""Passages and the section outline they must give: (level, style, number, title).

Written in the genre of real pages (web copies whose line breaks were lost,
two-column PDF text, flattened tables, document-sharing sites, traditional
script), not copied from any evaluation set.  Each passage is parsed whole, so
these are facts about numbering in a document, where ``markers.py`` holds
facts about one line.  Expectations follow docs/annotation-guide.md (headings);
an attachment node (附件1) is listed with style ``attachment``.

``KNOWN_MISSES`` holds passages the parser still gets wrong, each with the
reason; they run as strict xfails.
"""

EXAMPLES = [
    # ------------------------------------------------------------ lost line breaks
    # a run of 一、 二、 after sentence ends and colons, a numeral followed by a year
    ("为做好今年工作，现就有关事项通知如下： 一、2025年是规划的收官之年，各地要抓紧推进。 二、各部门要加强协调配合。 三、市政府督查室负责跟踪督办。",
     [(1, "cn_dun", 1, "2025年是规划的收官之年，各地要抓紧推进"), (1, "cn_dun", 2, "各部门要加强协调配合"),
      (1, "cn_dun", 3, "市政府督查室负责跟踪督办")]),
    # an excerpt that starts at 二、 and leaves items out, every marker after a closing bracket
    ("…单个项目补助不超过200万元。（责任单位：市工信局）二、支持企业上云用数，对中小企业购买云服务给予补贴，"
     "（责任单位：市工信局、市财政局）四、加强人才引进，对引进的高层次人才给予安家补助，（责任单位：市人社局）"
     "五、强化金融支持，鼓励银行机构加大信贷投放，（责任单位：市金融局）七、优化审批服务。",
     [(1, "cn_dun", 2, "支持企业上云用数，对中小企业购买云服务给予补贴，（责任单位：市工信局、市财政局）"),
      (1, "cn_dun", 4, "加强人才引进，对引进的高层次人才给予安家补助，（责任单位：市人社局）"),
      (1, "cn_dun", 5, "强化金融支持，鼓励银行机构加大信贷投放，（责任单位：市金融局）"),
      (1, "cn_dun", 7, "优化审批服务")]),
    # （一）（二） after sentence ends in a page that is one long line
    ("关于做好春季农业生产工作的实施意见为全面推进乡村振兴，加快建设农业强县，现提出如下意见。" + "全县上下要统一思想、提高认识，把农业生产摆在突出位置。" * 8
     + "（一）稳定粮食播种面积。严格落实粮食安全责任制，确保全县粮食播种面积稳定在50万亩以上。"
     "（二）加强高标准农田建设。新建高标准农田2万亩。",
     [(1, "paren_cn", 1, "稳定粮食播种面积"), (1, "paren_cn", 2, "加强高标准农田建设")]),
    # an excerpt of a regulation that starts at its twelfth article
    ("第十二条 县级以上人民政府应当建立健全工作机制。\n第十三条 乡镇人民政府应当配合做好相关工作。\n第十四条 本条例自公布之日起施行。",
     [(1, "article", 12, "县级以上人民政府应当建立健全工作机制"), (1, "article", 13, "乡镇人民政府应当配合做好相关工作"),
      (1, "article", 14, "本条例自公布之日起施行")]),
    # …and of a plan that starts at 五、; a later jump is still no heading
    ("五、保障措施\n（一）加强组织领导。\n（二）强化资金保障。\n九、这一行不是标题",
     [(1, "cn_dun", 5, "保障措施"), (2, "paren_cn", 1, "加强组织领导"), (2, "paren_cn", 2, "强化资金保障")]),
    # an excerpt that starts inside 一、: 二、 does not nest under the （四） that comes before it
    ("（三）加强督查考核。将工作纳入年度考核。\n（四）营造良好氛围。加强宣传引导。\n二、重点任务\n（一）推进示范创建。\n（二）完善服务网络。",
     [(1, "paren_cn", 3, "加强督查考核"), (1, "paren_cn", 4, "营造良好氛围"), (1, "cn_dun", 2, "重点任务"),
      (2, "paren_cn", 1, "推进示范创建"), (2, "paren_cn", 2, "完善服务网络")]),
    # a cover notice's numbered items, then the regulation it issues
    ("现将有关事项通知如下：\n1.各地要认真组织学习。\n2.执行中的问题及时报告。\n某市养老服务条例\n第一条 为了规范养老服务，制定本条例。\n第二条 本条例适用于本市。",
     [(1, "arabic_dot", 1, "各地要认真组织学习"), (1, "arabic_dot", 2, "执行中的问题及时报告"),
      (1, "article", 1, "为了规范养老服务，制定本条例"), (1, "article", 2, "本条例适用于本市")]),
    # a chapter, its title and articles on one line, as a regulation printed without breaks
    ("某某自治州民族医药条例（草案） 第一章 总则 第一条 为了保护和发展民族医药，制定本条例。 第二条 本条例适用于自治州行政区域。 第三条 县级以上人民政府应当加强领导。",
     [(1, "chapter", 1, "总则"), (2, "article", 1, "为了保护和发展民族医药，制定本条例"),
      (2, "article", 2, "本条例适用于自治州行政区域"), (2, "article", 3, "县级以上人民政府应当加强领导")]),
    # a chapter marker alone on its line: the title is the next line, which runs on into 第五条
    ("第一章 总则\n第一条 为规范考核工作，制定本办法。\n第二条 考核坚持实绩导向。\n第二章\n考核内容 第三条 考核包括以下内容：\n（一）产业发展。推动产业振兴。\n（二）生态宜居。推动生态振兴。",
     [(1, "chapter", 1, "总则"), (2, "article", 1, "为规范考核工作，制定本办法"), (2, "article", 2, "考核坚持实绩导向"),
      (1, "chapter", 2, "考核内容"), (2, "article", 3, "考核包括以下内容"), (3, "paren_cn", 1, "产业发展"),
      (3, "paren_cn", 2, "生态宜居")]),
    # ------------------------------------------------------------ glued to the parent's short title
    ("一、加强组织领导，健全工作机制1、成立领导小组。\n由分管副县长任组长。\n2、建立联席会议制度。\n每季度召开一次。\n"
     "二、强化要素保障，落实扶持政策3、加大资金投入。\n县财政每年安排专项资金。",
     [(1, "cn_dun", 1, "加强组织领导，健全工作机制"), (2, "arabic_dot", 1, "成立领导小组"),
      (2, "arabic_dot", 2, "建立联席会议制度"), (1, "cn_dun", 2, "强化要素保障，落实扶持政策"),
      (2, "arabic_dot", 3, "加大资金投入")]),
    # ------------------------------------------------------------ columns run together
    ("为巩固治理成果，进一步提升空气\t一、指导思想\n质量，制定本计划。\t以习近平新时代中国特色社会主义思想为指导\n二、工作目标\n到2025年，细颗粒物浓度下降。",
     [(1, "cn_dun", 1, "指导思想"), (1, "cn_dun", 2, "工作目标")]),
    # ------------------------------------------------------------ marker forms
    # a full stop typed for the dot at the start of a line
    ("总体要求\n1。坚持稳中求进工作总基调，统筹发展和安全。\n2。完成年度城镇新增就业目标任务。",
     [(1, "arabic_dot", 1, "坚持稳中求进工作总基调，统筹发展和安全"), (1, "arabic_dot", 2, "完成年度城镇新增就业目标任务")]),
    # decimal section numbers, nested under the heading their first component numbers
    ("一、发展基础\n1.1 发展成效\n全市经济稳步增长。\n1.2 面临形势\n机遇与挑战并存。\n二、总体要求\n2.1 指导思想\n坚持新发展理念。\n2.2 发展目标\n到2025年，建成示范区。",
     [(1, "cn_dun", 1, "发展基础"), (2, "arabic_dot", 1, "发展成效"), (2, "arabic_dot", 2, "面临形势"),
      (1, "cn_dun", 2, "总体要求"), (2, "arabic_dot", 1, "指导思想"), (2, "arabic_dot", 2, "发展目标")]),
    # traditional script: 第一條 matched on the simplified shadow, titles as printed
    ("第一章　總則\n第一條（目的依據）為加強專項資金管理，制定本辦法。\n第二條（適用範圍）本辦法適用於市級專項資金。",
     [(1, "chapter", 1, "總則"), (2, "article", 1, "（目的依據）為加強專項資金管理，制定本辦法"),
      (2, "article", 2, "（適用範圍）本辦法適用於市級專項資金")]),
    # a wiki's edit links are not part of the titles
    ("第一章 发展环境[编辑]\n“十三五”时期成就显著。\n第一节 发展基础[编辑]\n经济实力持续增强。",
     [(1, "chapter", 1, "发展环境"), (2, "section", 1, "发展基础")]),
    # ------------------------------------------------------------ not headings
    # a table of contents without page numbers, then the body
    ("某省生态保护总体规划\n目 录\n前 言\n第一章 发展基础\n第一节 主要成就\n第二节 面临挑战\n第二章 总体要求\n第一节 指导思想\n"
     "第一章 发展基础\n第一节 主要成就\n全省生态环境质量持续改善。",
     [(1, "chapter", 1, "发展基础"), (2, "section", 1, "主要成就")]),
    # a table of contents with dot leaders and page numbers
    ("一、总体要求……………………1\n二、重点任务……………………3\n三、保障措施……………………9\n一、总体要求\n坚持稳中求进。",
     [(1, "cn_dun", 1, "总体要求")]),
    # a task table flattened into text, one cell per line with | separators
    ("一、年度民生实事项目\n序号 |\n项目名称 |\n牵头单位 |\n一 |\n（一）老旧小区改造 |\n1.东园小区 |\n区住建局 |\n2.西园小区 |\n区住建局 |\n二、工作要求\n各单位要按期完成。",
     [(1, "cn_dun", 1, "年度民生实事项目"), (1, "cn_dun", 2, "工作要求")]),
    # a document-sharing site: its page numbers land inside sentences, its notices are numbered
    ("某市应急保障体系建设行动计划.docx\n下载文档\n上传人:张**\n文档页数:12\n36.50KB\n"
     "1、某市应急保障体系建设行动计划为提升应急保障能力，制定本计划。一、总体要求到2025年，应急保障体系基本建成。"
     "2、-重大事故得到有效遏制，航空救援实现30公里3、半径全覆盖。二、重点任务（一）完善指挥体系。\n"
     "下载说明：\n1、本站所有文档均由用户上传，仅供学习参考。\n2、如有侵权请联系客服删除。",
     [(1, "cn_dun", 1, "总体要求到2025年，应急保障体系基本建成"),
      (1, "cn_dun", 2, "重点任务"), (2, "paren_cn", 1, "完善指挥体系")]),
    # a citation of an item (第二十条第（一）项) inside a heading is not a child heading
    ("一、主动公开情况\n依据第二十条第（一）项公开规章2件。\n二、依申请公开情况\n共收到申请5件。",
     [(1, "cn_dun", 1, "主动公开情况"), (1, "cn_dun", 2, "依申请公开情况")]),
    # 统一、 is a word followed by 、, not a marker glued to a title
    ("一、加强统一、规范管理\n二、强化监督检查",
     [(1, "cn_dun", 1, "加强统一、规范管理"), (1, "cn_dun", 2, "强化监督检查")]),
    # a decimal followed by a unit is a quantity
    ("一、工作目标\n1.5万亩高标准农田年内建成。\n2.3亿元专项资金全部拨付。\n二、保障措施",
     [(1, "cn_dun", 1, "工作目标"), (1, "cn_dun", 2, "保障措施")]),
    # ------------------------------------------------------------ attachments
    # after the signing date, 附件1 and its title start a part whose numbering restarts
    ("一、工作目标\n到2025年完成改造。\n二、保障措施\n加强资金保障。\n某市人民政府办公室\n2024年3月1日\n"
     "附件1\n某市老旧小区改造项目清单\n一、市区项目\n（一）东园小区\n二、县区项目\n"
     "附件2：某市老旧小区改造资金安排表\n一、市级资金\n市财政安排500万元。",
     [(1, "cn_dun", 1, "工作目标"), (1, "cn_dun", 2, "保障措施"),
      (1, "attachment", 1, "某市老旧小区改造项目清单"), (2, "cn_dun", 1, "市区项目"), (3, "paren_cn", 1, "东园小区"),
      (2, "cn_dun", 2, "县区项目"),
      (1, "attachment", 2, "某市老旧小区改造资金安排表"), (2, "cn_dun", 1, "市级资金")]),
    # a flattened table cut off mid-row: its last cell lost its | but is a cell all the same
    ("一、民生实事项目\n序号 |\n项目名称 |\n一 |\n区住建局 |\n（一）老旧小区改造提升",
     [(1, "cn_dun", 1, "民生实事项目")]),
    # …and a cell between two rows; a heading after the table's end is a heading
    ("一、民生实事项目\n序号 |\n项目名称 |\n（一）老旧小区改造提升\n区住建局 |\n二、工作要求\n各单位按期完成。",
     [(1, "cn_dun", 1, "民生实事项目"), (1, "cn_dun", 2, "工作要求")]),
    # the list of attachments before the signature starts no part
    ("一、工作目标\n到2025年完成改造。\n附件：1.项目清单\n2.资金安排表\n某市人民政府\n2024年3月1日",
     [(1, "cn_dun", 1, "工作目标")]),
]

KNOWN_MISSES: list = []
