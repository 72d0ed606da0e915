"""Round 17 of the place detector (Z1 opened; all opened corpora pooled): each rule on a small invented report."""
from __future__ import annotations

import pytest

from mobilization.places import detect_place
from mobilization.places import townships as townships_module
from mobilization.repair import repair
from mobilization.script import convert_with_map


def place(text: str) -> tuple[str, str]:
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    guess = detect_place(rep, simplified)
    return guess.code, guess.name


# a township glued to its county, under a name the township list holds only for a county far away (隆子县's 玉麦乡)
GLUED = ("党员帮牧民转场\n"
         "连日来，阿克陶玉麦乡组织党员挨家挨户走访，帮助牧民赶着畜群转到冬季草场。\n"
         "玉麦乡某某村的牧民说，党员就是我们的亲人。玉麦乡的转场工作已经完成。\n")


def test_a_township_right_after_a_county_is_that_countys() -> None:
    assert place(GLUED) == ("653022", "阿克陶县")


def test_without_the_address_rule_the_list_sends_the_township_away(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(townships_module, "_after_their_county", lambda townships, resolved: townships)
    assert place(GLUED)[0] != "653022"


# 东乡县: the news name of Gansu's 东乡族自治县 and the former name of Jiangxi's 东乡区 (a county until 2016)
def test_a_self_named_autonomous_county_is_called_by_its_people_without_zu() -> None:
    from mobilization.gazetteer_aliases import short_forms
    assert ("东乡县", "ethnic+县") in short_forms("东乡族自治县", "county")
    assert ("鄂温克旗", "ethnic+旗") in short_forms("鄂温克族自治旗", "county")
    # 各族 ("of all peoples") is no people's name: not shortened this way
    assert all(not alias.endswith("各县") for alias, _ in short_forms("龙胜各族自治县", "county"))


def test_a_township_says_which_of_two_same_named_counties() -> None:
    text = ("东乡县某某社区党员志愿者守好小区门\n"
            "连日来，社区依靠网格化管理做好疫情防控，在锁南镇的统一安排下，网格员走访排查、宣传指导。\n")
    assert place(text) == ("622926", "东乡族自治县")


def test_the_same_name_with_no_township_stays_unknown() -> None:
    # 东乡县 alone may be either county: no guess
    text = "东乡县某某社区党员志愿者守好小区门\n连日来，社区依靠网格化管理做好疫情防控，网格员走访排查、宣传指导。\n"
    assert place(text)[0] == ""


def test_jiangxis_former_county_is_read_with_its_own_township() -> None:
    # a town of Jiangxi's 东乡区 (孝岗镇) makes the former 东乡县 that district
    text = ("东乡县某某社区党员志愿者守好小区门\n"
            "连日来，社区依靠网格化管理做好疫情防控，在孝岗镇的统一安排下，网格员走访排查、宣传指导。\n")
    assert place(text)[0] == "361003"


# 会同 "together with" before Taiwan's 县府: the verb, not Hunan's 会同县
TAIWAN = ("云林县长今天会同县府各局处长前往山区勘灾\n"
          "云林县长某某某今日会同县府各局处长前往古坑乡山区火灾现场勘灾，感谢消防局同仁连日扑救。\n"
          "某某某指出，火势已获控制，县府将建置大型蓄水池，强化山区救灾量能。\n")


def test_a_county_name_that_is_a_word_gives_way_to_taiwan() -> None:
    rep = repair(TAIWAN)
    simplified, _ = convert_with_map(rep.text, "t2s")
    guess = detect_place(rep, simplified)
    assert guess.code == "" and "Taiwan" in guess.reason


def test_without_taiwan_named_the_county_is_read() -> None:
    # the code before round 17 read this page as Hunan's 会同县; so does the rule where no outside place is named
    assert place(TAIWAN.replace("云林", "某某"))[0] == "431225"


def test_the_county_named_with_its_city_stays() -> None:
    text = ("怀化市会同县党员干部连夜转移群众\n"
            "7月3日，会同县委组织党员干部连夜转移受灾群众，全县转移群众3000余人。\n")
    assert place(text) == ("431225", "会同县")


# an e-paper page: the list of the page's headlines (another county's story first), then the story's own title again
EPAPER = ("首页 | 版面导航 | 标题导航\n"
          "   第15版:志愿服务\n"
          "   第16版:乡村新貌\n"
          "四川阿坝:青山绿水间 乡村新画卷\n"
          "湖南浏阳某某镇:志愿服务进乡村\n\n"
          "版面目录\n\n第15版\n志愿服务\n\n第16版\n乡村新貌\n\n"
          "2023年09月19日 星期二上一期下一期\n"
          "湖南浏阳某某镇:志愿服务进乡村\n"
          "    走在浏阳市某某镇某某村的田间地头，整洁的道路让人心旷神怡。村里的30余名小小志愿者正在进行河道保洁志愿服务，"
          "他们有的手持钳子，有的拿着垃圾袋，将散落在河边的塑料袋、烟头捡起。\n"
          "    据悉，为提高中小学生爱河护河的责任感，镇河长办联合村新时代文明实践站开展河长制第一课。\n")


def test_an_epapers_list_of_headlines_is_no_headline() -> None:
    assert place(EPAPER) == ("430181", "浏阳市")


def headlines(text: str) -> list[str]:
    from mobilization.places import zones_of
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    return [simplified[z.start:z.end].strip() for z in zones_of(rep, simplified) if z.kind == "title"]


def test_the_story_title_is_read_where_it_comes_again() -> None:
    assert headlines(EPAPER) == ["湖南浏阳某某镇:志愿服务进乡村"]


def test_without_the_list_rule_the_first_listed_headline_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from mobilization.places import zones as zones_module
    monkeypatch.setattr(zones_module, "_headline_list", lambda rep: [])
    assert headlines(EPAPER)[0] == "四川阿坝:青山绿水间 乡村新画卷"


# an institution named after its city acts through its own organs: the city is the report's
def test_an_institution_named_after_its_city_acts_for_it() -> None:
    text = ("义诊进乡村 党建结对子\n"
            "11月9日，徐州医科大学附属医院离退休党总支第四党支部一行前往某某镇，开展健康义诊与主题党日活动。"
            "退休党员、老专家们为村民测量血压、讲解健康知识。\n")
    assert place(text) == ("320300", "徐州市")


def test_a_college_students_office_recruits_volunteers() -> None:
    text = ("志愿服务校园行 戴好口罩防疫情\n"
            "为做好疫情防控工作，漯河食品职业学院学生工作部招募各系部学生担任疫情防控宣传志愿者，"
            "在校园人员较为聚集的场所开展宣传教育工作。\n")
    assert place(text) == ("411100", "漯河市")


def test_a_university_named_in_passing_does_not_act() -> None:
    # the same city's university, only as the alma mater of a volunteer: one passing mention, no place
    text = ("志愿服务校园行 戴好口罩防疫情\n"
            "为做好疫情防控工作，某某学院招募学生担任宣传志愿者。志愿者小王毕业于徐州医科大学，他说很自豪。\n")
    assert place(text)[0] == ""


# a province in the headline, a news agency's dispatch from its capital, the story one prefecture's
SNOW = ("内蒙古某某草原上万户农牧民遭受雪灾\n"
        "来源: 某某网 2019-12-26 09:32\n"
        "  内蒙古某某草原农牧民受灾\n"
        "  新华社呼和浩特12月25日电 记者从内蒙古自治区巴彦淖尔市农牧局等部门获悉，近期受连续降雪影响，"
        "巴彦淖尔市4300多万亩草场受灾。乌拉特前旗、乌拉特中旗和乌拉特后旗受灾，乌拉特中旗受灾最重。\n"
        "巴彦淖尔市已调运饲草料2000吨，党员干部深入牧户帮助转移牲畜。\n")


def test_the_agencys_bureau_city_is_no_part_of_the_story() -> None:
    assert place(SNOW) == ("150800", "巴彦淖尔市")


def test_without_the_bureau_rule_the_province_keeps_the_report(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    decide_module = importlib.import_module("mobilization.places.pick")  # (the step that reads the bureau rule)
    monkeypatch.setattr(decide_module, "_filed_from", lambda resolved: set())
    # the rules alone (the re-ranker, when its switch is on, may prefer the prefecture by its own numbers)
    monkeypatch.setattr(importlib.import_module("mobilization.places.rerank"), "ENABLED", False)
    assert place(SNOW)[0] == "150000"
