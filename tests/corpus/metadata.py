"""Metadata corpus for policyparse (data only, no parser code).

Headers and footers in the style of Chinese government documents and of their
web copies, each paired with the metadata fields a correct reader must return.
Only the fields a case names are compared; ``None`` means the field must be
empty.  Expectations follow docs/annotation-guide.md, "Metadata":

* ``doc_number`` as printed (brackets as printed, inner whitespace removed);
* ``title`` the document's own title, joined across lines, with the issuer
  printed right above a ``关于`` / ``印发`` line joined in front; never a site's
  prefix or markdown;
* ``issuer`` from the header, a site's disclosure table, the signature or the
  title (in that order), several joined by ``、``; a news lead does not count;
* ``date`` the 成文日期: the signature, a site's 成文日期 row, a date of adoption,
  else the printing date; never a web page's own date, which is ``published``.

Cases that docs/annotation-guide.md leaves open carry a ``# judgement:`` comment.
"""
from datetime import date

EXAMPLES = [
    # a site's disclosure table, cells separated by |
    ("发文机关： 某省人民政府办公厅 | 成文日期： 2022-03-08 |\n"
     "发文字号： 某政办发〔2022〕11号 | 发布日期： 2022-03-10 |\n"
     "标 题： 某省人民政府办公厅关于印发某省养老服务体系建设规划的通知 |\n"
     "各市人民政府，省政府各部门：\n现将规划印发给你们，请认真贯彻执行。\n一、总体要求\n坚持以人民为中心。",
     {"doc_number": "某政办发〔2022〕11号", "title": "某省人民政府办公厅关于印发某省养老服务体系建设规划的通知",
      "issuer": "某省人民政府办公厅", "date": date(2022, 3, 8), "published": date(2022, 3, 10)}),
    # a law database's 【label】 rows, run together with the title and the number after it
    ("某市人民政府关于加强城市供水管理的若干规定(试行)文章属性•【制定机关】某市人民政府•【公布日期】2009.06.01"
     "•【字号】某政[2009]8号•【施行日期】2009.07.01•【效力等级】地方规范性文件正文"
     "某市人民政府关于加强城市供水管理的若干规定(试行)(某政〔2009〕8号)各区、县人民政府，市政府各部门：为保障供水安全，现作如下规定。\n"
     "一、供水设施\n加强管护。",
     {"doc_number": "某政〔2009〕8号", "title": "某市人民政府关于加强城市供水管理的若干规定(试行)",
      "issuer": "某市人民政府", "date": None}),
    # labels without colons, one per line, in a traditional-script copy
    ("發文機關某省人民政府\n發文日期2019年04月02日\n發文字號某政發〔2019〕6號\n施行日期2019年05月01日\n"
     "各市、縣人民政府：\n現將有關事項通知如下。\n某省人民政府\n二〇一九年四月二日",
     {"doc_number": "某政發〔2019〕6號", "issuer": "某省人民政府", "date": date(2019, 4, 2)}),
    # a site's prefix before the title
    ("某区人才政策：关于加快集聚高层次人才的若干政策意见\n为吸引人才，制定本意见。\n一、引进顶尖人才\n给予支持。",
     {"title": "关于加快集聚高层次人才的若干政策意见", "issuer": None}),
    # a reposting mark and markdown around the title
    ("# （转载）某市人民政府关于印发某市节约用水管理办法的通知\n各区人民政府：\n现印发给你们。\n某市人民政府\n2021年9月1日",
     {"title": "某市人民政府关于印发某市节约用水管理办法的通知", "issuer": "某市人民政府", "date": date(2021, 9, 1)}),
    # joint issuers printed with a space above a title that starts with 印发
    ("中共某县委 某县人民政府\n印发《关于推进乡村治理体系建设的实施意见》的通知\n某县发〔2022〕4号\n"
     "各乡镇党委、人民政府：\n现将实施意见印发给你们。\n中共某县委\n某县人民政府\n2022年3月15日",
     {"title": "中共某县委某县人民政府印发《关于推进乡村治理体系建设的实施意见》的通知",
      "issuer": "中共某县委、某县人民政府", "doc_number": "某县发〔2022〕4号", "date": date(2022, 3, 15)}),
    # joint issuers run together in the title, no header or signature
    ("生态环境部国家发展改革委关于推进重点行业清洁生产的通知\n各省、自治区、直辖市生态环境厅（局）：\n为推进清洁生产，现通知如下。\n"
     "一、明确目标\n推进改造。",
     {"title": "生态环境部国家发展改革委关于推进重点行业清洁生产的通知", "issuer": "生态环境部、国家发展改革委"}),
    # an office of a government is one issuer, not two
    ("关于征求意见的公告\n请于本月底前反馈意见。\n某州人民政府法制办公室 2018年5月4日 --------------------\n附件：条例草案",
     {"issuer": "某州人民政府法制办公室", "date": date(2018, 5, 4)}),
    # a date of adoption in brackets, broken over lines
    ("某省电梯安全管理条例\n\n(2020年11月27日某省第十三届人民代表大会\n\n常务委员会第二十二次会议通过)\n\n第一章 总则\n第一条 为了加强电梯安全管理，制定本条例。",
     {"title": "某省电梯安全管理条例", "date": date(2020, 11, 27)}),
    # a date of adoption on a line of its own
    ("某省野生动物保护条例\n2021年3月31日某省第十三届人民代表大会常务委员会第二十七次会议通过\n第一章 总则\n第一条 为了保护野生动物，制定本条例。",
     {"date": date(2021, 3, 31)}),
    # a report's author on the line under its title and the note of adoption
    ("关于某市2023年预算执行情况的报告\n（2024年1月20日在某市第十届人民代表大会\n第四次会议上通过）\n某市财政局\n各位代表：\n现将预算执行情况报告如下。",
     {"title": "关于某市2023年预算执行情况的报告", "issuer": "某市财政局", "date": date(2024, 1, 20)}),
    # a web page's own date is published, not the 成文日期
    ("某市促进民营经济发展若干措施\n发布日期：2023-06-02\n为促进民营经济发展，制定本措施。\n一、降低成本\n减免租金。",
     {"title": "某市促进民营经济发展若干措施", "date": None, "published": date(2023, 6, 2)}),
    # a title not shaped 关于…的通知: the short first line of the page
    ("某县2023年民生实事项目推进情况\n2023年，县委、县政府确定民生实事10件。现将推进情况公布如下：\n一、教育\n新建幼儿园2所。",
     {"title": "某县2023年民生实事项目推进情况", "issuer": None, "date": None}),
    # a title with its period, and a title broken over lines with a blank line between
    ("某市人民政府办公室\n\n2023年6月1日\n\n某市进一步推动中小企业专精特新\n\n发展实施方案\n\n为推动中小企业发展，制定本方案。\n一、主要目标\n培育企业。",
     {"title": "某市进一步推动中小企业专精特新发展实施方案", "issuer": "某市人民政府办公室", "date": date(2023, 6, 1)}),
    ("日前，某市印发《某市城市更新行动方案(2023-2025年)》。全文如下：\n某市城市更新行动方案(2023-2025年)\n为推进城市更新，制定本方案。\n一、目标\n改造小区。",
     {"title": "某市城市更新行动方案(2023-2025年)", "issuer": None}),
    # a page that lost its line breaks: number, title and addressees run together
    ("某府办发〔2022〕7号某市人民政府办公室关于印发某市数字经济发展规划的通知各县区人民政府，市直各部门：现将规划印发给你们。一、发展目标到2025年数字经济规模明显提升。",
     {"doc_number": "某府办发〔2022〕7号", "title": "某市人民政府办公室关于印发某市数字经济发展规划的通知",
      "issuer": "某市人民政府办公室"}),
    # the red header names the issuer; the date right before the publicity note is the signing date
    ("某自治区人民政府文件某政发〔2020〕3号关于印发2020年自治区重点项目计划的通知各州、市人民政府：现将计划印发你们。"
     "附件:2020年自治区重点项目计划2020年2月20日(此件公开发布)附件:2020年自治区重点项目计划",
     {"doc_number": "某政发〔2020〕3号", "title": "关于印发2020年自治区重点项目计划的通知",
      "issuer": "某自治区人民政府", "date": date(2020, 2, 20)}),
    # a traditional-script cover notice; strings stay in the script printed
    ("某市人民政府辦公廳關於印發某市養老服務設施建設方案的通知\n某府辦發〔2023〕5號\n各區人民政府：\n現將方案印發給你們。\n"
     "某市人民政府辦公廳\n2023年5月6日\n一、總體要求\n堅持以人民為中心。",
     {"doc_number": "某府辦發〔2023〕5號", "title": "某市人民政府辦公廳關於印發某市養老服務設施建設方案的通知",
      "issuer": "某市人民政府辦公廳", "date": date(2023, 5, 6)}),
    # a law database: title, the issuer on its own line, the title again, the order's number over two lines
    ("某省森林防火规定\n\n某省人民政府\n\n某省森林防火规定\n\n某省人民政府令\n第105号\n\n《某省森林防火规定》已经省政府常务会议通过，现予公布。\n\n"
     "省长 某某\n二OO八年三月五日\n\n第一条 为了预防森林火灾，制定本规定。",
     {"doc_number": "某省人民政府令第105号", "title": "某省森林防火规定", "issuer": "某省人民政府", "date": date(2008, 3, 5)}),
    # the red header over a standard cover notice; the issuer printed above 关于 joins the title
    ("某市人民政府文件\n\n某政发〔2023〕5号\n\n某市人民政府\n关于印发某市促进消费若干措施的通知\n\n"
     "各县（区）人民政府，市政府各部门：\n现将措施印发给你们。\n\n某市人民政府\n二〇二三年三月一日\n（此件公开发布）\n"
     "一、总体要求\n促进消费。",
     {"doc_number": "某政发〔2023〕5号", "title": "某市人民政府关于印发某市促进消费若干措施的通知",
      "issuer": "某市人民政府", "date": date(2023, 3, 1)}),
    # a joint signature on one line, the names apart
    ("关于做好教师培训工作的通知\n各学校：\n现就有关事项通知如下。\n某市财政局    某市教育局\n2023年3月1日",
     {"issuer": "某市财政局、某市教育局", "date": date(2023, 3, 1)}),
    # a government order's number on one line names the issuing government
    ("某市人民政府令第5号\n《某市养犬管理规定》已经市政府常务会议通过，现予公布，自2023年5月1日起施行。\n市长 某某\n"
     "2023年3月1日\n某市养犬管理规定\n第一条 为了规范养犬，制定本规定。",
     {"doc_number": "某市人民政府令第5号", "title": "某市养犬管理规定", "issuer": "某市人民政府", "date": date(2023, 3, 1)}),
    # a disclosure table flattened with tabs
    ("索引号：\t11440100/2023-00123\t分类：\t城乡建设\n发文机关：\t某市人民政府\t成文日期：\t2023年03月01日\n"
     "标题：\t某市人民政府关于加强建筑垃圾管理的通知\n发文字号：\t某府〔2023〕5号\t发布日期：\t2023年03月05日\n"
     "各区人民政府：\n现通知如下。\n一、加强源头管理\n减少产生。",
     {"doc_number": "某府〔2023〕5号", "title": "某市人民政府关于加强建筑垃圾管理的通知", "issuer": "某市人民政府",
      "date": date(2023, 3, 1), "published": date(2023, 3, 5)}),
    # a disclosure table flattened one cell per line: each label's value is on the line below it
    ("索引号：\n11440100/2023-00123\n发文机关：\n某市人民政府\n成文日期：\n2023年03月01日\n标题：\n"
     "某市人民政府关于加强建筑垃圾管理的通知\n发文字号：\n某府〔2023〕5号\n发布日期：\n2023年03月05日\n"
     "各区人民政府：\n现通知如下。\n一、加强源头管理\n减少产生。",
     {"doc_number": "某府〔2023〕5号", "title": "某市人民政府关于加强建筑垃圾管理的通知", "issuer": "某市人民政府",
      "date": date(2023, 3, 1), "published": date(2023, 3, 5)}),
    # a news account's headline and byline above the notice
    ("# 重磅！某省出台促进消费若干措施\n原创 某某发布 2023-04-01 10:00\n某省人民政府办公厅关于印发某省促进消费若干措施的通知\n"
     "某府办〔2023〕9号\n各市人民政府：\n现印发给你们。\n某省人民政府办公厅\n2023年3月28日\n一、总体要求\n促进消费。",
     {"doc_number": "某府办〔2023〕9号", "title": "某省人民政府办公厅关于印发某省促进消费若干措施的通知",
      "issuer": "某省人民政府办公厅", "date": date(2023, 3, 28)}),
    # markdown bold around the title, and around a site prefix
    ("**某县人民政府关于印发某县森林防火工作方案的通知**\n各乡镇人民政府：\n现印发给你们。\n某县人民政府\n２０２３年３月１日",
     {"title": "某县人民政府关于印发某县森林防火工作方案的通知", "issuer": "某县人民政府", "date": date(2023, 3, 1)}),
    ("## **某区人才政策：关于加快集聚人才的若干意见**\n为吸引人才，制定本意见。\n一、引进人才\n给予支持。",
     {"title": "关于加快集聚人才的若干意见"}),
    # a date over the address of the page it was copied from, and a site's timestamp, date nothing
    ("某省国民经济和社会发展第十四个五年规划纲要\n2021年2月5日\nhttps://example.org/news/2021/0205.html\n序言\n"
     "生成日期：2021-02-06 09:12:44\n第一篇 发展基础\n取得成就。",
     {"title": "某省国民经济和社会发展第十四个五年规划纲要", "date": None}),
    # a title that runs on into its preamble (根据…) in a page that lost its line breaks
    ("某县农村人居环境整治提升实施方案根据省、市有关部署，结合我县实际，制定本方案。一、工作目标到2025年，农村卫生厕所普及率达到90%。",
     {"title": "某县农村人居环境整治提升实施方案"}),
]

# A document-sharing site's page that lost its line breaks: the site numbers its pages
# (1、 2、), and the title runs into the first sentence; with no other page number in
# the page, its 1、 reads as a heading, and the title is not looked for under it.
# judgement: the title ends where the preamble's 为… begins
KNOWN_MISS = ("某市应急物资保障体系建设行动计划(2022-2023年)(12页).docx\n下载文档\n"
              "1、某市应急物资保障体系建设行动计划(2022-2023年)为提高应急保障能力，根据有关要求，制定本计划。"
              "一、总体要求到2023年，应急物资保障体系基本建成。2、-市级储备库全面建成",
              {"title": "某市应急物资保障体系建设行动计划(2022-2023年)"})

# Passages whose named fields must be empty, or differ from a tempting wrong reading.
NEGATIVES = [
    # a news lead names the issuer, but it is neither header nor signature
    ("近日，某省人民政府印发《某省加快建设生态文明高地总体规划》。\n某省加快建设生态文明高地总体规划\n为加快建设，制定本规划。\n第一章 基础\n成效显著。",
     {"issuer": None, "title": "某省加快建设生态文明高地总体规划"}),
    # a number printed after a cited title is the cited document's
    ("某区促进就业若干措施\n根据《某市人民政府关于做好就业工作的通知》（某府发〔2021〕9号）精神，制定本措施。\n一、稳定岗位\n给予补贴。",
     {"doc_number": None, "title": "某区促进就业若干措施"}),
    # a site's banner above a title that names its own issuer is not the issuer
    ("某市人民政府\n某市人民政府办公室关于做好防汛工作的通知\n各区人民政府：\n现通知如下。\n一、压实责任\n落实到人。",
     {"issuer": "某市人民政府办公室", "title": "某市人民政府办公室关于做好防汛工作的通知"}),
    # an upload date without a label is not the 成文日期
    ("某市城市管理条例.docx\n下载文档\n2024-05-20\n18页\n某市城市管理条例\n第一条 为了加强城市管理，制定本条例。",
     {"date": None}),
    # a 施行日期 row dates something else
    ("施行日期：2020年1月1日\n某县农村公路养护办法\n第一条 为加强养护，制定本办法。",
     {"date": None, "title": "某县农村公路养护办法"}),
    # a page date on the line under its label is no signing date
    ("发布日期：\n2023年03月05日\n某市人民政府关于加强建筑垃圾管理的通知\n各区人民政府：\n现通知如下。\n一、加强源头管理\n减少产生。",
     {"date": None, "published": date(2023, 3, 5)}),
    # a time column of the body is no page date
    ("某区老旧小区改造实施方案\n为改善居住条件，制定本方案。\n一、改造任务\n完成时间：2023年12月31日",
     {"published": None, "date": None}),
    # a site's breadcrumb is no title
    ("首页 > 政策文件 > 规范性文件\n为规范管理，制定本办法。\n第一条 本办法适用于全县。", {"title": None}),
    # the attachment list of a cover notice names the issued document, it is not printed as its title
    ("某府办发〔2023〕2号\n各乡镇人民政府：\n现将实施方案印发给你们，请认真执行。\n附件：某县农村人居环境整治实施方案\n"
     "某县人民政府办公室\n2023年2月1日",
     {"title": None, "issuer": "某县人民政府办公室", "date": date(2023, 2, 1)}),
    # a word that ends with a label (项目名称) is no table row
    ("某县交通建设实施方案\n项目名称：某某大桥建设方案\n为推进交通建设，制定本方案。\n一、重点项目\n新建大桥1座。",
     {"title": "某县交通建设实施方案"}),
    # a download page's file name is no title
    ("某县安全生产管理办法(8页).docx\n下载文档\n为加强安全生产管理，制定本办法。\n第一条 本办法适用于全县。", {"title": None}),
    # a past event's date inside a sentence dates nothing
    ("某市推进数字政府建设实施方案\n方案已经2022年7月1日市政府常务会议审议通过。\n一、目标\n建成平台。",
     {"date": None}),
]
