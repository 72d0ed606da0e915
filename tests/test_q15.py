"""Round q15 (issue 12): sums that are no sums given, sums whose 元 is implied, counts with no classifier.

Invented sentences; those marked `was …` gave another result on main 6cff443.
"""
import pytest

from mobilization.quantities import extract


def _surfaces(text: str) -> list[str]:
    return [q.surface for q in extract(text)]


@pytest.mark.parametrize("text, kept", [
    # the spread of single gifts or shares, closed by 不等, is no tally (was: every sum of the spread)
    ("居民踊跃捐款,数额从20元、50元甚至500元不等,共筹得善款3万元。", ["善款3万元"]),
    ("分红金额从800元到200元不等。", []),
    ("各组人数从3人到8人不等。", []),
    # the tiers of a schedule (两档) are no sums given either
    ("助学金分为600元和300元两档,按情况发放。", []),
    ("为建档立卡贫困户发放3000元。", ["3000元"]),
    # 不等于 is "is not equal to": the sum stays
    ("捐款100万元不等于完成任务。", ["捐款100万元"]),
    # a bar that names a class (its members listed or named next) is no sum given (was: the bar)
    ("其中,企业捐赠10万元以上的有:甲公司、乙公司。", []),
    ("超过五十万元的捐款包括甲基金会和乙集团的捐款。", []),
    ("表彰了年产值超10亿元的民营企业。", []),
    # a bar before goods is their value, and stays
    ("爱心企业捐赠超过100万元的防疫物资。", ["超过100万元"]),
])
def test_sums_that_are_no_sums_given(text, kept):
    assert _surfaces(text) == kept


@pytest.mark.parametrize("text, surface, value, entity", [
    # districts, places, countries and stations count themselves after a number (was: nothing)
    ("物资将在全市12区同步派发。", "12区", 12, "区"),
    ("医疗队分别从甲市、乙市两地出发。", "两地", 2, "地"),
    ("这批物资分别运往30国,帮助当地民众。", "30国", 30, "国"),
    ("地铁8车站设立献血点。", "8车站", 8, "车站"),
    # a unit of an organization after a count of places: one in each, the units are counted
    ("集团甲、乙、丙三地分公司共捐赠物资。", "三地分公司", 3, "分公司"),
])
def test_places_counted_bare(text, surface, value, entity):
    q = next(q for q in extract(text) if q.value == value)
    assert (q.surface, q.entity) == (surface, entity)


@pytest.mark.parametrize("text", [
    "沿318国道巡查",                  # 国道 is a word
    "沿215省道清理垃圾",              # three digits before a place noun name it
    "在线观看一区二区三区",            # a series of numbered names
    "家住二七区",                      # a name read digit by digit
    "甲乙两地众多妇女组织投身援助",     # the places modify the noun after them
    "两地路政、道路养护部门全力抢通",   # two kinds of units in each place: the count is not theirs
    "由狮子会12区组织派发",            # an association's numbered district
    "5.12地震以来",                    # 地 begins 地震
])
def test_places_not_counted(text):
    assert not [q for q in extract(text) if q.unit in ("区", "地", "国", "省")], text


@pytest.mark.parametrize("text, surface, value, entity", [
    # a numeral with 万/亿 right before a noun of funds is a sum, its 元 implied (was: nothing, or no noun)
    ("基金成立一天,已收3亿善款。", "3亿善款", 300000000, "善款"),
    ("两家银行各50万捐款已经到账。", "50万捐款", 500000, "捐款"),
    ("省里下拨2.5亿救灾资金,用于重建。", "2.5亿救灾资金", 250000000, "救灾资金"),
])
def test_funds_after_sum(text, surface, value, entity):
    q = next(q for q in extract(text) if q.value == value)
    assert (q.surface, q.entity, q.category) == (surface, entity, "funds")


@pytest.mark.parametrize("text", ["全国5亿人口", "惠及300万户家庭"])
def test_no_funds_after(text):
    assert not [q for q in extract(text) if q.category == "funds"]


@pytest.mark.parametrize("text, surface, value, entity", [
    # 数百万/数十万 alone before a noun with its modifier (was: nothing)
    ("全国数百万青年志愿者投身服务。", "数百万青年志愿者", 1000000, "青年志愿者"),
    # patients and a utility's customers follow 万 with no classifier (was: nothing)
    ("义诊活动预计让超10万患者受益。", "超10万患者", 100000, "患者"),
    ("台风导致全省120万用户停电。", "120万用户", 1200000, "用户"),
])
def test_bare_after_wan(text, surface, value, entity):
    q = next(q for q in extract(text) if q.value == value)
    assert (q.surface, q.entity) == (surface, entity)


@pytest.mark.parametrize("text, entity, category", [
    # 学子 and 新生 are the students a grant reaches (was: personnel or other, or a noun run on)
    ("企业资助两位学子完成学业。", "学子", "coverage"),
    ("奖学金已惠及3000多名学子。", "学子", "coverage"),
    ("学校为20名新生减免学费。", "新生", "coverage"),
])
def test_students_reached(text, entity, category):
    q = extract(text)[0]
    assert (q.entity, q.category) == (entity, category)


@pytest.mark.parametrize("text", [
    "校长说:“帮助一个学子,就是帮助一户人家。”",
    "一个党员就是一面旗帜。",
])
def test_maxim_of_one(text):
    assert extract(text) == []
