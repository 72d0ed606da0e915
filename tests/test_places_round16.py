"""Round 16 of the place detector (all opened corpora pooled): each rule on a small invented report."""
from __future__ import annotations

import pytest

from mobilization.places import zones as zones_module
from mobilization.repair import body as body_module

from invented import code_and_name as place


# a city's roundup: one long paragraph names one banner with its city, the short closing sentences two more
ROUNDUP = ("赤峰这个农牧业大市怎样守好农村牧区防线？\n"
           "这是内蒙古自治区赤峰市巴林左旗某某苏木某某嘎查党支部书记某某某2月5日在朋友圈里发的第一条消息，"
           "他提醒全村牧民不串门、不聚集、不外出。\n"
           "大年初一，敖汉旗某某镇某某村的驻村第一书记赶回村里。\n"
           "翁牛特旗某某镇某某嘎查的第一书记挨家挨户叮嘱。\n"
           "1月29日，敖汉旗某某镇某某村封闭了道路。\n")


def test_short_closing_sentences_are_the_storys_not_a_sidebar() -> None:
    # the city in the headline, three of its banners named: the city's roundup, not the first banner's story
    assert place(ROUNDUP) == ("150400", "赤峰市")


def test_without_the_closing_sentences_the_one_banner_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # the same page with the short sentences left out (the code before round 16, and before repair kept a
    # story's short closing sentences in its body, eighth session): the first banner wins
    monkeypatch.setattr(zones_module, "_story_tail", lambda rep: set())
    monkeypatch.setattr(body_module, "_story_sentence", lambda filled, k: False)
    assert place(ROUNDUP)[0] == "150422"


def test_a_related_news_list_after_the_story_stays_out() -> None:
    # lines after the story that are no sentences (a list of other reports' titles) are not read
    text = ("某县党员全力抢险\n"
            + "4月27日，宕昌县普降暴雨，全县党员干部迅速投入抢险救灾工作，宕昌县群众安全转移。" * 3 + "\n"
            "精彩图片\n兰州市召开防汛会议\n天水市部署抢险工作\n")
    assert place(text) == ("621223", "宕昌县")


def test_a_short_form_before_a_landform_begins_the_features_name() -> None:
    # 黄龙滩 is a shoal (and its power plant), not 黄龙县: with no other place named, the place stays unknown
    text = ("黄龙滩电厂党员抢修线路\n"
            "7月26日，市委编办副主任带领工作队进驻某乡某村，电厂的党员连夜抢修被洪水冲断的线路，"
            "保障了全村群众的用电。\n")
    assert place(text)[0] == ""
    # the same short form as a county in its own right is still read
    assert place("黄龙县党员抢修线路\n7月26日，黄龙县委组织党员连夜抢修被洪水冲断的线路。\n")[0] == "610631"


# the prefecture only as the label of the headline and its subtitle, one county's village story
VILLAGE = ("赣州三位退休老人办起爱心食堂\n——赣州农村居家养老见闻\n\n"
           "12月9日上午，于都县某某镇某某村的老人们陆续聚集在村里的爱心食堂门前晒太阳。\n\n"
           "今年9月，在村里三位退休老人的牵头下，他们自筹资金创办起了该镇第一家爱心食堂，"
           "对村里70岁以上的空巢老人实行贴心服务，每位老人每餐只需支付4元钱。\n")


def test_a_villages_story_under_a_prefecture_label_is_its_countys() -> None:
    assert place(VILLAGE) == ("360731", "于都县")


def test_without_the_village_rule_the_label_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    levels = __import__("mobilization.places.levels", fromlist=["_village_scene"])
    monkeypatch.setattr(levels, "_village_scene", lambda *a: "")
    assert place(VILLAGE)[0] == "360700"


def test_a_prefecture_roundup_over_several_counties_stays_the_prefecture() -> None:
    # the city in the lead, several of its counties named, one of them with a township: the city's roundup
    text = ("入冬首场降雪后，河北张家口市上下齐动员，持续开展清雪除冰行动，保障市民出行。\n"
            "桥东区组织社区工作人员扫雪。宣化区干部群众铲冰清雪。沽源县出动铲车清理道路。"
            "尚义县某某镇组织党员清扫积雪。\n")
    assert place(text)[0] == "130700"
