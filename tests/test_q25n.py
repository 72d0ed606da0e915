"""Round q25n (eleventh session): the counted noun of figures found, kinds of error pooled over every opened figure
corpus, pinned on small sentences written for this test (docs/rounds/q25n.md). Cases marked `was …` gave something
else on the round's starting commit; the others pin what the new rules leave alone.
"""
from __future__ import annotations

from mobilization.quantities import extract


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.surface, q.entity) for q in extract(text)]


def test_verb_modifying_the_last_noun_after_a_classifier():
    # a verb with no 的 right after the classifier, then one noun that punctuation ends: the noun is counted
    assert _read("报名期间共收到300多封申请信件,两百通咨询电话。")[0] == ("300多封申请信件", "申请信件")  # was 300多封, ""
    assert _read("活动开始后,学校陆续收到120封报名信件。") == [("120封报名信件", "报名信件")]          # was 120封, ""
    # a verb and its object that goes on (a predicate) stays no noun
    assert _read("共有30人报名参加,其中5名支援武汉。") == [("30人", ""), ("5名", "")]


def test_a_place_after_a_locative_ends_at_a_verb():
    # 在 + place + verb + object + count: the place phrase ends at the verb, its object is counted
    assert _read("一年来,在主流媒体发表稿件420篇。") == [("稿件420篇", "稿件")]                      # was 420篇, ""
    # with no verb the head is inside the place phrase: where, not what
    assert _read("在我镇3个交通要道设卡。") == [("3个交通要道", "交通要道")]
    # a coordination of two gifts after 向… is no verb and object
    assert _read("企业共向灾区捐款捐物3000万元。")[0][1] != "捐物"


def test_machines_before_a_count_of_trips():
    # 台次, 艘次: trips made by machines or vessels; a noun of goods nobody listed before it names what made them
    assert _read("全县出动各类清雪机械35台次。") == [("清雪机械35台次", "清雪机械")]                # was 35台次, ""
    # events of work with no goods before them are left to the event readers
    assert _read("医疗队共开展手术8000台次。") == [("手术8000台次", "手术")]


def test_a_coordination_of_people_before_ren():
    # X和Y before 人: both are counted; the people named by age or need are nouns of their own
    got = _read("全市共转移受灾群众3.2万人,其中老人和儿童8600人。")
    assert got[1] == ("老人和儿童8600人", "老人和儿童")                                          # was 8600人, ""
    assert _read("春节前,走访慰问孤寡老人和残疾人120人。") == [("孤寡老人和残疾人120人", "孤寡老人和残疾人")]  # was 120人, ""
    # a generic child is no count
    assert _read("对一个孩子来说,读书是头等大事。") == []


def test_a_team_before_a_count_of_its_people():
    # an organization right before N人: its members are counted, the team named as the noun, personnel
    got = _read("共投入扑救力量900余人,其中市森林消防支队120人,青山县专业扑火队45人。")
    assert got[1] == ("市森林消防支队120人", "市森林消防支队")                                  # was 120人, ""
    assert got[2][1].endswith("专业扑火队")                                                    # was ""
    assert extract("其中市森林消防支队120人。")[0].category == "personnel"
    # 组织 as a verb (organised) names no team
    assert _read("全县组织1800多人上山扑火。") == [("1800多人", "")]


def test_a_team_is_no_noun_of_a_lone_count_of_goods():
    # the team before the verb sends the vehicles; it is not what 车 counts (an empty noun, not a wrong one)
    got = _read("市森林消防大队派出12车86人赶赴火场。")
    assert got[0] == ("12车", "")                                                            # was 市森林消防大队
    assert got[1][0] == "86人"
    # goods named before a lone count are still its noun
    assert _read("搭建活动板房,其中19个用于安置。") == [("19个", "活动板房")]


def test_a_count_of_events_named_in_the_clause_before():
    # ,累计开展N次: only adverbs and a verb before the count; the events are the ones the clause before names
    got = _read("社区组织党员开展各类主题教育活动,累计开展36次。")
    assert got == [("36次", "教育活动")] or got == [("36次", "活动")]                             # was 36次, ""
    # a clause of its own with a noun (与群众) names whom; no events named before are taken
    assert _read("开展主题教育活动,与群众沟通20次。") == [("20次", "")]


def test_a_measure_of_goods_links_to_its_noun_by_de():
    # 袋, 箱: a 的 right after a measure of goods links it to its noun, as after a count (Taiwan usage)
    assert _read("活动当天,师生共捐出86袋的热血。") == [("86袋", "热血")]                                # was 86袋, 师生


def test_a_count_with_an_unread_noun_of_its_own_borrows_none():
    # 和 joins two counts; the second has a noun of its own the reader cannot read: empty, not its neighbour's
    # (港作拖轮 is read whole since round k17's domain_dict.csv row; 港勤拖轮 keeps the case: 港|勤 is still cut)
    got = _read("海事部门36艘巡逻船艇和20艘港勤拖轮已做好待命准备。")
    assert got[1] == ("20艘", "")                                                            # was 巡逻船艇
    # a part of the first count with no words of its own still takes its noun
    assert _read("全市175个安置点已开工156个。")[1] == ("156个", "安置点")
