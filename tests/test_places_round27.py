"""Round 27 (AQ opened; the level: a county's story located by its region): invented reports, each failing on the
code before the rule (or a guard that passes on both). Reports written for these tests, never third-party text."""
from __future__ import annotations

from invented import code_and_name, place

# No place in the headline; the lead lists the prefecture's counties the flood struck, the story is one county's town.
LISTED = ("来源：某某网\n"
          "2019-08-20 10:00:00\n"
          "编者按：\n"
          "前不久，受台风影响，菏泽市郓城、鄄城、巨野、单县等地遭遇严重洪涝灾害。连日来，菏泽地区的灾情一直牵动着人们的心。"
          "在这危难时刻，消防官兵来了，救援队来了，志愿者来了，还有来自各地的爱心物资不断涌来。\n"
          "记者连日走进灾区。这次台风造成菏泽郓城、鄄城、巨野、单县等地受灾严重。\n"
          "洪水来临时，郓城县唐塔街道的党员干部坚守一线。唐塔街道东村党支部书记老王就是其中一位。\n"
          "东村是唐塔街道最大的村，老王带着村民连夜转移了两百多名老人。郓城县的干部说，唐塔街道的村村都有这样的支书。\n")


def test_a_prefectures_list_of_the_places_struck_locates_one_countys_story() -> None:
    assert code_and_name(LISTED) == ("371725", "郓城县")


def test_the_list_alone_without_one_countys_townships_keeps_the_prefecture() -> None:
    text = ("来源：某某网\n"
            "受台风影响，菏泽市郓城、鄄城、巨野、单县等地遭遇洪涝灾害。菏泽市委市政府部署救灾，菏泽全市干部下沉一线。\n"
            "菏泽市各级党组织组建突击队，转移群众两万人。\n")
    assert place(text).code == "371700"


def test_a_second_countys_town_keeps_the_prefecture() -> None:
    text = LISTED.replace("唐塔街道东村党支部书记老王", "鄄城县旧城镇东村党支部书记老王")
    assert place(text).code != "371725"


def test_a_place_in_the_headline_that_is_no_locator_keeps_the_old_reading() -> None:
    # the headline names the prefecture in full (the government's name): the list no longer decides
    text = "菏泽市抗洪救灾纪实\n" + LISTED.split("\n", 1)[1]
    assert place(text).code != "371725"


# The headline names the province by its bare name; the body places one banner's town in its league by address.
PROVINCE_HEAD = ("内蒙古草原火灾：明火已被扑灭\n"
                 "内蒙古锡林郭勒盟东乌珠穆沁旗政府网站对外公布：22日上午，当地满都宝力格镇发生草原火灾。"
                 "乌珠穆沁草原地处内蒙古锡林郭勒盟东部。其中，东乌珠穆沁旗草场面积广大。接到火警后，当地立即启动应急预案，"
                 "600余名干部牧民一起灭火。\n")


def test_a_headlines_bare_province_over_one_countys_story_is_the_county() -> None:
    assert code_and_name(PROVINCE_HEAD) == ("152525", "东乌珠穆沁旗")


# A city's unit name holds no preposition: a firm named after the city sends goods TO a village's work team.
FIRM = ("张家口某某公司为驻村工作队送去应急物资\n"
        "张家口某某公司定点帮扶村大河南镇石村地处涿鹿县南部山区。受台风影响，张家口地区出现强降雨，涿鹿县连日降雨引发山洪。"
        "公司党委迅速决策，备齐物资，驱车前往石村。\n")


def test_a_firm_sending_goods_to_a_work_team_is_no_unit_of_the_city() -> None:
    assert code_and_name(FIRM) == ("130731", "涿鹿县")


def test_a_citys_own_work_team_still_acts_for_the_city() -> None:
    text = FIRM.replace("张家口某某公司为驻村工作队送去应急物资", "张家口市驻村工作队送去应急物资", 1)
    assert place(text).code == "130700"
