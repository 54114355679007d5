"""Document splitting corpus (data only): pages that collect several documents.

Each passage is paired with the labels of the logical documents it holds, in order
(``None`` for a document with no collection label).  A page that collects sample
documents labels each with a shared prefix and an ordinal, or with 篇一 / 第2篇 /
范文三; one notice, however long, is one document, and a cover notice with the plan
it issues is one document too.
"""

EXAMPLES = [
    # one notice: one document
    ("关于印发某县农村人居环境整治方案的通知\n各乡镇人民政府：\n现将方案印发给你们。\n一、总体要求\n坚持统筹推进。\n",
     [None]),
    # a cover notice and the plan it issues are one document
    ("某市人民政府关于印发某市养老服务体系建设方案的通知\n各区人民政府：\n现印发给你们，请认真贯彻执行。\n某市人民政府\n2023年3月1日\n"
     "某市养老服务体系建设方案\n一、总体目标\n到2025年建成养老床位5000张。\n",
     [None]),
    # a shared prefix and an ordinal
    ("乡村振兴工作方案范文(精选3篇)\n乡村振兴工作方案范文(精选3篇)1\n一、目标\n建设美丽乡村。\n"
     "乡村振兴工作方案范文(精选3篇)2\n一、目标\n发展特色产业。\n乡村振兴工作方案范文(精选3篇)3\n一、目标\n完善基础设施。\n",
     ["乡村振兴工作方案范文(精选3篇)1", "乡村振兴工作方案范文(精选3篇)2", "乡村振兴工作方案范文(精选3篇)3"]),
    # 篇一 / 篇二 labels
    ("安全生产工作计划\n篇一：\n一、工作目标\n杜绝重大事故。\n篇二：\n一、工作目标\n减少一般事故。\n",
     ["篇一：", "篇二："]),
]

NEGATIVES = [
    # numbered headings are not collection labels
    "一、总体要求\n（一）指导思想\n坚持人民至上。\n二、重点任务\n（一）加强领导\n落实责任。\n",
    # a list of items ending in ordinals is not a collection
    "附件：\n1.任务清单1\n2.任务清单2\n",
]
