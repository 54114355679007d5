"""Deadline corpus for policyparse (data only, no parser code).

Short passages in the style of Chinese government policy documents (公文),
each paired with the deadline records a correct extractor must return, in
order of appearance.  Expectations follow docs/annotation-guide.md, section
"deadlines":

* a deadline is every absolute calendar time by or at which something is to
  be done or reached;
* ``raw`` is the time expression with its leading 到 / 至 / 力争到 / 于 and its
  trailing 底 / 前 / 底前 / 年底前 when present (a leading 在 is not part of it,
  as in the samples' gold, where 力争在xxxx年 gives ``xxxx年``);
* ``year`` / ``month`` / ``day`` are integers or ``None`` when not stated; a
  month or day written without a year takes the year stated earlier in the
  same passage; a redacted year (20xx年, xxxx年, 20XX年) gives ``year: None``
  and is still listed.

``NEGATIVES`` are passages that must produce no deadline at all: past events,
signing and printing dates, document numbers, cited titles, plan periods,
durations, ages, baselines and history statements.

Cases that docs/annotation-guide.md leaves open carry a ``# judgement:`` comment.
"""

from datetime import date

EXAMPLES = [
    # the start of a period (2021年至2025年) is not a deadline; its end is
    ("2021年至2025年，全市完成老旧小区改造任务。",
     [{"raw": "至2025年", "year": 2025, "month": None, "day": None}]),

    # 到YYYY年 (elderly care)
    ("到2025年，全市二级以上公立综合医院全部设置老年医学科，老年友善医疗机构占比达到85%以上。",
     [{"raw": "到2025年", "year": 2025, "month": None, "day": None}]),
    # 力争到YYYY年 (rural environment)
    ("力争到2024年，全县农村生活污水治理率达到45%以上，基本消除较大面积农村黑臭水体。",
     [{"raw": "力争到2024年", "year": 2024, "month": None, "day": None}]),
    # 至YYYY年 (digital government)
    ("至2023年，全省政务服务事项网上可办率达到95%以上，基本实现“一网通办”。",
     [{"raw": "至2023年", "year": 2023, "month": None, "day": None}]),
    # 到YYYY年底 (elderly care)
    ("到2022年底，各乡镇（街道）均建成1个以上具备综合功能的养老服务中心。",
     [{"raw": "到2022年底", "year": 2022, "month": None, "day": None}]),
    # 到YYYY年底前 (education)
    ("到2023年底前，完成全市中小学校园安全视频监控系统升级改造并接入公安视频专网。",
     [{"raw": "到2023年底前", "year": 2023, "month": None, "day": None}]),
    # bare YYYY年底前 opening the sentence (environment)
    ("2022年底前，全面完成县级城市建成区黑臭水体整治，并建立长效管护机制。",
     [{"raw": "2022年底前", "year": 2022, "month": None, "day": None}]),
    # 于YYYY年年底前 (civil affairs)
    ("各县（市、区）要于2024年年底前建立覆盖城乡的基本殡葬公共服务体系。",
     [{"raw": "于2024年年底前", "year": 2024, "month": None, "day": None}]),
    # 于YYYY年M月底前 (housing)
    ("各地要于2022年9月底前完成农村危房改造任务竣工验收，并将验收结果报省住房城乡建设厅备案。",
     [{"raw": "于2022年9月底前", "year": 2022, "month": 9, "day": None}]),
    # 于YYYY年M月D日前 (education, reporting duty)
    ("请各学校于2023年3月31日前将“双减”工作自查报告报送区教育局基础教育科。",
     [{"raw": "于2023年3月31日前", "year": 2023, "month": 3, "day": 31}]),
    # 至YYYY年M月D日 (market regulation campaign end)
    ("食品安全“守底线、查隐患、保安全”专项行动持续至2022年12月31日。",
     [{"raw": "至2022年12月31日", "year": 2022, "month": 12, "day": 31}]),
    # 到YYYY年M月 (health)
    ("到2023年6月，全市所有二级以上医院实现医学检查检验结果互认。",
     [{"raw": "到2023年6月", "year": 2023, "month": 6, "day": None}]),
    # judgement: a leading 在 is not part of raw (GOLD lists only 到/至/力争到/于;
    # samples' gold turns 力争在xxxx年 into "xxxx年")
    ("力争在2024年底前实现城乡供水一体化全覆盖，农村自来水普及率达到98%。",
     [{"raw": "2024年底前", "year": 2024, "month": None, "day": None}]),
    # 在YYYY年 after 确保 (environment)
    ("确保在2025年成功创建国家生态文明建设示范市。",
     [{"raw": "2025年", "year": 2025, "month": None, "day": None}]),
    # bare year that sets a commitment, followed by a comma (elderly care)
    ("2022年，全市养老机构护理型床位占比达到50%，特困人员供养服务设施（敬老院）全部完成改造提升。",
     [{"raw": "2022年", "year": 2022, "month": None, "day": None}]),
    # bare year + 完成 (land planning)
    ("2021年完成全市国土空间总体规划编制并按程序报批。",
     [{"raw": "2021年", "year": 2021, "month": None, "day": None}]),
    # two bare commitment years in one passage (health)
    ("2023年实现紧密型县域医共体建设全覆盖，2024年全面推开家庭医生签约服务提质扩面。",
     [{"raw": "2023年", "year": 2023, "month": None, "day": None},
      {"raw": "2024年", "year": 2024, "month": None, "day": None}]),
    # M月底前 inside a year stated earlier in the passage (safety)
    ("2022年，重点推进以下工作：6月底前，完成全市养老机构消防安全隐患排查；10月底前，完成隐患整改销号。",
     [{"raw": "2022年", "year": 2022, "month": None, "day": None},
      {"raw": "6月底前", "year": 2022, "month": 6, "day": None},
      {"raw": "10月底前", "year": 2022, "month": 10, "day": None}]),
    # 于M月D日前 inside a year stated earlier (digital countryside)
    ("2023年全面启动数字乡村试点建设，各试点县于6月30日前报送实施方案。",
     [{"raw": "2023年", "year": 2023, "month": None, "day": None},
      {"raw": "于6月30日前", "year": 2023, "month": 6, "day": 30}]),
    # 到YYYY年 then month milestones of that year (agriculture)
    ("到2024年，建成省级智慧农业示范基地10个；其中，3月底前完成基地遴选，11月底前完成建设验收。",
     [{"raw": "到2024年", "year": 2024, "month": None, "day": None},
      {"raw": "3月底前", "year": 2024, "month": 3, "day": None},
      {"raw": "11月底前", "year": 2024, "month": 11, "day": None}]),
    # Chinese-numeral year with 〇 (forestry)
    ("到二〇二五年，全市森林覆盖率稳定在68%以上，草原综合植被盖度达到60%。",
     [{"raw": "到二〇二五年", "year": 2025, "month": None, "day": None}]),
    # Chinese-numeral year with ○ (U+25CB) + 年底前 (urban renewal)
    # judgement: "2000年底前建成的" qualifies which estates are meant (a past
    # cut-off), so it is not a deadline; only the first expression is.
    ("二○二三年底前，全面完成2000年底前建成的城镇老旧小区改造任务。",
     [{"raw": "二○二三年底前", "year": 2023, "month": None, "day": None}]),
    # Chinese-numeral year written with 零 (education)
    ("力争到二零二五年，全区普惠性幼儿园覆盖率达到85%以上。",
     [{"raw": "力争到二零二五年", "year": 2025, "month": None, "day": None}]),
    # Chinese-numeral full date with 前 (rural reform)
    ("二〇二二年六月三十日前，各县（区）完成农村集体产权制度改革档案整理归档。",
     [{"raw": "二〇二二年六月三十日前", "year": 2022, "month": 6, "day": 30}]),
    # Chinese-numeral long-range year (transport)
    ("到二〇三五年，基本实现交通运输现代化，建成人民满意交通。",
     [{"raw": "到二〇三五年", "year": 2035, "month": None, "day": None}]),
    # redacted year 20xx (industry)
    ("到20xx年，全县规模以上工业企业数字化改造覆盖率达到60%。",
     [{"raw": "到20xx年", "year": None, "month": None, "day": None}]),
    # redacted year xxxx + 底 (sanitation)
    ("到xxxx年底，全镇农村户用卫生厕所普及率达到90%以上。",
     [{"raw": "到xxxx年底", "year": None, "month": None, "day": None}]),
    # redacted year 20XX in upper case (science and technology)
    ("力争到20XX年，全市高新技术企业数量突破500家。",
     [{"raw": "力争到20XX年", "year": None, "month": None, "day": None}]),
    # judgement: 20××年 (multiplication signs) is a redaction like 20xx年
    ("20××年底前，完成辖区内所有中小学食堂“明厨亮灶”改造。",
     [{"raw": "20××年底前", "year": None, "month": None, "day": None}]),
    # judgement: a partly redacted year (202X年) cannot be resolved, so year None
    ("到202X年，全区学前教育三年毛入园率达到95%。",
     [{"raw": "到202X年", "year": None, "month": None, "day": None}]),
    # judgement: a redacted date template keeps every redacted part as None
    ("请各乡镇于20xx年x月x日前将摸底统计表报送县民政局。",
     [{"raw": "于20xx年x月x日前", "year": None, "month": None, "day": None}]),
    # full-width digits (transport)
    ("到２０２５年，全市新能源汽车保有量达到５万辆以上。",
     [{"raw": "到２０２５年", "year": 2025, "month": None, "day": None}]),
    # full-width digits with month (farmland protection)
    ("各地须于２０２２年１０月底前完成耕地“非农化”问题整改销号。",
     [{"raw": "于２０２２年１０月底前", "year": 2022, "month": 10, "day": None}]),
    # three deadlines in one sentence (pilot -> rollout -> full coverage)
    ("2022年底前完成试点，2023年6月底前在全市推广，到2025年实现全覆盖。",
     [{"raw": "2022年底前", "year": 2022, "month": None, "day": None},
      {"raw": "2023年6月底前", "year": 2023, "month": 6, "day": None},
      {"raw": "到2025年", "year": 2025, "month": None, "day": None}]),
    # two-stage goal (transport)
    ("到2025年，全市城市公共交通机动化出行分担率达到40%；到2035年，绿色出行比例达到75%以上。",
     [{"raw": "到2025年", "year": 2025, "month": None, "day": None},
      {"raw": "到2035年", "year": 2035, "month": None, "day": None}]),
    # judgement: 年末 is the same point in time as 年底, so 末 is kept in raw like 底
    ("至2025年末，全市每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
     [{"raw": "至2025年末", "year": 2025, "month": None, "day": None}]),
    # 到YYYY年M月底 (village affairs)
    ("到2023年3月底，全面完成村级组织换届后的档案移交和财务审计工作。",
     [{"raw": "到2023年3月底", "year": 2023, "month": 3, "day": None}]),
    # deadline inside a responsibility bracket (GOLD: listed under deadlines)
    ("建立农村低收入人口动态监测机制。（责任单位：市民政局、市乡村振兴局；完成时限：2022年底）",
     [{"raw": "2022年底", "year": 2022, "month": None, "day": None}]),
    # labelled completion time with full date
    ("推进城市生命线安全工程建设。完成时限：2023年6月30日前。",
     [{"raw": "2023年6月30日前", "year": 2023, "month": 6, "day": 30}]),
    # 应当于YYYY年M月D日前 (water resources)
    ("县级以上人民政府应当于2022年12月31日前完成河湖管理范围划定并向社会公告。",
     [{"raw": "于2022年12月31日前", "year": 2022, "month": 12, "day": 31}]),
    # 到YYYY年 (elderly care standards)
    ("到2025年，全区每千名老年人拥有养老床位数达到40张，护理型床位占比不低于55%。",
     [{"raw": "到2025年", "year": 2025, "month": None, "day": None}]),
    # 力争到YYYY年 (grain production)
    ("力争到2023年，全市高标准农田面积累计达到180万亩，粮食综合生产能力稳定在40亿斤以上。",
     [{"raw": "力争到2023年", "year": 2023, "month": None, "day": None}]),
    # 到YYYY年 (compulsory education)
    ("到2024年，全县义务教育学校全部达到省定办学标准，县域义务教育优质均衡发展通过国家督导评估。",
     [{"raw": "到2024年", "year": 2024, "month": None, "day": None}]),
    # 至YYYY年底 (rural transport)
    ("至2024年底，具备条件的建制村通客车比例保持100%，农村公路优良中等路率达到85%以上。",
     [{"raw": "至2024年底", "year": 2024, "month": None, "day": None}]),
    # YYYY年年底前 opening a sentence (digital government)
    ("2022年年底前，市级政务服务事项“最多跑一次”比例达到100%。",
     [{"raw": "2022年年底前", "year": 2022, "month": None, "day": None}]),
    # 应于YYYY年M月D日前 (health informatisation)
    ("二级以上医疗机构应于2023年1月1日前全面实施电子病历系统应用水平分级评价。",
     [{"raw": "于2023年1月1日前", "year": 2023, "month": 1, "day": 1}]),
    # bare year (water quality)
    ("2024年，全市地表水国控断面水质优良比例达到85%，劣Ⅴ类水体全面消除。",
     [{"raw": "2024年", "year": 2024, "month": None, "day": None}]),
    # bare year + 完成 (soil census)
    ("2022年完成全市第三次全国土壤普查外业调查采样工作。",
     [{"raw": "2022年", "year": 2022, "month": None, "day": None}]),
    # YYYY年前 (legal services)
    ("2025年前，全面建成市、县、乡、村四级公共法律服务实体平台。",
     [{"raw": "2025年前", "year": 2025, "month": None, "day": None}]),
    # 于YYYY年前 and bare YYYY年前 (carbon peaking)
    ("二氧化碳排放力争于2030年前达到峰值，努力争取2060年前实现碳中和。",
     [{"raw": "于2030年前", "year": 2030, "month": None, "day": None},
      {"raw": "2060年前", "year": 2060, "month": None, "day": None}]),
    # judgement: a bare 年底前 after a dated milestone means the end of that same
    # year; 底 gives no month, so month stays None
    ("2023年3月底前完成摸底调查，5月底前完成改造方案编制，年底前全部完成改造。",
     [{"raw": "2023年3月底前", "year": 2023, "month": 3, "day": None},
      {"raw": "5月底前", "year": 2023, "month": 5, "day": None},
      {"raw": "年底前", "year": 2023, "month": None, "day": None}]),
    # judgement: 上半年 is not a month, so only the year is set and raw stops at 年
    ("2022年上半年完成全市应急避难场所普查，建立动态管理台账。",
     [{"raw": "2022年", "year": 2022, "month": None, "day": None}]),
    # judgement: 力争于 is not in GOLD's list; 于 alone is, so raw starts at 于
    ("力争于2023年底前建成投用市急救指挥调度中心。",
     [{"raw": "于2023年底前", "year": 2023, "month": None, "day": None}]),
    # 确保YYYY年 (rural finance)
    ("确保2022年全面完成脱贫人口小额信贷到期续贷工作。",
     [{"raw": "2022年", "year": 2022, "month": None, "day": None}]),
    # two years sharing 分别 (housing)
    ("全市棚户区改造项目2023年、2024年分别完成年度任务的50%和100%。",
     [{"raw": "2023年", "year": 2023, "month": None, "day": None},
      {"raw": "2024年", "year": 2024, "month": None, "day": None}]),
    # 到YYYY年M月D日 (transport payment)
    ("到2022年10月1日，全市所有公交线路实现移动支付全覆盖。",
     [{"raw": "到2022年10月1日", "year": 2022, "month": 10, "day": 1}]),
    # 拟于YYYY年M月 (agriculture event)
    ("拟于2022年11月在县农业会展中心举办首届农民丰收节暨特色农产品展销会。",
     [{"raw": "于2022年11月", "year": 2022, "month": 11, "day": None}]),
    # 要在YYYY年M月底前 (在 dropped)
    ("各县要在2023年5月底前完成省级乡村振兴示范村申报材料审核。",
     [{"raw": "2023年5月底前", "year": 2023, "month": 5, "day": None}]),
    # labelled completion month
    ("完成时限：2022年12月。",
     [{"raw": "2022年12月", "year": 2022, "month": 12, "day": None}]),
    # bare year + 基本建成 (elderly care)
    ("2025年基本建成居家社区机构相协调、医养康养相结合的养老服务体系。",
     [{"raw": "2025年", "year": 2025, "month": None, "day": None}]),
    # past-fact year next to a commitment: only the commitment counts
    ("2020年全市建成区绿化覆盖率为41%，到2025年提高到43%。",
     [{"raw": "到2025年", "year": 2025, "month": None, "day": None}]),
    # baseline year (比2020年) is not a deadline
    ("到2025年，全市单位地区生产总值能耗比2020年下降14%。",
     [{"raw": "到2025年", "year": 2025, "month": None, "day": None}]),
    # pilot period end (至YYYY年M月D日) after 自印发之日起
    ("本方案自印发之日起施行，试点期至2024年12月31日。",
     [{"raw": "至2024年12月31日", "year": 2024, "month": 12, "day": 31}]),
    # 到YYYY年 (digital government)
    ("到2025年，全市政务数据共享交换平台部门接入率达到100%。",
     [{"raw": "到2025年", "year": 2025, "month": None, "day": None}]),
    # two 到YYYY年 goals (elderly care network)
    ("到2023年，各县（市、区）至少建成1个区域性综合养老服务中心；到2025年，实现乡镇（街道）全覆盖。",
     [{"raw": "到2023年", "year": 2023, "month": None, "day": None},
      {"raw": "到2025年", "year": 2025, "month": None, "day": None}]),
    # judgement: phase windows in an implementation schedule are times at which
    # work is to be done; both ends are listed, the second taking the year of
    # the first
    ("（二）集中整治阶段（2022年6月—9月）。对排查发现的问题逐项整改。",
     [{"raw": "2022年6月", "year": 2022, "month": 6, "day": None},
      {"raw": "9月", "year": 2022, "month": 9, "day": None}]),
    # phase windows with days, with the year repeated, with a colon; the
    # window of years of a plan phase is a plan period, not a deadline
    ("（一）动员部署阶段（2023年3月1日—3月31日）。各地制定具体方案。",
     [{"raw": "2023年3月1日", "year": 2023, "month": 3, "day": 1},
      {"raw": "3月31日", "year": 2023, "month": 3, "day": 31}]),
    ("三、总结验收阶段（2022年10月-2022年12月）",
     [{"raw": "2022年10月", "year": 2022, "month": 10, "day": None},
      {"raw": "2022年12月", "year": 2022, "month": 12, "day": None}]),
    ("第一阶段：2021年3月至6月，全面开展调查摸底。",
     [{"raw": "2021年3月", "year": 2021, "month": 3, "day": None},
      {"raw": "6月", "year": 2021, "month": 6, "day": None}]),
    ("第二阶段（2026—2030年），全面推进乡村振兴。", []),
    # judgement: a month deadline with no year anywhere in the passage keeps
    # year None (the year is "not stated")
    ("各县（市、区）于11月底前将年度工作总结报送市农业农村局。",
     [{"raw": "于11月底前", "year": None, "month": 11, "day": None}]),
    # 到YYYY年 after a past statistic dated by a bare year (industry)
    ("2021年，全市规模以上工业增加值同比增长9.2%，增速居全省第二。到2023年，全市规模以上工业企业达到1200家。",
     [{"raw": "到2023年", "year": 2023, "month": None, "day": None}]),
    # 截至 past + 到 future in one passage
    ("截至2021年底，全县共有家庭农场860家。到2024年，县级以上示范家庭农场达到150家。",
     [{"raw": "到2024年", "year": 2024, "month": None, "day": None}]),
    # document number and deadline in one passage: only the deadline counts
    ("按照《关于加快推进城乡环卫一体化的通知》（湘建城〔2020〕82号）要求，2023年底前实现农村生活垃圾收运处置体系全覆盖。",
     [{"raw": "2023年底前", "year": 2023, "month": None, "day": None}]),
    # plan period in a cited title + deadline: only the deadline counts
    ("根据《绵阳市“十四五”卫生健康事业发展规划（2021-2025年）》，到2025年全市建成3个区域医疗中心。",
     [{"raw": "到2025年", "year": 2025, "month": None, "day": None}]),
    # 于YYYY年M月D日前 (tourism)
    ("各景区须于2022年4月30日前完成旅游厕所新建改建任务。",
     [{"raw": "于2022年4月30日前", "year": 2022, "month": 4, "day": 30}]),
    # 至YYYY年M月底 (transport)
    ("全市交通运输行业安全生产大检查开展至2023年8月底。",
     [{"raw": "至2023年8月底", "year": 2023, "month": 8, "day": None}]),
    # 到YYYY年 (vocational education)
    ("到2025年，全州建成5所省级高水平中等职业学校和10个省级骨干专业。",
     [{"raw": "到2025年", "year": 2025, "month": None, "day": None}]),
    # judgement: 自YYYY年M月D日起 that starts a new arrangement is a time at which
    # something is to be done, listed with its date; raw stops before 起
    ("自2023年1月1日起，全市二级以上公立医院全面实行预约诊疗制度。",
     [{"raw": "2023年1月1日", "year": 2023, "month": 1, "day": 1}]),
    # 到YYYY年 after a past history clause (2020年以来 is not a deadline)
    ("2020年以来，我区累计改造农村户厕1.8万户。到2023年，农村卫生厕所普及率达到95%。",
     [{"raw": "到2023年", "year": 2023, "month": None, "day": None}]),
    # Chinese-numeral year plus arabic deadline in the same passage
    ("到二〇二四年，全市数字政府建设取得明显成效；2024年6月底前，建成市级一体化大数据中心。",
     [{"raw": "到二〇二四年", "year": 2024, "month": None, "day": None},
      {"raw": "2024年6月底前", "year": 2024, "month": 6, "day": None}]),
    # 到YYYY年底前 in a recycling passage (industry/environment)
    ("到2024年底前，全市再生资源回收网点实现城乡全覆盖。",
     [{"raw": "到2024年底前", "year": 2024, "month": None, "day": None}]),
    # full-width digits with full date
    ("请各单位于２０２３年５月１５日前将申报材料报送市科技局。",
     [{"raw": "于２０２３年５月１５日前", "year": 2023, "month": 5, "day": 15}]),
    # 到YYYY年 in a long-range environmental goal
    ("到2030年，全市重点河湖生态流量保障目标满足程度达到90%以上。",
     [{"raw": "到2030年", "year": 2030, "month": None, "day": None}]),

    # --- traditional script: matched on the simplified shadow, raw as printed ---
    ("2026年，全縣建設高標準農田3萬畝。",
     [{"raw": "2026年", "year": 2026, "month": None, "day": None}]),
    ("各鄉鎮於2025年6月底前完成驗收。",
     [{"raw": "於2025年6月底前", "year": 2025, "month": 6, "day": None}]),

    # --- a bare year: due when set off, hedged, or followed by what is due ---
    ("2026年主要预期目标：地区生产总值增长6%左右。",
     [{"raw": "2026年", "year": 2026, "month": None, "day": None, "date": date(2026, 12, 31)}]),
    ("2026年重点推进城乡环境整治。",
     [{"raw": "2026年", "year": 2026, "month": None, "day": None}]),
    ("确保2027年建成投用。",
     [{"raw": "2027年", "year": 2027, "month": None, "day": None}]),
    ("二、2026年工作安排\n2026年，全县新建高标准农田3万亩。",
     [{"raw": "2026年", "year": 2026, "month": None, "day": None}]),
    # judgement: 年底前 with no year stated before it is still a deadline, year null
    ("各乡镇年底前完成排查整治。",
     [{"raw": "年底前", "year": None, "month": None, "day": None, "date": None}]),
    ("各县区于2026年6月底前上报。",
     [{"raw": "于2026年6月底前", "year": 2026, "month": 6, "day": None, "date": date(2026, 6, 30)}]),

    # --- table columns that say when each row is due ------------------------------------

    # a bare year under 建设时间 and a date under 完成时限 (tab-separated rows)
    ("序号\t工作任务\t完成时限\t责任单位\n1\t建成区域医疗中心\t2026.6\t市卫健委\n"
     "2\t完成老旧管网改造\t2025\t市住建局",
     [{"raw": "2026.6", "year": 2026, "month": 6, "day": None},
      {"raw": "2025", "year": 2025, "month": None, "day": None}]),

    # a report on a year: its years up to that one date what was done (and its statistics
    # period); the next year's plans are due
    ("某县2023年政府信息公开工作年度报告\n一、总体情况\n2023年，县政府完成各类信息公开1200条，"
     "统计期限自2023年1月1日起至2023年12月31日止。\n二、改进措施\n2024年，全面完成政务公开标准目录编制。",
     [{"raw": "2024年", "year": 2024, "month": None, "day": None}]),

    # an empty cell (配合单位) before the time column keeps the columns in place
    ("序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t出台配套政策\t县发改局\t\t2025年\n"
     "2\t建立调度机制\t县政府办\t县发改局\t2025年3月",
     [{"raw": "2025年", "year": 2025, "month": None}, {"raw": "2025年3月", "year": 2025, "month": 3}]),

    # a cell that the text already reads as a deadline is listed once; a period and
    # 长期 are no one time
    ("任务 | 牵头单位 | 完成时间 |\n出台实施细则 | 市司法局 | 2025年底前 |\n"
     "推进数字政府建设 | 市数据局 | 2024-2026 |\n落实河长制 | 市水利局 | 长期坚持 |",
     [{"raw": "2025年底前", "year": 2025, "month": None, "day": None}]),
]

NEGATIVES = [
    # a year under a review of the last period dates a result
    "一、发展基础\n（一）“十三五”时期取得的主要成效\n2020年，全省建成高标准农田2000万亩。",
    # past event (meeting that approved the document)
    "《株洲市养老服务设施布局规划》已经2020年7月17日市政府第66次常务会议审议通过，现印发给你们，请认真组织实施。",
    # printing date line
    "抄送：市委各部门，市人大常委会办公室，市政协办公室。天水市人民政府办公室2021年8月15日印发",
    # signing date in the signature block
    "衡阳市人民政府办公室\n2022年3月8日\n（此件主动公开）",
    # year inside a document number
    "根据《四川省人民政府办公厅关于推进养老服务发展的实施意见》（川办发〔2019〕15号）精神，结合我市实际，制定本方案。",
    # document number with half-width brackets
    "按照《省人民政府关于加快推进生态文明建设的意见》（黔府发[2021]7号）要求，切实抓好各项任务落实。",
    # plan period inside a cited title
    "为贯彻落实《全国医疗卫生服务体系规划纲要（2015—2020年）》，进一步优化医疗资源配置，制定本规划。",
    # year inside a cited title without 年
    "深入实施《“健康中国2030”规划纲要》，全面推进健康城市和健康村镇建设。",
    # plan period (“十四五”期间)
    "“十四五”期间，持续加大农村公路养护投入，推动“四好农村路”高质量发展。",
    # plan period stated on its own
    "本规划期限为2021-2025年。",
    # duration (5年内)
    "新建住宅小区要在交付使用后5年内完成养老服务设施配建。",
    # duration (用5—10年时间)
    "用5—10年时间，培养一批高水平中医药临床骨干人才。",
    # duration (连续三年)
    "对连续三年考核优秀的家庭农场，优先推荐申报省级示范家庭农场。",
    # recurring (每年), no absolute date
    "每年组织开展不少于2次安全生产应急演练。",
    # judgement: a recurring yearly cut-off (每年6月底前) is not an absolute calendar time
    "每年6月底前，各县（区）将上年度项目绩效自评报告报市财政局。",
    # age
    "年满60周岁、具有本市户籍的老年人，可免费乘坐市内公交车。",
    # history statement (2020年以来)
    "2020年以来，全市累计新增城镇就业3.6万人，城镇登记失业率控制在3.5%以内。",
    # past stock (截至YYYY年底)
    "截至2020年底，全市共有各类养老机构86家，床位1.2万张。",
    # history statement (“十三五”以来)
    "“十三五”以来，我市先后获评国家卫生城市、全国文明城市。",
    # past fact dated by a bare year
    "2019年，我县被确定为全国农村集体产权制度改革试点县。",
    # past date in an eligibility condition
    "对1949年10月1日前参加革命工作的离休干部，按规定落实医疗待遇。",
    # judgement: a past cut-off that defines who qualifies is not a deadline, even with 前
    "2016年12月31日前已取得乡村医生执业证书的人员，可继续在村卫生室执业。",
    # duration in a programme name (三年行动)
    "深入实施义务教育薄弱环节改善与能力提升三年行动。",
    # baseline year (比YYYY年)
    "单位地区生产总值二氧化碳排放比2020年下降18%。",
    # baseline year (以YYYY年为基期)
    "各项统计指标以2019年为基期，统计口径保持一致。",
    # year of amendment inside the citation of a law
    "依据《中华人民共和国老年人权益保障法》（2018年修正）第三十七条，对经济困难的高龄老人给予补贴。",
    # past census figure
    "第七次全国人口普查数据显示，2020年全市60岁以上人口占比达19.6%。",
    # past span of years (连续三年获评)
    "2018—2020年，我市连续三年获评全省平安建设先进市。",
    # clock times, not calendar dates
    "政务服务大厅工作时间为每周一至周五9:00—17:00，节假日实行预约服务。",
    # validity period (duration)
    "本通知有效期5年，由市发展改革委负责解释。",
    # year inside the name of a past meeting
    "市政府2021年第15次常务会议研究决定，成立市数字政府建设工作领导小组。",
    # duration (近三年来)
    "近三年来，全县累计投入教育资金12亿元，新建改扩建学校42所。",
    # judgement: a year that is part of the name of a past event is not a deadline
    "依托2019年世界园艺博览会场馆，建设生态科普教育基地。",
    # plan period phrased as 时期
    "“十四五”时期是全面推进乡村振兴、加快农业农村现代化的关键五年。",
    # eligibility by birth date (以后)
    "2000年1月1日以后出生的适龄青年，须按规定参加兵役登记。",
    # 于 of 关于 / 对于 is no lead, and the year names a year's programme
    "认真贯彻落实省委、省政府关于2024年重点工作的部署要求。",
    "现就做好全县2023年重点工作任务分解，制定如下方案。",
    # the year in the name of a long-range plan
    "依据《国民经济和社会发展第十四个五年规划和2035年远景目标纲要》编制本规划，落实2035年远景目标。",
    # a year designated by a name
    "市政府确定2021年为“营商环境提升年”，全面优化审批服务。",

    # a year inside a name, a programme or a list: not a time something is due
    "关于公布2026年全省数字乡村试点县名单的通知",
    "附件：2026年全市重点民生项目清单",
    "切实做好2026年全市安全生产工作。",
    # a statement about the year
    "2025年是“十四五”规划的收官之年，做好今年工作意义重大。",
    # a year under a heading that reports what was done
    "一、2025年工作完成情况\n2025年，全县上下坚持稳中求进，新建高标准农田3万亩。",
    # a column of dates that are not due dates (when a listed document was issued)
    "序号\t文件名称\t发布时间\n1\t关于加强耕地保护的意见\t2021\n2\t关于推进乡村振兴的实施意见\t2022",
]
