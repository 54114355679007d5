"""Test corpus for funding (money amount) extraction.

Short, real-style passages from Chinese government policy documents (公文),
each paired with the funding records a correct parser must return for it, in
document order.  The expectations follow the annotation guide
the annotation guide (docs/annotation-guide.md) (section "funding") and, where the guide is
terse, the gold annotations of the samples (``tests/gold``); where both leave a
case open, the choice is marked with a ``# judgement:`` comment.

Record shape::

    {"raw": <smallest span with the number(s) and the currency unit, plus an
             attached /亩-style basis; qualifiers such as 不低于 left out>,
     "amount": <yuan, the low end of a range>,
     "amount_max": <yuan, the high end of a range, else None>,
     "per": <the basis stated with 每X or /X next to the amount, else None>}

As in the samples' gold, ``per`` keeps the measure word (每张床位 → "张床位"),
joins stacked bases (每人每月 → "人每月") and takes 年 from 每年 (每年安排50万元 →
per "年").  Every ``raw`` is an exact substring of its passage.  ``NEGATIVES``
holds passages that must yield no funding record at all.
"""

EXAMPLES = [
    # --- Arabic numerals, the four currency units ------------------------------------

    # 万元, one-off award, no basis
    ("对新认定的国家级专精特新“小巨人”企业，给予一次性奖励50万元。",
     [{"raw": "50万元", "amount": 500000, "amount_max": None, "per": None}]),

    # 亿元 with a decimal
    ("设立总规模1.5亿元的中医药产业发展引导基金。",
     [{"raw": "1.5亿元", "amount": 150000000, "amount_max": None, "per": None}]),

    # 元 with a thousands separator
    ("对取得高级工职业资格证书的人员，给予2,000元技能提升补贴。",
     [{"raw": "2,000元", "amount": 2000, "amount_max": None, "per": None}]),

    # 万元 with a thousands separator
    ("2023年全县统筹整合涉农资金1,200万元用于高标准农田建设。",
     [{"raw": "1,200万元", "amount": 12000000, "amount_max": None, "per": None}]),

    # 元, five digits with separator
    ("对首次获评省级非遗工坊的给予10,000元奖励。",
     [{"raw": "10,000元", "amount": 10000, "amount_max": None, "per": None}]),

    # 千元 as the unit
    # judgement: 千元 is a currency unit like 万元; 5千元 → 5000.
    ("对参加职业技能竞赛获奖的选手，奖励5千元。",
     [{"raw": "5千元", "amount": 5000, "amount_max": None, "per": None}]),

    # 万元 with a decimal
    ("对新建村级综合服务设施的，每处补助12.5万元。",
     [{"raw": "12.5万元", "amount": 125000, "amount_max": None, "per": "处"}]),

    # 亿元 below one
    ("争取中央预算内投资0.8亿元，支持县级医院提标扩能。",
     [{"raw": "0.8亿元", "amount": 80000000, "amount_max": None, "per": None}]),

    # plain 元 amount, large
    ("本年度全区共发放创业担保贷款贴息资金365000元。",
     [{"raw": "365000元", "amount": 365000, "amount_max": None, "per": None}]),

    # full-width digits
    # judgement: full-width digits are read like ASCII digits; raw keeps them as printed.
    ("市级财政安排５０万元专项资金支持老字号企业创新发展。",
     [{"raw": "５０万元", "amount": 500000, "amount_max": None, "per": None}]),

    # 元人民币: raw stops at 元
    ("对在我市设立区域总部的金融机构，一次性给予500万元人民币落户奖励。",
     [{"raw": "500万元", "amount": 5000000, "amount_max": None, "per": None}]),

    # --- Chinese numerals ----------------------------------------------------------------

    # 五十万元
    ("对认定为市级农业产业化龙头企业的，给予五十万元资金扶持。",
     [{"raw": "五十万元", "amount": 500000, "amount_max": None, "per": None}]),

    # financial forms 壹佰万元
    ("对成功创建国家级全域旅游示范区的县（市、区），奖励壹佰万元。",
     [{"raw": "壹佰万元", "amount": 1000000, "amount_max": None, "per": None}]),

    # 三千万元
    ("省级财政统筹安排三千万元，用于支持革命老区乡村振兴示范建设。",
     [{"raw": "三千万元", "amount": 30000000, "amount_max": None, "per": None}]),

    # 一千元 with 每户
    ("对完成农村户厕改造的农户，每户一次性补助一千元。",
     [{"raw": "一千元", "amount": 1000, "amount_max": None, "per": "户"}]),

    # 两万元
    ("对返乡创业并带动就业5人以上的，给予两万元创业补贴。",
     [{"raw": "两万元", "amount": 20000, "amount_max": None, "per": None}]),

    # 一百二十万元
    ("全年安排一百二十万元用于城市社区嵌入式养老服务设施运营补助。",
     [{"raw": "一百二十万元", "amount": 1200000, "amount_max": None, "per": None}]),

    # 十万元 (leading 十)
    ("对评为省级示范家庭农场的，奖励十万元。",
     [{"raw": "十万元", "amount": 100000, "amount_max": None, "per": None}]),

    # financial forms 伍仟元
    ("经评审合格的，每人发放伍仟元安家补贴。",
     [{"raw": "伍仟元", "amount": 5000, "amount_max": None, "per": "人"}]),

    # financial forms 贰拾万元
    ("对获得中国专利金奖的企业，奖励贰拾万元。",
     [{"raw": "贰拾万元", "amount": 200000, "amount_max": None, "per": None}]),

    # 一亿元
    ("市政府出资一亿元设立天使投资基金。",
     [{"raw": "一亿元", "amount": 100000000, "amount_max": None, "per": None}]),

    # Chinese-numeral range 三至五万元
    # judgement: the shared 万 applies to both ends, as in 3-5万元.
    ("对获评省级文明村的，奖励三至五万元。",
     [{"raw": "三至五万元", "amount": 30000, "amount_max": 50000, "per": None}]),

    # --- ranges ----------------------------------------------------------------------------

    # hyphen range with 每张床位 (samples' gold style)
    ("对接收经济困难失能老年人的养老机构，每张床位给予800-1000元运营补贴。",
     [{"raw": "800-1000元", "amount": 800, "amount_max": 1000, "per": "张床位"}]),

    # em-dash range
    ("对评为“最美家庭”的，一次性给予3000—5000元奖励。",
     [{"raw": "3000—5000元", "amount": 3000, "amount_max": 5000, "per": None}]),

    # full-width tilde range with 每人每月
    ("对公益性岗位安置人员，每人每月补贴300～500元。",
     [{"raw": "300～500元", "amount": 300, "amount_max": 500, "per": "人每月"}]),

    # half-width tilde range with shared 万 written twice
    ("对新获批的省级工程技术研究中心，给予1万~3万元资助。",
     [{"raw": "1万~3万元", "amount": 10000, "amount_max": 30000, "per": None}]),

    # 至 range with the unit on both ends
    ("对取得五级至一级职业资格证书的护理员，分别给予2000元至5000元一次性岗位补贴。",
     [{"raw": "2000元至5000元", "amount": 2000, "amount_max": 5000, "per": None}]),

    # 3-5万元: 万 applies to both ends
    ("每个项目给予3-5万元资金支持。",
     [{"raw": "3-5万元", "amount": 30000, "amount_max": 50000, "per": "个项目"}]),

    # 3万至5万元
    ("对新建成的村级光伏电站，给予3万至5万元的建设补助。",
     [{"raw": "3万至5万元", "amount": 30000, "amount_max": 50000, "per": None}]),

    # 3万元至5万元
    ("对获评市级优秀创业项目的，给予3万元至5万元奖励。",
     [{"raw": "3万元至5万元", "amount": 30000, "amount_max": 50000, "per": None}]),

    # 亿 range
    ("项目总投资10亿至15亿元，建设期3年。",
     [{"raw": "10亿至15亿元", "amount": 1000000000, "amount_max": 1500000000, "per": None}]),

    # range in 亿元 with hyphen and decimals
    ("引导设立1-2亿元规模的乡村振兴产业基金。",
     [{"raw": "1-2亿元", "amount": 100000000, "amount_max": 200000000, "per": None}]),

    # 万元～万元 full-width tilde, unit on both ends
    ("对新认定的国家级科技企业孵化器，给予50万元～100万元奖励。",
     [{"raw": "50万元～100万元", "amount": 500000, "amount_max": 1000000, "per": None}]),

    # em-dash range in 万元
    ("按照项目规模给予50—100万元补助。",
     [{"raw": "50—100万元", "amount": 500000, "amount_max": 1000000, "per": None}]),

    # 到 as a range connector
    # judgement: 到 between two amounts works like 至.
    ("对年度纳税贡献突出的民营企业，给予20万到50万元奖励。",
     [{"raw": "20万到50万元", "amount": 200000, "amount_max": 500000, "per": None}]),

    # range with an attached /亩 basis
    ("对流转土地发展设施农业的，给予200-300元/亩的租金补贴。",
     [{"raw": "200-300元/亩", "amount": 200, "amount_max": 300, "per": "亩"}]),

    # --- bases: 每X and /X ------------------------------------------------------------------

    # /亩 attached
    ("对新建连片50亩以上的油茶基地，按照800元/亩的标准给予一次性补助。",
     [{"raw": "800元/亩", "amount": 800, "amount_max": None, "per": "亩"}]),

    # 每亩 before the amount
    ("对实施秸秆机械化还田的种植户，每亩补助30元。",
     [{"raw": "30元", "amount": 30, "amount_max": None, "per": "亩"}]),

    # 每张床位 with a qualifier between (samples' gold style)
    ("对新建民办非营利性养老机构，每张床位给予不低于1500元一次性建设补助。",
     [{"raw": "1500元", "amount": 1500, "amount_max": None, "per": "张床位"}]),

    # 每人每月
    ("向80周岁以上老年人发放高龄津贴，标准为每人每月100元。",
     [{"raw": "100元", "amount": 100, "amount_max": None, "per": "人每月"}]),

    # /人·年 basis attached
    # judgement: per keeps the compound basis as printed, 人·年.
    ("人均基本公共卫生服务经费补助标准提高到89元/人·年。",
     [{"raw": "89元/人·年", "amount": 89, "amount_max": None, "per": "人·年"}]),

    # 每年安排 → per 年 (samples' gold 000)
    ("县财政每年安排300万元设立乡村振兴人才发展专项资金。",
     [{"raw": "300万元", "amount": 3000000, "amount_max": None, "per": "年"}]),

    # 每年 + 不少于
    ("市本级每年安排不少于2000万元，用于支持先进制造业集群发展。",
     [{"raw": "2000万元", "amount": 20000000, "amount_max": None, "per": "年"}]),

    # /年 attached to 万元
    ("对入驻孵化基地的初创企业，给予10万元/年的场租补贴，最长3年。",
     [{"raw": "10万元/年", "amount": 100000, "amount_max": None, "per": "年"}]),

    # /平方米
    ("对既有住宅加装电梯的，按200元/平方米给予补贴。",
     [{"raw": "200元/平方米", "amount": 200, "amount_max": None, "per": "平方米"}]),

    # 每平方米 before the amount
    ("对改造提升的农贸市场，按照每平方米100元的标准给予补助。",
     [{"raw": "100元", "amount": 100, "amount_max": None, "per": "平方米"}]),

    # /人 with 千元
    ("对组织贫困劳动力参加技能培训的机构，按8千元/人的标准给予培训补贴。",
     [{"raw": "8千元/人", "amount": 8000, "amount_max": None, "per": "人"}]),

    # 每人次
    ("城乡居民在基层医疗机构就诊的，一般诊疗费每人次补助10元。",
     [{"raw": "10元", "amount": 10, "amount_max": None, "per": "人次"}]),

    # 每吨
    ("对规范处置废弃农膜的回收网点，每吨补助150元。",
     [{"raw": "150元", "amount": 150, "amount_max": None, "per": "吨"}]),

    # /吨 attached
    ("对集中收运处置餐厨垃圾的企业，按30元/吨给予运营补助。",
     [{"raw": "30元/吨", "amount": 30, "amount_max": None, "per": "吨"}]),

    # 每人每年
    ("城乡居民基本医疗保险财政补助标准达到每人每年610元。",
     [{"raw": "610元", "amount": 610, "amount_max": None, "per": "人每年"}]),

    # 每户每年
    ("对生态护林员每户每年发放劳务报酬1万元。",
     [{"raw": "1万元", "amount": 10000, "amount_max": None, "per": "户每年"}]),

    # decimal yuan per cubic metre
    ("对农业灌溉用水按每立方米0.15元给予精准补贴。",
     [{"raw": "0.15元", "amount": 0.15, "amount_max": None, "per": "立方米"}]),

    # 每个示范村 → per keeps the measure word
    # judgement: as 每张床位 → 张床位, 每个示范村 → 个示范村.
    ("对验收合格的美丽乡村示范村，每个示范村奖补50万元。",
     [{"raw": "50万元", "amount": 500000, "amount_max": None, "per": "个示范村"}]),

    # 每家企业 + 最高
    ("对开展智能化改造的规上企业，每家企业最高补助200万元。",
     [{"raw": "200万元", "amount": 2000000, "amount_max": None, "per": "家企业"}]),

    # 每头
    ("对能繁母猪养殖场（户），每头补助100元。",
     [{"raw": "100元", "amount": 100, "amount_max": None, "per": "头"}]),

    # /月 attached
    ("为就业困难人员发放200元/月的交通补贴。",
     [{"raw": "200元/月", "amount": 200, "amount_max": None, "per": "月"}]),

    # /人/月 attached
    # judgement: per keeps the basis as printed after the amount, 人/月.
    ("对吸纳就业困难人员的小微企业，按300元/人/月给予社会保险补贴。",
     [{"raw": "300元/人/月", "amount": 300, "amount_max": None, "per": "人/月"}]),

    # 每张床位每月
    # judgement: stacked bases join as in 人每月 → 张床位每月.
    ("对收住失能老年人的护理型机构，按照每张床位每月200元给予运营补贴。",
     [{"raw": "200元", "amount": 200, "amount_max": None, "per": "张床位每月"}]),

    # /个 attached (a count noun as the basis)
    ("对新建的村级快递服务站点，给予5000元/个的一次性建设补助。",
     [{"raw": "5000元/个", "amount": 5000, "amount_max": None, "per": "个"}]),

    # table-style label line
    ("补助标准：300元/亩，补助期限三年。",
     [{"raw": "300元/亩", "amount": 300, "amount_max": None, "per": "亩"}]),

    # --- comparators outside raw --------------------------------------------------------------

    # 最高
    ("对新认定的国家级企业技术中心，最高奖励100万元。",
     [{"raw": "100万元", "amount": 1000000, "amount_max": None, "per": None, "comparator": "<="}]),

    # 不超过
    ("单个项目补助资金原则上不超过200万元。",
     [{"raw": "200万元", "amount": 2000000, "amount_max": None, "per": None, "comparator": "<="}]),

    # 以上 threshold (samples' gold counts 投资规模1亿元以上)
    ("对固定资产投资额5000万元以上的工业项目，实行“一事一议”。",
     [{"raw": "5000万元", "amount": 50000000, "amount_max": None, "per": None, "comparator": ">="}]),

    # 以内
    ("人均门诊费用控制在300元以内。",
     [{"raw": "300元", "amount": 300, "amount_max": None, "per": None}]),

    # 不低于 threshold with 人民币
    ("申报企业注册资本不低于1000万元人民币。",
     [{"raw": "1000万元", "amount": 10000000, "amount_max": None, "per": None}]),

    # percentage + cap: only the cap is money
    ("按项目设备投资额的10%给予补助，最高不超过300万元。",
     [{"raw": "300万元", "amount": 3000000, "amount_max": None, "per": None}]),

    # 约 / 近 qualifiers outside raw
    ("全市累计投入各类资金约3.6亿元，完成改造项目近2000个。",
     [{"raw": "3.6亿元", "amount": 360000000, "amount_max": None, "per": None}]),

    # 余万元: approximate amount
    # judgement: 余 is a qualifier inside the number; the amount is the stated 2000万元
    # and raw is the printed span 2000余万元.
    ("近三年累计争取上级补助资金2000余万元。",
     [{"raw": "2000余万元", "amount": 20000000, "amount_max": None, "per": None}]),

    # --- several amounts in one passage ----------------------------------------------------

    # three amounts after 分别给予
    ("对新获评国家级、省级、市级技能大师工作室的，分别给予100万元、50万元、20万元奖励。",
     [{"raw": "100万元", "amount": 1000000, "amount_max": None, "per": None},
      {"raw": "50万元", "amount": 500000, "amount_max": None, "per": None},
      {"raw": "20万元", "amount": 200000, "amount_max": None, "per": None}]),

    # three amounts each with 每人 (samples' gold style)
    ("对新引进的全日制本科生、硕士研究生、博士研究生，分别给予每人5000元、每人1万元、每人3万元的生活补贴。",
     [{"raw": "5000元", "amount": 5000, "amount_max": None, "per": "人"},
      {"raw": "1万元", "amount": 10000, "amount_max": None, "per": "人"},
      {"raw": "3万元", "amount": 30000, "amount_max": None, "per": "人"}]),

    # construction and renovation subsidies in one sentence
    ("新建养老机构每张床位补助6000元，改扩建养老机构每张床位补助3000元。",
     [{"raw": "6000元", "amount": 6000, "amount_max": None, "per": "张床位"},
      {"raw": "3000元", "amount": 3000, "amount_max": None, "per": "张床位"}]),

    # an amount and a per-month amount in two sentences
    ("一次性奖励2万元，连续奖励3年。对聘用的专职社工，每人每月补贴800元。",
     [{"raw": "2万元", "amount": 20000, "amount_max": None, "per": None},
      {"raw": "800元", "amount": 800, "amount_max": None, "per": "人每月"}]),

    # total budget and a unit price
    ("项目总投资2.3亿元，其中申请中央补助资金6000万元。",
     [{"raw": "2.3亿元", "amount": 230000000, "amount_max": None, "per": None},
      {"raw": "6000万元", "amount": 60000000, "amount_max": None, "per": None}]),

    # counts next to money: only the money is funding
    ("全年新增养老床位500张，每张床位一次性补助1万元。",
     [{"raw": "1万元", "amount": 10000, "amount_max": None, "per": "张床位"}]),

    # area in 亩 and a per-亩-per-year subsidy
    # judgement: stacked bases join as printed, 亩每年.
    ("对连片流转土地100亩以上的新型经营主体，每亩每年补贴100元。",
     [{"raw": "100元", "amount": 100, "amount_max": None, "per": "亩每年"}]),

    # range with the unit on both ends, no basis (samples' gold 003)
    ("对取得职业资格证书的养老护理员，由行业主管部门给予4000元至10000元的一次性岗位补贴。",
     [{"raw": "4000元至10000元", "amount": 4000, "amount_max": 10000, "per": None}]),

    # income level as a commitment is still a money amount
    # judgement: docs/annotation-guide.md lists every money amount as funding and excludes money from
    # targets, so an income level is a funding record.
    ("到2025年，农村居民人均可支配收入达到2万元以上。",
     [{"raw": "2万元", "amount": 20000, "amount_max": None, "per": None}]),

    # 两亿元
    ("省财政连续三年每年安排两亿元支持县域商业体系建设。",
     [{"raw": "两亿元", "amount": 200000000, "amount_max": None, "per": "年"}]),

    # /人 with 万元
    ("对柔性引进的高端人才，按1.5万元/人的标准给予工作补贴。",
     [{"raw": "1.5万元/人", "amount": 15000, "amount_max": None, "per": "人"}]),

    # --- bare magnitudes and thresholds (samples' gold) ----------------------------------------

    # 过亿元: bare 亿元 is one amount of 1e8 (samples' gold 003, doc 4)
    ("力争到2025年，培育5家以上医药企业年产值过亿元。",
     [{"raw": "亿元", "amount": 100000000, "amount_max": None, "per": None}]),

    # 超亿元 (samples' gold 003, doc 5: 销售收入超亿元)
    ("培育壮大20家年销售收入超亿元的农产品加工龙头企业。",
     [{"raw": "亿元", "amount": 100000000, "amount_max": None, "per": None}]),

    # 超10亿元: number kept, 超 left out
    ("打造3个年产值超10亿元的特色产业园区。",
     [{"raw": "10亿元", "amount": 1000000000, "amount_max": None, "per": None}]),

    # 千万元 as a bare magnitude
    # judgement: by the samples treatment of 过亿元 → 亿元 (1e8), a bare 千万元 is 1e7.
    ("支持年营业收入首次突破千万元的服务业企业纳入规上企业库。",
     [{"raw": "千万元", "amount": 10000000, "amount_max": None, "per": None}]),

    # investment threshold 1亿元以上 (samples' gold 003)
    ("对投资规模1亿元以上的康养项目，优先列入省重点项目。",
     [{"raw": "1亿元", "amount": 100000000, "amount_max": None, "per": None}]),

    # --- traditional script: matched on the simplified shadow, raw and per as printed ---
    ("對新認定的企業給予一次性獎勵30萬元。",
     [{"raw": "30萬元", "amount": 300000, "amount_max": None, "per": None}]),
    ("每畝補貼200元，最高不超過5萬元。",
     [{"raw": "200元", "amount": 200, "amount_max": None, "per": "畝"},
      {"raw": "5萬元", "amount": 50000, "amount_max": None, "per": None}]),

    # --- comparator and period ---------------------------------------------------------
    # 约 inside 约定 is no comparator; 约 right before the amount is
    ("按照约定给予奖励1000元。",
     [{"raw": "1000元", "amount": 1000, "amount_max": None, "per": None, "comparator": None}]),
    ("项目总投资约3.5亿元。",
     [{"raw": "3.5亿元", "amount": 350000000, "amount_max": None, "per": None, "comparator": "~"}]),
    # 每年: per and period 年
    ("市财政每年安排专项资金500万元。",
     [{"raw": "500万元", "amount": 5000000, "amount_max": None, "per": "年", "comparator": None,
       "period": "年"}]),
    # a range in two halves (a penalty) is one amount with its high end, no comparator
    ("对违反规定的，由主管部门责令改正，处1万元以上10万元以下的罚款。",
     [{"raw": "1万元以上10万元", "amount": 10000, "amount_max": 100000, "per": None, "comparator": None}]),
    ("逾期不改正的，處5000元以上3萬元以下罰款。",
     [{"raw": "5000元以上3萬元", "amount": 5000, "amount_max": 30000, "per": None, "comparator": None}]),

    # --- table columns whose header names the money unit (tab- or |-separated rows) ----

    # a 万元 column of a tab-separated task table: each bare number is an amount in 万元
    ("序号\t项目名称\t总投资（万元）\t责任单位\n1\t城区污水管网改造\t2500\t县住建局\n"
     "2\t乡村卫生室标准化建设\t86.5\t县卫健局",
     [{"raw": "2500", "amount": 25000000, "amount_max": None, "per": None},
      {"raw": "86.5", "amount": 865000, "amount_max": None, "per": None}]),

    # an 亿元 column printed with | between cells; a cell with 元 in it is read from the text
    ("项目 | 计划投资(亿元) | 建设年限 |\n智慧物流园 | 12 | 2025 |\n冷链仓储中心 | 3000万元 | 2026 |",
     [{"raw": "12", "amount": 1200000000, "amount_max": None, "per": None},
      {"raw": "3000万元", "amount": 30000000, "amount_max": None, "per": None}]),
]


NEGATIVES = [
    # an amount that is part of a name: 100亿元级企业, 万元户
    "培育100亿元级企业5家，带动10万元户增收。",
    # counts of beds
    "到2025年，全市新增养老床位500张，护理型床位占比不低于55%。",
    # cap expressed in beds, not money
    "每个机构最高补贴不超过500张床位。",
    # area in 万亩
    "全市中药材种植面积达到100万亩，其中新增艾草种植面积5000亩。",
    # 万元户 is a name
    "改革开放初期，全村涌现出一批万元户和种养专业大户。",
    # 万元GDP is part of an indicator name
    # judgement: 万元 here names the unit of output the energy is measured against; no
    # money amount is committed.
    "“十四五”期间，单位GDP能耗和万元GDP用水量分别下降13.5%和16%。",
    # 万元工业增加值 indicator
    "万元工业增加值用水量较2020年下降12%。",
    # name in quotes
    "深入实施农民“万元增收”工程。",
    # cited title holding an amount
    # judgement: the amount is part of the cited document's title, i.e. part of a name.
    "严格执行《盐城市100万元以下小型工程项目管理办法》。",
    # percentages only
    "市级财政对项目的补助比例不低于30%，县级配套不低于20%。",
    # years only
    "到2025年底，基本建成覆盖城乡的养老服务体系。",
    # production counts in 亿
    "建设年产5亿瓶家庭健康护理用品、年产20亿粒软胶囊生产线。",
    # visitors in 亿人次
    "全年接待游客1.2亿人次，同比增长18%。",
    # people trained
    "全年开展职业技能培训2万人次，新增城镇就业1.5万人。",
    # tonnage
    "年产60万吨丙三醇项目建成投产。",
    # 多元 / 元素
    "鼓励多元投资，把医疗、康复、休闲等多种元素融入养老产业。",
    # 一元化 / 二元结构: numeral + 元 inside ordinary words, not money
    "推进城乡供水一元化管理，逐步破除城乡二元结构。",
    # 元旦 / 元宵
    "元旦、春节、元宵节期间，加强市场价格监测。",
    # company name with 元
    "以振东制药、开元制药为依托，打造现代中药产业集群。",
    # 单元 / 公元
    "按照“一个单元一个方案”推进社区微更新。",
    # table header, no number
    "表2  2023年度专项资金分配表（单位：万元）",
    # column header with a basis but no number
    "补助标准（元/亩）",
    # funds without an amount
    "补助资金由市、县两级财政按比例分担，具体办法另行制定。",
    # 千亿级 scale word without 元
    "打造千亿级新材料产业集群和百亿级生物医药产业集群。",
    # ratio of beds per thousand elders
    "每千名老年人拥有养老床位不少于40张。",
    # count range near 万 (per ten thousand residents), no money
    "到2025年，每万城乡居民拥有2—3名全科医生。",
    # count range of funds, no amount
    "引导社会资本设立1—2个医药产业创投基金。",
    # numbers that are part of names
    "沿206国道建设连片示范区，经市政府第66次常务会议审议通过。",
    # document number and growth rate
    "根据《市人民政府关于印发…的通知》（宜府发〔2021〕45号），全市规模以上工业增加值增长8%。",
    # base area and count
    "建成500亩以上国家基本药物所需中药材良种繁育基地5个。",
    # age and duration thresholds
    "对65岁以上、连续从业2年以上的养老护理员给予表彰。",
    # a number under a column that names no money unit, and a 万元 column left empty
    "序号\t项目名称\t建设规模（亩）\t补助（万元）\n1\t茶园提质\t1200\t\n2\t果园改造\t800\t",
    # a cell that is more than a number under a money column
    "项目\t投资（万元）\n道路硬化\t待定\n桥梁维修\t约三百",
]
