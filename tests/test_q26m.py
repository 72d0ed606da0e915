"""Round q26m (twelfth session): money the audit found misread or misadded.

Every report here is one we wrote for these tests (invented stories in real counties' names), not a corpus's, not
the seeds' and not the audit's. Each test fails on the code before the round.
"""
from __future__ import annotations

import pandas as pd

from mobilization.quantities import extract

from invented import indicator_row, report_tables


def _row(tmp_path, text: str, indicator_id: str) -> pd.Series:
    t = report_tables(tmp_path, text, code="511126", place="夹江县", population=300000.0, date="2022-07-20")
    return indicator_row(t, indicator_id)


def _nouns(text: str) -> list[str]:
    return [q.entity for q in extract(text)]


# O13: a compound ending in 金 (or 费) whose first half is a verb of the stop list (救助, 补助) is the noun whole.
def test_a_compound_of_a_stop_verb_and_jin_is_read_whole():
    assert _nouns("镇民政办为困难户发放临时救助金12万元。") == ["救助金"]
    assert _nouns("村委会为五保户发放生活补助金3000元。") == ["补助金"]
    assert _nouns("县里为受灾农户发放救助费8万元。") == ["救助费"]


def test_a_one_character_tail_of_a_longer_word_is_never_the_noun():
    # the tail of a word of another kind is no noun at all (试点 is no place, 闸口 no …口)
    assert _nouns("完成适老化改造30户、家庭养老床位建设试点10户。")[-1] == "试点"
    assert _nouns("收到爱心款项，包括某某慈善基金20万元、某某慈善基金10万元。")[0] == "基金"
    assert _nouns("新修渠道12条，配套小型桥涵闸口36处。")[-1] == "闸口"


def test_public_funds_counts_relief_money_a_civil_affairs_bureau_pays(tmp_path):
    text = ("夹江县开展临时救助\n2022年7月20日\n暴雨过后，县民政局向受灾群众发放临时救助金60万元，帮助群众渡过难关。\n")
    row = _row(tmp_path, text, "public_funds")
    assert row["status"] == "reported" and row["value"] == 600000


# O12: goods listed, then 价值约N万元 with no noun: the declared value of the goods donated.
def test_the_value_of_goods_listed_before_counts_as_an_in_kind_donation(tmp_path):
    text = ("夹江县党员干部支援灾区\n2022年7月20日\n洪灾发生后，全县两新组织党组织捐赠矿泉水、方便面等物资，价值约8万元。\n")
    row = _row(tmp_path, text, "in_kind_donations")
    assert row["status"] == "reported" and row["value"] == 80000


def test_a_value_of_goods_bought_with_party_dues_is_no_donation(tmp_path):
    text = ("夹江县党员干部支援灾区\n2022年7月20日\n县委组织部用党费购买并向灾区捐赠矿泉水、方便面等物资，价值约8万元。\n"
            "全县党组织捐赠帐篷、棉被等，价值约5万元。\n")
    row = _row(tmp_path, text, "in_kind_donations")
    assert row["status"] == "reported" and row["value"] == 50000


# O14: beside a stated total, a small figure another office gives is not swallowed: the value is a lower bound.
TOTAL = ("夹江县下拨抗旱资金\n2022年7月20日\n县财政局累计下拨抗旱资金共计2000万元，其中人饮工程1200万元、灌溉800万元。"
         "县应急管理局向受灾群众发放救灾资金60万元。\n")


def test_a_small_figure_another_office_gives_makes_the_total_a_lower_bound(tmp_path):
    row = _row(tmp_path, TOTAL, "public_funds")
    assert row["value"] == 20000000 and row["bound"] == "lower_bound"
    assert "another office (县应急管理局) not added" in row["rule_applied"]
    # the same office's small figure is still taken to be inside its total
    row = _row(tmp_path, TOTAL.replace("县应急管理局向", "县财政局另向"), "public_funds")
    assert row["value"] == 20000000 and row["bound"] == "exact"
    assert "taken to be inside it" in row["rule_applied"]
