"""Round t9 (eighth session): what a newcomer's own reports showed in the place tables and charts.

Every report here is one we wrote for these tests (invented places' stories in real counties' names), not the
newcomer's and not the seeds'.
"""
from __future__ import annotations

import math

import pandas as pd

from mobilization import charts, tables

from invented import indicator_row, report_tables


_tables = report_tables  # one report of 宣州区, the user's place
_row = indicator_row


# A. Special Party dues: their own indicator, in neither cash donations nor Party dues allocated.
DUES = ("宣州区党员踊跃缴纳特殊党费\n2021年2月10日\n疫情发生以来，宣州区广大党员自愿缴纳特殊党费，全区共计缴纳特殊党费"
        "86.4万元。区委组织部从区管党费中划拨30万元用于一线防控。\n")


def test_special_party_dues_are_their_own_indicator_and_not_dues_allocated(tmp_path):
    t = _tables(tmp_path, DUES)
    special = _row(t, "special_party_dues")
    assert special["status"] == "reported" and special["value"] == 864000 and special["bound"] == "exact"
    assert _row(t, "party_dues")["value"] == 300000  # the allocation only, the members' own dues left out
    assert _row(t, "cash_donations")["status"] == "not reported"


def test_a_chart_says_what_its_indicator_counts(tmp_path):
    t = _tables(tmp_path, DUES)
    fig = charts.indicator_chart(t.indicators, "party_dues")
    text = " ".join(x.get_text() for x in fig.texts).replace("\n", " ")
    assert "not special Party dues" in text and "allocated" in text


# B. A stated total for the whole place is exact, its parts inside it.
VOLUNTEERS = ("宣州区党员志愿者投身防控\n2021年2月10日\n截至2月9日，全区共计招募党员志愿者2600名，其中机关党员900名、"
              "社区党员1700名，分布在各个卡口。\n")


def test_a_stated_total_for_the_whole_place_is_exact_with_its_parts_inside(tmp_path):
    row = _row(_tables(tmp_path, VOLUNTEERS), "party_members_mobilized")
    assert row["value"] == 2600 and row["bound"] == "exact"
    assert row["rule_applied"].startswith("stated total for the whole place")
    # a largest figure the report does not state as the place's total stays a lower bound
    text = "宣州区干部下沉\n2021年2月10日\n区里选派500名党员干部下沉到村，另有120名机关干部在卡口值守。\n"
    assert _row(_tables(tmp_path, text, name="s"), "party_members_mobilized")["bound"] == "lower_bound"


# C. A noun holding a verb decides no kind; a total's part counts what its total counts, and is no other fact.
BRANCHES = ("宣州区：党旗飘在一线\n2021年2月10日\n宣州区在集中隔离点、核酸检测点组建临时党支部40个，抽调600余名机关党员干部"
            "下沉到社区。全区共计动员党员志愿者2100名，其中机关党员600名、农村党员1500名。\n")


def test_a_noun_holding_a_verb_gives_no_kind_and_parts_take_their_totals_kind(tmp_path):
    f = _tables(tmp_path, BRANCHES).facts.set_index("surface")
    assert f.loc["临时党支部40个", "kind"] == ""  # 隔离点 is a place, not 隔离 done to the branches
    # (round q25v: the sending verb 动员 is no part of the noun read before the number, nor of the surface)
    assert f.loc["机关党员600名", "kind"] == f.loc["党员志愿者2100名", "kind"] == "volunteered"
    assert f.loc["600余名机关党员干部", "kind"] == "sent_down"
    assert f.loc["600余名机关党员干部", "n_mentions"] == 1  # not merged with the volunteers' part


# D. Who gives: the figure's own clause names the firms; "about" is no lower bound.
GOODS = ("宣州区党员捐款抗疫\n2021年2月10日\n全区党员自愿捐款58万元，企业捐赠防疫物资价值约120万元。\n")


def test_goods_a_firm_gave_are_not_the_partys_even_when_the_sentence_names_members(tmp_path):
    t = _tables(tmp_path, GOODS)
    assert _row(t, "in_kind_donations")["status"] == "not reported"
    assert _row(t, "cash_donations")["value"] == 580000


def test_an_about_figure_not_stated_for_the_whole_place_is_not_called_a_lower_bound(tmp_path):
    text = "宣州区党员捐赠物资\n2021年2月10日\n某村党支部党员捐赠防疫物资价值约20万元。\n"
    row = _row(_tables(tmp_path, text), "in_kind_donations")
    assert row["bound"] == "about" and "(a lower bound)" not in row["rule_applied"]
    assert "approximate" in row["rule_applied"]


# E. The map: its rate is the prefecture's, and it says so; ≥ marks; no pale fill near white.
def _county_rows() -> pd.DataFrame:
    return pd.DataFrame([dict(place_code="341802", place_name="宣州区", place_level="county",
                              indicator_id="temp_party_orgs", label_zh="临时党组织",
                              label_en="Temporary Party organizations", unit="organizations", status="reported",
                              value=40.0, approx="exact", bound="lower_bound", rule_applied="largest figure",
                              per_capita=True, denominator=750000.0, per_10k=40 / 75, denominator_status="census",
                              sources="r@1:5 临时党支部40个", docs="r")])


def test_the_map_says_its_rate_is_the_prefectures_and_marks_lower_bounds():
    fig = charts.prefecture_map(_county_rows(), "temp_party_orgs")
    ax = fig.axes[0]
    assert "PREFECTURE" in ax.get_title() and "not the bar charts' rate" in ax.get_title()
    caption = " ".join(t.get_text() for t in fig.texts).replace("\n", " ")
    assert "Rates differ from the bar charts'" in caption and "宣州区 0.533" in caption
    assert any(t.get_text() == "≥" for t in ax.texts)
    coloured = [p.get_facecolor() for p in ax.patches if not p.get_hatch() and p.get_facecolor()[:3] != (1.0, 1.0, 1.0)]
    assert coloured and all(min(c[:3]) < 0.95 for c in coloured)  # the palest shade is far from white
    assert not math.isnan(charts.map_values(_county_rows(), "temp_party_orgs", charts.boundaries())["per_10k"].iloc[0])


def test_a_noun_that_only_modifies_a_longer_noun_is_not_the_same_fact(tmp_path):
    # 12个贫困村 and 12个贫困村扶贫车间 are two facts: the second's head is 车间 (workshops), not villages; and once
    # 服务中心 no longer gives a kind, no accident of kinds keeps them apart either
    for name, tail in (("plain", "区里建成12个贫困村扶贫车间。"), ("centre", "区里建成以公共服务中心、12个贫困村扶贫车间为主的产业体系。")):
        text = "宣州区产业扶贫\n2021年2月10日\n区商务局深入12个贫困村收购农产品。" + tail + "\n"
        t = _tables(tmp_path, text, name=name)
        assert t.facts.set_index("surface").loc["12个贫困村", "n_mentions"] == 1, name
        assert _row(t, "villages_covered")["value"] == 12, name
