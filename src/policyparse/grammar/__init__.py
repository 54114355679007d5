"""The grammar of policy documents, kept as data plus small functions.

- :mod:`.numerals` — Chinese and full-width numerals to numbers.
- :mod:`.markers` — the heading marker styles (一、 （一） 1. （1） ① 第X章 专栏N).
- :mod:`.dates` — years, months and days (2025年, 二〇二五年, 20xx年), for metadata and deadlines.
- :mod:`.commitments` — the words with which a document commits (力争, 建成, 培育 …).
- :mod:`.comparators` — the words that bound a number (不低于, 以内, 左右 …), for targets and funding.
"""
