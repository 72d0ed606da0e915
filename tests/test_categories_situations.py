"""The situation around a count (quantities.situations, data/situation_verbs.csv): our own invented sentences.

Each case failed before the rule it pins (or pins what the rule must leave alone)."""
from __future__ import annotations

import pytest

from mobilization.quantities import extract
from mobilization.quantities.verbs import ROLES, situation_words


def _cat(text: str, surface_part: str) -> str:
    qs = [q for q in extract(text) if surface_part in q.surface]
    assert qs, f"{surface_part!r} not found in {[q.surface for q in extract(text)]}"
    return qs[0].category


@pytest.mark.parametrize("text, part, category", [
    # a disaster as the subject of a verb of scope: its reach, other
    ("这次雪灾涉及8个县的20个乡。", "8个县", "other"),
    ("这次雪灾涉及8个县的20个乡。", "20个乡", "other"),
    ("洪水导致10个乡镇停电。", "10个乡镇", "other"),
    ("救灾工作涉及12个乡镇。", "12个乡镇", "coverage"),               # the relief, not the disaster
    ("排查涉及52个行政村。", "52个行政村", "coverage"),                # no disaster subject
    # a preposition of benefit and a verb of giving after the count: reached, coverage
    ("队员们为400余名群众送去了饮用水。", "400余名群众", "coverage"),
    ("基金会向30家养老机构提供防疫物资。", "30家养老机构", "coverage"),
    ("方舱医院可为1万名感染者提供隔离治疗。", "1万名感染者", "coverage"),
    ("物资送抵县城给两所学校的120名学生当礼物。", "120名学生", "coverage"),
    ("向20所学校发动募捐。", "20所学校", "organization"),              # another verb: asked to take part
    ("组织200名党员为群众送去物资。", "200名党员", "personnel"),       # the count before the preposition
    ("为做好防控工作,全县抽调干部300人。", "300人", "personnel"),     # another clause
    # the verb right before the people
    ("体育馆接纳了受灾群众和外地游客共200余人。", "200余人", "coverage"),
    ("合作社吸纳了6名贫困劳力务工。", "6名贫困劳力", "coverage"),
    ("劝导渔民上岸900余人。", "900余人", "coverage"),
    ("发动40余户群众义务修建水池。", "40余户群众", "personnel"),       # mobilized, counted by households
    ("组织居民300人进行核酸检测。", "300人", "coverage"),              # ... unless reached after
    ("组织800名群众提前转移。", "800名群众", "coverage"),
    # the verb right after the people
    ("其中5人投亲靠友。", "5人", "coverage"),
    ("项目建成后2000余人受益。", "2000余人", "coverage"),
    ("全村还有150人没有脱贫。", "150人", "other"),  # not lifted: the need described (relabel, fourth session; k16)
    # things: animals moved are reached, buildings built are activity, hospitals stay organizations
    ("转移牲畜1.5万头。", "1.5万头", "coverage"),
    ("转移物资200吨。", "200吨", "supplies"),
    ("修建6套安置房。", "6套安置房", "activity"),
    ("新建5座方舱医院。", "5座方舱医院", "organization"),
])
def test_situation(text: str, part: str, category: str) -> None:
    assert _cat(text, part) == category


@pytest.mark.parametrize("text, part, category", [
    ("20余户人家出现淹水现象。", "20余户人家", "other"),               # harm past a verb of befalling
    ("还有3名老人困在倒塌的民房附近。", "3名老人", "other"),           # harm that says where
    ("一家4人被困里面。", "4人", "other"),
    ("全村仅有5人受轻伤。", "5人", "other"),
    ("200多名村民饮水困难。", "200多名村民", "other"),
    ("其中损毁桥梁12座、房屋40间。", "房屋40间", "other"),            # harm before a list befalls each
])
def test_harm(text: str, part: str, category: str) -> None:
    assert _cat(text, part) == category


def test_every_role_is_used_and_known() -> None:
    words = situation_words()
    assert all(words.roles[r] for r in ROLES)


@pytest.mark.parametrize("text, part, category", [
    ("据统计,积雪覆盖区域面积为900万亩,涉及300户1200人。", "300户", "other"),  # the topic of the clause before
    ("3小时完成200余例核酸检测。", "200余例", "coverage"),                    # people tested, not cases
    ("新增确诊病例12例。", "12例", "other"),
])
def test_topic_and_tests(text: str, part: str, category: str) -> None:
    assert _cat(text, part) == category


def test_a_verb_closing_a_listed_item_is_not_the_next_items() -> None:
    t = "截至13日,20余万人紧急转移撤离、3600余间房屋倒塌。"
    assert _cat(t, "3600余间") == "other"


def test_people_after_a_listed_evacuation_are_not_evacuated() -> None:
    assert _cat("截至13日,20余万人紧急转移撤离、300人受伤。", "300人") == "other"
    assert _cat("转移低洼地带、危房等群众300人。", "300人") == "coverage"  # the verb before the whole list


@pytest.mark.parametrize("text, part, category", [
    ("草场积雪严重,5万头牲畜受困,涉及900户3100人。", "900户", "other"),   # the reach of the harm before
    ("全村300余户家庭不同程度地进水。", "300余户家庭", "other"),
    ("突击队深入一线搜救伤员40人。", "伤员40人", "coverage"),              # rescued, though injured
    ("地震造成6人受伤,其中5人已出院、1人留院观察。", "1人", "other"),
])
def test_reach_of_harm_and_rescue(text: str, part: str, category: str) -> None:
    assert _cat(text, part) == category


@pytest.mark.parametrize("text, part, category", [
    ("目前5200人在接受集中隔离观察。", "5200人", "other"),        # under watch: a case verb after the people
    ("劝阻旅游团队43团1400人。", "1400人", "coverage"),            # persuaded: reached
    ("全镇群众340余人全部完成转移。", "340余人", "coverage"),
    ("连降大雨,50余万人遭受洪涝袭击。", "50余万人", "other"),      # a harm that takes the disaster as object
    ("小岛滞留游客97人。", "97人", "other"),
])
def test_watch_persuasion_and_suffering(text: str, part: str, category: str) -> None:
    assert _cat(text, part) == category


def test_animals_taking_shelter_are_reached() -> None:
    assert _cat("牛羊1200头已转场。", "1200头") == "coverage"
