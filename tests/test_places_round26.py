"""Round 26 (corpus AQ opened, with every earlier place corpus): invented reports, each failing on the code before.

A province's organ stationed in one of its counties (省委驻某县帮扶工作队) works there; a headline naming a region of
several provinces (东北地区) heads a roundup; a portal's motto (…的网上浙江!) is no headline; a county's own outlet
says which county a town it reports is in; a state farm (八五三农场) stands for the county it lies in.
"""
from __future__ import annotations

from invented import code_and_name


def test_a_provinces_team_stationed_in_a_county_works_in_that_county() -> None:
    text = ("大学志愿者服务队赴睢宁县小学开展“六一”活动\n"
            "6月3日下午，某大学志愿者服务队联合某公益计划江苏分站在双沟镇某小学开展“六一”活动。"
            "江苏省委驻睢宁帮扶工作队临时党委委员出席活动并讲话。江苏省委驻睢宁帮扶工作队队员、村第一书记主持捐赠仪式。"
            "某公益计划江苏分站站长表示要长期帮扶。\n")
    assert code_and_name(text) == ("320324", "睢宁县")


def test_a_headline_naming_a_region_of_several_provinces_is_a_roundup_with_no_place() -> None:
    text = ("东北地区——众志成城，全力以赴抢险救援\n"
            "8月2日以来，东北地区多地出现极端降雨过程，多条河流超过警戒水位。黑龙江省哈尔滨市防汛应急响应提升至一级，"
            "哈尔滨市某镇党员干部连夜转移群众。吉林省吉林市144个乡镇(街道)受灾，党员突击队奋战在救援一线。"
            "黑龙江省牡丹江市各级领导干部下沉一线。内蒙古自治区兴安盟扎赉特旗牧民也投入了抢险。\n")
    assert code_and_name(text) == ("", "")


def test_a_portals_motto_above_the_headline_is_no_headline() -> None:
    text = ("浙江网\n新闻门户\n欢迎监督\n真实温暖丰富的网上浙江!\n\n"
            "68岁老兵24年坚持义务办“村报” 脱下“橄榄绿” 杭州5万名退役军人穿上“志愿红” 服务群众暖人心\n\n2022-12-14 09:33:07\n\n"
            "近年来，杭州市退役军人积极参与志愿服务。杭州市共有退役军人26.7万名，其中5万名成为志愿者。"
            "萧山区某街道的一位老兵24年坚持义务办村报；建德市某镇的老兵服务队常年为村民服务。\n")
    assert code_and_name(text) == ("330100", "杭州市")


def test_a_county_outlets_town_is_in_the_outlets_county() -> None:
    # the township table (2020) puts 老洲镇 in 铜陵's 郊区; the county's own outlet reports it as one of its towns
    text = ("\n枞阳在线消息 7月3日19时30分，老洲镇江堤防指负责同志巡查长江沿线防汛人员在岗情况，全镇19个村200人全部到位。\n"
            "根据县防汛应急预案要求，该镇迅速成立江堤防汛指挥部，负责江堤防汛工作。各村加强值班防守，确保大堤安全度汛。\n"
            "稿件来源: 枞阳在线\n|\n编辑: 某某\n")
    assert code_and_name(text) == ("340722", "枞阳县")


def test_a_state_farm_named_with_its_province_stands_for_its_county() -> None:
    text = ("风雨铸丰碑——黑龙江省八五三农场抗洪精神永放光芒\n"
            "洪水退了，天晴了。八五三农场的干部职工在抗洪一线奋战一个多月，党员突击队日夜巡堤，志愿者送来热饭。"
            "八五三农场全体干部职工众志成城，守住了家园。\n")
    assert code_and_name(text) == ("230523", "宝清县")


def test_a_provincial_bureaus_team_stationed_in_a_village_does_not_make_the_province_the_place() -> None:
    # 驻村 is where the team is stationed, not a village of 黑龙江省: one passing mention of a province, no place
    text = ("大雪过后 驻村工作队清雪保畅通\n"
            "连日来的大雪让小村庄银装素裹。为保障村民出行干净、行走便利，黑龙江省市场监管局驻村工作队发动村里的党员、"
            "民警和志愿者一起清扫积雪。\n")
    assert code_and_name(text) == ("", "")


def test_an_ethos_named_after_a_province_is_no_mention_of_it() -> None:
    # 辽宁精神 is a spirit's name; the story is in 抚顺县's villages
    text = ("原标题:第一书记扎根农村践行新时代辽宁精神\n"
            "近日，某报推出新时代辽宁精神公益广告系列宣传片，今天推出第二集。镜头前的主角是抚顺县上马镇的三位驻村第一书记，"
            "他们带领村民修路、办合作社。\n")
    assert code_and_name(text) == ("210421", "抚顺县")
