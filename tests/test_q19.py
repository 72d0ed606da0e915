"""Round q19 (issue 12): the counted noun phrase runs to its head and stops before a predicate or a money word.

Invented sentences; those marked `was …` gave another result on main 6618ecc.
"""
import pytest

from mobilization.quantities import extract


def _found(text: str) -> list[tuple[str, float, str, str]]:
    return [(q.surface, q.value, q.entity, q.category) for q in extract(text)]


def _entities(text: str) -> list[str]:
    return [q.entity for q in extract(text)]


@pytest.mark.parametrize("text, entity", [
    # a verb with an aspect particle, or an adverb, after the head starts the predicate (was 民警守着老人)
    ("镇里派出2名民警守着老人。", "民警"),
    # the money counted donors give is no part of them (was 单位捐款)
    ("全镇共有7家单位捐款。", "单位"),
    # a bare verb before a further noun is its modifier, the phrase runs on to the head
    ("组建37家中央定点帮扶单位。", "中央定点帮扶单位"),
    ("成立一个医护救治小组。", "医护救治小组"),
])
def test_phrase_stops_before_a_predicate(text, entity):
    assert _entities(text) == [entity]


@pytest.mark.parametrize("text, entity", [
    # a head that begins a longer noun of the text runs to the end of that noun (were 楼, 扶贫车, 楼, 长, 培训, 检测试剂)
    ("封闭了三个楼道。", "楼道"),
    ("建成20个扶贫车间。", "扶贫车间"),
    ("倒塌8栋楼房。", "楼房"),
    ("看望25位长辈。", "长辈"),
    ("举办近100期培训班。", "培训班"),
    ("发放2万套检测试剂盒。", "检测试剂盒"),
    # not into a verb begun inside the head, a measure of trips, a localizer
    ("30余名党员干部带头冲锋。", "党员干部"),
    ("出动8辆车次。", "车"),
])
def test_head_runs_to_the_end_of_its_word(text, entity):
    assert _entities(text) == [entity]


@pytest.mark.parametrize("text, entity", [
    # nobody listed the noun: a task (one or two verbs) between a noun and the team or project that does it
    # belongs to the phrase (were 消防, 产业, 基层)
    ("派出7个消防救援支队。", "消防救援支队"),
    ("实施9个产业扶贫项目。", "产业扶贫项目"),
    ("组建133支基层防汛抢险队。", "基层防汛抢险队"),
])
def test_task_between_nouns_of_a_team(text, entity):
    assert _entities(text) == [entity]


def test_verb_and_its_object_stay_out():
    # a verb and a place or goods after the noun is what is done with it
    assert _entities("3台抽水泵运往灾区。") == ["抽水泵"]


@pytest.mark.parametrize("text, entity", [
    # person-times take the people named right before them (were empty); a service named there is no noun of them
    ("累计出动抗旱人员5.4万人次。", "抗旱人员"),
    ("参与志愿者达18万人次。", "志愿者"),
    ("社区开展义务服务近2000人次。", ""),
    ("累计服务群众8674人次", ""),  # the public a service reaches (design/tricky_phrases.csv)
    ("8674人次。", ""),
    # verbs of sending and treating, an adverb of the first time, the year of a report begin no noun
    ("本年度共八万六千多人次参与。", ""),
    ("献血人数首次突破5万人次。", ""),
])
def test_person_times_take_the_people_before_them(text, entity):
    assert _entities(text) == [entity]


@pytest.mark.parametrize("text, entity", [
    # who gives the money before a noun of money is not what the money is (were 各界捐款, 社会团体捐款, 中华慈善总会捐款)
    ("全港各界捐款逾500万港元。", "捐款"),
    ("社会团体捐款5870万元。", "捐款"),
    ("中华慈善总会捐款500万元。", "捐款"),
    # a word of what kind of money it is stays
    ("首期捐款30万元。", "首期捐款"),
    ("专项善款264万元。", "专项善款"),
])
def test_donor_before_money_is_not_the_money(text, entity):
    assert _entities(text) == [entity]


@pytest.mark.parametrize("text, entity", [
    # after 名/位 the counted noun is the people: it runs over a modifier with a noun in it (家庭经济困难), over a
    # 的-clause to the people after it (were 家庭, 品学兼优但家庭)
    ("资助28名家庭经济困难学生。", "家庭经济困难学生"),
    ("资助10001名品学兼优但家庭经济特别困难的大学生。", "品学兼优但家庭经济特别困难的大学生"),
    ("1400多名完成救治任务的医护人员返回。", "完成救治任务的医护人员"),
])
def test_people_after_their_modifiers(text, entity):
    assert _entities(text) == [entity]


@pytest.mark.parametrize("text, entity", [
    # coordinated nouns join when a verb follows the last one (were 党员干部, 非牟利机构 stays: 的 after 及)
    ("13名党员干部和群众来到河道安装抽水泵。", "党员干部和群众"),
    ("34间非牟利机构及社企的物资需求清单公布。", "非牟利机构"),
])
def test_coordination_before_the_predicate(text, entity):
    assert _entities(text) == [entity]


@pytest.mark.parametrize("text, entity", [
    # a parenthesis of places after a unit that is a place is counted with it (were 省, 县); any other stays out
    ("已有26省(区、市)启动应急响应。", "省(区、市)"),
    ("覆盖8县(市)乡镇民政办。", "县(市)"),
    ("全市5镇(含外地)参加。", "镇"),
])
def test_places_in_a_parenthesis(text, entity):
    assert _entities(text) == [entity]


@pytest.mark.parametrize("text, value", [
    # a sum with 万/亿 and no 元 after a word of investing is money, as after 筹/捐/募/拨 (were not read)
    ("工作队投资20万,建了10亩梨园。", 200000.0),
    ("项目总投资接近5亿。", 500000000.0),
])
def test_invested_sum_without_yuan(text, value):
    qs = extract(text)
    assert [(q.value, q.category) for q in qs] == [(value, "funds")]
    assert qs[0].entity in ("投资", "总投资")  # the investment names the money


def test_people_counted_after_investing_stay_people():
    assert [(q.value, q.category) for q in extract("投资项目带动3万人就业。")][0][1] != "funds"


@pytest.mark.parametrize("text, expected", [
    # so many times in so many days is a frequency, no count (were 3 and 5)
    ("核酸检测频率由之前的5天3次改为5天5次。", []),
    ("连续3天开展巡查5次。", [5.0]),
])
def test_frequency_is_no_count(text, expected):
    assert [q.value for q in extract(text)] == expected


@pytest.mark.parametrize("text, entity", [
    # a short word after a count of things that the dictionary files as a verb is the predicate (were 受益, 满意)
    ("让5000户受益。", ""),
    ("有19户满意。", ""),
    # after 名 and after a count of events the word stays (考生 is filed as a verb; 夜访 names the events)
    ("1900多名考生,", "考生"),
])
def test_short_verb_after_a_count_is_no_noun(text, entity):
    assert _entities(text) == [entity]


@pytest.mark.parametrize("text, entities", [
    # X的 + a count of events: the events are X's, and X names them (were empty)
    ("其次是LINE Pay的1万7049笔、1650万元,以及四大超商的10114笔、1354万元。", ["LINE Pay", "", "四大超商", ""]),
    # not a time
    ("今年的3次。", [""]),
])
def test_owner_of_events(text, entities):
    assert _entities(text) == entities
