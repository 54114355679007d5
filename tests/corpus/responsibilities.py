"""Test corpus for responsibility (责任分工) extraction.

Short, real-style passages from Chinese government policy documents (公文),
each paired with the responsibility records a correct parser must return for
it, in document order.  The expectations follow the annotation guide
the annotation guide (docs/annotation-guide.md) (section "responsibilities"); where the guide
leaves a case open, the choice is marked with a ``# judgement:`` comment.

Record shape::

    {"raw": <the whole bracketed text, brackets included, as printed; for an
             unbracketed labelled clause, from the label to the end of the list>,
     "units": <every unit named, in order, lead units included>,
     "lead": <units marked as leading; [] when nothing marks a lead>}

Every ``raw`` is an exact substring of its passage.  ``NEGATIVES`` holds
passages that must yield no responsibility record at all.
"""

EXAMPLES = [
    # units_normalized: short agency names mapped to full ones; a name after others that
    # share their prefix inherits it; an unknown name passes through
    ("加快推进全民健身设施建设。（责任单位：市卫健委、财政局、市体育中心）",
     [{"raw": "（责任单位：市卫健委、财政局、市体育中心）",
       "units": ["市卫健委", "财政局", "市体育中心"],
       "units_normalized": ["市卫生健康委员会", "市财政局", "市体育中心"]}]),
    ("完善农村寄递物流体系。（牵头单位：县发改委；责任单位：县商务局、县邮政管理局）",
     [{"raw": "（牵头单位：县发改委；责任单位：县商务局、县邮政管理局）",
       "lead": ["县发改委"],
       "units_normalized": ["县发展和改革委员会", "县商务局", "县邮政管理局"]}]),

    # --- labels, brackets and separators -------------------------------------------

    # labelled 责任单位, full-width brackets, 、 separator, no lead marked
    ("加快推进县域医共体建设，实现县域内检查检验结果互认。（责任单位：县卫健局、县医保局）",
     [{"raw": "（责任单位：县卫健局、县医保局）",
       "units": ["县卫健局", "县医保局"],
       "lead": []}]),

    # 牵头单位 + 配合单位 separated by ；, nested （市、区） kept inside a unit
    ("推动中药材规范化种植基地建设，打造一批道地药材品牌。（牵头单位：市农业农村局；配合单位：市林业局、市市场监管局、各县（市、区）人民政府）",
     [{"raw": "（牵头单位：市农业农村局；配合单位：市林业局、市市场监管局、各县（市、区）人民政府）",
       "units": ["市农业农村局", "市林业局", "市市场监管局", "各县（市、区）人民政府"],
       "lead": ["市农业农村局"]}]),

    # square brackets, half-width colon and comma between role labels
    ("建立健全医养结合服务质量评价体系[牵头单位:省卫生健康委,配合单位:省民政厅、省医保局]。",
     [{"raw": "[牵头单位:省卫生健康委,配合单位:省民政厅、省医保局]",
       "units": ["省卫生健康委", "省民政厅", "省医保局"],
       "lead": ["省卫生健康委"]}]),

    # 〔〕 outer brackets, nested （）, ， before the county governments
    ("支持社会力量举办康复医院、护理院等接续性医疗机构。〔责任单位：市卫生健康委、市发展改革委，各县（市、区）人民政府〕",
     [{"raw": "〔责任单位：市卫生健康委、市发展改革委，各县（市、区）人民政府〕",
       "units": ["市卫生健康委", "市发展改革委", "各县（市、区）人民政府"],
       "lead": []}]),

    # 【】 brackets, 牵头单位 + 参与单位, 州-level units
    ("开展农村人居环境整治提升五年行动，统筹推进农村厕所革命和生活污水治理。【牵头单位：州农业农村局；参与单位：州生态环境局、州住房城乡建设局、各县市人民政府】",
     [{"raw": "【牵头单位：州农业农村局；参与单位：州生态环境局、州住房城乡建设局、各县市人民政府】",
       "units": ["州农业农村局", "州生态环境局", "州住房城乡建设局", "各县市人民政府"],
       "lead": ["州农业农村局"]}]),

    # half-width parentheses with a half-width nested bracket
    ("完善基层公共文化服务网络,推动图书馆、文化馆总分馆制建设。(责任单位:市文化广电旅游局、市财政局、各县(市、区)人民政府)",
     [{"raw": "(责任单位:市文化广电旅游局、市财政局、各县(市、区)人民政府)",
       "units": ["市文化广电旅游局", "市财政局", "各县(市、区)人民政府"],
       "lead": []}]),

    # half-width outer brackets, full-width nested brackets
    ("统筹做好国土空间规划中养老服务设施用地保障(责任单位:市自然资源局、各县（市、区）人民政府)。",
     [{"raw": "(责任单位:市自然资源局、各县（市、区）人民政府)",
       "units": ["市自然资源局", "各县（市、区）人民政府"],
       "lead": []}]),

    # 主责单位 marks the lead; 协办单位 does not
    ("严厉打击制售假冒伪劣药品行为，规范药品零售市场秩序（主责单位：区市场监管局；协办单位：区商务局、区公安分局）。",
     [{"raw": "（主责单位：区市场监管局；协办单位：区商务局、区公安分局）",
       "units": ["区市场监管局", "区商务局", "区公安分局"],
       "lead": ["区市场监管局"]}]),

    # 主责单位 + 协办单位, 市委网信办 and a non-bureau office
    ("健全网络舆情监测预警和应急处置机制。（主责单位：市委网信办；协办单位：市公安局、市通信发展管理办公室）",
     [{"raw": "（主责单位：市委网信办；协办单位：市公安局、市通信发展管理办公室）",
       "units": ["市委网信办", "市公安局", "市通信发展管理办公室"],
       "lead": ["市委网信办"]}]),

    # 责任部门: no lead
    ("落实困难群众基本生活保障政策，做到应保尽保、应救尽救。（责任部门：县民政局、县财政局、各乡镇人民政府）",
     [{"raw": "（责任部门：县民政局、县财政局、各乡镇人民政府）",
       "units": ["县民政局", "县财政局", "各乡镇人民政府"],
       "lead": []}]),

    # 牵头部门 + 配合部门; 和 inside a name is never split
    ("大力实施职业技能提升行动，全年开展补贴性职业技能培训2万人次（牵头部门：市人力资源和社会保障局；配合部门：市教育局、市总工会、团市委）。",
     [{"raw": "（牵头部门：市人力资源和社会保障局；配合部门：市教育局、市总工会、团市委）",
       "units": ["市人力资源和社会保障局", "市教育局", "市总工会", "团市委"],
       "lead": ["市人力资源和社会保障局"]}]),

    # 实施主体 label: units, no lead
    # judgement: 实施主体 names who carries the task out, not who leads it; docs/annotation-guide.md lists
    # only 牵头单位/牵头部门/主责单位/…牵头 as lead markers, so lead stays empty.
    ("实施城镇老旧小区改造工程，同步完善养老托育等社区配套设施。（实施主体：各区人民政府、市住房城乡建设局）",
     [{"raw": "（实施主体：各区人民政府、市住房城乡建设局）",
       "units": ["各区人民政府", "市住房城乡建设局"],
       "lead": []}]),

    # 责任主体 label (variant of 实施主体)
    # judgement: like 实施主体, 责任主体 is a role label without lead meaning.
    ("全面落实耕地保护党政同责，严格耕地用途管制。（责任主体：各乡镇人民政府、县自然资源局）",
     [{"raw": "（责任主体：各乡镇人民政府、县自然资源局）",
       "units": ["各乡镇人民政府", "县自然资源局"],
       "lead": []}]),

    # traditional characters: 責任單位
    ("加強基層醫療衛生服務能力建設，推進家庭醫生簽約服務。（責任單位：市衛生健康局、市醫保局、各區人民政府）",
     [{"raw": "（責任單位：市衛生健康局、市醫保局、各區人民政府）",
       "units": ["市衛生健康局", "市醫保局", "各區人民政府"],
       "lead": []}]),

    # traditional characters: 牽頭單位 marks the lead, 配合單位 does not
    ("落實中小企業稅費減免政策，降低企業融資成本（牽頭單位：市經濟發展局；配合單位：市財政局、市稅務局）。",
     [{"raw": "（牽頭單位：市經濟發展局；配合單位：市財政局、市稅務局）",
       "units": ["市經濟發展局", "市財政局", "市稅務局"],
       "lead": ["市經濟發展局"]}]),

    # 参与单位 only, generic unit names kept as printed
    ("建设一批哲学社会科学重点研究基地和新型智库。（参与单位：市科协、市社科联、驻市高校）",
     [{"raw": "（参与单位：市科协、市社科联、驻市高校）",
       "units": ["市科协", "市社科联", "驻市高校"],
       "lead": []}]),

    # half-width semicolon between labels
    ("实施科技型中小企业梯次培育计划(牵头单位:市科技局;配合单位:市财政局、国家税务总局绵阳市税务局)。",
     [{"raw": "(牵头单位:市科技局;配合单位:市财政局、国家税务总局绵阳市税务局)",
       "units": ["市科技局", "市财政局", "国家税务总局绵阳市税务局"],
       "lead": ["市科技局"]}]),

    # ， as the only separator between units
    ("开展城市道路交通秩序综合整治，规范占道停车行为（责任单位：市公安局，市交通运输局，市城管局）。",
     [{"raw": "（责任单位：市公安局，市交通运输局，市城管局）",
       "units": ["市公安局", "市交通运输局", "市城管局"],
       "lead": []}]),

    # half-width comma as the only separator
    ("推进农村客货邮融合发展(责任单位:县交通运输局,县邮政分公司,县商务局)。",
     [{"raw": "(责任单位:县交通运输局,县邮政分公司,县商务局)",
       "units": ["县交通运输局", "县邮政分公司", "县商务局"],
       "lead": []}]),

    # 牵头单位 + 责任单位 (both labels), 等相关部门 dropped, county governments after ，
    ("推进中医药健康旅游示范基地建设，打造康养旅游精品线路。（牵头单位：市文化广电旅游局；责任单位：市发展改革委、市林业局、市体育局等相关部门，各县（区）人民政府）",
     [{"raw": "（牵头单位：市文化广电旅游局；责任单位：市发展改革委、市林业局、市体育局等相关部门，各县（区）人民政府）",
       "units": ["市文化广电旅游局", "市发展改革委", "市林业局", "市体育局", "各县（区）人民政府"],
       "lead": ["市文化广电旅游局"]}]),

    # two lead units after 牵头单位
    ("建设区域性中医诊疗中心，提升中医药服务能力。（牵头单位：市卫生健康委、市中医药管理局；配合单位：市发展改革委、市财政局）",
     [{"raw": "（牵头单位：市卫生健康委、市中医药管理局；配合单位：市发展改革委、市财政局）",
       "units": ["市卫生健康委", "市中医药管理局", "市发展改革委", "市财政局"],
       "lead": ["市卫生健康委", "市中医药管理局"]}]),

    # 牵头单位 only
    ("完善药品不良反应监测网络（牵头单位：市市场监管局）。",
     [{"raw": "（牵头单位：市市场监管局）",
       "units": ["市市场监管局"],
       "lead": ["市市场监管局"]}]),

    # 自治区-level units
    ("推动民族医药传承创新，加强蒙医药、藏医药人才培养。（责任单位：自治区卫生健康委、自治区民委、自治区中医药管理局）",
     [{"raw": "（责任单位：自治区卫生健康委、自治区民委、自治区中医药管理局）",
       "units": ["自治区卫生健康委", "自治区民委", "自治区中医药管理局"],
       "lead": []}]),

    # financial regulators and banks as units
    ("加大普惠小微企业贷款投放，推广“银税互动”产品。（责任单位：人民银行南充市中心支行、南充银保监分局、市金融工作局）",
     [{"raw": "（责任单位：人民银行南充市中心支行、南充银保监分局、市金融工作局）",
       "units": ["人民银行南充市中心支行", "南充银保监分局", "市金融工作局"],
       "lead": []}]),

    # 旗-level units (Inner Mongolia) and a company as a unit
    ("加快农村电网巩固提升工程建设（旗发改委、国网鄂托克旗供电公司）。",
     [{"raw": "（旗发改委、国网鄂托克旗供电公司）",
       "units": ["旗发改委", "国网鄂托克旗供电公司"],
       "lead": []}]),

    # generic 市直各相关部门 is a unit (no 等 before it, nothing dropped)
    ("严格落实安全生产“党政同责、一岗双责”。（责任单位：各县区人民政府、市直各相关部门）",
     [{"raw": "（责任单位：各县区人民政府、市直各相关部门）",
       "units": ["各县区人民政府", "市直各相关部门"],
       "lead": []}]),

    # --- unlabeled lists --------------------------------------------------------------

    # unlabeled, one unit
    ("建立健全药品集中带量采购常态化机制。（市医保局）",
     [{"raw": "（市医保局）",
       "units": ["市医保局"],
       "lead": []}]),

    # unlabeled, two units
    ("鼓励二级以上医院与养老机构开展签约合作（市卫健委、市民政局）。",
     [{"raw": "（市卫健委、市民政局）",
       "units": ["市卫健委", "市民政局"],
       "lead": []}]),

    # unlabeled, nested 〔〕 inside a unit
    ("扶持建设一批艾草初加工和精深加工项目（市工信局、相关县〔市、区〕政府）；",
     [{"raw": "（市工信局、相关县〔市、区〕政府）",
       "units": ["市工信局", "相关县〔市、区〕政府"],
       "lead": []}]),

    # unlabeled, 等部门 dropped from the last unit
    ("加强校园周边道路交通安全管理（市公安局、市交通运输局等部门）。",
     [{"raw": "（市公安局、市交通运输局等部门）",
       "units": ["市公安局", "市交通运输局"],
       "lead": []}]),

    # unlabeled, shared-prefix list kept as printed
    ("将符合条件的医养结合机构纳入医保定点范围（市医疗保障局、卫生健康委、民政局）。",
     [{"raw": "（市医疗保障局、卫生健康委、民政局）",
       "units": ["市医疗保障局", "卫生健康委", "民政局"],
       "lead": []}]),

    # unlabeled, several units incl. a university and a hospital
    ("组建中医药产学研创新联盟，开展道地药材有效成分研究（市科技局、赣南医学院、市中医院）。",
     [{"raw": "（市科技局、赣南医学院、市中医院）",
       "units": ["市科技局", "赣南医学院", "市中医院"],
       "lead": []}]),

    # unlabeled, square brackets
    ("推进“放管服”改革向纵深发展，压减涉企审批事项[市政务服务管理局、市司法局]。",
     [{"raw": "[市政务服务管理局、市司法局]",
       "units": ["市政务服务管理局", "市司法局"],
       "lead": []}]),

    # --- X牵头 / X负责 tails ----------------------------------------------------------

    # X牵头 tail, one unit
    ("探索建立长期护理保险制度，减轻失能老年人家庭负担（市医保局牵头）。",
     [{"raw": "（市医保局牵头）",
       "units": ["市医保局"],
       "lead": ["市医保局"]}]),

    # X牵头，Y、Z配合
    ("编制全县能源发展“十四五”规划，优化能源结构（县发改局牵头，县财政局、县自然资源局配合）。",
     [{"raw": "（县发改局牵头，县财政局、县自然资源局配合）",
       "units": ["县发改局", "县财政局", "县自然资源局"],
       "lead": ["县发改局"]}]),

    # A、B牵头，各有关部门按职责分工负责
    # judgement: 按职责分工负责 is the task verb, not part of the name; the unit is
    # 市级各有关部门 (a generic unit, like 各责任单位 in the samples' gold).  It does not
    # end in 等有关部门, so nothing else is dropped.
    ("全面推行证明事项告知承诺制，清理规范各类证明材料（市政府办公室、市审改办牵头，市级各有关部门按职责分工负责）。",
     [{"raw": "（市政府办公室、市审改办牵头，市级各有关部门按职责分工负责）",
       "units": ["市政府办公室", "市审改办", "市级各有关部门"],
       "lead": ["市政府办公室", "市审改办"]}]),

    # X牵头, several named units 按职责分工负责
    # judgement: as above, 按职责分工负责 is dropped from the last unit.
    ("深入打好蓝天碧水净土保卫战（市生态环境局牵头，市发展改革委、市自然资源局、市住房城乡建设局按职责分工负责）。",
     [{"raw": "（市生态环境局牵头，市发展改革委、市自然资源局、市住房城乡建设局按职责分工负责）",
       "units": ["市生态环境局", "市发展改革委", "市自然资源局", "市住房城乡建设局"],
       "lead": ["市生态环境局"]}]),

    # two units before 牵头, generic 各县区 配合
    ("举办全民健身运动会和群众性体育赛事活动（市文旅局、市体育局牵头，各县区配合）。",
     [{"raw": "（市文旅局、市体育局牵头，各县区配合）",
       "units": ["市文旅局", "市体育局", "各县区"],
       "lead": ["市文旅局", "市体育局"]}]),

    # 和 is never split, even when it joins two units
    # judgement: docs/annotation-guide.md says never split on 和; 市直有关部门和各县区 stays one unit
    # although an analyst might see two.  The rule is followed literally.
    ("培育壮大跨境电商市场主体（市商务局牵头，市直有关部门和各县区配合）。",
     [{"raw": "（市商务局牵头，市直有关部门和各县区配合）",
       "units": ["市商务局", "市直有关部门和各县区"],
       "lead": ["市商务局"]}]),

    # A、B分别牵头: every unit before 分别牵头 leads
    ("做好高校毕业生和职业院校毕业生就业创业工作（市教育局、市人社局分别牵头）。",
     [{"raw": "（市教育局、市人社局分别牵头）",
       "units": ["市教育局", "市人社局"],
       "lead": ["市教育局", "市人社局"]}]),

    # A、B分别牵头，C、D配合
    ("实施制造业数字化转型和科技成果转化双提升行动（省科技厅、省工业和信息化厅分别牵头，省财政厅、省税务局配合）。",
     [{"raw": "（省科技厅、省工业和信息化厅分别牵头，省财政厅、省税务局配合）",
       "units": ["省科技厅", "省工业和信息化厅", "省财政厅", "省税务局"],
       "lead": ["省科技厅", "省工业和信息化厅"]}]),

    # X负责 tail in brackets: an assignment, but 负责 is not a lead marker
    # judgement: docs/annotation-guide.md counts `X负责` tails as assignments but lists only 牵头 forms
    # as lead markers, so lead is empty.
    ("规范政府性基金预算管理，严禁违规举债融资（市财政局负责）。",
     [{"raw": "（市财政局负责）",
       "units": ["市财政局"],
       "lead": []}]),

    # X负责 with a nested bracket in the unit
    # judgement: as above, 负责 gives no lead.
    ("落实义务教育“双减”政策，规范校外培训机构管理（各县（市、区）人民政府负责）。",
     [{"raw": "（各县（市、区）人民政府负责）",
       "units": ["各县（市、区）人民政府"],
       "lead": []}]),

    # X牵头 with a half-width bracket
    ("建立健全重大行政决策合法性审查机制(市司法局牵头)。",
     [{"raw": "(市司法局牵头)",
       "units": ["市司法局"],
       "lead": ["市司法局"]}]),

    # --- 和 / 与 / 及 / 以及 ----------------------------------------------------------

    # 和 inside names never split
    ("推动建筑业转型升级，大力发展装配式建筑（责任单位：市工业和信息化局、市住房和城乡建设局）。",
     [{"raw": "（责任单位：市工业和信息化局、市住房和城乡建设局）",
       "units": ["市工业和信息化局", "市住房和城乡建设局"],
       "lead": []}]),

    # 与 inside names never split
    ("严格城市建设用地规划管控，整治违法违规建设行为（牵头单位：市规划与自然资源局；配合单位：市城市管理与综合执法局）。",
     [{"raw": "（牵头单位：市规划与自然资源局；配合单位：市城市管理与综合执法局）",
       "units": ["市规划与自然资源局", "市城市管理与综合执法局"],
       "lead": ["市规划与自然资源局"]}]),

    # 和 inside several names, shared prefix kept
    ("（三）推动文旅融合发展。创建全域旅游示范区（牵头单位：市文化和旅游局，配合单位：市自然资源和规划局、生态环境局、农业农村局）。",
     [{"raw": "（牵头单位：市文化和旅游局，配合单位：市自然资源和规划局、生态环境局、农业农村局）",
       "units": ["市文化和旅游局", "市自然资源和规划局", "生态环境局", "农业农村局"],
       "lead": ["市文化和旅游局"]}]),

    # 及 splits two units
    ("做好农村低保与特困人员救助供养资金保障（责任单位：县财政局及各乡镇人民政府）。",
     [{"raw": "（责任单位：县财政局及各乡镇人民政府）",
       "units": ["县财政局", "各乡镇人民政府"],
       "lead": []}]),

    # 以及 splits; both are leads after 牵头单位
    ("加快国省干线公路改造提升（牵头单位：市交通运输局以及沿线各区县政府）。",
     [{"raw": "（牵头单位：市交通运输局以及沿线各区县政府）",
       "units": ["市交通运输局", "沿线各区县政府"],
       "lead": ["市交通运输局", "沿线各区县政府"]}]),

    # 及 after a list, nested bracket in the last unit, all leads
    ("建设县域医疗次中心（牵头单位：市卫健委、市发改委及各县（市、区）人民政府）。",
     [{"raw": "（牵头单位：市卫健委、市发改委及各县（市、区）人民政府）",
       "units": ["市卫健委", "市发改委", "各县（市、区）人民政府"],
       "lead": ["市卫健委", "市发改委", "各县（市、区）人民政府"]}]),

    # 及 in the 配合单位 list only
    ("（牵头单位：区应急管理局；配合单位：区消防救援大队及各街道办事处）",
     [{"raw": "（牵头单位：区应急管理局；配合单位：区消防救援大队及各街道办事处）",
       "units": ["区应急管理局", "区消防救援大队", "各街道办事处"],
       "lead": ["区应急管理局"]}]),

    # --- trailing 等…部门 ------------------------------------------------------------

    # 等相关部门 dropped from the last unit
    ("培育发展夜间经济，打造特色步行街区（责任单位：市商务局、市市场监管局等相关部门）。",
     [{"raw": "（责任单位：市商务局、市市场监管局等相关部门）",
       "units": ["市商务局", "市市场监管局"],
       "lead": []}]),

    # 等有关部门 dropped, in the 配合单位 list
    ("完善统计监测和考核评价体系（牵头单位：区发改局；配合单位：区财政局、区统计局等有关部门）。",
     [{"raw": "（牵头单位：区发改局；配合单位：区财政局、区统计局等有关部门）",
       "units": ["区发改局", "区财政局", "区统计局"],
       "lead": ["区发改局"]}]),

    # 等相关部门 in the middle of the bracket, before the county governments
    ("保护利用古树名木和森林康养资源（责任单位：市林业局、市文旅局等相关部门，各县（区）人民政府）。",
     [{"raw": "（责任单位：市林业局、市文旅局等相关部门，各县（区）人民政府）",
       "units": ["市林业局", "市文旅局", "各县（区）人民政府"],
       "lead": []}]),

    # 等单位 at the end
    # judgement: docs/annotation-guide.md names 等相关部门/等有关部门/等部门; 等单位 is the same
    # closing phrase and an analyst would drop it too.
    ("繁荣发展地方特色文艺创作（牵头单位：市委宣传部；配合单位：市文联、市作协等单位）。",
     [{"raw": "（牵头单位：市委宣传部；配合单位：市文联、市作协等单位）",
       "units": ["市委宣传部", "市文联", "市作协"],
       "lead": ["市委宣传部"]}]),

    # --- shared prefixes -------------------------------------------------------------

    # shared prefix 省 kept as printed
    ("统筹推进重大基础设施项目前期工作（牵头单位：省发展改革委，配合单位：财政厅、自然资源厅、生态环境厅）。",
     [{"raw": "（牵头单位：省发展改革委，配合单位：财政厅、自然资源厅、生态环境厅）",
       "units": ["省发展改革委", "财政厅", "自然资源厅", "生态环境厅"],
       "lead": ["省发展改革委"]}]),

    # shared prefix in both lead and partner lists
    ("[牵头单位:市卫生健康委、民政局,配合单位:市医疗保障局、市场监管局]",
     [{"raw": "[牵头单位:市卫生健康委、民政局,配合单位:市医疗保障局、市场监管局]",
       "units": ["市卫生健康委", "民政局", "市医疗保障局", "市场监管局"],
       "lead": ["市卫生健康委", "民政局"]}]),

    # --- notes and deadlines inside the bracket ---------------------------------------

    # deadline inside the bracket is not a unit; （敬老院） is a note, not an assignment
    ("完成全市特困供养服务设施（敬老院）改造提升（责任单位：市民政局；完成时限：2022年底）。",
     [{"raw": "（责任单位：市民政局；完成时限：2022年底）",
       "units": ["市民政局"],
       "lead": []}]),

    # 完成时间 after a comma
    ("实施中小河流治理和山洪灾害防治项目（牵头单位：市水利局，配合单位：市财政局、市农业农村局，完成时间：2023年6月底前）。",
     [{"raw": "（牵头单位：市水利局，配合单位：市财政局、市农业农村局，完成时间：2023年6月底前）",
       "units": ["市水利局", "市财政局", "市农业农村局"],
       "lead": ["市水利局"]}]),

    # unlabelled deadline inside the bracket
    # judgement: 2024年底前完成 is a deadline, not a unit, even without a 完成时限 label.
    ("推进城市生命线安全工程建设（责任单位：区住建局、区城管局；2024年底前完成）。",
     [{"raw": "（责任单位：区住建局、区城管局；2024年底前完成）",
       "units": ["区住建局", "区城管局"],
       "lead": []}]),

    # non-date note (长期坚持) after a 完成时限 label
    ("健全事业单位人员编制动态调整机制（责任单位：市委编办、市人社局、市财政局；完成时限：长期坚持）。",
     [{"raw": "（责任单位：市委编办、市人社局、市财政局；完成时限：长期坚持）",
       "units": ["市委编办", "市人社局", "市财政局"],
       "lead": []}]),

    # 其中…为建设主体 note after the list is not a unit
    ("加快推进普通国省道和农村公路提质改造（牵头单位：市交通运输局；配合单位：市财政局、沿线各县（区）人民政府，其中沿线各县（区）人民政府为建设主体）。",
     [{"raw": "（牵头单位：市交通运输局；配合单位：市财政局、沿线各县（区）人民政府，其中沿线各县（区）人民政府为建设主体）",
       "units": ["市交通运输局", "市财政局", "沿线各县（区）人民政府"],
       "lead": ["市交通运输局"]}]),

    # bracket alias inside a unit is kept as printed, never split
    ("支持中医医院牵头组建中医专科联盟（责任单位：市卫健委〔市中医药管理局〕、市医保局）。",
     [{"raw": "（责任单位：市卫健委〔市中医药管理局〕、市医保局）",
       "units": ["市卫健委〔市中医药管理局〕", "市医保局"],
       "lead": []}]),

    # --- nested brackets of many kinds --------------------------------------------------

    # 【】 outer, （街道） nested
    ("深入开展文明村镇、文明家庭创建活动。【责任单位：县文明办、各乡镇（街道）】",
     [{"raw": "【责任单位：县文明办、各乡镇（街道）】",
       "units": ["县文明办", "各乡镇（街道）"],
       "lead": []}]),

    # [] outer, （）nested, 州 and 县（市）
    ("推进紧密型县域医疗卫生共同体建设[责任单位：州卫生健康委、各县（市）人民政府]。",
     [{"raw": "[责任单位：州卫生健康委、各县（市）人民政府]",
       "units": ["州卫生健康委", "各县（市）人民政府"],
       "lead": []}]),

    # split on 、 right after a nested bracket: 各县（市、区）、开发区管委会
    ("加快5G基站和千兆光网建设（责任单位：市通信发展办、各县（市、区）、开发区管委会）。",
     [{"raw": "（责任单位：市通信发展办、各县（市、区）、开发区管委会）",
       "units": ["市通信发展办", "各县（市、区）", "开发区管委会"],
       "lead": []}]),

    # 特区 inside the nested bracket (Guizhou)
    ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接（牵头单位：市乡村振兴局；配合单位：各县（市、区、特区）人民政府）。",
     [{"raw": "（牵头单位：市乡村振兴局；配合单位：各县（市、区、特区）人民政府）",
       "units": ["市乡村振兴局", "各县（市、区、特区）人民政府"],
       "lead": ["市乡村振兴局"]}]),

    # 旗（县、市、区） nested (Inner Mongolia)
    ("全面推行林长制，加强森林草原资源保护。〔责任单位：盟林草局、各旗（县、市、区）人民政府〕",
     [{"raw": "〔责任单位：盟林草局、各旗（县、市、区）人民政府〕",
       "units": ["盟林草局", "各旗（县、市、区）人民政府"],
       "lead": []}]),

    # 〔〕 outer, half-width comma and nested half-width brackets
    ("打造热敏灸特色小镇〔责任单位:市卫健委,各县(市、区)人民政府、明月山管委会〕。",
     [{"raw": "〔责任单位:市卫健委,各县(市、区)人民政府、明月山管委会〕",
       "units": ["市卫健委", "各县(市、区)人民政府", "明月山管委会"],
       "lead": []}]),

    # --- several assignments in one passage ----------------------------------------------

    # two unlabeled brackets in one sentence
    ("推进“互联网+医疗健康”示范市建设（市卫健委、市大数据局）；建设全民健康信息平台（市卫健委、市政务服务中心）。",
     [{"raw": "（市卫健委、市大数据局）",
       "units": ["市卫健委", "市大数据局"],
       "lead": []},
      {"raw": "（市卫健委、市政务服务中心）",
       "units": ["市卫健委", "市政务服务中心"],
       "lead": []}]),

    # labelled and X牵头 assignments mixed in one paragraph
    ("建设县级物流配送中心（牵头单位：县商务局）；完善村级寄递物流综合服务站（县邮政管理局牵头，县供销社配合）。",
     [{"raw": "（牵头单位：县商务局）",
       "units": ["县商务局"],
       "lead": ["县商务局"]},
      {"raw": "（县邮政管理局牵头，县供销社配合）",
       "units": ["县邮政管理局", "县供销社"],
       "lead": ["县邮政管理局"]}]),

    # three assignments across three sentences, different bracket kinds
    ("开展老年人防诈骗宣传（市公安局）。推进适老化改造〔责任单位：市住建局、市民政局〕。加强老年教育[牵头单位：市教育局]。",
     [{"raw": "（市公安局）",
       "units": ["市公安局"],
       "lead": []},
      {"raw": "〔责任单位：市住建局、市民政局〕",
       "units": ["市住建局", "市民政局"],
       "lead": []},
      {"raw": "[牵头单位：市教育局]",
       "units": ["市教育局"],
       "lead": ["市教育局"]}]),

    # a quantity bracket followed by the assignment bracket: only the second counts
    ("新改建农村公路300公里（其中县道50公里）（责任单位：县交通运输局、各乡镇人民政府）。",
     [{"raw": "（责任单位：县交通运输局、各乡镇人民政府）",
       "units": ["县交通运输局", "各乡镇人民政府"],
       "lead": []}]),

    # （含） and a labelled assignment in the same sentence
    ("对年满80周岁（含）以上老年人发放高龄津贴（责任单位：县民政局、县财政局）。",
     [{"raw": "（责任单位：县民政局、县财政局）",
       "units": ["县民政局", "县财政局"],
       "lead": []}]),

    # 《…（试行）》 title and an assignment
    ("贯彻落实《湖南省养老机构等级评定管理办法（试行）》，开展养老机构等级评定（责任单位：市民政局）。",
     [{"raw": "（责任单位：市民政局）",
       "units": ["市民政局"],
       "lead": []}]),

    # （以下简称…） and an assignment
    ("组建县域医疗卫生共同体（以下简称“医共体”），推动优质资源下沉（牵头单位：县卫健局；配合单位：县医保局、县人社局）。",
     [{"raw": "（牵头单位：县卫健局；配合单位：县医保局、县人社局）",
       "units": ["县卫健局", "县医保局", "县人社局"],
       "lead": ["县卫健局"]}]),

    # --- unclosed brackets ----------------------------------------------------------------

    # unclosed bracket at paragraph end, more text below
    # judgement: raw runs from the opening bracket to the end of the list, as for an
    # unbracketed labelled clause; nothing follows the list on its line.  (A bracket left
    # open where the text itself ends is a cut-off excerpt: see NEGATIVES.)
    ("强化安全生产监管，开展危险化学品专项整治行动（责任单位：县应急管理局、县公安局、县消防救援大队\n加强应急物资储备。",
     [{"raw": "（责任单位：县应急管理局、县公安局、县消防救援大队",
       "units": ["县应急管理局", "县公安局", "县消防救援大队"],
       "lead": []}]),

    # unclosed bracket, the next line starts a new heading
    # judgement: the list ends at the line break; （三） on the next line is a heading.
    ("完善城市绿道网络，串联主要公园和滨水空间（牵头单位：市城管局；配合单位：市自然资源局\n（三）提升城市精细化管理水平。",
     [{"raw": "（牵头单位：市城管局；配合单位：市自然资源局",
       "units": ["市城管局", "市自然资源局"],
       "lead": ["市城管局"]}]),

    # a bracket wrapped by a line break inside its list (after 、) goes on to its close
    ("实施老旧小区改造提升行动。（牵头单位：区住建局；责任单位：区财政局、\n区城管局、各街道办事处）\n二、保障措施",
     [{"raw": "（牵头单位：区住建局；责任单位：区财政局、\n区城管局、各街道办事处）",
       "units": ["区住建局", "区财政局", "区城管局", "各街道办事处"],
       "lead": ["区住建局"]}]),

    # --- unbracketed labelled clauses (分工 lists, tables) ------------------------------------

    # 责任单位： clause ending at 。
    ("1.推进企业上云用数赋智。责任单位：市经信局、市大数据局。",
     [{"raw": "责任单位：市经信局、市大数据局",
       "units": ["市经信局", "市大数据局"],
       "lead": []}]),

    # 牵头单位：…；配合单位：… clause
    # judgement: adjacent labelled lists for the same task form one assignment, as they
    # would inside one bracket; raw runs from the first label to the end of the last list.
    ("（五）加强冷链物流体系建设。牵头单位：省商务厅；配合单位：省发展改革委、省交通运输厅、省农业农村厅。",
     [{"raw": "牵头单位：省商务厅；配合单位：省发展改革委、省交通运输厅、省农业农村厅",
       "units": ["省商务厅", "省发展改革委", "省交通运输厅", "省农业农村厅"],
       "lead": ["省商务厅"]}]),

    # 责任单位： clause followed by a deadline clause
    ("3.建设智慧养老服务平台。责任单位：区民政局、区大数据中心；完成时限：2024年12月底。",
     [{"raw": "责任单位：区民政局、区大数据中心",
       "units": ["区民政局", "区大数据中心"],
       "lead": []}]),

    # half-width colon and comma, clause at the end of the text
    ("12.推进蒙医药传承创新发展。责任单位:旗卫健委,旗医保局",
     [{"raw": "责任单位:旗卫健委,旗医保局",
       "units": ["旗卫健委", "旗医保局"],
       "lead": []}]),

    # traditional-character labelled clause
    ("（二）發展文化創意產業。牽頭單位：市文化局；配合單位：市旅遊局、市體育局。",
     [{"raw": "牽頭單位：市文化局；配合單位：市旅遊局、市體育局",
       "units": ["市文化局", "市旅遊局", "市體育局"],
       "lead": ["市文化局"]}]),

    # 牵头部门： clause in a table-like line, 等相关部门 dropped
    ("推行工程建设项目审批“一张表单”。牵头部门：市住房城乡建设局；配合部门：市自然资源局、市发展改革委等相关部门。",
     [{"raw": "牵头部门：市住房城乡建设局；配合部门：市自然资源局、市发展改革委等相关部门",
       "units": ["市住房城乡建设局", "市自然资源局", "市发展改革委"],
       "lead": ["市住房城乡建设局"]}]),

    # 主责单位： clause, 协办单位 with nested brackets
    ("4.开展农村集体经营性建设用地入市试点。主责单位：县自然资源局；协办单位：县农业农村局、各镇（街道）。",
     [{"raw": "主责单位：县自然资源局；协办单位：县农业农村局、各镇（街道）",
       "units": ["县自然资源局", "县农业农村局", "各镇（街道）"],
       "lead": ["县自然资源局"]}]),

    # short labels 牵头：/参与：
    # judgement: 牵头： is the short form of 牵头单位： (the unit is "before 牵头" in the
    # sense that the label names the leader); an analyst reads it as the lead.
    ("推进产教融合型企业建设（牵头：省教育厅；参与：省财政厅、省人社厅）。",
     [{"raw": "（牵头：省教育厅；参与：省财政厅、省人社厅）",
       "units": ["省教育厅", "省财政厅", "省人社厅"],
       "lead": ["省教育厅"]}]),

    # --- document-wide "first listed leads" convention -----------------------------------

    # declaration inside the first bracket; applies to it and to later brackets
    ("1.优化区域医疗资源布局(责任单位:县卫健局、县发改局、县财政局,排第一的为牵头单位,下同)。2.推进紧密型县域医共体建设(责任单位:县卫健局、县医保局、各乡镇人民政府)。",
     [{"raw": "(责任单位:县卫健局、县发改局、县财政局,排第一的为牵头单位,下同)",
       "units": ["县卫健局", "县发改局", "县财政局"],
       "lead": ["县卫健局"]},
      {"raw": "(责任单位:县卫健局、县医保局、各乡镇人民政府)",
       "units": ["县卫健局", "县医保局", "各乡镇人民政府"],
       "lead": ["县卫健局"]}]),

    # declaration in prose before the tasks; unlabeled brackets later get lead = first
    ("本方案各项任务的责任单位中，排在第一位的为牵头单位。（一）扩大普惠托育服务供给（市卫健委、市发改委、市教育局）。（二）加强托育人才队伍建设（市人社局、市卫健委）。",
     [{"raw": "（市卫健委、市发改委、市教育局）",
       "units": ["市卫健委", "市发改委", "市教育局"],
       "lead": ["市卫健委"]},
      {"raw": "（市人社局、市卫健委）",
       "units": ["市人社局", "市卫健委"],
       "lead": ["市人社局"]}]),

    # a bracket before the declaration gets no lead; the declaring bracket and later ones do
    ("推进公共法律服务实体平台建设（责任单位：市司法局、各县区政府）。深化律师行业改革（责任单位：市司法局、市律师协会，排第一的为牵头单位，下同）。加强人民调解组织建设（责任单位：市司法局、市信访局）。",
     [{"raw": "（责任单位：市司法局、各县区政府）",
       "units": ["市司法局", "各县区政府"],
       "lead": []},
      {"raw": "（责任单位：市司法局、市律师协会，排第一的为牵头单位，下同）",
       "units": ["市司法局", "市律师协会"],
       "lead": ["市司法局"]},
      {"raw": "（责任单位：市司法局、市信访局）",
       "units": ["市司法局", "市信访局"],
       "lead": ["市司法局"]}]),

    # declaration with 排在第一位, shared prefixes and 〔〕 nested; next bracket single unit
    ("推进普惠养老城企联动专项行动(责任单位:市民政局、发展改革委、自然资源局,各县〔市、区〕人民政府,排在第一位的为牵头单位,下同)。加强养老护理员培训(责任单位:市人社局)。",
     [{"raw": "(责任单位:市民政局、发展改革委、自然资源局,各县〔市、区〕人民政府,排在第一位的为牵头单位,下同)",
       "units": ["市民政局", "发展改革委", "自然资源局", "各县〔市、区〕人民政府"],
       "lead": ["市民政局"]},
      {"raw": "(责任单位:市人社局)",
       "units": ["市人社局"],
       "lead": ["市人社局"]}]),

    # declaration, then an explicit 牵头单位 label: explicit labels still decide
    ("各项任务责任单位排第一的为牵头单位，下同。发展智慧农业（市农业农村局、市大数据局）。建设数字乡村（牵头单位：市委网信办、市农业农村局；配合单位：市通信发展办）。",
     [{"raw": "（市农业农村局、市大数据局）",
       "units": ["市农业农村局", "市大数据局"],
       "lead": ["市农业农村局"]},
      {"raw": "（牵头单位：市委网信办、市农业农村局；配合单位：市通信发展办）",
       "units": ["市委网信办", "市农业农村局", "市通信发展办"],
       "lead": ["市委网信办", "市农业农村局"]}]),

    # declaration worded differently (列在首位)
    # judgement: docs/annotation-guide.md quotes 排第一的/排在第一位的; 列在首位的为牵头单位 says the same and
    # an analyst applies it the same way.
    ("注：责任单位中列在首位的为牵头单位，下同。1.实施居民健康素养提升行动（区卫健局、区教体局、区融媒体中心）。",
     [{"raw": "（区卫健局、区教体局、区融媒体中心）",
       "units": ["区卫健局", "区教体局", "区融媒体中心"],
       "lead": ["区卫健局"]}]),

    # declaring bracket closes a heading; the next unlabeled bracket follows it
    ("一、发展农村电商（责任单位：市商务局、市发展改革委，排在第一位的为牵头单位，下同）。培育直播电商基地（市商务局、市人社局）。",
     [{"raw": "（责任单位：市商务局、市发展改革委，排在第一位的为牵头单位，下同）",
       "units": ["市商务局", "市发展改革委"],
       "lead": ["市商务局"]},
      {"raw": "（市商务局、市人社局）",
       "units": ["市商务局", "市人社局"],
       "lead": ["市商务局"]}]),

    # a bracket that only declares the convention is not itself an assignment
    # judgement: the bracket names no unit, so it yields no record, but it still sets
    # the convention for the brackets after it.
    ("二、重点任务（各项任务中排在第一位的为牵头单位，下同）（一）建设智慧交通（市交通运输局、市公安局、市大数据局）。",
     [{"raw": "（市交通运输局、市公安局、市大数据局）",
       "units": ["市交通运输局", "市公安局", "市大数据局"],
       "lead": ["市交通运输局"]}]),

    # --- more variety ----------------------------------------------------------------------

    # generic 以上各责任单位 is a unit (as in samples' gold)
    ("建立任务台账，按季度报送工作进展情况（责任单位：以上各责任单位）。",
     [{"raw": "（责任单位：以上各责任单位）",
       "units": ["以上各责任单位"],
       "lead": []}]),

    # 市委 + 市政府 offices and mass organisations
    ("深化新时代文明实践中心建设，广泛开展志愿服务（牵头单位：市委宣传部；配合单位：市委文明办、团市委、市妇联、市残联）。",
     [{"raw": "（牵头单位：市委宣传部；配合单位：市委文明办、团市委、市妇联、市残联）",
       "units": ["市委宣传部", "市委文明办", "团市委", "市妇联", "市残联"],
       "lead": ["市委宣传部"]}]),

    # city name inside a unit, police sub-unit
    ("整治货车超限超载违法行为（责任单位：洛阳市公安局交警支队、市交通运输局、市城市管理局）。",
     [{"raw": "（责任单位：洛阳市公安局交警支队、市交通运输局、市城市管理局）",
       "units": ["洛阳市公安局交警支队", "市交通运输局", "市城市管理局"],
       "lead": []}]),

    # 镇-level document: 镇 offices and village committees
    ("（牵头单位：镇农业服务中心；配合单位：镇财政所、各村（社区）村民委员会）",
     [{"raw": "（牵头单位：镇农业服务中心；配合单位：镇财政所、各村（社区）村民委员会）",
       "units": ["镇农业服务中心", "镇财政所", "各村（社区）村民委员会"],
       "lead": ["镇农业服务中心"]}]),

    # 新区/高新区 management committees and state-owned groups
    ("推进临空经济示范区基础设施建设（责任单位：市发展改革委、空港新区管委会、市城投集团）。",
     [{"raw": "（责任单位：市发展改革委、空港新区管委会、市城投集团）",
       "units": ["市发展改革委", "空港新区管委会", "市城投集团"],
       "lead": []}]),

    # single labelled unit in 【】
    ("完善突发公共卫生事件监测预警体系。【责任单位：市疾控中心】",
     [{"raw": "【责任单位：市疾控中心】",
       "units": ["市疾控中心"],
       "lead": []}]),

    # long list of provincial departments with 牵头部门
    ("（牵头部门：省自然资源厅；配合部门：省发展改革委、省财政厅、省生态环境厅、省水利厅、省林业局）",
     [{"raw": "（牵头部门：省自然资源厅；配合部门：省发展改革委、省财政厅、省生态环境厅、省水利厅、省林业局）",
       "units": ["省自然资源厅", "省发展改革委", "省财政厅", "省生态环境厅", "省水利厅", "省林业局"],
       "lead": ["省自然资源厅"]}]),

    # 责任单位 label, then 牵头 inside the bracket
    ("开展城乡环境卫生整洁行动（责任单位：市爱卫办牵头，市城管局、市农业农村局配合）。",
     [{"raw": "（责任单位：市爱卫办牵头，市城管局、市农业农村局配合）",
       "units": ["市爱卫办", "市城管局", "市农业农村局"],
       "lead": ["市爱卫办"]}]),

    # 海关 / 口岸 / 税务 units
    ("提升跨境贸易便利化水平，压缩整体通关时间（责任单位：厦门海关、市口岸办、市商务局）。",
     [{"raw": "（责任单位：厦门海关、市口岸办、市商务局）",
       "units": ["厦门海关", "市口岸办", "市商务局"],
       "lead": []}]),

    # 及 inside a 配合单位 list with a 有限公司 unit, then 等相关部门
    ("（牵头单位：市能源局；配合单位：市住建局、国网十堰供电公司及市燃气集团有限公司等相关部门）",
     [{"raw": "（牵头单位：市能源局；配合单位：市住建局、国网十堰供电公司及市燃气集团有限公司等相关部门）",
       "units": ["市能源局", "市住建局", "国网十堰供电公司", "市燃气集团有限公司"],
       "lead": ["市能源局"]}]),

    # --- traditional script (matched on the simplified shadow, strings as printed) --------

    # 牽頭單位 / 配合單位 labels in a traditional-script copy
    ("推進智慧養老服務平臺建設，實現數據互聯互通。（牽頭單位：市民政局；配合單位：市財政局、市大數據中心）",
     [{"raw": "（牽頭單位：市民政局；配合單位：市財政局、市大數據中心）",
       "units": ["市民政局", "市財政局", "市大數據中心"],
       "lead": ["市民政局"]}]),

    # X牽頭 tail, and 及 between units, in traditional script
    ("健全農產品質量追溯體系。（縣農業農村局牽頭，縣市場監管局及各鄉鎮人民政府配合）",
     [{"raw": "（縣農業農村局牽頭，縣市場監管局及各鄉鎮人民政府配合）",
       "units": ["縣農業農村局", "縣市場監管局", "各鄉鎮人民政府"],
       "lead": ["縣農業農村局"]}]),

    # a declaration inside the bracket: not a unit, but it makes the first unit the lead
    # (from that bracket on), in traditional script; 等負責 is a duty tail, 等 dropped
    ("擴大技工院校招生規模。（市人力資源社會保障局、市教育局、市財政局等負責，排在第一位的為牽頭單位，下同）\n"
     "開展職業技能提升行動。（市人力資源社會保障局、市總工會）",
     [{"raw": "（市人力資源社會保障局、市教育局、市財政局等負責，排在第一位的為牽頭單位，下同）",
       "units": ["市人力資源社會保障局", "市教育局", "市財政局"],
       "lead": ["市人力資源社會保障局"]},
      {"raw": "（市人力資源社會保障局、市總工會）",
       "units": ["市人力資源社會保障局", "市總工會"],
       "lead": ["市人力資源社會保障局"]}]),

    # --- tails and notes inside a bracket ---------------------------------------------------

    # a two-character verb after 牵头 (牵头督导) still marks the leads
    ("开展燃煤锅炉综合整治。（县生态环境局、县市场监管局牵头督导，县住建局、县城管局参与）",
     [{"raw": "（县生态环境局、县市场监管局牵头督导，县住建局、县城管局参与）",
       "units": ["县生态环境局", "县市场监管局", "县住建局", "县城管局"],
       "lead": ["县生态环境局", "县市场监管局"]}]),

    # 按职责分工 + any verb is a duty tail; 等省有关部门 inside the last unit is kept
    ("有序推进城市更新项目。（省住房城乡建设厅、自然资源厅、财政厅等省有关部门和各市人民政府按职责分工推进）",
     [{"raw": "（省住房城乡建设厅、自然资源厅、财政厅等省有关部门和各市人民政府按职责分工推进）",
       "units": ["省住房城乡建设厅", "自然资源厅", "财政厅等省有关部门和各市人民政府"],
       "lead": []}]),

    # a sentence after 。 inside the bracket is a note, not units; 负责落实 is one duty
    ("全面排查工业炉窑。〔市生态环境局牵头，市工信局参与，各区人民政府负责落实。以下各项任务均由各区人民政府落实，不再列出。〕",
     [{"raw": "〔市生态环境局牵头，市工信局参与，各区人民政府负责落实。以下各项任务均由各区人民政府落实，不再列出。〕",
       "units": ["市生态环境局", "市工信局", "各区人民政府"],
       "lead": ["市生态环境局"]}]),

    # a note after one unit gives its role and is not part of its name
    # judgement: （牵头） / （配合） are role notes, unlike the name bracket of 各县（市、区）人民政府.
    ("建立家庭医生签约服务激励机制。（县医保局、县卫健局（牵头）、县财政局（配合））",
     [{"raw": "（县医保局、县卫健局（牵头）、县财政局（配合））",
       "units": ["县医保局", "县卫健局", "县财政局"],
       "lead": ["县卫健局"]}]),

    # a role label right before a bracket of units: the units take the label's role
    # judgement: a summary list that names the lead units of a programme is an assignment.
    ("今年共安排惠民项目12个，涉及5个牵头单位（县住建局、县教体局、县卫健局、县民政局、县水利局）。",
     [{"raw": "（县住建局、县教体局、县卫健局、县民政局、县水利局）",
       "units": ["县住建局", "县教体局", "县卫健局", "县民政局", "县水利局"],
       "lead": ["县住建局", "县教体局", "县卫健局", "县民政局", "县水利局"]}]),

    # a label in 【】 heads the list after it: one assignment from the bracket to the list end
    ("【支持对象】年营业收入首次突破亿元的工业企业。\n【兑现单位】区科技局、区财政局\n【申报时间】每年3月",
     [{"raw": "【兑现单位】区科技局、区财政局",
       "units": ["区科技局", "区财政局"],
       "lead": []}]),

    # --- labelled lines that follow each other under one task -------------------------------

    # 牵头单位 line + 责任单位 line: one assignment, lead from the first line
    ("3.建设社区嵌入式养老服务设施。\n牵头单位：区民政局\n责任单位：区住建局、区卫健局、各街道办事处\n"
     "4.推进家庭养老床位建设。\n牵头单位：区民政局",
     [{"raw": "牵头单位：区民政局\n责任单位：区住建局、区卫健局、各街道办事处",
       "units": ["区民政局", "区住建局", "区卫健局", "各街道办事处"],
       "lead": ["区民政局"]},
      {"raw": "牵头单位：区民政局",
       "units": ["区民政局"],
       "lead": ["区民政局"]}]),

    # two 责任单位 lines of two tasks are not joined: the same label starts a new task
    ("责任单位：市商务局、市市场监管局\n责任单位：市交通运输局",
     [{"raw": "责任单位：市商务局、市市场监管局", "units": ["市商务局", "市市场监管局"], "lead": []},
      {"raw": "责任单位：市交通运输局", "units": ["市交通运输局"], "lead": []}]),

    # --- tables flattened into text -----------------------------------------------------------

    # tab-separated rows (a .docx or .html table): a 牵头 and a 配合 cell are one assignment
    ("重点任务分工表\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
     "1\t建设智慧停车平台\t市城管局\t市公安局、市大数据局\t2025年底\n"
     "2\t推进老旧管网改造\t市住建局\t\t2026年6月",
     [{"raw": "市城管局\t市公安局、市大数据局",
       "units": ["市城管局", "市公安局", "市大数据局"],
       "lead": ["市城管局"]},
      {"raw": "市住建局", "units": ["市住建局"], "lead": ["市住建局"]}]),

    # | rows, with a merged first column: shorter rows miss their first cells;
    # 业主单位 and 分管县领导 columns are not assignments
    ("类别 | 项目名称 | 责任单位 | 业主单位 | 分管县领导 |\n"
     "一、交通 | 1.改造农村公路 | 县交通局 | 县城投公司 | 张某 |\n"
     "2.新建公交站台 | 县住建局 | 县公交公司 | 李某 |",
     [{"raw": "县交通局", "units": ["县交通局"], "lead": []},
      {"raw": "县住建局", "units": ["县住建局"], "lead": []}]),

    # a 等 after the units of a cell is dropped, as in brackets
    ("序号\t工作任务\t责任单位\t完成时限\n1\t建设城市大脑平台\t市大数据局、市公安局等\t2025年",
     [{"raw": "市大数据局、市公安局等", "units": ["市大数据局", "市公安局"], "lead": []}]),

    # one cell per line ended by |, rows told apart by the 序号 column; traditional script
    ("序號 |\n項目名稱 |\n牽頭單位 |\n1 |\n城區供水管網改造 |\n縣水利局 |\n2 |\n2024年農村道路硬化 |\n縣交通局 |",
     [{"raw": "縣水利局", "units": ["縣水利局"], "lead": ["縣水利局"]},
      {"raw": "縣交通局", "units": ["縣交通局"], "lead": ["縣交通局"]}]),
]


NEGATIVES = [
    # a bracket left open where the text ends: the excerpt is cut off, its list incomplete
    "强化安全生产监管，开展危险化学品专项整治行动（责任单位：县应急管理局、县公",
    # a table whose role columns hold no units
    "序号\t工作任务\t责任单位\n1\t建设平台\t详见附件\n2\t推进改造\t另行通知",
    # a table of project owners and leaders only
    "序号 | 项目名称 | 业主单位 | 分管市领导 |\n1 | 新建污水处理厂 | 市水务集团 | 王某 |",
    # prose 由…牵头 in traditional script
    "由市委宣傳部牽頭製作系列公益廣告，在主要媒體持續刊播。",
    # a 【】 label that heads no list
    "【责任单位】\n",
    # a bracket that is part of an addressee's name (主送)
    "各县区人民政府（管委会），市政府各部门，各直属机构：",
    "各县（区）人民政府(管委会),市直各单位:",
    # publicity note
    "（此件主动公开）",
    # draft marker in a title
    "关于加快推进中医药产业融合发展的意见（征求意见稿）",
    # plan period in a title
    "长治市屯留区中医药健康服务发展规划（2021-2025年）",
    # 含 in a threshold
    "二级以上（含）公立医院全部开设老年医学科。",
    # alias definition that contains an agency name
    "市医疗保障局（以下简称“市医保局”）应当会同有关部门制定实施细则。",
    # alias definition of a document
    "《黔东南州“十四五”卫生健康发展规划》（以下简称《规划》）已经州人民政府同意。",
    # 试行 inside a cited title
    "现将《丽水市农村宅基地管理办法（试行）》印发给你们，请认真贯彻执行。",
    # 暂行
    "关于印发《邯郸市高层次人才引进奖励办法（暂行）》的通知",
    # 修订 year in a cited title
    "依据《中华人民共和国森林法》（2019年修订）和《国家级公益林管理办法》（2017年修订）执行。",
    # prose 牵头, no brackets
    "由市委宣传部牵头制作系列公益广告，在主要媒体持续刊播。",
    # prose 牵头/参与 mechanism
    "建立由市政府分管领导牵头、各部门参与的联席会议制度，定期研究解决重大问题。",
    # prose 负责 with a unit, no brackets
    "联席会议办公室设在市卫健委，负责日常协调和督促检查工作。",
    # prose: 牵头部门对分工任务负总责
    "牵头部门对分工任务负总责，并指定分管领导具体负责。",
    # bracket holding quantities per county
    "全市建设县级综合物流中心8个（桂平市3个、平南县2个，港北区、港南区、覃塘区各1个）。",
    # bracket holding a cap note
    "每张床位给予800-1000元运营补贴（每个机构最高补贴不超过500张床位）。",
    # bracket holding an eligibility note
    "对新建标准化种植基地按标准给予补贴（有机认证基地可放宽至集中连片50亩以上）。",
    # bracket holding a document number after a cited title
    "认真贯彻《四川省人民政府办公厅关于推进养老服务发展的实施意见》（川办发〔2020〕12号）精神。",
    # heading markers only
    "（一）指导思想。（二）基本原则。（三）主要目标。",
    # nested 市、区 inside a phrase, mid-sentence
    "各县（市、区）要结合实际制定具体实施方案，确保各项任务落到实处。",
    # (街道) alias mid-sentence
    "各乡镇（街道）要建立健全网格化管理体系。",
    # alias name of a unit in running text, mid-sentence
    "依托市第二人民医院（市传染病医院）建设区域公共卫生救治中心。",
    # alias of a unit followed by 负责 in prose (not a bracketed X负责 tail)
    "验收后移交辖区，由街道办事处（乡镇政府）统一管理，社区居委会（村委会）负责日常维护。",
    # 含 with a unit type inside
    "加快县级医院（含中医医院）、妇幼保健院等基础设施建设。",
    # 专项、基金等 note
    "统筹利用国家、省、市相关科技计划（专项、基金等），支持关键技术攻关。",
    # table unit note
    "表1  重点项目投资计划表（单位：万元）",
    # annex pointer
    "具体项目清单见附件（附件2）。",
    # ordering note
    "入选企业名单（排名不分先后）",
    # doc number only, square and 〔〕 brackets
    "宜府办字[2020]18号　景府办字〔2020〕45号",
    # 【】 section tag holding no units
    "【典型案例】某县探索推行“医养签约”服务模式，取得良好成效。",
    # quoted term definition
    "推行“3+X”模式（“3”指体育总会、老年人体育协会、社会体育指导员协会，“X”指单项体育协会）。",
    # date in a bracket
    "申报截止时间（2023年10月31日）前报送材料。",
    # a table row whose cell text a PDF cut: the bracket runs on across the cells
    "申请情况\t（本列为前两列之和，等\t\t市场主体\t社会组织",
]
