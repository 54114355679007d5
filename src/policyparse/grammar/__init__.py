"""The grammar of policy documents, kept as data plus small functions.

- :mod:`.numerals` — Chinese and full-width numerals to numbers.
- :mod:`.markers` — the heading marker styles (一、 （一） 1. （1） ① 第X章 专栏N).
"""
