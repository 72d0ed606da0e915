"""Round 20 of the place detector (AB opened): what a report's honours and chains of names say about its level.

Small invented reports, each pinned to one rule a reader of Chinese news would state:
- an honour a county gives (被评为某县…模范村) goes to a village or unit inside that county: the county's name in it
  places the story at the county, the level a village story is coded at; a province's or prefecture's honour
  (“广东省…示范校”) covers many counties and says nothing about the story's place (round 19).
"""
from __future__ import annotations

from invented import code_and_name, surfaces



def test_a_countys_honour_names_the_county() -> None:
    assert surfaces("该村被评为察隅县民族团结进步模范村。") == ["察隅县"]
    # a province's honour does not (round 19)
    assert surfaces("该校被命名为“广东省中学生志愿服务示范校”。") == []


VILLAGE = ("【边疆新貌 西藏在行动】团结村：守边兴边\n"
           "发布时间：2025-05-01\n"
           "西藏自治区林芝市察隅县上察隅镇的团结村坐落在群山之间，各族群众守望相助。每逢藏历新年，全村群众共庆佳节。\n"
           "2023年，团结村被评为察隅县民族团结进步模范村，成为边境地区的典范。\n")


def test_a_village_honoured_by_its_county_is_that_countys_story() -> None:
    assert code_and_name(VILLAGE) == ("540425", "察隅县")


DISTRICT = ("某某新闻网讯（记者 某某报道）面对疫情的复杂形势，西宁市城东区韵家口镇29名退役军人纷纷向镇党委递交请战书。\n"
            "退役军人志愿者在疫情防控工作中发挥先锋模范作用，为辖区群众筑牢防线。韵家口镇的志愿者维护秩序，组织消杀作业。\n"
            "青海省人民代表大会常务委员会免职名单(2022年1月13日青海省第十三届人民代表大会常务委员会第二十九次...\n"
            "青海省人民代表大会常务委员会任命名单(2022年1月13日青海省第十三届人民代表大会常务委员会第二十九次...\n")


def test_dated_headlines_after_the_story_are_no_source_lines() -> None:
    # other stories' headlines listed after the story, each with its date inside: no source of this one
    assert code_and_name(DISTRICT) == ("630102", "城东区")


RAILWAY = ("铁路职工冒雨抢修水毁线路\n"
           "7月19日，台风登陆广西，一场特大暴雨袭击了钦州地区。\n"
           "20日凌晨，位于灵山县沙坪镇的广西沿海铁路黎塘至钦州段发生水害，项目部党员突击队连夜赶赴现场抢修。\n"
           "经过十个小时的奋战，线路恢复通车，沿线的群众送来了茶水。\n")


def test_a_railway_named_after_a_place_is_no_mention_of_it() -> None:
    assert surfaces("位于灵山县沙坪镇的广西沿海铁路黎塘至钦州段发生水害") == ["灵山县"]
    # a railway bureau or a station is the place's own; a list of the ways in is the place's traffic
    assert surfaces("南宁铁路局组织抢修，钦州高铁站恢复运营") == ["南宁", "钦州"]
    assert surfaces("目前，喀什航空铁路公路全部正常") == ["喀什"]


def test_the_scene_under_a_railways_name_is_the_story_place() -> None:
    assert code_and_name(RAILWAY) == ("450721", "灵山县")
