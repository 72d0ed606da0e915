"""Quantity extraction: numeral forms, approximations, noun-first order, exclusions, categories.

Made-up sentences in the style of Party-mobilization reports, one rule each, so that the
extractor is checked on text it was not tuned on. Inputs are simplified (extract's contract);
traditional inputs go through OpenCC first.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from mobilization.lexicon import read_rows
from mobilization.quantities import Quantity, extract, lexicon
from mobilization.script import convert

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = {"organization", "personnel", "funds", "coverage", "activity", "supplies", "other"}
APPROX = {"exact", "more_than", "about", "at_least", "at_most", "range"}


def facts(text: str) -> list[tuple]:
    return [(q.value, q.approx, q.unit, q.entity, q.category) for q in extract(text)]


def check_offsets(text: str, qs: list[Quantity]) -> None:
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    for q in qs:
        assert text[q.start:q.end] == q.surface
        assert q.start <= q.number_start < q.number_end <= q.end
        if q.unreadable:  # a numeral not read whole: no value, never its tail's
            assert math.isnan(q.value) and q.value_high is None
        else:
            assert math.isfinite(q.value) and q.value >= 0
        assert q.value_high is None or q.value_high >= q.value
        assert q.approx in APPROX and q.category in CATEGORIES


# --- numeral forms -----------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("建立751个临时党支部", 751),
    ("组织１２３名党员", 123),
    ("共有1,234名志愿者", 1234),
    ("共有1，234名志愿者", 1234),
    ("捐款1351824.99元", 1351824.99),
    ("分给四个社区", 4),
    ("选派两名党员", 2),
    ("出台十二条具体措施", 12),
    ("三千六百名党员参与", 3600),
    ("两千零五十人参加", 2050),
    ("下沉二十三个社区", 23),
    ("1.5万人参与", 15000),
    ("投入2.3亿元", 230_000_000),
    ("筹集4600余万元", 46_000_000),
    ("1万多党员报名", 10000),
    ("五千余名干部", 5000),
    ("百余名党员", 100),
    ("1.8万余名党员", 18000),
    ("逾万名志愿者", 10000),
    ("与市委组织部等六部门联合签发", 6),
])
def test_numeral_forms(text, value):
    qs = extract(text)
    assert [q.value for q in qs] == [value]
    check_offsets(text, qs)


def test_comma_groups_are_separators_only_with_three_digits():
    text = "排查361876户,658787人"
    assert [q.value for q in extract(text)] == [361876, 658787]
    assert [q.value for q in extract("12个队员,6个出入口")] == [12, 6]


# --- approximations ------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, approx, high", [
    ("3600多名党员干部", 3600, "more_than", None),
    ("20余名志愿者", 20, "more_than", None),
    ("十几名党员", 10, "more_than", None),
    ("超过5000名党员", 5000, "more_than", None),
    ("逾200名干部", 200, "more_than", None),
    ("发放口罩2万只以上", 20000, "more_than", None),
    ("约2170万元", 21_700_000, "about", None),
    ("近400名学生", 400, "about", None),
    ("将近300名党员", 300, "about", None),
    ("300名左右的志愿者", 300, "about", None),
    ("数百名志愿者", 100, "at_least", None),
    ("数十个小区", 10, "at_least", None),
    ("上千名党员", 1000, "at_least", None),
    ("不到50名党员", 50, "at_most", None),
    ("不足30户", 30, "at_most", None),
    ("3至5名党员", 3, "range", 5),
    ("1-2名联络员", 1, "range", 2),
    ("三至五名党员", 3, "range", 5),
    ("3-5万元", 30000, "range", 50000),
    ("三至五万元", 30000, "range", 50000),   # the Chinese second number holds the shared 万
    ("五千至一万元", 5000, "range", 10000),  # the first number is already the lower end
    ("5000-1万元", 5000, "range", 10000),
    ("附近3个小区", 3, "exact", None),
    ("捐款累计突破520万元", 5_200_000, "more_than", None),
])
def test_approximations(text, value, approx, high):
    qs = extract(text)
    assert [(q.value, q.approx, q.value_high) for q in qs] == [(value, approx, high)]
    check_offsets(text, qs)


def test_approximation_words_are_in_the_surface():
    assert [q.surface for q in extract("捐赠防疫物资价值约2170万元")] == ["防疫物资价值约2170万元"]
    assert [q.surface for q in extract("有3600多名党员干部请战")] == ["3600多名党员干部"]


# --- counted nouns ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # noun after the classifier, with modifiers and coordinated lists
    ("对1名履职不力的村党支部书记予以免职", [(1, "名", "履职不力的村党支部书记", "personnel")]),
    ("3321名党员、公职人员、人大代表、政协委员下沉社区",
     [(3321, "名", "党员、公职人员、人大代表、政协委员", "personnel")]),
    ("在11个高速口、国省道、火车站和大型超市全部建立站点",
     [(11, "个", "高速口、国省道、火车站和大型超市", "coverage")]),
    ("84名年轻党员和入党积极分子参与检测", [(84, "名", "年轻党员和入党积极分子", "personnel")]),
    # a long modifier before the head (9 characters up to 党支部)
    ("全县共成立了649个疫情防控临时党支部,统一悬挂党旗", [(649, "个", "疫情防控临时党支部", "organization")]),
    ("65名党员干部成立疫情防控突击队", [(65, "名", "党员干部", "personnel")]),
    ("将物资分给四个社区和辖区珠海路派出所", [(4, "个", "社区", "coverage")]),
    ("对源城区6个街(镇)36个社区实行网格化管理",
     [(6, "个", "街(镇)", "coverage"), (36, "个", "社区", "coverage")]),
    ("87个村（社区）全面封闭", [(87, "个", "村（社区）", "coverage")]),
    ("120余名在职党员报到", [(120, "名", "在职党员", "personnel")]),
    ("690多名第一书记、帮扶干部到社区", [(690, "名", "第一书记、帮扶干部", "personnel")]),
    ("选派5名包联干部", [(5, "名", "包联干部", "personnel")]),
    ("20名党员干部值守卡口", [(20, "名", "党员干部", "personnel")]),
    ("我市直100多个单位780多个党组织党员响应号召",
     [(100, "个", "单位", "organization"), (780, "个", "党组织", "organization")]),
    ("已在全区成立1021个“线上党支部”", [(1021, "个", "线上党支部", "organization")]),
    # noun before the number
    ("已成立“先锋防控小组”临时党支部751个", [(751, "个", "临时党支部", "organization")]),
    ("已在各单位成立“线上党支部”1021个", [(1021, "个", "线上党支部", "organization")]),
    ("共有住宅楼8栋24单元", [(8, "栋", "住宅楼", "coverage"), (24, "单元", "单元", "coverage")]),
    ("建立党员先锋队3支、设置党员示范岗3个",
     [(3, "支", "党员先锋队", "organization"), (3, "个", "党员示范岗", "organization")]),
    ("选出楼栋长8名、单元长24名", [(8, "名", "楼栋长", "personnel"), (24, "名", "单元长", "personnel")]),
    ("推送防控知识、事迹报道、信息评论530余篇", [(530, "篇", "防控知识、事迹报道、信息评论", "activity")]),
    ("分类清运生活、医疗垃圾26批次", [(26, "批次", "生活、医疗垃圾", "activity")]),
    ("累计排查住户、出租屋、商铺门店共361876户", [(361876, "户", "住户、出租屋、商铺门店", "coverage")]),
    ("共有党员志愿者约600人", [(600, "人", "党员志愿者", "personnel")]),
    ("慰问困难党员230名", [(230, "名", "困难党员", "coverage")]),  # visited: coverage (CODEBOOK.md)
    ("向湖北捐赠蔬菜300吨", [(300, "吨", "蔬菜", "supplies")]),
    ("先后召开专题会议5次", [(5, "次", "专题会议", "activity")]),
    ("在辖区21个居民小区成立临时党支部", [(21, "个", "居民小区", "coverage")]),
    ("在一天之内发展共产党员优秀志愿者16名", [(16, "名", "共产党员优秀志愿者", "personnel")]),
    ("988名在职党员干部加入临时党支部", [(988, "名", "在职党员干部", "personnel")]),
    # a relative clause and its 的 between the classifier and the noun (like 1名履职不力的村党支部书记)
    ("明确15家没有承担防控职责的单位", [(15, "家", "没有承担防控职责的单位", "organization")]),
    ("村里有6名党员组织先锋队", [(6, "名", "党员", "personnel")]),
    ("在我镇3个交通要道和各村(社区)28个主要进出口竖立党旗",
     [(3, "个", "交通要道", "coverage"), (28, "个", "主要进出口", "coverage")]),
    ("支援15个城镇社区、148个村、417个屯", [(15, "个", "城镇社区", "coverage"), (148, "个", "村", "coverage"),
                                          (417, "个", "屯", "coverage")]),
    ("担负起排查、宣传等10余项重点任务", [(10, "项", "重点任务", "activity")]),
    ("按照一个部门包保一个村或一个社区的原则", []),  # the rule of a pairing, one to one, not a tally (CODEBOOK)
    ("按照3个部门包保12个村的安排", [(3, "个", "部门", "organization"), (12, "个", "村", "coverage")]),
    ("带领12名员工连夜生产口罩10万只", [(12, "名", "员工", "personnel"), (100000, "只", "口罩", "supplies")]),
    ("2名党员因工作不力被通报批评", [(2, "名", "党员", "personnel")]),
    ("已成立「线上党支部」1021个", [(1021, "个", "线上党支部", "organization")]),
    # shared nouns
    ("200桶800斤酒精", [(200, "桶", "酒精", "supplies"), (800, "斤", "酒精", "supplies")]),
    ("100桶380升84消毒液", [(100, "桶", "84消毒液", "supplies"), (380, "升", "84消毒液", "supplies")]),
    ("有住户712户2132人", [(712, "户", "住户", "coverage"), (2132, "人", "住户", "coverage")]),
    ("医院党委组建了5支党员医疗队共计126人驰援武汉，其中党员89名",
     [(5, "支", "党员医疗队", "organization"), (126, "人", "", "personnel"), (89, "名", "党员", "personnel")]),
    ("全区共排查居民18.6万户、52.3万人", [(186000, "户", "居民", "coverage"), (523000, "人", "", "coverage")]),
    ("先后处置警情43起", [(43, "起", "警情", "activity")]),
    ("研究部署了5项重点工作", [(5, "项", "重点工作", "activity")]),
    ("购置20台消毒机，", [(20, "台", "消毒机", "supplies")]),
    # no noun, or an unknown verb phrase where a noun would be
    ("已有2100家复工复产", [(2100, "家", "", "organization")]),
    ("在这支由3321人组成的队伍中", [(3321, "人", "", "personnel")]),
    ("对出入小区的339人次严格查码", [(339, "人次", "", "activity")]),
    # held-out check: 下沉党员/下沉干部 are names, though 下沉 is a stop word
    ("已有45名下沉干部到街道报到", [(45, "名", "下沉干部", "personnel")]),
    # held-out check: a verb of giving (赠送) ends the noun-first phrase; 坚持 too
    ("志愿者向居民赠送口罩300多个", [(300, "个", "口罩", "supplies")]),
    # held-out check: 一 + classifier before another number is the article; the figure is the number
    ("镇党委组建了一支四十余人的青年突击队", [(40, "人", "", "personnel")]),
    # second held-out check: 一次性 is part of the noun, not a new count (一次)
    ("爱心企业向医院捐赠了10000只一次性口罩", [(10000, "只", "一次性口罩", "supplies")]),
    # second held-out check: the particle 了 and the verb 捐给 end a phrase
    ("商会捐赠了酒精消毒液600瓶", [(600, "瓶", "酒精消毒液", "supplies")]),
    ("5000只口罩捐给社区民警", [(5000, "只", "口罩", "supplies")]),
    # second held-out check: more supply and place heads; 计 ends 体温计, it is not 共计
    ("向卡点送去消毒药水3吨、医用面罩500个",
     [(3, "吨", "消毒药水", "supplies"), (500, "个", "医用面罩", "supplies")]),
    ("向卡点发放电子体温计40个", [(40, "个", "电子体温计", "supplies")]),
    ("累计走访居民住所3000余户", [(3000, "户", "居民住所", "coverage")]),
    # second held-out check: 现金 follows a number without 元 (like 1万多党员干部)
    ("老党员拿出2万现金支援抗疫", [(20000, "", "现金", "funds")]),
    ("派来3支部队", [(3, "支", "部队", "organization")]),
])
def test_counted_nouns(text, expected):
    qs = extract(text)
    assert [(q.value, q.unit, q.entity, q.category) for q in qs] == expected
    check_offsets(text, qs)


@pytest.mark.parametrize("text, entity", [
    ("划拨30万元党费", "党费"),
    ("配套23万元专项党费", "专项党费"),
    ("捐赠的1500万元大型医疗设备已经运抵", "大型医疗设备"),
    ("共计捐款4600余万元", "捐款"),
    ("拿出退休金1000元购买口罩", "退休金"),
    ("捐赠价值9万元的防护口罩", "防护口罩"),  # the goods after 的, a known head of goods
    ("在省管党费支持秦皇岛市20万元的基础上", "党费"),  # the funds named earlier in the clause, not the place
    ("市委组织部从市管党费配套资金划拨350万元", "党费配套资金"),
    ("党费已用完,另拨350万元", ""),  # another clause: the source is not known
    ("为秦皇岛市20万元", ""),  # a place alone names no funds
    ("拨付专项党费200万元", "专项党费"),
    ("捐款金额32.486万元", "捐款金额"),
    ("他们筹款近10万元", "筹款"),
    ("退休老党员仍坚持捐款800元", "捐款"),
])
def test_money_is_funds_in_yuan(text, entity):
    qs = extract(text)
    assert [(q.unit, q.entity, q.category) for q in qs] == [("元", entity, "funds")]
    check_offsets(text, qs)


def test_traditional_text_after_t2s():
    text = convert("組建黨員突擊隊56支，全市3.6萬名黨員幹部", "t2s")
    assert facts(text) == [(56, "exact", "支", "党员突击队", "organization"),
                           (36000, "exact", "名", "党员干部", "personnel")]


# --- categories --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, category", [
    ("436个党员先锋岗", "organization"),
    ("42个单位通力配合", "organization"),
    ("60支志愿服务队", "organization"),
    ("12个队员", "personnel"),
    ("2600多名党员", "personnel"),
    ("6个出入口", "coverage"),
    ("覆盖全市1.2万户居民", "coverage"),
    ("设立卡点36个", "organization"),  # (a checkpoint set up is a unit: round q19c, the gold of AN and S)
    ("6000多个口罩", "supplies"),
    ("悬挂党旗6面", "supplies"),
    ("张贴宣传海报27张", "supplies"),
    ("群发微信消息760余条", "activity"),
    ("组织生活2327次", "activity"),
    ("8674人次", "activity"),
    ("6种情形", "other"),
    ("4例输入性病例", "other"),
    # held-out check: people counted as cases are not mobilized personnel
    ("另有3名密切接触者在隔离点观察", "other"),
    ("辖区内有疑似病例2人", "other"),
    ("600万元食品", "funds"),
])
def test_categories(text, category):
    assert [q.category for q in extract(text)] == [category]


# --- not counts --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # dates and times
    "2020-02-19 15:44", "2月1日", "10月21日以来", "2020年", "二〇二〇年", "截至2月20日24时", "1月25日至2月10日",
    # durations and ages
    "24小时值班", "最长连续工作19个小时", "下沉1个多月以来", "三个多月", "隔离14天", "77岁老党员", "一位88岁高龄老党员",
    # ordinals and titles
    "担任第一书记", "第三医院", "第一党小组组长", "冲锋在第一线", "第一时间", "19号战机", "第二批",
    # products, models, codes
    "3M防毒面具", "84消毒液", "N95口罩", "iPhone11和11 Pro", "iPhone 11", "010160000000000000000000011107371125595389",
    # slogans and fixed terms
    "开展“六个一”活动", "开展「六个一」活动", "四问一查", "两新组织党员积极参与", "九小场所", "十户联防", "做到“六个到位”", "做到“六个带头”",
    "全市上下一盘棋", "县四套班子领导带头下沉", "市四大班子成员", "八方支援", "上下一心", "一家三口", "最后一公里", "守一道门、护一城人",
    "一个支部就是一座堡垒,一名党员就是一面旗帜", "一个党支部就是一座堡垒", "增强“四个意识”", "落实三会一课", "村两委干部",
    "不漏一户、不漏一人", "一户一档", "党员干部一人一岗",
    # indefinite 一
    "一封“保证书”", "一批口罩", "一批批爱心组织", "一个个集中隔离点", "较大规模的住宅小区之一", "每一滴酒精",
    "万家灯火", "千方百计", "老百姓", "我们有一个目标", "他是一名有着30年党龄的老党员",
    "“三个一”工作法即一张网格图、一份责任清单、一个微信群",
    # second held-out check: not a single one missed, another one, everywhere, a numbered branch
    "没有漏过一辆车", "再到另一单元排查", "志愿者四处奔走", "南山一支部书记带头捐款",
    # ratios
    "党员占80%", "增长了3倍",
])
def test_not_counts(text):
    assert extract(convert(text, "t2s")) == []


def test_per_unit_counts_after_a_count_of_the_units_are_not_tallies():
    # the total is 8 branches, not 1: the per-unit figure is dropped
    text = "下设综合协调等8个工作小组,每个小组设立了一个临时党支部"
    assert facts(text) == [(8, "exact", "个", "工作小组", "organization")]
    assert facts("组织3个工作组，每组配备一名联络员") == [(3, "exact", "个", "工作组", "organization")]


def test_per_unit_norm_without_a_count_of_the_units_is_kept():
    assert facts("每个小区派驻一名网格员") == [(1, "exact", "名", "网格员", "personnel")]
    assert facts("保留南门一个必要出入通道") == [(1, "exact", "个", "必要出入通道", "coverage")]


def test_numbered_slogan_expansion_is_not_counted():
    text = "实行“六个一”工作机制,即每个班次由一名市级领导带班、一名科级干部负责、一队医务人员组成"
    assert extract(text) == []


def test_repeated_mentions_are_each_reported():
    text = "逐级分包2265个村160个社区。全市2265个村、160个社区成为坚强堡垒"
    assert [q.value for q in extract(text)] == [2265, 160, 2265, 160]


# --- lexicon files --------------------------------------------------------------------------------

def test_lexicon_files_are_well_formed():
    for r in read_rows("classifiers.csv"):
        assert r["kind"] in {"count", "money", "event", "measure", "time", "age", "ordinal", "ratio"}, r
        assert r["category"] in CATEGORIES | {""}, r
        if r["kind"] not in {"time", "age", "ordinal", "ratio"}:
            assert r["one"] in {"count", "article"} and r["noun"] in {"both", "before", "none", "self"}, r
    for r in read_rows("nouns.csv"):
        assert r["category"] in CATEGORIES and r["role"] in {"", "yes"} and r["bare"] in {"", "yes"}, r
    for r in read_rows("exclusions.csv"):
        assert r["type"] in {"literal", "regex"}, r
        re.compile(r["pattern"])
    for r in read_rows("approximations.csv"):
        assert r["position"] in {"before", "inner", "after"} and r["approx"] in APPROX, r
    assert {r["word"] for r in read_rows("entity_stops.csv")}
    assert lexicon().classifiers["元"].kind == "money"


# --- properties --------------------------------------------------------------------------------

SEEDS = [convert(p.read_text(encoding="utf-8"), "t2s") for p in sorted((ROOT / "seeds").glob("*.txt"))]
EDIT_CHARS = "0123456789１２一二两三十百千万亿多余约近个名元人次户“”、，,-至第每的 \n(a)"


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_extract_never_raises_on_any_text(text):
    check_offsets(text, extract(text))


GENRE_CHARS = EDIT_CHARS + "党员支部社区口罩户人（）()“”和共以上"


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(GENRE_CHARS), max_size=40))
@example("0个一户")  # a noun-first search that started before the previous quantity's end
def test_extract_never_raises_on_number_dense_text(text):
    check_offsets(text, extract(text))


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(SEEDS) - 1), st.integers(0, 10**6),
       st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 3), st.text(EDIT_CHARS, max_size=3)), max_size=12))
def test_extract_on_edited_seed_text(which, offset, edits):
    text = SEEDS[which]
    start = offset % len(text)
    text = text[start:start + 800]
    for pos, cut, insert in edits:
        pos = pos % (len(text) + 1)
        text = text[:pos] + insert + text[pos + cut:]
    check_offsets(text, extract(text))


# --- every row of the word lists --------------------------------------------------------------

from mobilization.quantities.candidate import _NO_UNIT  # noqa: E402


def _rows(name: str, **where) -> list[dict]:
    return [r for r in read_rows(name) if all(r[k] in v for k, v in where.items())]


@pytest.mark.parametrize("row", _rows("approximations.csv"), ids=lambda r: r["word"])
def test_every_approximation_word(row):
    word, position = row["word"], row["position"]
    text = {"before": f"共有{word}50名党员", "inner": f"共有50{word}名党员", "after": f"共有50名{word}"}[position]
    qs = extract(text)
    assert [(q.value, q.approx) for q in qs] == [(50, row["approx"])]
    check_offsets(text, qs)


@pytest.mark.parametrize("row", _rows("classifiers.csv", kind={"time", "age", "ordinal", "ratio"}),
                         ids=lambda r: r["classifier"])
def test_every_non_count_unit_blocks_its_number(row):
    assert extract(f"共12{row['classifier']}") == []


@pytest.mark.parametrize("row", _rows("classifiers.csv", kind={"count", "money", "event", "measure"}),
                         ids=lambda r: r["classifier"])
def test_every_count_unit_is_read(row):
    noun = (row.get("heads") or "").split()[:1]  # a unit that counts only some nouns is read with one of them
    qs = extract(f"共12{row['classifier']}{''.join(noun)}。")
    unit = "" if row["classifier"] in _NO_UNIT else row["classifier"]  # (7大扶贫产业: 大 is no unit, round q17)
    assert [(q.value, q.unit) for q in qs] == [(12, unit)]


@pytest.mark.parametrize("row", _rows("exclusions.csv", type={"literal"}), ids=lambda r: r["pattern"])
def test_every_excluded_term(row):
    assert extract(f"他们说{row['pattern']}。") == []


# --- the lookaheads that speed up the regexes change no match ------------------------------------

def _plain(words) -> re.Pattern:
    """The alternations as they were before the first-character lookaheads were added."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def _seed_windows():
    for text in SEEDS:
        for m in re.finditer(r"[0-9０-９一二两三四五六七八九十百千万]+", text):
            yield text, max(0, m.start() - 12), m.end() + 12


def test_guarded_regexes_find_what_the_plain_alternations_find():
    lex = lexicon()
    rows = [r for r in read_rows("exclusions.csv")
            if r["kind"] not in ("group_size", "composition")]  # clause rules, not spans
    exclusions = re.compile("|".join(f"(?:{r['pattern'] if r['type'] == 'regex' else re.escape(r['pattern'])})"
                                     for r in rows))
    assert lex.exclusion_re.pattern.startswith("(?=[")  # the guard is there (every pattern has a known start)
    plain = {"exclusion": (lex.exclusion_re, exclusions), "stop": (lex.stop_re, _plain(lex.stops)),
             "classifier": (lex.classifier_re, _plain(lex.classifiers)),
             "bare": (lex.bare_re, _plain(h for h, v in lex.heads.items() if v.bare)),
             "before": (lex.before_re, re.compile(f"(?:{_plain(lex.before).pattern})\\Z"))}
    spans = lambda r, t, lo, hi: [m.span() for m in r.finditer(t, lo, hi)]  # noqa: E731
    for text, lo, hi in _seed_windows():
        for name, (guarded, unguarded) in plain.items():
            assert spans(guarded, text, lo, hi) == spans(unguarded, text, lo, hi), (name, text[lo:hi])


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(GENRE_CHARS + "-/.:：年月日不是之统小联防"), max_size=40))
def test_guarded_exclusions_on_number_dense_text(text):
    rows = [r for r in read_rows("exclusions.csv") if r["kind"] not in ("group_size", "composition", "rate")]
    plain = re.compile("|".join(f"(?:{r['pattern'] if r['type'] == 'regex' else re.escape(r['pattern'])})"
                                for r in rows))
    assert [m.span() for m in lexicon().exclusion_re.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_guarded_candidate_scan_finds_the_same_candidates():
    from mobilization.quantities import candidate_re

    pattern = candidate_re().pattern
    assert pattern.startswith("(?=[")
    plain = re.compile(pattern[pattern.index("])") + 2:])  # without the leading lookahead
    for text in SEEDS:
        assert [m.groupdict() | {"span": m.span()} for m in candidate_re().finditer(text)] == \
               [m.groupdict() | {"span": m.span()} for m in plain.finditer(text)]


# --- blanks between Chinese and digits (web typesetting) --------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("机关 6 名党员干部下沉社区", [("6 名党员干部", 6, "党员干部")]),
    ("共捐款 12.5 万元", [("捐款 12.5 万元", 125_000, "捐款")]),
    ("成立临时党支部\u00a043\u00a0个", [("临时党支部\u00a043\u00a0个", 43, "临时党支部")]),
    ("2020 年 2 月 3 日,3 名党员", [("3 名党员", 3, "党员")]),  # dates stay dates
    ("建立5个支部，派出 6 名党员", [("5个支部", 5, "支部"), ("6 名党员", 6, "党员")]),  # before and after a blank
])
def test_blanks_around_digits_are_typesetting(text, expected):
    qs = extract(text)
    assert [(q.surface, q.value, q.entity) for q in qs] == expected
    check_offsets(text, qs)


SPACED = st.lists(st.sampled_from(["建立", "751", "个", "临时党支部", "，", "抽调", "65", "名", "党员干部", "30",
                                   "万元", "党费", "2020", "年", " ", "\u3000"]), max_size=30)


@settings(max_examples=150, deadline=None)
@given(SPACED)
def test_blanks_change_no_value_and_offsets_stay_exact(parts):
    text = "".join(parts)
    qs = extract(text)
    check_offsets(text, qs)
    compact = re.sub(r"(?<=[\u3400-\u9fff])[ \u3000](?=[0-9])|(?<=[0-9])[ \u3000](?=[\u3400-\u9fff])", "", text)
    assert [(q.value, q.unit, q.entity) for q in qs] == [(q.value, q.unit, q.entity) for q in extract(compact)]


# --- third held-out check ----------------------------------------------------------------------

@pytest.mark.parametrize("text, low, high, unit, entity", [
    ("组织五六十名党员上门服务", 50, 60, "名", "党员"),
    ("在路口设立三四个卡点", 3, 4, "个", "卡点"),
    ("两三百名志愿者报名", 200, 300, "名", "志愿者"),
    ("十五六名干部连夜集结", 15, 16, "名", "干部"),
    ("三五名党员一组轮流值守", 3, 5, "名", "党员"),
    ("共筹集捐款三四十万元", 300_000, 400_000, "元", "捐款"),
])
def test_colloquial_ranges_without_a_separator(text, low, high, unit, entity):
    qs = extract(text)
    assert [(q.value, q.value_high, q.approx, q.unit, q.entity) for q in qs] == [(low, high, "range", unit, entity)]
    check_offsets(text, qs)


@pytest.mark.parametrize("text, expected", [
    # people reached by screening or visits are coverage; people sent are personnel
    ("入户走访居民260人", [(260, "人", "居民", "coverage")]),
    ("涉及群众1200余人", [(1200, "人", "群众", "coverage")]),
    ("摸排外来人员45名", [(45, "名", "外来人员", "coverage")]),
    ("共筛查返乡人员300人", [(300, "人", "返乡人员", "coverage")]),
    ("抽调机关干部80人", [(80, "人", "机关干部", "personnel")]),
    ("选派党员40名", [(40, "名", "党员", "personnel")]),
    # a place before a household count says where the households are
    ("三号网格158户", [(158, "户", "", "coverage")]),
    ("辖区有住户90户", [(90, "户", "住户", "other")]),  # a place's own households (CODEBOOK.md, fourth session)
    # goods listed with 、 share the noun when one of them has none
    ("送来12箱、300瓶消毒液", [(12, "箱", "消毒液", "supplies"), (300, "瓶", "消毒液", "supplies")]),
    ("送来酒精15桶、60瓶，", [(15, "桶", "酒精", "supplies"), (60, "瓶", "酒精", "supplies")]),
    ("送来口罩500只、手套200双", [(500, "只", "口罩", "supplies"), (200, "双", "手套", "supplies")]),
    ("送来口罩500只、20名党员", [(500, "只", "口罩", "supplies"), (20, "名", "党员", "personnel")]),
    # a weight in Latin letters
    ("爱心企业运来800kg消毒液", [(800, "kg", "消毒液", "supplies")]),
    ("将200KG酒精送到卡点", [(200, "KG", "酒精", "supplies")]),
    # a 《title》 is the counted noun of copies and articles
    ("印发《居家防护指南》5000份", [(5000, "份", "居家防护指南", "supplies")]),
    ("发放3000份《防疫告知书》，", [(3000, "份", "防疫告知书", "supplies")]),
    ("推送《抗疫日记》15篇", [(15, "篇", "抗疫日记", "activity")]),
    ("《致居民的信》共印制800份", [(800, "份", "", "supplies")]),  # a verb between: no noun
    # goods after the 的 of a money value or weight
    ("运送约5吨的生活物资", [(5, "吨", "生活物资", "supplies")]),
    ("筹集3吨的大米和面粉", [(3, "吨", "大米和面粉", "supplies")]),
    ("完成2吨的物资配送", [(2, "吨", "物资", "supplies")]),  # a known noun (配送) starts after the goods
    ("运来8吨的水果和蔬菜，", [(8, "吨", "水果和蔬菜", "supplies")]),
    ("采购5吨的金针菇", [(5, "吨", "", "supplies")]),  # no known head of goods
    ("捐赠价值9万元的防护口罩、防护服", [(90000, "元", "防护口罩、防护服", "funds")]),  # money stays funds
    ("按照1000元的标准发放补助", [(1000, "元", "", "funds")]),  # 标准 is no goods
    # a place's own organization, named with a long modifier, is what is counted
    ("组建2个社区疫情防控临时党支部", [(2, "个", "社区疫情防控临时党支部", "organization")]),
    ("10个村纷纷建起临时党支部", [(10, "个", "村", "coverage")]),
    # a bare count of organ members
    ("全区420机关党员参与捐款", [(420, "", "机关党员", "personnel")]),
    # new heads and stop words
    ("设立5个服务阵地", [(5, "个", "服务阵地", "organization")]),  # a post set up (CODEBOOK.md; q13)
    ("开展4项志愿服务", [(4, "项", "志愿服务", "activity")]),
    ("发放宣传页2万份", [(20000, "份", "宣传页", "supplies")]),
    ("明确3条工作标准", [(3, "条", "工作标准", "activity")]),
    ("走访20多个村庄", [(20, "个", "村庄", "coverage")]),
    ("通过线上方式完成捐款8.5万元", [(85000, "元", "捐款", "funds")]),
    ("收到捐款及等额物资6万元", [(60000, "元", "等额物资", "funds")]),
])
def test_third_held_out_rules(text, expected):
    qs = extract(text)
    assert [(q.value, q.unit, q.entity, q.category) for q in qs] == expected
    check_offsets(text, qs)


@pytest.mark.parametrize("text", [
    # narrative and per-occasion 一
    "每到一个卡点都要登记", "他们带着一张纸、一个口罩出发", "防疫物资一件也不能少", "一个也不能少",
    "我是辖区内的一名党员", "作为一名老党员，我要带头",
    # what each person or household gets
    "每户发放3个口罩", "按照每人2个发放", "每人领取2只口罩",
    # the make-up of one group
    "由一名网格员带领三名党员为一组", "四名志愿者为一班",
    # the size of one package
    "采购20公斤装大米", "500毫升装",
])
def test_third_held_out_non_counts(text):
    assert extract(convert(text, "t2s")) == []


def test_a_norm_per_member_and_a_count_after_a_group_size_are_kept():
    assert facts("每名党员联系15户") == [(15, "exact", "户", "", "coverage")]
    assert facts("两名志愿者为一组，共组成8个小组") == [(8, "exact", "个", "小组", "organization")]


# --- fourth held-out check (2022 outbreaks, villages, enterprises, Hong Kong; made-up phrases) -----

@pytest.mark.parametrize("text, expected", [
    # residents are people reached (nouns.csv reached): coverage, also bare and before 户
    ("小区里约800名居民居家隔离", [(800, "about", "名", "居民", "coverage")]),
    ("该村有3000多居民", [(3000, "more_than", "", "居民", "other")]),  # a place's population (CODEBOOK.md, fourth session)
    ("社区共有居民2100户", [(2100, "exact", "户", "居民", "other")]),
    ("涉及人口约2万人", [(20000, "about", "人", "人口", "coverage")]),
    # 超 alone is an approximation; 不超过 a cap
    ("超2000名党员下沉社区", [(2000, "more_than", "名", "党员", "personnel")]),
    ("捐款不超过5万元", [(50000, "at_most", "元", "捐款", "funds")]),
    # 架 counts; 批 and 块 leave the category to the noun (块 is money only as 块钱)
    ("调来2架无人机喷洒消毒", [(2, "exact", "架", "无人机", "supplies")]),
    ("先后派出4批党员突击队", [(4, "exact", "批", "党员突击队", "organization")]),
    ("送来60块肥皂，", [(60, "exact", "块", "肥皂", "supplies")]),  # soap is goods (categories round 4)
    ("他捐了500块钱", [(500, "exact", "块钱", "", "funds")]),
    # a count of events takes no words of the clause as its noun
    ("与居家观察人员联系三次", [(3, "exact", "次", "", "activity")]),
    ("队员都要背着很重的设备爬楼50趟", [(50, "exact", "趟", "", "activity")]),
    # a noun-first head before a parenthesis (a stretch longer than the window: the head and its parenthesis)
    ("建立先锋队、志愿服务突击队(志愿者服务队)25支", [(25, "exact", "支", "突击队(志愿者服务队)", "organization")]),
    # places do not grow into what is done there
    ("在12个检测点服务值守", [(12, "exact", "个", "检测点", "coverage")]),
    # a screening verb before 新增; 全县 before a noun-first phrase
    ("排查新增返乡人员12名", [(12, "exact", "名", "返乡人员", "coverage")]),
    ("全县复工企业86家", [(86, "exact", "家", "复工企业", "organization")]),
    # a model code before goods; the people after the 的 of a 名 count; bare 口罩
    ("送来500只KF94口罩", [(500, "exact", "只", "KF94口罩", "supplies")]),
    ("召集了80名来自各单位的党员", [(80, "exact", "名", "来自各单位的党员", "personnel")]),
    ("捐赠3万口罩", [(30000, "exact", "", "口罩", "supplies")]),
    # new heads
    ("建立12个志愿者微信群", [(12, "exact", "个", "志愿者微信群", "organization")]),
    ("摸排密接320人", [(320, "exact", "人", "密接", "other")]),
    ("向40间院舍送上物资", [(40, "exact", "间", "院舍", "coverage")]),
    ("120名爱心人士累计捐款", [(120, "exact", "名", "爱心人士", "personnel")]),
    ("发送提醒短信3000余条", [(3000, "more_than", "条", "提醒短信", "activity")]),
    ("12个乡镇卫生院安排专人值守", [(12, "exact", "个", "乡镇卫生院", "organization")]),
    ("派发2000份物资包", [(2000, "exact", "份", "物资包", "supplies")]),
    ("组建30个排查组", [(30, "exact", "个", "排查组", "organization")]),
    # new stop words
    ("帮助搬运蔬菜300箱", [(300, "exact", "箱", "蔬菜", "supplies")]),
    ("5支突击队赴社区支援", [(5, "exact", "支", "突击队", "organization")]),
    ("交纳特殊党费2万元", [(20000, "exact", "元", "特殊党费", "funds")]),
    ("累计报告确诊病例12例", [(12, "exact", "例", "确诊病例", "other")]),
    ("已封控小区23个", [(23, "exact", "个", "小区", "coverage")]),
    ("20辆宣传车不漏一户巡回宣传", [(20, "exact", "辆", "宣传车", "supplies")]),
    # 过 before 百/千/万 (Hong Kong usage) is more than; the aspect particle 过 is no noun of events
    ("動員過千名義工", [(1000, "more_than", "名", "义工", "personnel")]),
    ("他参加过十次", [(10, "exact", "次", "", "activity")]),
    # what is set up at sampling sites
    ("采样点配备了30个板凳、6个小喇叭", [(30, "exact", "个", "板凳", "supplies"), (6, "exact", "个", "小喇叭", "supplies")]),
])
def test_fourth_held_out_rules(text, expected):
    text = convert(text, "t2s")
    qs = extract(text)
    assert [(q.value, q.approx, q.unit, q.entity, q.category) for q in qs] == expected
    check_offsets(text, qs)


@pytest.mark.parametrize("text", [
    "门上贴着“平安”两个大字", "来了一支特殊的队伍", "来了一支特别的志愿服务队",
    # rations: across 每天, after 每个人, with a cap before the number
    "我们每个人每天要送20份餐", "每人捐款不超过100元",
    # the make-up of each team
    "由1名民警、1名医生和1名党员组成",
])
def test_fourth_held_out_non_counts(text):
    assert extract(convert(text, "t2s")) == []


def test_each_team_of_ones_is_not_counted_but_a_squad_size_is():
    assert facts("组建60个小分队，由1名民警、1名医生和1名党员组成") == [(60, "exact", "个", "小分队", "organization")]
    assert facts("组建一支由30名党员组成的突击队") == [(30, "exact", "名", "党员", "personnel")]


# --- fifth held-out check (Hubei 2020, medical teams, donation lists, Macau, north-west and south-west
# counties, checkpoints; made-up phrases) -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # Macau and Taiwan currencies; two sums in a list share the noun before the first
    ("協會捐款12萬澳門元", [(120000, "exact", "澳门元", "捐款", "funds")]),
    ("善款共8000新臺幣", [(8000, "exact", "新台币", "善款", "funds")]),
    ("收到捐款10万港元、5万澳门元", [(100000, "exact", "港元", "捐款", "funds"), (50000, "exact", "澳门元", "捐款", "funds")]),
    # vehicles and people checked at a checkpoint are reached (coverage), also the people in the vehicles
    ("卡点累计检查车辆3200辆", [(3200, "exact", "辆", "车辆", "coverage")]),
    ("劝返车辆45辆", [(45, "exact", "辆", "车辆", "coverage")]),
    ("检测样本500份", [(500, "exact", "份", "样本", "supplies")]),  # samples handled are not places or people reached
    ("采集样本1200份", [(1200, "exact", "份", "样本", "supplies")]),  # (样本 read from jieba's dictionary)
    ("检查车辆800辆1500人", [(800, "exact", "辆", "车辆", "coverage"), (1500, "exact", "人", "", "coverage")]),
    ("检查过往人员2600人", [(2600, "exact", "人", "过往人员", "coverage")]),
    ("体温检测900人", [(900, "exact", "人", "", "coverage")]),
    ("重点监测30名返乡人员", [(30, "exact", "名", "返乡人员", "coverage")]),
    # patients and people under watch are other
    ("方舱累计收治患者300人", [(300, "exact", "人", "患者", "coverage")]),  # CODEBOOK.md patients line (q13)
    ("累计治愈出院120人", [(120, "exact", "人", "", "coverage")]),  # people served (q13)
    ("居家隔离45人", [(45, "exact", "人", "", "other")]),
    # the parts of a count in a parenthesis take its category; a parenthesis bounds a noun-first phrase; a part named
    # by its place takes the total's noun, as after 其中 (round q27n)
    ("排查返乡人员60人(甲镇40人,乙镇20人)",
     [(60, "exact", "人", "返乡人员", "coverage"), (40, "exact", "人", "返乡人员", "coverage"),
      (20, "exact", "人", "返乡人员", "coverage")]),
    ("检查车辆900辆(外省牌照车辆12辆)",
     [(900, "exact", "辆", "车辆", "coverage"), (12, "exact", "辆", "外省牌照车辆", "coverage")]),
    # the donor before 捐款 is not what the money is
    ("某集团捐款500万元", [(5000000, "exact", "元", "捐款", "funds")]),
    ("全体员工捐款3万元", [(30000, "exact", "元", "捐款", "funds")]),
    # 名 counts the people after their modifiers and ages
    ("选派12名县处级以上干部担任书记", [(12, "exact", "名", "县处级以上干部", "personnel")]),
    ("由25名30岁以下青年组成", [(25, "exact", "名", "30岁以下青年", "personnel")]),
    ("45岁以下队员60名", [(60, "exact", "名", "队员", "personnel")]),
    # a head that begins inside the last one does not join when the text goes on (员工 in 人员工作)
    ("可容纳500名医务人员工作", [(500, "exact", "名", "医务人员", "personnel")]),
    # overlapping stop words: 组|成立, not 组成
    ("20个督导服务组成立后", [(20, "exact", "个", "督导服务组", "organization")]),
    # 个 counts the organizations, not their members; 各 begins another group
    ("全县300个党组织和党员积极响应", [(300, "exact", "个", "党组织", "organization")]),
    ("抽调50名干部与各乡镇下沉干部组成工作队", [(50, "exact", "名", "干部", "personnel")]),
    # new heads
    ("封控乡村道路12条", [(12, "exact", "条", "乡村道路", "coverage")]),
    ("设立关卡18个", [(18, "exact", "个", "关卡", "coverage")]),
    ("制作宣传栏40个", [(40, "exact", "个", "宣传栏", "supplies")]),
    ("劝阻酒席6场", [(6, "exact", "场", "酒席", "activity")]),
    ("新增床位600张", [(600, "exact", "张", "床位", "supplies")]),
    ("订购隔离衣5000件", [(5000, "exact", "件", "隔离衣", "supplies")]),
    # new stop words
    ("两支医疗队按党章规定成立了支部", [(2, "exact", "支", "医疗队", "organization")]),
    ("统筹县管党费8万元", [(80000, "exact", "元", "县管党费", "funds")]),
    ("通过义卖筹得善款6000元", [(6000, "exact", "元", "善款", "funds")]),
    ("创建党员示范岗9个", [(9, "exact", "个", "党员示范岗", "organization")]),
    # money after its unit is no place (捐灾区)
    ("拨款30万元捐灾区群众", [(300000, "exact", "元", "拨款", "funds")]),
])
def test_fifth_held_out_rules(text, expected):
    text = convert(text, "t2s")
    qs = extract(text)
    assert [(q.value, q.approx, q.unit, q.entity, q.category) for q in qs] == expected
    check_offsets(text, qs)


@pytest.mark.parametrize("text", [
    # a lunar date; a village named with a numeral; the name of a quoted list (支 of 支援 after a bare
    # sum: now read as a headline sum, see test_headline_sums)
    "正月初三起开始值守", "在青山镇三座桥村卡口执勤",
    "开展“送医、送药、送菜”三项服务",
])
def test_fifth_held_out_non_counts(text):
    assert extract(convert(text, "t2s")) == []


@pytest.mark.parametrize("text, expected", [
    # what the fifth-round rules must leave alone: 支 followed by teams, the villages of a town,
    # and a noun after a case verb and its 的 (only the head is taken)
    ("两支援藏医疗队抵达", [(2, "exact", "支", "援藏医疗队", "organization")]),
    ("全镇三个村庄实行封闭管理", [(3, "exact", "个", "村庄", "coverage")]),
    ("收治的病人中重症患者8名", [(8, "exact", "名", "患者", "other")]),
])
def test_fifth_held_out_guards(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # found on further fresh reports of the fifth round: a duration in days and nights, a slogan with the digit 1
    "坚守了30个日日夜夜", "做到不漏1车、不漏1人",
])
def test_fifth_held_out_fresh_non_counts(text):
    assert extract(convert(text, "t2s")) == []


def test_fifth_held_out_a_total_after_sums_of_fees_takes_their_head():
    assert facts("下拨5万元党费共计12万元") == [(50000, "exact", "元", "党费", "funds"), (120000, "exact", "元", "党费", "funds")]
    assert facts("统筹县管党费6万元,合计9万元") == [(60000, "exact", "元", "县管党费", "funds"), (90000, "exact", "元", "党费", "funds")]


# --- leftovers of the held-out rounds ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a sum with 万/亿 and no unit after a verb of raising or giving money in its clause: 元
    ("校友会筹二十万助学", [(200000, "exact", "", "", "funds")]),
    ("累计筹款逾两亿支援灾区", [(200000000, "more_than", "", "筹款", "funds")]),
    ("累计捐物逾三亿,支援前线", [(300000000, "more_than", "", "捐物", "funds")]),
    ("共募集12万,用于慰问", [(120000, "exact", "", "", "funds")]),
])
def test_headline_sums(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # no money verb in the clause, or none before the sum: left alone
    "全县二十万群众", "十万火急", "筹备工作,二十万", "二十万助学",
])
def test_headline_sums_need_a_money_verb(text):
    assert all(q.category != "funds" for q in extract(text))


@pytest.mark.parametrize("text, expected", [
    # a model code in Latin letters right before goods named noun-first belongs to the goods
    ("另购KN95口罩3万个", [(30000, "exact", "个", "KN95口罩", "supplies")]),
    ("送来KF94型口罩800只", [(800, "exact", "只", "KF94型口罩", "supplies")]),
    ("备好N95医用口罩60个", [(60, "exact", "个", "N95医用口罩", "supplies")]),
    # not across a verb, and not a code that does not start with a letter
    ("KN95已发放口罩30个", [(30, "exact", "个", "口罩", "supplies")]),
])
def test_model_code_before_goods(text, expected):
    assert facts(text) == expected


def test_matching_funds_keep_their_compound():
    # 配套资金 is a funds head of its own; a locative between two funds nouns does not join them
    assert facts("乡里配套资金6万元") == [(60000, "exact", "元", "乡里配套资金", "funds")]
    assert facts("用本级党费中配套资金9万元") == [(90000, "exact", "元", "配套资金", "funds")]
    assert facts("从县管党费配套资金划拨40万元") == [(400000, "exact", "元", "党费配套资金", "funds")]


def test_quoted_modifier_left_unfinished_before_a_comma_of_enumeration():
    # 3名“绿”码、7名“黄”码人员: 码 goes on in the next noun, both count 码人员 and share the verb's category
    assert facts("全镇排查出的3名“绿”码、7名“黄”码人员") == [
        (3, "exact", "名", "绿码人员", "coverage"), (7, "exact", "名", "黄码人员", "coverage")]


@pytest.mark.parametrize("text, expected", [
    # a total right after a funds noun and a comma names that money; any other noun does not
    ("这是老党员们交的特殊党费,一共2600元", [(2600, "exact", "元", "党费", "funds")]),
    ("村民送来的善款,合计1.2万元", [(12000, "exact", "元", "善款", "funds")]),
    ("这是大家的心意,一共800元", [(800, "exact", "元", "", "funds")]),
    ("收到捐款,800元用于购买", [(800, "exact", "元", "", "funds")]),
])
def test_total_after_a_funds_noun_and_a_comma(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people received or sampled are reached (coverage); the points and staff of receiving stay nouns
    ("接待返岗学生120名", [(120, "exact", "名", "返岗学生", "coverage")]),
    ("迎接首批800余名研究生", [(800, "more_than", "名", "研究生", "coverage")]),
    ("当天完成核酸采集926人", [(926, "exact", "人", "", "coverage")]),
    ("设立4个接待点", [(4, "exact", "个", "接待点", "organization")]),  # a post set up (CODEBOOK.md; q13)
    ("抽调采集员9名", [(9, "exact", "名", "采集员", "personnel")]),
])
def test_people_received_or_sampled_are_reached(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare count of people before the screening it undergoes, in its clause, with no verb in between
    ("全县约八十万人第二轮核酸筛查今日启动", [(800000, "about", "人", "", "coverage")]),
    ("城区20万人核酸检测,", [(200000, "exact", "人", "", "coverage")]),
    # those who take part in it, or visit, stay personnel
    ("300人参与核酸筛查", [(300, "exact", "人", "", "personnel")]),
    ("60人入户走访", [(60, "exact", "人", "", "personnel")]),
])
def test_people_before_their_screening_are_reached(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the size of a group between the noun and the number; a donor before the money it gives
    ("小区居民数量超过3万人", [(30000, "more_than", "人", "小区居民", "coverage")]),
    ("志愿者人数达120人", [(120, "exact", "人", "志愿者", "personnel")]),
    ("本地企业家捐款80万元", [(800000, "exact", "元", "捐款", "funds")]),
])
def test_group_size_words_and_donors_before_the_number(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a coordination of nouns of one kind before a noun-first count: all of them are counted
    ("的在职党员和志愿者共86人参与", [(86, "exact", "人", "在职党员和志愿者", "personnel")]),
    ("抽调网格员、社工以及民警等40余人", [(40, "more_than", "人", "网格员、社工以及民警", "personnel")]),
    # not across nouns of another kind
    ("向居民和志愿者发放口罩90个", [(90, "exact", "个", "口罩", "supplies")]),
])
def test_coordinated_nouns_before_a_count(text, expected):
    assert facts(text) == expected


# --- issue 12, numeral half: every written form, currencies, ratios (phrases written for these tests) --

@pytest.mark.parametrize("text, value, approx, unit", [
    # an exclusion row never cuts inside a numeral with units (一X一Y, 万一, 是一)
    ("全镇共有一百一十名网格员", 110, "exact", "名"),
    ("共有三万一千名党员参与", 31000, "exact", "名"),
    ("组织一千一百名干部下沉", 1100, "exact", "名"),
    ("志愿者总数是一千二百人", 1200, "exact", "人"),
    # 十万, 十亿 alone
    ("发动十万名党员", 100_000, "exact", "名"),
    ("企业捐款十万元", 100_000, "exact", "元"),
    ("投入资金十亿元", 1_000_000_000, "exact", "元"),
    # decimals with 点
    ("累计服务三点五万人", 35_000, "exact", "人"),
    ("筹集资金一点二亿元", 120_000_000, "exact", "元"),
    # Arabic digits with Chinese units
    ("动员3千余名志愿者", 3000, "more_than", "名"),
    ("排查3万4000名返乡人员", 34_000, "exact", "名"),
    ("覆盖1万600名居民", 10_600, "exact", "名"),
    ("拨付5千万元", 50_000_000, "exact", "元"),
    # financial and traditional digits, 廿, 卅, 半百
    ("收到捐款叁千零五十元", 3050, "exact", "元"),
    ("四万万人", 400_000_000, "exact", "人"),
    ("派出廿三名医护人员", 23, "exact", "名"),
    ("卅名志愿者值守卡口", 30, "exact", "名"),
    ("半百名党员报名", 50, "exact", "名"),
    ("善款肆佰叁拾萬圆", 4_300_000, "exact", "圆"),
    # 角 and 分 after 元
    ("发放餐补5元3角", 5.3, "exact", "元"),
    ("结余六十四万零一百四十三元一角七分", 640_143.17, "exact", "元"),
])
def test_every_written_numeral_form(text, value, approx, unit):
    qs = extract(text)
    check_offsets(text, qs)
    assert [(q.value, q.approx, q.unit) for q in qs][:1] == [(value, approx, unit)]


@pytest.mark.parametrize("text, value, unit, currency", [
    ("捐赠500万人民币", 5_000_000, "人民币", "CNY"),  # money, not 5,000,000 people
    ("募得1.9万台币", 19_000, "台币", "TWD"),  # 台币 is never 台 (machines)
    ("捐赠港币500万元", 5_000_000, "元", "HKD"),  # a currency before the sum keeps its currency
    ("预算新台币177.1亿元", 17_710_000_000, "元", "TWD"),
    ("拨出澳门币10亿元", 1_000_000_000, "元", "MOP"),
    ("捐出500万元人民币", 5_000_000, "元", "CNY"),
    ("捐款300万元", 3_000_000, "元", "CNY"),  # 元 alone: the yuan
    ("援助1200亿美元", 120_000_000_000, "美元", "USD"),
    ("捐款10万港元", 100_000, "港元", "HKD"),
    ("资助5万欧元", 50_000, "欧元", "EUR"),
    ("捐赠1万亿日元", 10 ** 12, "日元", "JPY"),
    ("募捐3000英镑", 3000, "英镑", "GBP"),
    ("捐出一百万澳门元", 1_000_000, "澳门元", "MOP"),
])
def test_money_keeps_its_currency(text, value, unit, currency):
    qs = extract(text)
    check_offsets(text, qs)
    assert [(q.value, q.unit, q.currency, q.category) for q in qs] == [(value, unit, currency, "funds")]


def test_a_currency_named_before_the_sum_is_part_of_the_figure():
    q, = extract("捐赠港币500万元")
    assert q.surface.endswith("港币500万元") and q.currency == "HKD"


def test_only_money_has_a_currency():
    assert [q.currency for q in extract("组织300名党员，捐款5万元，发放口罩2000只")] == ["", "CNY", ""]


def test_every_money_unit_has_a_currency_and_every_currency_is_a_unit():
    money = {w for w, c in lexicon().classifiers.items() if c.kind == "money"}
    assert money == {w for w, c in lexicon().currencies.items() if not c.sign}  # (HK$: a sign before a sum, q29)
    assert all(len(c.code) == 3 and c.code.isupper() for c in lexicon().currencies.values())


@pytest.mark.parametrize("text", [
    "就业率提高3个百分点", "占比下降0.5个百分点", "增长百分之三十", "百分之三十名党员参加过培训",
    "三分之一的干部", "增幅达15%", "回收率千分之五",
])
def test_ratios_are_never_counts(text):
    assert extract(text) == []


@pytest.mark.parametrize("text, numeral", [("捐款3万四千元", "3万四千元"), ("共有0一户", "0一户")])
def test_a_numeral_read_in_part_is_flagged_not_read_as_its_tail(text, numeral):
    q, = extract(text)
    assert q.unreadable and math.isnan(q.value) and q.surface.endswith(numeral)
    assert text[q.number_start:q.number_end] == numeral


@pytest.mark.parametrize("text, value, high", [
    ("共有一十一名志愿者", 11, None),  # the 一X一Y scheme row is no numeral
    ("两到三千名党员", 2000, 3000),  # one digit before 三千 shares its 千: never 2 to 3000
    ("2至3千名群众", 2000, 3000),
])
def test_numerals_the_peers_test(text, value, high):
    assert [(q.value, q.value_high) for q in extract(text)] == [(value, high)]


def test_kuai_is_money_only_with_jiao_or_mao():
    assert [(q.value, q.currency) for q in extract("发放补贴十块三毛")] == [(10.3, "CNY")]
    assert [(q.value, q.currency) for q in extract("准备120块冰块")] == [(120, "")]


# --- issue 12: open-vocabulary counted nouns (jieba's dictionary) and categories from the form ---

@pytest.mark.parametrize("text, expected", [
    # flood: people trapped, goods nobody listed, before the number and after the classifier
    ("消防救援队伍共营救被困群众326人", [(326, "exact", "人", "被困群众", "coverage")]),
    ("县应急管理局调运抽水泵45台、发电机12台和冲锋舟8艘",
     [(45, "exact", "台", "抽水泵", "supplies"), (12, "exact", "台", "发电机", "supplies"),
      (8, "exact", "艘", "冲锋舟", "supplies")]),
    ("武警官兵200余名连夜加固堤坝", [(200, "more_than", "名", "武警官兵", "personnel")]),
    ("洪水中转移了114人", [(114, "exact", "人", "", "coverage")]),
    ("全村1400余人全部转移到安全地带", [(1400, "more_than", "人", "", "coverage")]),
    # earthquake: a team's members, a verb before people after 名, shelters named in the clause before
    ("派出支援队队员86名", [(86, "exact", "名", "支援队队员", "personnel")]),
    ("164名支援人员抵达灾区", [(164, "exact", "名", "支援人员", "personnel")]),
    ("搭建活动板房,其中19个用于安置灾民", [(19, "exact", "个", "活动板房", "supplies")]),
    ("调拨300顶用于安置群众的帐篷", [(300, "exact", "顶", "用于安置群众的帐篷", "supplies")]),
    ("运来的救灾帐篷300顶", [(300, "exact", "顶", "帐篷", "supplies")]),
    ("派出5支救援队深入震区", [(5, "exact", "支", "救援队", "organization")]),
    ("捐赠4台挖掘机和现金", [(4, "exact", "台", "挖掘机", "supplies")]),
    # poverty alleviation: modified bare nouns after 万, relative clauses, households then people
    ("近20万优秀干部奔赴扶贫一线", [(200000, "about", "", "优秀干部", "personnel")]),
    ("1.77万名驻村工作队员和19.89万落实结对帮扶的干部,形成合力",
     [(17700, "exact", "名", "驻村工作队员", "personnel"), (198900, "exact", "", "落实结对帮扶的干部", "personnel")]),
    ("该村现有232户共705人", [(232, "exact", "户", "", "other"), (705, "exact", "人", "", "other")]),  # CODEBOOK.md 4th session
    ("受灾牲畜7.1万头,", [(71000, "exact", "头", "牲畜", "other")]),
    # hospital: medicines, beds, computers, the people treated
    ("医院新增病床200张,捐赠电脑30台", [(200, "exact", "张", "病床", "supplies"), (30, "exact", "台", "电脑", "supplies")]),
    ("1粒安宫牛黄丸", [(1, "exact", "粒", "安宫", "supplies")]),
    ("收治几十位病人", [(10, "at_least", "位", "病人", "coverage")]),  # CODEBOOK.md patients line (q13)
    # firm: machines in 部, goods in 支 (支 also counts teams), conjoined counts that share a noun
    ("集团捐赠2,300 部血氧机", [(2300, "exact", "部", "血氧机", "supplies")]),
    ("企业捐出新冠抗原试剂1000万支", [(10000000, "exact", "支", "新冠抗原试剂", "supplies")]),
    ("捐出50万成人外科口罩", [(500000, "exact", "", "成人外科口罩", "supplies")]),
    ("分别捐赠4万4千个及1万个口罩", [(44000, "exact", "个", "口罩", "supplies"), (10000, "exact", "个", "口罩", "supplies")]),
    ("国家六部委联合发文", [(6, "exact", "", "部委", "organization")]),
    # Hong Kong (traditional): a lab is an organization, livestock is not goods
    ("香港特區政府派出60名檢測隊員", [(60, "exact", "名", "检测队员", "personnel")]),
    ("內地支援隊建成16個實驗室", [(16, "exact", "个", "实验室", "organization")]),
    ("機構向長者派發200 支殺菌噴霧", [(200, "exact", "支", "杀菌喷雾", "supplies")]),
    ("善款來自將近16萬筆捐款", [(160000, "about", "笔", "捐款", "activity")]),
    ("義工分3組巡查", [(3, "exact", "组", "组", "organization")]),
    # corpus D fixes: a noun of no known form before 支/处 (they only suggest a category), livestock in
    # 只 and 羽, the classifiers 片 公升 场次, a verb phrase with 了 after the count, a duration in 昼夜
    ("捐赠本子80本,钢笔300支", [(80, "exact", "本", "本子", "supplies"), (300, "exact", "支", "钢笔", "supplies")]),
    ("新建净水工程3处,", [(3, "exact", "处", "净水工程", "activity")]),  # facilities built: activity (CODEBOOK.md); q14: 新建 is the verb (entity_stops.csv), was 新建净水工程
    ("合作社养鸭2000只,", [(2000, "exact", "只", "合作社养鸭", "other")]),
    ("发放退烧药500片", [(500, "exact", "片", "退烧药", "supplies")]),
    ("吊运消防用水80,000公升", [(80000, "exact", "公升", "吊运消防用水", "supplies")]),
    ("召开座谈会12场次", [(12, "exact", "场次", "座谈会", "activity")]),
    ("40台挖掘机开到了镇上", [(40, "exact", "台", "挖掘机", "supplies")]),
    ("药箱共500只搬到了村委会", [(500, "exact", "只", "药箱", "supplies")]),
    ("帮扶单位由8个增加到20个", [(8, "exact", "个", "单位", "organization"),
                                 (20, "exact", "个", "单位", "organization")]),
    ("带动30名贫困户务工", [(30, "exact", "名", "贫困户", "coverage")]),
    ("队员们奋战了5个昼夜", []),
])
def test_open_vocabulary_nouns(text, expected):
    assert facts(convert(text, "t2s")) == expected


@pytest.mark.parametrize("text", [
    "一个重要的目标",     # an article 一 takes no noun read from the dictionary
    "提高3万倍",          # a ratio after 万 is no count of people (and not 成人)
    "村子四面环山",       # a fixed term
    "一个方案",
])
def test_open_vocabulary_nouns_add_no_counts(text):
    assert facts(text) == []


def test_noun_categories_from_the_form():
    from mobilization.quantities import form_category
    assert [form_category(w) for w in ("救援人员", "扑火队", "水泵", "受灾农户", "病房", "天空")] == \
        ["personnel", "organization", "supplies", "coverage", "coverage", ""]


def test_every_head_form_row_gives_its_category():
    from mobilization.quantities import form_category
    for row in read_rows("head_forms.csv"):
        assert form_category("某" + row["suffix"]) == row["category"], row


# --- averages, rates and what each place gets are not tallies (held-out corpus D, second fix round) -----

@pytest.mark.parametrize("text", [
    "全村人均月收入达3200元", "该村户均增收4000元", "平均每月为集体增加收入2.5万元", "月均接待游客800人次", "每次限领3盒", "每个行政村有2至3家帮扶单位", "每村3至5家",
])
def test_averages_rates_and_shares_per_place_are_not_tallies(text):
    assert extract(convert(text, "t2s")) == []


def test_totals_next_to_an_average_are_kept():
    assert facts("全村年收入增加,共发放3200元") == [(3200, "exact", "元", "", "funds")]
    assert facts("全乡共有12个村，人均收入提高") == [(12, "exact", "个", "村", "other")]  # its size (CODEBOOK.md)
    assert facts("他月收入不足8000元") == [(8000, "at_most", "元", "", "funds")]  # one person's income


def test_one_item_of_goods_after_a_measure_word_is_counted():
    # 一 + a measure word of goods + a noun of goods (listed, or by its form: …电脑, …车) is one thing
    assert facts("学生们为学校捐赠了一台笔记本电脑") == [(1, "exact", "台", "笔记本电脑", "supplies")]
    assert facts("村里新添了一辆洒水车") == [(1, "exact", "辆", "洒水车", "supplies")]


@pytest.mark.parametrize("text", [
    "送去一份温暖", "带来一张笑脸", "他是一台机器", "捐赠了一批物资",  # no goods, or the article
    "每人带着一把测温枪、一个口罩出发",  # the kit of each: a narrative list
])
def test_one_without_goods_or_in_a_story_is_not_counted(text):
    assert extract(convert(text, "t2s")) == []


@pytest.mark.parametrize("text, expected", [
    ("修建蓄水池4口", [(4, "exact", "口", "蓄水池", "activity")]),  # facilities built: activity (CODEBOOK.md)
    ("全村共有机井10口", [(10, "exact", "口", "机井", "other")]),
    ("打了12口井", [(12, "exact", "口", "井", "other")]),
    ("开挖3口鱼塘", [(3, "exact", "口", "鱼塘", "other")]),
])
def test_kou_counts_wells_and_ponds(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", ["一家三口", "全家5口人", "异口同声", "过了10口岸", "三口之家"])
def test_kou_before_other_nouns_is_not_a_count(text):
    assert extract(convert(text, "t2s")) == []


def test_kou_does_not_change_counts_of_population_and_exits():
    assert facts("全村人口1200人") == [(1200, "exact", "人", "人口", "other")]  # a population (CODEBOOK.md)
    assert facts("设置出口2个") == [(2, "exact", "个", "出口", "coverage")]
