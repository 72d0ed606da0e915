"""Categories, sixth session round (w63): the category errors of all eighteen opened figure corpora, AL included.

Our own invented sentences, one or more per rule; each case marked `was …` failed on main 2e40f87; the others
pin what the rules leave alone. docs/quantities.md "Category round (sixth session)"."""
from __future__ import annotations

import pytest

from invented import category as _cat


@pytest.mark.parametrize("text, part, category", [
    # an approximation word between a word of harm and its number is no verb: the toll (CODEBOOK other)
    ("连日暴雨,某区受灾人口超过8万人。", "8万人", "other"),                        # was coverage
    ("某县各街道遭受洪灾,受灾群众逾3万人。", "3万人", "other"),                      # was coverage
    ("民政部门为受灾群众超过1万人发放了帐篷。", "1万人", "coverage"),
    # an adverb between the disaster and its verb of scope: the places are the disaster's reach
    ("暴雪已影响某州16个乡镇。", "16个乡镇", "other"),                               # was coverage
    ("洪水已经波及下游5个村。", "5个村", "other"),                                   # was coverage
    ("救灾工作已涉及11个县。", "11个县", "coverage"),
])
def test_round6(text, part, category):
    assert _cat(text, part) == category
